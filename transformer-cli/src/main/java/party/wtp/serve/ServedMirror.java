package party.wtp.serve;

import java.nio.file.Path;

/**
 * A mirror being served by a {@link PartyServer}: where it answers, from which folder, and how it misbehaves.
 */
public final class ServedMirror {
  private final MirrorFolder source;
  private final Faults faults;
  private volatile MirrorAddress address;
  private volatile boolean cors;

  ServedMirror(MirrorFolder source, boolean cors, Runnable onDownChange) {
    this.source = source;
    this.address = source.address();
    this.cors = cors;
    this.faults = new Faults(onDownChange);
  }

  /** The name used on the command line: the folder's name, e.g. {@code m1.party.test_8001}. */
  public String name() {
    return source.folder().getFileName().toString();
  }

  /** The address it answers on, with the real port once an ephemeral port is bound. */
  public MirrorAddress address() {
    return address;
  }

  /** The mirror URL, e.g. {@code http://m1.party.test:8001/}. */
  public String url() {
    return address.url();
  }

  /** The mirror's own folder of files (see {@link Faults#stale} for serving another). */
  public Path folder() {
    return source.folder();
  }

  /** Its faults, changeable while serving. */
  public Faults faults() {
    return faults;
  }

  /**
   * Whether responses carry {@code Access-Control-Allow-Origin: *} (and preflights are answered), as on hosts that
   * allow cross-origin reads. Off by default, like most dumb static hosts.
   */
  public ServedMirror cors(boolean on) {
    cors = on;
    return this;
  }

  public boolean cors() {
    return cors;
  }

  /** Whether {@code name} designates this mirror: its folder name, host, host:port or URL (case-insensitive). */
  boolean answersTo(String name) {
    String n = name.trim();
    MirrorAddress configured = source.address();
    return n.equalsIgnoreCase(name())
        || n.equalsIgnoreCase(configured.folderName())
        || n.equalsIgnoreCase(address.folderName())
        || n.equalsIgnoreCase(address.host())
        || n.equalsIgnoreCase(address.hostAndPort())
        || n.equalsIgnoreCase(configured.hostAndPort())
        || n.equalsIgnoreCase(address.url())
        || (n + "/").equalsIgnoreCase(address.url());
  }

  void bound(int port) {
    address = source.address().withPort(port);
  }

  @Override
  public String toString() {
    return url() + " <- " + folder() + " (" + faults + (cors ? ", cors" : "") + ")";
  }
}
