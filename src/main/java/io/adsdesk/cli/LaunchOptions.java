package io.adsdesk.cli;

import java.nio.file.Path;

/**
 * What the dashboard is started with ({@code adsdesk [--demo] [--data-dir DIR]}), checked: the data
 * directory exists (it was created if needed) and can hold a registry.
 */
public record LaunchOptions(boolean demo, Path dataRoot) {
}
