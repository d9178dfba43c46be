package io.adsdesk.model.feature;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** CUSTOM_RADIUS_TARGETING: the radius in miles (1–60), or null for off (Yelp's default area). */
public record CustomRadius(BigDecimal miles) implements Feature {
    public static final BigDecimal MIN_MILES = BigDecimal.ONE;
    public static final BigDecimal MAX_MILES = BigDecimal.valueOf(60);
    private static final BigDecimal KM_PER_MILE = new BigDecimal("1.609344");

    public static CustomRadius off() {
        return new CustomRadius(null);
    }

    /** The radius in kilometres, rounded to a whole km; null when off. */
    public Long kilometres() {
        return miles == null ? null : miles.multiply(KM_PER_MILE).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    @Override
    public String typeName() {
        return FeatureType.CUSTOM_RADIUS_TARGETING.name();
    }

    @Override
    public boolean active() {
        return miles != null;
    }

    @Override
    public String summary() {
        return miles == null ? "Off" : "Radius " + miles.stripTrailingZeros().toPlainString() + " mi (" + kilometres() + " km)";
    }
}
