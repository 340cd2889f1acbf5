package party.wtp.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Sheets importing each other: the import back to the sheet asked for first is cut, whatever arrived first. */
class ImportCyclesTest {
    private static ImportCycles asked(String... keys) {
        ImportCycles cycles = new ImportCycles();
        for (String k : keys) {
            cycles.asked(k);
        }
        return cycles;
    }

    @Test
    void theImportBackToTheFirstSheetIsCutWhicheverArrivesFirst() {
        ImportCycles aFirst = asked("a", "b");
        assertNull(aFirst.waitFor("a", "b"));
        assertArrayEquals(new String[] {"b", "a"}, aFirst.waitFor("b", "a"), "b does without a");

        ImportCycles bFirst = asked("a", "b");
        assertNull(bFirst.waitFor("b", "a"));
        assertArrayEquals(new String[] {"b", "a"}, bFirst.waitFor("a", "b"), "b stops waiting for a, a keeps b");
    }

    @Test
    void aLongerCycleIsCutAtItsFirstSheet() {
        ImportCycles cycles = asked("a", "b", "c");
        assertNull(cycles.waitFor("c", "a"));
        assertNull(cycles.waitFor("b", "c"));
        assertArrayEquals(new String[] {"c", "a"}, cycles.waitFor("a", "b"));
        // the cut edge is gone: a second sheet waiting for a closes no cycle through c
        assertNull(cycles.waitFor("d", "a"));
    }

    @Test
    void aSheetImportingItselfDoesWithoutItself() {
        assertArrayEquals(new String[] {"a", "a"}, asked("a").waitFor("a", "a"));
    }

    @Test
    void sharedImportsAndFinishedSheetsCloseNoCycle() {
        ImportCycles cycles = asked("a", "b", "c", "d");
        assertNull(cycles.waitFor("a", "b"));
        assertNull(cycles.waitFor("a", "c"));
        assertNull(cycles.waitFor("b", "d"));
        assertNull(cycles.waitFor("c", "d"));
        cycles.finished("a");
        assertNull(cycles.waitFor("b", "a"), "a has its URL: b may wait for it");
    }
}
