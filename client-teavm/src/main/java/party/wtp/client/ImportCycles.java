package party.wtp.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which style sheets wait for which files while they are rewritten, so that sheets importing each other, directly or
 * not, do not wait for each other forever. A cycle is cut at the import of its sheet that was asked for first: the
 * page's own sheet keeps what it imports, and the import back to it loads nothing, whichever copy arrived first.
 * Keys are key texts; the ask order is the order of {@link #asked} calls (a page's closure, then what else is named).
 */
final class ImportCycles {
    private final Map<String, Integer> order = new HashMap<>();
    private final Map<String, Set<String>> waits = new HashMap<>();

    /** A file was asked for; only its first time counts. */
    void asked(String key) {
        if (!order.containsKey(key)) {
            order.put(key, order.size());
        }
    }

    /**
     * Sheet {@code from} waits for {@code to}, unless that closes a cycle: then the cycle's cut edge, removed, as
     * {@code {sheet, file}}: the sheet that stops waiting and the file it will do without ({@code {from, to}} when it
     * is this one). Null when no cycle closes.
     */
    String[] waitFor(String from, String to) {
        List<String> path = path(to, from, new HashSet<>());
        if (path == null) {
            add(from, to);
            return null;
        }
        // the cycle: from -> path[0] = to -> ... -> path[last] = from
        int first = 0;
        for (int i = 1; i < path.size(); i++) {
            if (rank(path.get(i)) < rank(path.get(first))) {
                first = i;
            }
        }
        if (first == 0) {
            return new String[] {from, to};
        }
        add(from, to);
        String sheet = path.get(first - 1);
        waits.get(sheet).remove(path.get(first));
        return new String[] {sheet, path.get(first)};
    }

    private void add(String from, String to) {
        Set<String> targets = waits.get(from);
        if (targets == null) {
            targets = new HashSet<>();
            waits.put(from, targets);
        }
        targets.add(to);
    }

    /** The sheet has its URL: it waits for nothing any more. */
    void finished(String sheet) {
        waits.remove(sheet);
    }

    private int rank(String key) {
        Integer r = order.get(key);
        return r == null ? Integer.MAX_VALUE : r;
    }

    /** The keys from {@code from} to {@code to} along waits, both included; null when {@code to} is not reached. */
    private List<String> path(String from, String to, Set<String> visited) {
        if (from.equals(to)) {
            List<String> end = new ArrayList<>();
            end.add(to);
            return end;
        }
        Set<String> next = waits.get(from);
        if (next == null || !visited.add(from)) {
            return null;
        }
        for (String n : next) {
            List<String> rest = path(n, to, visited);
            if (rest != null) {
                rest.add(0, from);
                return rest;
            }
        }
        return null;
    }
}
