package io.adsdesk.ui.shell;

import atlantafx.base.theme.Styles;
import io.adsdesk.model.Account;
import io.adsdesk.ui.accounts.AccountSession;
import io.adsdesk.ui.common.Theme;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.function.Consumer;

/**
 * The top bar: app name, account menu, sync, export, history, settings (theme, diagnostics, update notice, about). Account and sync commands go
 * straight to the dashboard's view models; dialogs, files and the clipboard belong to the window.
 */
final class AppToolbar extends HBox {

    AppToolbar(Dashboard dashboard, MainWindow window, Consumer<Theme> onTheme) {
        setId("toolbar");
        getStyleClass().add("app-toolbar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        setPadding(new Insets(6, 10, 6, 12));

        Label name = new Label("AdsDesk");
        name.getStyleClass().addAll(Styles.TITLE_4, "app-name");

        MenuButton account = new MenuButton();
        account.setId("account-menu");
        account.getStyleClass().add(Styles.FLAT);
        account.textProperty().bind(Bindings.createStringBinding(() -> {
            AccountSession s = dashboard.accounts().getSession();
            return s == null ? "No account" : s.title();
        }, dashboard.accounts().sessionProperty()));
        Runnable rebuild = () -> rebuildAccountMenu(account, dashboard, window);
        dashboard.accounts().knownAccounts().addListener((ListChangeListener<Account>) c -> rebuild.run());
        dashboard.accounts().sessionProperty().addListener((o, a, b) -> rebuild.run());
        rebuild.run();

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("sync-spinner");
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(dashboard.sync().runningProperty());

        Button sync = button("Sync", "sync-button", "Sync now (F5 or Ctrl+R)", () -> dashboard.sync().syncNow());
        sync.disableProperty().bind(dashboard.sync().runningProperty().or(dashboard.accounts().sessionProperty().isNull()));
        Button export = button("Export CSV", "export-button", "Export the filtered, sorted rows to CSV (Ctrl+E)", window::exportCsv);
        export.disableProperty().bind(dashboard.programs().shownCountProperty().isEqualTo(0));
        Button history = button("History", "history-button", "Sync history and registry totals", window::showHistory);
        history.disableProperty().bind(dashboard.accounts().sessionProperty().isNull());
        Button reports = button("Reports", "reports-button", "Spend, clicks and budget pacing over time (Ctrl+Shift+R)",
                window::showReports);
        reports.setVisible(dashboard.reports() != null);
        reports.setManaged(dashboard.reports() != null);

        MenuButton theme = new MenuButton("Settings");
        theme.setId("theme-menu");
        theme.getStyleClass().add(Styles.FLAT);
        ToggleGroup group = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem("Theme: " + t.label());
            item.setId("theme-" + t.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(t == dashboard.settings().theme);
            item.setOnAction(e -> onTheme.accept(t));
            theme.getItems().add(item);
        }
        theme.getItems().addAll(new SeparatorMenuItem(),
                item("Copy diagnostics for support", "menu-diagnostics", window::copyDiagnostics));
        CheckMenuItem updates = new CheckMenuItem("Tell me when a new version is out");
        updates.setId("menu-check-updates");
        updates.setSelected(dashboard.settings().checkForUpdates);
        updates.setOnAction(e -> window.checkForUpdates(updates.isSelected()));
        theme.getItems().addAll(updates, item("About AdsDesk", "menu-about", window::showAbout));

        getChildren().addAll(name, account, grow, spinner, sync, export, history, reports, theme);
    }

    private static void rebuildAccountMenu(MenuButton menu, Dashboard dashboard, MainWindow window) {
        menu.getItems().clear();
        AccountSession current = dashboard.accounts().getSession();
        for (Account a : dashboard.accounts().knownAccounts()) {
            if (current != null && !current.demo() && a.equals(current.account())) {
                continue;
            }
            menu.getItems().add(item("Switch to " + a.username() + " @ " + a.baseUrl().replaceFirst("^https?://", ""),
                    null, () -> dashboard.accounts().reopen(a, session -> { }, window::showConnectDialog)));
        }
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        menu.getItems().add(item("Connect another account…", "menu-connect", window::showConnectDialog));
        if (current == null || !current.demo()) {
            menu.getItems().add(item("Try the demo account", "menu-demo", () -> dashboard.accounts().tryDemo(session -> { })));
        }
        if (current != null) {
            menu.getItems().add(new SeparatorMenuItem());
            menu.getItems().add(item(current.demo() ? "Close the demo account" : "Sign out (forget password)",
                    "menu-sign-out", () -> dashboard.accounts().signOut()));
        }
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (id != null) {
            item.setId(id);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMnemonicParsing(false);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
