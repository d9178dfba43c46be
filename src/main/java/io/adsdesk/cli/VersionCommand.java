package io.adsdesk.cli;

import io.adsdesk.update.AppVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code adsdesk version} (and {@code adsdesk --version}): prints "AdsDesk VERSION" (the version pom.xml gave the build). */
@Command(name = "version", description = "Print the version.")
final class VersionCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    static String text() {
        return AppVersion.title();
    }

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(text());
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code;
    }

    /** For {@code --version}. */
    static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {text()};
        }
    }
}
