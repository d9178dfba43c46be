package io.adsdesk.sandbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code GET /programs/v1}: Program List All, offset-paged over a cached, creation-ordered list. The
 * {@code total} is the true count plus the {@link SandboxKnobs#totalDelta()} knob.
 */
final class ListAllHandler implements Route {
    static final int MAX_LIMIT = 40;
    private static final Logger LOG = LoggerFactory.getLogger(ListAllHandler.class);

    private final SandboxAccount account;
    private final SandboxKnobs knobs;
    private final Faults faults;
    private final SandboxStats stats;
    private final AtomicBoolean lowerCaseLogged = new AtomicBoolean();

    ListAllHandler(SandboxAccount account, SandboxKnobs knobs, Faults faults, SandboxStats stats) {
        this.account = account;
        this.knobs = knobs;
        this.faults = faults;
        this.stats = stats;
    }

    @Override
    public Reply handle(PartnerRequest request) {
        int offset = request.intParam("offset", 0, 0, Integer.MAX_VALUE);
        int limit = request.intParam("limit", 20, 1, MAX_LIMIT);
        ListFilter filter = filter(request.param("program_status"));
        int failFrom = knobs.failFromOffset();
        if (failFrom >= 0 && offset >= failFrom && faults.roll(knobs.deepPageErrorRate())) {
            stats.serverError();
            return Reply.error(500, "INTERNAL_SERVER_ERROR", "An internal error occurred.");
        }
        if (offset > 0 && knobs.insertsPerPage() > 0) {
            account.addProgramsAtFront(knobs.insertsPerPage());
        }
        AccountView view = account.view();
        var today = account.today();
        List<SandboxProgram> matching = view.filtered(filter, today, knobs.pausedUnderCurrent());
        if (knobs.hostile().pastEnd400() && offset > 0 && offset >= matching.size()) {
            return Reply.badRequest("offset " + offset + " is out of range");
        }
        List<SandboxProgram> page = matching.subList(Math.min(offset, matching.size()),
                (int) Math.min((long) offset + limit, matching.size()));
        ProgramJson programJson = new ProgramJson(view, today,
                new ProgramJson.Options(knobs.adCategoriesInListAll(), false, knobs.pageUpgradeInCents()), knobs.oddValues());
        return Reply.json(200, Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("program_status", filter.name());
            g.writeNumberField("total", Math.max(0, matching.size() + knobs.totalDelta()));
            g.writeNumberField("offset", offset);
            g.writeNumberField("limit", limit);
            g.writeArrayFieldStart("payment_programs");
            for (SandboxProgram p : page) {
                programJson.write(g, p);
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    private ListFilter filter(String text) {
        if (text == null) {
            return ListFilter.CURRENT;
        }
        ListFilter filter = ListFilter.parse(text);
        if (filter == null) {
            throw new PartnerRequest.BadRequest(
                    "program_status must be one of PAST, PAUSED, CURRENT, FUTURE, ALL, got '" + text + "'");
        }
        if (!filter.name().equals(text)) {
            String message = "program_status given as '{}'; the real API may reject other than upper case";
            if (lowerCaseLogged.compareAndSet(false, true)) {
                LOG.info(message, text);
            } else {
                LOG.debug(message, text);
            }
        }
        return filter;
    }
}
