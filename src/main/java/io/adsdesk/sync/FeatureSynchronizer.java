package io.adsdesk.sync;

import io.adsdesk.api.FeatureJson;
import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.api.PartnerApiException;
import io.adsdesk.model.Program;
import io.adsdesk.model.feature.ProgramFeatures;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.registry.StoredFeatures;
import io.adsdesk.threads.Threads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * {@code sync --features}: after the program list, reads the features of every program that has
 * any available, at most {@link #MAX_CONCURRENCY} requests in flight, and keeps each copy (with the
 * time read) in the registry, in batches. A program whose read fails keeps its previous copy.
 */
public final class FeatureSynchronizer {
    public static final int MAX_CONCURRENCY = 8;
    private static final int BATCH = 200;

    /** What the run did. {@code message} is the first failure in words, or null. */
    public record Report(int programs, int read, int failed, boolean needsFeatureCredentials, String message, int requests) {
    }

    private final PartnerApiClient client;
    private final ProgramRegistry registry;
    private final Threads threads;

    public FeatureSynchronizer(PartnerApiClient client, ProgramRegistry registry, Threads threads) {
        this.client = client;
        this.registry = registry;
        this.threads = threads;
    }

    /** The programs of the registry that offer at least one feature type, in the registry's order. */
    public List<String> programsWithFeatures() {
        return registry.findAll().stream().filter(p -> !p.availableFeatures().isEmpty()).map(Program::programId).toList();
    }

    /**
     * Reads and keeps the features of these programs; {@code progress} gets (done, total) after each.
     * Stops early (the rest not read) when Yelp says the credentials cannot use features.
     */
    public Report sync(List<String> programIds, int concurrency, BiConsumer<Integer, Integer> progress) throws InterruptedException {
        int n = Math.max(1, Math.min(MAX_CONCURRENCY, concurrency));
        int requestsBefore = client.requestCount();
        ExecutorService pool = threads.fixedPool("features", n);
        AtomicInteger done = new AtomicInteger();
        List<StoredFeatures> pending = new ArrayList<>();
        int read = 0;
        int failed = 0;
        boolean needsCredentials = false;
        String message = null;
        try {
            List<Future<ProgramFeatures>> futures = new ArrayList<>();
            for (String id : programIds) {
                futures.add(pool.submit(() -> {
                    try {
                        return client.features(id);
                    } finally {
                        progress.accept(done.incrementAndGet(), programIds.size());
                    }
                }));
            }
            for (Future<ProgramFeatures> f : futures) {
                try {
                    ProgramFeatures features = f.get();
                    pending.add(new StoredFeatures(features.programId(), FeatureJson.write(features), features.readAt()));
                    read++;
                    if (pending.size() >= BATCH) {
                        registry.featureStore().put(pending);
                        pending.clear();
                    }
                } catch (ExecutionException e) {
                    failed++;
                    Throwable cause = e.getCause();
                    if (message == null) {
                        message = cause.getMessage();
                    }
                    if (cause instanceof PartnerApiException p && p.needsFeatureCredentials() && !needsCredentials) {
                        needsCredentials = true;
                        message = p.getMessage();
                        futures.forEach(other -> other.cancel(true));
                    }
                } catch (java.util.concurrent.CancellationException e) {
                    failed++;
                }
            }
            registry.featureStore().put(pending);
        } finally {
            pool.shutdownNow();
        }
        return new Report(programIds.size(), read, failed, needsCredentials, message, client.requestCount() - requestsBefore);
    }
}
