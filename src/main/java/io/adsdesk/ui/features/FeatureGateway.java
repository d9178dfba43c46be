package io.adsdesk.ui.features;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * What the features screens need from the account's feature service (the registry's copy, the partner
 * API, the validator, the summaries, the credential store). Feature objects travel as JSON-shaped
 * maps (String, Boolean, Number, List, Map, null) keyed as on the wire. Implemented by the app's
 * wiring; every method but the pure ones blocks and runs on a worker.
 */
public interface FeatureGateway {

    /** The copy last read for the program, or null when none was read. Blocking. */
    FeatureCopy cached(String programId);

    /** Reads the program's features from Yelp and keeps the copy. Blocking. */
    FeatureCopy read(String programId) throws FeatureCallException;

    /** Merges one feature at Yelp (an audit entry with before and after); the copy after. Blocking. */
    FeatureCopy save(String programId, String type, Map<String, Object> value) throws FeatureCallException;

    /**
     * Saves one feature edited from {@code opened} (its value when the editor opened; null when there was
     * none): re-reads Yelp's copy first and, when Yelp's value of the type changed since and
     * {@code overwrite} is false, sends nothing and answers with Yelp's copy. Otherwise merges the value
     * at Yelp (an audit entry with before and after). Blocking.
     */
    SaveAnswer save(String programId, String type, Map<String, Object> opened, Map<String, Object> value, boolean overwrite)
            throws FeatureCallException;

    /**
     * What a checked save came to: {@code saved} true with the copy after the save, or false (nothing
     * sent) with Yelp's current copy, whose value of the type changed since the editor opened.
     */
    record SaveAnswer(boolean saved, FeatureCopy copy) {
    }

    /** Turns one feature off at Yelp (an audit entry); the copy after. Blocking. */
    FeatureCopy remove(String programId, String type) throws FeatureCallException;

    /**
     * The same change on many programs, one request each and a bounded number in flight. {@code each}
     * hears every program's outcome as soon as it is known (from worker threads), exactly once per
     * program; once {@code cancelled} is true no new request goes out, requests in flight finish and
     * are reported, and the programs not reached are reported {@link BulkOutcome#notSent}. Blocking.
     */
    void bulk(List<String> programIds, BulkFeatureChange change, Consumer<BulkOutcome> each, BooleanSupplier cancelled);

    /** What is wrong with the value, field by field (wire names); empty when it may be sent. Pure. */
    List<FeatureProblem> validate(String type, Map<String, Object> value);

    /** "12 blocked keywords", "Radius 15 mi (24 km)". Pure. */
    String summary(String type, Map<String, Object> value);

    /** Whether the value counts as on (the web dashboard's "active" rules). Pure. */
    boolean isActive(String type, Map<String, Object> value);

    /** The Portfolio sub-API of the same account. */
    PortfolioGateway portfolio();

    /** Keeps the account's Data Ingestion username and password for feature calls. Blocking. */
    void saveDataIngestionCredentials(String username, char[] password) throws Exception;

    /** One field's problem: {@code field} is the wire name ("custom_radius"), or null for the whole feature. */
    record FeatureProblem(String field, String message) {
    }

    /**
     * One program's result in a bulk change: {@code error} null when it worked; {@code sent} false when
     * the change was stopped before this program's request went out.
     */
    record BulkOutcome(String programId, String error, boolean sent) {
        public BulkOutcome(String programId, String error) {
            this(programId, error, true);
        }

        /** A program the change did not reach because it was stopped. */
        public static BulkOutcome notSent(String programId) {
            return new BulkOutcome(programId, "Not sent: stopped before this program", false);
        }

        public boolean ok() {
            return error == null;
        }
    }
}
