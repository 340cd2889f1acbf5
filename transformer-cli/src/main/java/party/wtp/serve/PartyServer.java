package party.wtp.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Serves the mirrors of a party on their own origins, on loopback, as dumb static hosts would, with faults that can be
 * injected per mirror while it runs. Used by {@code wtp serve}, {@code wtp demo} and the browser tests.
 *
 * <pre>{@code
 * try (PartyServer server = PartyServer.builder().party(Path.of("party")).start()) {
 *   server.mirror("m2.party.test").faults().down(true);
 *   ...
 * }
 * }</pre>
 *
 * <p>Each mirror answers on its URL's port; host names that are not loopback are served on 127.0.0.1 (see
 * {@link #hostMapping()} for making browsers resolve them there). A mirror added with port 0 gets an ephemeral port;
 * {@link ServedMirror#url()} tells which once started.
 */
public final class PartyServer implements AutoCloseable {
  private final Server jetty;
  private final List<ServedMirror> mirrors;
  private volatile boolean running;

  private PartyServer(Server jetty, List<ServedMirror> mirrors) {
    this.jetty = jetty;
    this.mirrors = Collections.unmodifiableList(mirrors);
  }

  /** A new server configuration. */
  public static Builder builder() {
    return new Builder();
  }

  /** Starts serving every mirror of the party folder {@code dir} on the ports its mirror URLs name. */
  public static PartyServer serve(Path dir) {
    return builder().party(dir).start();
  }

  /** The served mirrors, in the order they were added. */
  public List<ServedMirror> mirrors() {
    return mirrors;
  }

  /**
   * The mirror called {@code name}: its folder name ({@code m1.party.test_8001}), host ({@code m1.party.test}),
   * {@code host:port}, or URL.
   *
   * @throws IllegalArgumentException when no mirror, or more than one, answers to the name
   */
  public ServedMirror mirror(String name) {
    List<ServedMirror> matches = mirrors.stream().filter(m -> m.answersTo(name)).collect(Collectors.toList());
    if (matches.size() == 1) {
      return matches.get(0);
    }
    String names = (matches.isEmpty() ? mirrors : matches).stream().map(ServedMirror::name)
        .collect(Collectors.joining(", "));
    if (matches.isEmpty()) {
      throw new IllegalArgumentException("no mirror named '" + name + "' (mirrors: " + names + ")");
    }
    throw new IllegalArgumentException("'" + name + "' names several mirrors (" + names + "); use a folder name");
  }

  /** How browsers can reach the mirrors whose host names are not loopback. */
  public HostMapping hostMapping() {
    return new HostMapping(mirrors.stream().map(ServedMirror::address).collect(Collectors.toList()));
  }

  /** Whether the server is serving (until {@link #stop()}). */
  public boolean isRunning() {
    return running;
  }

  /** Waits until the server stops (another thread's {@link #stop()}, or the JVM shutting down). */
  public void join() throws InterruptedException {
    jetty.join();
  }

  /** Stops serving: every port closes and open connections, stalled ones included, are dropped. */
  public void stop() {
    running = false;
    try {
      jetty.stop();
    } catch (Exception e) {
      throw new IllegalStateException("stopping the mirror server failed: " + e.getMessage(), e);
    }
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  @Override
  public String toString() {
    return "PartyServer" + mirrors;
  }

  /** Which mirrors to serve and how; {@link #start()} binds the ports. */
  public static final class Builder {
    private final List<MirrorFolder> folders = new ArrayList<>();
    private boolean cors;
    private Duration idleTimeout = Duration.ofSeconds(30);

    private Builder() {}

    /** Serve every mirror of a party folder (see {@link PartyFolder}). */
    public Builder party(Path dir) {
      return party(PartyFolder.read(dir));
    }

    /** Serve every mirror of a party folder already read. */
    public Builder party(PartyFolder party) {
      folders.addAll(party.mirrors());
      return this;
    }

    /** Serve {@code folder} at mirror URL {@code url}, e.g. {@code http://m1.party.test:0/} (port 0: ephemeral). */
    public Builder mirror(String url, Path folder) {
      return mirror(new MirrorFolder(MirrorAddress.parse(url), folder));
    }

    /** Serve one mirror folder at its address. */
    public Builder mirror(MirrorFolder mirror) {
      folders.add(mirror);
      return this;
    }

    /** Whether mirrors start with CORS allowed (each can change it later with {@link ServedMirror#cors}). */
    public Builder cors(boolean on) {
      cors = on;
      return this;
    }

    /** How long an idle connection stays open (default 30 s, as on many hosts). */
    public Builder idleTimeout(Duration timeout) {
      idleTimeout = timeout;
      return this;
    }

    /**
     * Binds every port and starts serving.
     *
     * @throws ServeException naming the address when a port cannot be bound (in use, or privileged), or when no
     *     mirror was added
     */
    public PartyServer start() {
      if (folders.isEmpty()) {
        throw new ServeException("no mirrors to serve");
      }
      QueuedThreadPool threads = new QueuedThreadPool(256, 2);
      threads.setName("wtp-serve");
      Server jetty = new Server(threads);
      jetty.setStopTimeout(0);
      HttpConfiguration http = new HttpConfiguration();
      http.setSendServerVersion(false);
      http.setSendXPoweredBy(false);

      Map<String, ListeningPort> byEndpoint = new LinkedHashMap<>();
      Map<Connector, ListeningPort> byConnector = new ConcurrentHashMap<>();
      List<ServedMirror> served = new ArrayList<>();
      PartyServer[] self = new PartyServer[1];
      for (MirrorFolder folder : folders) {
        MirrorAddress address = folder.address();
        String key = address.port() == 0
            ? "ephemeral#" + served.size()
            : address.bindAddress() + ":" + address.port();
        ListeningPort port = byEndpoint.computeIfAbsent(key, k -> {
          ServerConnector connector = new ServerConnector(jetty, 0, 1, new HttpConnectionFactory(http)); // accepts on its selector
          connector.setHost(address.bindAddress());
          connector.setPort(address.port());
          connector.setIdleTimeout(idleTimeout.toMillis());
          jetty.addConnector(connector);
          ListeningPort created = new ListeningPort(address.bindAddress(), connector);
          byConnector.put(connector, created);
          return created;
        });
        ServedMirror mirror = new ServedMirror(folder, cors, () -> {
          if (self[0] != null && self[0].running) {
            port.refresh();
          }
        });
        port.mirrors.add(mirror);
        served.add(mirror);
      }
      jetty.setHandler(new MirrorHandler(byConnector));
      List<ListeningPort> ports = new ArrayList<>(byEndpoint.values());
      try {
        jetty.start();
      } catch (Exception e) {
        String problem = bindFailure(ports, e);
        stopQuietly(jetty);
        throw new ServeException(problem, e);
      }
      for (ListeningPort port : ports) {
        port.bound();
      }
      PartyServer server = new PartyServer(jetty, served);
      self[0] = server;
      server.running = true;
      for (ListeningPort port : ports) {
        port.refresh(); // mirrors marked down before start
      }
      return server;
    }

    /** One line saying which port failed and why (e.g. "address already in use"). */
    private static String bindFailure(List<ListeningPort> ports, Exception e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      String reason = root.getMessage() != null ? root.getMessage().toLowerCase(Locale.ROOT) : root.toString();
      for (ListeningPort port : ports) {
        if (port.connector.getLocalPort() <= 0) {
          String urls = port.mirrors.stream().map(ServedMirror::url).collect(Collectors.joining(", "));
          return "cannot listen on " + port.bindAddress + ":" + port.connector.getPort() + " for " + urls + ": "
              + reason;
        }
      }
      return "cannot start the mirror server: " + reason;
    }

    private static void stopQuietly(Server jetty) {
      try {
        jetty.stop();
      } catch (Exception ignored) {
        // already failing to start; the start failure is what matters
      }
    }
  }
}
