package party.wtp.verify;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import party.wtp.cli.ExitCode;
import party.wtp.cli.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The picocli face of {@link Verify}: one line per problem on stdout; exit 0 when all is well, 1 when not, 2 for bad input. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check a build's mirror folders offline: every envelope, proof, signature and placement.",
        footer = {"", "Exit codes: 0 all well; 1 problems found (one line each on stdout); 2 bad usage."})
public final class VerifyCommand implements Callable<Integer> {
    /** The exit code when the check found problems (each printed on stdout). */
    public static final int PROBLEMS = 1;

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
        Findings f;
        try {
            f = Verify.run(o);
        } catch (VerifyException e) {
            throw new UserError(e.getMessage(), e);
        }
        for (String p : f.problems()) {
            out.println(p);
        }
        out.flush();
        for (String n : f.notes()) {
            err.println("wtp: note: " + n);
        }
        err.println("wtp: verified " + f.mirrorCount() + " mirror(s): " + f.filesChecked() + " envelope(s) good, "
                + f.problems().size() + " problem(s)");
        err.flush();
        return f.ok() ? ExitCode.OK : PROBLEMS;
    }
}
