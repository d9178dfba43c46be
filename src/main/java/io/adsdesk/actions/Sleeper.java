package io.adsdesk.actions;

import java.time.Duration;

/** Waits between polls; tests pass one that moves a clock instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = d -> Thread.sleep(d.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
