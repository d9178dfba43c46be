package io.adsdesk.ui.features;

import io.adsdesk.ui.common.TaskCallbacks;
import io.adsdesk.ui.common.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

import java.util.function.Consumer;

/**
 * One piece of portfolio work at a time on a worker: while it runs, {@code busy} is set and
 * {@code message} says what is being done; a failure leaves one plain line there.
 */
final class PortfolioWork {
    interface Work<T> {
        T run() throws Exception;
    }

    private final TaskExecutor executor;
    private final BooleanProperty busy;
    private final StringProperty message;

    PortfolioWork(TaskExecutor executor, BooleanProperty busy, StringProperty message) {
        this.executor = executor;
        this.busy = busy;
        this.message = message;
    }

    /** Starts {@code work} unless other work is running; {@code done} gets its result on the FX thread. */
    <T> void run(String doing, Work<T> work, Consumer<T> done) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set(doing);
        executor.submit(ctx -> work.run(), TaskCallbacks.<T, Void>of(r -> {
            busy.set(false);
            done.accept(r);
        }, e -> {
            busy.set(false);
            message.set("Nothing was changed. " + FeatureEditorViewModel.plain(e));
        }));
    }
}
