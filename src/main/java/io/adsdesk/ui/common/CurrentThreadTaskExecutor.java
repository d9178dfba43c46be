package io.adsdesk.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;

/** Runs work synchronously on the calling thread and calls back at once. For tests. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T, P> TaskHandle submit(BackgroundWork<T, P> work, TaskCallbacks<T, P> callbacks) {
        AtomicBoolean cancelled = new AtomicBoolean();
        T result;
        try {
            result = work.run(new BackgroundWork.Context<>() {
                @Override
                public boolean isCancelled() {
                    return cancelled.get();
                }

                @Override
                public void progress(P value) {
                    callbacks.onProgress().accept(value);
                }
            });
        } catch (Exception e) {
            callbacks.onFailure().accept(e);
            return TaskHandle.DONE;
        }
        callbacks.onSuccess().accept(result);
        return TaskHandle.DONE;
    }
}
