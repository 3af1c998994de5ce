package io.slaudit.cli;

import io.slaudit.Tool;
import picocli.CommandLine;

/** The tool version from the build, for {@code --version} and the evidence in reports. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    public static String version() {
        return Tool.version();
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "slaudit " + version(), "Java ${java.version} (${java.vendor})",
        };
    }
}
