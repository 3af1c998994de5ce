package io.slaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under src/test/resources. A test compares its output with the file; run the tests
 * with {@code -Dslaudit.updateGoldens=true} to rewrite them, then read the diff before committing.
 */
public final class Goldens {

    private static final Path ROOT = Path.of("src/test/resources");

    private Goldens() {}

    public static void assertMatches(String relativePath, String actual) {
        Path file = ROOT.resolve(relativePath);
        try {
            if (Boolean.getBoolean("slaudit.updateGoldens")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(file)
                    .as("golden file %s (create it with -Dslaudit.updateGoldens=true)", file)
                    .exists();
            assertThat(actual)
                    .as("output compared with golden file %s", file)
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
