package io.slaudit.cli;

import io.slaudit.Tool;
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
     * The version text: release; commit and build date; the Java that runs it. {@link Main}
     * prints it without starting picocli, so it is built in plain code: no lambdas, and
     * StringBuilder rather than string concatenation, whose first use spins method-handle
     * classes that cost a version check a tenth of its time.
     */
    static String[] lines() {
        StringBuilder build = new StringBuilder("commit ");
        Optional<String> commit = Tool.commit();
        if (commit.isPresent()) {
            build.append(commit.get());
            if (Tool.builtWithChanges()) {
                build.append(" with uncommitted changes");
            }
        } else {
            build.append("unknown");
        }
        // no wall clock: the same commit builds the same jar
        Optional<String> commitDate = Tool.commitDate();
        if (commitDate.isPresent()) {
            build.append(", build date ").append(commitDate.get()).append(" (the commit's)");
        } else {
            Optional<String> outputTimestamp = Tool.outputTimestamp();
            build.append(", build date ")
                    .append(outputTimestamp.orElse("unknown"))
                    .append(outputTimestamp.isPresent() ? " (the build's output timestamp)" : "");
        }
        return new String[] {
            new StringBuilder("slaudit ").append(version()).toString(),
            build.toString(),
            new StringBuilder("Java ")
                    .append(System.getProperty("java.version"))
                    .append(" (")
                    .append(System.getProperty("java.vendor"))
                    .append(')')
                    .toString(),
        };
    }
}
