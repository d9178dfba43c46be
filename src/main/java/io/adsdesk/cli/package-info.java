/**
 * The headless command line: {@code adsdesk sync}, {@code adsdesk export} and their options, exit
 * codes and progress line. It runs the same synchronizer and registry as the dashboard, without
 * JavaFX.
 */
package io.adsdesk.cli;
