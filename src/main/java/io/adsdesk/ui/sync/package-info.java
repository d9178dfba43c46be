/**
 * Sync in the dashboard: the sync state and progress view model, the thin task that runs the
 * synchronizer on a worker, notices after a sync, and the sync history window.
 */
package io.adsdesk.ui.sync;
