package party.wtp.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A dumb static web host for tests, like the ones mirrors live on: one HTTP server on 127.0.0.1 serving one folder
 * per host name ({@code http://m1.party.test:PORT/} serves {@code root/m1.party.test/}), chosen by the Host header.
 * No caching (a benchmark of returning readers can set the {@code Cache-Control} of found files with
 * {@code -Dwtp.sites.cacheControl=max-age=600}), no directory listings, {@code index.html} for directories; CORS only
 * where a test allows it.
 * Every request is recorded so tests can tell which mirrors a browser asked for what.
 */
public final class StaticSites implements AutoCloseable {
    private static final Charset UTF8 = StandardCharsets.UTF_8;
    /** What found files are served with; every other answer is {@code no-store}. */
    private static final String CACHE_CONTROL = System.getProperty("wtp.sites.cacheControl", "no-store");
    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("wasm", "application/wasm"));

    private final Path root;
    private final HttpServer server;
    private final ExecutorService workers;
    private final Set<String> corsHosts = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> delays = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    static {
        // The JDK's server leaves Nagle's algorithm on: on a kept-alive connection each response's last small write
        // then waits for the browser's delayed ACK, up to 40 ms on Linux. Static hosts readers meet (nginx, Jetty,
        // S3) set TCP_NODELAY; so does this one. Read once, when the server's configuration class loads.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private StaticSites(Path root) throws IOException {
        this.root = root;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        this.workers = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "static-sites");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a server on a free loopback port, serving folders under {@code root} (created if missing). */
    public static StaticSites start(Path root) {
        try {
            Files.createDirectories(root);
            return new StaticSites(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a static server for " + root, e);
        }
    }

    /** The port every host is served on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The folder served for {@code host} ({@code "m1"} or {@code "m1.party.test"}), created if missing. */
    public Path folder(String host) {
        Path folder = root.resolve(PartyHosts.fullName(host));
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code bytes} to {@code path} (relative, may contain folders) on {@code host}; returns this. */
    public StaticSites put(String host, String path, byte[] bytes) {
        Path file = resolve(folder(host), path);
        if (file == null) {
            throw new IllegalArgumentException("path " + path + " leaves the site folder of " + host);
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Writes UTF-8 text to {@code path} on {@code host}; returns this. */
    public StaticSites put(String host, String path, String text) {
        return put(host, path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code http://m1.party.test:PORT/path} for {@code host} {@code "m1"} and {@code path} {@code "/path"}. */
    public String url(String host, String path) {
        return origin(host) + (path.startsWith("/") ? path : "/" + path);
    }

    /** {@code http://m1.party.test:PORT} for {@code host} {@code "m1"}. */
    public String origin(String host) {
        return "http://" + PartyHosts.fullName(host) + ":" + port();
    }

    /** Lets pages of any origin read {@code host}'s files ({@code Access-Control-Allow-Origin: *}). */
    public StaticSites allowCors(String host) {
        corsHosts.add(PartyHosts.fullName(host));
        return this;
    }

    /** Holds each answer of {@code host} back by {@code millis}, as a distant host's would be; returns this. */
    public StaticSites delay(String host, int millis) {
        delays.put(PartyHosts.fullName(host), millis);
        return this;
    }

    /** Holds the answers for one file of {@code host} ({@code path}: "/name") back by {@code millis}; returns this. */
    public StaticSites delay(String host, String path, int millis) {
        delays.put(PartyHosts.fullName(host) + " " + path, millis);
        return this;
    }

    /** Every request so far, as {@code "GET m1.party.test /path"}, in arrival order. */
    public List<String> requests() {
        return Collections.unmodifiableList(requests);
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String host = hostOf(exchange);
            String rawPath = exchange.getRequestURI().getRawPath();
            requests.add(exchange.getRequestMethod() + " " + host + " " + rawPath);
            hold(host);
            hold(host + " " + rawPath);
            if (!PartyHosts.NAMES.contains(host)) {
                send(exchange, 404, "text/plain; charset=utf-8", ("no site for host " + host).getBytes(UTF8));
                return;
            }
            if (corsHosts.contains(host)) {
                exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
            }
            String method = exchange.getRequestMethod();
            if (method.equals("OPTIONS")) {
                exchange.getResponseHeaders().set("Access-Control-Allow-Methods", "GET, HEAD");
                send(exchange, 204, null, null);
                return;
            }
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "GET or HEAD only".getBytes(UTF8));
                return;
            }
            Path file = resolve(root.resolve(host), URLDecoder.decode(rawPath, UTF8));
            if (file != null && Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (file == null || !Files.isRegularFile(file)) {
                send(exchange, 404, "text/plain; charset=utf-8", ("not found: " + rawPath).getBytes(UTF8));
                return;
            }
            byte[] body = Files.readAllBytes(file);
            send(exchange, 200, contentType(file), method.equals("HEAD") ? null : body);
        }
    }

    /** Waits as {@link #delay} asked for {@code key}: a host, or a host and path. */
    private void hold(String key) throws IOException {
        Integer millis = delays.get(key);
        if (millis != null) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while holding an answer back", e);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        if (type != null) {
            exchange.getResponseHeaders().set("Content-Type", type);
        }
        exchange.getResponseHeaders().set("Cache-Control", status == 200 ? CACHE_CONTROL : "no-store");
        exchange.sendResponseHeaders(status, body == null ? -1 : body.length);
        if (body != null) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String hostOf(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Host");
        if (header == null) {
            return "";
        }
        int colon = header.lastIndexOf(':');
        return (colon > 0 ? header.substring(0, colon) : header).toLowerCase(Locale.ROOT);
    }

    /** {@code path} inside {@code base}, or {@code null} if it would leave it. */
    private static Path resolve(Path base, String path) {
        String relative = path.replaceFirst("^/+", "");
        Path resolved = base.resolve(relative).normalize();
        return resolved.startsWith(base.normalize()) ? resolved : null;
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return CONTENT_TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
