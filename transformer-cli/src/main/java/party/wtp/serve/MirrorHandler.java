package party.wtp.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers requests as a dumb static host would (GET and HEAD of files, index.html for folders, single byte ranges,
 * content type by extension, no listings, no CORS unless enabled) and applies each mirror's {@link Faults}.
 */
final class MirrorHandler extends Handler.Abstract {
  /** How long a deliberately stalled connection is kept before the server may close it. */
  private static final long HOLD_MILLIS = TimeUnit.HOURS.toMillis(1);
  private static final String ERROR_PAGE = "<!DOCTYPE html>\n<html><head><title>Site not available</title></head>\n"
      + "<body><h1>Site not available</h1><p>This site is temporarily unavailable. Please try again later.</p>"
      + "</body></html>\n";

  private final Map<Connector, ListeningPort> ports;

  MirrorHandler(Map<Connector, ListeningPort> ports) {
    this.ports = ports;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    ListeningPort port = ports.get(request.getConnectionMetaData().getConnector());
    String path = request.getHttpURI().getDecodedPath();
    String host = Request.getServerName(request);
    ServedMirror mirror = port == null || path == null ? null : port.route(host, path);
    if (mirror == null) {
      if (port != null && path != null && port.isRootWithoutSlash(host, path)) {
        redirect(response, callback, request.getHttpURI().getPath() + "/");
      } else {
        text(request, response, callback, HttpStatus.NOT_FOUND_404, "404 Not Found\n");
      }
      return true;
    }
    Faults faults = mirror.faults();
    if (faults.isDown()) {
      // the port stays open only because another mirror shares it: hang up without an answer
      request.getConnectionMetaData().getConnection().getEndPoint().close();
      callback.failed(new EofException(mirror.url() + " is down")); // quiet: not logged as an error
      return true;
    }
    if (faults.isStall()) {
      holdOpen(request);
      return true; // the callback is never completed: no answer, ever
    }
    Duration latency = faults.latency();
    if (latency.isZero() || latency.isNegative()) {
      answer(mirror, path, request, response, callback);
    } else {
      request.getComponents().getScheduler().schedule(
          () -> answer(mirror, path, request, response, callback), latency.toNanos(), TimeUnit.NANOSECONDS);
    }
    return true;
  }

  private void answer(ServedMirror mirror, String path, Request request, Response response, Callback callback) {
    try {
      respond(mirror, path, request, response, callback);
    } catch (Throwable e) {
      callback.failed(e);
    }
  }

  private void respond(ServedMirror mirror, String path, Request request, Response response, Callback callback)
      throws IOException {
    Faults faults = mirror.faults();
    String method = request.getMethod();
    if (mirror.cors()) {
      response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
      response.getHeaders().put(HttpHeader.ACCESS_CONTROL_EXPOSE_HEADERS, "Content-Length, Content-Range, Accept-Ranges");
    }
    if (method.equals("OPTIONS") && mirror.cors()) {
      preflight(request, response, callback);
      return;
    }
    if (!method.equals("GET") && !method.equals("HEAD")) {
      response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
      text(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "405 Method Not Allowed\n");
      return;
    }
    String relative = path.substring(mirror.address().path().length());
    if (faults.isAllNotFound() || faults.isNotFound(relative)) {
      text(request, response, callback, HttpStatus.NOT_FOUND_404, "404 Not Found\n");
      return;
    }
    if (faults.isErrorPage200()) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
      body(request, response, callback, HttpStatus.OK_200, ERROR_PAGE);
      return;
    }
    Path root = faults.stale() != null ? faults.stale() : mirror.folder();
    Path file = resolve(root, relative);
    if (file != null && Files.isDirectory(file)) {
      boolean hasIndex = Files.isRegularFile(file.resolve("index.html"));
      if (hasIndex) {
        redirect(response, callback, request.getHttpURI().getPath() + "/");
      } else {
        text(request, response, callback, HttpStatus.NOT_FOUND_404, "404 Not Found\n");
      }
      return;
    }
    if (file == null || !Files.isRegularFile(file)) {
      text(request, response, callback, HttpStatus.NOT_FOUND_404, "404 Not Found\n");
      return;
    }
    sendFile(file, faults, request, response, callback);
  }

  private static void sendFile(Path file, Faults faults, Request request, Response response, Callback callback)
      throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    long length;
    try {
      length = channel.size();
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    var headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, ContentTypes.of(file.getFileName().toString()));
    headers.put(HttpHeader.CACHE_CONTROL, "no-store"); // faults change at runtime; a cached copy would hide them
    BodyStream.Delivery delivery = faults.isEndlessBody() ? BodyStream.Delivery.ENDLESS
        : faults.isStallMidBody() ? BodyStream.Delivery.STALL_MID_BODY
        : faults.trickle() != null ? BodyStream.Delivery.TRICKLE
        : BodyStream.Delivery.NORMAL;
    long start = 0;
    long end = length;
    if (delivery == BodyStream.Delivery.ENDLESS) {
      response.setStatus(HttpStatus.OK_200); // no length: the body never ends
    } else {
      headers.put(HttpHeader.ACCEPT_RANGES, "bytes");
      ByteRange range = ByteRange.of(request.getHeaders().get(HttpHeader.RANGE), length);
      switch (range.kind) {
        case UNSATISFIABLE:
          channel.close();
          headers.put(HttpHeader.CONTENT_RANGE, "bytes */" + length);
          text(request, response, callback, HttpStatus.RANGE_NOT_SATISFIABLE_416, "416 Range Not Satisfiable\n");
          return;
        case PARTIAL:
          response.setStatus(HttpStatus.PARTIAL_CONTENT_206);
          headers.put(HttpHeader.CONTENT_RANGE, "bytes " + range.start + "-" + (range.end - 1) + "/" + length);
          start = range.start;
          end = range.end;
          break;
        default:
          response.setStatus(HttpStatus.OK_200);
      }
      headers.put(HttpHeader.CONTENT_LENGTH, end - start);
    }
    if (request.getMethod().equals("HEAD")) {
      channel.close();
      response.write(true, null, callback);
      return;
    }
    Runnable hold = () -> holdOpen(request);
    new BodyStream(response, callback, channel, start, end, faults.corruptOffset(length), delivery, faults.trickle(),
        request.getComponents().getScheduler(), hold).iterate();
  }

  /**
   * The file under {@code root} for a decoded path relative to the mirror root ({@code index.html} for folder
   * paths), or null when the path would leave the folder.
   */
  static Path resolve(Path root, String relative) {
    String name = relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative;
    for (String segment : name.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.indexOf('\\') >= 0
          || segment.indexOf('\0') >= 0) {
        return null;
      }
    }
    Path file = root.resolve(name).normalize();
    if (!file.startsWith(root.normalize())) {
      return null;
    }
    try {
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
          && !file.toRealPath().startsWith(root.toRealPath())) {
        return null; // a symbolic link out of the mirror folder: not served, as on a static host
      }
    } catch (IOException e) {
      return null;
    }
    return file;
  }

  private static void preflight(Request request, Response response, Callback callback) {
    var headers = response.getHeaders();
    headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD, OPTIONS");
    String asked = request.getHeaders().get(HttpHeader.ACCESS_CONTROL_REQUEST_HEADERS);
    if (asked != null) {
      headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, asked);
    }
    headers.put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "600");
    headers.put(HttpHeader.CONTENT_LENGTH, 0L);
    response.setStatus(HttpStatus.NO_CONTENT_204);
    response.write(true, null, callback);
  }

  private static void redirect(Response response, Callback callback, String location) {
    response.setStatus(HttpStatus.MOVED_PERMANENTLY_301);
    response.getHeaders().put(HttpHeader.LOCATION, location);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
    byte[] body = ("301 Moved Permanently: " + location + "\n").getBytes(StandardCharsets.UTF_8);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  private static void text(Request request, Response response, Callback callback, int status, String text) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
    body(request, response, callback, status, text);
  }

  private static void body(Request request, Response response, Callback callback, int status, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
    boolean head = request.getMethod().equals("HEAD");
    response.write(true, head ? null : ByteBuffer.wrap(bytes), callback);
  }

  /** Keeps a deliberately stalled connection open instead of letting Jetty time it out with an error page. */
  private static void holdOpen(Request request) {
    request.getConnectionMetaData().getConnection().getEndPoint().setIdleTimeout(HOLD_MILLIS);
  }
}
