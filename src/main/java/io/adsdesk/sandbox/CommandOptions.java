package io.adsdesk.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parsed options of {@code adsdesk sandbox}: the config plus knob values by their snake_case name. */
record CommandOptions(boolean help, SandboxConfig config, Map<String, String> knobs) {
    static final int DEFAULT_PORT = 8099;

    static final String USAGE = """
            Usage: adsdesk sandbox [options]
            Runs a fake Yelp partner API on 127.0.0.1 with a generated account until interrupted.
              --port N                  port to listen on (default 8099; 0 picks a free one)
              --programs N              programs in the account (default 2000)
              --businesses N            businesses in the account (default 40)
              --seed N                  seed for the account and the fault draws (default 1)
              --username U --password P Basic-auth credentials (default demo / demo-password)
              --latency-ms N            wait before every answer (default 0)
              --max-concurrent N        answer 429 beyond N requests in flight (default 0: no limit)
              --error-rate P            probability of a 500 (0.0-1.0)
              --unavailable-rate P      probability of a 503
              --fail-from-offset N      List All pages at offset >= N answer 500 (default -1: off)
              --deep-page-error-rate P  how often those deep pages fail (default 1.0)
              --reset-rate P            probability the connection is dropped without an answer
              --malformed-rate P        probability a 200 body is cut short
              --inserts-per-page N      new programs put first before each List All page after the first
              --ad-categories-in-list-all B, --paused-under-current B, --page-upgrade-in-cents B
                                        data-shape switches (true/false; defaults false, true, false)
              --job-delay-ms N          time until a create/edit/end job is processed (default 0)
              --processing-as-202 B     status polls of unfinished jobs answer 202 (default false: 200)
              --top-level-status S      observed (rejected jobs say REJECTED, default) or doc (COMPLETED)
              --receipt-fields S        nested (under requested_value, as observed; default) or flat
              --unknown-program-404 B   edit/end of an unknown program answers 404 instead of a rejected job
              --omitted-categories-succeed B
                                        restricted business passes when ad_categories is omitted (default true)
              --pause-forbidden B       every pause/resume answers 403 (default false)
              --pause-lag-ms N          pause/resume shows in reads only after N ms (default 0)
              --revoke-credentials-after N
                                        after N accepted requests every request gets 401 (default -1: never)
              --total-delta N           List All reports total + N, N may be negative (default 0: true total)
              --help                    this text""";

    /** Parses the arguments; IllegalArgumentException carries a one-line message for the user. */
    static CommandOptions parse(List<String> args) {
        SandboxConfig config = SandboxConfig.defaults().withPort(DEFAULT_PORT);
        Map<String, String> knobs = new LinkedHashMap<>();
        String username = config.username();
        String password = config.password();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                return new CommandOptions(true, config, knobs);
            }
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "' (try --help)");
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new IllegalArgumentException("option --" + name + " needs a value");
            }
            switch (name) {
                case "port" -> config = config.withPort(integer(name, value));
                case "programs" -> config = config.withPrograms(integer(name, value));
                case "businesses" -> config = config.withBusinesses(integer(name, value));
                case "seed" -> config = config.withSeed(longValue(name, value));
                case "username" -> username = value;
                case "password" -> password = value;
                default -> knobs.put(knobName(name), value);
            }
        }
        SandboxKnobs check = new SandboxKnobs(SandboxKnobs.Settings.defaults());
        knobs.forEach((name, value) -> KnobParams.set(check, name, value, "--" + name.replace('_', '-')));
        return new CommandOptions(false, config.withCredentials(username, password), knobs);
    }

    private static String knobName(String option) {
        String name = option.replace('-', '_');
        if (!KnobParams.names().contains(name)) {
            throw new IllegalArgumentException("unknown option --" + option + " (try --help)");
        }
        return name;
    }

    private static int integer(String name, String value) {
        return (int) longValue(name, value);
    }

    private static long longValue(String name, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option --" + name + " needs a whole number, got '" + value + "'");
        }
    }
}
