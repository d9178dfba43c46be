package io.adsdesk.app;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;

/**
 * Logs, once, how long after the process started the first programs were on screen: the figure a
 * user feels on every start. Benchmarks read it from the log.
 */
final class StartupTimer {
    static final String MESSAGE = "First programs on screen";
    private static final Logger LOG = LoggerFactory.getLogger(StartupTimer.class);

    private StartupTimer() {
    }

    static void logWindowShown() {
        LOG.info("Window shown {} ms after launch", msSinceLaunch());
    }

    private static long msSinceLaunch() {
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return Duration.between(started, Instant.now()).toMillis();
    }

    /**
     * Logs the first frame laid out with rows in the table (after the rows arrive, the next pulse's
     * layout pass is when they are on screen), then runs {@code then}.
     */
    static void logFirstRows(ReadOnlyIntegerProperty rows, Scene scene, Runnable then) {
        ChangeListener<Number> once = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> obs, Number old, Number count) {
                if (count.intValue() > 0) {
                    rows.removeListener(this);
                    Runnable[] afterLayout = new Runnable[1];
                    afterLayout[0] = () -> {
                        scene.removePostLayoutPulseListener(afterLayout[0]);
                        LOG.info("{}: {} rows, {} ms after launch", MESSAGE, rows.get(), msSinceLaunch());
                        then.run();
                    };
                    scene.addPostLayoutPulseListener(afterLayout[0]);
                }
            }
        };
        rows.addListener(once);
    }
}
