package party.wtp.client.boot;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSExport;
import party.wtp.client.js.EarlyTransfer;
import party.wtp.client.js.EntryPage;
import party.wtp.naming.MirrorSalt;

/**
 * The entry page's boot script as the page sees it: the global {@code wtpBoot}, whose {@code start()} asks this
 * mirror for the page the address names while the client script is still on the wire and compiling, one round trip
 * sooner than the client could. It names the file as the client does (core's {@code Route} and {@code MirrorSalt}),
 * checks and shows nothing; the client takes the transfer over ({@link EarlyTransfer}) and verifies the copy.
 */
@JSClass(name = "wtpBoot")
public final class EntryBoot {
    private EntryBoot() {
    }

    /** {@code wtpBoot.start()}: asks for the address's page; does nothing when the address or salt is damaged. */
    @JSExport
    public static void start() {
        String name;
        try {
            name = EarlyTransfer.addressFileName(MirrorSalt.parse(EntryPage.meta("wtp-salt")));
        } catch (IllegalArgumentException e) {
            // the client says what is wrong with the entry page
            return;
        }
        if (name != null) {
            EarlyTransfer.start(name);
        }
    }
}
