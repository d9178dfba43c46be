package io.adsdesk.cli;

import java.nio.file.Path;

/** What every command may use: the terminal, the demo account and where the logs go. */
record CliContext(Terminal terminal, DemoAccess demo, Path logDirectory) {
}
