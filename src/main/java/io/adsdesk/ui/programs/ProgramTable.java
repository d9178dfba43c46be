package io.adsdesk.ui.programs;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.adsdesk.model.ProgramIssue;
import io.adsdesk.model.ProgramStatus;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Locale;

/** The programs table: one {@link TableColumn} per {@link ProgramColumn}, sortable, hideable. */
final class ProgramTable extends TableView<ProgramRow> {
    private static final double MIN_WIDTH = 40;
    /** What the last sync changed: the Program ID cells mark those rows from it, never asking the registry. */
    private LastSyncChanges changes = LastSyncChanges.NONE;
    /** The pending changes: a marked cell shows the new value, never asking the queue per cell. */
    private Map<String, Map<ProgramColumn, PendingMark>> pending = PendingMark.NONE;

    ProgramTable() {
        setId("programs-table");
        getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        setTableMenuButtonVisible(true);
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setSelectionModel(new RowSelectionModel<>(this));
        for (ProgramColumn column : ProgramColumn.values()) {
            getColumns().add(createColumn(column));
        }
    }

    /** The sort keys the headers show, first key first (a click sorts, Shift-click adds a key). */
    List<ColumnSort> sortKeys() {
        List<ColumnSort> keys = new ArrayList<>();
        for (TableColumn<ProgramRow, ?> col : getSortOrder()) {
            keys.add(new ColumnSort((ProgramColumn) col.getUserData(), col.getSortType() == TableColumn.SortType.DESCENDING));
        }
        return keys;
    }

    /** Makes exactly these rows selected, {@code lead} the focused one, in one change. */
    void selectOnly(int[] rows, int lead) {
        ((RowSelectionModel<ProgramRow>) getSelectionModel()).selectOnly(rows, lead);
    }

    /**
     * Before the rows are replaced: keeps the selection when the selected programs will be at these
     * same positions (ascending) afterwards; false when it must be cleared and restored instead.
     */
    boolean keepSelectionWhileReplacing(int[] after) {
        return ((RowSelectionModel<ProgramRow>) getSelectionModel()).keepWhileReplacing(after);
    }

    /** The selected rows' positions, ascending, without boxing each one. */
    int[] selectedRows() {
        return ((RowSelectionModel<ProgramRow>) getSelectionModel()).selectedRows();
    }

    /** The columns shown, in the order the user sees them. */
    List<ProgramColumn> visibleColumns() {
        List<ProgramColumn> shown = new ArrayList<>();
        for (TableColumn<ProgramRow, ?> col : getVisibleLeafColumns()) {
            shown.add((ProgramColumn) col.getUserData());
        }
        return shown;
    }

    /** Shows these sort keys on the headers; the sort policy then hands them to the view model. */
    void sortBy(List<ColumnSort> keys) {
        List<TableColumn<ProgramRow, ?>> order = new ArrayList<>();
        for (ColumnSort key : keys) {
            for (TableColumn<ProgramRow, ?> col : getColumns()) {
                if (col.getUserData() == key.column()) {
                    col.setSortType(key.descending() ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
                    order.add(col);
                }
            }
        }
        getSortOrder().setAll(order);
        sort();
    }

    /** Applies remembered widths and reports the widths the user sets, once per drag. */
    void restoreWidths(Map<String, Double> widths, Consumer<Map<String, Double>> onChange) {
        for (TableColumn<ProgramRow, ?> col : getColumns()) {
            Double w = widths.get(col.getId());
            if (w != null && w >= MIN_WIDTH) {
                col.setPrefWidth(w);
            }
        }
        Map<String, Double> last = new LinkedHashMap<>(widths);
        PauseTransition settle = new PauseTransition(Duration.millis(400));
        settle.setOnFinished(e -> {
            Map<String, Double> now = new LinkedHashMap<>();
            for (TableColumn<ProgramRow, ?> col : getColumns()) {
                ProgramColumn column = (ProgramColumn) col.getUserData();
                if (Math.abs(col.getWidth() - column.width()) >= 1 && col.isVisible()) {
                    now.put(col.getId(), (double) Math.round(col.getWidth()));
                } else if (!col.isVisible() && widths.containsKey(col.getId())) {
                    now.put(col.getId(), widths.get(col.getId()));
                }
            }
            if (!now.equals(last)) {
                last.clear();
                last.putAll(now);
                onChange.accept(now);
            }
        });
        for (TableColumn<ProgramRow, ?> col : getColumns()) {
            col.widthProperty().addListener((obs, was, w) -> {
                if (col.isVisible() && getSkin() != null) {
                    settle.playFromStart();
                }
            });
        }
    }

    /** Marks the rows of this sync's changes (after a load: the cells are refreshed once). */
    void showChanges(LastSyncChanges lastChanges) {
        if (lastChanges != changes) {
            changes = lastChanges;
            refresh();
        }
    }

    /** Marks the cells of these pending changes (the cells are refreshed once). */
    void showPending(Map<String, Map<ProgramColumn, PendingMark>> marks) {
        if (marks != pending) {
            pending = marks;
            refresh();
        }
    }

    /** This cell's pending change, or null. */
    PendingMark pendingMark(ProgramRow row, ProgramColumn column) {
        Map<ProgramColumn, PendingMark> marks = pending.get(row.programId());
        return marks == null ? null : marks.get(column);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static TableColumn<ProgramRow, ProgramRow> createColumn(ProgramColumn column) {
        TableColumn<ProgramRow, ProgramRow> col = new TableColumn<>(column.title());
        col.setId(column.name());
        col.setUserData(column);
        col.setPrefWidth(column.width());
        col.setMinWidth(MIN_WIDTH);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        Comparator<ProgramRow> byKey = (a, b) -> ProgramColumn.NULLS_FIRST.compare(
                (Comparable) column.sortKey(a), (Comparable) column.sortKey(b));
        col.setComparator(byKey);
        col.setCellFactory(c -> column == ProgramColumn.STATUS ? new StatusCell() : new TextCell(column));
        if (column.kind() == ProgramColumn.Kind.NUMBER) {
            col.getStyleClass().add("numeric-column");
        }
        return col;
    }

    /** Plain text, aligned by the column's kind; long text gets a tooltip. */
    private static final class TextCell extends MarkableCell {
        private final ProgramColumn column;
        /** One per cell, created when first needed: a new Tooltip per update costs more than the update. */
        private Tooltip tooltip;
        private ChangeMark mark;

        TextCell(ProgramColumn column) {
            this.column = column;
            setAlignment(switch (column.kind()) {
                case NUMBER -> Pos.CENTER_RIGHT;
                case CENTER -> Pos.CENTER;
                case TEXT -> Pos.CENTER_LEFT;
            });
            if (column == ProgramColumn.PROGRAM_ID || column == ProgramColumn.BUSINESS_ID) {
                getStyleClass().add("id-cell");
            }
        }

        @Override
        protected void updateItem(ProgramRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setTooltip(null);
                setGraphic(null);
                markPending(null);
                return;
            }
            String text = column.text(row);
            PendingMark pendingMark = getTableView() instanceof ProgramTable t ? t.pendingMark(row, column) : null;
            markPending(pendingMark);
            if (pendingMark != null) {
                setText(pendingMark.cellText());
                setGraphic(null);
                if (tooltip == null) {
                    tooltip = new Tooltip();
                }
                tooltip.setText(pendingMark.tooltip());
                setTooltip(tooltip);
                return;
            }
            setText(text);
            if (column == ProgramColumn.PROGRAM_ID && getTableView() instanceof ProgramTable table) {
                var change = table.changes.of(row.programId());
                if (change != null) {
                    if (mark == null) {
                        mark = new ChangeMark();
                    }
                    setGraphic(mark.of(change.kind()));
                    if (tooltip == null) {
                        tooltip = new Tooltip();
                    }
                    tooltip.setText(ChangeMark.describe(change));
                    setTooltip(tooltip);
                    return;
                }
                setGraphic(null);
            }
            boolean wantsTip = column == ProgramColumn.FEATURES || column == ProgramColumn.BUSINESS;
            if (wantsTip && !text.isEmpty()) {
                String tip = column == ProgramColumn.BUSINESS && row.businessNames().size() > 1
                        ? String.join("\n", row.businessNames()) : text.replace(", ", "\n");
                if (tooltip == null) {
                    tooltip = new Tooltip();
                }
                tooltip.setText(tip);
                setTooltip(tooltip);
            } else {
                setTooltip(null);
            }
        }
    }

    /** Style classes for a pending cell, changed only when its kind changes. */
    private abstract static class MarkableCell extends TableCell<ProgramRow, ProgramRow> {
        private String shownMark = "";

        void markPending(PendingMark mark) {
            String now = mark == null ? "" : mark.blocked() ? "pending-blocked" : "pending-cell";
            if (!now.equals(shownMark)) {
                getStyleClass().removeAll("pending-cell", "pending-blocked");
                if (!now.isEmpty()) {
                    getStyleClass().add("pending-cell");
                    if (mark.blocked()) {
                        getStyleClass().add("pending-blocked");
                    }
                }
                shownMark = now;
            }
        }
    }

    /** The derived status as a coloured label. */
    private static final class StatusCell extends MarkableCell {
        /**
         * One pseudo-class per status: a cell shows another program's status on most updates, and
         * switching a pseudo-class restyles the badge from cached styles, where changing its style
         * classes had it look up its styles again.
         */
        private static final Map<ProgramStatus, PseudoClass> STATES = new java.util.EnumMap<>(ProgramStatus.class);

        static {
            for (ProgramStatus s : ProgramStatus.values()) {
                STATES.put(s, PseudoClass.getPseudoClass("status-" + s.name().toLowerCase(Locale.ROOT)));
            }
        }

        private final Label badge = new Label();
        private ProgramStatus shown;

        StatusCell() {
            badge.getStyleClass().addAll("status-badge", "program-status");
            setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(ProgramRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                markPending(null);
                return;
            }
            if (row.status() != shown) {
                if (shown != null) {
                    badge.pseudoClassStateChanged(STATES.get(shown), false);
                }
                shown = row.status();
                badge.setText(shown.name());
                badge.pseudoClassStateChanged(STATES.get(shown), true);
            }
            setGraphic(badge);
            PendingMark pendingMark = getTableView() instanceof ProgramTable t ? t.pendingMark(row, ProgramColumn.STATUS) : null;
            markPending(pendingMark);
            if (pendingMark != null) {
                setText(pendingMark.cellText());
                setTooltip(new Tooltip(pendingMark.tooltip()));
                return;
            }
            showIssue(row.program().issue());
        }

        /** A marked program: a warning sign after the badge, the reason in a tooltip (see the details pane). */
        private void showIssue(ProgramIssue issue) {
            if (issue == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText("⚠ " + issue.label());
            setTooltip(new Tooltip(issue.label() + ": " + issue.reason()));
        }
    }
}
