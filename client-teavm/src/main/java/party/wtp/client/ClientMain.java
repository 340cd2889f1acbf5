package party.wtp.client;

import org.teavm.jso.JSExportClasses;

/** TeaVM entry class of {@code wtp-client.js}: exports {@link ReaderClient} as the page's {@code wtpClient} global. */
@JSExportClasses(ReaderClient.class)
public final class ClientMain {
    private ClientMain() {
    }
}
