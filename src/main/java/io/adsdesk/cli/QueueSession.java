package io.adsdesk.cli;

import io.adsdesk.actions.ProgramActions;
import io.adsdesk.actions.Sleeper;
import io.adsdesk.api.ApiSettings;
import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.model.Account;
import io.adsdesk.model.change.ChangeValues;
import io.adsdesk.model.change.PendingChange;
import io.adsdesk.queue.ChangePoster;
import io.adsdesk.queue.ChangeQueue;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.threads.Threads;

import java.time.Clock;
import java.util.concurrent.ExecutorService;

/**
 * An account's change queue and poster for one command: its registry, a client with the account's
 * credentials, and the posting threads. Close it when done.
 */
final class QueueSession implements AutoCloseable {
    final ProgramRegistry registry;
    final ChangeQueue queue;
    final ChangePoster poster;
    private final Threads threads = new Threads("adsdesk");

    private QueueSession(ProgramRegistry registry, ChangeQueue queue, ProgramActions actions) {
        this.registry = registry;
        this.queue = queue;
        ExecutorService pool = threads.fixedPool("post", ChangePoster.MAX_IN_FLIGHT);
        this.poster = new ChangePoster(queue, actions, pool);
    }

    /** Opens the registry and wires actions for the account; the demo's API is started first. */
    static QueueSession open(AccountChoice choice, ProgramRegistry registry, String passwordEnv, Terminal terminal)
            throws UsageException, CommandException {
        var credentials = choice.credentials(passwordEnv, terminal);
        ApiSettings settings = choice.apiSettings();
        Account account = choice.account();
        // Jobs are keyed by the URL they were sent to (the demo's changes per start); the queue by the account.
        Account sentTo = new Account(account.username(), settings.baseUrl().toString());
        ProgramActions actions = ProgramActions.forAccount(sentTo, new PartnerApiClient(settings, credentials), registry,
                Clock.systemUTC(), Sleeper.REAL);
        return new QueueSession(registry, ChangeQueue.forAccount(account, registry, Clock.systemUTC()), actions);
    }

    /** "Program X, budget: $100.00 → $110.00". */
    static String describe(PendingChange c) {
        return "program " + c.programId() + ", " + c.field().label().toLowerCase(java.util.Locale.ROOT) + ": "
                + shown(c, c.oldValue()) + " → " + shown(c, c.newValue());
    }

    private static String shown(PendingChange c, String value) {
        String text = ChangeValues.display(c.field(), value);
        return text.isEmpty() ? "(none)" : text;
    }

    @Override
    public void close() {
        threads.close();
    }
}
