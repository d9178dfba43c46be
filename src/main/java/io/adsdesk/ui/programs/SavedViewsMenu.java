package io.adsdesk.ui.programs;

import atlantafx.base.theme.Styles;
import io.adsdesk.ui.common.SavedView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * "Views": switch to a named view (filters, sort and visible columns), save the current one under a
 * name, or delete one. Views belong to the open account; the menu is rebuilt each time it opens.
 */
final class SavedViewsMenu extends MenuButton {
    private Map<String, List<SavedView>> store = new java.util.LinkedHashMap<>();
    private Supplier<String> account = () -> null;
    private Runnable save = () -> { };
    private final Function<String, SavedView> capture;
    private final Consumer<SavedView> apply;

    SavedViewsMenu(Function<String, SavedView> capture, Consumer<SavedView> apply) {
        super("Views");
        this.capture = capture;
        this.apply = apply;
        setId("views-menu");
        getStyleClass().add(Styles.FLAT);
        setTooltip(new Tooltip("Switch to a saved view, or save the current filters, sort and columns"));
        setOnShowing(e -> rebuild());
        rebuild();
    }

    /** Where views are kept, whose they are (null: no account, nothing to save) and how to persist. */
    void use(Map<String, List<SavedView>> store, Supplier<String> account, Runnable save) {
        this.store = store;
        this.account = account;
        this.save = save;
        rebuild();
    }

    /** Saves the current filters, sort and columns as {@code name}, replacing a view of that name. */
    void saveAs(String name) {
        String key = account.get();
        if (key == null || name == null || name.isBlank()) {
            return;
        }
        List<SavedView> views = new ArrayList<>(store.getOrDefault(key, List.of()));
        SavedView view = capture.apply(name.strip());
        views.removeIf(v -> v.name().equals(view.name()));
        views.add(view);
        store.put(key, views);
        save.run();
        rebuild();
    }

    void delete(String name) {
        String key = account.get();
        List<SavedView> views = new ArrayList<>(store.getOrDefault(key, List.of()));
        if (views.removeIf(v -> v.name().equals(name))) {
            store.put(key, views);
            save.run();
        }
        rebuild();
    }

    List<SavedView> views() {
        String key = account.get();
        return key == null ? List.of() : store.getOrDefault(key, List.of());
    }

    private void rebuild() {
        getItems().clear();
        List<SavedView> views = views();
        for (SavedView v : views) {
            MenuItem item = new MenuItem(v.name());
            item.setOnAction(e -> apply.accept(v));
            getItems().add(item);
        }
        if (!views.isEmpty()) {
            getItems().add(new SeparatorMenuItem());
        }
        MenuItem saveItem = new MenuItem("Save current view as…");
        saveItem.setId("save-view");
        saveItem.setDisable(account.get() == null);
        saveItem.setOnAction(e -> askName());
        getItems().add(saveItem);
        if (!views.isEmpty()) {
            Menu delete = new Menu("Delete view");
            delete.setId("delete-view");
            for (SavedView v : views) {
                MenuItem item = new MenuItem(v.name());
                item.setOnAction(e -> delete(v.name()));
                delete.getItems().add(item);
            }
            getItems().add(delete);
        }
    }

    private void askName() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle("Save view");
        dialog.setHeaderText("Save the current filters, sort and visible columns as a view");
        dialog.setContentText("Name:");
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.getEditor().setId("view-name");
        dialog.showAndWait().ifPresent(this::saveAs);
    }
}
