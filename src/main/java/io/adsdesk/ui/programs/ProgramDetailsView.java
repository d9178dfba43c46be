package io.adsdesk.ui.programs;

import atlantafx.base.theme.Styles;
import io.adsdesk.model.FutureBudgetChange;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.model.ProgramIssue;
import io.adsdesk.model.ProgramType;
import io.adsdesk.ui.common.Formats;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;

/** Every field of one program: dates, money, metrics, all businesses, features, future budget changes. */
final class ProgramDetailsView extends VBox {
    private final Label title = new Label();
    private final VBox sections = new VBox(14);
    private final ScrollPane scroll = new ScrollPane(sections);
    /** The program shown, so another program starts at the top and a reloaded one keeps its place. */
    private String shownId;
    private Runnable onClose = () -> { };
    /** The Features section and its view model; null shows the feature names from the last sync instead. */
    private io.adsdesk.ui.features.FeaturesSection features;
    private io.adsdesk.ui.features.FeaturesViewModel featuresModel;

    ProgramDetailsView() {
        setId("program-details");
        getStyleClass().add("details-pane");
        setMinWidth(300);
        title.getStyleClass().add(Styles.TITLE_4);
        Button close = new Button("✕");
        close.setId("close-details");
        close.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_CIRCLE);
        close.setTooltip(new Tooltip("Close details (Esc)"));
        close.setOnAction(e -> onClose.run());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(8, title, grow, close);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 10, 6, 14));
        sections.setPadding(new Insets(4, 14, 14, 14));
        scroll.setId("details-scroll");
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header, scroll);
    }

    /** Action buttons for the shown program, under the title. */
    void setActions(javafx.scene.Node actions) {
        if (getChildren().size() > 2) {
            getChildren().remove(1);
        }
        getChildren().add(1, actions);
    }

    void setFeatures(io.adsdesk.ui.features.FeaturesViewModel model) {
        featuresModel = model;
        features = new io.adsdesk.ui.features.FeaturesSection(model);
    }

    void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    void show(ProgramRow row) {
        sections.getChildren().clear();
        if (row == null) {
            title.setText("");
            shownId = null;
            if (featuresModel != null) {
                featuresModel.show(null, List.of());
            }
            return;
        }
        Program p = row.program();
        if (!p.programId().equals(shownId)) {
            scroll.setVvalue(0);
            shownId = p.programId();
        }
        title.setText(p.programType() + " · " + p.programId());
        if (p.issue() != null) {
            sections.getChildren().add(issue(p.issue()));
        }
        sections.getChildren().addAll(
                section("Program",
                        "Program ID", p.programId(),
                        "Type", typeText(p.programType()),
                        "Status", row.status().name(),
                        "API status", (p.active() ? "ACTIVE" : "INACTIVE") + (p.paused() ? ", PAUSED" : ", not paused"),
                        "Start", Formats.date(p.startDate()),
                        "End", Formats.endDate(p.endDate())),
                section("Budget and bidding",
                        "Monthly budget", Formats.dollars(p.budgetCents()),
                        "Max bid", Formats.dollars(p.maxBidCents()),
                        "Autobid", Formats.yesNo(p.autobid()),
                        "Currency", orNone(p.currency()),
                        "Fee period", p.feePeriod() == null ? Formats.NONE : p.feePeriod().label()),
                section("Metrics",
                        "Billed impressions", Formats.count(p.billedImpressions()),
                        "Billed clicks", Formats.count(p.billedClicks()),
                        "Click-through rate", ctr(p),
                        "Ad cost", Formats.dollars(p.adCostCents()),
                        "Cost per click", cpc(p)),
                businesses(row));
        if (features != null) {
            sections.getChildren().add(features);
            featuresModel.show(p.programId(), p.availableFeatures());
        } else {
            sections.getChildren().addAll(
                    list("Active features", p.activeFeatures().stream().map(Formats::feature).toList()),
                    list("Available features", p.availableFeatures().stream().map(Formats::feature).toList()));
        }
        sections.getChildren().addAll(
                list("Ad categories", p.adCategories()),
                futureChanges(p.futureBudgetChanges()));
        if (p.pageUpgradeInfo() != null) {
            sections.getChildren().add(section("Page upgrade (as received)",
                    "Monthly rate", Formats.dollars(p.pageUpgradeInfo().monthlyRate()),
                    "Cost", Formats.dollars(p.pageUpgradeInfo().cost())));
        }
    }

    /** Why the program is marked, and the JSON as the API sent it, to copy for support. */
    private static VBox issue(ProgramIssue issue) {
        Label what = new Label(issue.kind() == ProgramIssue.Kind.UNREADABLE
                ? "What the partner API last sent for this program could not be read. The fields below are from "
                        + "the last sync that could read them, or empty."
                : "The partner API sent values for this program that cannot be real; they are left empty below.");
        what.setWrapText(true);
        Label reason = new Label(issue.reason());
        reason.setId("program-issue-reason");
        reason.setWrapText(true);
        reason.getStyleClass().add(Styles.DANGER);
        VBox box = new VBox(6, what, reason);
        if (issue.rawJson() != null) {
            javafx.scene.control.TextArea raw = new javafx.scene.control.TextArea(issue.rawJson());
            raw.setEditable(false);
            raw.setWrapText(true);
            raw.setPrefRowCount(4);
            box.getChildren().addAll(muted("As sent (for support)"), raw);
        }
        VBox section = titled("⚠ " + issue.label(), box);
        section.setId("program-issue");
        return section;
    }

    private static String typeText(String type) {
        try {
            return type + " · " + ProgramType.valueOf(type.toUpperCase(Locale.ROOT)).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return orNone(type);
        }
    }

    private static String ctr(Program p) {
        return p.billedImpressions() == 0 ? Formats.NONE
                : "%.2f%%".formatted(100.0 * p.billedClicks() / p.billedImpressions());
    }

    private static String cpc(Program p) {
        return p.billedClicks() == 0 || p.adCostCents() == null ? Formats.NONE
                : Formats.dollars(Math.round((double) p.adCostCents() / p.billedClicks()));
    }

    private static String orNone(String s) {
        return s == null || s.isBlank() ? Formats.NONE : s;
    }

    private static VBox section(String heading, String... pairs) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        for (int i = 0; i < pairs.length; i += 2) {
            Label key = new Label(pairs[i]);
            key.getStyleClass().add(Styles.TEXT_MUTED);
            Label value = new Label(pairs[i + 1]);
            value.setWrapText(true);
            grid.addRow(i / 2, key, value);
        }
        return titled(heading, grid);
    }

    private static VBox titled(String heading, javafx.scene.Node body) {
        Label h = new Label(heading);
        h.getStyleClass().addAll(Styles.TEXT_BOLD, "details-heading");
        return new VBox(6, h, body);
    }

    private VBox businesses(ProgramRow row) {
        VBox box = new VBox(4);
        List<ProgramBusiness> list = row.program().businesses();
        if (list.isEmpty()) {
            box.getChildren().add(muted("No business"));
        }
        for (int i = 0; i < list.size(); i++) {
            ProgramBusiness b = list.get(i);
            int idx = row.businessIds().indexOf(b.yelpBusinessId());
            String name = idx >= 0 ? row.businessNames().get(idx) : b.yelpBusinessId();
            Label n = new Label(name);
            n.getStyleClass().add(Styles.TEXT_BOLD);
            Label id = new Label(b.yelpBusinessId() + (b.partnerBusinessId() == null ? "" : "  ·  partner " + b.partnerBusinessId()));
            id.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            box.getChildren().add(new VBox(1, n, id));
        }
        return titled("Businesses (" + list.size() + ")", box);
    }

    private static VBox list(String heading, List<String> values) {
        if (values.isEmpty()) {
            return titled(heading, muted("None"));
        }
        Label l = new Label(String.join("\n", values));
        l.setWrapText(true);
        return titled(heading + " (" + values.size() + ")", l);
    }

    private static VBox futureChanges(List<FutureBudgetChange> changes) {
        if (changes.isEmpty()) {
            return titled("Future budget changes", muted("None scheduled"));
        }
        VBox box = new VBox(3);
        for (FutureBudgetChange c : changes) {
            String from = c.oldBudgetCents() == null ? "" : Formats.dollars(c.oldBudgetCents()) + " → ";
            box.getChildren().add(new Label(Formats.date(c.startDate()) + ":  " + from + Formats.dollars(c.newBudgetCents())));
        }
        return titled("Future budget changes (" + changes.size() + ")", box);
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }
}
