package party.wtp.bench;

import javax.crypto.Cipher;
import javax.crypto.spec.ChaCha20ParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import party.wtp.crypto.BulkSha256;
import party.wtp.crypto.KeyStream;
import party.wtp.crypto.Sha256;

/**
 * Single-thread MiB/s of the primitives `wtp build` runs over every byte (core's ChaCha20 for the outer layer, its
 * ChaCha8 for each inner layer, its BulkSha256 for the leaf hash: the JDK's SHA-256, on the CPU's SHA instructions
 * where it has them), beside core's portable SHA-256 (the browser's) and the JDK's ChaCha20 for comparison.
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
        Cipher jdkChacha = Cipher.getInstance("ChaCha20");
        jdkChacha.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "ChaCha20"), new ChaCha20ParameterSpec(nonce, 0));
        byte[] target = new byte[CHUNK];
        report("core KeyStream ChaCha20 (outer layer, in place)", buf -> chacha.apply(buf, 0, buf.length, buf, 0));
        report("core KeyStream ChaCha8 (inner layer, into another array)",
                buf -> chacha8.apply(buf, 0, buf.length, target, 0));
        BulkSha256 bulk = new BulkSha256();
        report("core BulkSha256 (leaf hash on the JVM: the JDK's)", buf -> bulk.update(buf, 0, buf.length));
        report("core Sha256 (portable, the browser's)", buf -> sha.update(buf, 0, buf.length));
        report("JDK Cipher ChaCha20", buf -> jdkChacha.update(buf, 0, buf.length, buf, 0));
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
