package party.wtp.browser.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import party.wtp.browser.Browser;
import party.wtp.browser.BrowserTest;

/**
 * Mirrors that serve an older generation: the reader never gets it presented as current. The newest generation this
 * browser verified for the party is remembered ({@code localStorage}), so a mirror rolled back later is caught too;
 * when only older copies are left, the reader sees one with a clear notice that it may be out of date.
 */
class HostileGenerationsTest {
    @BrowserTest
    void olderResourceOnTheCurrentMirror(Browser browser) {
        try (HostileNet net = HostileNet.start(5)) {
            HostileParty party = new HostileParty(net.first(5));
            HostileParty.Generation old = party.seal(1);
            party.publish(2);
            old.write("m1", HostileParty.HOME);
            ReaderScreen screen = new ReaderScreen(browser);
            screen.open(party.entryUrl("m1", HostileParty.HOME));
            screen.awaitHeading("Home v2");
            screen.awaitLogo();
            assertEquals(40, screen.logoWidth(), "the image of generation 2");
            assertTrue(net.mirror(1).asked("GET", party.fileName("m1", HostileParty.HOME)));
            assertEquals("", screen.notice());
        }
    }

    @BrowserTest
    void olderManifestAfterARollbackThenOnlyOlderCopiesLeft(Browser browser) {
        try (HostileNet net = HostileNet.start(5)) {
            HostileParty party = new HostileParty(net.first(5));
            HostileParty.Generation old = party.seal(1);
            party.publish(2);
            ReaderScreen screen = new ReaderScreen(browser);
            screen.open(party.entryUrl("m1", HostileParty.HOME));
            screen.awaitHeading("Home v2");

            // m1 goes back to generation 1, list and files; the reader comes back to it later
            for (String path : HostileParty.PATHS) {
                old.write("m1", path);
            }
            old.writeManifest("m1");
            screen.open(party.entryUrl("m1", HostileParty.NEXT));
            screen.awaitHeading("Next v2");
            assertEquals("", screen.notice());

            // now only m1 answers: its older copy is shown, said to be older
            net.kill(2, 3, 4, 5);
            screen.open(party.entryUrl("m1", HostileParty.HOME));
            screen.awaitHeading("Home v1");
            assertTrue(screen.notice().contains("may be out of date"), screen.notice());
        }
    }

    @BrowserTest
    void olderCopiesElsewhereNeverWinOverTheCurrentOne(Browser browser) {
        try (HostileNet net = HostileNet.start(5)) {
            HostileParty party = new HostileParty(net.first(5));
            HostileParty.Generation old = party.seal(1);
            HostileParty.Generation current = party.publish(2);
            for (int n = 1; n <= 4; n++) {
                old.write("m" + n, HostileParty.NEXT);
            }
            current.write("m5", HostileParty.NEXT);
            ReaderScreen screen = new ReaderScreen(browser);
            screen.open(party.entryUrl("m1", HostileParty.NEXT));
            screen.awaitHeading("Next v2");
            assertEquals("", screen.notice());
        }
    }

    @BrowserTest
    void olderImageInACurrentPageIsSaidToBeOlder(Browser browser) {
        try (HostileNet net = HostileNet.start(3)) {
            HostileParty party = new HostileParty(net.first(3));
            HostileParty.Generation old = party.seal(1);
            party.publish(2);
            for (int n = 1; n <= 3; n++) {
                old.write("m" + n, HostileParty.LOGO);
            }
            ReaderScreen screen = new ReaderScreen(browser);
            screen.open(party.entryUrl("m1", HostileParty.HOME));
            screen.awaitHeading("Home v2");
            screen.awaitLogo();
            assertEquals(30, screen.logoWidth(), "only generation 1's image exists");
            assertTrue(screen.notice().contains("may be out of date"), screen.notice());
        }
    }
}
