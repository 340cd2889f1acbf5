package party.wtp.build;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import party.wtp.crypto.Randomness;

/**
 * Which other mirrors each mirror's signed list names: with {@code listSize} below the number of others, the next
 * mirror round the ring plus random chords, so that every mirror can reach every other by walking lists however
 * many are blocked on the way; otherwise all others.
 */
public final class MirrorLists {
    private MirrorLists() {
    }

    /** For each mirror, the indices of the others it names, the ring neighbour first. */
    public static List<List<Integer>> choose(int mirrors, int listSize, Randomness random) {
        if (listSize < 1 && mirrors > 1) {
            throw new IllegalArgumentException("a mirror list must name at least one other mirror");
        }
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < mirrors; i++) {
            List<Integer> list = new ArrayList<>();
            if (listSize >= mirrors - 1) {
                for (int j = 1; j < mirrors; j++) {
                    list.add((i + j) % mirrors);
                }
            } else {
                list.add((i + 1) % mirrors);
                List<Integer> others = new ArrayList<>();
                for (int j = 2; j < mirrors; j++) {
                    others.add((i + j) % mirrors);
                }
                for (int k = others.size() - 1; k > 0; k--) {
                    Collections.swap(others, k, RandomSource.uniform(random, k + 1));
                }
                list.addAll(others.subList(0, listSize - 1));
            }
            lists.add(Collections.unmodifiableList(list));
        }
        return Collections.unmodifiableList(lists);
    }
}
