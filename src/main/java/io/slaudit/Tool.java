package io.slaudit;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
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

    /** The date of the commit the jar was built from: the date of a reproducible build. */
    public static Optional<Instant> commitDate() {
        Optional<String> epoch = known("commit.epoch");
        try {
            return epoch.isEmpty() ? Optional.empty() : Optional.of(Instant.ofEpochSecond(Long.parseLong(epoch.get())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The build's fixed timestamp of jar entries ({@code project.build.outputTimestamp}). */
    public static Optional<Instant> outputTimestamp() {
        Optional<String> stamp = known("output.timestamp");
        try {
            return stamp.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(stamp.get()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
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
