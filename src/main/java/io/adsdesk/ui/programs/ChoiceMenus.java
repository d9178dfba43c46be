package io.adsdesk.ui.programs;

import io.adsdesk.model.ProgramStatus;
import io.adsdesk.model.ProgramType;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;

import java.util.Locale;

/**
 * The status and type filters as checkable menus: tick as many values as wanted; none ticked (or
 * "All") shows every program. The button reads what is chosen: "All statuses", "CURRENT, PAUSED", or
 * past two choices a count ("3 types") so the filter bar keeps its width; the tooltip then lists them.
 */
final class ChoiceMenus {
    private static final String STATUS_TIP = "Status derived from dates, active flag and pause flag (Pacific time); tick several to combine";
    private static final String TYPE_TIP = "Program types; tick several to combine";
    private ChoiceMenus() {
    }

    static MenuButton statusMenu(ObjectProperty<StatusFilter> status) {
        MenuButton menu = new MenuButton();
        menu.setId("status-filter");
        menu.setTooltip(new Tooltip(STATUS_TIP));
        CheckMenuItem all = check("All statuses", "status-all");
        menu.getItems().addAll(all, new SeparatorMenuItem());
        all.setOnAction(e -> status.set(StatusFilter.ALL));
        for (ProgramStatus s : ProgramStatus.values()) {
            CheckMenuItem item = check(s.name(), "status-" + s.name().toLowerCase(Locale.ROOT));
            item.setUserData(s);
            item.setOnAction(e -> status.set(status.get().with(s, item.isSelected())));
            menu.getItems().add(item);
        }
        Runnable show = () -> {
            StatusFilter f = status.get();
            menu.setText(f.isAll() || f.statuses().size() <= 2 ? f.label() : f.statuses().size() + " statuses");
            menu.getTooltip().setText(f.isAll() || f.statuses().size() <= 2 ? STATUS_TIP : f.label() + "\n" + STATUS_TIP);
            all.setSelected(f.isAll());
            for (MenuItem m : menu.getItems()) {
                if (m instanceof CheckMenuItem c && c.getUserData() instanceof ProgramStatus s) {
                    c.setSelected(!f.isAll() && f.statuses().contains(s));
                }
            }
        };
        status.addListener((obs, old, now) -> show.run());
        show.run();
        return menu;
    }

    static MenuButton typeMenu(ObjectProperty<TypeFilter> type) {
        MenuButton menu = new MenuButton();
        menu.setId("type-filter");
        menu.setTooltip(new Tooltip(TYPE_TIP));
        CheckMenuItem all = check("All types", "type-all");
        menu.getItems().addAll(all, new SeparatorMenuItem());
        all.setOnAction(e -> type.set(TypeFilter.ALL));
        for (ProgramType t : ProgramType.values()) {
            CheckMenuItem item = check(t.name() + " · " + t.label(), "type-" + t.name().toLowerCase(Locale.ROOT));
            item.setUserData(t);
            item.setOnAction(e -> type.set(type.get().with(t, item.isSelected())));
            menu.getItems().add(item);
        }
        Runnable show = () -> {
            TypeFilter f = type.get();
            menu.setText(f.isAll() || f.types().size() <= 2 ? f.label() : f.types().size() + " types");
            menu.getTooltip().setText(f.isAll() || f.types().size() <= 2 ? TYPE_TIP : f.label() + "\n" + TYPE_TIP);
            all.setSelected(f.isAll());
            for (MenuItem m : menu.getItems()) {
                if (m instanceof CheckMenuItem c && c.getUserData() instanceof ProgramType t) {
                    c.setSelected(!f.isAll() && f.types().contains(t));
                }
            }
        };
        type.addListener((obs, old, now) -> show.run());
        show.run();
        return menu;
    }

    private static CheckMenuItem check(String text, String id) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setId(id);
        return item;
    }
}
