package party.wtp.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A geckodriver process we start ourselves on a loopback port. Debian ships no geckodriver, so the build copies
 * 0.29.1 from Maven Central; it predates the {@code --websocket-port} and {@code --allow-origins} arguments
 * Selenium's own service would pass, so we launch it with only the arguments it knows and connect to it as a
 * plain remote WebDriver.
 */
final class Geckodriver implements AutoCloseable {
    private final Process process;
    private final URL url;

    private Geckodriver(Process process, URL url) {
        this.process = process;
        this.url = url;
    }

    /** Starts geckodriver for {@code firefoxBinary}, logging to {@code log}; returns once it answers. */
    static Geckodriver start(String firefoxBinary, Path log) {
        Path binary = binary();
        int port = freePort();
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(List.of(binary.toString(), "--host", "127.0.0.1",
                    "--port", Integer.toString(port), "--binary", firefoxBinary))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Geckodriver driver = new Geckodriver(process, URI.create("http://127.0.0.1:" + port).toURL());
            driver.awaitReady(log);
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + binary, e);
        }
    }

    /** Where the WebDriver endpoint listens. */
    URL url() {
        return url;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady(Path log) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("geckodriver exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) new URL(url, "/status").openConnection();
                connection.setConnectTimeout(500);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for geckodriver", e);
            }
        }
        close();
        throw new IllegalStateException("geckodriver did not answer within 20 s; see " + log);
    }

    private static Path binary() {
        String configured = System.getProperty("wtp.geckodriver");
        if (configured == null) {
            throw new IllegalStateException("system property wtp.geckodriver is not set;"
                    + " run the browser tests through Maven (mvn -pl browser-tests -am verify)");
        }
        Path binary = Path.of(configured);
        File file = binary.toFile();
        if (!file.isFile()) {
            throw new IllegalStateException("geckodriver not found at " + binary
                    + " (the browser-tests build copies it from ru.sbtqa:firefoxdriver-bin)");
        }
        if (!file.canExecute() && !file.setExecutable(true)) {
            throw new IllegalStateException("cannot make " + binary + " executable");
        }
        return binary;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
