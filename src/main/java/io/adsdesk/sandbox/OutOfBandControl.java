package io.adsdesk.sandbox;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Control-plane changes made "out of band", as another user in Yelp's UI would (partner-api.md
 * §6.7), plus forced job outcomes (§6.8). All are POSTs under {@code /_sandbox/}:
 * <ul>
 *   <li>{@code programs/{id}?budget=&paused=&end=} — budget in cents, paused true/false, end a
 *       date or {@code now} (ends it as the End call does); answers the program as Program Info does.</li>
 *   <li>{@code businesses/{id}?closed=&removed_from_search=&categories=a,b} — answers {@code {"yelp_business_id"}}.</li>
 *   <li>{@code jobs/force?outcome=rejected|partial&code=UNSUPPORTED_CATEGORIES&count=1}, or
 *       {@code outcome=none} to drop queued ones.</li>
 * </ul>
 */
final class OutOfBandControl {
    static final String PROGRAMS = "programs/";
    static final String BUSINESSES = "businesses/";
    static final String FORCE = "jobs/force";

    private final SandboxAccount account;
    private final SandboxKnobs knobs;

    OutOfBandControl(SandboxAccount account, SandboxKnobs knobs) {
        this.account = account;
        this.knobs = knobs;
    }

    Reply program(String id, PartnerRequest request) {
        if (account.program(id).isEmpty()) {
            return Reply.error(404, "NOT_FOUND", "no program " + id);
        }
        String budget = request.param("budget");
        if (budget != null) {
            account.changeBudget(id, number("budget", budget));
        }
        String paused = request.param("paused");
        if (paused != null) {
            account.setPaused(id, bool("paused", paused));
        }
        String end = request.param("end");
        if (end != null && end.equalsIgnoreCase("now")) {
            account.endProgram(id);
        } else if (end != null) {
            LocalDate date = date(end);
            account.updateProgram(id, p -> p.withEndDate(date));
        }
        SandboxProgram p = account.program(id).orElseThrow();
        ProgramJson json = new ProgramJson(account.view(), account.today(),
                new ProgramJson.Options(true, true, knobs.pageUpgradeInCents()));
        return Reply.json(200, Json.write(g -> json.write(g, p)));
    }

    Reply business(String id, PartnerRequest request) {
        if (account.business(id).isEmpty()) {
            return Reply.error(404, "NOT_FOUND", "no business " + id);
        }
        String closed = request.param("closed");
        String removed = request.param("removed_from_search");
        String categories = request.param("categories");
        account.updateBusiness(id, b -> {
            SandboxBusiness changed = b.withStatus(closed == null ? b.closed() : bool("closed", closed),
                    removed == null ? b.removedFromSearch() : bool("removed_from_search", removed));
            return categories == null ? changed : changed.withCategories(aliases(categories));
        });
        return Reply.json(200, Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("yelp_business_id", id);
            g.writeEndObject();
        }));
    }

    Reply force(PartnerRequest request) {
        String outcome = request.param("outcome");
        if (outcome == null || outcome.equalsIgnoreCase("none")) {
            knobs.clearForcedJobOutcomes();
        } else {
            SandboxKnobs.JobOutcome parsed = Arrays.stream(SandboxKnobs.JobOutcome.values())
                    .filter(o -> o.name().equalsIgnoreCase(outcome)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("outcome must be rejected, partial or none"));
            int count = request.intParam("count", 1, 1, 1000);
            for (int i = 0; i < count; i++) {
                knobs.forceJobOutcome(parsed, request.param("code"));
            }
        }
        return Reply.json(200, Json.write(g -> {
            g.writeStartObject();
            g.writeNumberField("forced_job_outcomes", knobs.forcedJobOutcomes());
            g.writeEndObject();
        }));
    }

    private static List<String> aliases(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static long number(String name, String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a whole number, got '" + text + "'");
        }
    }

    private static boolean bool(String name, String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, got '" + text + "'");
        };
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("end must be YYYY-MM-DD or now, got '" + text + "'");
        }
    }
}
