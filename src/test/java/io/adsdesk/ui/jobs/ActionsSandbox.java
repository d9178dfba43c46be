package io.adsdesk.ui.jobs;

import io.adsdesk.actions.ProgramActions;
import io.adsdesk.actions.Sleeper;
import io.adsdesk.api.ApiSettings;
import io.adsdesk.api.Credentials;
import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.model.Account;
import io.adsdesk.model.PacificDate;
import io.adsdesk.model.Program;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.sandbox.SandboxBusiness;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxProgram;
import io.adsdesk.sandbox.SandboxServer;
import io.adsdesk.sync.ProgramMapper;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** A sandbox with instant jobs, a file registry and real {@link ProgramActions} over them. */
final class ActionsSandbox implements AutoCloseable {
    private static final Set<String> RESTRICTED = Set.of("landmarks", "airportterminals", "publicservicesgovt",
            "religiousorgs", "cannabis_clinics", "cannabisdispensaries", "guns_and_ammo", "bailbondsmen");

    final SandboxServer sandbox;
    final HibernateProgramRegistry registry;
    final PartnerApiClient client;
    final ProgramActions actions;

    ActionsSandbox(Path dir) throws Exception {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(60).withBusinesses(10).withSeed(5)
                .withJobDelayMs(0));
        Account account = new Account(SandboxConfig.DEFAULT_USERNAME, sandbox.baseUrl());
        client = new PartnerApiClient(ApiSettings.defaults(sandbox.baseUrl()),
                new Credentials(SandboxConfig.DEFAULT_USERNAME, SandboxConfig.DEFAULT_PASSWORD.toCharArray()));
        registry = HibernateProgramRegistry.open(dir.resolve("registry"));
        actions = ProgramActions.forAccount(account, client, registry, Clock.systemUTC(), Sleeper.REAL);
    }

    String openBusinessId() {
        return sandbox.account().businesses().stream()
                .filter(b -> !b.closed() && !b.removedFromSearch() && b.country().equals("US")
                        && !b.categories().isEmpty() && b.categories().stream().noneMatch(RESTRICTED::contains))
                .map(SandboxBusiness::id).findFirst().orElseThrow();
    }

    SandboxProgram runningCpc() {
        var today = PacificDate.today();
        return sandbox.account().programs().stream()
                .filter(p -> p.type().equals("CPC") && p.active(today) && !p.paused() && p.autobid())
                .filter(p -> sandbox.account().business(p.businessIds().getFirst())
                        .map(b -> !b.closed() && !b.removedFromSearch()).orElse(false))
                .findFirst().orElseThrow();
    }

    /** Copies the program from Yelp into the registry, as a sync would. */
    Program mirror(String programId) throws Exception {
        Program p = ProgramMapper.toModel(client.programInfo(List.of(programId)).programs().getFirst());
        registry.upsertProgram(p);
        return p;
    }

    @Override
    public void close() {
        registry.close();
        sandbox.close();
    }
}
