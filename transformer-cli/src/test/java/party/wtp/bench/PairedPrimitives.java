package party.wtp.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Paths;
import java.util.Arrays;

/**
 * Two builds of the core's primitives side by side in one JVM, for a shared, noisy machine: each jar in its own
 * class loader, alternating 32 MiB passes of each (so both see the same load), medians of MiB/s. Not a test: a
 * main for docs/BENCHMARKS.md. E.g.
 * {@code javac -d /tmp/pp transformer-cli/src/test/java/party/wtp/bench/PairedPrimitives.java && java -cp /tmp/pp
 * party.wtp.bench.PairedPrimitives OLD/wtp.jar transformer-cli/target/wtp.jar 40}.
 * A row is "-" for a jar without that primitive (ChaCha8 before format version 2).
 */
public final class PairedPrimitives {
    interface Pass { void run(byte[] b) throws Exception; }

    public static void main(String[] a) throws Exception {
        String[] jars = {a[0], a[1]};
        int reps = Integer.parseInt(a[2]);
        Pass[][] passes = new Pass[2][];
        for (int j = 0; j < 2; j++) {
            ClassLoader cl = new URLClassLoader(new URL[] {Paths.get(jars[j]).toUri().toURL()}, null);
            Class<?> ks = cl.loadClass("party.wtp.crypto.KeyStream");
            Class<?> sha = cl.loadClass("party.wtp.crypto.Sha256");
            Object c20 = ks.getConstructor(byte[].class, byte[].class).newInstance(new byte[32], new byte[12]);
            Object c8 = null;
            try { c8 = ks.getMethod("chacha8", byte[].class, byte[].class).invoke(null, new byte[32], new byte[12]); }
            catch (NoSuchMethodException e) { }
            Object h = sha.getConstructor().newInstance();
            Method apply = ks.getMethod("apply", byte[].class, int.class, int.class, byte[].class, int.class);
            Method upd = sha.getMethod("update", byte[].class, int.class, int.class);
            byte[] target = new byte[1 << 20];
            final Object fc8 = c8;
            passes[j] = new Pass[] {
                b -> apply.invoke(c20, b, 0, b.length, b, 0),
                fc8 == null ? null : b -> apply.invoke(fc8, b, 0, b.length, target, 0),
                b -> upd.invoke(h, b, 0, b.length)};
        }
        String[] names = {"ChaCha20 in place", "ChaCha8 into another array", "SHA-256"};
        byte[] buf = new byte[1 << 20];
        for (int p = 0; p < 3; p++) {
            double[][] r = new double[2][reps];
            for (int i = -3; i < reps; i++) {
                for (int j = 0; j < 2; j++) {
                    Pass pass = passes[j][p];
                    if (pass == null) continue;
                    long t0 = System.nanoTime();
                    for (int k = 0; k < 32; k++) pass.run(buf);
                    double mibs = 32 / ((System.nanoTime() - t0) / 1e9);
                    if (i >= 0) r[j][i] = mibs;
                }
            }
            System.out.printf("| %s | %s | %s |%n", names[p], med(r[0]), med(r[1]));
        }
    }

    static String med(double[] x) {
        if (x[0] == 0) return "-";
        double[] s = x.clone(); Arrays.sort(s);
        return String.format("%.0f", s[s.length / 2]);
    }
}
