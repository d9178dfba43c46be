package io.adsdesk.cli;

/** The documented exit codes. */
enum ExitCode {
    OK(0),
    BAD_INPUT(2),
    CREDENTIALS_REFUSED(3),
    API_UNAVAILABLE(4),
    OTHER(5),
    /** Posting changes: Yelp rejected some (or some were changed at Yelp first and stay queued). */
    REJECTED(6);

    final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
