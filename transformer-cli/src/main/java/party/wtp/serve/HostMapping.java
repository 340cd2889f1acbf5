package party.wtp.serve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a browser on this machine reaches mirrors whose host names are not loopback (e.g. {@code m1.party.test}), which
 * are served on 127.0.0.1: a Chromium {@code --host-resolver-rules} value, Firefox's {@code network.dns.localDomains}
 * value, or {@code /etc/hosts} lines.
 */
public final class HostMapping {
  private final List<String> hosts;

  /** The mapping for the non-loopback hosts among {@code addresses}. */
  public HostMapping(Collection<MirrorAddress> addresses) {
    Set<String> names = new LinkedHashSet<>();
    for (MirrorAddress address : addresses) {
      if (!address.isLoopback()) {
        names.add(address.host());
      }
    }
    this.hosts = List.copyOf(names);
  }

  /** Whether any host needs mapping at all. */
  public boolean isNeeded() {
    return !hosts.isEmpty();
  }

  /** The host names that need mapping to 127.0.0.1. */
  public List<String> hosts() {
    return hosts;
  }

  /**
   * The value for Chromium's {@code --host-resolver-rules}, e.g. {@code MAP *.party.test 127.0.0.1}: one wildcard per
   * parent domain for names of three or more labels, else the exact name. Empty when nothing needs mapping.
   */
  public String chromiumRules() {
    Set<String> patterns = new LinkedHashSet<>();
    for (String host : hosts) {
      String[] labels = host.split("\\.");
      patterns.add(labels.length >= 3
          ? "*." + labels[labels.length - 2] + "." + labels[labels.length - 1]
          : host);
    }
    List<String> rules = new ArrayList<>();
    for (String pattern : patterns) {
      rules.add("MAP " + pattern + " 127.0.0.1");
    }
    return String.join(", ", rules);
  }

  /** The Chromium command-line flag, e.g. {@code --host-resolver-rules="MAP *.party.test 127.0.0.1"}. */
  public String chromiumFlag() {
    return "--host-resolver-rules=\"" + chromiumRules() + "\"";
  }

  /** The value for Firefox's {@code network.dns.localDomains} preference: the host names, comma-separated. */
  public String firefoxLocalDomains() {
    return String.join(",", hosts);
  }

  /** Lines for {@code /etc/hosts}, one per host: {@code 127.0.0.1 m1.party.test}. */
  public List<String> hostsFileLines() {
    List<String> lines = new ArrayList<>();
    for (String host : hosts) {
      lines.add("127.0.0.1 " + host);
    }
    return lines;
  }
}
