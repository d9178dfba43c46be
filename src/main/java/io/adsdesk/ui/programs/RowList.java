package io.adsdesk.ui.programs;

import javafx.collections.ObservableListBase;

import java.util.ArrayList;
import java.util.List;

/**
 * The table's rows, whose whole content is replaced in one change a TableView digests cheaply: the
 * positions held before and after are reported as updated, the rest as added or removed at the end.
 * After a plain {@code setAll} (one "replaced" change) a TableView drops what its cells show and
 * rebuilds every visible cell; after this change it refreshes the cells in place. A table keeps its
 * selected index through an update, so the view clears a selection whose row is no longer shown.
 */
final class RowList<E> extends ObservableListBase<E> {
    private List<E> items = new ArrayList<>();

    @Override
    public E get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    /** Makes the list hold {@code next}, in one change. */
    void replaceContent(List<E> next) {
        List<E> old = items;
        items = new ArrayList<>(next);
        int common = Math.min(old.size(), next.size());
        beginChange();
        try {
            for (int i = 0; i < common; i++) {
                nextUpdate(i);
            }
            if (next.size() > common) {
                nextAdd(common, next.size());
            } else if (old.size() > common) {
                nextRemove(common, old.subList(common, old.size()));
            }
        } finally {
            endChange();
        }
    }
}
