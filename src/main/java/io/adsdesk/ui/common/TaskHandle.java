package io.adsdesk.ui.common;

/** A submitted piece of background work that can be asked to stop. */
@FunctionalInterface
public interface TaskHandle {
    TaskHandle DONE = () -> { };

    /** Asks the work to stop; it notices at its next check of {@code isCancelled()}. */
    void cancel();
}
