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
 * {@code {{salt}}} (the mirror's salt, b64url, in {@code <meta name="wtp-salt">}), {@code {{base}}} (its base URL)
 * and {@code {{client}}} (the client script's file name, {@link MirrorSalt#clientFileName()}).
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

    /**
     * The bridge page, served under {@link MirrorSalt#bridgeFileName()}: fetches this mirror's files for other
     * origins. It names the salt in a comment, so no two mirrors serve the same bytes.
     */
    public static String bridgePage(MirrorSalt salt) {
        return template("bridge.html").replace("{{salt}}", escape(salt.toString()));
    }

    /**
     * The reader's client, {@code wtp-client.js}, served under {@link MirrorSalt#clientFileName()}, behind a
     * comment naming the mirror's salt, so no two mirrors serve the same bytes.
     */
    public static byte[] clientScript(MirrorSalt salt) {
        byte[] head = ("/* wtp mirror " + salt + " */\n").getBytes(StandardCharsets.UTF_8);
        byte[] client = resource("wtp-client.js");
        byte[] out = new byte[head.length + client.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(client, 0, out, head.length, client.length);
        return out;
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
