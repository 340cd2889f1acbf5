package party.wtp.browser.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import party.wtp.browser.Browser;
import party.wtp.browser.BrowserTest;
import party.wtp.browser.hostile.HostileMirror.Mode;

/**
 * Mirrors that answer, but wrongly: the reader's own mirror (m1) lies about the home page, and the reader still gets
 * the true page from another mirror, verified, through the bridge pages of those mirrors (no CORS headers anywhere).
 */
class HostileCopiesTest {
    private static final String HOME_V1 = "Home v1";

    private static void opensHomeFromAnotherMirror(Browser browser, HostileNet net, HostileParty party) {
        ReaderScreen screen = new ReaderScreen(browser);
        screen.open(party.entryUrl("m1", HostileParty.HOME));
        screen.awaitHeading(HOME_V1);
        screen.awaitLogo();
        assertEquals(30, screen.logoWidth(), "the image of generation 1");
        boolean elsewhere = false;
        for (int n = 2; n <= 5; n++) {
            elsewhere |= net.mirror(n).asked("GET", party.fileName("m" + n, HostileParty.HOME));
        }
        assertTrue(elsewhere, "the page came from another mirror");
        assertEquals("", screen.errorText());
    }

    /** The party on five mirrors, m1 answering for the home page as {@code mode}: the reader gets it elsewhere. */
    private static void homeOnFirstMirrorAnswers(Mode mode, Browser browser, HostileNet net) {
        HostileParty party = new HostileParty(net.first(5));
        party.publish(1);
        net.mirror(1).behave(party.fileName("m1", HostileParty.HOME), mode);
        opensHomeFromAnotherMirror(browser, net, party);
    }

    @BrowserTest
    void notFoundForOneResource(Browser browser) {
        try (HostileNet net = HostileNet.start(5)) {
            homeOnFirstMirrorAnswers(Mode.NOT_FOUND, browser, net);
        }
    }

    @BrowserTest
    void notFoundForEverythingOnMostMirrors(Browser browser) {
        try (HostileNet net = HostileNet.start(5)) {
            HostileParty party = new HostileParty(net.first(5));
            party.publish(1);
            net.mirror(1).behave(party.fileName("m1", HostileParty.HOME), Mode.NOT_FOUND);
            for (int n = 2; n <= 4; n++) {
                net.mirror(n).behave(Mode.NOT_FOUND);
            }
            opensHomeFromAnotherMirror(browser, net, party);
            assertTrue(net.mirror(5).asked("GET", party.fileName("m5", HostileParty.HOME)));
        }
    }

    @BrowserTest
    void notFoundForEverythingOnTheReadersOwnMirrorButItsEntryPage(Browser browser) {
        try (HostileNet net = HostileNet.start(5)) {
            ReaderScreen screen = new ReaderScreen(browser);
            HostileParty party = HostileParty.readerOnHome(net, screen);

            // m1 loses every file but its entry page and client, its list too: the list kept from the visit before
            net.mirror(1).behave(Mode.NOT_FOUND).behave("index.html", Mode.NORMAL)
                    .behave(party.clientName("m1"), Mode.NORMAL);
            screen.open(party.entryUrl("m1", HostileParty.NEXT));
            screen.awaitHeading("Next v1");
            assertTrue(net.mirror(1).asked("GET", party.manifestName("m1")));
        }
    }

    @BrowserTest
    void byteFlippedInTheOuterLayer(Browser browser) {
        try (HostileNet net = HostileNet.start(5)) {
            HostileParty party = new HostileParty(net.first(5));
            party.publish(1).flipOuter("m1", HostileParty.HOME);
            opensHomeFromAnotherMirror(browser, net, party);
        }
    }

    @BrowserTest
    void byteFlippedInTheInnerLayer(Browser browser) {
        try (HostileNet net = HostileNet.start(5)) {
            HostileParty party = new HostileParty(net.first(5));
            party.publish(1).flipInner("m1", HostileParty.HOME);
            opensHomeFromAnotherMirror(browser, net, party);
        }
    }

    @BrowserTest
    void anotherValidFileUnderTheRequestedName(Browser browser) {
        try (HostileNet net = HostileNet.start(5)) {
            HostileParty party = new HostileParty(net.first(5));
            party.publish(1).writeAs("m1", HostileParty.NEXT, HostileParty.HOME);
            opensHomeFromAnotherMirror(browser, net, party);
        }
    }

    @BrowserTest
    void htmlErrorPageWithStatus200(Browser browser) {
        try (HostileNet net = HostileNet.start(5)) {
            homeOnFirstMirrorAnswers(Mode.HTML_200, browser, net);
        }
    }

    @BrowserTest
    void endlessBodyIsCutAtTheSizeLimit(Browser browser) {
        try (HostileNet net = HostileNet.start(5)) {
            homeOnFirstMirrorAnswers(Mode.ENDLESS, browser, net);
            long sent = net.mirror(1).bytesSent();
            assertTrue(sent < 16L << 20, "the reader stopped reading the endless body early: " + sent + " bytes");
        }
    }

    @BrowserTest
    void badCopiesEverywhereGiveAPlainMessageNamingTheMirrors(Browser browser) {
        try (HostileNet net = HostileNet.start(3)) {
            HostileParty party = new HostileParty(net.first(3));
            HostileParty.Generation g = party.publish(1);
            g.flipOuter("m1", HostileParty.HOME);
            g.flipInner("m2", HostileParty.HOME);
            g.writeAs("m3", HostileParty.NEXT, HostileParty.HOME);
            ReaderScreen screen = new ReaderScreen(browser);
            screen.open(party.entryUrl("m1", HostileParty.HOME));
            String error = screen.awaitError();
            assertTrue(error.contains("Copies that were changed or damaged are never shown"), error);
            assertTrue(error.contains(hostOf(net, 2) + " sent") && error.contains(hostOf(net, 1) + " sent a damaged copy")
                    && error.contains(hostOf(net, 3) + " sent another file than the one asked for"), error);
            assertEquals("", screen.heading(), "nothing of a bad copy is shown");
        }
    }

    static String hostOf(HostileNet net, int n) {
        return net.mirror(n).origin().substring("http://".length());
    }

    @BrowserTest
    void healthReportsNameOnlyTheMirrorAndTheFailure(Browser browser) {
        try (HostileNet net = HostileNet.start(6)) {
            HostileMirror reports = net.mirror(6);
            HostileParty party = new HostileParty(net.first(5)).reportTo(reports.origin() + "/report");
            party.publish(1).flipOuter("m1", HostileParty.HOME);
            net.kill(2);
            ReaderScreen screen = new ReaderScreen(browser);
            screen.open(party.entryUrl("m1", HostileParty.HOME));
            screen.awaitHeading(HOME_V1);
            String badCopy = "GET /report?mirror=" + encoded(party.base("m1")) + "&failure=bad_proof";
            long until = System.currentTimeMillis() + 5000;
            while (!reports.requests().contains(badCopy) && System.currentTimeMillis() < until) {
                pause();
            }
            assertTrue(reports.requests().contains(badCopy), reports.requests().toString());
            for (String r : reports.requests()) {
                assertTrue(r.matches("GET /report\\?mirror=http%3A%2F%2Fm[0-9]\\.party\\.test%3A[0-9]+%2F&failure=[a-z_]+"),
                        "a report says nothing but the mirror and the failure: " + r);
                assertFalse(r.contains(party.fileName("m1", HostileParty.HOME)));
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String encoded(String base) {
        return base.replace(":", "%3A").replace("/", "%2F");
    }
}
