package party.wtp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded {@code target/wtp.jar}, run as users run it: {@code java -jar wtp.jar ...} in its own process. */
class WtpJarIT {
  static final Path JAR = Path.of(System.getProperty("wtp.jar", "target/wtp.jar"));
  static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  static Process start(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).start();
  }

  static String text(java.io.InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void helpWorksFromTheShadedJar() throws Exception {
    assertTrue(Files.isRegularFile(JAR), JAR + " was not built");
    Process wtp = start("--help");
    String out = text(wtp.getInputStream());
    String err = text(wtp.getErrorStream());
    assertTrue(wtp.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, wtp.exitValue(), err);
    assertTrue(out.contains("Usage: wtp"), out);
    assertTrue(out.contains("serve"), out);
    assertEquals("", err);
  }

  @Test
  void versionComesFromTheManifest() throws Exception {
    Process wtp = start("--version");
    String out = text(wtp.getInputStream());
    assertTrue(wtp.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, wtp.exitValue());
    assertTrue(out.matches("(?s)wtp \\d+\\.\\d+\\.\\d+.*"), out);
  }

  @Test
  void missingFolderIsOneLineAndExit2(@TempDir Path dir) throws Exception {
    Process wtp = start("serve", dir.resolve("party").toString());
    String err = text(wtp.getErrorStream());
    assertTrue(wtp.waitFor(60, TimeUnit.SECONDS));
    assertEquals(2, wtp.exitValue());
    assertEquals("wtp: " + dir.resolve("party") + ": no such folder\n", err);
  }

  @Test
  void servesFromTheShadedJarQuietlyAndStopsOnSigterm(@TempDir Path party) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = socket.getLocalPort();
    }
    Path mirror = Files.createDirectories(party.resolve("127.0.0.1_" + port));
    Files.writeString(mirror.resolve("index.html"), "<p>party</p>");
    Path errFile = party.resolve("stderr.txt");
    List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString(), "serve", party.toString()));
    Process wtp = new ProcessBuilder(command).redirectError(errFile.toFile()).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(wtp.getInputStream(), StandardCharsets.UTF_8));
      assertTrue(out.readLine().startsWith("Serving " + party + " (1 mirror)"));
      assertTrue(out.readLine().contains("http://127.0.0.1:" + port + "/"));
      HttpResponse<String> page = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals("<p>party</p>", page.body());
      assertEquals("text/html; charset=utf-8", page.headers().firstValue("content-type").orElseThrow());
    } finally {
      wtp.destroy(); // SIGTERM, like Ctrl-C: the shutdown hook stops the server
    }
    assertTrue(wtp.waitFor(30, TimeUnit.SECONDS));
    String err = Files.readString(errFile);
    assertFalse(err.contains("SLF4J"), "the logging backend is shaded in: " + err);
    assertFalse(err.contains("Exception"), err);
  }
}
