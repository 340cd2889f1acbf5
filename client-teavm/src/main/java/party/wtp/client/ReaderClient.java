package party.wtp.client;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSProperty;
import party.wtp.client.js.BrowserRandom;

/**
 * The reader's client as the page sees it: the one global {@code wtpClient}. For now it only tells which party
 * format it reads; the mirror walk and rendering come later.
 */
@JSClass(name = "wtpClient")
public final class ReaderClient {
    static {
        BrowserRandom.requireAvailable();
    }

    private ReaderClient() {
    }

    /** {@code wtpClient.formatVersion}: the party format version this client reads. */
    @JSExport
    @JSProperty
    public static int getFormatVersion() {
        return 1;
    }
}
