package party.wtp.check;

import java.net.http.HttpHeaders;

/** What one request got: a status and body, or the reason it got nothing; and how long it took. */
final class Fetched {
    final int status;
    final byte[] body;
    final HttpHeaders headers;
    /** Null when an answer came; else why none did ("timed out", "connection refused", "too large"). */
    final String problem;
    final long millis;

    Fetched(int status, byte[] body, HttpHeaders headers, String problem, long millis) {
        this.status = status;
        this.body = body;
        this.headers = headers;
        this.problem = problem;
        this.millis = millis;
    }

    static Fetched failed(String problem, long millis) {
        return new Fetched(0, null, null, problem, millis);
    }

    boolean answered() {
        return problem == null;
    }

    boolean ok() {
        return problem == null && status == 200;
    }

    /** The answer in a few words: "404", "timed out". */
    String describe() {
        return problem != null ? problem : "HTTP " + status;
    }

    String header(String name) {
        return headers == null ? null : headers.firstValue(name).orElse(null);
    }
}
