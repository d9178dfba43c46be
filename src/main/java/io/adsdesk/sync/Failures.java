package io.adsdesk.sync;

import io.adsdesk.api.PartnerApiException;

/** Maps the client's failure kinds to what the user is told. */
final class Failures {
    private Failures() {
    }

    static SyncFailure of(PartnerApiException e) {
        return switch (e.kind()) {
            case CREDENTIALS_REFUSED -> SyncFailure.CREDENTIALS_REFUSED;
            case NO_ACCESS -> SyncFailure.NO_ACCESS;
            case RATE_LIMITED -> SyncFailure.RATE_LIMITED;
            case UNAVAILABLE -> SyncFailure.UNAVAILABLE;
            case UNEXPECTED_RESPONSE, BAD_REQUEST, NOT_FOUND -> SyncFailure.UNEXPECTED_RESPONSE;
            case UNTRUSTED_SERVER -> SyncFailure.UNTRUSTED_SERVER;
        };
    }
}
