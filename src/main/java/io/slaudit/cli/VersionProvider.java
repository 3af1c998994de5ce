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
        String commit = Tool.commit()
                .map(c -> "commit " + c + (Tool.builtWithChanges() ? " with uncommitted changes" : ""))
                .orElse("commit unknown");
        // no wall clock: the same commit builds the same jar
        String built = Tool.commitDate()
                .map(d -> "build date " + d + " (the commit's)")
                .or(() -> Tool.outputTimestamp().map(d -> "build date " + d + " (the build's output timestamp)"))
                .orElse("build date unknown");
        return new String[] {
            "slaudit " + version(), commit + ", " + built, "Java ${java.version} (${java.vendor})",
        };
    }
}
