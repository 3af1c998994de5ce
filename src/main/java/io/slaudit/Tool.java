package io.slaudit;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/**
 * The tool's own name and version, for {@code --version} and the evidence in every report: the
 * release, the commit it was built from and the build's date. A reproducible build has no wall
 * clock in it: its date is the commit's, or the fixed output timestamp when built outside git.
 */
public final class Tool {

    public static final String NAME = "slaudit";

    private static final Properties BUILD = readBuild();

    private Tool() {}

    public static String version() {
        return known("version").orElse("unknown");
    }

    /** The abbreviated commit id the jar was built from, if the build knew it. */
    public static Optional<String> commit() {
        return known("commit");
    }

    /** Whether the working tree had uncommitted changes to tracked files when the jar was built. */
    public static boolean builtWithChanges() {
        return Boolean.parseBoolean(BUILD.getProperty("commit.dirty", "false").trim());
    }

    /**
     * The date of the commit the jar was built from, ISO-8601 in UTC ({@code 2026-11-22T10:15:00Z}):
     * the date of a reproducible build. Kept as the build wrote it, so that printing the version
     * starts no date-time formatting.
     */
    public static Optional<String> commitDate() {
        return known("commit.time");
    }

    /** The build's fixed timestamp of jar entries ({@code project.build.outputTimestamp}). */
    public static Optional<String> outputTimestamp() {
        return known("output.timestamp");
    }

    private static Optional<String> known(String key) {
        String value = BUILD.getProperty(key, "").trim();
        return value.isEmpty() || value.startsWith("${") ? Optional.empty() : Optional.of(value);
    }

    private static Properties readBuild() {
        Properties p = new Properties();
        try (InputStream in = Tool.class.getResourceAsStream("/io/slaudit/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // the version is evidence, not a reason to fail: it reads "unknown"
        }
        return p;
    }
}
