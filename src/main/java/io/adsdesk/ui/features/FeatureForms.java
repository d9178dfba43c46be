package io.adsdesk.ui.features;

import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.Locale;
import java.util.Map;

/** The form for each feature type, filled from the feature's object as read. */
final class FeatureForms {
    /** Miles to kilometres. */
    static final double KM_PER_MILE = 1.609344;

    private FeatureForms() {
    }

    /** The type's form; null for a type AdsDesk has no editor for. */
    static FeatureForm of(FeatureEditorViewModel model) {
        Map<String, Object> v = model.opened();
        FeatureForm form = new FeatureForm(model);
        return switch (model.type()) {
            case FeatureTypes.LINK_TRACKING -> linkTracking(form, v);
            case FeatureTypes.STRICT_CATEGORY -> toggle(form, v, "enabled",
                    "Show ads only in searches for the program's own categories");
            case FeatureTypes.AD_SCHEDULING -> toggle(form, v, "uses_opening_hours",
                    "Show ads only while the business is open (its opening hours on Yelp)");
            case FeatureTypes.AD_GOAL -> adGoal(form, v);
            case FeatureTypes.RADIUS -> radius(form, v);
            case FeatureTypes.AD_TEXT -> adText(form, v);
            case FeatureTypes.AD_PHOTO -> oneText(form, v, "custom_photo_id", "Photo ID",
                    "The ID of one of the business's Yelp photos; empty lets Yelp choose.");
            case FeatureTypes.LOGO -> oneText(form, v, "business_logo_url", "Logo URL",
                    "A public https address of a JPEG, PNG, GIF or TIFF image; empty removes the logo.");
            case FeatureTypes.NEGATIVE_KEYWORDS -> ListForms.keywords(form, v);
            case FeatureTypes.HIGHLIGHTS -> ListForms.highlights(form, v);
            case FeatureTypes.LOCATIONS -> ListForms.locations(form, v);
            case FeatureTypes.CALL_TRACKING -> ListForms.callTracking(form, v);
            case FeatureTypes.LICENSE -> ListForms.licenses(form, v);
            case FeatureTypes.PORTFOLIO -> ListForms.portfolio(form, v);
            default -> null;
        };
    }

    private static FeatureForm linkTracking(FeatureForm form, Map<String, Object> v) {
        TextField website = text(Json.text(v, "website"), "https://… or utm_source=yelp&utm_medium=cpc");
        TextField menu = text(Json.text(v, "menu"), "https://… or a query string");
        TextField cta = text(Json.text(v, "call_to_action"), "used when the ad goal is website clicks");
        return form.note("Each link is a full URL or a query string added to the business's links. All empty turns link tracking off.")
                .row("Website", "website", website)
                .row("Menu", "menu", menu)
                .row("Call to action", "call_to_action", cta)
                .value(() -> Json.object("website", Json.blankToNull(website.getText()),
                        "menu", Json.blankToNull(menu.getText()), "call_to_action", Json.blankToNull(cta.getText())));
    }

    private static FeatureForm toggle(FeatureForm form, Map<String, Object> v, String field, String text) {
        CheckBox box = new CheckBox(text);
        box.setSelected(Json.bool(v, field));
        return form.row("On", field, box).value(() -> Json.object(field, box.isSelected()));
    }

    private static FeatureForm adGoal(FeatureForm form, Map<String, Object> v) {
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(6);
        String current = Json.text(v, "ad_goal");
        for (String goal : FeatureTypes.GOALS) {
            RadioButton b = new RadioButton(FeatureTypes.goalLabel(goal));
            b.setId("goal-" + goal.toLowerCase(Locale.ROOT).replace('_', '-'));
            b.setUserData(goal);
            b.setToggleGroup(group);
            b.setSelected(goal.equals(current) || current.isEmpty() && goal.equals("DEFAULT"));
            choices.getChildren().add(b);
        }
        return form.row("Optimize for", "ad_goal", choices).value(() -> Json.object("ad_goal",
                group.getSelectedToggle() == null ? null : group.getSelectedToggle().getUserData()));
    }

    private static FeatureForm radius(FeatureForm form, Map<String, Object> v) {
        Object current = v.get("custom_radius");
        CheckBox on = new CheckBox("Use a custom radius");
        on.setId("feature-radius-on");
        on.setSelected(current != null);
        TextField miles = text(current == null ? "10" : trim(current), "1 to 60 miles, e.g. 15 or 12.5");
        miles.setId("radius-miles");
        miles.disableProperty().bind(on.selectedProperty().not());
        Label km = new Label();
        km.setId("feature-radius-km");
        km.textProperty().bind(Bindings.createStringBinding(() -> {
            Double m = parse(miles.getText());
            return m == null ? "" : "miles  ≈ " + Math.round(m * KM_PER_MILE) + " km";
        }, miles.textProperty()));
        HBox row = new HBox(8, miles, km);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return form.note("Ads show to people searching within this distance of the business. Off lets Yelp choose.")
                .row("", "custom_radius_on", on)
                .row("Radius", "custom_radius", row)
                .value(() -> {
                    Double m = parse(miles.getText());
                    return Json.object("custom_radius", !on.isSelected() ? null : m == null ? Double.NaN : m);
                });
    }

    private static FeatureForm adText(FeatureForm form, Map<String, Object> v) {
        String text = Json.text(v, "custom_text");
        String review = Json.text(v, "custom_review_id");
        ChoiceBox<String> mode = new ChoiceBox<>();
        mode.getItems().setAll("Automatic", "Custom text", "Text from a review");
        mode.setValue(!text.isEmpty() ? "Custom text" : !review.isEmpty() ? "Text from a review" : "Automatic");
        TextArea area = new TextArea(text);
        area.setWrapText(true);
        area.setPrefRowCount(5);
        area.setPromptText("15 to 1,500 characters, no web addresses");
        area.disableProperty().bind(mode.valueProperty().isNotEqualTo("Custom text"));
        Label counter = new Label();
        counter.setId("feature-ad-text-count");
        counter.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
        counter.textProperty().bind(Bindings.createStringBinding(() -> area.getText().strip().length() + " / 1500 characters",
                area.textProperty()));
        TextField reviewId = text(review, "the ID of a review of the business");
        reviewId.disableProperty().bind(mode.valueProperty().isNotEqualTo("Text from a review"));
        return form.note("Automatic lets Yelp write the ad from the business's page.")
                .row("Ad text from", "mode", mode)
                .row("Custom text", "custom_text", new VBox(2, area, counter))
                .row("Review ID", "custom_review_id", reviewId)
                .value(() -> Json.object(
                        "custom_text", "Custom text".equals(mode.getValue()) ? area.getText().strip() : null,
                        "custom_review_id", "Text from a review".equals(mode.getValue()) ? Json.blankToNull(reviewId.getText()) : null));
    }

    private static FeatureForm oneText(FeatureForm form, Map<String, Object> v, String field, String label, String note) {
        TextField f = text(Json.text(v, field), "");
        return form.note(note).row(label, field, f).value(() -> Json.object(field, Json.blankToNull(f.getText())));
    }

    static TextField text(String value, String prompt) {
        TextField f = new TextField(value);
        f.setPromptText(prompt);
        f.setMaxWidth(Double.MAX_VALUE);
        return f;
    }

    private static String trim(Object number) {
        String s = String.valueOf(number);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** "15", "12.5", "12,5" → miles; anything else null. */
    static Double parse(String text) {
        try {
            double d = Double.parseDouble(text.strip().replace(',', '.'));
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    static <T> StringConverter<T> labels(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
