package io.adsdesk.ui.features;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The forms of the feature types that hold lists: keywords, highlights, locations, phones, licenses, projects. */
final class ListForms {
    /** Yelp's limit of locations per business. */
    static final int MAX_LOCATIONS = 25;

    private ListForms() {
    }

    static FeatureForm keywords(FeatureForm form, Map<String, Object> v) {
        ObservableList<String> blocked = FXCollections.observableArrayList(Json.strings(v, "blocked_keywords"));
        ObservableList<String> suggested = FXCollections.observableArrayList();
        List<String> allSuggested = Json.strings(v, "suggested_keywords");
        Runnable refreshSuggested = () -> suggested.setAll(allSuggested.stream().filter(k -> !blocked.contains(k)).toList());
        blocked.addListener((javafx.collections.ListChangeListener<String>) c -> refreshSuggested.run());
        refreshSuggested.run();
        ChipPane suggestions = new ChipPane("suggested-keywords", suggested, "+", "Block \"%s\"",
                "No suggestions left", k -> blocked.add(k));
        ChipPane blockedChips = new ChipPane("blocked-keywords", blocked, "✕", "Stop blocking \"%s\"",
                "No keyword is blocked", blocked::remove);
        TextArea paste = new TextArea();
        paste.setId("keywords-paste");
        paste.setPromptText("Type or paste keywords, separated by commas or new lines");
        paste.setPrefRowCount(3);
        paste.setWrapText(true);
        Label added = new Label();
        added.setId("keywords-added");
        added.getStyleClass().add(Styles.TEXT_MUTED);
        Button block = new Button("Block these");
        block.setId("keywords-block");
        block.disableProperty().bind(paste.textProperty().isEmpty());
        block.setOnAction(e -> {
            List<String> parsed = Keywords.parse(paste.getText());
            List<String> fresh = parsed.stream().filter(k -> !blocked.contains(k)).toList();
            blocked.addAll(fresh);
            int skipped = parsed.size() - fresh.size();
            added.setText("Added " + fresh.size() + (fresh.size() == 1 ? " keyword" : " keywords")
                    + (skipped == 0 ? "" : " (" + skipped + (skipped == 1 ? " duplicate" : " duplicates") + " skipped)"));
            paste.clear();
        });
        Label count = new Label();
        count.textProperty().bind(Bindings.size(blocked).asString("%d blocked"));
        count.getStyleClass().add(Styles.TEXT_MUTED);
        return form.note("Ads do not show on searches for blocked keywords. Click a suggestion to block it, a blocked keyword to unblock it.")
                .row("Suggested", "suggested_keywords", suggestions)
                .row("Blocked", "blocked_keywords", new VBox(4, blockedChips, count))
                .row("Add", "keywords_paste", new VBox(4, paste, new HBox(8, block, added)))
                .value(() -> Json.object("blocked_keywords", List.copyOf(blocked)));
    }

    static FeatureForm highlights(FeatureForm form, Map<String, Object> v) {
        ObservableList<String> active = FXCollections.observableArrayList(Json.strings(v, "active_business_highlights"));
        List<List<String>> exclusive = new ArrayList<>();
        Object pairs = v.get("mutually_exclusive_business_highlights");
        if (pairs instanceof List<?> l) {
            l.forEach(p -> exclusive.add(p instanceof List<?> pl ? pl.stream().map(String::valueOf).toList() : List.of()));
        }
        VBox boxes = new VBox(4);
        List<CheckBox> checks = new ArrayList<>();
        for (String h : Json.strings(v, "available_business_highlights")) {
            CheckBox c = new CheckBox(io.adsdesk.ui.common.Formats.feature(h));
            c.setUserData(h);
            c.setSelected(active.contains(h));
            checks.add(c);
            boxes.getChildren().add(c);
        }
        Label why = new Label();
        why.setId("highlights-exclusive");
        why.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        for (CheckBox c : checks) {
            c.selectedProperty().addListener((obs, was, on) -> {
                if (!on) {
                    return;
                }
                for (List<String> pair : exclusive) {
                    if (pair.contains((String) c.getUserData())) {
                        for (CheckBox other : checks) {
                            if (other != c && other.isSelected() && pair.contains((String) other.getUserData())) {
                                other.setSelected(false);
                                why.setText(c.getText() + " and " + other.getText() + " cannot both be shown: "
                                        + other.getText() + " was turned off.");
                            }
                        }
                    }
                }
            });
        }
        if (checks.isEmpty()) {
            boxes.getChildren().add(new Label("Yelp offers no highlights for this business."));
        }
        return form.note("Badges shown on the ad. Some come in pairs that exclude each other; picking one turns its partner off.")
                .row("Highlights", "business_highlights", new VBox(6, boxes, why))
                .value(() -> Json.object("business_highlights",
                        checks.stream().filter(CheckBox::isSelected).map(c -> (String) c.getUserData()).toList()));
    }

    static FeatureForm locations(FeatureForm form, Map<String, Object> v) {
        List<Map<String, Object>> businesses = Json.objects(v, "businesses");
        List<TextField> ids = new ArrayList<>();
        List<TextArea> areas = new ArrayList<>();
        VBox list = new VBox(10);
        Runnable addBusiness = () -> addLocationRow(list, ids, areas, "", List.of());
        for (Map<String, Object> b : businesses) {
            addLocationRow(list, ids, areas, Json.text(b, "business_id"), Json.strings(b, "locations"));
        }
        if (businesses.isEmpty()) {
            addBusiness.run();
        }
        Button more = new Button("Add another business");
        more.setOnAction(e -> addBusiness.run());
        return form.note("US zip codes, cities, counties or states, at most " + MAX_LOCATIONS
                        + " per business, one per line.")
                .row("Businesses", "businesses", new VBox(8, list, more))
                .value(() -> {
                    List<Map<String, Object>> out = new ArrayList<>();
                    for (int i = 0; i < ids.size(); i++) {
                        String id = Json.blankToNull(ids.get(i).getText());
                        List<String> locations = splitKeepCase(areas.get(i).getText());
                        if (id != null || !locations.isEmpty()) {
                            out.add(Json.object("business_id", id, "locations", locations));
                        }
                    }
                    return Json.object("businesses", out);
                });
    }

    private static void addLocationRow(VBox list, List<TextField> ids, List<TextArea> areas, String id, List<String> locations) {
        TextField business = FeatureForms.text(id, "Yelp business ID");
        business.setId("location-business-" + ids.size());
        TextArea area = new TextArea(String.join("\n", locations));
        area.setId("location-list-" + areas.size());
        area.setPrefRowCount(3);
        area.setWrapText(true);
        area.setPromptText("e.g. 94103, San Francisco, CA");
        Label count = new Label();
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = splitKeepCase(area.getText()).size();
            return n + " of " + MAX_LOCATIONS + " locations" + (n > MAX_LOCATIONS ? ": too many" : "");
        }, area.textProperty()));
        count.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        ids.add(business);
        areas.add(area);
        list.getChildren().add(new VBox(3, business, area, count));
    }

    /** Locations keep their spelling ("San Francisco, CA" is one per line when typed so). */
    private static List<String> splitKeepCase(String text) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (String line : text.split("\\r?\\n")) {
            String s = line.strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    static FeatureForm callTracking(FeatureForm form, Map<String, Object> v) {
        CheckBox on = new CheckBox("Track calls with a Yelp number");
        on.setSelected(Json.bool(v, "enabled"));
        GridPane phones = new GridPane();
        phones.setHgap(8);
        phones.setVgap(4);
        List<String> ids = new ArrayList<>();
        List<TextField> numbers = new ArrayList<>();
        for (Map<String, Object> b : Json.objects(v, "businesses")) {
            String id = Json.text(b, "business_id");
            TextField number = FeatureForms.text(PhoneText.format(Json.text(b, "metered_phone_number")), "(415) 555-0100");
            number.setId("phone-" + ids.size());
            number.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    number.setText(PhoneText.format(number.getText()));
                }
            });
            number.disableProperty().bind(on.selectedProperty().not());
            Label name = new Label(id);
            name.getStyleClass().add(Styles.TEXT_MUTED);
            phones.addRow(ids.size(), name, number);
            ids.add(id);
            numbers.add(number);
        }
        if (ids.isEmpty()) {
            phones.add(new Label("Yelp assigns the numbers once tracking is on."), 0, 0);
        }
        return form.note("Calls from the ad go through a tracked number that forwards to the business.")
                .row("On", "enabled", on)
                .row("Numbers", "businesses", phones)
                .value(() -> {
                    List<Map<String, Object>> out = new ArrayList<>();
                    for (int i = 0; i < ids.size(); i++) {
                        out.add(Json.object("business_id", ids.get(i),
                                "metered_phone_number", Json.blankToNull(PhoneText.format(numbers.get(i).getText()))));
                    }
                    return Json.object("enabled", on.isSelected(), "businesses", out);
                });
    }

    static FeatureForm licenses(FeatureForm form, Map<String, Object> v) {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        grid.addRow(0, muted("Number"), muted("Expires (yyyy-mm-dd)"), muted("Trade"), muted("Issuing agency"));
        List<TextField[]> rows = new ArrayList<>();
        Runnable add = () -> addLicense(grid, rows, Map.of());
        Json.objects(v, "licenses").forEach(l -> addLicense(grid, rows, l));
        if (rows.isEmpty()) {
            add.run();
        }
        Button more = new Button("Add a license");
        more.setOnAction(e -> add.run());
        return form.note("Licenses are added or changed by number; removing one needs Turn off.")
                .row("Licenses", "licenses", new VBox(6, grid, more))
                .value(() -> {
                    List<Map<String, Object>> out = new ArrayList<>();
                    for (TextField[] r : rows) {
                        if (r[0].getText().isBlank() && r[1].getText().isBlank() && r[2].getText().isBlank() && r[3].getText().isBlank()) {
                            continue;
                        }
                        out.add(Json.object("license_number", Json.blankToNull(r[0].getText()),
                                "license_expiry_date", Json.blankToNull(r[1].getText()),
                                "license_trade", Json.blankToNull(r[2].getText()),
                                "license_issuing_agency", Json.blankToNull(r[3].getText())));
                    }
                    return Json.object("licenses", out);
                });
    }

    private static void addLicense(GridPane grid, List<TextField[]> rows, Map<String, Object> l) {
        TextField[] r = {
            FeatureForms.text(Json.text(l, "license_number"), ""), FeatureForms.text(Json.text(l, "license_expiry_date"), ""),
            FeatureForms.text(Json.text(l, "license_trade"), ""), FeatureForms.text(Json.text(l, "license_issuing_agency"), "")};
        r[0].setId("license-number-" + rows.size());
        rows.add(r);
        grid.addRow(rows.size(), r);
    }

    static FeatureForm portfolio(FeatureForm form, Map<String, Object> v) {
        VBox list = new VBox(4);
        List<CheckBox> published = new ArrayList<>();
        for (Map<String, Object> p : Json.objects(v, "projects")) {
            CheckBox c = new CheckBox("Project " + Json.text(p, "project_id") + " published");
            c.setUserData(Json.text(p, "project_id"));
            c.setSelected(Json.bool(p, "published"));
            published.add(c);
            list.getChildren().add(c);
        }
        if (published.isEmpty()) {
            list.getChildren().add(new Label("No project yet."));
        }
        Button all = new Button("Publish all");
        all.setId("portfolio-publish-all");
        all.setOnAction(e -> published.forEach(c -> c.setSelected(true)));
        Button none = new Button("Hide all");
        none.setId("portfolio-hide-all");
        none.setOnAction(e -> published.forEach(c -> c.setSelected(false)));
        return form.note("Which of the program's portfolio projects the ad shows.")
                .row("Projects", "projects", new VBox(6, list, new HBox(8, all, none)))
                .value(() -> Json.object("projects", published.stream()
                        .map(c -> Json.object("project_id", c.getUserData(), "published", c.isSelected())).toList()));
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return l;
    }
}
