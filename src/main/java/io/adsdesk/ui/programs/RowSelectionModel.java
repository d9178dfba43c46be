package io.adsdesk.ui.programs;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableListBase;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;

import java.util.AbstractList;
import java.util.BitSet;
import java.util.List;

/**
 * Row selection for a table of up to 100,000 rows, held in a bit set. The table's own selection
 * model clears a selection one row at a time, each step searching the selected list: clearing
 * 40,000 selected rows took 0.7 s and it grows with the square of the count. Here selecting all,
 * clearing and selecting a computed set are each one pass and one change per list; a click or an
 * arrow key is a change of one row. Rows only, never cells.
 */
final class RowSelectionModel<S> extends TableView.TableViewSelectionModel<S> {
    private final BitSet bits = new BitSet();
    private int count;
    /** The selected rows in ascending order; null when it must be computed again. */
    private int[] sorted;
    private final Indices indices = new Indices();
    private final Items items = new Items();
    private final Cells cells = new Cells();
    private final ListChangeListener<S> itemsChanged = c -> dropRowsPastTheEnd();
    /**
     * The selected items when {@link #keepWhileReplacing(int[])} kept the selection over a change of
     * the rows; null otherwise. The items list reports them as removed when the rows are remapped.
     */
    private List<S> keptItems;

    RowSelectionModel(TableView<S> table) {
        super(table);
        setSelectionMode(SelectionMode.MULTIPLE);
        if (table.getItems() != null) {
            table.getItems().addListener(itemsChanged);
        }
        table.itemsProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeListener(itemsChanged);
            }
            if (now != null) {
                now.addListener(itemsChanged);
            }
            clearSelection();
        });
    }

    // ---- the lists ---------------------------------------------------------------------------

    @Override
    public ObservableList<Integer> getSelectedIndices() {
        return indices;
    }

    @Override
    public ObservableList<S> getSelectedItems() {
        return items;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public ObservableList<TablePosition> getSelectedCells() {
        return (ObservableList) cells;
    }

    /** The selected rows in ascending order (do not change the array). */
    int[] selectedRows() {
        return ascending();
    }

    private int[] ascending() {
        if (sorted == null) {
            int[] rows = new int[count];
            int n = 0;
            for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
                rows[n++] = i;
            }
            sorted = rows;
        }
        return sorted;
    }

    // ---- queries -----------------------------------------------------------------------------

    @Override
    public boolean isSelected(int row) {
        return row >= 0 && bits.get(row);
    }

    @Override
    public boolean isSelected(int row, TableColumn<S, ?> column) {
        return isSelected(row);
    }

    @Override
    public boolean isEmpty() {
        return count == 0;
    }

    // ---- changes of one row ------------------------------------------------------------------

    @Override
    public void select(int row) {
        if (!valid(row)) {
            return;
        }
        if (getSelectionMode() == SelectionMode.SINGLE) {
            clearAndSelect(row);
            return;
        }
        if (!bits.get(row)) {
            bits.set(row);
            count++;
            sorted = null;
            fireOne(row, true);
        }
        lead(row);
    }

    @Override
    public void select(int row, TableColumn<S, ?> column) {
        select(row);
    }

    @Override
    public void select(S item) {
        List<S> rows = getTableView().getItems();
        int row = rows == null ? -1 : rows.indexOf(item);
        if (row >= 0) {
            select(row);
        }
    }

    @Override
    public void clearSelection(int row) {
        if (row < 0 || !bits.get(row)) {
            return;
        }
        bits.clear(row);
        count--;
        sorted = null;
        fireOne(row, false);
        if (getSelectedIndex() == row) {
            setSelectedIndex(count == 0 ? -1 : lastSelected());
        }
    }

    @Override
    public void clearSelection(int row, TableColumn<S, ?> column) {
        clearSelection(row);
    }

    @Override
    public void clearAndSelect(int row) {
        if (!valid(row)) {
            return;
        }
        if (count == 1 && bits.get(row)) {
            lead(row);
            return;
        }
        int[] before = ascending();
        bits.clear();
        bits.set(row);
        count = 1;
        sorted = null;
        fireAll(before);
        lead(row);
    }

    @Override
    public void clearAndSelect(int row, TableColumn<S, ?> column) {
        clearAndSelect(row);
    }

    // ---- changes of many rows ----------------------------------------------------------------

    @Override
    public void clearSelection() {
        if (count > 0) {
            int[] before = ascending();
            bits.clear();
            count = 0;
            sorted = null;
            fireAll(before);
        }
        setSelectedIndex(-1);
    }

    @Override
    public void selectAll() {
        int n = getItemCount();
        if (getSelectionMode() == SelectionMode.SINGLE || n == 0) {
            return;
        }
        int focused = getFocusedIndex();
        int[] before = ascending();
        bits.set(0, n);
        count = n;
        sorted = null;
        fireAll(before);
        lead(focused >= 0 && focused < n ? focused : n - 1);
    }

    @Override
    public void selectIndices(int row, int... rows) {
        if (getSelectionMode() == SelectionMode.SINGLE) {
            int last = rows != null && rows.length > 0 ? rows[rows.length - 1] : row;
            clearAndSelect(last);
            return;
        }
        int[] before = ascending();
        int last = add(row, -1);
        if (rows != null) {
            for (int r : rows) {
                last = add(r, last);
            }
        }
        finishMany(before, last);
    }

    /**
     * Before the table's rows are replaced: when the selected programs will be at exactly the same
     * positions afterwards ({@code after}, ascending, as after a sort with every row selected), keeps
     * the selection instead of clearing it and returns true; {@link #selectOnly(int[], int)} then
     * reports only that the selected items changed, not 100,000 indices and cells removed and added
     * again. Returns false, keeping nothing, otherwise.
     */
    boolean keepWhileReplacing(int[] after) {
        keptItems = null;
        if (count == 0 || !java.util.Arrays.equals(after, ascending())) {
            return false;
        }
        List<S> rows = getTableView().getItems();
        int[] at = ascending();
        List<S> kept = new java.util.ArrayList<>(at.length);
        for (int row : at) {
            kept.add(rows.get(row));
        }
        keptItems = kept;
        return true;
    }

    /** Makes exactly these rows selected (ascending or not), {@code lead} the focused one, in one change. */
    void selectOnly(int[] rows, int lead) {
        int[] before = ascending();
        List<S> itemsBefore = keptItems;
        keptItems = null;
        bits.clear();
        count = 0;
        int last = -1;
        for (int r : rows) {
            last = add(r, last);
        }
        sorted = null;
        if (itemsBefore == null) {
            fireAll(before);
        } else if (java.util.Arrays.equals(before, ascending())) {
            // The same positions: the indices and cells are unchanged, only the items at them moved.
            items.replaced(itemsBefore);
        } else {
            indices.all(before);
            cells.all(before);
            items.replaced(itemsBefore);
        }
        if (valid(lead) && bits.get(lead)) {
            lead(lead);
        } else if (last >= 0) {
            lead(last);
        } else {
            setSelectedIndex(-1);
        }
    }

    @Override
    public void selectRange(int start, int end) {
        if (start == end) {
            return;
        }
        int low = Math.max(0, Math.min(start, end + 1));
        int high = Math.min(getItemCount(), Math.max(start + 1, end));
        selectSpan(low, high, start < end ? end - 1 : end + 1);
    }

    @Override
    public void selectRange(int minRow, TableColumnBase<S, ?> minColumn, int maxRow, TableColumnBase<S, ?> maxColumn) {
        int low = Math.max(0, Math.min(minRow, maxRow));
        int high = Math.min(getItemCount(), Math.max(minRow, maxRow) + 1);
        selectSpan(low, high, maxRow);
    }

    private void selectSpan(int low, int high, int lead) {
        if (getSelectionMode() == SelectionMode.SINGLE) {
            clearAndSelect(lead);
            return;
        }
        if (low >= high) {
            return;
        }
        int[] before = ascending();
        int added = (high - low) - bits.get(low, high).cardinality();
        bits.set(low, high);
        count += added;
        sorted = null;
        if (added > 0) {
            fireAll(before);
        }
        lead(valid(lead) ? lead : high - 1);
    }

    @Override
    public void selectFirst() {
        if (getItemCount() > 0) {
            clearAndSelect(0);
        }
    }

    @Override
    public void selectLast() {
        if (getItemCount() > 0) {
            clearAndSelect(getItemCount() - 1);
        }
    }

    @Override
    public void selectNext() {
        int focused = getFocusedIndex();
        if (focused < getItemCount() - 1) {
            select(focused + 1);
        }
    }

    @Override
    public void selectPrevious() {
        int focused = getFocusedIndex();
        if (focused > 0) {
            select(focused - 1);
        }
    }

    @Override
    public void selectAboveCell() {
        selectPrevious();
    }

    @Override
    public void selectBelowCell() {
        selectNext();
    }

    @Override
    public void selectLeftCell() {
        // rows only
    }

    @Override
    public void selectRightCell() {
        // rows only
    }

    // ---- helpers -----------------------------------------------------------------------------

    private boolean valid(int row) {
        return row >= 0 && row < getItemCount();
    }

    private int add(int row, int last) {
        if (!valid(row)) {
            return last;
        }
        if (!bits.get(row)) {
            bits.set(row);
            count++;
            sorted = null;
        }
        return row;
    }

    private void finishMany(int[] before, int last) {
        if (count != before.length) {
            fireAll(before);
        }
        if (last >= 0) {
            lead(last);
        }
    }

    private int lastSelected() {
        return bits.length() - 1;
    }

    /** The row that is the selected index and item, and focused. */
    private void lead(int row) {
        setSelectedIndex(row);
        setSelectedItem(getModelItem(row));
        focus(row);
    }

    /** The table's rows changed: rows past the end are no longer selected; the selected item is re-read. */
    private void dropRowsPastTheEnd() {
        int n = getItemCount();
        if (bits.length() > n) {
            int[] before = ascending();
            bits.clear(n, bits.length());
            count = bits.cardinality();
            sorted = null;
            fireAll(before);
        }
        int index = getSelectedIndex();
        if (index >= n) {
            setSelectedIndex(count == 0 ? -1 : lastSelected());
        }
        index = getSelectedIndex();
        setSelectedItem(index >= 0 ? getModelItem(index) : null);
    }

    private void fireOne(int row, boolean added) {
        keptItems = null;
        int at = bits.get(0, row).cardinality();
        indices.one(at, row, added);
        cells.one(at, row, added);
        items.one(at, row, added);
    }

    /** Everything before replaced by everything now, in one change per list. */
    private void fireAll(int[] before) {
        keptItems = null;
        if (before.length == 0 && count == 0) {
            return;
        }
        indices.all(before);
        cells.all(before);
        items.all(before);
    }

    /** A list over the selected rows, mapped to what it holds. */
    private abstract class Selected<E> extends ObservableListBase<E> {
        abstract E at(int row);

        @Override
        public E get(int i) {
            return at(RowSelectionModel.this.ascending()[i]);
        }

        @Override
        public int size() {
            return count;
        }

        void one(int at, int row, boolean added) {
            beginChange();
            if (added) {
                nextAdd(at, at + 1);
            } else {
                nextRemove(at, at(row));
            }
            endChange();
        }

        /**
         * Everything before replaced by everything now, as one change built here: the list's change
         * builder copies every removed element (after Ctrl+A on 100,000 rows, 100,000 of them per
         * list on the next change), while this one reads them only if a listener asks.
         */
        void all(int[] before) {
            replaced(new AbstractList<>() {
                @Override
                public E get(int i) {
                    return at(before[i]);
                }

                @Override
                public int size() {
                    return before.length;
                }
            });
        }

        /** {@code removed} replaced by everything now, in one change. */
        void replaced(List<E> removed) {
            if (removed.isEmpty() && count == 0) {
                return;
            }
            fireChange(new Replaced<>(this, removed, count));
        }
    }

    /** One change: {@code removed} replaced by the list's first {@code added} elements. */
    private static final class Replaced<E> extends ListChangeListener.Change<E> {
        private final List<E> removed;
        private final int added;
        private boolean onPart;
        private boolean done;

        Replaced(ObservableList<E> list, List<E> removed, int added) {
            super(list);
            this.removed = removed;
            this.added = added;
        }

        @Override
        public boolean next() {
            if (done) {
                onPart = false;
                return false;
            }
            done = true;
            onPart = true;
            return true;
        }

        @Override
        public void reset() {
            done = false;
            onPart = false;
        }

        private void check() {
            if (!onPart) {
                throw new IllegalStateException("Invalid Change state: next() must be called before inspecting the Change.");
            }
        }

        @Override
        public int getFrom() {
            check();
            return 0;
        }

        @Override
        public int getTo() {
            check();
            return added;
        }

        @Override
        public List<E> getRemoved() {
            check();
            return removed;
        }

        @Override
        protected int[] getPermutation() {
            check();
            return new int[0];
        }
    }

    private final class Indices extends Selected<Integer> {
        @Override
        Integer at(int row) {
            return row;
        }
    }

    private final class Items extends Selected<S> {
        @Override
        S at(int row) {
            return row < getItemCount() ? getModelItem(row) : null;
        }
    }

    private final class Cells extends Selected<TablePosition<S, ?>> {
        @Override
        TablePosition<S, ?> at(int row) {
            return new TablePosition<>(getTableView(), row, null);
        }
    }
}
