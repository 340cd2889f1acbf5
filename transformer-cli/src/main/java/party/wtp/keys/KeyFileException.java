package party.wtp.keys;

/** A key or passphrase file that cannot be used; the message is one line that names the file and the problem. */
public final class KeyFileException extends Exception {
    public KeyFileException(String message) {
        super(message);
    }
}
