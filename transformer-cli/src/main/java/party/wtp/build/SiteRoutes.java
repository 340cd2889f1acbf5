package party.wtp.build;

import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import party.wtp.anchor.ResourceKey;
import party.wtp.crypto.Fingerprint;
import party.wtp.route.Route;
import party.wtp.site.Usage;

/**
 * The routes of a site's files: logical path to resource key, and the fragment a link to a path becomes.
 * {@link #forPage} hands a rewriter a {@link Links} that also remembers which files the page refers to,
 * which decides where shared assets go.
 */
public final class SiteRoutes {
    private final Fingerprint party;
    private final Map<String, ResourceKey> keys;

    public SiteRoutes(Fingerprint party, Map<String, ResourceKey> keys) {
        this.party = party;
        this.keys = keys;
    }

    /** The existing path a link to {@code path} means: itself, or its index.html when it names a folder; else null. */
    public String resolve(String path) {
        String p = Normalizer.normalize(path, Normalizer.Form.NFC);
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        if (keys.containsKey(p)) {
            return p;
        }
        String index = p.isEmpty() || p.endsWith("/") ? p + Site.ENTRY : p + "/" + Site.ENTRY;
        return keys.containsKey(index) ? index : null;
    }

    /** The fragment (with '#') of a link to an existing path. */
    public String fragment(String path, String target) {
        return "#" + new Route(party, keys.get(path), target);
    }

    public Route route(String path) {
        return new Route(party, keys.get(path), null);
    }

    public ResourceKey key(String path) {
        return keys.get(path);
    }

    /** Links for one page, recording the site files it refers to. */
    public Recorder forPage() {
        return new Recorder();
    }

    /** A page's {@link Links}: resolves and remembers, what the page loads apart, in the order it names it. */
    public final class Recorder implements Links {
        private final Set<String> referenced = new TreeSet<>();
        private final Set<String> loaded = new LinkedHashSet<>();

        @Override
        public String urlFor(String path, String target, Usage usage) {
            String p = resolve(path);
            if (p == null) {
                return null;
            }
            synchronized (referenced) {
                referenced.add(p);
                if (usage != Usage.NAVIGATION) {
                    loaded.add(p);
                }
            }
            return fragment(p, target);
        }

        @Override
        public boolean exists(String path) {
            return keys.containsKey(Normalizer.normalize(path, Normalizer.Form.NFC));
        }

        public Set<String> referenced() {
            synchronized (referenced) {
                return Collections.unmodifiableSet(new TreeSet<>(referenced));
            }
        }

        /** The files the document loads (subresources, and what its CSS names), in the order it first names them. */
        public List<String> loaded() {
            synchronized (referenced) {
                return List.copyOf(loaded);
            }
        }
    }
}
