package party.wtp.browser.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import party.wtp.browser.Browser;
import party.wtp.browser.BrowserTest;
import party.wtp.browser.hostile.HostileMirror.Mode;

/**
 * The first page without waiting rounds: the entry page carries its mirror's signed list (no request for it), the
 * page's file is asked for while the list is verified, at most a small cap of it before the list's own limit is known,
 * and whatever of that goes wrong falls back to the plain way (the list's file, the page asked for again).
 */
class FirstPageTest {
    private static final String HOME_V1 = "Home v1";

    private static long gets(HostileMirror mirror, String fileName) {
        return mirror.requests().stream().filter(r -> r.equals("GET /" + fileName)).count();
    }

    private static void homeShownFromM1(Browser browser, HostileNet net, HostileParty party) {
        ReaderScreen screen = new ReaderScreen(browser);
        screen.open(party.entryUrl("m1", HostileParty.HOME));
        screen.awaitHeading(HOME_V1);
        screen.awaitLogo();
        assertEquals("", screen.errorText());
        for (int n = 2; n <= 3; n++) {
            assertFalse(net.mirror(n).asked("GET", party.fileName("m" + n, HostileParty.HOME)),
                    "m" + n + " was not asked for the page: " + net.mirror(n).requests());
        }
    }

    @BrowserTest
    void theCarriedListSavesTheListsRequestAndThePageIsAskedForOnce(Browser browser) {
        try (HostileNet net = HostileNet.start(3)) {
            HostileParty party = new HostileParty(net.first(3)).carryLists();
            party.publish(1);
            homeShownFromM1(browser, net, party);
            HostileMirror m1 = net.mirror(1);
            assertFalse(m1.asked("GET", party.manifestName("m1")), "no request for the list: " + m1.requests());
            assertEquals(1, gets(m1, party.fileName("m1", HostileParty.HOME)), m1.requests().toString());
        }
    }

    @BrowserTest
    void aCarriedListThatIsNotThisMirrorsIsRefusedAndTheListsFileRead(Browser browser) {
        try (HostileNet net = HostileNet.start(3)) {
            HostileParty party = new HostileParty(net.first(3));
            party.publish(1);
            party.entryCarries("m1", "m2");
            homeShownFromM1(browser, net, party);
            assertTrue(net.mirror(1).asked("GET", party.manifestName("m1")), net.mirror(1).requests().toString());
        }
    }

    @BrowserTest
    void aPageLargerThanTheEarlyCapIsAskedForAgainWithTheListsLimit(Browser browser) {
        try (HostileNet net = HostileNet.start(3)) {
            HostileParty party = new HostileParty(net.first(3)).carryLists().homeFiller(300_000);
            party.publish(1);
            homeShownFromM1(browser, net, party);
            HostileMirror m1 = net.mirror(1);
            assertEquals(2, gets(m1, party.fileName("m1", HostileParty.HOME)),
                    "cut at the early cap, then asked again: " + m1.requests());
        }
    }

    @BrowserTest
    void anEndlessFirstPageIsCutAtTheEarlyCapAndThenAtTheListsLimit(Browser browser) {
        try (HostileNet net = HostileNet.start(3)) {
            HostileParty party = new HostileParty(net.first(3)).carryLists();
            party.publish(1);
            HostileMirror m1 = net.mirror(1).behave(party.fileName("m1", HostileParty.HOME), Mode.ENDLESS);
            ReaderScreen screen = new ReaderScreen(browser);
            screen.open(party.entryUrl("m1", HostileParty.HOME));
            screen.awaitHeading(HOME_V1);
            assertEquals(2, gets(m1, party.fileName("m1", HostileParty.HOME)), m1.requests().toString());
            long sent = m1.bytesSent();
            assertTrue(sent < 16L << 20, "the reader stopped reading the endless body early: " + sent + " bytes");
        }
    }
}
