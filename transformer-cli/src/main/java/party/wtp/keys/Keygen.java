package party.wtp.keys;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.Arrays;
import party.wtp.crypto.Fingerprint;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.Randomness;

/** {@code wtp keygen}: makes a new party key and writes its key file (and, if asked, its public key file). */
public final class Keygen {
    private final Randomness random;

    public Keygen(Randomness random) {
        this.random = random;
    }

    /** Writes the files and returns the new party's fingerprint. Nothing is written when an argument is wrong. */
    public Fingerprint run(KeygenOptions options) throws KeyFileException {
        if (options.out == null) {
            throw new KeyFileException("keygen: --out FILE is required");
        }
        if (options.publicOut != null) {
            if (options.publicOut.toAbsolutePath().normalize().equals(options.out.toAbsolutePath().normalize())) {
                throw new KeyFileException(options.publicOut + ": the public key file must differ from the key file");
            }
            if (!options.force && Files.exists(options.publicOut, LinkOption.NOFOLLOW_LINKS)) {
                throw new KeyFileException(options.publicOut + ": already exists; use --force to replace it");
            }
        }
        if (!options.force && Files.exists(options.out, LinkOption.NOFOLLOW_LINKS)) {
            throw new KeyFileException(options.out + ": already exists; use --force to replace it");
        }
        byte[] passphrase = options.passphraseFile == null ? null : Passphrase.read(options.passphraseFile);
        PartyKey key = PartyKey.generate(random);
        String text;
        if (passphrase == null) {
            text = KeyFile.encode(key);
        } else {
            text = KeyFile.encodeSealed(key, passphrase, random);
            Arrays.fill(passphrase, (byte) 0);
        }
        KeyFileWriter.write(options.out, text, options.force, true, random);
        if (options.publicOut != null) {
            KeyFileWriter.write(options.publicOut, KeyFile.encodePublic(key.publicKey()), options.force, false, random);
        }
        return key.publicKey().fingerprint();
    }
}
