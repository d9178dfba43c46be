package io.adsdesk.cli;

import java.nio.file.Path;

/**
 * What every command may use: the terminal, the demo account, where the logs go, and the stored
 * team-registry passwords.
 */
record CliContext(Terminal terminal, DemoAccess demo, Path logDirectory, TeamPasswords teamPasswords) {

    CliContext(Terminal terminal, DemoAccess demo, Path logDirectory) {
        this(terminal, demo, logDirectory, TeamPasswords.NONE);
    }
}
