package party.wtp.check;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import party.wtp.anchor.ResourceKey;
import party.wtp.build.Build;
import party.wtp.cli.ExitCode;
import party.wtp.cli.Progress;
import party.wtp.cli.UserError;
import party.wtp.crypto.Fingerprint;
import party.wtp.crypto.PartyKey;
import party.wtp.keys.KeyFile;
import party.wtp.keys.KeyFileException;
import party.wtp.keys.Passphrase;
import party.wtp.manifest.MirrorUrl;
import party.wtp.route.Route;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wtp check URL|DIR}: the health spider, which walks every mirror of a party and verifies every copy. */
@Command(
    name = "check",
    sortOptions = false,
    usageHelpAutoWidth = true,
    mixinStandardHelpOptions = true,
    headerHeading = "%n",
    header = "Check a party's health: every mirror reachable, current, and serving verified copies.",
    descriptionHeading = "%n",
    description = {
        "URL is an entry URL, http://mirror/#FINGERPRINT.KEY: its entry page names",
        "the mirror's salt, the fingerprint checks the party key, the key opens the",
        "page, whose meta leads to the site map and so to every resource.",
        "DIR is a built party folder: its mirrors.txt gives the mirrors, and either",
        "--key (the party's key file: the creator's view, every resource found",
        "through the site map) or --route (the page to start from).",
        "",
        "Signed mirror lists are followed breadth-first to every reachable mirror",
        "(by the same mirror walk a reader's client runs, here asked to visit all).",
        "Each is checked for: reachable, latency (median), generation (stale below",
        "the newest seen), bridge page, CORS, and every resource it says it holds,",
        "verified in full (proof, signature, decryption, meta).",
        "",
        "Exit codes: 0 all well; 1 a mirror is down, stale, bad or incomplete, or a",
        "resource has fewer verified copies than --min-replicas; 2 bad usage.",
    },
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n")
public final class CheckCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "URL|DIR", description = "An entry URL with its #fragment, or a built party folder.")
    String target;

    @Option(names = "--route", paramLabel = "FP.KEY",
        description = "With DIR: the route of the page to start from (the fragment of an entry URL).")
    String route;

    @Option(names = "--key", paramLabel = "FILE",
        description = "With DIR: the party's secret key file, instead of --route.")
    Path key;

    @Option(names = "--passphrase-file", paramLabel = "FILE",
        description = "With --key: unseals a key file sealed with a passphrase.")
    Path passphraseFile;

    @Option(names = "--min-replicas", paramLabel = "N", defaultValue = "2",
        description = "Fewest verified copies a resource should have (default ${DEFAULT-VALUE}).")
    int minReplicas;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the full report as JSON.")
    Path json;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML report.")
    Path html;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
        description = "Longest wait for one request, plus time for its size (default ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--per-host", paramLabel = "N", defaultValue = "4",
        description = "Most requests at once to one host (default ${DEFAULT-VALUE}).")
    int perHost;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "32",
        description = "Most requests at once overall (default ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--max-mirrors", paramLabel = "N", defaultValue = "512",
        description = "Most mirrors to check, however many the lists name (default ${DEFAULT-VALUE}).")
    int maxMirrors;

    @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "1073741824",
        description = "Most bytes to download in all (default ${DEFAULT-VALUE}).")
    long maxBytes;

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    @Override
    public Integer call() throws InterruptedException {
        validate();
        List<MirrorUrl> seeds = new ArrayList<>();
        Start start = start(seeds);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Fetcher fetcher = new Fetcher(CONNECT_TIMEOUT, Duration.ofMillis((long) (timeoutSeconds * 1000)), perHost,
                parallel, maxBytes);
        ExecutorService pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "wtp-check");
            t.setDaemon(true);
            return t;
        });
        CheckResult result;
        try (Progress progress = Progress.onStderr(err, "checking", 0)) {
            result = new PartySpider(fetcher, pool, progress, MirrorSurvey.policy(fetcher, parallel, maxMirrors, maxBytes))
                    .check(seeds, start.party, start.page, start.siteMap);
            progress.done();
        } finally {
            pool.shutdownNow();
        }
        TableReport.print(result, minReplicas, out);
        write(json, JsonReport.render(result, minReplicas));
        write(html, HtmlReport.render(result, minReplicas));
        out.flush();
        return result.healthy(minReplicas) ? ExitCode.OK : ExitCode.FAILURE;
    }

    private void validate() {
        if (minReplicas < 1) {
            throw new UserError("--min-replicas " + minReplicas + ": must be at least 1");
        }
        if (!(timeoutSeconds > 0) || timeoutSeconds > 3600) {
            throw new UserError("--timeout " + timeoutSeconds + ": must be above 0 and at most 3600 seconds");
        }
        if (perHost < 1 || parallel < 1 || maxMirrors < 1) {
            throw new UserError("--per-host, --parallel and --max-mirrors must be at least 1");
        }
        if (maxBytes < 1) {
            throw new UserError("--max-bytes " + maxBytes + ": must be at least 1");
        }
    }

    /** Where the spider starts: the party's fingerprint, and the entry page's key or the site map's. */
    private record Start(Fingerprint party, ResourceKey page, ResourceKey siteMap) {
        static Start of(Route route) {
            return new Start(route.party(), route.key(), null);
        }
    }

    /** Fills {@code seeds} from the target and returns where the check starts. */
    private Start start(List<MirrorUrl> seeds) {
        if (target.startsWith("http://") || target.startsWith("https://")) {
            if (key != null) {
                throw new UserError("--key " + key + ": only with a party folder; an entry URL carries its own key");
            }
            int hash = target.indexOf('#');
            if (hash < 0) {
                throw new UserError(target + ": no #FINGERPRINT.KEY fragment (use the party's entry URL)");
            }
            String base = target.substring(0, hash);
            if (base.endsWith("/" + EntryPage.FILE)) {
                base = base.substring(0, base.length() - EntryPage.FILE.length());
            }
            try {
                seeds.add(MirrorUrl.parse(base));
            } catch (IllegalArgumentException e) {
                throw new UserError(target + ": " + e.getMessage());
            }
            return Start.of(parseRoute(target.substring(hash + 1), target));
        }
        Path dir = Path.of(target);
        Path list = dir.resolve("mirrors.txt");
        if (!Files.isDirectory(dir)) {
            throw new UserError(dir, "neither an http(s) entry URL nor a folder");
        }
        if (route == null && key == null) {
            throw new UserError(dir + ": checking a party folder needs --key FILE or --route FINGERPRINT.KEY");
        }
        if (route != null && key != null) {
            throw new UserError("--key and --route: give one of them, not both");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(list, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(list, "cannot read (" + e.getMessage() + ")");
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                seeds.add(MirrorUrl.parse(line));
            } catch (IllegalArgumentException e) {
                throw new UserError(list + " line " + (i + 1) + ": " + e.getMessage());
            }
        }
        if (seeds.isEmpty()) {
            throw new UserError(list, "lists no mirror URL");
        }
        if (key != null) {
            return creator();
        }
        return Start.of(parseRoute(route, "--route " + route));
    }

    /** The creator's start: the site map's key, derived from the party key like the build derives it. */
    private Start creator() {
        try {
            PartyKey party = KeyFile.read(key).secret(Passphrase.fromFileOrConsole(passphraseFile));
            return new Start(party.publicKey().fingerprint(), null, ResourceKey.forPath(party, Build.SITE_MAP_PATH));
        } catch (KeyFileException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    private static Route parseRoute(String fragment, String where) {
        try {
            return Route.parse(fragment);
        } catch (IllegalArgumentException e) {
            throw new UserError(where + ": " + e.getMessage());
        }
    }

    private static void write(Path file, String text) {
        if (file == null) {
            return;
        }
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(file, "cannot write (" + e.getMessage() + ")");
        }
    }
}
