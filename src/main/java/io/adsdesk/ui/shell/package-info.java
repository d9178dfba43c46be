/**
 * The main window's frame: layout only. The toolbar, banner, status bar, first-sync overlay,
 * welcome pane and notifications, over the {@link io.adsdesk.ui.shell.Dashboard} that holds the
 * screens' view models and wires them together.
 */
package io.adsdesk.ui.shell;
