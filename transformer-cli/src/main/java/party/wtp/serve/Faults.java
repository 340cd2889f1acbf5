package party.wtp.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ways one served mirror misbehaves, changeable at any time while the server runs (a test can kill a mirror
 * while a browser tab is open). A fresh {@code Faults} is a healthy mirror; every setter returns {@code this}.
 *
 * <p>Applied to each request in this order: {@link #down} (connection refused), {@link #stall} (accepted, never
 * answered), {@link #latency}, {@link #allNotFound} and {@link #notFound} (404), {@link #errorPage200} (an HTML error
 * page with status 200), {@link #stale} (files from another folder), then the file is sent with {@link #corrupt} or
 * {@link #corruptAt} applied to its bytes and delivered as {@link #stallMidBody}, {@link #trickle} or
 * {@link #endlessBody} say.
 */
public final class Faults {
  private static final long NO_CORRUPTION = -1;
  private static final long MIDDLE = -2;

  private final Runnable onDownChange;
  private volatile boolean down;
  private volatile boolean stall;
  private volatile Duration latency = Duration.ZERO;
  private volatile boolean allNotFound;
  private final Set<String> notFound = ConcurrentHashMap.newKeySet();
  private volatile boolean errorPage200;
  private volatile Path stale;
  private volatile long corruptOffset = NO_CORRUPTION;
  private volatile boolean stallMidBody;
  private volatile Duration trickle;
  private volatile boolean endlessBody;

  Faults(Runnable onDownChange) {
    this.onDownChange = onDownChange;
  }

  /**
   * Down: the mirror's port is closed, so connecting is refused, and open connections are dropped. When other
   * healthy mirrors share the port (same port, other host name), its requests are instead cut off unanswered.
   */
  public Faults down(boolean on) {
    boolean changed = down != on;
    down = on;
    if (changed) {
      onDownChange.run();
    }
    return this;
  }

  /** Stall: connections are accepted and requests read, but never answered. */
  public Faults stall(boolean on) {
    stall = on;
    return this;
  }

  /** Latency: every answer is delayed this long ({@link Duration#ZERO} for none). */
  public Faults latency(Duration delay) {
    latency = Objects.requireNonNull(delay, "delay");
    return this;
  }

  /** All-404: every request is answered 404 Not Found, as when the site was taken down. */
  public Faults allNotFound(boolean on) {
    allNotFound = on;
    return this;
  }

  /**
   * 404 for one file, given by its path under the mirror root ({@code "index.html"}, {@code "/a/b"}); a directory
   * path stands for its {@code index.html}.
   */
  public Faults notFound(String path) {
    notFound.add(normalize(path));
    return this;
  }

  /** Serves {@code path} again after {@link #notFound(String)}. */
  public Faults found(String path) {
    notFound.remove(normalize(path));
    return this;
  }

  /** HTML error page with status 200: every request gets a host's "site unavailable" page, but status 200 OK. */
  public Faults errorPage200(boolean on) {
    errorPage200 = on;
    return this;
  }

  /** Stale: files come from this other (older) mirror folder instead; null serves the mirror's own folder again. */
  public Faults stale(Path folder) {
    stale = folder;
    return this;
  }

  /** Corrupt: every file is served with its middle byte (offset length/2) flipped; empty files stay empty. */
  public Faults corrupt(boolean on) {
    corruptOffset = on ? MIDDLE : NO_CORRUPTION;
    return this;
  }

  /** Corrupt at an offset: every file is served with the byte at {@code offset} flipped; shorter files are intact. */
  public Faults corruptAt(long offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("corruption offset " + offset + " is negative");
    }
    corruptOffset = offset;
    return this;
  }

  /** Stall mid-body: status, headers (with the full length) and the first half of the body, then nothing more. */
  public Faults stallMidBody(boolean on) {
    stallMidBody = on;
    return this;
  }

  /** Trickle: the body is sent one byte per {@code interval} (e.g. one second); null sends at full speed. */
  public Faults trickle(Duration interval) {
    if (interval != null && (interval.isNegative() || interval.isZero())) {
      throw new IllegalArgumentException("trickle interval must be positive, not " + interval);
    }
    trickle = interval;
    return this;
  }

  /** Endless body: status 200 without a length, then the file's bytes over and over, until the client gives up. */
  public Faults endlessBody(boolean on) {
    endlessBody = on;
    return this;
  }

  /** Back to a healthy mirror: every fault off (reopens the port if it was down). */
  public Faults clear() {
    stall = false;
    latency = Duration.ZERO;
    allNotFound = false;
    notFound.clear();
    errorPage200 = false;
    stale = null;
    corruptOffset = NO_CORRUPTION;
    stallMidBody = false;
    trickle = null;
    endlessBody = false;
    return down(false);
  }

  public boolean isDown() {
    return down;
  }

  public boolean isStall() {
    return stall;
  }

  public Duration latency() {
    return latency;
  }

  public boolean isAllNotFound() {
    return allNotFound;
  }

  /** Whether the file at {@code path} (under the mirror root) is made to answer 404. */
  public boolean isNotFound(String path) {
    return !notFound.isEmpty() && notFound.contains(normalize(path));
  }

  public boolean isErrorPage200() {
    return errorPage200;
  }

  /** The folder served instead of the mirror's own, or null. */
  public Path stale() {
    return stale;
  }

  /** The offset of the byte flipped in a file of {@code length} bytes, or -1 for none. */
  public long corruptOffset(long length) {
    long offset = corruptOffset;
    if (offset == NO_CORRUPTION || length == 0) {
      return -1;
    }
    if (offset == MIDDLE) {
      return length / 2;
    }
    return offset < length ? offset : -1;
  }

  public boolean isStallMidBody() {
    return stallMidBody;
  }

  /** The time between trickled bytes, or null for full speed. */
  public Duration trickle() {
    return trickle;
  }

  public boolean isEndlessBody() {
    return endlessBody;
  }

  /** A path under the mirror root without leading slash; a folder path ends in index.html. */
  static String normalize(String path) {
    String p = path.replace('\\', '/');
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    if (p.isEmpty() || p.endsWith("/")) {
      p = p + "index.html";
    }
    return p;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    if (down) s.append(" down");
    if (stall) s.append(" stall");
    if (!latency.isZero()) s.append(" latency=").append(latency.toMillis()).append("ms");
    if (allNotFound) s.append(" all-404");
    if (!notFound.isEmpty()) s.append(" 404=").append(notFound);
    if (errorPage200) s.append(" error-page-200");
    if (stale != null) s.append(" stale=").append(stale);
    if (corruptOffset == MIDDLE) s.append(" corrupt");
    if (corruptOffset >= 0) s.append(" corrupt-at=").append(corruptOffset);
    if (stallMidBody) s.append(" stall-mid-body");
    if (trickle != null) s.append(" trickle=").append(trickle.toMillis()).append("ms/byte");
    if (endlessBody) s.append(" endless-body");
    return s.length() == 0 ? "healthy" : s.toString().trim();
  }
}
