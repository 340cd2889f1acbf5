package party.wtp.build;

import party.wtp.site.Usage;

/**
 * What the build tells a rewriter about links: the URL a link to a site file becomes, namely the route fragment
 * {@code #FP.KEY[.TARGET]} of that file, the same on every mirror.
 */
public interface Links {
    /**
     * The new URL of a link to the site file {@code path} (logical: relative to the site root, '/'-separated,
     * already resolved against the page and percent-decoded), scrolled to element {@code target} (or null), which
     * the document uses as {@code usage} (what it loads goes into a page's closure); null when the site has no such
     * file (the rewriter then leaves the link and warns).
     */
    String urlFor(String path, String target, Usage usage);

    /** Whether the site has a file at {@code path} (logical, as for {@link #urlFor}). */
    boolean exists(String path);
}
