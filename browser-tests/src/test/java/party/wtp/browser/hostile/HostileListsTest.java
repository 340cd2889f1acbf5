package party.wtp.browser.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import party.wtp.browser.Browser;
import party.wtp.browser.BrowserTest;
import party.wtp.browser.hostile.HostileMirror.Mode;

/**
 * Signed mirror lists: partial mirrors are skipped by what their entries say they hold, further mirrors are found
 * breadth-first through other mirrors' lists, and a list that is not the party's (another key, or edited by the mirror
 * serving it) adds no mirror. Also both ways of reading another mirror: CORS XHR where allowed, else its bridge page.
 */
class HostileListsTest {
    @BrowserTest
    void heldByOneOfFiveMirrorsFoundThroughASecondHopList(Browser browser) {
        try (HostileNet net = HostileNet.start(5)) {
            HostileParty party = new HostileParty(net.first(5))
                    .lists("m1", "m2", "m3", "m4").lists("m3", "m1", "m5")
                    .lists("m2", "m1").lists("m4", "m1").lists("m5", "m3");
            for (int n = 1; n <= 4; n++) {
                party.holds("m" + n, HostileParty.HOME, HostileParty.LOGO);
            }
            party.publish(1);
            ReaderScreen screen = new ReaderScreen(browser);
            screen.open(party.entryUrl("m1", HostileParty.HOME));
            screen.awaitHeading("Home v1");
            screen.clickAndTime("next", "Next v1");
            assertTrue(net.mirror(5).asked("GET", party.fileName("m5", HostileParty.NEXT)));
            for (int n = 1; n <= 4; n++) {
                assertFalse(net.mirror(n).asked("GET", party.fileName("m" + n, HostileParty.NEXT)),
                        "m" + n + " says it does not hold the page and was not asked");
            }
        }
    }

    @BrowserTest
    void listSignedByAnotherKeyAddsNoMirror(Browser browser) {
        try (HostileNet net = HostileNet.start(5)) {
            HostileParty party = new HostileParty(net.first(5)).lists("m1", "m2").lists("m2", "m1", "m5")
                    .holds("m1", HostileParty.HOME, HostileParty.LOGO).holds("m2", HostileParty.HOME, HostileParty.LOGO);
            party.publish(1);
            party.sealByAnotherKey(1).writeManifest("m2");
            ReaderScreen screen = new ReaderScreen(browser);
            screen.open(party.entryUrl("m1", HostileParty.NEXT));
            String error = screen.awaitError();
            assertTrue(error.contains("No mirror of this site could give this page"), error);
            assertTrue(net.mirror(2).asked("GET", party.manifestName("m2")), "m2's list was read");
            assertTrue(net.mirror(5).requests().isEmpty(), "m5, named only by a list of another key, was never asked");
            assertTrue(screen.heading().isEmpty());
        }
    }

    @BrowserTest
    void theReadersOwnMirrorServingAnotherKeysListIsRefusedPlainly(Browser browser) {
        try (HostileNet net = HostileNet.start(2)) {
            HostileParty party = new HostileParty(net.first(2));
            party.publish(1);
            party.sealByAnotherKey(1).writeManifest("m1");
            ReaderScreen screen = new ReaderScreen(browser);
            screen.open(party.entryUrl("m1", HostileParty.HOME));
            String error = screen.awaitError();
            assertTrue(error.contains("another site"), error);
            assertTrue(screen.heading().isEmpty());
        }
    }

    @BrowserTest
    void mirrorEditingItsOwnListAddsNoMirror(Browser browser) {
        try (HostileNet net = HostileNet.start(5)) {
            HostileParty party = new HostileParty(net.first(5)).lists("m1", "m2", "m3").lists("m2", "m1", "m4")
                    .lists("m3", "m1", "m4").lists("m4", "m2", "m3").lists("m5", "m1");
            for (int n = 1; n <= 3; n++) {
                party.holds("m" + n, HostileParty.HOME, HostileParty.LOGO);
            }
            party.publish(1);
            party.injectIntoList("m2", "m4", "m5");
            ReaderScreen screen = new ReaderScreen(browser);
            screen.open(party.entryUrl("m1", HostileParty.HOME));
            screen.awaitHeading("Home v1");
            screen.clickAndTime("next", "Next v1");
            assertTrue(net.mirror(4).asked("GET", party.fileName("m4", HostileParty.NEXT)));
            assertTrue(net.mirror(5).requests().isEmpty(), "m5, put into m2's list by m2, was never asked");
        }
    }

    @BrowserTest
    void corsHeaderPresentMeansPlainXhr(Browser browser) {
        try (HostileNet net = HostileNet.start(5)) {
            HostileParty party = onlyM5Has(net);
            net.mirror(5).cors(true);
            new ReaderScreen(browser).open(party.entryUrl("m1", HostileParty.HOME));
            new ReaderScreen(browser).awaitHeading("Home v1");
            HostileMirror m5 = net.mirror(5);
            assertTrue(m5.asked("HEAD", party.bridgeName("m5")), m5.requests().toString());
            assertTrue(m5.asked("GET", party.fileName("m5", HostileParty.HOME)));
            assertFalse(m5.asked("GET", party.bridgeName("m5")), "no bridge needed: " + m5.requests());
        }
    }

    @BrowserTest
    void corsHeaderAbsentMeansTheBridge(Browser browser) {
        try (HostileNet net = HostileNet.start(5)) {
            HostileParty party = onlyM5Has(net);
            new ReaderScreen(browser).open(party.entryUrl("m1", HostileParty.HOME));
            new ReaderScreen(browser).awaitHeading("Home v1");
            HostileMirror m5 = net.mirror(5);
            assertTrue(m5.asked("GET", party.bridgeName("m5")), m5.requests().toString());
            assertTrue(m5.asked("GET", party.fileName("m5", HostileParty.HOME)));
        }
    }

    /** m1 lacks the home page, m2..m4 are down: only m5 can give it. */
    private static HostileParty onlyM5Has(HostileNet net) {
        HostileParty party = new HostileParty(net.first(5));
        party.publish(1);
        net.mirror(1).behave(party.fileName("m1", HostileParty.HOME), Mode.NOT_FOUND);
        net.kill(2, 3, 4);
        return party;
    }
}
