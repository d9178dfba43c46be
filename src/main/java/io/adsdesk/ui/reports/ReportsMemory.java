package io.adsdesk.ui.reports;

import io.adsdesk.ui.common.UiSettings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The Reports view's choices that survive a restart: the range preset (a custom range with its days)
 * and the tab shown. The scope is not kept: it depends on the account and on the table's selection.
 */
public final class ReportsMemory {
    private ReportsMemory() {
    }

    /** Gives the model the remembered choices, then saves each later change through {@code save}. */
    public static void bind(ReportsViewModel model, UiSettings settings, Runnable save) {
        RangePreset preset = parse(RangePreset.class, settings.reportsPreset);
        if (preset == RangePreset.CUSTOM) {
            LocalDate from = date(settings.reportsFrom);
            LocalDate to = date(settings.reportsTo);
            if (from != null && to != null && !to.isBefore(from)) {
                model.presetProperty().set(RangePreset.CUSTOM);
                model.fromProperty().set(from);
                model.toProperty().set(to);
            }
        } else if (preset != null) {
            model.presetProperty().set(preset);
        }
        ReportTab tab = parse(ReportTab.class, settings.reportsTab);
        if (tab != null) {
            model.tabProperty().set(tab);
        }
        model.rangeProperty().addListener((obs, old, range) -> {
            settings.reportsPreset = model.presetProperty().get().name();
            settings.reportsFrom = range.from().toString();
            settings.reportsTo = range.to().toString();
            save.run();
        });
        model.tabProperty().addListener((obs, old, t) -> {
            settings.reportsTab = t.name();
            save.run();
        });
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null; // written by another version
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
