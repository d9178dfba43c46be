/**
 * Start-up and wiring: {@link io.adsdesk.app.Main} (the command line or the dashboard),
 * {@code DashboardApp} (the JavaFX application), {@code AppContext} (builds and owns the settings,
 * executors, credential store, account gateway and view models, and shuts them down), the
 * start-up preload, logging setup (the one place that bridges java.util.logging into SLF4J) and
 * the demo account's sandbox. The only package that sees every other.
 */
package io.adsdesk.app;
