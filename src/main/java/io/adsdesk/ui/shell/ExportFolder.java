package io.adsdesk.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where "Export CSV" opens its file chooser: the folder of the last export when it still exists,
 * else the user's Documents folder, else the home folder. Never the working directory.
 */
final class ExportFolder {
    private ExportFolder() {
    }

    static Path initial(String lastFolder, Path home) {
        if (lastFolder != null && !lastFolder.isBlank()) {
            Path last = Path.of(lastFolder);
            if (Files.isDirectory(last)) {
                return last;
            }
        }
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    static Path home() {
        return Path.of(System.getProperty("user.home"));
    }
}
