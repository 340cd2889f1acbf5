package party.wtp.bytes;

import java.util.Arrays;

/**
 * A short fixed byte string that is a value in the domain (a resource key, a resource id, a salt, a fingerprint):
 * equal when the class and the bytes are equal. Subclasses check the length and say how the bytes are written.
 */
public abstract class ByteValue {
    /** Never handed out: subclasses return copies. */
    protected final byte[] value;

    protected ByteValue(byte[] value) {
        this.value = value;
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && Arrays.equals(value, ((ByteValue) o).value);
    }

    @Override
    public final int hashCode() {
        return Arrays.hashCode(value);
    }
}
