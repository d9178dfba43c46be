package io.adsdesk.ui.common;

/**
 * A unit of blocking, toolkit-free work for a {@link TaskExecutor}: it runs on a worker and reports
 * progress of type {@code P} through its context.
 */
@FunctionalInterface
public interface BackgroundWork<T, P> {

    T run(Context<P> context) throws Exception;

    /** What the work sees of its runner: cancellation and a coalescing progress sink. */
    interface Context<P> {
        boolean isCancelled();

        /** Thread-safe; the executor may drop intermediate values and deliver only the latest. */
        void progress(P value);
    }
}
