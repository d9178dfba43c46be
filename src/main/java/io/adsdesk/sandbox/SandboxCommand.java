package io.adsdesk.sandbox;

import io.adsdesk.threads.Threads;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code adsdesk sandbox [options]}: starts a sandbox, prints its base URL and credentials, and
 * serves until the process is interrupted. The app registers {@link #commandLine()} with the command
 * line; every knob of {@link KnobParams} is an option ({@code latency_ms} is {@code --latency-ms}).
 */
@Command(name = "sandbox", sortOptions = false, abbreviateSynopsis = true,
        description = "Run a fake Yelp partner API on 127.0.0.1 with a generated account until interrupted.")
public final class SandboxCommand implements Callable<Integer> {
    static final int DEFAULT_PORT = 8099;
    static final int MAX_PROGRAMS = 1_000_000;
    static final int MAX_BUSINESSES = 100_000;
    private static final int MAX_CREDENTIAL_LENGTH = 2048;
    /** Exit code when the server cannot start: the command line's "other error". */
    static final int CANNOT_START = 5;

    /** Each knob's value label and description, in the order help lists them. */
    private static final Map<String, String[]> KNOBS = new LinkedHashMap<>();

    static {
        knob("latency_ms", "N", "Wait before every answer (default 0).");
        knob("max_concurrent", "N", "Answer 429 beyond N requests in flight (default 0: no limit).");
        knob("error_rate", "P", "Probability of a 500 (0.0-1.0).");
        knob("unavailable_rate", "P", "Probability of a 503.");
        knob("fail_from_offset", "N", "List All pages at offset >= N answer 500 (default -1: off).");
        knob("deep_page_error_rate", "P", "How often those deep pages fail (default 1.0).");
        knob("reset_rate", "P", "Probability the connection is dropped without an answer.");
        knob("malformed_rate", "P", "Probability a 200 body is cut short.");
        knob("inserts_per_page", "N", "New programs put first before each List All page after the first.");
        knob("ad_categories_in_list_all", "B", "Data shape: ad categories in List All (default false).");
        knob("paused_under_current", "B", "Data shape: paused programs listed as current (default true).");
        knob("page_upgrade_in_cents", "B", "Data shape: page upgrade prices in cents (default false).");
        knob("job_delay_ms", "N", "Time until a create/edit/end job is processed (default 0).");
        knob("processing_as_202", "B", "Status polls of unfinished jobs answer 202 (default false: 200).");
        knob("top_level_status", "S", "observed (rejected jobs say REJECTED, default) or doc (COMPLETED).");
        knob("receipt_fields", "S", "nested (under requested_value, as observed; default) or flat.");
        knob("unknown_program_404", "B", "Edit/end of an unknown program answers 404 instead of a rejected job.");
        knob("omitted_categories_succeed", "B", "Restricted business passes when ad_categories is omitted (default true).");
        knob("pause_forbidden", "B", "Every pause/resume answers 403 (default false).");
        knob("pause_lag_ms", "N", "Pause/resume shows in reads only after N ms (default 0).");
        knob("revoke_credentials_after", "N", "After N accepted requests every request gets 401 (default -1: never).");
        knob("total_delta", "N", "List All reports total + N, N may be negative (default 0: true total).");
        knob("trickle_ms", "N", "Hostile: send every body one byte per N ms (default 0: off).");
        knob("endless_body", "B", "Hostile: answer 200 with a chunked body that never ends.");
        knob("pad_bytes", "N", "Hostile: pad every body, errors too, with blanks to N bytes.");
        knob("past_end_400", "B", "Hostile: List All answers 400 for an offset past 0 at or beyond the end.");
        knob("escapes_in_errors", "B", "Hostile: error codes and descriptions carry escape sequences and line breaks.");
        knob("web_page", "B", "Hostile: answer every request with an HTML sign-in page (captive portal).");
        knob("nulls_in_lists", "N", "Odd values: N programs list a null business, budget change and feature (default 0).");
        knob("long_values", "N", "Odd values: N programs with an ID, type and partner ID past any column limit.");
        knob("compact_dates", "N", "Odd values: N programs dated 20300105 / 2030-1-5 (unambiguous, off-contract).");
        knob("ambiguous_dates", "N", "Odd values: N programs dated 31.12.2019 / 12/31/2030 (order is a convention).");
        knob("huge_budgets", "N", "Odd values: N programs with a budget of 1E+30 cents.");
        knob("negative_budgets", "N", "Odd values: N programs with a negative budget.");
        knob("fractional_budgets", "N", "Odd values: N programs with a budget 0.75 cent above the real one.");
        knob("missing_ids", "N", "Odd values: N programs listed with a null program_id.");
        knob("features_need_data_ingestion", "B", "Feature calls answer 400 with no error code (credentials without feature access).");
    }

    /** What keeps the command running once the sandbox is up; tests pass one that returns. */
    interface Waiter {
        void await(SandboxServer server) throws InterruptedException;
    }

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default 8099; 0 picks a free one).")
    String port;

    @Option(names = "--programs", paramLabel = "N", description = "Programs in the account (default 2000).")
    String programs;

    @Option(names = "--businesses", paramLabel = "N", description = "Businesses in the account (default 40).")
    String businesses;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for the account and the fault draws (default 1).")
    String seed;

    @Option(names = "--username", paramLabel = "U", description = "Basic-auth username (default demo).")
    String username;

    @Option(names = "--password", paramLabel = "P", description = "Basic-auth password (default demo-password).")
    String password;

    @Option(names = "--report-delay-s", paramLabel = "N",
            description = "Seconds a Reporting API report takes to build (default 120; Yelp: about 1800).")
    String reportDelay;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Spec
    CommandSpec spec;

    private final Waiter waiter;

    private SandboxCommand(Waiter waiter) {
        this.waiter = waiter;
    }

    /** The command with its knob options, serving until the process is interrupted. */
    public static CommandLine commandLine() {
        return commandLine(SandboxCommand::untilShutdown);
    }

    static CommandLine commandLine(Waiter waiter) {
        CommandLine line = new CommandLine(new SandboxCommand(waiter));
        KNOBS.forEach((name, help) -> line.getCommandSpec().addOption(OptionSpec.builder(option(name))
                .paramLabel(help[0]).description(help[1]).type(String.class).build()));
        return line;
    }

    /** Every option name without its dashes, in help order. */
    static List<String> optionNames() {
        List<String> names = new ArrayList<>();
        commandLine(s -> { }).getCommandSpec().options().forEach(o -> names.add(o.longestName().substring(2)));
        return names;
    }

    private static void knob(String name, String label, String description) {
        KNOBS.put(name, new String[] {label, description});
    }

    private static String option(String knob) {
        return "--" + knob.replace('_', '-');
    }

    @Override
    public Integer call() {
        SandboxConfig config = config();
        Map<String, String> knobs = knobs();
        java.time.Duration delay = reportDelay == null ? null
                : java.time.Duration.ofSeconds(integer("--report-delay-s", reportDelay, 0, 86_400));
        PrintWriter out = spec.commandLine().getOut();
        try (SandboxServer server = SandboxServer.start(config)) {
            knobs.forEach((name, value) -> KnobParams.set(server.knobs(), name, value, option(name)));
            if (delay != null) {
                server.reporting().buildDelay(delay);
            }
            out.println("Sandbox partner API: " + server.baseUrl());
            out.println("Credentials: " + config.username() + " / " + config.password());
            out.println(config.programs() + " programs over " + config.businesses() + " businesses, seed "
                    + config.seed() + "; Ctrl+C stops.");
            out.flush();
            waiter.await(server);
            return 0;
        } catch (IOException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("adsdesk sandbox: cannot listen on 127.0.0.1:" + config.port() + ": "
                    + KnobParams.printable(String.valueOf(e.getMessage())));
            err.flush();
            return CANNOT_START;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private SandboxConfig config() {
        SandboxConfig config = SandboxConfig.defaults().withPort(DEFAULT_PORT);
        if (port != null) {
            config = config.withPort(integer("--port", port, 0, 65535));
        }
        if (programs != null) {
            config = config.withPrograms(integer("--programs", programs, 0, MAX_PROGRAMS));
        }
        if (businesses != null) {
            config = config.withBusinesses(integer("--businesses", businesses, 1, MAX_BUSINESSES));
        }
        if (seed != null) {
            config = config.withSeed(longValue("--seed", seed));
        }
        return config.withCredentials(username == null ? config.username() : credential("--username", username),
                password == null ? config.password() : credential("--password", password));
    }

    /** The knobs given, checked against a scratch set so a bad value is refused before anything starts. */
    private Map<String, String> knobs() {
        ParseResult parsed = spec.commandLine().getParseResult();
        Map<String, String> given = new LinkedHashMap<>();
        SandboxKnobs check = new SandboxKnobs(SandboxKnobs.Settings.defaults());
        for (String name : KNOBS.keySet()) {
            String value = parsed == null ? null : parsed.matchedOptionValue(option(name), null);
            if (value != null) {
                try {
                    KnobParams.set(check, name, value, option(name));
                } catch (IllegalArgumentException e) {
                    throw bad(e.getMessage());
                }
                given.put(name, value);
            }
        }
        return given;
    }

    private int integer(String name, String value, int min, int max) {
        long n = longValue(name, value);
        if (n < min || n > max) {
            throw bad(name + " must be between " + min + " and " + max + ", got " + n);
        }
        return (int) n;
    }

    private long longValue(String name, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw bad(name + " needs a whole number, got '" + KnobParams.printable(value) + "'");
        }
    }

    /** Basic-auth credentials: not empty, one line, no ':' in the username. */
    private String credential(String name, String value) {
        if (value.isBlank() || value.length() > MAX_CREDENTIAL_LENGTH || KnobParams.hasControlCharacters(value)) {
            throw bad(name + " needs 1 to " + MAX_CREDENTIAL_LENGTH + " characters on one line");
        }
        if (name.equals("--username") && value.indexOf(':') >= 0) {
            throw bad("--username cannot contain ':' (Basic authentication cannot carry it)");
        }
        return value;
    }

    private ParameterException bad(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private static void untilShutdown(SandboxServer server) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Threads("sandbox").addShutdownHook("shutdown", () -> {
            server.close();
            stopped.countDown();
        });
        try {
            stopped.await();
        } finally {
            Threads.removeShutdownHook(hook);
        }
    }
}
