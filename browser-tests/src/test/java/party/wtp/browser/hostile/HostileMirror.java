package party.wtp.browser.hostile;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import party.wtp.browser.PartyHosts;

/**
 * One mirror on its own loopback port and origin ({@code http://mN.party.test:PORT}), serving a folder like a dumb static
 * host, that misbehaves on command: per file or for everything it can answer 404, never answer, stall mid-body, trickle,
 * send an endless body or an HTML error page with status 200; {@link #kill()} closes its port (connection refused).
 * CORS headers only when {@link #cors} says so. Records every request and the bytes it sent.
 */
public final class HostileMirror implements AutoCloseable {
    /** How the mirror answers a request. */
    public enum Mode {
        NORMAL, NOT_FOUND, HANG, STALL_MID_BODY, TRICKLE, ENDLESS, HTML_200
    }

    /**
     * The most an endless body sends (at most about 16 MB/s, a fast home line; at 64 MB/s, Firefox in a full suite
     * run, its page's thread busy with the client the entry page carries, once let 17 MB through before it cut the
     * transfer) before the server gives up on its own.
     */
    static final long ENDLESS_CAP = 256L << 20;

    private final String host;
    private final Path folder;
    private final HttpServer server;
    private final ExecutorService workers;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Map<String, Mode> modes = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicLong bytesSent = new AtomicLong();
    private volatile Mode everything = Mode.NORMAL;
    private volatile boolean cors;
    private volatile boolean alive = true;

    HostileMirror(String host, Path folder) {
        this.host = PartyHosts.fullName(host);
        this.folder = folder;
        try {
            Files.createDirectories(folder);
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "hostile-" + host);
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Short name, e.g. {@code m1}. */
    String name() {
        return host.substring(0, host.indexOf('.'));
    }

    /** {@code http://mN.party.test:PORT} */
    String origin() {
        return "http://" + host + ":" + server.getAddress().getPort();
    }

    Path folder() {
        return folder;
    }

    /** Misbehaves so for every file. */
    HostileMirror behave(Mode mode) {
        everything = mode;
        return this;
    }

    /** Misbehaves so for one file (by its name on this mirror). */
    public HostileMirror behave(String fileName, Mode mode) {
        modes.put(fileName, mode);
        return this;
    }

    /** Sends {@code Access-Control-Allow-Origin: *} or not. */
    HostileMirror cors(boolean allow) {
        cors = allow;
        return this;
    }

    /** Closes the port: every later connection is refused. */
    public void kill() {
        if (alive) {
            alive = false;
            closed.countDown();
            server.stop(0);
        }
    }

    /** Requests so far, as {@code "GET /name"}. */
    List<String> requests() {
        return requests;
    }

    /** True when some request's path contained {@code fileName}. */
    boolean asked(String method, String fileName) {
        return requests.contains(method + " /" + fileName);
    }

    long bytesSent() {
        return bytesSent.get();
    }

    @Override
    public void close() {
        kill();
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            String method = exchange.getRequestMethod();
            requests.add(method + " " + path + (query == null ? "" : "?" + query));
            String name = path.startsWith("/") ? path.substring(1) : path;
            if (name.isEmpty()) {
                name = "index.html";
            }
            if (cors) {
                exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
            }
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            Mode mode = modes.getOrDefault(name, everything);
            Path file = folder.resolve(name).normalize();
            boolean exists = file.startsWith(folder) && Files.isRegularFile(file);
            if (mode == Mode.NOT_FOUND || (!exists && mode == Mode.NORMAL)) {
                send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            switch (mode) {
                case HANG -> await();
                case HTML_200 -> send(exchange, 200, "text/html", ("<!DOCTYPE html><html><body><h1>Oops</h1>"
                        + "<p>Something went wrong on this host.</p></body></html>").getBytes(StandardCharsets.UTF_8));
                case ENDLESS -> endless(exchange);
                default -> {
                    byte[] body = Files.readAllBytes(file);
                    exchange.getResponseHeaders().set("Content-Type", type(name));
                    if (method.equals("HEAD")) {
                        exchange.sendResponseHeaders(200, -1);
                    } else if (mode == Mode.STALL_MID_BODY) {
                        exchange.sendResponseHeaders(200, body.length);
                        OutputStream out = exchange.getResponseBody();
                        write(out, body, 0, body.length / 2);
                        await();
                    } else if (mode == Mode.TRICKLE) {
                        exchange.sendResponseHeaders(200, body.length);
                        OutputStream out = exchange.getResponseBody();
                        for (int i = 0; i < body.length && alive; i++) {
                            write(out, body, i, 1);
                            if (closed.await(1, TimeUnit.SECONDS)) {
                                return;
                            }
                        }
                    } else {
                        send(exchange, 200, type(name), body);
                    }
                }
            }
        } catch (IOException | InterruptedException e) {
            // the reader went away (an aborted transfer): what a real host sees too
        }
    }

    private void await() throws InterruptedException {
        closed.await(120, TimeUnit.SECONDS);
    }

    private void endless(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        byte[] chunk = new byte[64 * 1024];
        for (long sent = 0; sent < ENDLESS_CAP && alive; sent += chunk.length) {
            write(out, chunk, 0, chunk.length);
            try {
                Thread.sleep(4); // at most some 16 MB/s: a fast network, not loopback's gigabytes
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void write(OutputStream out, byte[] bytes, int off, int len) throws IOException {
        out.write(bytes, off, len);
        out.flush();
        bytesSent.addAndGet(len);
    }

    private void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            write(exchange.getResponseBody(), body, 0, body.length);
        }
    }

    private static String type(String name) {
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        return name.endsWith(".js") ? "text/javascript; charset=utf-8" : "application/octet-stream";
    }
}
