package party.wtp.browser.site;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import party.wtp.anchor.ResourceKey;
import party.wtp.browser.PartyHosts;
import party.wtp.browser.StaticSites;
import party.wtp.cli.Wtp;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.SeededRandomness;
import party.wtp.keys.KeyFile;
import party.wtp.naming.MirrorSalt;
import picocli.CommandLine;

/**
 * A static site folder published as a party the way a creator does it, by {@code wtp build} (run in process),
 * its mirror folders served on the test hosts, and the same site served plainly, as the original, on
 * {@link #PLAIN}.
 */
public final class PublishedSite {
    /** The host that serves the original site as it is. */
    public static final String PLAIN = "m16";

    private final PartyKey party;
    private final StaticSites sites;

    private PublishedSite(PartyKey party, StaticSites sites) {
        this.party = party;
        this.sites = sites;
    }

    /** Publishes the site in {@code html} with one mirror per host in {@code hosts}, and plainly on {@link #PLAIN}. */
    public static PublishedSite publish(StaticSites sites, Path html, String... hosts) {
        try {
            Path work = Files.createTempDirectory(scratch(), "party-");
            PartyKey party = PartyKey.generate(new SeededRandomness("docs site " + work));
            Path key = work.resolve("party.key");
            Files.writeString(key, KeyFile.encode(party));
            List<String> args = new ArrayList<>(List.of("build", html.toString(),
                    "--out", work.resolve("party").toString(), "--key", key.toString()));
            for (String host : hosts) {
                args.add("--mirror");
                args.add(sites.origin(host) + "/");
            }
            StringWriter out = new StringWriter();
            CommandLine wtp = new CommandLine(new Wtp()).setOut(new PrintWriter(out)).setErr(new PrintWriter(out));
            int code = wtp.execute(args.toArray(String[]::new));
            if (code != 0) {
                throw new IllegalStateException("wtp build failed (" + code + "): " + out);
            }
            for (String host : hosts) {
                copy(mirrorFolder(work.resolve("party"), host), sites.folder(host));
            }
            copy(html, sites.folder(PLAIN));
            return new PublishedSite(party, sites);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entry URL of the page at logical {@code path} (e.g. {@code wicks.html}) on {@code host}. */
    public String entryUrl(String host, String path) {
        return sites.url(host, "/index.html") + "#" + route(path);
    }

    /** The route (without '#') of the page at logical {@code path}. */
    public String route(String path) {
        return party.publicKey().fingerprint() + "." + ResourceKey.forPath(party, path);
    }

    /** The name the envelope of logical {@code path} has on {@code host} (by the salt its entry page names). */
    public String fileName(String host, String path) {
        try {
            Element salt = Jsoup.parse(Files.readString(sites.folder(host).resolve("index.html")))
                    .selectFirst("meta[name=wtp-salt]");
            if (salt == null) {
                throw new IllegalStateException("the entry page of " + host + " names no salt");
            }
            return MirrorSalt.parse(salt.attr("content")).fileName(ResourceKey.forPath(party, path).id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The original page, served plainly. */
    public String plainUrl(String path) {
        return sites.url(PLAIN, "/" + path);
    }

    private static Path mirrorFolder(Path party, String host) throws IOException {
        String prefix = PartyHosts.fullName(host) + "_";
        try (Stream<Path> folders = Files.list(party)) {
            return folders.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("wtp build wrote no folder for " + host));
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static Path scratch() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("wtp.scratch", "target/browser-scratch")));
    }
}
