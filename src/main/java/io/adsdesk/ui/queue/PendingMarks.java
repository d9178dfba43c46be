package io.adsdesk.ui.queue;

import io.adsdesk.model.change.ChangeField;
import io.adsdesk.queue.CheckedChange;
import io.adsdesk.ui.programs.PendingMark;
import io.adsdesk.ui.programs.ProgramColumn;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** The queue's open changes as the programs table marks them: which column each field changes. */
public final class PendingMarks {
    private PendingMarks() {
    }

    public static Map<String, Map<ProgramColumn, PendingMark>> of(Map<String, Map<ChangeField, CheckedChange>> byProgram) {
        Map<String, Map<ProgramColumn, PendingMark>> marks = new HashMap<>(byProgram.size() * 2);
        byProgram.forEach((programId, fields) -> {
            Map<ProgramColumn, PendingMark> cells = new EnumMap<>(ProgramColumn.class);
            fields.forEach((field, change) -> cells.put(column(field), new PendingMark(change.newText(), change.oldText(),
                    change.blocked(), change.checks().isEmpty() ? null : change.summary())));
            marks.put(programId, cells);
        });
        return marks;
    }

    static ProgramColumn column(ChangeField field) {
        return switch (field) {
            case BUDGET -> ProgramColumn.BUDGET;
            case MAX_BID -> ProgramColumn.MAX_BID;
            case START_DATE -> ProgramColumn.START;
            case END_DATE -> ProgramColumn.END;
            case STATE -> ProgramColumn.STATUS;
        };
    }
}
