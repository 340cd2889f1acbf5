package party.wtp.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import party.wtp.manifest.MirrorUrl;
import party.wtp.naming.MirrorSalt;

/**
 * The three files besides envelopes that every mirror folder holds, for the build to write (JVM only; TeaVM never
 * compiles this class): the entry page {@code index.html}, the bridge page and the client script.
 * Templates {@code entry.html} and {@code bridge.html} sit next to this class; the entry page's placeholders are
 * {@code {{salt}}} (the mirror's salt, b64url), {@code {{base}}} (its base URL) and {@code {{client}}} (the client
 * script's file name, {@link MirrorSalt#clientFileName()}).
 */
public final class MirrorPages {
    private static final String DIR = "party/wtp/client/";

    private MirrorPages() {
    }

    /** The mirror's {@code index.html}: names its salt and base URL and loads the client. */
    public static String entryPage(MirrorSalt salt, MirrorUrl base) {
        return template("entry.html")
                .replace("{{salt}}", escape(salt.toString()))
                .replace("{{base}}", escape(base.toString()))
                .replace("{{client}}", escape(salt.clientFileName()));
    }

    /** The bridge page, served under {@link MirrorSalt#bridgeFileName()}: fetches this mirror's files for other origins. */
    public static String bridgePage() {
        return template("bridge.html");
    }

    /** The reader's client, {@code wtp-client.js}, served under {@link MirrorSalt#clientFileName()}. */
    public static byte[] clientScript() {
        return resource("wtp-client.js");
    }

    private static String template(String name) {
        return new String(resource(name), StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = MirrorPages.class.getClassLoader().getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException(DIR + name + " is missing from the client-teavm jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
