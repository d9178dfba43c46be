package io.adsdesk.ui.features;

import javafx.application.Application;

/** Plain main for the class-path launch of {@link FeaturesScreenshotApp} (a main class extending Application is refused there). */
public final class FeaturesScreenshotLauncher {
    private FeaturesScreenshotLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(FeaturesScreenshotApp.class, args);
    }
}
