package io.adsdesk.ui.reports;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import io.adsdesk.ui.common.Formats;
import io.adsdesk.ui.programs.BusinessOption;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Reports view: range and scope on top, the charts and the pacing table in tabs, an empty state
 * in their place when there is nothing to show, and the report Yelp is building at the foot.
 * Builds itself and binds to {@link ReportsViewModel}; files are chosen here and written by the model.
 */
public final class ReportsView extends BorderPane {
    private final ReportsViewModel model;
    private final ReportCharts charts = new ReportCharts();
    private final PacingTable pacing;
    private final TabPane tabs = new TabPane();
    private final Label exportStatus = new Label();
    private Supplier<Path> exportFolder = () -> Path.of(System.getProperty("user.home"));
    private Consumer<Path> rememberFolder = folder -> { };

    /**
     * @param businesses the programs screen's business options, for the business scope
     * @param showProgram selects a program in the programs table (from the pacing table)
     */
    public ReportsView(ReportsViewModel model, ObservableList<BusinessOption> businesses, Consumer<String> showProgram) {
        this.model = model;
        this.pacing = new PacingTable(model.pacingRows(), showProgram);
        setId("reports-view");
        createView(businesses, showProgram);
        charts.tabShown(model.tabProperty().get());
        model.tabProperty().addListener((obs, old, t) -> charts.tabShown(t));
        model.figuresProperty().addListener((obs, old, f) -> {
            if (f != null) {
                charts.show(f);
            }
        });
        if (model.figuresProperty().get() != null) {
            charts.show(model.figuresProperty().get());
        }
    }

    private void createView(ObservableList<BusinessOption> businesses, Consumer<String> showProgram) {
        Label rangeError = new Label();
        rangeError.setId("report-range-error");
        rangeError.getStyleClass().add(Styles.DANGER);
        rangeError.textProperty().bind(model.rangeErrorProperty());
        rangeError.visibleProperty().bind(model.rangeErrorProperty().isNotNull());
        rangeError.managedProperty().bind(rangeError.visibleProperty());
        Label totals = new Label();
        totals.setId("report-totals");
        totals.getStyleClass().add(Styles.TEXT_MUTED);
        totals.textProperty().bind(model.totalsTextProperty());

        Label cached = new Label();
        cached.setId("report-cache");
        cached.getStyleClass().add(Styles.TEXT_MUTED);
        cached.textProperty().bind(model.cacheTextProperty());
        Button fetch = new Button("Get figures from Yelp");
        fetch.setId("report-fetch");
        fetch.setTooltip(new Tooltip("Asks Yelp for the days of this range not cached yet (F5); Yelp usually takes about 30 minutes"));
        fetch.disableProperty().bind(model.canFetchProperty().not());
        fetch.setOnAction(e -> model.fetchFromYelp());
        Button csv = new Button("Export CSV");
        csv.setId("report-export-csv");
        csv.setTooltip(new Tooltip("The figures of the tab shown, as a CSV file (money in cents)"));
        csv.setOnAction(e -> chooseAndExport(true));
        Button png = new Button("Export PNG");
        png.setId("report-export-png");
        png.setTooltip(new Tooltip("The chart shown, as a PNG picture"));
        png.setOnAction(e -> chooseAndExport(false));
        png.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.tabProperty().get().isChart()
                || model.stateProperty().get() != ReportState.READY, model.tabProperty(), model.stateProperty()));
        csv.disableProperty().bind(model.stateProperty().isNotEqualTo(ReportState.READY)
                .and(model.tabProperty().isNotEqualTo(ReportTab.PACING)));
        exportStatus.setId("report-export-status");
        exportStatus.getStyleClass().add(Styles.TEXT_MUTED);

        Button key = new Button("Reporting key…");
        key.setId("report-key");
        key.setTooltip(new Tooltip("The Fusion API key Yelp enables for reporting, kept in the credential store"));
        key.disableProperty().bind(model.keyEditableProperty().not());
        key.setOnAction(e -> showKeyDialog());
        // A disabled button shows no tooltip: its holder says why it is off.
        StackPane keyHolder = new StackPane(key);
        Tooltip demoTip = new Tooltip("The demo account has a reporting key of its own; other accounts enter theirs here");
        model.keyEditableProperty().addListener((obs, was, editable) -> installHolderTip(keyHolder, demoTip, editable));
        installHolderTip(keyHolder, demoTip, model.keyEditableProperty().get());

        for (Button b : List.of(fetch, csv, png, key)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Tooltip exportTip = new Tooltip();
        exportTip.textProperty().bind(exportStatus.textProperty());
        exportStatus.setTooltip(exportTip);

        RangeAndScopeBar first = new RangeAndScopeBar(model, businesses);
        Region grow1 = new Region();
        HBox.setHgrow(grow1, Priority.ALWAYS);
        first.getChildren().addAll(grow1, keyHolder, fetch);
        Region grow2 = new Region();
        HBox.setHgrow(grow2, Priority.ALWAYS);
        HBox second = new HBox(14, totals, rangeError, cached, grow2, exportStatus, csv, png);
        second.setAlignment(Pos.CENTER_LEFT);
        second.setPadding(new Insets(0, 10, 8, 10));
        VBox top = new VBox(first, second);
        top.getStyleClass().add("filter-bar");
        setTop(top);

        tabs.setId("report-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(tab(ReportTab.OVER_TIME, charts.overTime), tab(ReportTab.RATES, charts.rates),
                tab(ReportTab.BY_TYPE, charts.byType), tab(ReportTab.TOP, charts.top), tab(ReportTab.PACING, pacingPane(showProgram)));
        tabs.getSelectionModel().select(model.tabProperty().get().ordinal()); // a remembered tab is shown at once
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, t) ->
                model.tabProperty().set((ReportTab) t.getUserData()));
        model.tabProperty().addListener((obs, old, t) -> tabs.getSelectionModel().select(t.ordinal()));

        Label emptyText = new Label();
        emptyText.setId("report-empty-text");
        emptyText.setWrapText(true);
        emptyText.setMaxWidth(520);
        emptyText.textProperty().bind(model.emptyTextProperty());
        Button enterKey = new Button("Enter the reporting key…");
        enterKey.setId("report-key-empty");
        enterKey.getStyleClass().add(Styles.ACCENT);
        enterKey.visibleProperty().bind(model.stateProperty().isEqualTo(ReportState.NO_KEY).and(model.keyEditableProperty()));
        enterKey.managedProperty().bind(enterKey.visibleProperty());
        enterKey.setOnAction(e -> showKeyDialog());
        VBox empty = new VBox(12, title("Reports"), emptyText, enterKey);
        empty.setId("report-empty");
        empty.setAlignment(Pos.CENTER);
        empty.setPadding(new Insets(40));
        empty.getStyleClass().add("report-empty");
        // Pacing needs no daily figures: its tab stays reachable whatever the state.
        empty.visibleProperty().bind(model.stateProperty().isNotEqualTo(ReportState.READY)
                .and(model.tabProperty().isNotEqualTo(ReportTab.PACING)));
        tabs.visibleProperty().set(true);

        Message notice = new Message("Yelp", "");
        notice.setId("report-notice");
        notice.getStyleClass().add(Styles.WARNING);
        notice.descriptionProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotNull());
        notice.managedProperty().bind(notice.visibleProperty());
        notice.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane.setAlignment(notice, Pos.TOP_CENTER);
        StackPane.setMargin(notice, new Insets(40, 20, 0, 20));

        StackPane center = new StackPane(tabs, empty, notice);
        setCenter(center);
        setBottom(new BuildPane(model));
    }

    private static void installHolderTip(StackPane holder, Tooltip tip, boolean editable) {
        if (editable) {
            Tooltip.uninstall(holder, tip);
        } else {
            Tooltip.install(holder, tip);
        }
    }

    /** The reporting key dialog of the open account, over this window. */
    public void showKeyDialog() {
        if (!model.keyEditableProperty().get()) {
            return;
        }
        new ReportKeyDialog(getScene() == null ? null : getScene().getWindow(), model).show();
    }

    private Node pacingPane(Consumer<String> showProgram) {
        Label heading = new Label();
        heading.setId("pacing-title");
        heading.textProperty().bind(model.pacingTitleProperty());
        heading.setWrapText(true);
        heading.getStyleClass().add(Styles.TEXT_MUTED);
        Button show = new Button("Show in programs table");
        show.setId("pacing-show");
        show.setMinWidth(Region.USE_PREF_SIZE);
        show.disableProperty().bind(pacing.getSelectionModel().selectedItemProperty().isNull());
        show.setOnAction(e -> showProgram.accept(pacing.getSelectionModel().getSelectedItem().programId()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(10, heading, grow, show);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 8, 10));
        VBox box = new VBox(bar, pacing);
        VBox.setVgrow(pacing, Priority.ALWAYS);
        return box;
    }

    private static Tab tab(ReportTab which, Node content) {
        Tab t = new Tab(which.label(), content);
        t.setId("tab-" + which.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        t.setUserData(which);
        return t;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_3);
        return l;
    }

    /** Where the file choosers open, and how a chosen folder is remembered for next time. */
    public void useExportFolder(Supplier<Path> initial, Consumer<Path> remember) {
        this.exportFolder = initial;
        this.rememberFolder = remember;
    }

    private void chooseAndExport(boolean csv) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(csv ? "Export the figures to CSV" : "Export the chart to PNG");
        File folder = exportFolder.get().toFile();
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        chooser.setInitialFileName(model.exportName() + (csv ? ".csv" : ".png"));
        chooser.getExtensionFilters().add(csv ? new FileChooser.ExtensionFilter("CSV files", "*.csv")
                : new FileChooser.ExtensionFilter("PNG pictures", "*.png"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            if (csv) {
                exportCsvTo(file.toPath());
            } else {
                exportPngTo(file.toPath());
            }
        }
    }

    /** Writes the shown tab's figures, in the order shown, to {@code target}; says where they went. */
    public void exportCsvTo(Path target) {
        Path file = target.toAbsolutePath();
        List<PacingRow> order = List.copyOf(pacing.getItems());
        exportStatus.setText("Exporting…");
        model.exportCsv(file, order, n -> exported(file, Formats.count(n, "row", "rows")), this::exportFailed);
    }

    /** Writes the shown chart as a PNG picture to {@code target}; says where it went. */
    public void exportPngTo(Path target) {
        Path file = target.toAbsolutePath();
        Node chart = tabs.getSelectionModel().getSelectedItem().getContent();
        javafx.scene.image.WritableImage image = PngSnapshot.take(chart, background());
        java.awt.image.BufferedImage pixels = PngSnapshot.pixels(image);
        exportStatus.setText("Exporting…");
        model.exportPicture(() -> PngSnapshot.write(pixels, file), () -> exported(file, "the chart"), this::exportFailed);
    }

    /** The theme's background behind the view, so the picture looks as on screen in either theme. */
    private Color background() {
        for (javafx.scene.Parent p = this; p != null; p = p.getParent()) {
            if (p instanceof Region r && r.getBackground() != null) {
                for (javafx.scene.layout.BackgroundFill fill : r.getBackground().getFills()) {
                    if (fill.getFill() instanceof Color c && c.getOpacity() > 0) {
                        return c;
                    }
                }
            }
        }
        return Color.WHITE;
    }

    private void exported(Path file, String what) {
        exportStatus.setText("Exported " + what + " to " + file);
        if (file.getParent() != null) {
            rememberFolder.accept(file.getParent());
        }
    }

    private void exportFailed(Throwable e) {
        exportStatus.setText("Could not write the file: " + e.getMessage());
    }

    /** The charts, for tests and benchmarks. */
    ReportCharts charts() {
        return charts;
    }
}
