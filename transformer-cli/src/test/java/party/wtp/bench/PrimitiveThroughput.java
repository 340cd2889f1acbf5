package party.wtp.bench;

import java.security.MessageDigest;
import javax.crypto.Cipher;
import javax.crypto.spec.ChaCha20ParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import party.wtp.crypto.KeyStream;
import party.wtp.crypto.Sha256;

/**
 * Single-thread MiB/s of the primitives `wtp build` runs over every byte (core's ChaCha20 for the outer layer, its
 * ChaCha8 for each inner layer, Bouncy Castle's SHA-256 for the leaf hash), beside the JDK's own implementations
 * for comparison (not used: no JCA crypto in the build).
 * Not a test: a main for docs/BENCHMARKS.md. Run with the shaded jar on the class path, e.g.
 * {@code javac -cp transformer-cli/target/wtp.jar -d /tmp/bench transformer-cli/src/test/java/party/wtp/bench/*.java
 * && java -cp transformer-cli/target/wtp.jar:/tmp/bench party.wtp.bench.PrimitiveThroughput}.
 */
public final class PrimitiveThroughput {
    private static final int CHUNK = 1 << 20;
    private static final int WARMUP_MIB = 512;
    private static final int MEASURED_MIB = 1024;

    private interface Pass {
        void run(byte[] buf) throws Exception;
    }

    private PrimitiveThroughput() {
    }

    public static void main(String[] args) throws Exception {
        byte[] key = new byte[32];
        byte[] nonce = new byte[KeyStream.NONCE_LENGTH];
        KeyStream chacha = new KeyStream(key, nonce);
        KeyStream chacha8 = KeyStream.chacha8(key, nonce);
        Sha256 sha = new Sha256();
        MessageDigest jdkSha = MessageDigest.getInstance("SHA-256");
        Cipher jdkChacha = Cipher.getInstance("ChaCha20");
        jdkChacha.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "ChaCha20"), new ChaCha20ParameterSpec(nonce, 0));
        byte[] target = new byte[CHUNK];
        report("core KeyStream ChaCha20 (outer layer, in place)", buf -> chacha.apply(buf, 0, buf.length, buf, 0));
        report("core KeyStream ChaCha8 (inner layer, into another array)",
                buf -> chacha8.apply(buf, 0, buf.length, target, 0));
        report("core Sha256 (BC SHA256Digest)", buf -> sha.update(buf, 0, buf.length));
        report("JDK Cipher ChaCha20", buf -> jdkChacha.update(buf, 0, buf.length, buf, 0));
        report("JDK MessageDigest SHA-256", buf -> jdkSha.update(buf, 0, buf.length));
    }

    private static void report(String name, Pass pass) throws Exception {
        byte[] buf = new byte[CHUNK];
        for (int i = 0; i < WARMUP_MIB; i++) {
            pass.run(buf);
        }
        long start = System.nanoTime();
        for (int i = 0; i < MEASURED_MIB; i++) {
            pass.run(buf);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("| %s | %.0f |%n", name, MEASURED_MIB / seconds);
    }
}
