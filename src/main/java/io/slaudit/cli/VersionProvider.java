package io.slaudit.cli;

import io.slaudit.Tool;
import java.time.Instant;
import java.util.Optional;
import picocli.CommandLine;

/** The tool version from the build, for {@code --version} and the evidence in reports. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    public static String version() {
        return Tool.version();
    }

    @Override
    public String[] getVersion() {
        return lines();
    }

    /**
     * The version text: release; commit and build date; the Java that runs it. Plain code, no
     * lambdas: {@link Main} prints this without starting picocli, and each lambda costs start-up.
     */
    static String[] lines() {
        Optional<String> commit = Tool.commit();
        String commitText = commit.isEmpty()
                ? "commit unknown"
                : "commit " + commit.get() + (Tool.builtWithChanges() ? " with uncommitted changes" : "");
        // no wall clock: the same commit builds the same jar
        Optional<Instant> commitDate = Tool.commitDate();
        Optional<Instant> outputTimestamp = Tool.outputTimestamp();
        String dateText = commitDate.isPresent()
                ? "build date " + commitDate.get() + " (the commit's)"
                : outputTimestamp.isPresent()
                        ? "build date " + outputTimestamp.get() + " (the build's output timestamp)"
                        : "build date unknown";
        return new String[] {
            "slaudit " + version(),
            commitText + ", " + dateText,
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
        };
    }
}
