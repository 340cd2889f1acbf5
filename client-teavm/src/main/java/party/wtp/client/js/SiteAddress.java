package party.wtp.client.js;

import org.teavm.jso.JSBody;

/**
 * Resolves a URL a page names (a link its script built, a request it makes) the way the original site's browser
 * would, but against the page's logical path instead of the mirror's address, so that nothing is ever asked of
 * the mirror under an original path.
 */
public final class SiteAddress {
    private SiteAddress() {
    }

    /**
     * {@code url} resolved against the page at {@code pagePath} (logical, like {@code docs/a.html}) as three lines:
     * the site path it names (percent-decoded), its query (with '?', or empty) and its fragment (without '#');
     * null when it leads out of the site (another origin, {@code javascript:}, {@code blob:}, {@code data:}...).
     * URLs already made absolute against the mirror's folder (a script's {@code new URL(x, location)}) count as
     * relative to the page.
     */
    // TeaVM renames the parameters to one letter: locals have two or more
    @JSBody(params = {"url", "pagePath"}, script = ""
            + "var ref = '' + url, page = pagePath, base = 'http://wtp.invalid/',"
            + "  dir = location.href.replace(/[?#].*$/, '').replace(/[^\\/]*$/, '');"
            + "if (!ref.indexOf(dir)) ref = ref.substring(dir.length);"
            + "try {"
            + "  ref = new URL(ref, base + page.split('/').map(encodeURIComponent).join('/'));"
            + "  return ref.protocol + '//' + ref.host + '/' == base ? decodeURIComponent(ref.pathname.substring(1)) + '\\n'"
            + "      + ref.search + '\\n' + decodeURIComponent(ref.hash.substring(1)) : null;"
            + "} catch (ex) { return null; }")
    public static native String resolve(String url, String pagePath);
}
