package party.wtp.client;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSProperty;
import party.wtp.client.js.EntryPage;
import party.wtp.client.js.PageFrame;
import party.wtp.client.js.Sidebar;
import party.wtp.client.js.StatusPanel;
import party.wtp.naming.MirrorSalt;

/**
 * The reader's client as the page sees it: the one global {@code wtpClient}. The mirror's entry page calls
 * {@code wtpClient.start()} once; the client reads the mirror's salt from {@code <meta name="wtp-salt">} and
 * shows the page the address's fragment names.
 */
@JSClass(name = "wtpClient")
public final class ReaderClient {
    /* Reading needs no randomness (verify and decrypt only), so a browser without crypto.getRandomValues still
       reads; whatever asks for randomness gets BrowserRandom's error, never a weak source. */
    private static Reader reader;

    private ReaderClient() {
    }

    /** {@code wtpClient.formatVersion}: the party format version this client reads. */
    @JSExport
    @JSProperty
    public static int getFormatVersion() {
        return 1;
    }

    /** {@code wtpClient.start()}: opens the page the address names (once per entry page; later calls do nothing). */
    @JSExport
    public static void start() {
        if (reader != null) {
            return;
        }
        MirrorSalt salt;
        try {
            salt = MirrorSalt.parse(EntryPage.meta("wtp-salt"));
        } catch (IllegalArgumentException e) {
            EntryPage.takeOver();
            PageFrame.clear();
            StatusPanel status = new StatusPanel();
            new Sidebar(status, null).mirror(EntryPage.meta("wtp-base"), Words.BAD_COPY);
            status.error(Words.CANNOT_SHOW, "This mirror's entry page is damaged: it does not name the"
                    + " mirror correctly. Try another mirror of this site.", e.getMessage());
            return;
        }
        // the page's file is asked for before anything else is built: its transfer overlaps the client's start
        reader = new Reader(salt, EarlyCopy.ofAddress(salt));
        reader.start();
    }
}
