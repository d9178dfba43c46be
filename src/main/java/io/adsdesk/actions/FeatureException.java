package io.adsdesk.actions;

import io.adsdesk.api.PartnerApiException;
import io.adsdesk.model.feature.FieldProblem;

import java.util.List;

/**
 * A feature or portfolio call that did not happen or failed; {@link #getMessage()} is one line in
 * plain words to show. {@link #problems()} holds the per-field messages when the values were invalid
 * (nothing was sent then).
 */
public final class FeatureException extends Exception {

    /** What went wrong, in terms a user can act on. */
    public enum Reason {
        /** Local validation failed; nothing was sent. See {@link #problems()}. */
        INVALID,
        /** The program does not offer this feature type; nothing was sent. */
        UNSUPPORTED,
        /** The credentials may not use the Program Feature API: add Data Ingestion credentials. */
        NEEDS_FEATURE_CREDENTIALS,
        /** Yelp does not know the program (or project, or photo). */
        NOT_FOUND,
        /** Yelp refused the values; the message says what Yelp said. */
        REJECTED,
        CREDENTIALS_REFUSED,
        NO_ACCESS,
        /** Unreachable, failing or rate limited after retries. */
        UNAVAILABLE,
        /** An answer AdsDesk could not read. */
        UNEXPECTED_RESPONSE,
        /** No copy of the features is kept for this program (offline). */
        NO_COPY
    }

    private final Reason reason;
    private final List<FieldProblem> problems;
    private final String rawBody;

    public FeatureException(Reason reason, String message, List<FieldProblem> problems, String rawBody, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.problems = problems == null ? List.of() : List.copyOf(problems);
        this.rawBody = rawBody;
    }

    public Reason reason() {
        return reason;
    }

    /** Per-field messages (INVALID, UNSUPPORTED); empty otherwise. */
    public List<FieldProblem> problems() {
        return problems;
    }

    /** Yelp's answer as received, for support tickets; null when none. */
    public String rawBody() {
        return rawBody;
    }

    static FeatureException invalid(List<FieldProblem> problems) {
        boolean unsupported = problems.stream().allMatch(p -> p.field().isEmpty());
        return new FeatureException(unsupported ? Reason.UNSUPPORTED : Reason.INVALID, problems.getFirst().line()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""), problems, null, null);
    }

    /** Yelp's failure in plain words; {@code what} is "the features of program X" and the like. */
    static FeatureException of(PartnerApiException e, String what) {
        if (e.needsFeatureCredentials()) {
            return new FeatureException(Reason.NEEDS_FEATURE_CREDENTIALS, e.getMessage(), null, e.rawBody(), e);
        }
        return switch (e.kind()) {
            case NOT_FOUND -> new FeatureException(Reason.NOT_FOUND, "Yelp does not know " + what
                    + " (check the ID, or run a sync: the program may have been replaced)", null, e.rawBody(), e);
            case BAD_REQUEST -> new FeatureException(Reason.REJECTED, "Yelp refused the change to " + what + ": "
                    + yelpSaid(e), null, e.rawBody(), e);
            case CREDENTIALS_REFUSED -> new FeatureException(Reason.CREDENTIALS_REFUSED,
                    "Yelp refused the username or password; check the account's credentials", null, e.rawBody(), e);
            case NO_ACCESS -> new FeatureException(Reason.NO_ACCESS, "These credentials have no access to " + what,
                    null, e.rawBody(), e);
            case UNAVAILABLE, RATE_LIMITED, UNTRUSTED_SERVER -> new FeatureException(Reason.UNAVAILABLE, e.getMessage(),
                    null, e.rawBody(), e);
            case UNEXPECTED_RESPONSE -> new FeatureException(Reason.UNEXPECTED_RESPONSE, e.getMessage(), null, e.rawBody(), e);
        };
    }

    private static String yelpSaid(PartnerApiException e) {
        String m = e.getMessage() == null ? "" : e.getMessage().replaceFirst("^HTTP \\d+: ", "");
        return m.isBlank() ? "the request was refused (no reason given)" : m;
    }
}
