package io.adsdesk.actions;

import io.adsdesk.testing.MutableClock;

import io.adsdesk.api.ApiSettings;
import io.adsdesk.api.Credentials;
import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.model.Account;
import io.adsdesk.model.Program;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.sandbox.SandboxBusiness;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxProgram;
import io.adsdesk.sandbox.SandboxServer;
import io.adsdesk.sync.ProgramMapper;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A sandbox on a movable clock, a client for it, a file registry, and actions wired over them. */
final class SandboxFixture implements AutoCloseable {
    /** 2026-03-19 13:00 in California. */
    static final Instant START = Instant.parse("2026-03-19T20:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 19);
    /** The sandbox's restricted categories (its CategoryCheck.RESTRICTED). */
    private static final Set<String> RESTRICTED = Set.of("landmarks", "airportterminals", "publicservicesgovt",
            "religiousorgs", "cannabis_clinics", "cannabisdispensaries", "guns_and_ammo", "bailbondsmen");

    final MutableClock clock = new MutableClock(START);
    final SandboxServer sandbox;
    final Account account;
    final PartnerApiClient client;
    final Path dir;
    HibernateProgramRegistry registry;
    ProgramActions actions;

    SandboxFixture(Path dir) throws Exception {
        this.dir = dir;
        sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(80).withBusinesses(12).withSeed(5)
                .withClock(clock));
        account = new Account(SandboxConfig.DEFAULT_USERNAME, sandbox.baseUrl());
        client = newClient();
        open();
    }

    PartnerApiClient newClient() {
        return new PartnerApiClient(ApiSettings.defaults(sandbox.baseUrl())
                .withRetries(3, Duration.ofMillis(5), Duration.ofMillis(20)),
                new Credentials(SandboxConfig.DEFAULT_USERNAME, SandboxConfig.DEFAULT_PASSWORD.toCharArray()));
    }

    /** Opens the registry and wires fresh actions and tracker, as an app start does. */
    void open() {
        registry = HibernateProgramRegistry.open(dir.resolve("registry"));
        actions = ProgramActions.forAccount(account, newClient(), registry, clock, clock::advance);
    }

    /** Closes the registry: an app shutdown. */
    void restart() {
        registry.close();
        open();
    }

    /** Copies the program from Yelp into the registry, as a sync would. */
    Program mirror(String programId) throws Exception {
        Program p = ProgramMapper.toModel(client.programInfo(List.of(programId)).programs().getFirst());
        registry.upsertProgram(p);
        return p;
    }

    SandboxBusiness openBusiness(int skip) {
        return sandbox.account().businesses().stream()
                .filter(b -> !b.closed() && !b.removedFromSearch() && b.country().equals("US")
                        && !b.categories().isEmpty() && b.categories().stream().noneMatch(RESTRICTED::contains))
                .skip(skip).findFirst().orElseThrow();
    }

    SandboxProgram runningCpc(boolean autobid) {
        return sandbox.account().programs().stream()
                .filter(p -> p.type().equals("CPC") && p.active(TODAY) && !p.paused() && p.autobid() == autobid)
                .filter(p -> sandbox.account().business(p.businessIds().getFirst())
                        .map(b -> !b.closed() && !b.removedFromSearch()).orElse(false))
                .findFirst().orElseThrow();
    }

    SandboxProgram runningOfType(String notType) {
        return sandbox.account().programs().stream()
                .filter(p -> !p.type().equals(notType) && p.active(TODAY))
                .findFirst().orElseThrow();
    }

    @Override
    public void close() {
        registry.close();
        sandbox.close();
    }
}
