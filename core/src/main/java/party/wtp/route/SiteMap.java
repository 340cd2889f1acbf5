package party.wtp.route;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import party.wtp.anchor.ResourceKey;
import party.wtp.bytes.Utf8;

/**
 * The party's map from logical paths to resource keys, itself an encrypted resource whose key every page's meta
 * carries: it lets the client follow links that the site's own scripts build at run time (a search page's results).
 * Encoding: UTF-8 lines "KEY TAB PATH LF", sorted by path.
 */
public final class SiteMap {
    public static final String CONTENT_TYPE = "application/vnd.wtp.site-map";
    /**
     * The reserved path of the creator's text for readers ({@code wtp build --about}), plain UTF-8 text, listed in the
     * site map when there is one: it starts with '/', so no site file can have it.
     */
    public static final String ABOUT_PATH = "/wtp/about.txt";
    private final Map<String, ResourceKey> keys;

    public SiteMap(Map<String, ResourceKey> keys) {
        this.keys = new LinkedHashMap<>(keys);
    }

    public ResourceKey keyOf(String path) {
        return keys.get(path);
    }

    public Map<String, ResourceKey> entries() {
        return keys;
    }

    public byte[] encode() {
        List<String> paths = new ArrayList<>(keys.keySet());
        java.util.Collections.sort(paths);
        StringBuilder sb = new StringBuilder();
        for (String p : paths) {
            sb.append(keys.get(p)).append('\t').append(p).append('\n');
        }
        return Utf8.encode(sb.toString());
    }

    /**
     * The key that a site map's text names for one {@code path}, or null: a single search, for a reader who needs
     * one entry (the client's about text) rather than the whole map. A malformed line throws
     * {@link IllegalArgumentException}.
     */
    public static ResourceKey find(String text, String path) {
        String lines = "\n" + text;
        int end = lines.indexOf("\t" + path + "\n");
        return end < 0 ? null : ResourceKey.parse(lines.substring(lines.lastIndexOf('\n', end) + 1, end));
    }

    public static SiteMap decode(byte[] data, int off, int len) {
        byte[] exact = new byte[len];
        System.arraycopy(data, off, exact, 0, len);
        String text = Utf8.decode(exact, "site map");
        Map<String, ResourceKey> keys = new LinkedHashMap<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                nl = text.length();
            }
            String line = text.substring(start, nl);
            int tab = line.indexOf('\t');
            if (tab > 0) {
                keys.put(line.substring(tab + 1), ResourceKey.parse(line.substring(0, tab)));
            }
            start = nl + 1;
        }
        return new SiteMap(keys);
    }
}
