package party.wtp.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The http(s) URL a site's root folder is published at: its host, and the path folders leading to the site's root. */
final class SiteUrl {
    private final String text;
    private final String host;
    private final int port;
    private final List<String> prefix;

    private SiteUrl(String text, String host, int port, List<String> prefix) {
        this.text = text;
        this.host = host;
        this.port = port;
        this.prefix = List.copyOf(prefix);
    }

    static SiteUrl parse(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("site URL is not a valid URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("site URL must be an absolute http or https URL with a host: " + url);
        }
        List<String> prefix = new ArrayList<>();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                prefix.add(PercentDecoding.decode(segment));
            }
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = effectivePort(scheme, uri.getPort());
        StringBuilder text = new StringBuilder(scheme).append("://").append(host);
        if (uri.getPort() >= 0 && port >= 0) {
            text.append(':').append(port);
        }
        text.append('/');
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                text.append(segment).append('/');
            }
        }
        return new SiteUrl(text.toString(), host, port, prefix);
    }

    /** Whether an authority ({@code host[:port]}) written in a reference with {@code scheme} names this site's host. */
    boolean isHost(String scheme, String authority) {
        if (authority.indexOf('@') >= 0) {
            return false;
        }
        String hostPart = authority;
        String portPart = "";
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && authority.indexOf(']', colon) < 0) {
            hostPart = authority.substring(0, colon);
            portPart = authority.substring(colon + 1);
        }
        int refPort = -1;
        if (!portPart.isEmpty()) {
            if (!portPart.chars().allMatch(c -> c >= '0' && c <= '9') || portPart.length() > 5) {
                return false;
            }
            refPort = Integer.parseInt(portPart);
        }
        return hostPart.toLowerCase(Locale.ROOT).equals(host) && effectivePort(scheme, refPort) == port;
    }

    /** Folders from the host's root to the site's root, percent-decoded. */
    List<String> prefix() {
        return prefix;
    }

    /** Default ports count as "no port", so http and https links to the same host both match. */
    private static int effectivePort(String scheme, int port) {
        if (port < 0 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443) {
            return -1;
        }
        return port;
    }

    @Override
    public String toString() {
        return text;
    }
}
