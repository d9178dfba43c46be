package io.adsdesk.cli;

/** The documented exit codes. */
enum ExitCode {
    OK(0),
    BAD_INPUT(2),
    CREDENTIALS_REFUSED(3),
    API_UNAVAILABLE(4),
    OTHER(5);

    final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
