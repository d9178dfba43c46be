package io.adsdesk.ui.features;

/** US phone numbers as people read them: "(415) 555-0100", "+1 (415) 555-0100". Pure. */
final class PhoneText {
    private PhoneText() {
    }

    /** Ten digits (or eleven starting with 1) formatted; anything else as typed, trimmed. */
    static String format(String typed) {
        if (typed == null) {
            return "";
        }
        String digits = typed.replaceAll("\\D", "");
        if (digits.length() == 10) {
            return "(%s) %s-%s".formatted(digits.substring(0, 3), digits.substring(3, 6), digits.substring(6));
        }
        if (digits.length() == 11 && digits.startsWith("1")) {
            return "+1 " + format(digits.substring(1));
        }
        return typed.strip();
    }
}
