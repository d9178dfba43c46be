package io.adsdesk.cli;

import io.adsdesk.export.ExportRow;
import io.adsdesk.export.ProgramExport;
import io.adsdesk.model.Account;
import io.adsdesk.model.Business;
import io.adsdesk.model.PacificDate;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.model.ProgramStatus;
import io.adsdesk.registry.ProgramRegistry;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** {@code adsdesk export}: writes the local registry to standard output, offline. */
final class ExportCommand {
    static final String USAGE = "adsdesk export --format csv|json [--business ID] [--status CURRENT|PAST|FUTURE|PAUSED|ALL] "
            + "[--type TYPE] [--data-dir DIR] [--demo | --username U [--base-url URL]]";

    static final Set<String> VALUED = SyncCommand.union(AccountChoice.VALUED,
            Set.of("--format", "--business", "--status", "--type", "--data-dir"));
    static final Set<String> FLAGS = AccountChoice.FLAGS;
    private static final Pattern BUSINESS_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern TYPE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

    private final Terminal terminal;

    ExportCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    int run(List<String> args) throws UsageException, CommandException {
        Options o = Options.parse(args, VALUED, FLAGS);
        String format = o.get("--format");
        if (format == null) {
            throw new UsageException("--format is required: csv or json");
        }
        format = format.toLowerCase(Locale.ROOT);
        if (!format.equals("csv") && !format.equals("json")) {
            throw new UsageException("--format must be csv or json, not '" + Options.printable(o.get("--format")) + "'");
        }
        Predicate<Program> filter = filter(o);
        Path root = RegistryAccess.dataRoot(o);
        Account account;
        try (AccountChoice choice = AccountChoice.from(o)) {
            account = choice.account();
        }
        if (!RegistryAccess.exists(root, account)) {
            throw new UsageException("no local data for " + Options.printable(account.username()) + " at "
                    + Options.printable(account.baseUrl()) + " in the data directory " + root
                    + "; run 'adsdesk sync' first");
        }
        try (ProgramRegistry registry = RegistryAccess.open(root, account)) {
            Map<String, Business> businesses = registry.findBusinesses().stream()
                    .collect(Collectors.toMap(Business::yelpBusinessId, Function.identity(), (a, b) -> a));
            LocalDate today = PacificDate.today();
            List<ExportRow> rows = registry.findAll().stream().filter(filter)
                    .map(p -> ExportRow.of(p, businesses, today)).toList();
            write(format, rows);
            return ExitCode.OK.code;
        } catch (IOException e) {
            throw new CommandException(ExitCode.OTHER, "could not write the export: " + e.getMessage(), e);
        }
    }

    private void write(String format, List<ExportRow> rows) throws IOException {
        if (format.equals("csv")) {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(terminal.out(), StandardCharsets.UTF_8), 1 << 16);
            ProgramExport.writeCsv(rows, w);
        } else {
            ProgramExport.writeJson(rows, terminal.out());
            terminal.out().flush();
        }
    }

    private static Predicate<Program> filter(Options o) throws UsageException {
        Predicate<Program> filter = p -> true;
        String business = o.get("--business");
        if (business != null) {
            String id = business.strip();
            if (!BUSINESS_ID.matcher(id).matches()) {
                throw new UsageException("--business must be a Yelp business ID (letters, digits, '-' and '_'), not '"
                        + Options.printable(business) + "'");
            }
            filter = filter.and(p -> p.businesses().stream().map(ProgramBusiness::yelpBusinessId).anyMatch(id::equals));
        }
        String status = o.get("--status");
        if (status != null && !status.equalsIgnoreCase("ALL")) {
            ProgramStatus wanted = parseStatus(status);
            LocalDate today = PacificDate.today();
            filter = filter.and(p -> p.status(today) == wanted);
        }
        String type = o.get("--type");
        if (type != null) {
            String t = type.strip().toUpperCase(Locale.ROOT);
            if (!TYPE_NAME.matcher(t).matches()) {
                throw new UsageException("--type must be a program type such as CPC or BP, not '" + Options.printable(type) + "'");
            }
            filter = filter.and(p -> p.programType().equals(t));
        }
        return filter;
    }

    private static ProgramStatus parseStatus(String s) throws UsageException {
        try {
            return ProgramStatus.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--status must be CURRENT, PAST, FUTURE, PAUSED or ALL, not '" + Options.printable(s) + "'");
        }
    }
}
