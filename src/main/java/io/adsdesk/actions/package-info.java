/**
 * Program actions: create, edit, end, pause, resume and duplicate, for one account. Each
 * {@link io.adsdesk.model.command.ProgramCommand} is checked by the pure
 * {@link io.adsdesk.actions.ActionValidator}, re-read against Yelp for conflicts, sent through the
 * api client, written to the audit log, and (for create, edit, end) followed as a Yelp job by
 * {@link io.adsdesk.actions.JobTracker} until its result is read back into the registry. Plain
 * Java and blocking: the UI runs it on a worker; it sees the registry only through
 * {@link io.adsdesk.registry.ProgramRegistry}.
 */
package io.adsdesk.actions;
