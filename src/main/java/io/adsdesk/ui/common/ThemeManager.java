package io.adsdesk.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;

import java.util.Objects;

/** Applies the AtlantaFX theme (Primer light/dark) and follows the OS scheme when asked to. FX thread. */
public final class ThemeManager {
    public static final String APP_CSS = "/io/adsdesk/ui/app.css";
    public static final String COMPAT_CSS = "/io/adsdesk/ui/controlsfx-compat.css";

    private Theme theme = Theme.SYSTEM;
    private final ChangeListener<ColorScheme> osListener = (obs, old, scheme) -> {
        if (theme == Theme.SYSTEM) {
            applyStylesheet();
        }
    };

    public ThemeManager() {
        Platform.getPreferences().colorSchemeProperty().addListener(osListener);
    }

    public void apply(Theme theme) {
        this.theme = theme == null ? Theme.SYSTEM : theme;
        applyStylesheet();
    }

    public Theme theme() {
        return theme;
    }

    public boolean isDark() {
        return theme == Theme.DARK || theme == Theme.SYSTEM && Platform.getPreferences().getColorScheme() == ColorScheme.DARK;
    }

    private void applyStylesheet() {
        Application.setUserAgentStylesheet(isDark()
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    /** Adds the app's own stylesheets to a scene. */
    public static void style(Scene scene) {
        scene.getStylesheets().setAll(
                Objects.requireNonNull(ThemeManager.class.getResource(COMPAT_CSS)).toExternalForm(),
                Objects.requireNonNull(ThemeManager.class.getResource(APP_CSS)).toExternalForm());
    }
}
