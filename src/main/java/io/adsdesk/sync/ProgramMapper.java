package io.adsdesk.sync;

import io.adsdesk.api.ProgramDto;
import io.adsdesk.model.FeePeriod;
import io.adsdesk.model.FutureBudgetChange;
import io.adsdesk.model.PacificDate;
import io.adsdesk.model.PageUpgradeInfo;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.model.ProgramIssue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Maps the API's program DTOs to model records: cents stay cents, 9999-12-31 becomes "no end". What
 * cannot be read or cannot be real is never guessed nor dropped silently: the program is returned
 * with a {@link ProgramIssue} naming each bad value and keeping the JSON as sent (see
 * {@link ApiDates}, {@link ApiMoney}).
 */
public final class ProgramMapper {
    private static final ProgramDto.MetricsDto NO_METRICS =
            new ProgramDto.MetricsDto(null, null, null, null, null, null, null, null);

    private ProgramMapper() {
    }

    /** @throws IllegalArgumentException when the program has no ID */
    public static Program toModel(ProgramDto dto) {
        if (dto.programId() == null || dto.programId().isBlank()) {
            throw new IllegalArgumentException("a program without program_id");
        }
        Problems problems = new Problems();
        if (dto.readProblem() != null) {
            problems.unreadable(dto.readProblem());
        }
        ProgramDto.MetricsDto m = dto.programMetrics() == null ? NO_METRICS : dto.programMetrics();
        LocalDate start = problems.date(ApiDates.read("start_date", dto.startDate()));
        LocalDate end = problems.date(ApiDates.read("end_date", dto.endDate()));
        Program program = new Program(
                dto.programId(),
                dto.programType() == null ? "UNKNOWN" : dto.programType().trim().toUpperCase(Locale.ROOT),
                start,
                PacificDate.OPEN_END.equals(end) ? null : end,
                "ACTIVE".equalsIgnoreCase(dto.programStatus()),
                "PAUSED".equalsIgnoreCase(dto.programPauseStatus()),
                problems.money(ApiMoney.read("budget", m.budget())),
                problems.money(ApiMoney.read("max_bid", m.maxBid())),
                m.currency(),
                m.isAutobid(),
                FeePeriod.parse(m.feePeriod()),
                problems.count("billed_impressions", m.billedImpressions()),
                problems.count("billed_clicks", m.billedClicks()),
                problems.money(ApiMoney.read("ad_cost", m.adCost())),
                businesses(dto, problems),
                problems.withoutNulls("ad_categories", dto.adCategories()),
                problems.withoutNulls("active_features", dto.activeFeatures()),
                problems.withoutNulls("available_features", dto.availableFeatures()),
                budgetChanges(dto, problems),
                dto.pageUpgradeInfo() == null ? null
                        : new PageUpgradeInfo(dto.pageUpgradeInfo().monthlyRate(), dto.pageUpgradeInfo().cost()));
        return problems.none() ? program
                : program.withIssue(problems.issue(dto.raw() == null ? null : dto.raw().toString()));
    }

    private static List<ProgramBusiness> businesses(ProgramDto dto, Problems problems) {
        if (dto.businesses() != null && !dto.businesses().isEmpty()) {
            return problems.withoutNulls("businesses", dto.businesses()).stream()
                    .filter(b -> b.yelpBusinessId() != null)
                    .map(b -> new ProgramBusiness(b.yelpBusinessId(), b.partnerBusinessId()))
                    .toList();
        }
        // Program Info carries the business at top level.
        return dto.yelpBusinessId() == null ? List.of()
                : List.of(new ProgramBusiness(dto.yelpBusinessId(), dto.partnerBusinessId()));
    }

    private static List<FutureBudgetChange> budgetChanges(ProgramDto dto, Problems problems) {
        List<FutureBudgetChange> changes = new ArrayList<>();
        for (ProgramDto.FutureBudgetChangeDto c : problems.withoutNulls("future_budget_changes", dto.futureBudgetChanges())) {
            Long newBudget = problems.money(ApiMoney.read("future_budget_changes.new_budget", c.newBudget()));
            LocalDate from = problems.date(ApiDates.read("future_budget_changes.start_date", c.startDate()));
            Long oldBudget = problems.money(ApiMoney.read("future_budget_changes.old_budget", c.oldBudget()));
            if (newBudget != null) {
                changes.add(new FutureBudgetChange(newBudget, from, oldBudget));
            }
        }
        return changes;
    }

    /** What was wrong with one program, collected field by field. */
    private static final class Problems {
        private final List<String> reasons = new ArrayList<>();
        private boolean unreadable;

        void unreadable(String reason) {
            reasons.add(reason);
            unreadable = true;
        }

        void flagged(String reason) {
            reasons.add(reason);
        }

        LocalDate date(ApiDates.Read read) {
            if (read.problem() != null) {
                unreadable(read.problem());
            }
            return read.date();
        }

        Long money(ApiMoney.Read read) {
            if (read.problem() != null) {
                flagged(read.problem());
            }
            return read.cents();
        }

        long count(String field, Long value) {
            if (value != null && value < 0) {
                flagged(field + " " + value + " is negative");
                return 0;
            }
            return value == null ? 0 : value;
        }

        <T> List<T> withoutNulls(String field, List<T> values) {
            if (values == null) {
                return List.of();
            }
            List<T> kept = values.stream().filter(Objects::nonNull).toList();
            if (kept.size() < values.size()) {
                int nulls = values.size() - kept.size();
                flagged(field + " has " + (nulls == 1 ? "an empty entry (null)" : nulls + " empty entries (null)")
                        + ", left out");
            }
            return kept;
        }

        boolean none() {
            return reasons.isEmpty();
        }

        ProgramIssue issue(String rawJson) {
            return new ProgramIssue(unreadable ? ProgramIssue.Kind.UNREADABLE : ProgramIssue.Kind.FLAGGED,
                    String.join("; ", reasons), rawJson);
        }
    }
}
