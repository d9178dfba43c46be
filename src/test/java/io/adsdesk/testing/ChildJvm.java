package io.adsdesk.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line that runs AdsDesk's Main in a child JVM on the test class path, logging to files. */
public final class ChildJvm {
    private ChildJvm() {
    }

    public static List<String> adsdesk(List<String> jvmOptions, List<String> args) {
        return java(jvmOptions, "io.adsdesk.app.Main", args);
    }

    /** The command line that runs {@code mainClass} in a child JVM on the test class path. */
    public static List<String> java(List<String> jvmOptions, String mainClass, List<String> args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-Dlogback.configurationFile=logback.xml"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(args);
        return command;
    }
}
