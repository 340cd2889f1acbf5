package party.wtp.keys;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import party.wtp.cli.ExitCode;
import party.wtp.cli.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The picocli face of {@link Keygen}: prints the new party's fingerprint on stdout; bad input is a {@link UserError}. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = "Make a new party key. Prints the party's fingerprint.")
public final class KeygenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The key file to create (mode 0600).")
    Path out;

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Seal the secret under the first line of FILE (scrypt + ChaCha20-Poly1305).")
    Path passphraseFile;

    @Option(names = "--public-out", paramLabel = "FILE", description = "Also write the public key alone to FILE.")
    Path publicOut;

    @Option(names = "--force", description = "Replace existing files.")
    boolean force;

    @Override
    public Integer call() {
        KeygenOptions options = new KeygenOptions();
        options.out = out;
        options.passphraseFile = passphraseFile;
        options.publicOut = publicOut;
        options.force = force;
        String fingerprint;
        try {
            fingerprint = new Keygen(SystemRandomness.create()).run(options).toString();
        } catch (KeyFileException e) {
            throw new UserError(e.getMessage(), e);
        }
        spec.commandLine().getOut().println(fingerprint);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
