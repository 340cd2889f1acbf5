package party.wtp.site;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The references of one file being rewritten: turns each into its new URL through the {@link LinkTarget}, warns about
 * the broken ones, and remembers which internal files the file uses.
 */
final class FileReferences {
    private final SiteLinks links;
    private final String file;
    private final ReferenceResolver resolver;
    private final Map<String, Set<Usage>> references = new LinkedHashMap<>();

    FileReferences(SiteLinks links, String file) {
        this.links = links;
        this.file = file;
        this.resolver = new ReferenceResolver(links.parsedSiteUrl());
    }

    /** The location of the file itself. */
    Location fileLocation() {
        return Location.ofFile(links.parsedSiteUrl(), file);
    }

    /** Resolves a reference without checking that its target exists (for {@code <base href>}). */
    Location locate(String reference, Location base) {
        return resolver.resolve(reference, base);
    }

    /** Whether a location lies inside the site. */
    boolean insideSite(Location location) {
        return location.sitePath(links.parsedSiteUrl()) != null;
    }

    /**
     * The new URL for {@code reference}, or null to leave it as written: because it is not internal, because its target
     * is missing (warned), or because the build chose not to rewrite it.
     */
    String replacement(String reference, Usage usage, Location base) {
        Location location = resolver.resolve(reference, base);
        if (location.kind() != Location.Kind.HOST_PATH) {
            return null;
        }
        String path = location.sitePath(links.parsedSiteUrl());
        if (path == null) {
            if (!location.namedHost()) {
                warn(reference, "points outside the site (" + links.siteUrl().orElse("/") + ")");
            }
            return null;
        }
        String target = existingTarget(path);
        if (target == null) {
            String looked = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
            warn(reference, "no such file in the site: " + looked);
            return null;
        }
        references.computeIfAbsent(target, k -> EnumSet.noneOf(Usage.class)).add(usage);
        Optional<String> url = links.target().urlFor(target, location.fragment(), usage);
        if (url == null) {
            throw new NullPointerException("LinkTarget.urlFor returned null for " + target);
        }
        return url.orElse(null);
    }

    /** Reports a problem with a reference of this file. */
    void warn(String reference, String reason) {
        links.warnings().warn(file, reference, reason);
    }

    /** Reports a problem with the file as a whole. */
    void warnFile(String reason) {
        links.warnings().warn(file, file, reason);
    }

    Map<String, Set<Usage>> references() {
        return references;
    }

    /** The file a site path names: itself, or the {@code index.html} of the folder it names; null if neither exists. */
    private String existingTarget(String path) {
        LinkTarget target = links.target();
        if (path.isEmpty() || path.endsWith("/")) {
            String index = path + "index.html";
            return target.exists(index) ? index : null;
        }
        if (target.exists(path)) {
            return path;
        }
        String index = path + "/index.html";
        return target.exists(index) ? index : null;
    }
}
