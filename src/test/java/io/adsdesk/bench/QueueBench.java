package io.adsdesk.bench;

import io.adsdesk.actions.ProgramActions;
import io.adsdesk.actions.Sleeper;
import io.adsdesk.api.ApiSettings;
import io.adsdesk.api.Credentials;
import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.model.Account;
import io.adsdesk.model.FeePeriod;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;
import io.adsdesk.queue.BulkEdit;
import io.adsdesk.queue.ChangePoster;
import io.adsdesk.queue.ChangeQueue;
import io.adsdesk.queue.PostProgress;
import io.adsdesk.queue.PostReport;
import io.adsdesk.queue.QueueSnapshot;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxProgram;
import io.adsdesk.sandbox.SandboxServer;
import io.adsdesk.sync.ProgramMapper;
import io.adsdesk.testing.SyncWrites;
import io.adsdesk.threads.Threads;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The change queue's figures: posting N budget changes against the sandbox at a given latency, beside
 * the floor ceil(requests / 8) × latency for the requests it needed; and queueing +10 % on M programs
 * (build, check and store the changes). {@code main(postCount, latencyMs, queueCount)} runs it alone.
 */
public final class QueueBench {
    private QueueBench() {
    }

    public static void main(String[] args) throws Exception {
        int posts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        long latency = args.length > 1 ? Long.parseLong(args[1]) : 100;
        int queued = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        Path work = Files.createTempDirectory("adsdesk-queue-bench");
        System.out.println(report(posts, latency, queued, work));
        System.exit(0);
    }

    /** Both figures as Markdown lines. */
    public static String report(int posts, long latencyMs, int queued, Path work) throws Exception {
        String post = posts > 0 ? posting(posts, latencyMs, work.resolve("post")) + "\n" : "";
        return post + (queued > 0 ? queueing(queued, work.resolve("queue")) + "\n" : "");
    }

    static String posting(int count, long latencyMs, Path dir) throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(count * 8)
                .withBusinesses(count).withSeed(21));
             Threads threads = new Threads("bench");
             HibernateProgramRegistry registry = HibernateProgramRegistry.open(dir.resolve("registry"))) {
            LocalDate today = sandbox.account().today();
            List<String> ids = new ArrayList<>();
            for (SandboxProgram p : sandbox.account().programs()) {
                boolean open = sandbox.account().business(p.businessIds().getFirst())
                        .map(b -> !b.closed() && !b.removedFromSearch()).orElse(false);
                if (p.type().equals("CPC") && p.active(today) && !p.paused() && open && ids.size() < count) {
                    ids.add(p.id());
                }
            }
            Account account = new Account(SandboxConfig.DEFAULT_USERNAME, sandbox.baseUrl());
            PartnerApiClient client = new PartnerApiClient(ApiSettings.defaults(sandbox.baseUrl()),
                    new Credentials(SandboxConfig.DEFAULT_USERNAME, SandboxConfig.DEFAULT_PASSWORD.toCharArray()));
            for (int i = 0; i < ids.size(); i += 20) {
                for (var dto : client.programInfo(ids.subList(i, Math.min(ids.size(), i + 20))).programs()) {
                    registry.upsertProgram(ProgramMapper.toModel(dto));
                }
            }
            ProgramActions actions = ProgramActions.forAccount(account, client, registry, Clock.systemUTC(), Sleeper.REAL);
            ChangeQueue queue = ChangeQueue.forAccount(account, registry, Clock.systemUTC());
            queue.queue(new BulkEdit.ChangeBudgetByPercent(BigDecimal.TEN), ids, null);
            ChangePoster poster = new ChangePoster(queue, actions, threads.fixedPool("post", ChangePoster.MAX_IN_FLIGHT));
            sandbox.knobs().latencyMs(latencyMs);
            sandbox.stats().clear();
            long start = System.nanoTime();
            PostReport report = poster.postAll(PostProgress.NONE, () -> false);
            double seconds = (System.nanoTime() - start) / 1e9;
            long requests = sandbox.stats().requests();
            double floor = Math.ceil(requests / (double) ChangePoster.MAX_IN_FLIGHT) * latencyMs / 1000.0;
            return String.format(Locale.ROOT, "- Posting %,d budget changes at %d ms latency: %.1f s for %,d requests "
                            + "(%d completed, %d rejected, peak %d in flight); floor ceil(%,d / 8) x %d ms = %.1f s; "
                            + "%.2f x floor (goal <= 1.3 x)", ids.size(), latencyMs, seconds, requests, report.completed(),
                    report.rejected(), sandbox.stats().maxConcurrent(), requests, latencyMs, floor, seconds / floor);
        }
    }

    static String queueing(int count, Path dir) {
        try (HibernateProgramRegistry registry = HibernateProgramRegistry.open(dir.resolve("registry"))) {
            List<Program> programs = new ArrayList<>(count);
            List<String> ids = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String id = String.format("P%07d", i);
                programs.add(new Program(id, "CPC", LocalDate.of(2026, 1, 5), null, true, false, 10_000L + i, 100L, "USD",
                        false, FeePeriod.CALENDAR_MONTH, 0, 0, 0L, List.of(new ProgramBusiness("B" + (i % 500), null)),
                        List.of(), List.of(), List.of(), List.of(), null));
                ids.add(id);
            }
            Instant at = Instant.now();
            SyncWrites.apply(registry, programs, List.of(), Set.of(),
                    new SyncRun(0, at, at, SyncOutcome.SYNCED, count, 0, count, count, 0, 0, 1, null));
            ChangeQueue queue = ChangeQueue.forAccount(new Account("bench", "https://partner-api.yelp.com"), registry,
                    Clock.systemUTC());
            long loadStart = System.nanoTime();
            queue.program(ids.getFirst());
            double load = (System.nanoTime() - loadStart) / 1e9;
            long start = System.nanoTime();
            QueueSnapshot s = queue.queue(new BulkEdit.ChangeBudgetByPercent(BigDecimal.TEN), ids, null);
            double seconds = (System.nanoTime() - start) / 1e9;
            long undoStart = System.nanoTime();
            queue.undo();
            double undo = (System.nanoTime() - undoStart) / 1e9;
            return String.format(Locale.ROOT, "- Queueing +10 %% on %,d programs (build, check, store %,d changes): "
                    + "%.2f s (goal < 2 s); loading the programs for the checks first: %.2f s; undoing it: %.2f s",
                    count, s.open().size(), seconds, load, undo);
        }
    }
}
