package party.wtp.check;

import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body collected up to a limit: a mirror streaming more than it may is cut off, not buffered. With a
 * Content-Length the body is read straight into an array of that size (one copy), and a length above the limit is
 * refused before any byte is read.
 */
final class BoundedBody implements BodySubscriber<byte[]> {
    private final long limit;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private byte[] bytes;
    private int size;
    private volatile Flow.Subscription subscription;

    /** {@code declaredLength} is the Content-Length, or -1 when the answer has none. */
    BoundedBody(long limit, long declaredLength) {
        this.limit = limit;
        if (declaredLength > limit) {
            result.completeExceptionally(new TooLarge(limit));
        }
        this.bytes = new byte[(int) Math.max(0, Math.min(declaredLength >= 0 ? declaredLength : 8192, limit))];
    }

    /** Thrown inside the future when the body goes past the limit. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("more than " + limit + " bytes");
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (result.isDone()) {
            s.cancel();
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : buffers) {
            int n = b.remaining();
            if (size + (long) n > limit) {
                cancel();
                result.completeExceptionally(new TooLarge(limit));
                return;
            }
            if (size + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(limit, Math.max(size + (long) n, 2L * bytes.length)));
            }
            b.get(bytes, size, n);
            size += n;
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(size == bytes.length ? bytes : Arrays.copyOf(bytes, size));
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    /** Stops the transfer (a stalled or oversize body). */
    void cancel() {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }
}
