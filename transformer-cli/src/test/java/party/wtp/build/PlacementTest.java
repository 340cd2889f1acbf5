package party.wtp.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import party.wtp.crypto.SeededRandomness;

class PlacementTest {
    @Test
    void everyResourceGetsExactlyItsReplicasAndSharedOnesAll() {
        Random r = new Random(1);
        long[] sizes = new long[200];
        boolean[] everywhere = new boolean[200];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = 1 + r.nextInt(1 << 20);
            everywhere[i] = i % 17 == 0;
        }
        Placement p = Placement.place(sizes, everywhere, 5, 2);
        for (int i = 0; i < sizes.length; i++) {
            int[] h = p.holders(i);
            assertEquals(everywhere[i] ? 5 : 2, h.length);
            assertEquals(h.length, Arrays.stream(h).distinct().count());
        }
        long largest = 0;
        for (int i = 0; i < sizes.length; i++) {
            largest = everywhere[i] ? largest : Math.max(largest, sizes[i]);
        }
        long max = 0;
        long min = Long.MAX_VALUE;
        for (int m = 0; m < 5; m++) {
            max = Math.max(max, p.load(m));
            min = Math.min(min, p.load(m));
        }
        assertTrue(max - min <= largest, "greedy by bytes keeps mirrors within one file: " + (max - min));
    }

    @Test
    void largeFilesSpreadInsteadOfPilingUp() {
        long[] sizes = {900, 800, 700, 600, 10, 10};
        Placement p = Placement.place(sizes, new boolean[6], 3, 1);
        assertArrayEquals(new int[] {0}, p.holders(0));
        assertArrayEquals(new int[] {1}, p.holders(1));
        assertArrayEquals(new int[] {2}, p.holders(2));
        assertArrayEquals(new int[] {2}, p.holders(3), "the next goes where the least is");
        assertArrayEquals(new int[] {1}, p.holders(4));
        assertArrayEquals(new int[] {1}, p.holders(5));
        assertEquals(900, p.load(0));
        assertEquals(820, p.load(1));
        assertEquals(1300, p.load(2));
    }

    @Test
    void replicasEqualToMirrorsPutsEverythingEverywhere() {
        Placement p = Placement.place(new long[] {5, 6, 7}, new boolean[3], 3, 3);
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(new int[] {0, 1, 2}, p.holders(i));
        }
        assertThrows(IllegalArgumentException.class, () -> Placement.place(new long[1], new boolean[1], 2, 3));
    }

    @Test
    void mirrorListsAreRingPlusDistinctChords() {
        for (int n = 2; n <= 12; n++) {
            for (int k = 1; k < n; k++) {
                List<List<Integer>> lists = MirrorLists.choose(n, k, new SeededRandomness(n + "/" + k));
                for (int i = 0; i < n; i++) {
                    List<Integer> l = lists.get(i);
                    assertEquals(k, l.size());
                    assertEquals((i + 1) % n, l.get(0));
                    assertEquals(k, l.stream().distinct().count());
                    assertTrue(!l.contains(i));
                }
            }
        }
        List<List<Integer>> all = MirrorLists.choose(4, 9, new SeededRandomness("x"));
        assertEquals(List.of(1, 2, 3), all.get(0));
        assertEquals(List.of(0, 1, 2), all.get(3));
    }

    @Test
    void sharedAssetsAreTheEntrysReferencesAndWhatTwoPagesUse() {
        Map<String, Set<String>> refs = Map.of(
                "index.html", Set.of("a.html", "logo.png", "site.css"),
                "a.html", Set.of("index.html", "b.html", "site.css", "a.png"),
                "b.html", Set.of("site.css", "b.png", "common.js", "b.html"),
                "c.html", Set.of("common.js"),
                "site.css", Set.of("font.woff", "theme.css"),
                "theme.css", Set.of("bg.png"),
                "solo.css", Set.of("solo.png"));
        Set<String> shared = SharedAssets.of("index.html", refs, Set.of("site.css", "theme.css", "solo.css"));
        assertEquals(Set.of("index.html", "a.html", "logo.png", "site.css", "common.js", "font.woff", "theme.css",
                "bg.png"), shared);
    }
}
