package io.adsdesk.cli;

import io.adsdesk.actions.FeatureException;
import io.adsdesk.actions.FeatureService;
import io.adsdesk.api.Credentials;
import io.adsdesk.api.FeatureJson;
import io.adsdesk.api.PartnerApiClient;
import io.adsdesk.model.feature.Feature;
import io.adsdesk.model.feature.FeatureValidator;
import io.adsdesk.model.feature.FieldProblem;
import io.adsdesk.model.feature.ProgramFeatures;
import io.adsdesk.registry.ProgramRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code adsdesk features show|set|remove}: a program's features (Yelp's Program Feature API).
 * Show falls back to the last copy read when Yelp cannot be reached; set validates locally first
 * and sends nothing when a value is invalid or the program does not offer the type.
 */
@Command(name = "features", description = "Show, set or turn off a program's features (negative keywords, radius, ad text, ...).")
final class FeaturesCommand implements Callable<Integer> {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    @Mixin
    HelpOption help;

    static CommandLine commandLine(CliContext context) {
        return new CommandLine(new FeaturesCommand())
                .addSubcommand(new Show(context))
                .addSubcommand(new Set(context))
                .addSubcommand(new Remove(context));
    }

    @Override
    public Integer call() throws UsageException {
        throw new UsageException("say what to do: show, set or remove (adsdesk features --help)");
    }

    /** Account options, credentials and the service every subcommand uses. */
    abstract static class Base implements Callable<Integer> {
        @Mixin
        AccountOptions accountOptions;

        @Option(names = "--password-env", paramLabel = "VAR", description = "Read the password from this environment variable.")
        String passwordEnv;

        @Option(names = "--data-ingestion-username", paramLabel = "NAME",
                description = "The account's Data Ingestion username, when Yelp gave separate credentials for features.")
        String featureUsername;

        @Option(names = "--data-ingestion-password-env", paramLabel = "VAR",
                description = "Read the Data Ingestion password from this environment variable.")
        String featurePasswordEnv;

        @Mixin
        DataDirOption dataDir;

        @Mixin
        HelpOption help;

        final CliContext context;

        Base(CliContext context) {
            this.context = context;
        }

        abstract Integer run(FeatureService service, ProgramRegistry registry) throws UsageException, CommandException, InterruptedException;

        @Override
        public Integer call() throws UsageException, CommandException, InterruptedException {
            Path root = dataDir.root();
            try (AccountChoice choice = AccountChoice.from(accountOptions, context.demo())) {
                Credentials credentials = choice.credentials(passwordEnv, context.terminal());
                PartnerApiClient client = new PartnerApiClient(choice.apiSettings(), credentials, featureCredentials());
                RegistryAccess.prepare(root);
                try (ProgramRegistry registry = RegistryAccess.open(root, choice.account())) {
                    return run(new FeatureService(client, registry, choice.account().username(), Clock.systemUTC()), registry);
                }
            }
        }

        private Credentials featureCredentials() throws UsageException {
            if (featureUsername == null && featurePasswordEnv == null) {
                return null;
            }
            if (featureUsername == null || featurePasswordEnv == null) {
                throw new UsageException("--data-ingestion-username and --data-ingestion-password-env go together");
            }
            String value = context.terminal().env().get(featurePasswordEnv);
            if (value == null || value.isEmpty()) {
                throw new UsageException("--data-ingestion-password-env: the environment variable "
                        + Text.printable(featurePasswordEnv) + " is not set");
            }
            return new Credentials(featureUsername, value.toCharArray());
        }

        void print(ProgramFeatures f, boolean json) {
            var out = context.terminal().out();
            if (json) {
                out.println(FeatureJson.write(f).replaceAll("\\R\\s*", ""));
            } else {
                out.println("Program " + f.programId() + (f.programType() == null ? "" : " (" + f.programType() + ")")
                        + ": " + f.features().size() + " feature types available, " + f.activeTypes().size() + " on");
                for (Feature feature : f.features().values()) {
                    out.printf("  %-28s %-4s %s%n", feature.typeName(), feature.active() ? "on" : "off", Text.oneLine(feature.summary()));
                }
            }
            out.flush();
        }

        /** Yelp's failure as the command's exit: unknown program and refused values 2, credentials 3, down 4. */
        static CommandException failed(FeatureException e, String programId) {
            String line = Text.oneLine(e.getMessage());
            return switch (e.reason()) {
                case INVALID, UNSUPPORTED, REJECTED -> new CommandException(ExitCode.BAD_INPUT, e.reason().name(), line, e);
                case NOT_FOUND -> new CommandException(ExitCode.BAD_INPUT, "UNKNOWN_PROGRAM",
                        "unknown program " + Text.printable(programId) + ": Yelp does not know it for this account", e);
                case NEEDS_FEATURE_CREDENTIALS -> new CommandException(ExitCode.CREDENTIALS_REFUSED, "NEEDS_DATA_INGESTION_CREDENTIALS", line, e);
                case CREDENTIALS_REFUSED, NO_ACCESS -> new CommandException(ExitCode.CREDENTIALS_REFUSED, e.reason().name(), line, e);
                case UNAVAILABLE -> new CommandException(ExitCode.API_UNAVAILABLE, "UNAVAILABLE", line, e);
                case UNEXPECTED_RESPONSE, NO_COPY -> new CommandException(ExitCode.OTHER, e.reason().name(), line, e);
            };
        }
    }

    @Command(name = "show", description = "Print a program's features; offline, the last copy read (and when, on standard error).")
    static final class Show extends Base implements JsonOutput {
        @Parameters(index = "0", paramLabel = "PROGRAM_ID")
        String programId;

        @Option(names = JsonOutput.OPTION, description = "Print the API's GET shape: {\"program_id\", \"program_type\", \"features\"}.")
        boolean json;

        Show(CliContext context) {
            super(context);
        }

        @Override
        public boolean json() {
            return json;
        }

        @Override
        Integer run(FeatureService service, ProgramRegistry registry) throws CommandException, InterruptedException {
            try {
                print(service.read(programId), json);
                return ExitCode.OK.code;
            } catch (FeatureException e) {
                if (e.reason() != FeatureException.Reason.UNAVAILABLE) {
                    throw failed(e, programId);
                }
                var copy = service.stored(programId);
                if (copy.isEmpty()) {
                    throw failed(e, programId);
                }
                context.terminal().err().println("adsdesk features show: Yelp cannot be reached (" + Text.oneLine(e.getMessage())
                        + "); showing the copy read " + WHEN.format(copy.get().readAt()));
                context.terminal().err().flush();
                print(copy.get(), json);
                return ExitCode.OK.code;
            }
        }
    }

    @Command(name = "set", description = "Change a program's features from a file holding a POST body (type -> object); checked before anything is sent.")
    static final class Set extends Base implements JsonOutput {
        @Parameters(index = "0", paramLabel = "PROGRAM_ID")
        String programId;

        @Option(names = "--file", paramLabel = "FILE", required = true, description = "JSON file: {\"TYPE\": {...}, ...}.")
        String file;

        @Option(names = JsonOutput.OPTION, description = "Print the features after the change in the API's GET shape.")
        boolean json;

        Set(CliContext context) {
            super(context);
        }

        @Override
        public boolean json() {
            return json;
        }

        @Override
        public Integer call() throws UsageException, CommandException, InterruptedException {
            changes(); // a bad file is refused before any password is asked for
            return super.call();
        }

        private List<Feature> changes() throws UsageException {
            String text;
            try {
                text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            } catch (IOException | InvalidPathException e) {
                throw new UsageException("--file: cannot read " + Text.printable(file));
            }
            List<Feature> changes;
            try {
                changes = FeatureJson.readChanges(text);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--file: " + Text.oneLine(e.getMessage()));
            }
            if (changes.isEmpty()) {
                throw new UsageException("--file: no feature to change");
            }
            List<FieldProblem> problems = new ArrayList<>();
            changes.forEach(f -> problems.addAll(FeatureValidator.validate(f)));
            if (!problems.isEmpty()) {
                throw new UsageException(problems.getFirst().line()
                        + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "") + "; nothing was sent");
            }
            return changes;
        }

        @Override
        Integer run(FeatureService service, ProgramRegistry registry) throws UsageException, CommandException, InterruptedException {
            List<Feature> changes = changes();
            try {
                print(service.saveNow(programId, changes), json);
                return ExitCode.OK.code;
            } catch (FeatureException e) {
                if (e.reason() == FeatureException.Reason.INVALID || e.reason() == FeatureException.Reason.UNSUPPORTED) {
                    throw new UsageException(Text.oneLine(e.getMessage()) + "; nothing was sent");
                }
                throw failed(e, programId);
            }
        }
    }

    @Command(name = "remove", description = "Turn off one or more of a program's feature types.")
    static final class Remove extends Base {
        @Parameters(index = "0", paramLabel = "PROGRAM_ID")
        String programId;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "TYPE")
        List<String> types;

        Remove(CliContext context) {
            super(context);
        }

        @Override
        Integer run(FeatureService service, ProgramRegistry registry) throws UsageException, CommandException, InterruptedException {
            List<String> upper = types.stream().map(t -> t.trim().toUpperCase(Locale.ROOT)).distinct().toList();
            try {
                print(service.remove(programId, upper), false);
                return ExitCode.OK.code;
            } catch (FeatureException e) {
                if (e.reason() == FeatureException.Reason.UNSUPPORTED) {
                    throw new UsageException(Text.oneLine(e.getMessage()) + "; nothing was sent");
                }
                throw failed(e, programId);
            }
        }
    }
}
