package party.wtp.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import party.wtp.crypto.SeededRandomness;
import party.wtp.manifest.MirrorUrl;
import party.wtp.naming.MirrorSalt;

class MirrorPagesTest {
    @Test
    void theServedClientStartsWithTheCompileHintThenTheSaltThenTheBundle() throws IOException {
        MirrorSalt salt = MirrorSalt.generate(new SeededRandomness("mirror pages test"));
        byte[] served = MirrorPages.clientScript(salt);
        String text = new String(served, StandardCharsets.UTF_8);
        // V8 reads the hint only as the script's very first line
        assertTrue(text.startsWith("//# allFunctionsCalledOnLoad\n/* wtp mirror " + salt + " */\n"),
                text.substring(0, 80));
        byte[] bundle;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("party/wtp/client/wtp-client.js")) {
            assertTrue(in != null, "wtp-client.js was not built by TeaVM into target/classes");
            bundle = in.readAllBytes();
        }
        assertArrayEquals(bundle, Arrays.copyOfRange(served, served.length - bundle.length, served.length));
        assertEquals(MirrorPages.COMPILE_HINT.length() + ("/* wtp mirror " + salt + " */\n").length() + bundle.length,
                served.length);
    }

    @Test
    void theEntryPageCarriesTheServedClientAndTheBootScriptWhole() {
        MirrorSalt salt = MirrorSalt.generate(new SeededRandomness("mirror pages test"));
        String page = MirrorPages.entryPage(salt, MirrorUrl.parse("http://m1.party.test:8001/"));
        String client = new String(MirrorPages.clientScript(salt), StandardCharsets.UTF_8);
        assertTrue(page.contains("<script type=\"text/x-wtp-client\" id=\"wtp-client\">" + client + "</script>"),
                "the carried client is the served file's text, byte for byte");
        assertTrue(page.contains("<script type=\"text/x-wtp-boot\" id=\"wtp-boot\">"), "the boot script");
        assertTrue(page.contains("\"" + salt.clientFileName() + "\"") && page.contains("\"" + salt.legacyClientFileName()
                + "\""), "both clients' files stay named, for old engines and as the fallback");
        assertEquals(3, page.split("</script", -1).length - 1, "the boot, the client and the loader; nothing inside"
                + " the carried scripts ends an element");
    }

    @Test
    void aScriptThatWouldEndOrChangeItsElementIsRefusedInline() {
        assertEquals("var a = 1;", MirrorPages.inline("a.js", "var a = 1;".getBytes(StandardCharsets.UTF_8)));
        for (String text : new String[] {"var s = '</script>';", "var s = '</SCRIPT';", "var s = '<!--';"}) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> MirrorPages.inline("a.js", text.getBytes(StandardCharsets.UTF_8)));
            assertTrue(e.getMessage().startsWith("a.js cannot stand inline"), e.getMessage());
        }
    }
}
