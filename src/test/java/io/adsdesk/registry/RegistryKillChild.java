package io.adsdesk.registry;

import io.adsdesk.model.Account;
import io.adsdesk.model.Program;
import io.adsdesk.model.SyncOutcome;
import io.adsdesk.model.SyncRun;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The process {@link RegistryKillTest} kills: writes round after round of large syncs into one
 * registry through the sync writer, streaming rows in chunks as a sync does, and prints
 * "committed N" once round N is stored. Round N's programs are a fixed function of N, so the test
 * can tell exactly which state a registry holds.
 */
final class RegistryKillChild {
    static final Account ACCOUNT = new Account("kill", "http://127.0.0.1:9");
    static final String OPENED = "opened";
    static final String COMMITTED = "committed ";
    private static final String ROUND = "round ";
    private static final int CANDIDATES = 5000;
    private static final int CHUNK = 250;

    private RegistryKillChild() {
    }

    static ProgramRegistry open(Path data, TeamServer team) {
        return team == null ? AccountStore.openRegistry(data, ACCOUNT) : AccountStore.openTeamRegistry(data, ACCOUNT, team, null);
    }

    static TeamServer withUrl(String url) {
        TeamServer server = io.adsdesk.testing.RegistryEngine.server();
        return new TeamServer(url, server.user(), server.password());
    }

    /**
     * Arguments: the data directory, how many rounds to write and, for a team registry, its JDBC URL
     * (user and password from the test server's variables).
     */
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        TeamServer team = args.length > 2 ? withUrl(args[2]) : null;
        try (ProgramRegistry registry = open(data, team)) {
            int round = storedRound(registry);
            System.out.println(OPENED);
            System.out.flush();
            Map<String, Program> stored = state(round);
            for (int next = round + 1; next <= round + rounds; next++) {
                Map<String, Program> target = state(next);
                write(registry, stored, target, next);
                System.out.println(COMMITTED + next);
                System.out.flush();
                stored = target;
            }
        }
    }

    /** The round the registry holds, from its last run's message; 0 for a new registry. */
    static int storedRound(ProgramRegistry registry) {
        List<SyncRun> last = registry.syncHistory(1);
        return last.isEmpty() ? 0 : Integer.parseInt(last.getFirst().message().substring(ROUND.length()));
    }

    /**
     * Round N's programs: about 80% of the candidate IDs, a quarter of them with a budget only this
     * round has, so each round adds, removes and changes thousands of rows.
     */
    static Map<String, Program> state(int round) {
        Map<String, Program> programs = new LinkedHashMap<>();
        if (round == 0) {
            return programs;
        }
        Random random = new Random(round * 1_000_003L);
        for (int i = 0; i < CANDIDATES; i++) {
            boolean present = random.nextInt(100) < 80;
            long budget = random.nextInt(100) < 25 ? 1000L * round + i : i;
            String id = "kill-" + i;
            if (present) {
                programs.put(id, HibernateProgramRegistryTest.program(id, budget));
            }
        }
        return programs;
    }

    private static void write(ProgramRegistry registry, Map<String, Program> stored, Map<String, Program> target, int round)
            throws InterruptedException {
        List<String> removed = stored.keySet().stream().filter(id -> !target.containsKey(id)).toList();
        List<Program> changed = new ArrayList<>();
        List<Program> added = new ArrayList<>();
        for (Program p : target.values()) {
            Program before = stored.get(p.programId());
            if (before == null) {
                added.add(p);
            } else if (!before.equals(p)) {
                changed.add(p);
            }
        }
        Instant started = Instant.now();
        try (SyncWriter writer = registry.openSyncWriter()) {
            writer.remove(removed);
            for (int i = 0; i < changed.size(); i += CHUNK) {
                writer.replace(changed.subList(i, Math.min(changed.size(), i + CHUNK)));
                Thread.sleep(2);
            }
            for (int i = 0; i < added.size(); i += CHUNK) {
                writer.insert(added.subList(i, Math.min(added.size(), i + CHUNK)));
                Thread.sleep(2);
            }
            writer.commit(new SyncRun(0, started, Instant.now(), SyncOutcome.SYNCED, target.size(), stored.size(),
                    target.size(), added.size(), changed.size(), removed.size(), 0, ROUND + round));
        }
    }
}
