package io.adsdesk.queue;

import io.adsdesk.export.CsvReader;
import io.adsdesk.export.ExportRow;
import io.adsdesk.export.ProgramExport;
import io.adsdesk.model.Business;
import io.adsdesk.model.PacificDate;
import io.adsdesk.model.Program;
import io.adsdesk.model.change.ChangeField;
import io.adsdesk.model.change.ChangeState;
import io.adsdesk.model.change.ChangeValues;
import io.adsdesk.model.change.PendingChange;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a spreadsheet of programs (the columns of {@code adsdesk export --format csv}, any order, any
 * subset with {@code program_id}, plus an optional {@code action} column: PAUSE, RESUME or END) and
 * compares each row with the registry. Only real differences become changes; read-only columns that
 * differ get a warning naming row and column. Pure apart from reading: nothing is queued or sent.
 * The command line's {@code apply} and the app's "Import changes from CSV…" both call it.
 */
public final class ChangeImport {
    public static final String PROGRAM_ID = "program_id";
    public static final String ACTION = "action";
    private static final Pattern CENTS = Pattern.compile("\\d{1,12}");
    /** Columns whose cells may become changes. */
    private static final Set<String> EDITABLE = Set.of("budget_cents", "max_bid_cents", "autobid", "start_date",
            "end_date", ACTION, PROGRAM_ID);

    private final Clock clock;

    public ChangeImport(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param programs the registry's programs by ID
     * @throws IOException when the file cannot be read or is not CSV at all
     */
    public ImportResult read(Reader csv, Map<String, Program> programs) throws IOException {
        return read(csv, programs, Map.of());
    }

    /** @param businesses the registry's businesses by ID, to compare the business_names column */
    public ImportResult read(Reader csv, Map<String, Program> programs, Map<String, Business> businesses)
            throws IOException {
        List<Map<String, String>> rows = CsvReader.read(csv);
        List<ImportedChange> changes = new ArrayList<>();
        List<ImportProblem> errors = new ArrayList<>();
        List<ImportProblem> warnings = new ArrayList<>();
        Set<String> columns = rows.isEmpty() ? Set.of() : rows.getFirst().keySet();
        if (!rows.isEmpty() && !columns.contains(PROGRAM_ID)) {
            errors.add(new ImportProblem(1, PROGRAM_ID, "the program_id column is missing; it is the one column "
                    + "every file needs."));
            return new ImportResult(List.of(), errors, warnings);
        }
        for (String column : columns) {
            if (!EDITABLE.contains(column) && !ProgramExport.COLUMNS.contains(column)) {
                warnings.add(new ImportProblem(1, column, "not a column AdsDesk knows; ignored."));
            }
        }
        LocalDate today = PacificDate.today(clock);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int row = i + 2;
            new RowReader(row, rows.get(i), programs, businesses, today, seen, changes, errors, warnings).read();
        }
        checkRules(changes, programs, errors, warnings);
        return new ImportResult(changes, errors, warnings);
    }

    /** The documented rules, on each program's changes together: a broken rule is an error of its row and column. */
    private void checkRules(List<ImportedChange> changes, Map<String, Program> programs, List<ImportProblem> errors,
                            List<ImportProblem> warnings) {
        ChangeChecker checker = new ChangeChecker(clock);
        Map<String, List<PendingChange>> byProgram = new LinkedHashMap<>();
        Map<Long, ImportedChange> byId = new HashMap<>();
        long id = -1;
        for (ImportedChange c : changes) {
            PendingChange p = new PendingChange(id, "import", c.programId(), c.field(), c.oldValue(), c.newValue(),
                    null, ChangeState.PENDING, null, clock.instant(), null, clock.instant(), null, null);
            byId.put(id--, c);
            byProgram.computeIfAbsent(c.programId(), k -> new ArrayList<>()).add(p);
        }
        byProgram.forEach((programId, list) -> checker.check(programs.get(programId), list).forEach((changeId, checks) -> {
            ImportedChange c = byId.get(changeId);
            for (ChangeCheck check : checks) {
                ImportProblem problem = new ImportProblem(c.row(), column(c.field()), check.message());
                (check.severity() == CheckSeverity.ERROR ? errors : warnings).add(problem);
            }
        }));
        errors.sort(java.util.Comparator.comparingInt(ImportProblem::row));
    }

    /** The spreadsheet column of a field. */
    public static String column(ChangeField field) {
        return switch (field) {
            case BUDGET -> "budget_cents";
            case MAX_BID -> "max_bid_cents";
            case START_DATE -> "start_date";
            case END_DATE -> "end_date";
            case STATE -> ACTION;
        };
    }

    /** One row: its cells checked and compared with the program. */
    private static final class RowReader {
        private final int row;
        private final Map<String, String> cells;
        private final Map<String, Program> programs;
        private final Map<String, Business> businesses;
        private final LocalDate today;
        private final Map<String, Integer> seen;
        private final List<ImportedChange> changes;
        private final List<ImportProblem> errors;
        private final List<ImportProblem> warnings;
        private Program program;

        RowReader(int row, Map<String, String> cells, Map<String, Program> programs, Map<String, Business> businesses,
                  LocalDate today, Map<String, Integer> seen, List<ImportedChange> changes, List<ImportProblem> errors,
                  List<ImportProblem> warnings) {
            this.row = row;
            this.cells = cells;
            this.programs = programs;
            this.businesses = businesses;
            this.today = today;
            this.seen = seen;
            this.changes = changes;
            this.errors = errors;
            this.warnings = warnings;
        }

        void read() {
            String id = cell(PROGRAM_ID);
            if (id == null) {
                errors.add(new ImportProblem(row, PROGRAM_ID, "the program ID is empty."));
                return;
            }
            Integer first = seen.putIfAbsent(id, row);
            if (first != null) {
                errors.add(new ImportProblem(row, PROGRAM_ID, "program " + id + " is already in row " + first + "."));
                return;
            }
            program = programs.get(id);
            if (program == null) {
                errors.add(new ImportProblem(row, PROGRAM_ID, "there is no program " + id
                        + " in the local registry (sync first, or check the ID)."));
                return;
            }
            budget();
            bidding();
            date("start_date", ChangeField.START_DATE, false);
            date("end_date", ChangeField.END_DATE, true);
            action();
            readOnly();
        }

        private String cell(String column) {
            String v = cells.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }

        private void change(ChangeField field, String newValue) {
            String old = ChangeValues.of(program, field, today);
            if (!Objects.equals(old, newValue)) {
                changes.add(new ImportedChange(row, program.programId(), field, old, newValue));
            }
        }

        private Long cents(String column) {
            String v = cell(column);
            if (v == null) {
                return null;
            }
            if (!CENTS.matcher(v).matches()) {
                errors.add(new ImportProblem(row, column, "'" + shown(v) + "' is not a whole number of cents "
                        + "(e.g. 12500 for $125.00)."));
                return null;
            }
            return Long.parseLong(v);
        }

        private void budget() {
            if (!cells.containsKey("budget_cents")) {
                return;
            }
            Long cents = cents("budget_cents");
            if (cents != null) {
                change(ChangeField.BUDGET, ChangeValues.cents(cents));
            }
        }

        private void bidding() {
            String auto = cell("autobid");
            Boolean autobid = null;
            if (auto != null) {
                switch (auto.toLowerCase(Locale.ROOT)) {
                    case "true" -> autobid = true;
                    case "false" -> autobid = false;
                    default -> {
                        errors.add(new ImportProblem(row, "autobid", "'" + shown(auto) + "' is not true or false."));
                        return;
                    }
                }
            }
            Long maxBid = cents("max_bid_cents");
            if (Boolean.TRUE.equals(autobid)) {
                if (maxBid != null) {
                    errors.add(new ImportProblem(row, "max_bid_cents", "leave the max bid empty when autobid is true."));
                    return;
                }
                change(ChangeField.MAX_BID, ChangeValues.AUTOMATIC);
            } else if (maxBid != null) {
                change(ChangeField.MAX_BID, ChangeValues.cents(maxBid));
            }
        }

        private void date(String column, ChangeField field, boolean emptyIsOpen) {
            if (!cells.containsKey(column)) {
                return;
            }
            String v = cell(column);
            if (v == null) {
                if (emptyIsOpen) {
                    change(field, ChangeValues.OPEN_END);
                }
                return;
            }
            try {
                LocalDate d = LocalDate.parse(v);
                change(field, emptyIsOpen && d.equals(PacificDate.OPEN_END) ? ChangeValues.OPEN_END : ChangeValues.date(d));
            } catch (DateTimeParseException e) {
                errors.add(new ImportProblem(row, column, "'" + shown(v) + "' is not a date (yyyy-mm-dd, e.g. 2026-12-31)."));
            }
        }

        private void action() {
            String v = cell(ACTION);
            if (v == null) {
                return;
            }
            String state = switch (v.toUpperCase(Locale.ROOT)) {
                case "PAUSE" -> ChangeValues.PAUSED;
                case "RESUME" -> ChangeValues.RUNNING;
                case "END" -> ChangeValues.ENDED;
                default -> null;
            };
            if (state == null) {
                errors.add(new ImportProblem(row, ACTION, "'" + shown(v) + "' is not an action; use PAUSE, RESUME or END."));
                return;
            }
            change(ChangeField.STATE, state);
        }

        /** Cells that are never sent: a difference is a stale cell or an edit AdsDesk cannot make. */
        private void readOnly() {
            ExportRow r = ExportRow.of(program, businesses, today);
            Program p = program;
            Map<String, Function<Program, String>> expected = new LinkedHashMap<>();
            expected.put("program_type", x -> x.programType());
            expected.put("status", x -> r.status());
            expected.put("pause_status", x -> r.pauseStatus());
            expected.put("yelp_business_ids", x -> String.join(";", r.businessIds()));
            expected.put("currency", Program::currency);
            expected.put("fee_period", x -> r.feePeriod());
            expected.put("billed_impressions", x -> Long.toString(x.billedImpressions()));
            expected.put("billed_clicks", x -> Long.toString(x.billedClicks()));
            expected.put("ad_cost_cents", x -> x.adCostCents() == null ? null : x.adCostCents().toString());
            expected.put("active_features", x -> String.join(";", x.activeFeatures()));
            expected.put("ad_categories", x -> String.join(";", x.adCategories()));
            if (!businesses.isEmpty()) {
                expected.put("business_names", x -> String.join(";", r.businessNames()));
            }
            expected.forEach((column, get) -> {
                if (!cells.containsKey(column)) {
                    return;
                }
                String want = get.apply(p);
                String have = cell(column);
                if (!Objects.equals(want == null || want.isEmpty() ? null : want, have)) {
                    warnings.add(new ImportProblem(row, column, "differs from the registry ("
                            + (want == null || want.isEmpty() ? "empty" : "'" + shown(want) + "'")
                            + "); this column is read-only and is not sent."));
                }
            });
        }

        private static String shown(String v) {
            String one = v.replaceAll("\\s+", " ");
            return one.length() > 40 ? one.substring(0, 40) + "…" : one;
        }
    }
}
