package io.adsdesk.sandbox;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code POST /v1/reseller/program/create}, {@code .../{program_id}/edit} and {@code .../{program_id}/end}
 * (partner-api.md §2.1–2.3, §6.4.1): parameters from the query string only, 400 only when one is
 * malformed, otherwise always {@code 200 {"job_id":...}}, even for a write its job will reject.
 * An unknown program_id becomes such a job too, unless the {@code unknownProgram404} knob is on.
 */
final class WriteHandler implements Route {
    static final String CREATE = "/v1/reseller/program/create";
    static final Pattern PROGRAM_WRITE = Pattern.compile("/v1/reseller/program/([^/]+)/(edit|end)/?");

    private final SandboxAccount account;
    private final SandboxKnobs knobs;
    private final JobEngine jobs;

    WriteHandler(SandboxAccount account, SandboxKnobs knobs, JobEngine jobs) {
        this.account = account;
        this.knobs = knobs;
        this.jobs = jobs;
    }

    static boolean matches(String path) {
        return path.equals(CREATE) || path.equals(CREATE + "/") || PROGRAM_WRITE.matcher(path).matches();
    }

    @Override
    public Reply handle(PartnerRequest request) {
        String path = request.path();
        if (path.equals(CREATE) || path.equals(CREATE + "/")) {
            ProgramParams params = ProgramParams.create(request);
            return jobId(jobs.submit(JobKind.CREATE, params.businessId(), params));
        }
        Matcher m = PROGRAM_WRITE.matcher(path);
        if (!m.matches()) {
            return Reply.error(404, "NOT_FOUND", "The requested URL was not found on this server: " + path);
        }
        String programId = m.group(1);
        JobKind kind = m.group(2).equals("edit") ? JobKind.EDIT : JobKind.END;
        ProgramParams params = kind == JobKind.EDIT ? ProgramParams.edit(request) : ProgramParams.none();
        if (knobs.unknownProgram404() && account.program(programId).isEmpty()) {
            return Reply.error(404, "NOT_FOUND", "Program " + programId + " was not found.");
        }
        return jobId(jobs.submit(kind, programId, params));
    }

    private static Reply jobId(String id) {
        return Reply.json(200, Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("job_id", id);
            g.writeEndObject();
        }));
    }
}
