package io.adsdesk.cli;

import java.util.Locale;

/** The {@code --format csv|json} choice of the commands that print records. */
enum OutputFormat {
    CSV, JSON;

    /**
     * The format the user typed (any case, spaces around ignored), or {@code fallback} when none was
     * given; with no fallback the option is required.
     */
    static OutputFormat parse(String typed, OutputFormat fallback) throws UsageException {
        if (typed == null || typed.isBlank()) {
            if (fallback == null) {
                throw new UsageException("--format is required: csv or json");
            }
            return fallback;
        }
        return switch (typed.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> CSV;
            case "json" -> JSON;
            default -> throw new UsageException("--format must be csv or json, not '" + Text.printable(typed) + "'");
        };
    }
}
