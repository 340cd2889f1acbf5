package party.wtp.build;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import party.wtp.cli.ExitCode;
import party.wtp.cli.Progress;
import party.wtp.cli.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The picocli face of {@link Build}: entry URLs on stdout, progress and warnings on stderr; bad input is a {@link UserError}. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Turn a static site folder into a party: one folder per mirror, for any static host. "
                + "Prints one entry URL per mirror.",
        footer = {"", "The output folder is replaced only when the build is complete; a failed build",
            "leaves it as it was. Exit codes: 0 built; 1 unexpected failure; 2 bad input."})
public final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SITE", description = "The site folder (must have an index.html).")
    Path site;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder: one folder per mirror.")
    Path out;

    @Option(names = "--key", required = true, paramLabel = "FILE", description = "The party's secret key file.")
    Path key;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "Unseals a key file sealed with a passphrase.")
    Path passphraseFile;

    @Option(names = "--mirror", required = true, paramLabel = "URL", description = "A mirror's base URL (repeat).")
    List<String> mirrors = new ArrayList<>();

    @Option(names = "--replicas", paramLabel = "N", description = "Mirrors each resource goes on (default: all).")
    Integer replicas;

    @Option(names = "--list-size", paramLabel = "K", description = "Other mirrors each mirror's list names (default: all).")
    Integer listSize;

    @Option(names = "--generation", paramLabel = "N", description = "Generation number (default: last build's + 1).")
    Long generation;

    @Option(names = "--keep-metadata", description = "Publish files with their meta data (EXIF, authors) as they are.")
    boolean keepMetadata;

    @Option(names = "--seed", paramLabel = "S", description = "Reproducible randomness, for tests only.")
    String seed;

    @Option(names = "--force", description = "Replace a folder wtp did not make; allow an older generation.")
    boolean force;

    @Option(names = "--site-url", paramLabel = "URL", description = "The site's old address: absolute links to it become routes.")
    String siteUrl;

    @Option(names = "--about", paramLabel = "FILE", description = "Text for readers: what this is, how to host a mirror.")
    Path about;

    @Option(names = "--report-url", paramLabel = "URL", description = "Where readers' clients report dead mirrors.")
    String reportUrl;

    @Option(names = "--threads", paramLabel = "N", description = "Threads to seal with (default: one per core).")
    Integer threads;

    @Override
    public Integer call() {
        BuildOptions o = new BuildOptions();
        o.site = site;
        o.out = out;
        o.key = key;
        o.passphraseFile = passphraseFile;
        o.mirrors = mirrors;
        o.replicas = replicas;
        o.listSize = listSize;
        o.generation = generation;
        o.keepMetadata = keepMetadata;
        o.seed = seed;
        o.force = force;
        o.siteUrl = siteUrl;
        o.about = about;
        o.reportUrl = reportUrl;
        o.threads = threads;
        PrintWriter stdout = spec.commandLine().getOut();
        List<String> entries;
        try (ProgressLog log = new ProgressLog(spec.commandLine().getErr(), Progress.Style.forStderr())) {
            entries = Parts.build(log).run(o);
        } catch (BuildException e) {
            throw new UserError(e.getMessage(), e);
        } catch (IOException e) {
            throw new UserError("build failed, " + o.out + " is unchanged: " + e.getMessage(), e);
        }
        for (String e : entries) {
            stdout.println(e);
        }
        stdout.flush();
        return ExitCode.OK;
    }
}
