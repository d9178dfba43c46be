package io.adsdesk.bench;

import io.adsdesk.api.ApiSettings;
import io.adsdesk.api.Credentials;
import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.model.Account;
import io.adsdesk.registry.AccountStore;
import io.adsdesk.registry.HibernateProgramRegistry;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.registry.RegistryContents;
import io.adsdesk.registry.TeamServer;
import io.adsdesk.sandbox.SandboxConfig;
import io.adsdesk.sandbox.SandboxServer;
import io.adsdesk.sync.AccountSyncGuard;
import io.adsdesk.sync.RegistrySynchronizer;
import io.adsdesk.sync.SyncOptions;
import io.adsdesk.sync.SyncProgress;
import io.adsdesk.testing.RegistryEngine;
import io.adsdesk.threads.Threads;
import io.adsdesk.ui.programs.ProgramsSnapshot;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Dashboard start to rows on a team registry beside the local one: a fresh JVM per start opens the
 * account's registry as the dashboard does, loads its contents and builds the table's rows. Three
 * cases: the local H2 registry, the team registry with a current local copy of its contents, and
 * the team registry without one (everything read from the server). Needs the test server's
 * variables (see {@link RegistryEngine}); without them the suite leaves this part out. Alone:
 * {@code TeamStartBench [programs] [runs]}.
 */
final class TeamStartBench {
    private static final String USERNAME = "bench";
    private static final String PASSWORD_VARIABLE = "ADSDESK_TEST_REGISTRY_PASSWORD";

    private TeamStartBench() {
    }

    private record Case(String name, List<String> args, Path copyToDelete) {
    }

    /** The report's lines; empty when no PostgreSQL is configured. */
    static String run(int programs, int runs, Path work) throws Exception {
        if (!RegistryEngine.serverConfigured()) {
            return "";
        }
        TeamServer team = RegistryEngine.freshDatabase();
        Path h2Root = work.resolve("start-h2");
        Path teamRoot = work.resolve("start-team");
        SyncRuns.deleteTree(h2Root);
        SyncRuns.deleteTree(teamRoot);
        Account account;
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withPrograms(programs)
                .withBusinesses(Math.max(40, programs / 50)).withLatencyMs(0))) {
            account = new Account(USERNAME, sandbox.baseUrl());
            fill(AccountStore.openRegistry(h2Root, account), sandbox, account, h2Root);
            fill(AccountStore.openTeamRegistry(teamRoot, account, team, null), sandbox, account, teamRoot);
        }
        Path teamCopy = HibernateProgramRegistry.contentsCacheFile(AccountStore.accountDir(teamRoot, account).resolve("team"));
        List<Case> cases = List.of(
                new Case("H2 (local)", List.of("h2", h2Root.toString(), account.baseUrl()), null),
                new Case("PostgreSQL, current local copy", List.of("team", teamRoot.toString(), account.baseUrl(), team.url(),
                        team.user()), null),
                new Case("PostgreSQL, no local copy", List.of("team", teamRoot.toString(), account.baseUrl(), team.url(),
                        team.user()), teamCopy));
        StringBuilder t = new StringBuilder(String.format(Locale.ROOT,
                "%nTeam registry: dashboard start to rows, %,d programs (a fresh JVM per start, median of %d)%n%n", programs, runs));
        t.append("| registry | open to rows | JVM start to rows |\n|---|---|---|\n");
        for (Case c : cases) {
            List<Long> open = new ArrayList<>();
            List<Long> jvm = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                if (c.copyToDelete() != null) {
                    Files.deleteIfExists(c.copyToDelete());
                }
                String[] result = child(c.args(), team.password(), programs);
                open.add(Long.parseLong(result[0]));
                jvm.add(Long.parseLong(result[1]));
            }
            t.append(String.format(Locale.ROOT, "| %s | %,d ms | %,d ms |%n", c.name(), median(open), median(jvm)));
        }
        SyncRuns.deleteTree(h2Root);
        SyncRuns.deleteTree(teamRoot);
        return t.toString();
    }

    private static void fill(ProgramRegistry registry, SandboxServer sandbox, Account account, Path root) {
        try (registry) {
            PartnerApiClient client = new PartnerApiClient(ApiSettings.defaults(sandbox.baseUrl()),
                    new Credentials(SandboxConfig.DEFAULT_USERNAME, SandboxConfig.DEFAULT_PASSWORD.toCharArray()));
            var report = new RegistrySynchronizer(client, registry, SyncOptions.defaults(), AccountSyncGuard.forAccount(account, root))
                    .sync(SyncProgress.NONE, () -> false);
            if (report.status() != io.adsdesk.model.SyncOutcome.SYNCED) {
                throw new IllegalStateException("the benchmark's sync did not complete: " + report.summary());
            }
            registry.refreshContentsCache();
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** One start in a JVM of its own: {open ms, JVM start ms}. */
    private static String[] child(List<String> args, String password, int programs) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED"));
        cmd.addAll(StartupBench.installedJvmOptions());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), TeamStartBench.class.getName(), "measure"));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put(PASSWORD_VARIABLE, password);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(5, TimeUnit.MINUTES);
        String line = out.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("TeamStartBench's start failed:\n" + out));
        String[] f = line.substring(7).split(" ");
        if (Integer.parseInt(f[0]) != programs) {
            throw new IllegalStateException("the start showed " + f[0] + " rows, not " + programs);
        }
        return new String[] {f[1], f[2]};
    }

    /** In the child: opens as the dashboard does and builds the rows; prints "RESULT rows openMs jvmStartMs". */
    private static void measure(String[] args) {
        long jvmStarted = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.nanoTime();
        Path root = Path.of(args[1]);
        Account account = new Account(USERNAME, args[2]);
        Threads threads = new Threads("bench");
        var background = threads.cachedPool("registry-cache");
        HibernateProgramRegistry registry = args[0].equals("team")
                ? AccountStore.openTeamRegistry(root, account, new TeamServer(args[3], args[4], System.getenv(PASSWORD_VARIABLE)), background)
                : AccountStore.openRegistryForReading(root, account, background);
        RegistryContents contents = registry.loadContents();
        ProgramsSnapshot rows = ProgramsSnapshot.of(contents, LocalDate.now(), registry.lastSyncedAt().orElse(null));
        long openMs = (System.nanoTime() - t0) / 1_000_000;
        long jvmMs = System.currentTimeMillis() - jvmStarted;
        System.out.println("RESULT " + rows.rows().size() + " " + openMs + " " + jvmMs);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("measure")) {
            measure(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        int programs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String report = run(programs, runs, Path.of("target", "bench"));
        System.out.println(report.isEmpty() ? "No PostgreSQL: set ADSDESK_TEST_PG_URL (see README, Team registry)." : report);
        System.exit(0);
    }
}
