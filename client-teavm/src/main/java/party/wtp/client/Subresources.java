package party.wtp.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import party.wtp.anchor.ResourceKey;
import party.wtp.client.js.ObjectUrls;
import party.wtp.envelope.OpenedResource;
import party.wtp.route.Route;

/**
 * Turns the party's {@code #FP.KEY} references in a page into verified, decrypted files: the text of a script or
 * style sheet the page writes inline ({@link #inlineText}), else a {@code blob:} URL. Style sheets are rewritten
 * the same way (their {@code url()}s and {@code @import}s) before they are used. Files are kept for the visit, so
 * pages sharing a style sheet or a logo fetch it once; a page's closure (from its meta) is asked for as soon as the
 * page is verified, so nothing waits for a style sheet to be decrypted first.
 */
final class Subresources {
    /** What stands in place of a reference that could not be verified: loads nothing. */
    static final String REFUSED = "about:invalid#wtp-refused";
    private static final Runnable NOTHING = () -> { };

    /** Progress and completion of one {@link #resolve} call. */
    interface Progress {
        default void step(int done, int total) {
        }

        void done(int refused);
    }

    private final PartyFiles party;
    private final FragmentLinks links;
    /** Key text to its verified file, or to null when it was refused. */
    private final Map<String, VerifiedFile> files = new HashMap<>();
    /** Keys whose only copy found was of an older generation. */
    private final Set<String> stale = new HashSet<>();
    /** Key text to the callbacks waiting for it. */
    private final Map<String, List<Runnable>> waiting = new HashMap<>();
    /** Style sheets being rewritten, by key text. */
    private final Map<String, Sheet> sheets = new HashMap<>();
    private final ImportCycles cycles = new ImportCycles();

    Subresources(PartyFiles party, FragmentLinks links) {
        this.party = party;
        this.links = links;
    }

    /** Fetches, verifies and decrypts every resource named in {@code texts}, then calls {@code progress.done}. */
    void resolve(List<String> texts, Progress progress) {
        List<Route> wanted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String text : texts) {
            for (Route r : links.find(text)) {
                if (seen.add(r.key().toString())) {
                    wanted.add(r);
                }
            }
        }
        int total = wanted.size();
        if (total == 0) {
            progress.done(0);
            return;
        }
        int[] done = new int[1];
        for (Route r : wanted) {
            whenReady(r.key(), () -> {
                done[0]++;
                progress.step(done[0], total);
                if (done[0] == total) {
                    int refused = 0;
                    for (Route w : wanted) {
                        if (files.get(w.key().toString()) == null) {
                            refused++;
                        }
                    }
                    progress.done(refused);
                }
            });
        }
    }

    /**
     * Starts fetching a verified page's closure, so that its style sheets' own references are there or under way when
     * the sheets are decrypted: the whole page comes in one wave. Each file is verified as any other and used only
     * where a reference names it; one that fails fails only those references.
     */
    void expect(List<ResourceKey> closure) {
        for (ResourceKey key : closure) {
            whenReady(key, NOTHING);
        }
    }

    /** {@code text} with every reference replaced by its URL (keeping a {@code #TARGET}, as SVG uses need). */
    String rewrite(String text) {
        return rewrite(text, null);
    }

    /** As above, with the keys in {@code cut} (imports that would close a cycle; or null) refused. */
    private String rewrite(String text, Set<String> cut) {
        return links.rewrite(text, route -> {
            String key = route.key().toString();
            VerifiedFile file = cut != null && cut.contains(key) ? null : files.get(key);
            if (file == null) {
                return REFUSED;
            }
            return route.target() == null ? file.url() : file.url() + "#" + route.target();
        });
    }

    /**
     * The text a page writes inline instead of {@code reference} (a {@code <script src>} if {@code kind} is
     * "script", a {@code <link rel=stylesheet href>} if "style"), or null to keep the reference: it is not exactly one
     * route to a verified script or UTF-8 style sheet.
     */
    String inlineText(String reference, String kind) {
        List<Route> routes = links.find(reference);
        if (routes.size() != 1 || routes.get(0).target() != null
                || !reference.equals("#" + routes.get(0))) {
            return null;
        }
        VerifiedFile file = files.get(routes.get(0).key().toString());
        return file == null ? null : file.inlineText(kind);
    }

    /** True when a resource named in {@code texts} is an older generation's copy (the page must say so). */
    boolean anyStale(List<String> texts) {
        for (String text : texts) {
            for (Route r : links.find(text)) {
                if (stale.contains(r.key().toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The URL of one resolved resource, or null. */
    String urlOf(Route route) {
        VerifiedFile file = files.get(route.key().toString());
        return file == null ? null : file.url();
    }

    private void whenReady(ResourceKey key, Runnable then) {
        String k = key.toString();
        if (files.containsKey(k)) {
            then.run();
            return;
        }
        List<Runnable> queue = waiting.get(k);
        if (queue != null) {
            queue.add(then);
            return;
        }
        queue = new ArrayList<>();
        queue.add(then);
        waiting.put(k, queue);
        cycles.asked(k);
        party.open(key, new PartyFiles.Opened() {
            @Override
            public void opened(OpenedResource resource, boolean older, String mirror) {
                if (older) {
                    stale.add(k);
                }
                String type = resource.meta().contentType();
                if (type.startsWith("text/css")) {
                    new Sheet(k, ObjectUrls.utf8(resource.buffer(), resource.contentOffset(),
                            resource.contentLength()), type).start();
                } else {
                    finish(k, VerifiedFile.of(resource));
                }
            }

            @Override
            public void refused(String words, String detail) {
                finish(k, null);
            }
        });
    }

    private void finish(String key, VerifiedFile file) {
        files.put(key, file);
        List<Runnable> queue = waiting.remove(key);
        if (queue != null) {
            for (Runnable r : queue) {
                r.run();
            }
        }
    }

    /** A decrypted style sheet waiting for the files it names, then given a URL with them in place. */
    private final class Sheet {
        private final String key;
        private final String css;
        private final String type;
        private final Set<String> pending = new HashSet<>();
        /** Files this sheet does without: imports that would close a cycle. */
        private final Set<String> cut = new HashSet<>();
        /** Set once every file the sheet names is asked for: only then can the last one's arrival finish it. */
        private boolean listening;

        Sheet(String key, String css, String type) {
            this.key = key;
            this.css = css;
            this.type = type;
        }

        void start() {
            sheets.put(key, this);
            List<ResourceKey> named = new ArrayList<>();
            for (Route r : links.find(css)) {
                String k = r.key().toString();
                if (!files.containsKey(k) && !cut.contains(k) && pending.add(k)) {
                    named.add(r.key());
                    String[] cutEdge = cycles.waitFor(key, k);
                    if (cutEdge != null) {
                        sheets.get(cutEdge[0]).without(cutEdge[1]);
                    }
                }
            }
            listening = true;
            if (pending.isEmpty()) {
                done();
                return;
            }
            for (ResourceKey k : named) {
                String text = k.toString();
                whenReady(k, () -> arrived(text));
            }
        }

        /** Stops waiting for {@code file}, which will load nothing here. */
        void without(String file) {
            cut.add(file);
            arrived(file);
        }

        private void arrived(String file) {
            if (pending.remove(file) && pending.isEmpty() && listening) {
                done();
            }
        }

        private void done() {
            sheets.remove(key);
            cycles.finished(key);
            finish(key, VerifiedFile.sheet(rewrite(css, cut), type));
        }
    }
}
