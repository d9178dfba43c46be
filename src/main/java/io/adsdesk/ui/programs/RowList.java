package io.adsdesk.ui.programs;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableListBase;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The table's rows, whose whole content is replaced in one change a TableView digests cheaply: the
 * positions held before and after are reported as updated, the rest as added or removed at the end.
 * After a plain {@code setAll} (one "replaced" change) a TableView drops what its cells show and
 * rebuilds every visible cell; after this change it refreshes the cells in place. A table keeps its
 * selected index through an update, so the view clears a selection whose row is no longer shown.
 * The change is built here, not with the list's change builder, which copies every removed row one
 * by one (narrowing 90,000 rows to 6,000 spent most of its time there).
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
        if (old.isEmpty() && items.isEmpty()) {
            return;
        }
        fireChange(new Replacement<>(this, old, items.size()));
    }

    /** Positions 0..common-1 updated, then the tail added or removed. */
    private static final class Replacement<E> extends ListChangeListener.Change<E> {
        private final int common;
        private final int newSize;
        private final List<E> removedTail;
        /** -1 before the first next(), then the index of the current part. */
        private int part = -1;
        private final int parts;

        Replacement(RowList<E> list, List<E> old, int newSize) {
            super(list);
            this.newSize = newSize;
            this.common = Math.min(old.size(), newSize);
            this.removedTail = old.size() > common ? Collections.unmodifiableList(old.subList(common, old.size())) : List.of();
            this.parts = (common > 0 ? 1 : 0) + (newSize != old.size() ? 1 : 0);
        }

        private boolean updatePart() {
            return common > 0 && part == 0;
        }

        @Override
        public boolean next() {
            if (part + 1 >= parts) {
                part = parts;
                return false;
            }
            part++;
            return true;
        }

        @Override
        public void reset() {
            part = -1;
        }

        private void check() {
            if (part < 0 || part >= parts) {
                throw new IllegalStateException("Invalid Change state: next() must be called before inspecting the Change.");
            }
        }

        @Override
        public int getFrom() {
            check();
            return updatePart() ? 0 : common;
        }

        @Override
        public int getTo() {
            check();
            return updatePart() ? common : newSize > common ? newSize : common;
        }

        @Override
        public List<E> getRemoved() {
            check();
            return updatePart() ? List.of() : removedTail;
        }

        @Override
        public boolean wasUpdated() {
            check();
            return updatePart();
        }

        @Override
        protected int[] getPermutation() {
            check();
            return new int[0];
        }
    }
}
