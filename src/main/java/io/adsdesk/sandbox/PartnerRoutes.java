package io.adsdesk.sandbox;

import java.util.concurrent.ScheduledExecutorService;

/** Finds the partner route for a path: its handler, the one method it takes and its stats name. */
final class PartnerRoutes {
    /** A matched route. */
    record Match(Route route, String method, String name) {
    }

    /** The method of a route that takes several (it answers 405 itself). */
    static final String ANY_METHOD = "*";

    private final Match listAll;
    private final Match byBusiness;
    private final Match programInfo;
    private final Match businessInfo;
    private final WriteHandler writes;
    private final Match status;
    private final PauseHandler pause;
    private final FeatureHandler features;

    PartnerRoutes(SandboxAccount account, SandboxKnobs knobs, SandboxStats stats, Faults faults, JobEngine jobs,
                  ScheduledExecutorService timer) {
        this.listAll = new Match(new ListAllHandler(account, knobs, faults, stats), "GET", SandboxStats.LIST_ALL);
        this.byBusiness = new Match(new ProgramsByBusinessHandler(account, knobs), "GET",
                SandboxStats.PROGRAMS_BY_BUSINESS);
        this.programInfo = new Match(new ProgramInfoHandler(account, knobs), "GET", SandboxStats.PROGRAM_INFO);
        this.businessInfo = new Match(new BusinessInfoHandler(account), "GET", SandboxStats.BUSINESS_INFO);
        this.writes = new WriteHandler(account, knobs, jobs);
        this.status = new Match(new StatusHandler(knobs, jobs), "GET", SandboxStats.JOB_STATUS);
        this.pause = new PauseHandler(account, knobs, timer);
        this.features = new FeatureHandler(account, knobs);
    }

    /** The route for a path, or null. */
    Match match(String path) {
        if (path.equals("/programs/v1") || path.equals("/programs/v1/")) {
            return listAll;
        } else if (path.startsWith(ProgramsByBusinessHandler.PREFIX)) {
            return byBusiness;
        } else if (path.startsWith(ProgramInfoHandler.PREFIX)) {
            return programInfo;
        } else if (path.startsWith(BusinessInfoHandler.PREFIX)) {
            return businessInfo;
        } else if (path.startsWith(StatusHandler.PREFIX)) {
            return status;
        } else if (WriteHandler.matches(path)) {
            String name = path.endsWith("/edit") || path.endsWith("/edit/") ? SandboxStats.PROGRAM_EDIT
                    : path.endsWith("/end") || path.endsWith("/end/") ? SandboxStats.PROGRAM_END
                    : SandboxStats.PROGRAM_CREATE;
            return new Match(writes, "POST", name);
        } else if (FeatureHandler.matches(path)) {
            return new Match(features, ANY_METHOD, path.endsWith("/features/v1") || path.endsWith("/features/v1/")
                    ? SandboxStats.FEATURES : SandboxStats.PORTFOLIO);
        } else if (PauseHandler.matches(path)) {
            return new Match(pause, "POST", path.contains("/pause/") ? SandboxStats.PAUSE : SandboxStats.RESUME);
        }
        return null;
    }
}
