package party.wtp.verify;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The picocli face of {@link Verify}: one line per problem on stdout; exit 0 when all is well, 1 when not, 2 for bad input. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check a build's mirror folders offline: every envelope, proof, signature and placement.")
public final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The output folder of wtp build.")
    Path dir;

    @Option(names = "--key", paramLabel = "FILE", description = "The party's secret key file, or its public key file.")
    Path key;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "Unseals a sealed secret key file.")
    Path passphraseFile;

    @Option(names = "--fingerprint", paramLabel = "FP", description = "The party's fingerprint, instead of a key file.")
    String fingerprint;

    @Override
    public Integer call() {
        VerifyOptions o = new VerifyOptions();
        o.dir = dir;
        o.key = key;
        o.passphraseFile = passphraseFile;
        o.fingerprint = fingerprint;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Findings f = Verify.run(o);
            for (String p : f.problems()) {
                out.println(p);
            }
            for (String n : f.notes()) {
                err.println("wtp verify: note: " + n);
            }
            err.println("wtp verify: " + f.mirrorCount() + " mirror(s), " + f.filesChecked() + " envelope(s) good, "
                    + f.problems().size() + " problem(s)");
            out.flush();
            err.flush();
            return f.ok() ? 0 : 1;
        } catch (VerifyException e) {
            err.println("wtp verify: " + e.getMessage());
            err.flush();
            return 2;
        }
    }
}
