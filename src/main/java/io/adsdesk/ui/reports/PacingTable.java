package io.adsdesk.ui.reports;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.adsdesk.ui.common.ColumnWidths;
import io.adsdesk.ui.common.Formats;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Budget pacing of this month's CPC programs: spend to date, budget, projected end-of-month spend and
 * a flag in colour, symbol and words. Sortable; double-click or Enter shows the program in the
 * programs table.
 */
final class PacingTable extends TableView<PacingRow> {
    /** The flag badge's own padding, as text of about its width. */
    private static final String BADGE_ROOM = "        ";

    PacingTable(ObservableList<PacingRow> rows, Consumer<String> showProgram) {
        setId("pacing-table");
        getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE, Styles.DENSE);
        SortedList<PacingRow> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        
        Label empty = new Label("No CPC program has a budget this month.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        setPlaceholder(empty);

        TableColumn<PacingRow, PacingRow.Pace> pace = new TableColumn<>("Pace");
        pace.setId("pacing-pace");
        ColumnWidths.fit(pace, "▲ Runs out early" + BADGE_ROOM);
        pace.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().pace()));
        pace.setCellFactory(c -> new PaceCell());
        getColumns().add(pace);
        getColumns().add(text("Program", "pacing-program", PacingRow::programId, "ABCDEFGHIJKLMNOPQR"));
        getColumns().add(text("Business", "pacing-business", PacingRow::businessName, "A business with a name"));
        getColumns().add(money("Spent to date", "pacing-spent", PacingRow::spentCents));
        getColumns().add(money("Monthly budget", "pacing-budget", PacingRow::budgetCents));
        TableColumn<PacingRow, Number> projected = money("Projected", "pacing-projected", PacingRow::projectedCents);
        getColumns().add(projected);
        TableColumn<PacingRow, Number> share = new TableColumn<>("% of budget");
        share.setId("pacing-share");
        ColumnWidths.fit(share, "1,000%");
        share.getStyleClass().add("numeric-column");
        share.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().percentOfBudget()));
        share.setCellFactory(c -> rightAligned(n -> n.intValue() < 0 ? Formats.NONE : Formats.count(n.intValue()) + "%"));
        getColumns().add(share);
        getSortOrder().add(pace);
        // The window decides the width: figures and flags keep theirs, the program and business columns give way.
        for (TableColumn<PacingRow, ?> c : getColumns()) {
            if (c != getColumns().get(1) && c != getColumns().get(2)) {
                c.setMinWidth(c.getPrefWidth());
            }
        }
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getSelectionModel().getSelectedItem() != null) {
                showProgram.accept(getSelectionModel().getSelectedItem().programId());
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && getSelectionModel().getSelectedItem() != null) {
                showProgram.accept(getSelectionModel().getSelectedItem().programId());
                e.consume();
            }
        });
    }

    private static TableColumn<PacingRow, String> text(String title, String id, Function<PacingRow, String> f, String sample) {
        TableColumn<PacingRow, String> c = new TableColumn<>(title);
        c.setId(id);
        ColumnWidths.fit(c, sample);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        return c;
    }

    private static TableColumn<PacingRow, Number> money(String title, String id, ToLongFunction<PacingRow> f) {
        TableColumn<PacingRow, Number> c = new TableColumn<>(title);
        c.setId(id);
        ColumnWidths.fit(c, "$100,000.00");
        c.getStyleClass().add("numeric-column");
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.applyAsLong(d.getValue())));
        c.setCellFactory(col -> rightAligned(n -> Formats.dollars(n.longValue())));
        c.setComparator(Comparator.comparingLong(Number::longValue));
        return c;
    }

    private static TableCell<PacingRow, Number> rightAligned(Function<Number, String> text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
                setAlignment(Pos.CENTER_RIGHT);
            }
        };
    }

    /** The flag: a badge with a symbol and a word, coloured by how it paces. */
    private static final class PaceCell extends TableCell<PacingRow, PacingRow.Pace> {
        private final Label badge = new Label();

        @Override
        protected void updateItem(PacingRow.Pace pace, boolean empty) {
            super.updateItem(pace, empty);
            if (empty || pace == null) {
                setGraphic(null);
                return;
            }
            badge.setText(pace.symbol() + " " + pace.label());
            badge.getStyleClass().setAll("label", "status-badge", "pace-" + pace.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            setGraphic(badge);
        }
    }
}
