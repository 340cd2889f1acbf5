package party.wtp.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import party.wtp.testing.CommandRun;

class KeygenCommandTest {
    @TempDir
    Path tmp;

    private static CommandRun keygen(String... args) {
        return CommandRun.wtp("keygen", java.util.List.of(args));
    }

    @Test
    void writesAPrivateKeyFileAndPrintsOnlyTheFingerprint() throws Exception {
        Path key = tmp.resolve("party.key");
        CommandRun run = keygen("--out", key.toString());
        assertEquals(0, run.exit, run.toString());
        KeyFile kf = KeyFile.read(key);
        assertFalse(kf.isSealed());
        assertEquals(kf.publicKey().fingerprint() + "\n", run.out);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
    }

    @Test
    void everyKeyIsNew() throws Exception {
        CommandRun a = keygen("--out", tmp.resolve("a").toString());
        CommandRun b = keygen("--out", tmp.resolve("b").toString());
        assertNotEquals(a.out, b.out);
        assertNotEquals(KeyFile.read(tmp.resolve("a")).publicKey(), KeyFile.read(tmp.resolve("b")).publicKey());
    }

    @Test
    void neverOverwritesWithoutForce() throws Exception {
        Path key = tmp.resolve("party.key");
        Files.writeString(key, "precious");
        CommandRun run = keygen("--out", key.toString());
        assertEquals(2, run.exit);
        assertEquals("wtp: " + key + ": already exists; use --force to replace it\n", run.err);
        assertEquals("", run.out);
        assertEquals("precious", Files.readString(key));
        CommandRun forced = keygen("--out", key.toString(), "--force");
        assertEquals(0, forced.exit, forced.toString());
        assertEquals(KeyFile.read(key).publicKey().fingerprint() + "\n", forced.out);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        try (var s = Files.list(tmp)) {
            assertEquals(1, s.count(), "no temporary file left");
        }
    }

    @Test
    void sealsWithThePassphraseUnderRealScryptCost() throws Exception {
        Path key = tmp.resolve("sealed.key");
        Path pass = tmp.resolve("pass");
        Files.writeString(pass, "a long passphrase\n");
        CommandRun run = keygen("--out", key.toString(), "--passphrase-file", pass.toString());
        assertEquals(0, run.exit, run.toString());
        String text = Files.readString(key);
        assertTrue(text.contains("\nkdf: scrypt N=131072 r=8 p=1\n"), text);
        assertFalse(text.contains("secret:"));
        KeyFile kf = KeyFile.read(key);
        assertTrue(kf.isSealed());
        assertEquals(kf.publicKey(), kf.secret(Passphrase.fromFile(pass)).publicKey());
        Path wrong = tmp.resolve("wrong");
        Files.writeString(wrong, "a long passphrasE\n");
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(KeyFileException.class,
                () -> kf.secret(Passphrase.fromFile(wrong))).getMessage().contains("wrong passphrase"));
    }

    @Test
    void writesThePublicKeyAloneWhenAsked() throws Exception {
        Path key = tmp.resolve("k");
        Path pub = tmp.resolve("k.pub");
        CommandRun run = keygen("--out", key.toString(), "--public-out", pub.toString());
        assertEquals(0, run.exit, run.toString());
        KeyFile p = KeyFile.read(pub);
        assertTrue(p.isPublicOnly());
        assertEquals(KeyFile.read(key).publicKey(), p.publicKey());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(pub)));
        assertFalse(Files.readString(pub).contains("secret"));
    }

    @Test
    void badArgumentsWriteNothing() throws Exception {
        Path key = tmp.resolve("k");
        Path empty = tmp.resolve("empty");
        Files.write(empty, new byte[0]);
        CommandRun run = keygen("--out", key.toString(), "--passphrase-file", empty.toString());
        assertEquals(2, run.exit);
        assertEquals("wtp: " + empty + ": passphrase file is empty\n", run.err);
        assertFalse(Files.exists(key));
        CommandRun missing = keygen("--out", key.toString(), "--passphrase-file", tmp.resolve("nope").toString());
        assertEquals(2, missing.exit);
        assertTrue(missing.err.contains("passphrase file does not exist"), missing.err);
        CommandRun noFolder = keygen("--out", tmp.resolve("no/such/k").toString());
        assertEquals(2, noFolder.exit);
        assertTrue(noFolder.err.contains("does not exist"), noFolder.err);
        assertFalse(Files.exists(key));
    }

    @Test
    void systemRandomnessFillsDifferentBytesEachTime() {
        SystemRandomness r = SystemRandomness.create();
        byte[] a = r.bytes(32);
        byte[] b = r.bytes(32);
        assertFalse(java.util.Arrays.equals(a, b));
        assertFalse(java.util.Arrays.equals(new byte[32], a));
    }
}
