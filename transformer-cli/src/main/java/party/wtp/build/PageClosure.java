package party.wtp.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a reader loads to show one page, known at build time: what the page loads and, through each style sheet
 * among those, what the sheet imports and names, recursively; in the order to ask for them: style sheets first
 * (breadth-first, so a sheet comes before those it imports), then the rest. Frames and links are not followed: the
 * rewriter records them as navigation, not as loads. Written into the page's meta (format: "Page closure") so that
 * the client asks for all of it in one wave.
 */
final class PageClosure {
    private PageClosure() {
    }

    /**
     * @param page the page's logical path
     * @param loads for each page and style sheet, the files it loads in the order it names them
     * @param styleSheets the site's style sheets, the only files whose loads are followed
     */
    static List<String> of(String page, Map<String, List<String>> loads, Set<String> styleSheets) {
        Set<String> seen = new HashSet<>();
        seen.add(page);
        List<String> order = new ArrayList<>();
        for (int next = -1; next < order.size(); next++) {
            String from = next < 0 ? page : order.get(next);
            if (next >= 0 && !styleSheets.contains(from)) {
                continue;
            }
            for (String target : loads.getOrDefault(from, List.of())) {
                if (seen.add(target)) {
                    order.add(target);
                }
            }
        }
        List<String> sheetsFirst = new ArrayList<>();
        for (String p : order) {
            if (styleSheets.contains(p)) {
                sheetsFirst.add(p);
            }
        }
        for (String p : order) {
            if (!styleSheets.contains(p)) {
                sheetsFirst.add(p);
            }
        }
        return sheetsFirst;
    }
}
