package io.adsdesk.sandbox;

import java.util.List;
import java.util.Set;

/**
 * What validating a job decided: nothing wrong, a rejected business entry, a rejected update
 * group, or unrecognised ad_categories items (which reject the list and, through it, the group).
 */
record Verdict(JobError businessError, JobError groupError, Set<Integer> badCategoryIndexes) {
    static final Verdict OK = new Verdict(null, null, Set.of());

    static Verdict business(String code) {
        return new Verdict(JobError.of(code), null, Set.of());
    }

    static Verdict business(JobError error) {
        return new Verdict(error, null, Set.of());
    }

    static Verdict group(String code) {
        return new Verdict(null, JobError.of(code), Set.of());
    }

    static Verdict group(String code, String detail) {
        return new Verdict(null, JobError.of(code, detail), Set.of());
    }

    /** A forced outcome's rejection: on the business entry for business codes, else on the group. */
    static Verdict forced(String code) {
        JobError error = JobError.of(code);
        return error.businessLevel() ? new Verdict(error, null, Set.of()) : new Verdict(null, error, Set.of());
    }

    /** The items of ad_categories at these indexes are not aliases of the business's categories. */
    static Verdict badCategories(List<Integer> indexes) {
        return new Verdict(null, new JobError("INVALID_OR_MISSING_REQUIRED_KEY",
                "ValidationError: Invalid or missing required key(s): ad_categories."), Set.copyOf(indexes));
    }

    boolean ok() {
        return businessError == null && groupError == null;
    }
}
