package party.wtp.browser.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/** A script's size as served: its (already minified) bytes, and gzipped at level 9 as {@code gzip -9} does. */
record BundleSize(String name, int bytes, int gzipBytes) {
    static BundleSize of(String name, byte[] script) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(script);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BundleSize(name, script.length, out.size());
    }
}
