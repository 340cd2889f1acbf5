package party.wtp.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import party.wtp.bytes.Base64Url;
import party.wtp.manifest.MirrorUrl;
import party.wtp.naming.MirrorSalt;

/**
 * The four files besides envelopes that every mirror folder holds, for the build to write (JVM only; TeaVM never
 * compiles this class): the entry page {@code index.html}, the bridge page and the two client scripts (modern, and
 * legacy for engines without BigInt or ES2015; the entry page loads one of them by feature detection).
 * Templates {@code entry.html} and {@code bridge.html} sit next to this class; the entry page's placeholders are
 * {@code {{salt}}} (the mirror's salt, b64url, in {@code <meta name="wtp-salt">}), {@code {{base}}} (its base URL),
 * {@code {{list}}} (a {@code <meta name="wtp-list">} line with the mirror's signed list, or nothing),
 * {@code {{client}}} and {@code {{legacyClient}}} (the scripts' file names, {@link MirrorSalt#clientFileName()},
 * {@link MirrorSalt#legacyClientFileName()}), {@code {{boot}}} (the boot script {@code wtp-boot.js}, inline) and
 * {@code {{inlineClient}}} (the modern client's script, {@link #clientScript}, inline: the page carries it, so a
 * modern browser needs no round trip for it).
 */
public final class MirrorPages {
    private static final String DIR = "party/wtp/client/";
    /** The largest signed list an entry page carries (a larger one is only fetched): 16 KiB, about 22 KB in b64url. */
    public static final int CARRIED_LIST_MAX = 16 * 1024;

    /**
     * The modern client's first line: V8's explicit compile hint (Chromium 136 on; a plain comment elsewhere), which
     * compiles every function of the script while it streams in, off the page's thread, instead of each one on its
     * first call, on the page's thread, where the first page waits (docs/BENCHMARKS.md, "Client start-up").
     */
    static final String COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

    private MirrorPages() {
    }

    /**
     * The mirror's {@code index.html}: names its salt and base URL, carries the modern client and loads the client
     * this browser can run.
     */
    public static String entryPage(MirrorSalt salt, MirrorUrl base) {
        return entryPage(salt, base, null);
    }

    /**
     * The entry page that also carries {@code list}, the mirror's manifest exactly as served (its envelope file), so
     * the client need not wait for it: {@code <meta name="wtp-list" content="B64URL">}. The client verifies it as it
     * would the file, and fetches the file when it does not verify. The list holds no site text, only what the file
     * holds, which anyone who knows the salt (which this page names) can read. Null, or a list larger than
     * {@link #CARRIED_LIST_MAX}, carries none.
     */
    public static String entryPage(MirrorSalt salt, MirrorUrl base, byte[] list) {
        String carried = list == null || list.length > CARRIED_LIST_MAX ? ""
                : "<meta name=\"wtp-list\" content=\"" + Base64Url.encode(list) + "\">\n";
        return template("entry.html")
                .replace("{{salt}}", escape(salt.toString()))
                .replace("{{base}}", escape(base.toString()))
                .replace("{{list}}", carried)
                .replace("{{client}}", escape(salt.clientFileName()))
                .replace("{{legacyClient}}", escape(salt.legacyClientFileName()))
                .replace("{{boot}}", inline("wtp-boot.js", resource("wtp-boot.js")))
                // last: no placeholder is looked for in the client's own text
                .replace("{{inlineClient}}", inline("wtp-client.js", clientScript(salt)));
    }

    /**
     * {@code script}, to stand inside a {@code <script>} element of the entry page: refused (an
     * IllegalStateException: a faulty build of this module, not a user's mistake) if its text could end that
     * element early or change how it is parsed.
     */
    static String inline(String name, byte[] script) {
        String text = new String(script, StandardCharsets.UTF_8);
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("</script") || lower.contains("<!--")) {
            throw new IllegalStateException(name + " cannot stand inline in the entry page: it holds </script"
                    + " or <!--");
        }
        return text;
    }

    /**
     * The bridge page, served under {@link MirrorSalt#bridgeFileName()}: fetches this mirror's files for other
     * origins. It names the salt in a comment, so no two mirrors serve the same bytes.
     */
    public static String bridgePage(MirrorSalt salt) {
        return template("bridge.html").replace("{{salt}}", escape(salt.toString()));
    }

    /**
     * The reader's client, {@code wtp-client.js}, served under {@link MirrorSalt#clientFileName()}, behind
     * {@link #COMPILE_HINT} and a comment naming the mirror's salt, so no two mirrors serve the same bytes.
     */
    public static byte[] clientScript(MirrorSalt salt) {
        return script(COMPILE_HINT, salt, "wtp-client.js");
    }

    /**
     * The legacy client, {@code wtp-client-legacy.js} (ES5, no BigInt; a resource of the client-legacy jar, which
     * must be on the class path), served under {@link MirrorSalt#legacyClientFileName()}, salted like
     * {@link #clientScript}.
     */
    public static byte[] legacyClientScript(MirrorSalt salt) {
        return script("", salt, "wtp-client-legacy.js");
    }

    private static byte[] script(String hint, MirrorSalt salt, String name) {
        byte[] head = (hint + "/* wtp mirror " + salt + " */\n").getBytes(StandardCharsets.UTF_8);
        byte[] client = resource(name);
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
                throw new IllegalStateException(DIR + name + " is missing from the class path (client-teavm and"
                        + " client-legacy jars)");
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
