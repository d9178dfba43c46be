package io.adsdesk.api;

import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The body reader stops at the cap, whether or not the size was announced, and cancels the transfer. */
class CappedBodyTest {

    @Test
    void aBodyWithoutALengthIsCutAtTheCapAndTheTransferCancelled() {
        HttpResponse.BodySubscriber<byte[]> body = new CappedBody(100).apply(info(Map.of()));
        Subscription subscription = new Subscription();
        body.onSubscribe(subscription);

        body.onNext(List.of(ByteBuffer.wrap(new byte[60])));
        body.onNext(List.of(ByteBuffer.wrap(new byte[60])));

        assertTrue(subscription.cancelled.get());
        ExecutionException e = assertThrows(ExecutionException.class, () -> body.getBody().toCompletableFuture().get());
        assertInstanceOf(CappedBody.TooLarge.class, e.getCause());
    }

    @Test
    void anAnnouncedLengthOverTheCapIsRefusedBeforeReading() {
        HttpResponse.BodySubscriber<byte[]> body = new CappedBody(100)
                .apply(info(Map.of("Content-Length", List.of("200000000"))));
        Subscription subscription = new Subscription();
        body.onSubscribe(subscription);

        assertTrue(subscription.cancelled.get());
        assertTrue(subscription.requested == 0, "not one byte asked for");
        assertTrue(body.getBody().toCompletableFuture().isCompletedExceptionally());
    }

    @Test
    void aBodyUnderTheCapIsReadWhole() throws Exception {
        HttpResponse.BodySubscriber<byte[]> body = new CappedBody(100).apply(info(Map.of()));
        body.onSubscribe(new Subscription());
        body.onNext(List.of(ByteBuffer.wrap(new byte[]{1, 2}), ByteBuffer.wrap(new byte[]{3})));
        body.onComplete();

        assertArrayEquals(new byte[]{1, 2, 3}, body.getBody().toCompletableFuture().get());
    }

    @Test
    void anAbortStopsATransferInProgress() {
        CappedBody handler = new CappedBody(100);
        HttpResponse.BodySubscriber<byte[]> body = handler.apply(info(Map.of()));
        Subscription subscription = new Subscription();
        body.onSubscribe(subscription);

        handler.abort();

        assertTrue(subscription.cancelled.get());
        assertTrue(body.getBody().toCompletableFuture().isCompletedExceptionally());
    }

    private static HttpResponse.ResponseInfo info(Map<String, List<String>> headers) {
        return new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return 200;
            }

            @Override
            public HttpHeaders headers() {
                return HttpHeaders.of(headers, (a, b) -> true);
            }

            @Override
            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
    }

    private static final class Subscription implements Flow.Subscription {
        final AtomicBoolean cancelled = new AtomicBoolean();
        long requested;

        @Override
        public void request(long n) {
            requested += n;
        }

        @Override
        public void cancel() {
            cancelled.set(true);
        }
    }
}
