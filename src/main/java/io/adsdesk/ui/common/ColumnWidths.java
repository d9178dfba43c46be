package io.adsdesk.ui.common;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Column widths of the windows' tables (history, jobs, audit log). Each column starts wide enough for
 * its header and typical content; widths the user sets are remembered by table and column title in
 * the settings map given, and saved when the window closes. The last column (free text) takes the
 * rest of the width and is not remembered. FX-thread confined.
 */
public final class ColumnWidths {
    /** The theme's text size, and the cells' padding (0.5em each side) plus room for the sort arrow. */
    private static final double FONT_SIZE = 14;
    private static final double CELL_PADDING = 2 * 7 + 8;
    private static final double HEADER_PADDING = 2 * 7 + 24;
    /** Yelp's IDs are 22 characters; app.css shows them monospace at 0.92em (".id-cell"). */
    private static final int ID_LENGTH = 22;
    private static final double ID_FONT_SCALE = 0.92;
    private static final String ID_STYLE = "id-cell";
    /** Room left for the vertical scroll bar and the table's border, so the last column does not scroll. */
    private static final double SCROLL_BAR_ROOM = 18;

    private final Map<String, Double> remembered;
    private final Runnable save;

    /** @param remembered the settings' map, keyed "table-id/Column title"; {@code save} writes the settings */
    public ColumnWidths(Map<String, Double> remembered, Runnable save) {
        this.remembered = remembered;
        this.save = save;
    }

    /** Widths kept only while the app runs (tests, no settings). */
    public static ColumnWidths inMemory() {
        return new ColumnWidths(new HashMap<>(), () -> { });
    }

    /** Sets the column's width to fit its title in bold and each sample as a cell shows it. */
    public static void fit(TableColumn<?, ?> column, String... samples) {
        double width = textWidth(column.getText(), FontWeight.BOLD) + HEADER_PADDING;
        for (String s : samples) {
            width = Math.max(width, textWidth(s, FontWeight.NORMAL) + CELL_PADDING);
        }
        column.setPrefWidth(Math.ceil(width));
        column.setMinWidth(Math.min(column.getMinWidth(), column.getPrefWidth()));
    }

    /**
     * Makes {@code column} an ID column: IDs in the app's monospace ID style, the column wide enough
     * for a whole Yelp ID (22 characters) and its title.
     */
    public static <S> void fitIds(TableColumn<S, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            {
                getStyleClass().add(ID_STYLE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        Text id = new Text("M".repeat(ID_LENGTH));
        id.setFont(Font.font("monospace", FontWeight.NORMAL, FONT_SIZE * ID_FONT_SCALE));
        double width = Math.max(id.getLayoutBounds().getWidth() + CELL_PADDING,
                textWidth(column.getText(), FontWeight.BOLD) + HEADER_PADDING);
        column.setPrefWidth(Math.ceil(width));
    }

    /**
     * Gives the table's columns their remembered widths and remembers the ones the user sets. The
     * table needs an id; the last column fills what is left.
     */
    public void remember(TableView<?> table) {
        // Unconstrained, so no column is ever squeezed to make room (a narrow window scrolls instead),
        // and the last column is sized to what the others leave.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        List<? extends TableColumn<?, ?>> columns = table.getColumns();
        List<? extends TableColumn<?, ?>> fixed = columns.subList(0, Math.max(0, columns.size() - 1));
        if (!columns.isEmpty()) {
            TableColumn<?, ?> last = columns.getLast();
            double least = last.getPrefWidth();
            last.setResizable(false);
            List<Observable> dependencies = new ArrayList<>();
            dependencies.add(table.widthProperty());
            fixed.forEach(c -> dependencies.add(c.widthProperty()));
            last.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(least,
                    table.getWidth() - fixed.stream().mapToDouble(TableColumn::getWidth).sum() - SCROLL_BAR_ROOM),
                    dependencies.toArray(Observable[]::new)));
        }
        for (TableColumn<?, ?> c : fixed) {
            String key = table.getId() + "/" + c.getText();
            Double width = remembered.get(key);
            if (width != null && width > 0) {
                c.setPrefWidth(width);
            }
            c.widthProperty().addListener((obs, old, now) -> {
                if (c.getTableView() != null && c.getTableView().getScene() != null) {
                    remembered.put(key, now.doubleValue());
                }
            });
        }
        table.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, was, window) -> {
                    if (window != null) {
                        window.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> save.run());
                    }
                });
            }
        });
    }

    /**
     * The width the table needs to show every column at its starting width without scrolling
     * sideways: the columns' preferred widths and the room for the vertical scroll bar.
     */
    public static double neededWidth(TableView<?> table) {
        return Math.ceil(table.getColumns().stream().mapToDouble(TableColumn::getPrefWidth).sum() + SCROLL_BAR_ROOM);
    }

    private static double textWidth(String s, FontWeight weight) {
        Text text = new Text(s == null ? "" : s);
        text.setFont(Font.font(Font.getDefault().getFamily(), weight, FONT_SIZE));
        return text.getLayoutBounds().getWidth();
    }
}
