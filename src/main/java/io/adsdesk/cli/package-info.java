/**
 * The headless command line on picocli: {@code adsdesk sync}, {@code export}, {@code help},
 * {@code version} and the dashboard's launch options, with their exit codes, one-line errors,
 * JSON output and progress line. It runs the same synchronizer and registry as the dashboard,
 * without JavaFX. It never sees the sandbox: app hands it the demo account ({@link
 * io.adsdesk.cli.DemoAccess}) and registers the {@code sandbox} command.
 */
package io.adsdesk.cli;
