package io.adsdesk.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import io.adsdesk.api.ApiSettings;
import io.adsdesk.api.ReportingClient;
import io.adsdesk.api.ReportingKey;
import io.adsdesk.export.CsvWriter;
import io.adsdesk.model.Business;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.model.report.DateRange;
import io.adsdesk.model.report.FigureRow;
import io.adsdesk.model.report.Granularity;
import io.adsdesk.model.report.PendingReport;
import io.adsdesk.registry.ProgramRegistry;
import io.adsdesk.reports.ReportFailure;
import io.adsdesk.reports.ReportLimits;
import io.adsdesk.reports.ReportPlan;
import io.adsdesk.reports.ReportQuery;
import io.adsdesk.reports.ReportService;
import io.adsdesk.reports.ReportSource;
import io.adsdesk.reports.YelpReports;
import io.adsdesk.threads.Threads;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * {@code adsdesk report}: performance figures per business, program and day (or month). Uses the
 * local cache, asks Yelp's Reporting API only for what is missing, waits for it and prints.
 */
@Command(name = "report", sortOptions = false,
        description = "Print performance figures (impressions, clicks, cost) per business, program and day or month: "
                + "from the local cache, asking Yelp's Reporting API for what is missing.",
        footer = {"Yelp usually takes about 30 minutes to build a report; the command waits (Ctrl+C stops waiting, "
                + "and the next run goes on with the same requests).",
                "Without --api-key-env the report key (Fusion API key) is asked for on the terminal, only when "
                        + "something is missing from the cache.",
                "Exit codes: 0 done, 2 bad input (nothing sent), 3 report key refused, 4 Reporting API unavailable, "
                        + "5 other failure."})
final class ReportCommand implements Callable<Integer> {
    private static final Pattern BUSINESS_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    static final List<String> COLUMNS = List.of("date", "business_id", "business_name", "program_id", "program_type",
            "billed_impressions", "billed_clicks", "ad_cost_cents");

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (required).")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day, included (required).")
    String to;

    @Option(names = "--monthly", description = "One record per month instead of per day.")
    boolean monthly;

    @Option(names = "--business", paramLabel = "ID", description = "Only this Yelp business ID (repeatable). "
            + "Default: every business in the local data.")
    List<String> businesses = new ArrayList<>();

    @Option(names = "--format", paramLabel = "csv|json", description = "Output format (default csv).")
    String format = "csv";

    @Option(names = "--api-key-env", paramLabel = "VAR", description = "Read the report key (Fusion API key) from this environment variable.")
    String apiKeyEnv;

    @Option(names = "--reporting-url", paramLabel = "URL",
            description = "Reporting API base URL (default: " + ReportingClient.PRODUCTION_URL + ").")
    String reportingUrl;

    @Mixin
    AccountOptions accountOptions;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    HelpOption help;

    private final CliContext context;
    private final Terminal terminal;
    private final Clock clock;
    private final Duration pollInterval;

    ReportCommand(CliContext context) {
        this(context, Clock.systemUTC(), io.adsdesk.reports.Reports.POLL_INTERVAL);
    }

    ReportCommand(CliContext context, Clock clock, Duration pollInterval) {
        this.context = context;
        this.terminal = context.terminal();
        this.clock = clock;
        this.pollInterval = pollInterval;
    }

    @Override
    public Integer call() throws UsageException, CommandException {
        Granularity granularity = monthly ? Granularity.MONTHLY : Granularity.DAILY;
        DateRange range = range();
        String chosen = format == null ? "" : format.toLowerCase(Locale.ROOT);
        if (!chosen.equals("csv") && !chosen.equals("json")) {
            throw new UsageException("--format must be csv or json, not '" + Text.printable(String.valueOf(format)) + "'");
        }
        Set<String> asked = new LinkedHashSet<>();
        for (String b : businesses) {
            String id = b.strip();
            if (!BUSINESS_ID.matcher(id).matches()) {
                throw new UsageException("--business must be a Yelp business ID (letters, digits, '-' and '_'), not '"
                        + Text.printable(b) + "'");
            }
            asked.add(id);
        }
        LocalDate today = io.adsdesk.model.PacificDate.today(clock);
        String problem = ReportLimits.problem(granularity, range, today);
        if (problem != null) {
            throw new UsageException(problem);
        }
        if (apiKeyEnv != null && (terminal.env().get(apiKeyEnv) == null || terminal.env().get(apiKeyEnv).isBlank())) {
            throw new UsageException("--api-key-env: the environment variable " + Text.printable(apiKeyEnv) + " is not set");
        }
        Path root = dataDir.root();
        try (AccountChoice choice = AccountChoice.from(accountOptions, context.demo())) {
            if (reportingUrl != null) {
                checkUrl(reportingUrl, accountOptions.allowInsecureHttp);
            }
            LocalAccount local = new LocalAccount(root, choice.account(), choice.describe(),
                    TeamRegistryOption.of(accountOptions, terminal.env(), choice.account(), context.teamPasswords()));
            if (asked.isEmpty()) {
                local.requireSynced(accountOptions.demo);
            } else {
                RegistryAccess.prepare(root);
            }
            try (ProgramRegistry registry = local.open(); Threads threads = new Threads("adsdesk")) {
                List<String> ids = asked.isEmpty() ? allBusinesses(registry) : List.copyOf(asked);
                var names = registry.findBusinesses().stream()
                        .collect(java.util.stream.Collectors.toMap(Business::yelpBusinessId, Business::name, (a, b) -> a));
                Lazy source = new Lazy(choice);
                ReportService service = new ReportService(registry.reportCache(), source, threads, clock, pollInterval,
                        ReportService.DEFAULT_CONCURRENCY);
                if (!ids.isEmpty()) {
                    fill(service, granularity, range, ids, source, !registry.reportCache().pending().isEmpty());
                }
                List<FigureRow> rows = new ReportQuery(registry.reportCache()).load(granularity, range, ids).rows().stream()
                        .sorted(Comparator.comparing(FigureRow::date).thenComparing(FigureRow::businessId)
                                .thenComparing(FigureRow::programId))
                        .toList();
                write(chosen, rows, names);
                return ExitCode.OK.code;
            } catch (IOException e) {
                throw new CommandException(ExitCode.OTHER, "could not write the report: "
                        + Text.printable(String.valueOf(e.getMessage())), e);
            }
        }
    }

    /** Waits for requests an earlier run left, then asks for what is still missing and waits. */
    private void fill(ReportService service, Granularity granularity, DateRange range, List<String> ids, Lazy source,
            boolean storedPending) throws CommandException, UsageException {
        ProgressLine line = terminal.interactive() ? new ProgressLine(terminal.err()) : null;
        Consumer<ReportService.Progress> progress = p -> {
            if (line != null) {
                line.show(describe(p), p.requestsFinished() == p.requestsTotal());
            }
        };
        try {
            List<ReportPlan.Chunk> plan = service.plan(granularity, range, ids);
            if (!plan.isEmpty() || storedPending) {
                source.key(); // asked for (or refused) before anything is sent
            }
            service.finishPending(progress);
            service.fetch(granularity, range, ids, progress);
        } catch (ReportFailure e) {
            throw new CommandException(exitCode(e), Text.printable(e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandException(ExitCode.OTHER, "interrupted while waiting for Yelp's report", e);
        } finally {
            if (line != null) {
                line.clear();
            }
        }
    }

    private String describe(ReportService.Progress p) {
        PendingReport first = p.requests().stream().filter(r -> r.requestedAt() != null)
                .min(Comparator.comparing(PendingReport::requestedAt)).orElse(null);
        String since = first == null ? "" : ", requested at " + DateTimeFormatter.ofPattern("HH:mm")
                .format(LocalTime.ofInstant(first.requestedAt(), ZoneId.systemDefault()));
        return "Waiting for Yelp's reports: %d of %d received%s (Yelp usually takes about %d minutes)".formatted(
                p.requestsFinished(), p.requestsTotal(), since, ReportService.TYPICAL_BUILD_TIME.toMinutes());
    }

    static ExitCode exitCode(ReportFailure e) {
        return switch (e.reason()) {
            case INVALID_REQUEST -> ExitCode.OTHER;
            case KEY_REFUSED, NO_ACCESS -> ExitCode.CREDENTIALS_REFUSED;
            case RATE_LIMITED, UNAVAILABLE, JOB_FAILED, UNEXPECTED_RESPONSE -> ExitCode.API_UNAVAILABLE;
        };
    }

    private DateRange range() throws UsageException {
        if (from == null || to == null) {
            throw new UsageException("--from and --to are required, as YYYY-MM-DD");
        }
        LocalDate start = date("--from", from);
        LocalDate end = date("--to", to);
        if (end.isBefore(start)) {
            throw new UsageException("--to " + end + " is before --from " + start);
        }
        return DateRange.of(start, end);
    }

    private static LocalDate date(String option, String text) throws UsageException {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " must be a date as YYYY-MM-DD, not '" + Text.printable(text) + "'");
        }
    }

    private static void checkUrl(String url, boolean allowInsecureHttp) throws UsageException {
        String insecure = allowInsecureHttp ? null : ApiSettings.insecureHttpProblem(url);
        if (insecure != null) {
            throw new UsageException("--reporting-url: " + Text.printable(insecure) + " (pass --allow-insecure-http)");
        }
        try {
            ApiSettings.defaults(url, allowInsecureHttp);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--reporting-url must be an http(s) URL with a host, e.g. " + ReportingClient.PRODUCTION_URL
                    + ", not '" + Text.printable(url) + "'");
        }
    }

    private static List<String> allBusinesses(ProgramRegistry registry) {
        Set<String> ids = new LinkedHashSet<>();
        registry.findBusinesses().forEach(b -> ids.add(b.yelpBusinessId()));
        for (Program p : registry.findAll()) {
            p.businesses().stream().map(ProgramBusiness::yelpBusinessId).forEach(ids::add);
        }
        ids.remove(null);
        return List.copyOf(ids);
    }

    private void write(String format, List<FigureRow> rows, java.util.Map<String, String> names) throws IOException {
        if (format.equals("csv")) {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(terminal.out(), StandardCharsets.UTF_8), 1 << 16);
            try (CsvWriter csv = CsvWriter.open(w, COLUMNS)) {
                for (FigureRow r : rows) {
                    csv.row(date(r), r.businessId(), names.getOrDefault(r.businessId(), ""), r.programId(), r.programType(),
                            r.billedImpressions(), r.billedClicks(), r.adCostCents());
                }
            }
            w.flush();
            return;
        }
        try (JsonGenerator g = JsonResult.MAPPER.getFactory().createGenerator(new java.io.FilterOutputStream(terminal.out()) {
            @Override
            public void close() throws IOException {
                flush();
            }
        }, JsonEncoding.UTF8)) {
            g.writeStartArray();
            for (FigureRow r : rows) {
                g.writeStartObject();
                g.writeStringField("date", date(r));
                g.writeStringField("business_id", r.businessId());
                g.writeStringField("business_name", names.getOrDefault(r.businessId(), ""));
                g.writeStringField("program_id", r.programId());
                g.writeStringField("program_type", r.programType());
                g.writeNumberField("billed_impressions", r.billedImpressions());
                g.writeNumberField("billed_clicks", r.billedClicks());
                g.writeNumberField("ad_cost_cents", r.adCostCents());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        terminal.out().println();
        terminal.out().flush();
    }

    private static String date(FigureRow r) {
        return r.granularity() == Granularity.MONTHLY ? YearMonth.from(r.date()).toString() : r.date().toString();
    }

    /** The Reporting API, reached only when something must be asked; the key is read then. */
    private final class Lazy implements ReportSource {
        private final AccountChoice choice;
        private YelpReports reports;

        Lazy(AccountChoice choice) {
            this.choice = choice;
        }

        synchronized YelpReports key() throws UsageException, CommandException {
            if (reports != null) {
                return reports;
            }
            char[] key;
            if (apiKeyEnv != null) {
                key = terminal.env().get(apiKeyEnv).toCharArray();
            } else if (choice.isDemo()) {
                key = context.demo().reportKey();
            } else {
                key = terminal.prompt().ask("Report key (Fusion API key) for " + choice.account().username() + ": ");
                if (key == null || key.length == 0) {
                    throw new UsageException("no report key: pass --api-key-env VAR (there is no terminal to ask on)");
                }
            }
            String url = reportingUrl != null ? reportingUrl
                    : choice.isDemo() ? choice.apiSettings().baseUrl().toString() : ReportingClient.PRODUCTION_URL;
            try {
                reports = new YelpReports(new ReportingClient(ApiSettings.defaults(url,
                        accountOptions.allowInsecureHttp || choice.isDemo()), new ReportingKey(key)));
                return reports;
            } catch (IllegalArgumentException e) {
                throw new UsageException(Text.printable(String.valueOf(e.getMessage())));
            } finally {
                Arrays.fill(key, '\0');
            }
        }

        @Override
        public String request(Granularity granularity, DateRange range, List<String> businessIds)
                throws ReportFailure, InterruptedException {
            return ready().request(granularity, range, businessIds);
        }

        @Override
        public java.util.Optional<List<FigureRow>> poll(Granularity granularity, String reportId)
                throws ReportFailure, InterruptedException {
            return ready().poll(granularity, reportId);
        }

        private synchronized YelpReports ready() throws ReportFailure {
            if (reports == null) {
                throw new ReportFailure(ReportFailure.Reason.KEY_REFUSED, "no report key");
            }
            return reports;
        }
    }
}
