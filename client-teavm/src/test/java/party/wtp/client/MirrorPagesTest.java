package party.wtp.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import party.wtp.crypto.SeededRandomness;
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
}
