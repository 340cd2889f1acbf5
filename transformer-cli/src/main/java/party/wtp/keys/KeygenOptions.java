package party.wtp.keys;

import java.nio.file.Path;

/** What {@code wtp keygen} is asked to do. */
public final class KeygenOptions {
    /** Where the secret key file goes (required). */
    public Path out;
    /** When set, the secret is sealed under the first line of this file. */
    public Path passphraseFile;
    /** When set, also write the public key alone to this file (for {@code wtp verify} and for sharing). */
    public Path publicOut;
    /** Replace existing files. */
    public boolean force;
}
