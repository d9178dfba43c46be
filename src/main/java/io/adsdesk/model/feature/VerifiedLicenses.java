package io.adsdesk.model.feature;

import java.util.List;

/** VERIFIED_LICENSE: the business's licenses. A save adds or edits by number; only a removal of the type removes. */
public record VerifiedLicenses(List<License> licenses) implements Feature {
    public VerifiedLicenses {
        licenses = Text.copy(licenses);
    }

    /** One license; all but the number optional. Status and failure reason are Yelp's (read-only). */
    public record License(String licenseNumber, String licenseExpiryDate, String licenseTrade, String licenseIssuingAgency,
                          String verificationStatus, String verificationFailureReason) {
        public License {
            licenseNumber = Text.blankToNull(licenseNumber);
            licenseExpiryDate = Text.blankToNull(licenseExpiryDate);
            licenseTrade = Text.blankToNull(licenseTrade);
            licenseIssuingAgency = Text.blankToNull(licenseIssuingAgency);
        }

        public License(String licenseNumber, String licenseExpiryDate, String licenseTrade, String licenseIssuingAgency) {
            this(licenseNumber, licenseExpiryDate, licenseTrade, licenseIssuingAgency, null, null);
        }
    }

    @Override
    public String typeName() {
        return FeatureType.VERIFIED_LICENSE.name();
    }

    @Override
    public boolean active() {
        return !licenses.isEmpty();
    }

    @Override
    public String summary() {
        if (licenses.isEmpty()) {
            return "No licenses";
        }
        long verified = licenses.stream().filter(l -> "VERIFIED".equals(l.verificationStatus())).count();
        return Text.plural(licenses.size(), "license", "licenses") + (verified > 0 ? " (" + verified + " verified)" : "");
    }
}
