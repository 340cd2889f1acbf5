package party.wtp.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A bare HTTP/1.1 client on one socket, for what java.net.http hides: exact request paths, keep-alive connections,
 * and bodies that arrive slowly, stop halfway or never end.
 */
final class RawHttp implements AutoCloseable {
  final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  RawHttp(int port, int readTimeoutMillis) throws IOException {
    socket = new Socket();
    socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
    socket.setSoTimeout(readTimeoutMillis);
    in = socket.getInputStream();
    out = socket.getOutputStream();
  }

  /** Sends a GET (or other method) for {@code path} exactly as given, keeping the connection open. */
  void send(String method, String path, String host, String... headerLines) throws IOException {
    StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
    for (String line : headerLines) {
      request.append(line).append("\r\n");
    }
    request.append("\r\n");
    out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** Reads a status line and headers; returns the status, headers in {@link #headers} (lower-case names). */
  int readHead() throws IOException {
    headers.clear();
    String status = line();
    if (status == null) {
      throw new IOException("connection closed before a status line");
    }
    for (String line = line(); line != null && !line.isEmpty(); line = line()) {
      int colon = line.indexOf(':');
      headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
    }
    return Integer.parseInt(status.split(" ")[1]);
  }

  final Map<String, String> headers = new LinkedHashMap<>();

  /** Reads exactly {@code n} body bytes (blocking, subject to the read timeout). */
  byte[] readBytes(int n) throws IOException {
    return in.readNBytes(n);
  }

  /** Reads one byte, or -1 at end of stream. */
  int read() throws IOException {
    return in.read();
  }

  /** A whole response with a Content-Length body: status, then the body in {@link #body}. */
  int exchange(String path, String host, String... headerLines) throws IOException {
    send("GET", path, host, headerLines);
    int status = readHead();
    body = readBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
    return status;
  }

  byte[] body;

  private String line() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0) {
      if (b == '\n') {
        String s = line.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
