package party.wtp.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.SeededRandomness;

class KeyFileTest {
    private static final ScryptSeal CHEAP = new ScryptSeal(10, 8, 1);
    private final SeededRandomness random = new SeededRandomness("key file test");
    private final PartyKey key = PartyKey.generate(random);

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static byte[] pass(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void plainKeyFileRoundTrips() throws Exception {
        String text = KeyFile.encode(key);
        assertTrue(text.startsWith(KeyFile.SECRET_MAGIC + "\n"));
        KeyFile kf = KeyFile.read(write("k", text));
        assertFalse(kf.isPublicOnly());
        assertFalse(kf.isSealed());
        assertEquals(key.publicKey(), kf.publicKey());
        assertArrayEquals(key.seed(), kf.secret(Passphrase.NONE).seed());
    }

    @Test
    void sealedKeyFileOpensOnlyWithItsPassphrase() throws Exception {
        String text = KeyFile.encodeSealed(key, pass("correct horse"), random, CHEAP);
        assertFalse(text.contains("secret:"));
        assertFalse(text.contains(party.wtp.bytes.Base64Url.encode(key.seed())));
        Path file = write("k", text);
        KeyFile kf = KeyFile.read(file);
        assertTrue(kf.isSealed());
        assertEquals(key.publicKey(), kf.publicKey());
        assertArrayEquals(key.seed(), kf.secret(k -> pass("correct horse")).seed());
        KeyFileException wrong = assertThrows(KeyFileException.class, () -> kf.secret(k -> pass("correct horsf")));
        assertEquals(file + ": wrong passphrase (or the key file is damaged)", wrong.getMessage());
        KeyFileException none = assertThrows(KeyFileException.class, () -> kf.secret(Passphrase.NONE));
        assertTrue(none.getMessage().contains("--passphrase-file"), none.getMessage());
    }

    @Test
    void sealedSecretIsBoundToItsPublicKey() throws Exception {
        String text = KeyFile.encodeSealed(key, pass("pw"), random, CHEAP);
        PartyKey other = PartyKey.generate(random);
        String swapped = text.replace("public: " + key.publicKey(), "public: " + other.publicKey());
        assertNotEquals(text, swapped);
        KeyFile kf = KeyFile.read(write("k", swapped));
        assertThrows(KeyFileException.class, () -> kf.secret(k -> pass("pw")));
    }

    @Test
    void everyChangeToTheSealedLineIsRefused() throws Exception {
        String text = KeyFile.encodeSealed(key, pass("pw"), random, CHEAP);
        String sealed = text.substring(text.indexOf("sealed: ") + 8, text.indexOf('\n', text.indexOf("sealed: ")));
        for (int i = 0; i < sealed.length() - 1; i += 7) {
            char c = sealed.charAt(i) == 'A' ? 'B' : 'A';
            String bad = text.replace(sealed, sealed.substring(0, i) + c + sealed.substring(i + 1));
            KeyFile kf = KeyFile.read(write("k" + i, bad));
            assertThrows(KeyFileException.class, () -> kf.secret(k -> pass("pw")), "changed at " + i);
        }
    }

    @Test
    void publicKeyFileCannotSign() throws Exception {
        String text = KeyFile.encodePublic(key.publicKey());
        assertTrue(text.startsWith(KeyFile.PUBLIC_MAGIC + "\n"));
        assertFalse(text.contains("secret"));
        Path file = write("pub", text);
        KeyFile kf = KeyFile.read(file);
        assertTrue(kf.isPublicOnly());
        assertEquals(key.publicKey(), kf.publicKey());
        KeyFileException e = assertThrows(KeyFileException.class, () -> kf.secret(Passphrase.NONE));
        assertEquals(file + ": holds only a public key; this needs the party's secret key file", e.getMessage());
    }

    @Test
    void refusesFilesOfOtherKinds() throws Exception {
        Path pem = write("id_ed25519", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n");
        KeyFileException e = assertThrows(KeyFileException.class, () -> KeyFile.read(pem));
        assertTrue(e.getMessage().startsWith(pem + ": not a WTP party key file"), e.getMessage());
        Path binary = tmp.resolve("bin");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertThrows(KeyFileException.class, () -> KeyFile.read(binary));
        Path missing = tmp.resolve("nope");
        assertEquals(missing + ": key file does not exist",
                assertThrows(KeyFileException.class, () -> KeyFile.read(missing)).getMessage());
        assertTrue(assertThrows(KeyFileException.class, () -> KeyFile.read(tmp)).getMessage().contains("folder"));
    }

    @Test
    void refusesDamagedAndMismatchedFiles() throws Exception {
        PartyKey other = PartyKey.generate(random);
        String mixed = KeyFile.encode(key).replace("public: " + key.publicKey(), "public: " + other.publicKey());
        Path f = write("mixed", mixed);
        assertEquals(f + ": damaged key file: the secret does not belong to the public key",
                assertThrows(KeyFileException.class, () -> KeyFile.read(f)).getMessage());
        Path noSecret = write("nosecret", KeyFile.SECRET_MAGIC + "\npublic: " + key.publicKey() + "\n");
        assertTrue(assertThrows(KeyFileException.class, () -> KeyFile.read(noSecret)).getMessage()
                .contains("neither a 'secret:' nor a 'kdf:' line"));
        Path twice = write("twice", KeyFile.encode(key) + "secret: " + party.wtp.bytes.Base64Url.encode(key.seed()) + "\n");
        assertTrue(assertThrows(KeyFileException.class, () -> KeyFile.read(twice)).getMessage().contains("twice"));
        Path shortKey = write("short", KeyFile.encode(key).replace("secret: ", "secret: AAAA"));
        assertTrue(assertThrows(KeyFileException.class, () -> KeyFile.read(shortKey)).getMessage().contains("damaged"));
    }

    @Test
    void refusesUnreasonableScryptCost() throws Exception {
        String text = KeyFile.encodeSealed(key, pass("pw"), random, CHEAP)
                .replace("N=1024 r=8 p=1", "N=1073741824 r=8 p=1");
        Path f = write("costly", text);
        KeyFileException e = assertThrows(KeyFileException.class, () -> KeyFile.read(f));
        assertTrue(e.getMessage().contains("out of the accepted range"), e.getMessage());
    }

    @Test
    void passphraseFileIsItsFirstLine() throws Exception {
        assertArrayEquals(pass("pässword"), Passphrase.read(write("p1", "pässword\n")));
        assertArrayEquals(pass("pw"), Passphrase.read(write("p2", "pw\r\nsecond line\n")));
        assertArrayEquals(pass(" spaced "), Passphrase.read(write("p3", " spaced ")));
        Path empty = write("p4", "\nsomething");
        assertEquals(empty + ": passphrase file is empty",
                assertThrows(KeyFileException.class, () -> Passphrase.read(empty)).getMessage());
    }
}
