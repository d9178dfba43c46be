package io.adsdesk.registry;

/**
 * The figure columns of {@code report_figures}: one whole number per slot, comma-separated, empty
 * where the slot holds no figure ({@code "12,,7"}). Plain text, so the same on every database.
 */
final class PackedValues {
    private PackedValues() {
    }

    static String encode(long[] values, long present) {
        StringBuilder s = new StringBuilder(values.length * 5);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                s.append(',');
            }
            if ((present & (1L << i)) != 0) {
                s.append(values[i]);
            }
        }
        return s.toString();
    }

    /**
     * Reads {@code text} into {@code into}; returns the slots that held a number.
     *
     * @throws RegistryException for text that is not packed values of this length
     */
    static long decode(String text, long[] into) {
        long present = 0;
        int slot = 0;
        long value = 0;
        boolean digits = false;
        boolean negative = false;
        for (int i = 0, n = text.length(); i <= n; i++) {
            char c = i == n ? ',' : text.charAt(i);
            if (c == ',') {
                if (slot >= into.length) {
                    throw new RegistryException("Stored report figures are damaged (too many values)");
                }
                if (digits) {
                    into[slot] = negative ? -value : value;
                    present |= 1L << slot;
                }
                slot++;
                value = 0;
                digits = false;
                negative = false;
            } else if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                digits = true;
            } else if (c == '-' && !digits) {
                negative = true;
            } else {
                throw new RegistryException("Stored report figures are damaged (unexpected character)");
            }
        }
        if (slot != into.length) {
            throw new RegistryException("Stored report figures are damaged (" + slot + " values, " + into.length + " expected)");
        }
        return present;
    }
}
