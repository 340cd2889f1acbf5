package party.wtp.client;

import party.wtp.client.js.SiteAddress;

/**
 * A URL a page names outside the party's routes (a link or a request its script built at run time), resolved
 * against the page's logical path: the site path it leads to, its query and its in-page target.
 */
final class SiteLink {
    final String path;
    /** "?..." or "". */
    final String query;
    /** The element id after '#', or "". */
    final String target;

    private SiteLink(String path, String query, String target) {
        this.path = path;
        this.query = query;
        this.target = target;
    }

    /** {@code url} as named in the page at {@code pagePath}, or null when it leads out of the site. */
    static SiteLink of(String url, String pagePath) {
        String lines = pagePath == null ? null : SiteAddress.resolve(url, pagePath);
        if (lines == null) {
            return null;
        }
        int first = lines.indexOf('\n');
        int second = lines.indexOf('\n', first + 1);
        return new SiteLink(lines.substring(0, first), lines.substring(first + 1, second), lines.substring(second + 1));
    }
}
