package io.adsdesk.queue;

import io.adsdesk.actions.ProgramActions;
import io.adsdesk.api.ApiSettings;
import io.adsdesk.api.Credentials;
import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.model.Account;
import io.adsdesk.model.Program;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxProgram;
import io.adsdesk.sandbox.SandboxServer;
import io.adsdesk.sync.ProgramMapper;
import io.adsdesk.testing.MutableClock;
import io.adsdesk.threads.Threads;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * A sandbox, a file registry holding its running manual-bid CPC programs, and the queue and poster
 * wired over them as the app wires them. The clock moves only when posting waits.
 */
public final class QueueSandbox implements AutoCloseable {
    /** 2026-03-19 13:00 in California. */
    public static final Instant START = Instant.parse("2026-03-19T20:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 19);

    public final Clock clock;
    public final SandboxServer sandbox;
    public final Account account;
    public final Path dir;
    public final Threads threads = new Threads("queue-test");
    public final ExecutorService pool = threads.fixedPool("post", ChangePoster.MAX_IN_FLIGHT);
    public HibernateProgramRegistry registry;
    public ProgramActions actions;
    public ChangeQueue queue;
    public ChangePoster poster;

    /** On a clock that moves only when posting waits. */
    public QueueSandbox(Path dir, int programs) throws Exception {
        this(dir, SandboxConfig.defaults().withPrograms(programs).withBusinesses(Math.max(4, programs / 4)).withSeed(11),
                new MutableClock(START));
    }

    public QueueSandbox(Path dir, SandboxConfig config, Clock clock) throws Exception {
        this.dir = dir;
        this.clock = clock;
        sandbox = SandboxServer.start(config.withClock(clock));
        account = new Account(SandboxConfig.DEFAULT_USERNAME, sandbox.baseUrl());
        open();
        mirrorAll();
    }

    public PartnerApiClient newClient() {
        return new PartnerApiClient(ApiSettings.defaults(sandbox.baseUrl())
                .withRetries(3, Duration.ofMillis(5), Duration.ofMillis(20)),
                new Credentials(SandboxConfig.DEFAULT_USERNAME, SandboxConfig.DEFAULT_PASSWORD.toCharArray()));
    }

    /** Opens the registry and wires actions, queue and poster, as an app start does. */
    public void open() {
        registry = HibernateProgramRegistry.open(dir.resolve("registry"));
        actions = ProgramActions.forAccount(account, newClient(), registry, clock, this::sleep);
        queue = ChangeQueue.forAccount(account, registry, clock);
        poster = new ChangePoster(queue, actions, pool, clock, this::sleep);
    }

    public void restart() {
        registry.close();
        open();
    }

    private void sleep(Duration d) throws InterruptedException {
        if (clock instanceof MutableClock m) {
            m.advance(d);
            Thread.sleep(1); // let the other workers run
        } else {
            Thread.sleep(d.toMillis());
        }
    }

    /** Copies every program from Yelp into the registry, as a sync would. */
    public void mirrorAll() throws Exception {
        PartnerApiClient client = newClient();
        List<String> ids = sandbox.account().programIds();
        for (int i = 0; i < ids.size(); i += 20) {
            for (var dto : client.programInfo(ids.subList(i, Math.min(ids.size(), i + 20))).programs()) {
                registry.upsertProgram(ProgramMapper.toModel(dto));
            }
        }
        queue.programsReloaded();
    }

    /** Running CPC programs whose business can advertise. */
    public List<String> runningCpc(int n) {
        List<String> ids = new ArrayList<>();
        for (SandboxProgram p : sandbox.account().programs()) {
            boolean open = sandbox.account().business(p.businessIds().getFirst())
                    .map(b -> !b.closed() && !b.removedFromSearch()).orElse(false);
            if (p.type().equals("CPC") && p.active(TODAY) && !p.paused() && open && p.budget() >= 5000) {
                ids.add(p.id());
            }
            if (ids.size() == n) {
                break;
            }
        }
        if (ids.size() < n) {
            throw new IllegalStateException("the sandbox has only " + ids.size() + " such programs");
        }
        return ids;
    }

    public SandboxProgram atYelp(String id) {
        return sandbox.account().program(id).orElseThrow();
    }

    public Program inRegistry(String id) {
        return registry.findProgram(id).orElseThrow();
    }

    @Override
    public void close() {
        pool.shutdownNow();
        threads.close();
        registry.close();
        sandbox.close();
    }
}
