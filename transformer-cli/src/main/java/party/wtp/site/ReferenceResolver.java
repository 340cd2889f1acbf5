package party.wtp.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a reference as written in a page or stylesheet against a base location, the way a browser's URL parser
 * would for an http(s) page: fragment kept apart, query dropped, dot segments removed, percent escapes decoded.
 */
final class ReferenceResolver {
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*):");

    private final SiteUrl site;

    ReferenceResolver(SiteUrl site) {
        this.site = site;
    }

    Location resolve(String reference, Location base) {
        String ref = clean(reference);
        if (ref.isEmpty() || ref.charAt(0) == '#') {
            return Location.NONE;
        }
        String fragment = null;
        int hash = ref.indexOf('#');
        if (hash >= 0) {
            fragment = ref.substring(hash + 1);
            fragment = fragment.isEmpty() ? null : fragment;
            ref = ref.substring(0, hash);
        }
        Matcher scheme = SCHEME.matcher(ref);
        String schemeName = null;
        if (scheme.find()) {
            schemeName = scheme.group(1).toLowerCase(Locale.ROOT);
            if (!schemeName.equals("http") && !schemeName.equals("https")) {
                return Location.NONE;
            }
            ref = ref.substring(scheme.end());
        }
        int query = ref.indexOf('?');
        String path = (query >= 0 ? ref.substring(0, query) : ref).replace('\\', '/');
        if (path.startsWith("//")) {
            return hostReference(schemeName, path.substring(2), fragment);
        }
        if (schemeName != null || base.kind() != Location.Kind.HOST_PATH) {
            return Location.EXTERNAL;
        }
        if (path.startsWith("/")) {
            return Location.hostPath(walk(List.of(), path.substring(1)), fragment, false);
        }
        if (path.isEmpty()) {
            return Location.hostPath(base.segments(), fragment, base.namedHost());
        }
        return Location.hostPath(walk(base.folder(), path), fragment, base.namedHost());
    }

    private Location hostReference(String schemeName, String rest, String fragment) {
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash + 1);
        if (site == null || !site.isHost(schemeName == null ? "https" : schemeName, authority)) {
            return Location.EXTERNAL;
        }
        return Location.hostPath(walk(List.of(), path), fragment, true);
    }

    /** Appends a relative path to a folder, removing {@code .} and {@code ..} (never above the root) and decoding. */
    private static List<String> walk(List<String> folder, String relative) {
        List<String> out = new ArrayList<>(folder);
        String[] parts = relative.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            String part = parts[i];
            String lower = part.toLowerCase(Locale.ROOT);
            if (lower.equals(".") || lower.equals("%2e")) {
                if (last) {
                    out.add("");
                }
            } else if (lower.equals("..") || lower.equals(".%2e") || lower.equals("%2e.") || lower.equals("%2e%2e")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
                if (last) {
                    out.add("");
                }
            } else {
                out.add(PercentDecoding.decode(part));
            }
        }
        return out;
    }

    /** Strips leading and trailing C0 controls and spaces and removes tabs and newlines, as the URL parser does. */
    private static String clean(String reference) {
        int start = 0;
        int end = reference.length();
        while (start < end && reference.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && reference.charAt(end - 1) <= ' ') {
            end--;
        }
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = reference.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
