package io.adsdesk.ui.common;

/**
 * Runs background work and hands results back on the UI thread (JabRef's TaskExecutor idea).
 * The app injects {@link FxTaskExecutor}; view-model tests inject {@link CurrentThreadTaskExecutor}.
 */
public interface TaskExecutor {

    <T, P> TaskHandle submit(BackgroundWork<T, P> work, TaskCallbacks<T, P> callbacks);
}
