package io.adsdesk.ui.common;

import java.util.function.Consumer;

/** Where a {@link TaskExecutor} delivers results; every callback runs on the UI thread. */
public record TaskCallbacks<T, P>(Consumer<P> onProgress, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {

    public static <T, P> TaskCallbacks<T, P> of(Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return new TaskCallbacks<>(p -> { }, onSuccess, onFailure);
    }
}
