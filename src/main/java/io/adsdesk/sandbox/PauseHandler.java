package io.adsdesk.sandbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code POST /program/{program_id}/pause/v1} and {@code .../resume/v1} (partner-api.md §2.5,
 * §6.4.6): 202 with an empty body, no job. Only a running CPC program can be paused and only a
 * paused one resumed; anything else is 400. The change shows at once, or after the
 * {@code pauseLagMs} knob; the {@code pauseForbidden} knob answers 403 to every call.
 */
final class PauseHandler implements Route {
    static final Pattern PATH = Pattern.compile("/program/([^/]+)/(pause|resume)/v1/?");
    private static final Logger LOG = LoggerFactory.getLogger(PauseHandler.class);

    private final SandboxAccount account;
    private final SandboxKnobs knobs;
    private final ScheduledExecutorService timer;

    PauseHandler(SandboxAccount account, SandboxKnobs knobs, ScheduledExecutorService timer) {
        this.account = account;
        this.knobs = knobs;
        this.timer = timer;
    }

    static boolean matches(String path) {
        return PATH.matcher(path).matches();
    }

    @Override
    public Reply handle(PartnerRequest request) {
        Matcher m = PATH.matcher(request.path());
        if (!m.matches()) {
            return Reply.error(404, "NOT_FOUND", "The requested URL was not found on this server: " + request.path());
        }
        if (knobs.pauseForbidden()) {
            return Reply.error(403, "AUTHORIZATION_ERROR", "Pause and resume are not enabled for this account.");
        }
        String id = m.group(1);
        boolean pause = m.group(2).equals("pause");
        SandboxProgram program = account.program(id).orElse(null);
        String problem = problem(program, pause);
        if (problem != null) {
            return Reply.badRequest(problem);
        }
        long lag = knobs.pauseLagMs();
        if (lag == 0) {
            apply(id, pause);
        } else {
            timer.schedule(() -> apply(id, pause), lag, TimeUnit.MILLISECONDS);
        }
        return Reply.empty(202);
    }

    private String problem(SandboxProgram program, boolean pause) {
        if (program == null) {
            return "Program not found.";
        }
        if (!program.type().equals("CPC")) {
            return "Only CPC programs can be paused or resumed; this one is " + program.type() + ".";
        }
        if (!program.active(account.today())) {
            return "Only a running program can be paused or resumed.";
        }
        if (pause && program.paused()) {
            return "The program is already paused.";
        }
        if (!pause && !program.paused()) {
            return "The program is not paused.";
        }
        return null;
    }

    private void apply(String id, boolean pause) {
        try {
            account.updateProgram(id, p -> p.withPaused(pause));
        } catch (IllegalArgumentException e) {
            LOG.debug("program {} vanished before its pause/resume applied", id);
        }
    }
}
