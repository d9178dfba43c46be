package io.adsdesk.sandbox;

/** The three asynchronous writes (partner-api.md §2.1–2.3) and where their receipts put the results. */
enum JobKind {
    CREATE("program_added", "BUSINESS"),
    EDIT("program_modified", "PROGRAM"),
    END("program_ended", "PROGRAM");

    private final String group;
    private final String identifierType;

    JobKind(String group, String identifierType) {
        this.group = group;
        this.identifierType = identifierType;
    }

    /** The key under update_results. */
    String group() {
        return group;
    }

    /** business_results[].identifier_type: BUSINESS for create, PROGRAM for edit and end. */
    String identifierType() {
        return identifierType;
    }
}
