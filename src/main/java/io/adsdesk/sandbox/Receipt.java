package io.adsdesk.sandbox;

import java.util.List;
import java.util.Map;

/**
 * The result of a processed job, before it is written as JSON (partner-api.md §2.4): one
 * business_results entry and, unless the business itself was rejected, its update group.
 *
 * @param businessError set when the business entry itself is rejected; then there is no group
 * @param group program_added / program_modified / program_ended, or null
 */
record Receipt(JobKind kind, String identifier, String status, JobError businessError, Group group) {
    static final String COMPLETED = "COMPLETED";
    static final String REJECTED = "REJECTED";

    /**
     * One node: a status, maybe an error, and the requested_value echoed as a string or, for lists,
     * as per-item nodes.
     */
    record Node(String status, JobError error, String value, List<Node> items) {
        static Node of(String status, JobError error, String value) {
            return new Node(status, error, value, null);
        }

        boolean completed() {
            return COMPLETED.equals(status);
        }
    }

    /**
     * @param fields the echoed parameters by receipt name, in order (ad_categories a list node)
     * @param programId the program_id entry (the new ID on create), or null
     * @param value the group's own requested_value (program_ended), or null
     */
    record Group(String status, JobError error, Map<String, Node> fields, Node programId, String value) {
    }

    boolean rejected() {
        return REJECTED.equals(status);
    }

    /** True when the parameter went through: its node COMPLETED (an absent parameter is not). */
    boolean applied(String field) {
        if (group == null || !COMPLETED.equals(group.status())) {
            return false;
        }
        Node node = group.fields().get(field);
        return node != null && node.completed();
    }

    /** The ID of the program a create made, or null. */
    String newProgramId() {
        return kind == JobKind.CREATE && group != null && group.programId() != null ? group.programId().value() : null;
    }
}
