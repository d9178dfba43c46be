package io.adsdesk.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line that runs AdsDesk's Main in a child JVM on the test class path, logging to files. */
public final class ChildJvm {
    private ChildJvm() {
    }

    public static List<String> adsdesk(List<String> jvmOptions, List<String> args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-Dlogback.configurationFile=logback.xml"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.adsdesk.app.Main"));
        command.addAll(args);
        return command;
    }
}
