package party.wtp.demo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import party.wtp.build.BuildException;
import party.wtp.build.BuildLog;
import party.wtp.build.BuildOptions;
import party.wtp.build.Parts;
import party.wtp.crypto.Fingerprint;
import party.wtp.keys.KeyFileException;
import party.wtp.keys.Keygen;
import party.wtp.keys.KeygenOptions;
import party.wtp.keys.SystemRandomness;
import party.wtp.serve.PartyServer;
import party.wtp.serve.ServeException;

/**
 * A running demo party: a fresh key and a build of a site in a temporary folder, its mirrors served on
 * {@code 127.0.0.1}, {@code 127.0.0.2}, ... (distinct origins on loopback that need no browser setup). The site is built
 * twice, so that generation 1 stays beside the served generation 2 for a mirror to fall behind to ({@code stale N}).
 * {@link #stop()} stops serving and removes the folder.
 */
public final class Demo implements AutoCloseable {
  /** Attempts at picking free ports, in case another program takes one between picking and binding. */
  private static final int ATTEMPTS = 3;
  private static final String PREVIOUS = "previous";

  private final Path folder;
  private final Fingerprint party;
  private final List<String> entryUrls;
  private final PartyServer server;
  private boolean closed;

  private Demo(Path folder, Fingerprint party, List<String> entryUrls, PartyServer server) {
    this.folder = folder;
    this.party = party;
    this.entryUrls = List.copyOf(entryUrls);
    this.server = server;
  }

  /**
   * Makes a temporary folder, a party key in it, builds {@code site} into {@code mirrors} mirrors there and serves
   * them. Nothing is left behind when this fails.
   */
  public static Demo start(Path site, int mirrors, BuildLog log) throws IOException, BuildException, KeyFileException {
    Path folder = Files.createTempDirectory("wtp-demo-");
    try {
      KeygenOptions keygen = new KeygenOptions();
      keygen.out = folder.resolve("party.key");
      Fingerprint party = new Keygen(SystemRandomness.create()).run(keygen);
      ServeException lastBindFailure = null;
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        List<String> urls = freeMirrorUrls(mirrors);
        Path out = folder.resolve("party");
        deleteTree(out);
        deleteTree(folder.resolve(PREVIOUS));
        Parts.build(log).run(options(site, out, keygen.out, urls));
        copyTree(out, folder.resolve(PREVIOUS));
        List<String> entries = Parts.build(log).run(options(site, out, keygen.out, urls));
        try {
          return new Demo(folder, party, entries, PartyServer.builder().party(out).start());
        } catch (ServeException e) {
          lastBindFailure = e;
        }
      }
      throw lastBindFailure;
    } catch (IOException | BuildException | KeyFileException | RuntimeException | Error e) {
      deleteTree(folder);
      throw e;
    }
  }

  /** A build of {@code site} into {@code out} for these mirrors: the next generation when {@code out} holds one. */
  private static BuildOptions options(Path site, Path out, Path key, List<String> mirrors) {
    BuildOptions build = new BuildOptions();
    build.site = site;
    build.out = out;
    build.key = key;
    build.mirrors = new ArrayList<>(mirrors);
    return build;
  }

  /** One {@code http://127.0.0.N:PORT/} per mirror, each port free on its address when picked. */
  static List<String> freeMirrorUrls(int count) throws IOException {
    List<String> urls = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String host = "127.0.0." + i;
      try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(host))) {
        urls.add("http://" + host + ":" + probe.getLocalPort() + "/");
      }
    }
    return urls;
  }

  /** The temporary folder holding the key ({@code party.key}) and the built party ({@code party/}). */
  public Path folder() {
    return folder;
  }

  /** The built party folder, as {@code wtp serve} and {@code wtp check} take it. */
  public Path partyFolder() {
    return folder.resolve("party");
  }

  /**
   * Generation 1 of the party, one folder per mirror named like the served ones (same salts, so the same file names):
   * what a mirror that missed the last update still serves.
   */
  public Path previousGeneration() {
    return folder.resolve(PREVIOUS);
  }

  /** The party key file. */
  public Path keyFile() {
    return folder.resolve("party.key");
  }

  public Fingerprint party() {
    return party;
  }

  /** The entry URL of each mirror, in mirror order; the first is the one to open. */
  public List<String> entryUrls() {
    return entryUrls;
  }

  public PartyServer server() {
    return server;
  }

  /**
   * Stops serving and deletes the temporary folder; safe to call more than once and from a shutdown hook. Returns
   * false when it was closed already.
   */
  public synchronized boolean stop() throws IOException {
    if (closed) {
      return false;
    }
    closed = true;
    try {
      server.stop();
    } finally {
      deleteTree(folder);
    }
    return true;
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() throws IOException {
    stop();
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException failed) throws IOException {
        if (failed != null) {
          throw failed;
        }
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
