package io.adsdesk.cli;

import picocli.CommandLine.Option;

/** {@code -h, --help}: every command prints its usage and exits 0. */
final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;
}
