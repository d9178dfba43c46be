package io.adsdesk.ui.features;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

import java.util.function.Consumer;

/**
 * Words as small buttons that wrap: a click acts on one word (block a suggested keyword, remove a
 * blocked one, toggle a highlight). Follows its list; an empty list shows {@code emptyText}.
 */
final class ChipPane extends FlowPane {
    private final ObservableList<String> values;
    private final String glyph;
    private final String tip;
    private final Consumer<String> onClick;
    private final String emptyText;

    /**
     * @param glyph drawn after each word ("+" to add, "✕" to remove)
     * @param tip   the tooltip, with %s for the word
     */
    ChipPane(String id, ObservableList<String> values, String glyph, String tip, String emptyText, Consumer<String> onClick) {
        super(6, 6);
        setId(id);
        getStyleClass().add("chip-pane");
        this.values = values;
        this.glyph = glyph;
        this.tip = tip;
        this.onClick = onClick;
        this.emptyText = emptyText;
        values.addListener((ListChangeListener<String>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        if (values.isEmpty()) {
            Label none = new Label(emptyText);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            getChildren().add(none);
            return;
        }
        for (String value : values) {
            Button chip = new Button(value + "  " + glyph);
            chip.setMnemonicParsing(false);
            chip.getStyleClass().addAll("chip", Styles.SMALL, Styles.ROUNDED);
            chip.setUserData(value);
            chip.setTooltip(new Tooltip(tip.formatted(value)));
            chip.setOnAction(e -> onClick.accept(value));
            getChildren().add(chip);
        }
    }
}
