package io.adsdesk.sync;

import io.adsdesk.api.ProgramDto;
import io.adsdesk.model.FeePeriod;
import io.adsdesk.model.FutureBudgetChange;
import io.adsdesk.model.PacificDate;
import io.adsdesk.model.PageUpgradeInfo;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Maps the API's program DTOs to model records: cents stay cents, 9999-12-31 becomes "no end". */
public final class ProgramMapper {
    private ProgramMapper() {
    }

    /** @throws IllegalArgumentException when the program has no ID */
    public static Program toModel(ProgramDto dto) {
        if (dto.programId() == null || dto.programId().isBlank()) {
            throw new IllegalArgumentException("a program without program_id");
        }
        ProgramDto.MetricsDto m = dto.programMetrics() == null
                ? new ProgramDto.MetricsDto(null, null, null, null, null, null, null, null)
                : dto.programMetrics();
        return new Program(
                dto.programId(),
                dto.programType() == null ? "UNKNOWN" : dto.programType().trim().toUpperCase(Locale.ROOT),
                date(dto.startDate()),
                endDate(dto.endDate()),
                "ACTIVE".equalsIgnoreCase(dto.programStatus()),
                "PAUSED".equalsIgnoreCase(dto.programPauseStatus()),
                m.budget(),
                m.maxBid(),
                m.currency(),
                m.isAutobid(),
                FeePeriod.parse(m.feePeriod()),
                m.billedImpressions() == null ? 0 : m.billedImpressions(),
                m.billedClicks() == null ? 0 : m.billedClicks(),
                m.adCost(),
                businesses(dto),
                dto.adCategories(),
                dto.activeFeatures(),
                dto.availableFeatures(),
                dto.futureBudgetChanges() == null ? List.of() : dto.futureBudgetChanges().stream()
                        .filter(c -> c.newBudget() != null)
                        .map(c -> new FutureBudgetChange(c.newBudget(), date(c.startDate()), c.oldBudget()))
                        .toList(),
                dto.pageUpgradeInfo() == null ? null
                        : new PageUpgradeInfo(dto.pageUpgradeInfo().monthlyRate(), dto.pageUpgradeInfo().cost()));
    }

    private static List<ProgramBusiness> businesses(ProgramDto dto) {
        if (dto.businesses() != null && !dto.businesses().isEmpty()) {
            return dto.businesses().stream()
                    .filter(b -> b.yelpBusinessId() != null)
                    .map(b -> new ProgramBusiness(b.yelpBusinessId(), b.partnerBusinessId()))
                    .toList();
        }
        // Program Info carries the business at top level.
        return dto.yelpBusinessId() == null ? List.of()
                : List.of(new ProgramBusiness(dto.yelpBusinessId(), dto.partnerBusinessId()));
    }

    private static LocalDate endDate(String text) {
        LocalDate d = date(text);
        return PacificDate.OPEN_END.equals(d) ? null : d;
    }

    /** Lenient: an unreadable date is kept as unknown (null) rather than failing the whole sync. */
    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim().length() > 10 ? text.trim().substring(0, 10) : text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
