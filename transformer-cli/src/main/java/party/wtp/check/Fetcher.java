package party.wtp.check;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The spider's HTTP: every request bounded in time (connect, then a deadline scaled to the allowed size), in bytes
 * (per body and in total), and in concurrency (per host and overall), so no mirror can hang or flood a check.
 */
final class Fetcher {
    /** Bytes per second a mirror must at least deliver; the deadline grows with the allowed size at this rate. */
    private static final long SLOWEST_RATE = 256 * 1024;

    private final HttpClient client;
    private final Duration timeout;
    private final int perHost;
    private final Semaphore overall;
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();
    private final AtomicLong budget;

    Fetcher(Duration connectTimeout, Duration timeout, int perHost, int overall, long totalBytes) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.timeout = timeout;
        this.perHost = perHost;
        this.overall = new Semaphore(overall);
        this.budget = new AtomicLong(totalBytes);
    }

    /** GETs {@code url}, accepting at most {@code maxBytes} of body; {@code origin} non-null sends an Origin header. */
    Fetched get(String url, long maxBytes, String origin) throws InterruptedException {
        URI uri = URI.create(url);
        Semaphore host = hosts.computeIfAbsent(uri.getHost() + ":" + uri.getPort(), h -> new Semaphore(perHost));
        host.acquire();
        try {
            overall.acquire();
            try {
                return send(uri, maxBytes, origin);
            } finally {
                overall.release();
            }
        } finally {
            host.release();
        }
    }

    private Fetched send(URI uri, long maxBytes, String origin) throws InterruptedException {
        long allowed = Math.min(maxBytes, Math.max(0, budget.get()));
        long start = System.nanoTime();
        if (allowed <= 0) {
            return Fetched.failed("byte budget used up", 0);
        }
        Duration deadline = Duration.ofMillis(deadlineMillis(allowed));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(deadline).GET();
        if (origin != null) {
            request.header("Origin", origin);
        }
        BoundedBody[] body = new BoundedBody[1];
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request.build(), info -> {
            body[0] = new BoundedBody(allowed, info.headers().firstValueAsLong("Content-Length").orElse(-1));
            return body[0];
        });
        try {
            HttpResponse<byte[]> response = future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            budget.addAndGet(-response.body().length);
            return new Fetched(response.statusCode(), response.body(), response.headers(), null, millisSince(start));
        } catch (TimeoutException e) {
            future.cancel(true);
            if (body[0] != null) {
                body[0].cancel();
            }
            return Fetched.failed("timed out", millisSince(start));
        } catch (ExecutionException e) {
            return Fetched.failed(reason(e.getCause()), millisSince(start));
        }
    }

    /** Longest a request for at most {@code maxBytes} may take: the timeout, plus time for that size. */
    long deadlineMillis(long maxBytes) {
        return timeout.toMillis() + maxBytes * 1000 / SLOWEST_RATE;
    }

    private static String reason(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BoundedBody.TooLarge) {
                return "too large (" + c.getMessage() + ")";
            }
            if (c instanceof HttpConnectTimeoutException) {
                return "connect timed out";
            }
            if (c instanceof HttpTimeoutException) {
                return "timed out";
            }
            if (c instanceof ConnectException) {
                return "connection refused";
            }
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
