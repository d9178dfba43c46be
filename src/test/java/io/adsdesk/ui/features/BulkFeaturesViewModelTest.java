package io.adsdesk.ui.features;

import io.adsdesk.ui.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bulk feature changes, without a stage. */
class BulkFeaturesViewModelTest {
    private final FakeFeatureGateway yelp = new FakeFeatureGateway(new MutableClock(Instant.parse("2026-03-15T17:00:00Z")));
    private final List<String> twenty = IntStream.range(0, 20).mapToObj(i -> "p" + i).toList();

    private BulkFeaturesViewModel model(List<String> ids) {
        return new BulkFeaturesViewModel(yelp, new CurrentThreadTaskExecutor(), ids);
    }

    @Test
    void theSameKeywordsAreBlockedOnEveryProgramLowerCasedOnce() throws Exception {
        yelp.save("p3", "NEGATIVE_KEYWORD_TARGETING", Json.object("blocked_keywords", List.of("diy")));
        BulkFeaturesViewModel model = model(twenty);
        model.keywordsTextProperty().set("Free, DIY\nfree");
        model.apply();

        assertEquals(BulkFeaturesViewModel.State.DONE, model.stateProperty().get());
        assertEquals(20, model.results().size());
        assertTrue(model.results().stream().allMatch(FeatureGateway.BulkOutcome::ok));
        assertEquals(1.0, model.progressProperty().get());
        assertEquals("20 of 20 programs changed.", model.messageProperty().get());
        assertEquals(List.of("free", "diy"), Json.strings(yelp.program("p0").get("NEGATIVE_KEYWORD_TARGETING"), "blocked_keywords"));
        assertEquals(List.of("diy", "free"), Json.strings(yelp.program("p3").get("NEGATIVE_KEYWORD_TARGETING"), "blocked_keywords"),
                "keywords already blocked stay, once");
    }

    @Test
    void withoutKeywordsNothingIsSent() {
        BulkFeaturesViewModel model = model(twenty);
        model.keywordsTextProperty().set(" ,\n");
        model.apply();

        assertEquals("Type at least one keyword to block.", model.errorProperty().get());
        assertEquals(BulkFeaturesViewModel.State.EDITING, model.stateProperty().get());
        assertTrue(yelp.sent.isEmpty());
    }

    @Test
    void eachProgramsFailureIsReportedAndTheOthersStillChange() {
        yelp.refusing.add("p2");
        BulkFeaturesViewModel model = model(List.of("p1", "p2", "p3"));
        model.kindProperty().set(BulkFeaturesViewModel.Kind.AD_GOAL);
        model.goalProperty().set("WEBSITE_CLICKS");
        model.apply();

        assertEquals(List.of(new FeatureGateway.BulkOutcome("p1", null), new FeatureGateway.BulkOutcome("p2", "the program has ended"),
                new FeatureGateway.BulkOutcome("p3", null)), model.results());
        assertEquals("2 of 3 programs changed; 1 failed (see below).", model.messageProperty().get());
        assertEquals("WEBSITE_CLICKS", yelp.program("p3").get("AD_GOAL").get("ad_goal"));
    }

    @Test
    void switchesAreTurnedOnAndOff() {
        BulkFeaturesViewModel on = model(List.of("p1"));
        on.kindProperty().set(BulkFeaturesViewModel.Kind.STRICT_ON);
        on.apply();
        BulkFeaturesViewModel off = model(List.of("p1"));
        off.kindProperty().set(BulkFeaturesViewModel.Kind.SCHEDULING_OFF);
        off.apply();

        assertEquals(true, yelp.program("p1").get("STRICT_CATEGORY_TARGETING").get("enabled"));
        assertEquals(false, yelp.program("p1").get("AD_SCHEDULING").get("uses_opening_hours"));
        assertEquals("Turn strict category targeting on", new BulkFeatureChange.StrictCategoryTargeting(true).describe());
    }

    @Test
    void progressShowsAsEachProgramFinishesAndStopSendsNothingMore() {
        ManualExecutor executor = new ManualExecutor();
        BulkFeaturesViewModel model = new BulkFeaturesViewModel(yelp, executor, twenty);
        model.kindProperty().set(BulkFeaturesViewModel.Kind.STRICT_ON);
        List<Double> progress = new java.util.ArrayList<>();
        List<String> messages = new java.util.ArrayList<>();
        model.progressProperty().addListener((obs, old, now) -> progress.add(now.doubleValue()));
        model.messageProperty().addListener((obs, old, now) -> messages.add(now));
        yelp.afterEachBulkProgram = () -> {
            if (yelp.sent.size() == 3) {
                model.cancel(); // the user presses Stop while the fourth is due
            }
        };
        model.apply();
        executor.runAll();

        assertEquals(List.of(0.05, 0.1, 0.15), progress.subList(0, 3), "a step per program, not one at the end");
        assertTrue(messages.contains("2 of 20 programs done…"), messages.toString());
        assertTrue(messages.contains("Stopping: waiting for the requests already sent…"), messages.toString());
        assertEquals(3, yelp.sent.size(), "nothing sent after Stop: " + yelp.sent);
        assertEquals(20, model.results().size(), "every program has a line");
        assertEquals(17, model.results().stream().filter(o -> !o.sent()).count());
        assertEquals(BulkFeaturesViewModel.State.DONE, model.stateProperty().get());
        assertEquals("3 of 20 programs changed; 17 not sent (stopped).", model.messageProperty().get());
    }

    /** Runs submitted work when told, on the calling thread; its handle's cancel is seen by the work. */
    private static final class ManualExecutor implements io.adsdesk.ui.common.TaskExecutor {
        private final List<Runnable> queued = new java.util.ArrayList<>();

        @Override
        public <T, P> io.adsdesk.ui.common.TaskHandle submit(io.adsdesk.ui.common.BackgroundWork<T, P> work,
                                                           io.adsdesk.ui.common.TaskCallbacks<T, P> callbacks) {
            java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
            queued.add(() -> {
                T result;
                try {
                    result = work.run(new io.adsdesk.ui.common.BackgroundWork.Context<>() {
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
                    return;
                }
                callbacks.onSuccess().accept(result);
            });
            return () -> cancelled.set(true);
        }

        void runAll() {
            List<Runnable> now = List.copyOf(queued);
            queued.clear();
            now.forEach(Runnable::run);
        }
    }
}
