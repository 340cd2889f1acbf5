package party.wtp.serve;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a mirror lives: {@code http://HOST[:PORT]/PATH/}, and the name of the folder that holds its files.
 *
 * <p>A built party folder has one sub-folder per mirror named {@code HOST_PORT}, with any path under the host
 * appended with {@code /} turned into {@code _}: {@code m1.party.test_8001} is {@code http://m1.party.test:8001/},
 * {@code example.org_80_pages_site} is {@code http://example.org/pages/site/}. The folder name loses underscores that
 * were in the path, which is why the build also writes the exact URLs to {@code mirrors.txt} (see {@link PartyFolder}).
 * Port 0 (API only) asks for an ephemeral port.
 */
public final class MirrorAddress {
  private static final String HOST = "[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*";
  private static final Pattern FOLDER_NAME =
      Pattern.compile("(" + HOST + ")_(\\d{1,5})((?:_[^_/\\\\]+)*)", Pattern.CASE_INSENSITIVE);
  private static final Pattern URL =
      Pattern.compile("http://(" + HOST + ")(?::(\\d{1,5}))?(/[^?#]*)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

  private final String host;
  private final int port;
  private final String path;

  private MirrorAddress(String host, int port, String path) {
    this.host = host.toLowerCase(Locale.ROOT);
    this.port = port;
    this.path = path;
  }

  /**
   * The address of a mirror URL such as {@code http://m1.party.test:8001/} or {@code http://example.org/site/}.
   *
   * @throws IllegalArgumentException naming the URL when it is not a plain {@code http://} URL of a host
   */
  public static MirrorAddress parse(String url) {
    Matcher m = URL.matcher(url.trim());
    if (!m.matches()) {
      String why = url.trim().toLowerCase(Locale.ROOT).startsWith("https://")
          ? "only http:// mirrors can be served locally"
          : "not a mirror URL like http://HOST:PORT/";
      throw new IllegalArgumentException("'" + url.trim() + "': " + why);
    }
    int port = m.group(2) == null ? 80 : port(m.group(2), url);
    String path = m.group(3) == null ? "/" : m.group(3);
    if (!path.endsWith("/")) {
      path = path + "/";
    }
    if (path.contains("//") || path.contains("/../") || path.contains("/./")) {
      throw new IllegalArgumentException("'" + url.trim() + "': the path must be plain folder names");
    }
    return new MirrorAddress(m.group(1), port, path);
  }

  /**
   * The address a mirror folder's name stands for, e.g. {@code m1.party.test_8001} or {@code example.org_80_site}.
   *
   * @throws IllegalArgumentException when the name is not {@code HOST_PORT[_PATH]}
   */
  public static MirrorAddress fromFolderName(String name) {
    Matcher m = FOLDER_NAME.matcher(name);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + name + "' is not a mirror folder name like HOST_PORT (e.g. m1.party.test_8001)");
    }
    int port = port(m.group(2), name);
    String path = m.group(3).isEmpty() ? "/" : m.group(3).replace('_', '/') + "/";
    return new MirrorAddress(m.group(1), port, path);
  }

  /** Whether {@code name} is a valid mirror folder name. */
  public static boolean isFolderName(String name) {
    return FOLDER_NAME.matcher(name).matches();
  }

  private static int port(String digits, String source) {
    int port = Integer.parseInt(digits);
    if (port > 65535) {
      throw new IllegalArgumentException("'" + source + "': port " + port + " is above 65535");
    }
    return port;
  }

  /** The host name or IPv4 address, lower case. */
  public String host() {
    return host;
  }

  /** The TCP port (80 when the URL names none; 0 = ephemeral, before the server binds it). */
  public int port() {
    return port;
  }

  /** The path of the mirror's root, starting and ending with {@code /} (just {@code /} for most mirrors). */
  public String path() {
    return path;
  }

  /** {@code host:port}, as in a Host header (the port always included). */
  public String hostAndPort() {
    return host + ":" + port;
  }

  /** The mirror URL, e.g. {@code http://m1.party.test:8001/} ({@code :80} left out). */
  public String url() {
    return "http://" + host + (port == 80 ? "" : ":" + port) + path;
  }

  /** The folder name for this mirror: {@code HOST_PORT} plus the path with {@code /} as {@code _}. */
  public String folderName() {
    String suffix = path.equals("/") ? "" : path.substring(0, path.length() - 1).replace('/', '_');
    return host + "_" + port + suffix;
  }

  /** The same mirror on another port (used once an ephemeral port is bound). */
  public MirrorAddress withPort(int newPort) {
    return new MirrorAddress(host, newPort, path);
  }

  /** Whether the host is a loopback name or address ({@code localhost}, {@code 127.x.x.x}). */
  public boolean isLoopback() {
    return host.equals("localhost") || host.endsWith(".localhost") || isLoopbackIpv4(host);
  }

  /** The loopback address the server binds for this mirror: the host itself if it is 127.x.x.x, else 127.0.0.1. */
  public String bindAddress() {
    return isLoopbackIpv4(host) ? host : "127.0.0.1";
  }

  private static boolean isLoopbackIpv4(String host) {
    Matcher m = IPV4.matcher(host);
    if (!m.matches() || !m.group(1).equals("127")) {
      return false;
    }
    for (int i = 2; i <= 4; i++) {
      if (Integer.parseInt(m.group(i)) > 255) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof MirrorAddress)) {
      return false;
    }
    MirrorAddress other = (MirrorAddress) o;
    return host.equals(other.host) && port == other.port && path.equals(other.path);
  }

  @Override
  public int hashCode() {
    return Objects.hash(host, port, path);
  }

  @Override
  public String toString() {
    return url();
  }
}
