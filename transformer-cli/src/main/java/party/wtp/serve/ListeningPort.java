package party.wtp.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.ServerConnector;

/**
 * One socket the server listens on (a loopback address and port) and the mirrors answering there: usually one, but
 * mirrors on the same port with different host names, or different paths of one host, share it and are told apart
 * by the Host header and the path. Closing the socket is how a mirror goes {@link Faults#down down}.
 */
final class ListeningPort {
  final String bindAddress;
  final ServerConnector connector;
  final List<ServedMirror> mirrors = new ArrayList<>();
  private int boundPort;

  ListeningPort(String bindAddress, ServerConnector connector) {
    this.bindAddress = bindAddress;
    this.connector = connector;
  }

  /** Remembers the port bound at start, so a mirror brought back up reopens the same (even ephemeral) port. */
  void bound() {
    boundPort = connector.getLocalPort();
    connector.setPort(boundPort);
    for (ServedMirror mirror : mirrors) {
      mirror.bound(boundPort);
    }
  }

  int port() {
    return boundPort;
  }

  /**
   * The mirror for a request to {@code host} and {@code path} (decoded): the one whose root path is the longest
   * prefix of {@code path}, among those named by the Host header when host names share this port; null if none.
   */
  ServedMirror route(String host, String path) {
    boolean byHost = hostNames().size() > 1;
    ServedMirror best = null;
    for (ServedMirror mirror : mirrors) {
      MirrorAddress address = mirror.address();
      if (byHost && !address.host().equalsIgnoreCase(host)) {
        continue;
      }
      if (path.startsWith(address.path())
          && (best == null || address.path().length() > best.address().path().length())) {
        best = mirror;
      }
    }
    return best;
  }

  /** Whether {@code path + "/"} is the root of a mirror here, so the request deserves a redirect to it. */
  boolean isRootWithoutSlash(String host, String path) {
    ServedMirror mirror = route(host, path + "/");
    return mirror != null && mirror.address().path().equals(path + "/");
  }

  private Set<String> hostNames() {
    Set<String> hosts = new TreeSet<>();
    for (ServedMirror mirror : mirrors) {
      hosts.add(mirror.address().host().toLowerCase(Locale.ROOT));
    }
    return hosts;
  }

  /** Closes the socket when every mirror here is down, reopens it when one is back. */
  synchronized void refresh() {
    boolean allDown = mirrors.stream().allMatch(m -> m.faults().isDown());
    try {
      if (allDown && connector.isStarted()) {
        connector.stop();
        for (EndPoint open : new ArrayList<>(connector.getConnectedEndPoints())) {
          open.close();
        }
      } else if (!allDown && !connector.isStarted() && boundPort != 0) {
        connector.start();
      }
    } catch (Exception e) {
      throw new ServeException("cannot " + (allDown ? "close" : "reopen") + " " + bindAddress + ":" + boundPort
          + ": " + e.getMessage(), e);
    }
  }
}
