package io.adsdesk.ui.reports;

import atlantafx.base.theme.Styles;
import io.adsdesk.ui.common.Formats;
import io.adsdesk.ui.programs.BusinessOption;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/**
 * The Reports view's first row: the range (preset, first and last day) and the scope (whole account,
 * one business through the same searchable box as the programs screen, or the programs selected there).
 */
final class RangeAndScopeBar extends HBox {
    private static final String ROWS_TO_MEASURE_KEY = "comboBoxRowsToMeasureWidth";
    private static final int ROWS_TO_MEASURE = 30;

    RangeAndScopeBar(ReportsViewModel model, ObservableList<BusinessOption> businesses) {
        super(8);
        setId("report-range-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 10, 4, 10));

        ComboBox<RangePreset> preset = new ComboBox<>();
        preset.setId("report-preset");
        preset.getItems().setAll(RangePreset.values());
        preset.valueProperty().bindBidirectional(model.presetProperty());
        preset.setTooltip(new Tooltip("Pacific days, as Yelp counts them; a day's figures arrive the next morning"));

        DatePicker from = picker("report-from", "First day");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = picker("report-to", "Last day");
        to.valueProperty().bindBidirectional(model.toProperty());

        ToggleGroup group = new ToggleGroup();
        HBox scopes = new HBox();
        scopes.getStyleClass().add("segmented");
        for (ReportScope.Kind kind : ReportScope.Kind.values()) {
            ToggleButton b = new ToggleButton(kind.label());
            b.setId("scope-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(group);
            b.setUserData(kind);
            b.setSelected(model.scopeKindProperty().get() == kind);
            scopes.getChildren().add(b);
        }
        scopes.getChildren().getFirst().getStyleClass().add(Styles.LEFT_PILL);
        scopes.getChildren().get(1).getStyleClass().add(Styles.CENTER_PILL);
        scopes.getChildren().getLast().getStyleClass().add(Styles.RIGHT_PILL);
        ((ToggleButton) scopes.getChildren().getLast()).setTooltip(
                new Tooltip("The programs selected in the programs table; the report follows the selection"));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one scope is always chosen
            } else {
                model.scopeKindProperty().set((ReportScope.Kind) now.getUserData());
            }
        });
        model.scopeKindProperty().addListener((obs, old, kind) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == kind).findFirst().ifPresent(t -> t.setSelected(true)));

        SearchableComboBox<BusinessOption> business = new SearchableComboBox<>(businesses);
        business.setId("report-business");
        business.setPrefWidth(240);
        business.setTooltip(new Tooltip("The business to report on; type to search by name or ID"));
        business.setConverter(new StringConverter<>() {
            @Override
            public String toString(BusinessOption o) {
                return o == null ? "" : o.isAll() ? "Pick a business" : o.name() + "  ·  " + o.businessId();
            }

            @Override
            public BusinessOption fromString(String s) {
                return null;
            }
        });
        business.skinProperty().addListener((obs, old, skin) -> {
            for (javafx.scene.Node box : business.lookupAll(".combo-box-base")) {
                box.getProperties().put(ROWS_TO_MEASURE_KEY, ROWS_TO_MEASURE);
            }
        });
        business.valueProperty().bindBidirectional(model.businessProperty());
        business.visibleProperty().bind(model.scopeKindProperty().isEqualTo(ReportScope.Kind.BUSINESS));
        business.managedProperty().bind(business.visibleProperty());

        getChildren().addAll(preset, from, new Label("to"), to, new Separator(Orientation.VERTICAL), scopes, business);
    }

    private static DatePicker picker(String id, String tip) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setPrefWidth(140);
        p.setMinWidth(Region.USE_PREF_SIZE);
        p.setConverter(Formats.dateConverter());
        p.setTooltip(new Tooltip(tip));
        p.setShowWeekNumbers(false);
        return p;
    }
}
