package io.adsdesk.ui.update;

import io.adsdesk.update.AppVersion;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Settings › About AdsDesk: the version, the Java and JavaFX it runs on. */
public final class AboutBox {
    private AboutBox() {
    }

    public static Alert create(Window owner) {
        Alert about = new Alert(Alert.AlertType.INFORMATION, text(), ButtonType.CLOSE);
        about.initOwner(owner);
        about.setTitle("About AdsDesk");
        about.setHeaderText(AppVersion.title());
        about.getDialogPane().setId("about-box");
        return about;
    }

    static String text() {
        return "Desktop dashboard for Yelp Ads resellers.\n\n"
                + "Version " + AppVersion.current() + "\n"
                + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n"
                + "JavaFX " + System.getProperty("javafx.runtime.version", "unknown");
    }
}
