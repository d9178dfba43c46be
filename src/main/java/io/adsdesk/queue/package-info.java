/**
 * The change queue: bulk edits turned into pending changes ({@link io.adsdesk.queue.BulkEdit},
 * {@link io.adsdesk.queue.ChangeQueue}), their checks ({@link io.adsdesk.queue.ChangeChecker}),
 * undo and redo, posting them as Yelp jobs with bounded concurrency and conflict detection
 * ({@link io.adsdesk.queue.ChangePoster}), scheduled changes, and the spreadsheet round trip
 * ({@link io.adsdesk.queue.ChangeImport}). Plain Java, no toolkit: ui, cli and app call it from workers.
 */
package io.adsdesk.queue;
