package io.adsdesk.model.feature;

/** US phone numbers as people read them: (415) 555-0100, or +1 (415) 555-0100 when given with the country code. */
public final class PhoneNumbers {
    private PhoneNumbers() {
    }

    /** The formatted number; anything that is not 10 digits (or 11 starting with 1) comes back trimmed, unchanged; blank → null. */
    public static String format(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String digits = raw.replaceAll("\\D", "");
        boolean country = digits.length() == 11 && digits.startsWith("1");
        if (digits.length() != 10 && !country) {
            return raw.strip();
        }
        String d = country ? digits.substring(1) : digits;
        String local = "(" + d.substring(0, 3) + ") " + d.substring(3, 6) + "-" + d.substring(6);
        return country && raw.strip().startsWith("+") ? "+1 " + local : local;
    }

    /** True for a number {@link #format} could format (10 US digits, optionally with the leading 1). */
    public static boolean valid(String raw) {
        if (raw == null) {
            return false;
        }
        if (!raw.matches("[0-9+()\\-. ]+")) {
            return false;
        }
        String digits = raw.replaceAll("\\D", "");
        return digits.length() == 10 || digits.length() == 11 && digits.startsWith("1");
    }
}
