package party.wtp.bytes;

/** Bytes that do not follow the wire format: truncated, oversized, trailing data or a bad field. */
public class MalformedException extends RuntimeException {
    public MalformedException(String message) {
        super(message);
    }
}
