package io.adsdesk.model.feature;

import java.util.List;
import java.util.Objects;

/** CALL_TRACKING: on or off, with a metered (tracking) phone number per business. Numbers are formatted. */
public record CallTracking(boolean enabled, List<TrackedNumber> businesses) implements Feature {
    public CallTracking {
        businesses = Text.copy(businesses);
    }

    /** One business's metered number, formatted by {@link PhoneNumbers#format}; null when none. */
    public record TrackedNumber(String businessId, String meteredPhoneNumber) {
        public TrackedNumber {
            meteredPhoneNumber = PhoneNumbers.format(meteredPhoneNumber);
        }
    }

    @Override
    public String typeName() {
        return FeatureType.CALL_TRACKING.name();
    }

    @Override
    public boolean active() {
        return enabled;
    }

    @Override
    public String summary() {
        if (!enabled) {
            return "Off";
        }
        List<String> numbers = businesses.stream().map(TrackedNumber::meteredPhoneNumber).filter(Objects::nonNull).toList();
        if (numbers.isEmpty()) {
            return "On";
        }
        return "Calls tracked on " + numbers.getFirst() + (numbers.size() > 1 ? " and " + (numbers.size() - 1) + " more" : "");
    }
}
