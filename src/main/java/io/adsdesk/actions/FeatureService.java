package io.adsdesk.actions;

import io.adsdesk.api.FeatureJson;
import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.api.PartnerApiException;
import io.adsdesk.model.Program;
import io.adsdesk.model.feature.Feature;
import io.adsdesk.model.feature.FeatureValidator;
import io.adsdesk.model.feature.FieldProblem;
import io.adsdesk.model.feature.NewPortfolioPhoto;
import io.adsdesk.model.feature.PortfolioPhoto;
import io.adsdesk.model.feature.PortfolioProject;
import io.adsdesk.model.feature.PortfolioValidator;
import io.adsdesk.model.feature.ProgramFeatures;
import io.adsdesk.registry.AuditEntry;
import io.adsdesk.registry.AuditStore;
import io.adsdesk.registry.FeatureStore;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.registry.StoredFeatures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * Reads, saves and removes program features and portfolio projects for one account: validates
 * locally first (nothing invalid is sent), keeps the copy read in the registry, checks Yelp's copy
 * for changes before a save, and writes an audit entry with before and after for every save and
 * removal. Every method but {@link #stored} calls Yelp: call them on a worker thread, never the FX thread.
 */
public final class FeatureService {
    /** A copy older than this is read again when a program's details open. */
    public static final Duration REFRESH_AFTER = Duration.ofMinutes(10);
    /** Bulk changes: at most this many programs in flight. */
    public static final int MAX_IN_FLIGHT = 8;

    private static final Logger LOG = LoggerFactory.getLogger(FeatureService.class);

    /** Replaced when the account's Data Ingestion credentials are added ({@link #useClient}). */
    private volatile PartnerApiClient client;
    private final ProgramRegistry registry;
    private final String account;
    private final Clock clock;

    public FeatureService(PartnerApiClient client, ProgramRegistry registry, String account, Clock clock) {
        this.client = client;
        this.registry = registry;
        this.account = account;
        this.clock = clock;
    }

    /**
     * From now on, calls Yelp through this client: the account's client rebuilt with its Data Ingestion
     * credentials once they are added, so the change that needed them can be retried at once.
     */
    public void useClient(PartnerApiClient newClient) {
        this.client = java.util.Objects.requireNonNull(newClient, "client");
    }

    /** Reads the program's features from Yelp and keeps the copy. */
    public ProgramFeatures read(String programId) throws FeatureException, InterruptedException {
        try {
            ProgramFeatures answer = client.features(programId);
            ProgramFeatures f = new ProgramFeatures(answer.programId(), answer.programType(), answer.features(), clock.instant());
            keep(f);
            return f;
        } catch (PartnerApiException e) {
            throw FeatureException.of(e, "the features of program " + programId);
        }
    }

    /** The copy last read, with the time it was read (offline use). Never calls Yelp. */
    public Optional<ProgramFeatures> stored(String programId) {
        return store().flatMap(s -> s.get(programId)).map(c -> FeatureJson.read(c.json(), c.programId(), c.readAt()));
    }

    /**
     * The copy when it is younger than {@link #REFRESH_AFTER}, else a fresh read (kept). Called when
     * a program's details open.
     */
    public ProgramFeatures refreshIfStale(String programId) throws FeatureException, InterruptedException {
        Optional<ProgramFeatures> copy = stored(programId);
        if (copy.isPresent() && copy.get().readAt() != null
                && Duration.between(copy.get().readAt(), clock.instant()).compareTo(REFRESH_AFTER) < 0) {
            return copy.get();
        }
        return read(programId);
    }

    /** The problems of these changes against the program's features; empty when they may be sent. Local, no call. */
    public static List<FieldProblem> check(ProgramFeatures program, List<Feature> changes) {
        return FeatureValidator.validate(program, changes);
    }

    /**
     * Saves changes made to the copy {@code opened}: validates (INVALID/UNSUPPORTED, nothing sent),
     * re-reads Yelp's copy, and when a type being changed differs at Yelp from what was opened and
     * {@code overwrite} is false, returns a conflict without sending (changes at Yelp to other types do not
     * collide: the POST merges only the types it names). Otherwise POSTs (merge), keeps and audits the result.
     */
    public FeatureSave save(ProgramFeatures opened, List<Feature> changes, boolean overwrite)
            throws FeatureException, InterruptedException {
        String id = opened.programId();
        List<FieldProblem> problems = check(opened, changes);
        if (!problems.isEmpty()) {
            throw FeatureException.invalid(problems);
        }
        ProgramFeatures atYelp = read(id);
        java.util.Set<String> changing = new java.util.HashSet<>();
        changes.forEach(c -> changing.add(c.typeName()));
        List<String> changedAtYelp = atYelp.changedSince(opened).stream().filter(changing::contains).toList();
        if (!changedAtYelp.isEmpty() && !overwrite) {
            return new FeatureSave(false, atYelp, changedAtYelp);
        }
        problems = check(atYelp, changes);
        if (!problems.isEmpty()) {
            throw FeatureException.invalid(problems);
        }
        ProgramFeatures after = post(atYelp, changes, "features.save");
        return new FeatureSave(true, after, changedAtYelp);
    }

    /** Saves without a conflict check against an opened copy (the command line's {@code features set}). */
    public ProgramFeatures saveNow(String programId, List<Feature> changes) throws FeatureException, InterruptedException {
        ProgramFeatures atYelp = read(programId);
        List<FieldProblem> problems = check(atYelp, changes);
        if (!problems.isEmpty()) {
            throw FeatureException.invalid(problems);
        }
        return post(atYelp, changes, "features.save");
    }

    /** Turns these types off (Yelp resets them to their inactive form); keeps and audits the result. */
    public ProgramFeatures remove(String programId, List<String> types) throws FeatureException, InterruptedException {
        ProgramFeatures before = read(programId);
        List<FieldProblem> unsupported = types.stream().filter(t -> !before.supports(t))
                .map(t -> new FieldProblem(t, "", "program " + programId + " does not support this feature")).toList();
        if (!unsupported.isEmpty()) {
            throw FeatureException.invalid(unsupported);
        }
        String request = "{\"features\":" + types.stream().map(t -> "\"" + t + "\"").toList() + "}";
        AuditEntry entry = audit("features.remove", programId, before, request);
        try {
            ProgramFeatures answer = client.removeFeatures(programId, types);
            ProgramFeatures after = new ProgramFeatures(answer.programId(), answer.programType(), answer.features(), clock.instant());
            keep(after);
            complete(entry, after, "COMPLETED", "Turned off " + String.join(", ", types));
            return after;
        } catch (PartnerApiException e) {
            FeatureException f = FeatureException.of(e, "the features of program " + programId);
            complete(entry, null, "FAILED", f.getMessage());
            throw f;
        }
    }

    /** As {@link #applyToMany(List, BulkFeatureChange, ExecutorService, BulkFeatureProgress, BooleanSupplier)}, never stopped. */
    public List<BulkFeatureResult> applyToMany(List<String> programIds, BulkFeatureChange change, ExecutorService pool,
                                               BiConsumer<Integer, Integer> progress) {
        return applyToMany(programIds, change, pool, (result, done, total) -> progress.accept(done, total), () -> false);
    }

    /**
     * Applies one change to many programs: one save per program (a read first when the change needs
     * the current value), at most {@link #MAX_IN_FLIGHT} at once on {@code pool}. {@code progress} hears
     * each program's result as soon as it is known, exactly once per program. Once {@code cancelled}
     * answers true (or this thread is interrupted) no new request goes out: requests in flight finish
     * and are reported, and every program not reached is reported {@link BulkFeatureResult.Outcome#NOT_SENT}.
     * Returns one result per program, in the given order.
     */
    public List<BulkFeatureResult> applyToMany(List<String> programIds, BulkFeatureChange change, ExecutorService pool,
                                               BulkFeatureProgress progress, BooleanSupplier cancelled) {
        int total = programIds.size();
        Semaphore slots = new Semaphore(MAX_IN_FLIGHT);
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean interrupted = new AtomicBoolean();
        BooleanSupplier stop = () -> interrupted.get() || cancelled.getAsBoolean();
        List<Future<BulkFeatureResult>> futures = new ArrayList<>();
        for (String id : programIds) {
            if (stop.getAsBoolean()) {
                break;
            }
            try {
                slots.acquire();
            } catch (InterruptedException e) {
                interrupted.set(true);
                break;
            }
            if (stop.getAsBoolean()) {
                slots.release();
                break;
            }
            try {
                futures.add(pool.submit(() -> {
                    BulkFeatureResult result;
                    try {
                        result = stop.getAsBoolean() ? BulkFeatureResult.notSent(id) : applyOne(id, change, stop);
                    } catch (InterruptedException e) {
                        result = new BulkFeatureResult(id, BulkFeatureResult.Outcome.FAILED, "Stopped while waiting for Yelp");
                    } catch (RuntimeException e) {
                        LOG.warn("Bulk feature change failed on program {}", id, e);
                        result = new BulkFeatureResult(id, BulkFeatureResult.Outcome.FAILED, "Not changed: " + e.getMessage());
                    } finally {
                        slots.release();
                    }
                    progress.finished(result, done.incrementAndGet(), total);
                    return result;
                }));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                slots.release();
                break;
            }
        }
        List<BulkFeatureResult> results = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            results.add(waitFor(futures.get(i), programIds.get(i), interrupted));
        }
        for (int i = futures.size(); i < total; i++) {
            BulkFeatureResult notSent = BulkFeatureResult.notSent(programIds.get(i));
            progress.finished(notSent, done.incrementAndGet(), total);
            results.add(notSent);
        }
        if (interrupted.get()) {
            Thread.currentThread().interrupt();
        }
        return results;
    }

    /** The program's result once its request is done; an interrupt is noted, not obeyed: the request in flight is waited for. */
    private static BulkFeatureResult waitFor(Future<BulkFeatureResult> future, String programId, AtomicBoolean interrupted) {
        while (true) {
            try {
                return future.get();
            } catch (InterruptedException e) {
                interrupted.set(true);
            } catch (java.util.concurrent.ExecutionException e) {
                return new BulkFeatureResult(programId, BulkFeatureResult.Outcome.FAILED, String.valueOf(e.getCause()));
            } catch (java.util.concurrent.CancellationException e) {
                return BulkFeatureResult.notSent(programId);
            }
        }
    }

    private BulkFeatureResult applyOne(String id, BulkFeatureChange change, BooleanSupplier stop) throws InterruptedException {
        String type = change.type().name();
        Optional<Program> known = registry.findProgram(id);
        if (known.isPresent() && !known.get().availableFeatures().isEmpty() && !known.get().availableFeatures().contains(type)) {
            return new BulkFeatureResult(id, BulkFeatureResult.Outcome.NOT_AVAILABLE, "Not available for this program");
        }
        try {
            ProgramFeatures base;
            Feature value;
            if (change.needsCurrent()) {
                base = read(id);
                if (!base.supports(type)) {
                    return new BulkFeatureResult(id, BulkFeatureResult.Outcome.NOT_AVAILABLE, "Not available for this program");
                }
                value = change.change().apply(base.get(type));
                if (stop.getAsBoolean()) {
                    return BulkFeatureResult.notSent(id);
                }
            } else {
                base = stored(id).orElse(new ProgramFeatures(id, null, java.util.Map.of(), null));
                value = change.change().apply(Optional.empty());
            }
            List<FieldProblem> problems = FeatureValidator.validate(value);
            if (!problems.isEmpty()) {
                return new BulkFeatureResult(id, BulkFeatureResult.Outcome.INVALID, problems.getFirst().line());
            }
            post(base, List.of(value), "features.bulk");
            return new BulkFeatureResult(id, BulkFeatureResult.Outcome.SAVED, "Saved: " + value.summary());
        } catch (FeatureException e) {
            BulkFeatureResult.Outcome outcome = switch (e.reason()) {
                case INVALID -> BulkFeatureResult.Outcome.INVALID;
                case UNSUPPORTED -> BulkFeatureResult.Outcome.NOT_AVAILABLE;
                default -> BulkFeatureResult.Outcome.FAILED;
            };
            return new BulkFeatureResult(id, outcome, e.getMessage());
        }
    }

    // ---- portfolio ----

    /** Creates an empty draft project, adds it (unpublished) to the program's YELP_PORTFOLIO feature; returns its ID. */
    public String createProject(String programId) throws FeatureException, InterruptedException {
        try {
            String projectId = client.createPortfolioProject(programId);
            ProgramFeatures current = read(programId);
            io.adsdesk.model.feature.Portfolio portfolio = current.get(io.adsdesk.model.feature.FeatureType.YELP_PORTFOLIO)
                    .filter(io.adsdesk.model.feature.Portfolio.class::isInstance).map(io.adsdesk.model.feature.Portfolio.class::cast)
                    .orElse(new io.adsdesk.model.feature.Portfolio(List.of()));
            post(current, List.of(portfolio.with(new io.adsdesk.model.feature.Portfolio.ProjectRef(projectId, false))), "portfolio.create");
            return projectId;
        } catch (PartnerApiException e) {
            throw FeatureException.of(e, "the portfolio of program " + programId);
        }
    }

    public PortfolioProject project(String programId, String projectId) throws FeatureException, InterruptedException {
        try {
            return client.portfolioProject(programId, projectId);
        } catch (PartnerApiException e) {
            throw FeatureException.of(e, "portfolio project " + projectId);
        }
    }

    /** Validates (INVALID, nothing sent) and replaces the project. */
    public void saveProject(String programId, String projectId, PortfolioProject project) throws FeatureException, InterruptedException {
        List<FieldProblem> problems = PortfolioValidator.validate(project);
        if (!problems.isEmpty()) {
            throw FeatureException.invalid(problems);
        }
        try {
            AuditEntry entry = audit("portfolio.save", programId, null, projectId + ": " + project);
            client.savePortfolioProject(programId, projectId, project);
            complete(entry, null, "COMPLETED", "Saved portfolio project " + projectId);
        } catch (PartnerApiException e) {
            throw FeatureException.of(e, "portfolio project " + projectId);
        }
    }

    /** Deletes the project and takes it out of the YELP_PORTFOLIO feature. */
    public void deleteProject(String programId, String projectId) throws FeatureException, InterruptedException {
        try {
            client.deletePortfolioProject(programId, projectId);
            ProgramFeatures current = read(programId);
            Optional<io.adsdesk.model.feature.Portfolio> portfolio = current.get(io.adsdesk.model.feature.FeatureType.YELP_PORTFOLIO)
                    .filter(io.adsdesk.model.feature.Portfolio.class::isInstance).map(io.adsdesk.model.feature.Portfolio.class::cast);
            if (portfolio.isPresent()) {
                post(current, List.of(portfolio.get().without(projectId)), "portfolio.delete");
            }
        } catch (PartnerApiException e) {
            throw FeatureException.of(e, "portfolio project " + projectId);
        }
    }

    public List<PortfolioPhoto> photos(String programId, String projectId) throws FeatureException, InterruptedException {
        try {
            return client.portfolioPhotos(programId, projectId);
        } catch (PartnerApiException e) {
            throw FeatureException.of(e, "the photos of project " + projectId);
        }
    }

    /** Validates (INVALID, nothing sent) and adds the photo; returns its ID. */
    public String addPhoto(String programId, String projectId, NewPortfolioPhoto photo) throws FeatureException, InterruptedException {
        List<FieldProblem> problems = PortfolioValidator.validate(photo);
        if (!problems.isEmpty()) {
            throw FeatureException.invalid(problems);
        }
        try {
            return client.addPortfolioPhoto(programId, projectId, photo);
        } catch (PartnerApiException e) {
            throw FeatureException.of(e, "project " + projectId);
        }
    }

    public void deletePhoto(String programId, String projectId, String photoId) throws FeatureException, InterruptedException {
        try {
            client.deletePortfolioPhoto(programId, projectId, photoId);
        } catch (PartnerApiException e) {
            throw FeatureException.of(e, "photo " + photoId);
        }
    }

    // ---- internals ----

    private ProgramFeatures post(ProgramFeatures before, List<Feature> changes, String action) throws FeatureException, InterruptedException {
        String id = before.programId();
        String request = FeatureJson.write(new ProgramFeatures(id, before.programType(), changesMap(changes), null));
        AuditEntry entry = audit(action, id, before, request);
        try {
            ProgramFeatures answer = client.saveFeatures(id, changes);
            ProgramFeatures after = new ProgramFeatures(answer.programId(), answer.programType(), answer.features(), clock.instant());
            keep(after);
            complete(entry, after, "COMPLETED", changes.stream().map(f -> f.label() + ": " + f.summary()).reduce((a, b) -> a + "; " + b).orElse(""));
            return after;
        } catch (PartnerApiException e) {
            FeatureException f = FeatureException.of(e, "the features of program " + id);
            complete(entry, null, "FAILED", f.getMessage());
            throw f;
        }
    }

    private static java.util.Map<String, Feature> changesMap(List<Feature> changes) {
        java.util.Map<String, Feature> m = new java.util.LinkedHashMap<>();
        changes.forEach(f -> m.put(f.typeName(), f));
        return m;
    }

    private void keep(ProgramFeatures f) {
        try {
            store().ifPresent(s -> s.put(new StoredFeatures(f.programId(), FeatureJson.write(f), f.readAt())));
        } catch (RuntimeException e) {
            LOG.warn("Could not keep the features of program {}: {}", f.programId(), e.getMessage());
        }
    }

    private Optional<FeatureStore> store() {
        try {
            return Optional.of(registry.featureStore());
        } catch (UnsupportedOperationException none) {
            return Optional.empty();
        }
    }

    private Optional<AuditStore> auditStore() {
        try {
            return Optional.of(registry.auditStore());
        } catch (UnsupportedOperationException none) {
            return Optional.empty();
        }
    }

    private AuditEntry audit(String action, String programId, ProgramFeatures before, String request) {
        AuditEntry e = AuditEntry.of(clock.instant(), account, action, programId, null,
                before == null ? null : FeatureJson.write(before), request, null, "PROCESSING", null);
        return auditStore().map(s -> s.append(e)).orElse(e);
    }

    private void complete(AuditEntry entry, ProgramFeatures after, String outcome, String message) {
        if (entry.id() == 0) {
            return;
        }
        auditStore().ifPresent(s -> s.complete(entry.id(), null, after == null ? null : FeatureJson.write(after), outcome, null, message));
    }
}
