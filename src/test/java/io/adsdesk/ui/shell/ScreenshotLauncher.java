package io.adsdesk.ui.shell;

import javafx.application.Application;

/** Plain main for the class-path launch (a main class extending Application is refused there). */
public final class ScreenshotLauncher {
    private ScreenshotLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(ScreenshotApp.class, args);
    }
}
