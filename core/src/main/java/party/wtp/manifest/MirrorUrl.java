package party.wtp.manifest;

/**
 * A mirror's base URL: http:// or https://, a host, an optional port and path, always ending in '/'.
 * Also names the mirror's output folder: HOST_PORT (port 80 or 443 when none is given), then the path with '/' as '_'.
 */
public final class MirrorUrl {
    private final String url;
    private final String scheme;
    private final String host;
    private final int port;
    private final String path;

    private MirrorUrl(String url, String scheme, String host, int port, String path) {
        this.url = url;
        this.scheme = scheme;
        this.host = host;
        this.port = port;
        this.path = path;
    }

    /** Parses and normalises (lower-case scheme and host, trailing '/'); throws with a plain reason otherwise. */
    public static MirrorUrl parse(String text) {
        String t = text.trim();
        int colon = t.indexOf("://");
        if (colon < 0) {
            throw new IllegalArgumentException("mirror URL must start with http:// or https://: " + text);
        }
        String scheme = t.substring(0, colon).toLowerCase();
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("mirror URL must start with http:// or https://: " + text);
        }
        String rest = t.substring(colon + 3);
        if (rest.indexOf('?') >= 0 || rest.indexOf('#') >= 0 || rest.indexOf('@') >= 0 || rest.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("mirror URL must not have a query, fragment or user name: " + text);
        }
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "/" : rest.substring(slash);
        if (!path.endsWith("/")) {
            path = path + "/";
        }
        String host = authority;
        int port = scheme.equals("https") ? 443 : 80;
        int pc = authority.lastIndexOf(':');
        if (pc >= 0 && authority.indexOf(']') < pc) {
            host = authority.substring(0, pc);
            port = port(authority.substring(pc + 1));
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("mirror URL has a bad port: " + text);
            }
        }
        host = host.toLowerCase();
        if (host.isEmpty() || !validHost(host)) {
            throw new IllegalArgumentException("mirror URL has a bad host name: " + text);
        }
        boolean defaultPort = port == (scheme.equals("https") ? 443 : 80);
        String normal = scheme + "://" + host + (defaultPort ? "" : ":" + port) + path;
        return new MirrorUrl(normal, scheme, host, port, path);
    }

    /**
     * The port's decimal digits (an optional {@code +} as {@code Integer.parseInt} allows), or -1; counted by hand
     * because the class library's number parser is large in the browser bundle.
     */
    private static int port(String digits) {
        int start = digits.startsWith("+") ? 1 : 0;
        int port = start < digits.length() ? 0 : -1;
        for (int i = start; i < digits.length() && port >= 0; i++) {
            char c = digits.charAt(i);
            port = c >= '0' && c <= '9' && port <= 65535 ? port * 10 + (c - '0') : -1;
        }
        return port;
    }

    private static boolean validHost(String host) {
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '['
                    || c == ']' || c == ':';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    public String scheme() {
        return scheme;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** The path under the host, starting and ending with '/'. */
    public String path() {
        return path;
    }

    /** The origin, as browsers write it: scheme://host[:port]. */
    public String origin() {
        boolean defaultPort = port == (scheme.equals("https") ? 443 : 80);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }

    /** The output folder name: HOST_PORT, plus the path with '/' turned into '_' (e.g. example.org_80_pages_site). */
    public String folderName() {
        String p = path.length() <= 1 ? "" : path.substring(1, path.length() - 1);
        String h = host.replace(':', '_').replace('[', '_').replace(']', '_');
        return h + "_" + port + (p.isEmpty() ? "" : "_" + p.replace('/', '_'));
    }

    /** The URL of a file directly under this mirror's base. */
    public String resolve(String fileName) {
        return url + fileName;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MirrorUrl && url.equals(((MirrorUrl) o).url);
    }

    @Override
    public int hashCode() {
        return url.hashCode();
    }

    @Override
    public String toString() {
        return url;
    }
}
