package io.adsdesk.ui.common;

import javafx.application.Platform;
import javafx.concurrent.Task;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Adapts {@link BackgroundWork} to a JavaFX {@link Task} on an injected executor. Results and
 * failures arrive through the Task's own FX-thread handlers; cancelling is cooperative (the work
 * returns its own cancelled result); progress values are coalesced so a
 * chatty worker posts at most one pending update to the FX thread.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private final Executor executor;

    public FxTaskExecutor(Executor executor) {
        this.executor = executor;
    }

    @Override
    public <T, P> TaskHandle submit(BackgroundWork<T, P> work, TaskCallbacks<T, P> callbacks) {
        WorkTask<T, P> task = new WorkTask<>(work, callbacks);
        task.setOnSucceeded(e -> callbacks.onSuccess().accept(task.getValue()));
        task.setOnFailed(e -> callbacks.onFailure().accept(task.getException()));
        executor.execute(task);
        return task::requestStop;
    }

    private static final class WorkTask<T, P> extends Task<T> {
        private static final Object NONE = new Object();
        private final BackgroundWork<T, P> work;
        private final TaskCallbacks<T, P> callbacks;
        private final AtomicReference<Object> pending = new AtomicReference<>(NONE);
        private volatile boolean stopRequested;

        WorkTask(BackgroundWork<T, P> work, TaskCallbacks<T, P> callbacks) {
            this.work = work;
            this.callbacks = callbacks;
        }

        @Override
        protected T call() throws Exception {
            return work.run(new BackgroundWork.Context<>() {
                @Override
                public boolean isCancelled() {
                    return stopRequested;
                }

                @Override
                public void progress(P value) {
                    publish(value);
                }
            });
        }

        /** Cooperative stop: the work sees it and still delivers its own (cancelled) result. */
        void requestStop() {
            stopRequested = true;
        }

        // Task.isCancelled() is left alone: overriding it would stop the Task from ever succeeding.
        private void publish(P value) {
            if (pending.getAndSet(value) == NONE) {
                Platform.runLater(this::deliverProgress);
            }
        }

        @SuppressWarnings("unchecked")
        private void deliverProgress() {
            Object value = pending.getAndSet(NONE);
            if (value != NONE && !isDone()) {
                callbacks.onProgress().accept((P) value);
            }
        }
    }
}
