package party.wtp.build;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The files every mirror must hold so that any page opens from any mirror without a detour: the entry page and
 * everything it refers to, everything referred to by two or more pages, and, following style sheets among those,
 * what they refer to (fonts, background images).
 */
final class SharedAssets {
    private SharedAssets() {
    }

    /** @param references for each page or style sheet, the site files it refers to */
    static Set<String> of(String entry, Map<String, Set<String>> references, Set<String> styleSheets) {
        Set<String> shared = new TreeSet<>();
        shared.add(entry);
        shared.addAll(references.getOrDefault(entry, Set.of()));
        Map<String, Integer> pagesReferring = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : references.entrySet()) {
            if (styleSheets.contains(e.getKey())) {
                continue;
            }
            for (String target : e.getValue()) {
                if (!target.equals(e.getKey())) {
                    pagesReferring.merge(target, 1, Integer::sum);
                }
            }
        }
        for (Map.Entry<String, Integer> e : pagesReferring.entrySet()) {
            if (e.getValue() >= 2) {
                shared.add(e.getKey());
            }
        }
        Deque<String> todo = new ArrayDeque<>(shared);
        while (!todo.isEmpty()) {
            String p = todo.pop();
            if (!styleSheets.contains(p)) {
                continue;
            }
            for (String target : references.getOrDefault(p, Set.of())) {
                if (shared.add(target)) {
                    todo.push(target);
                }
            }
        }
        return shared;
    }
}
