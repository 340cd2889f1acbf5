package party.wtp.client.shim.wtp.crypto;

import party.wtp.crypto.Sha256;

/**
 * Browser stand-in for the core's {@code party.wtp.crypto.BulkSha256}, whose JVM version uses the JDK's
 * {@code MessageDigest} (not in TeaVM's class library): core's own {@link Sha256}, 32-bit only, fast in JavaScript.
 * TeaVM 0.16 compiles it in through {@code TeaVmSubstitutions}, TeaVM 0.10 through client-legacy's class mapping.
 */
public final class BulkSha256 {
    private final Sha256 sha = new Sha256();

    public BulkSha256 update(byte[] data, int off, int len) {
        sha.update(data, off, len);
        return this;
    }

    public byte[] digest() {
        return sha.digest();
    }
}
