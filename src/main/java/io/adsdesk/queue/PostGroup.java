package io.adsdesk.queue;

import io.adsdesk.model.change.ChangeField;
import io.adsdesk.model.change.PendingChange;

import java.util.ArrayList;
import java.util.List;

/**
 * The changes of one program posted together: the field edits go as one Yelp edit job, then a state
 * change (pause, resume, end) if there is one. Confined to one worker at a time.
 */
final class PostGroup {
    final String programId;
    /** Budget, max bid and dates, sent as one edit. */
    final List<PendingChange> edits = new ArrayList<>();
    /** Pause, resume or end, sent after the edit. */
    PendingChange state;
    /** The job being followed and the changes it carries. */
    String jobId;
    List<PendingChange> jobChanges = List.of();
    int polls;

    PostGroup(String programId) {
        this.programId = programId;
    }

    void add(PendingChange c) {
        if (c.field() == ChangeField.STATE) {
            state = c;
        } else {
            edits.add(c);
        }
    }

    int size() {
        return edits.size() + (state == null ? 0 : 1);
    }
}
