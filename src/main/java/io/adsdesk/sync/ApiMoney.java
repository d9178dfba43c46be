package io.adsdesk.sync;

import java.math.BigDecimal;

/**
 * Checks the API's amounts, which the contract gives as integer cents. A whole, non-negative amount
 * up to {@link #MAX_REAL_CENTS} is taken as is; anything else (a fraction of a cent, a negative
 * amount, an amount no program could have) cannot be real, so it is not stored as the program's
 * value: it is named, exactly as sent, in the program's issue, and the raw JSON keeps it.
 */
final class ApiMoney {
    /** $10 billion: far beyond any monthly budget, bid or spend a program can have. */
    static final BigDecimal MAX_REAL_CENTS = BigDecimal.valueOf(1_000_000_000_000L);

    /** Whole cents, or why the amount cannot be real. Both null for an absent amount. */
    record Read(Long cents, String problem) {
    }

    private ApiMoney() {
    }

    static Read read(String field, BigDecimal sent) {
        if (sent == null) {
            return new Read(null, null);
        }
        if (sent.signum() < 0) {
            return new Read(null, field + " " + shown(sent) + " is negative");
        }
        if (sent.compareTo(MAX_REAL_CENTS) > 0) {
            return new Read(null, field + " " + shown(sent) + " cents is beyond any real amount");
        }
        if (sent.stripTrailingZeros().scale() > 0) {
            return new Read(null, field + " " + shown(sent) + " is not a whole number of cents");
        }
        return new Read(sent.longValueExact(), null);
    }

    /** The amount exactly as sent: plain digits, or scientific notation when that would be very long. */
    static String shown(BigDecimal v) {
        String plain = v.toPlainString();
        return plain.length() > 24 ? v.toString() : plain;
    }
}
