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
            Hostile-server behaviours (all off by default):
              --trickle-ms N            send every body one byte per N ms
              --endless-body B          answer 200 with a chunked body that never ends
              --pad-bytes N             pad every body, errors too, with blanks to N bytes
              --past-end-400 B          List All answers 400 for an offset past 0 at or beyond the end
              --escapes-in-errors B     error codes and descriptions carry escape sequences and line breaks
              --web-page B              answer every request with an HTML sign-in page (captive portal)
              --help                    this text""";

    /** Options beyond the knobs: the account, its credentials and where to listen. */
    static final List<String> CONFIG_OPTIONS = List.of("port", "programs", "businesses", "seed", "username", "password");
    static final int MAX_PROGRAMS = 1_000_000;
    static final int MAX_BUSINESSES = 100_000;
    private static final int MAX_CREDENTIAL_LENGTH = 2048;

    /** Every option name, without the leading dashes: the config options, the knobs and help. */
    static List<String> optionNames() {
        List<String> names = new java.util.ArrayList<>(CONFIG_OPTIONS);
        KnobParams.names().forEach(k -> names.add(k.replace('_', '-')));
        names.add("help");
        return names;
    }

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
                throw new IllegalArgumentException("unexpected argument '" + KnobParams.printable(arg) + "' (try --help)");
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
                case "port" -> config = config.withPort(integer(name, value, 0, 65535));
                case "programs" -> config = config.withPrograms(integer(name, value, 0, MAX_PROGRAMS));
                case "businesses" -> config = config.withBusinesses(integer(name, value, 1, MAX_BUSINESSES));
                case "seed" -> config = config.withSeed(longValue(name, value));
                case "username" -> username = credential(name, value);
                case "password" -> password = credential(name, value);
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
            throw new IllegalArgumentException("unknown option --" + KnobParams.printable(option) + " (try --help)");
        }
        return name;
    }

    private static int integer(String name, String value, int min, int max) {
        long n = longValue(name, value);
        if (n < min || n > max) {
            throw new IllegalArgumentException("option --" + name + " must be between " + min + " and " + max + ", got " + n);
        }
        return (int) n;
    }

    private static long longValue(String name, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option --" + name + " needs a whole number, got '" + KnobParams.printable(value) + "'");
        }
    }

    /** Basic-auth credentials: not empty, one line, no ':' in the username. */
    private static String credential(String name, String value) {
        if (value.isBlank() || value.length() > MAX_CREDENTIAL_LENGTH || KnobParams.hasControlCharacters(value)) {
            throw new IllegalArgumentException("option --" + name + " needs 1 to " + MAX_CREDENTIAL_LENGTH
                    + " characters on one line");
        }
        if (name.equals("username") && value.indexOf(':') >= 0) {
            throw new IllegalArgumentException("option --username cannot contain ':' (Basic authentication cannot carry it)");
        }
        return value;
    }
}
