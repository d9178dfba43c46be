/**
 * Changing programs from the dashboard: the actions bar and context menu (end, pause, resume),
 * the program form (create, edit, duplicate, with per-field errors and conflicts), the jobs window
 * that follows each Yelp job to its end, and the audit log window. The view models build domain
 * commands and hand them to the actions engine on a worker.
 */
package io.adsdesk.ui.jobs;
