package party.wtp.client;

import java.util.ArrayList;
import java.util.List;
import party.wtp.crypto.Fingerprint;
import party.wtp.route.Route;

/**
 * Finds the party's links in text: every {@code #FP.KEY} or {@code #FP.KEY.TARGET} whose fingerprint is this
 * party's (the build writes every internal reference so, in attributes, {@code srcset}s, styles and stylesheets),
 * and rewrites them. Anything else, other parties' routes included, is left as it is.
 */
final class FragmentLinks {
    /** Turns a route found in text into what should stand there instead (null: leave it). */
    interface Rewrite {
        String replace(Route route);
    }

    private final String prefix;

    FragmentLinks(Fingerprint party) {
        this.prefix = "#" + party + ".";
    }

    /** The routes in {@code text}, in order. */
    List<Route> find(String text) {
        List<Route> found = new ArrayList<>();
        for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
            Route route = parse(text.substring(at + 1, routeEnd(text, at + 1)));
            if (route != null) {
                found.add(route);
            }
        }
        return found;
    }

    /**
     * {@code text} with each route replaced as {@code rewrite} says. Joined by string concatenation, which the
     * browser bundle does natively, where a string builder would copy long texts (style sheets) char by char.
     */
    String rewrite(String text, Rewrite rewrite) {
        String out = null;
        int copied = 0;
        for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
            int end = routeEnd(text, at + 1);
            Route route = parse(text.substring(at + 1, end));
            String replacement = route == null ? null : rewrite.replace(route);
            if (replacement != null) {
                out = (out == null ? "" : out) + text.substring(copied, at) + replacement;
                copied = end;
            }
        }
        return out == null ? text : out + text.substring(copied);
    }

    /** Where a route starting at {@code start} (after '#') ends: at the first character no route may contain. */
    private static int routeEnd(String text, int start) {
        int i = start;
        while (i < text.length() && routeChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean routeChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                || c == '~' || c == '.' || c == '%';
    }

    private static Route parse(String fragment) {
        try {
            return Route.parse(fragment);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
