package io.adsdesk.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads a response body as it streams in, counting bytes: past the cap (or a Content-Length
 * announcing more) it stops reading, cancels the transfer and fails with {@link TooLarge}. Nothing
 * beyond the cap is ever held. {@link #abort()} stops a transfer that is taking too long.
 */
final class CappedBody implements HttpResponse.BodyHandler<byte[]> {

    /** The answer was larger than the cap; it was not read further. */
    static final class TooLarge extends IOException {
        final int status;

        TooLarge(int status, long cap) {
            super("the answer is larger than " + cap / 1024 + " KB");
            this.status = status;
        }
    }

    private final long cap;
    private final AtomicReference<Reader> current = new AtomicReference<>();

    CappedBody(long cap) {
        this.cap = cap;
    }

    @Override
    public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        Reader reader = new Reader(info.statusCode(), cap, declared > cap);
        current.set(reader);
        return reader;
    }

    /** Stops the body being read, if it started. */
    void abort() {
        Reader reader = current.get();
        if (reader != null) {
            reader.fail(new IOException("aborted"));
        }
    }

    private static final class Reader implements HttpResponse.BodySubscriber<byte[]> {
        private final int status;
        private final long cap;
        private final boolean announcedTooLarge;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
        private long received;

        Reader(int status, long cap, boolean announcedTooLarge) {
            this.status = status;
            this.cap = cap;
            this.announcedTooLarge = announcedTooLarge;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            if (!subscription.compareAndSet(null, s)) {
                s.cancel();
                return;
            }
            if (announcedTooLarge) {
                fail(new TooLarge(status, cap));
            } else if (result.isDone()) {
                s.cancel(); // aborted before the body began
            } else {
                s.request(1);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : buffers) {
                received += b.remaining();
                if (received > cap) {
                    fail(new TooLarge(status, cap));
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                bytes.writeBytes(chunk);
            }
            subscription.get().request(1);
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }

        void fail(IOException error) {
            result.completeExceptionally(error);
            Flow.Subscription s = subscription.get();
            if (s != null) {
                s.cancel();
            }
        }
    }
}
