package party.wtp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {
  final StringWriter err = new StringWriter();

  @Test
  void milestonesPrintAFewPlainLines() {
    try (Progress progress = Progress.start(new PrintWriter(err), Progress.Style.MILESTONES, "encrypting", 8)) {
      for (int i = 0; i < 8; i++) {
        progress.step();
      }
      progress.done();
    }
    assertEquals("encrypting: 25% (2/8)\nencrypting: 50% (4/8)\nencrypting: 75% (6/8)\nencrypting: done (8/8)\n",
        err.toString());
  }

  @Test
  void milestonesWithUnknownTotalOnlySayDone() {
    try (Progress progress = Progress.start(new PrintWriter(err), Progress.Style.MILESTONES, "scanning", 0)) {
      progress.step(41);
      progress.step();
      progress.done();
    }
    assertEquals("scanning: done (42)\n", err.toString());
  }

  @Test
  void barIsRedrawnInPlaceAndEndsWithANewline() {
    try (Progress progress = Progress.start(new PrintWriter(err), Progress.Style.BAR, "signing", 4)) {
      progress.step(2);
      progress.done();
    }
    String text = err.toString();
    assertTrue(text.startsWith("\r\033[Ksigning [" + "#".repeat(20) + ".".repeat(20) + "]  50% 2/4"), text);
    assertTrue(text.endsWith("\r\033[Ksigning [" + "#".repeat(40) + "] 100% 2/4\n"), text);
  }

  @Test
  void notesDoNotGarbleTheBar() {
    Progress progress = Progress.start(new PrintWriter(err), Progress.Style.BAR, "signing", 10);
    progress.step();
    progress.note("warning: site/a.html links to a missing file");
    String text = err.toString();
    assertTrue(text.contains("\r\033[Kwarning: site/a.html links to a missing file\n\r\033[Ksigning ["), text);
  }

  @Test
  void failureEndsTheLineWithoutClaimingCompletion() {
    try (Progress progress = Progress.start(new PrintWriter(err), Progress.Style.BAR, "signing", 10)) {
      progress.step(3);
    }
    String text = err.toString();
    assertTrue(text.endsWith("30% 3/10\n"), text);
    assertTrue(!text.contains("100%"), text);
  }

  @Test
  void quietPrintsOnlyNotes() {
    try (Progress progress = Progress.start(new PrintWriter(err), Progress.Style.QUIET, "x", 3)) {
      progress.step(3);
      progress.note("hello");
      progress.done();
      assertEquals(3, progress.completed());
    }
    assertEquals("hello\n", err.toString());
  }

  @Test
  void concurrentStepsAreAllCounted() throws Exception {
    Progress progress = Progress.start(new PrintWriter(err), Progress.Style.MILESTONES, "hashing", 4000);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread worker = new Thread(() -> {
        for (int i = 0; i < 1000; i++) {
          progress.step();
        }
      });
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    progress.done();
    assertEquals(4000, progress.completed());
    assertTrue(err.toString().endsWith("hashing: done (4000/4000)\n"));
  }

  @Test
  void pipedStderrGetsMilestones() {
    // surefire pipes the test JVM's stderr, so it is not a terminal
    assertEquals(Progress.Style.MILESTONES, Progress.Style.forStderr());
  }
}
