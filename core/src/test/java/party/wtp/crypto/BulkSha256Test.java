package party.wtp.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bulk SHA-256 (the JDK's, on a JVM) is the same function as core's own, however the bytes arrive. */
class BulkSha256Test {
    @Test
    void sameDigestsAsCoresOwnSha256ForEveryLengthAndSplit() {
        Random random = new Random(2026);
        byte[] data = new byte[70_000];
        random.nextBytes(data);
        for (int len : new int[] {0, 1, 55, 56, 63, 64, 65, 127, 128, 1000, 4096, 65_536, 69_999}) {
            BulkSha256 bulk = new BulkSha256();
            for (int at = 0; at < len;) {
                int n = Math.min(len - at, random.nextInt(3000));
                bulk.update(data, at, n);
                at += n;
            }
            assertArrayEquals(new Sha256().update(data, 0, len).digest(), bulk.digest(), "length " + len);
        }
    }

    @Test
    void digestOnlyOnce() {
        BulkSha256 bulk = new BulkSha256().update(new byte[3], 0, 3);
        bulk.digest();
        assertThrows(IllegalStateException.class, bulk::digest);
        assertThrows(IllegalStateException.class, () -> bulk.update(new byte[1], 0, 1));
    }
}
