package io.adsdesk.sandbox;

/**
 * Hostile-server behaviours for testing how the client survives a bad network or a server that is
 * not the partner API at all. All off by default: the sandbox then follows the contract faithfully.
 * Changeable at any time from any thread.
 */
public final class HostileKnobs {
    /** Text with terminal escape sequences and line breaks, as a hostile server may put in an error. */
    public static final String ESCAPES = "\u001b[2K\r\u001b[32mSynced 1234 programs\u001b[0m\u001b]0;owned\u0007"
            + "\nadsdesk: all good\r\n\u001b[8mhidden";

    private volatile long trickleMs;
    private volatile boolean endlessBody;
    private volatile long padBytes;
    private volatile boolean pastEnd400;
    private volatile boolean escapesInErrors;
    private volatile boolean webPage;

    /** All off. */
    public void reset() {
        trickleMs = 0;
        endlessBody = false;
        padBytes = 0;
        pastEnd400 = false;
        escapesInErrors = false;
        webPage = false;
    }

    /** Every partner answer's body is sent one byte every this many milliseconds; 0 is off. */
    public long trickleMs() { return trickleMs; }
    public void trickleMs(long ms) { trickleMs = atLeastZero(ms, "trickleMs"); }

    /** Every partner answer is a 200 with a chunked body that never ends (a blank every 50 ms). */
    public boolean endlessBody() { return endlessBody; }
    public void endlessBody(boolean on) { endlessBody = on; }

    /**
     * Every partner answer with a body, success or error, is padded with blanks (still valid JSON)
     * to at least this many bytes, streamed without holding them; 0 is off.
     */
    public long padBytes() { return padBytes; }
    public void padBytes(long bytes) { padBytes = atLeastZero(bytes, "padBytes"); }

    /**
     * List All answers 400 ("offset out of range") for an offset past 0 at or beyond the last
     * program, instead of an empty page: a plausible reading of the API the contract leaves open.
     */
    public boolean pastEnd400() { return pastEnd400; }
    public void pastEnd400(boolean on) { pastEnd400 = on; }

    /** Error codes and descriptions carry {@link #ESCAPES}: escape sequences, CR and LF. */
    public boolean escapesInErrors() { return escapesInErrors; }
    public void escapesInErrors(boolean on) { escapesInErrors = on; }

    /** Every partner request gets a 200 HTML sign-in page, as a captive portal or proxy sends. */
    public boolean webPage() { return webPage; }
    public void webPage(boolean on) { webPage = on; }

    private static long atLeastZero(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be at least 0: " + value);
        }
        return value;
    }
}
