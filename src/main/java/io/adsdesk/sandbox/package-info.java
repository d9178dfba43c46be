/**
 * A fake of Yelp's partner API on 127.0.0.1 that keeps the API's contract, its quirks included:
 * the sandbox is never bent to suit the client. It powers the demo account, the tests and the
 * benchmarks; only app wiring imports it.
 *
 * <p>Public API: {@link io.adsdesk.sandbox.SandboxServer} (start, base URL, close),
 * {@link io.adsdesk.sandbox.SandboxConfig} (port, seed, size, credentials, clock, initial knobs),
 * {@link io.adsdesk.sandbox.SandboxKnobs} (latency, concurrency limit, faults, data-shape switches),
 * {@link io.adsdesk.sandbox.HostileKnobs} (a hostile server: trickling, endless and padded bodies, 400 past
 * the end, escapes in errors, a sign-in page; all off by default),
 * {@link io.adsdesk.sandbox.OddValues} (odd program data on N programs: nulls in lists, long values, other
 * date spellings, impossible budgets, missing IDs; all off by default),
 * {@link io.adsdesk.sandbox.SandboxStats} (counters), {@link io.adsdesk.sandbox.SandboxAccount}
 * (the generated data and out-of-band changes) and {@link io.adsdesk.sandbox.SandboxCommand}
 * ({@code adsdesk sandbox}).
 *
 * <p>Routes: {@code GET /programs/v1}, {@code GET /v1/programs/list/{ids}},
 * {@code GET /v1/programs/info/{ids}}, {@code GET /v1/business_info/{ids}},
 * {@code POST /v1/reseller/program/create}, {@code POST /v1/reseller/program/{id}/edit|end},
 * {@code GET /v1/reseller/status/{job_id}}, {@code POST /program/{id}/pause/v1|resume/v1}, all with
 * Basic auth; control plane without auth: {@code POST /_sandbox/drift}, {@code GET|POST /_sandbox/knobs},
 * {@code GET /_sandbox/stats}, {@code POST /_sandbox/programs/{id}}, {@code POST /_sandbox/businesses/{id}},
 * {@code POST /_sandbox/jobs/force}.
 *
 * <p>Writes: {@link io.adsdesk.sandbox.JobEngine} accepts jobs and processes them when due;
 * {@link io.adsdesk.sandbox.CreateValidator} and {@link io.adsdesk.sandbox.EditValidator} decide,
 * {@link io.adsdesk.sandbox.ReceiptBuilder} and {@link io.adsdesk.sandbox.ReceiptJson} report,
 * {@link io.adsdesk.sandbox.JobEffects} changes the account.
 */
package io.adsdesk.sandbox;
