package io.adsdesk.cli;

/** Whole-number option values, with the option named in every refusal. */
final class Numbers {
    private Numbers() {
    }

    static int intOption(String name, String value, int fallback, int min, int max) throws UsageException {
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                throw new UsageException(name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, not '" + Text.printable(value) + "'");
        }
    }
}
