/**
 * The programs screen: the table, its columns and details pane, the business, status, type and
 * search filters, and the view model that loads all rows once per sync and filters them in memory
 * through the pure {@link io.adsdesk.ui.programs.ProgramFilter}.
 */
package io.adsdesk.ui.programs;
