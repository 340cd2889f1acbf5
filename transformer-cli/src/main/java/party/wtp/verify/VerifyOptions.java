package party.wtp.verify;

import java.nio.file.Path;

/** What {@code wtp verify} checks and what it trusts. */
public final class VerifyOptions {
    /** The output folder of {@code wtp build} (required). */
    public Path dir;
    /** A key file: the secret key (full check, content included) or the public key (proofs and signatures). */
    public Path key;
    /** Unseals a sealed secret key file; without it a sealed file is used for its public key only. */
    public Path passphraseFile;
    /** The party's fingerprint, instead of a key file: the public key then comes from the manifests. */
    public String fingerprint;
}
