package io.adsdesk.cli;

import io.adsdesk.export.ExportRow;
import io.adsdesk.export.ProgramExport;
import io.adsdesk.model.Business;
import io.adsdesk.model.PacificDate;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.model.ProgramStatus;
import io.adsdesk.registry.ProgramRegistry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** {@code adsdesk export}: writes the local registry to standard output, offline. */
@Command(name = "export", sortOptions = false,
        description = "Write the account's local programs to standard output (no network).")
final class ExportCommand implements Callable<Integer> {
    private static final Pattern BUSINESS_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern TYPE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

    @Option(names = "--format", paramLabel = "csv|json", description = "Output format (required).")
    String format;

    @Option(names = "--business", paramLabel = "ID", description = "Only programs of this Yelp business ID.")
    String business;

    @Option(names = "--status", paramLabel = "STATUS", description = "CURRENT, PAST, FUTURE, PAUSED or ALL (default).")
    String status;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only programs of this type, e.g. CPC or BP.")
    String type;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    AccountOptions accountOptions;

    @Mixin
    HelpOption help;

    private final CliContext context;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws UsageException, CommandException {
        OutputFormat chosen = OutputFormat.parse(format, null);
        Predicate<Program> filter = filter();
        LocalAccount local = LocalAccount.of(dataDir, accountOptions, context);
        local.requireSynced(accountOptions.demo);
        try (ProgramRegistry registry = local.open()) {
            Map<String, Business> businesses = registry.findBusinesses().stream()
                    .collect(Collectors.toMap(Business::yelpBusinessId, Function.identity(), (a, b) -> a));
            List<Program> programs = registry.findAll();
            checkBusinessKnown(businesses, programs);
            LocalDate today = PacificDate.today();
            List<ExportRow> rows = programs.stream().filter(filter)
                    .map(p -> ExportRow.of(p, businesses, today)).toList();
            write(chosen, rows);
            return ExitCode.OK.code;
        } catch (IOException e) {
            throw new CommandException(ExitCode.OTHER, "could not write the export: " + Text.printable(String.valueOf(e.getMessage())), e);
        }
    }

    /** A business the registry has never heard of is a typo, not an empty export. */
    private void checkBusinessKnown(Map<String, Business> businesses, List<Program> programs) throws UsageException {
        if (business == null) {
            return;
        }
        String id = business.strip();
        boolean known = businesses.containsKey(id) || programs.stream()
                .anyMatch(p -> p.businesses().stream().map(ProgramBusiness::yelpBusinessId).anyMatch(id::equals));
        if (!known) {
            throw new UsageException("--business: unknown business '" + Text.printable(id) + "' (not in the local data of this account)");
        }
    }

    private void write(OutputFormat format, List<ExportRow> rows) throws IOException {
        if (format == OutputFormat.CSV) {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(context.terminal().out(), StandardCharsets.UTF_8), 1 << 16);
            ProgramExport.writeCsv(rows, w);
        } else {
            ProgramExport.writeJson(rows, context.terminal().out());
            context.terminal().out().flush();
        }
    }

    private Predicate<Program> filter() throws UsageException {
        Predicate<Program> filter = p -> true;
        if (business != null) {
            String id = business.strip();
            if (!BUSINESS_ID.matcher(id).matches()) {
                throw new UsageException("--business must be a Yelp business ID (letters, digits, '-' and '_'), not '"
                        + Text.printable(business) + "'");
            }
            filter = filter.and(p -> p.businesses().stream().map(ProgramBusiness::yelpBusinessId).anyMatch(id::equals));
        }
        if (status != null && !status.equalsIgnoreCase("ALL")) {
            ProgramStatus wanted = parseStatus(status);
            LocalDate today = PacificDate.today();
            filter = filter.and(p -> p.status(today) == wanted);
        }
        if (type != null) {
            String t = type.strip().toUpperCase(Locale.ROOT);
            if (!TYPE_NAME.matcher(t).matches()) {
                throw new UsageException("--type must be a program type such as CPC or BP, not '" + Text.printable(type) + "'");
            }
            filter = filter.and(p -> p.programType().equals(t));
        }
        return filter;
    }

    private static ProgramStatus parseStatus(String s) throws UsageException {
        try {
            return ProgramStatus.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--status must be CURRENT, PAST, FUTURE, PAUSED or ALL, not '" + Text.printable(s) + "'");
        }
    }
}
