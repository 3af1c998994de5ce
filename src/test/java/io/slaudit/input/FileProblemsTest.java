package io.slaudit.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that cannot be read is described in the words a user looks for, not by its path again. */
class FileProblemsTest {

    @TempDir
    Path dir;

    @Test
    void theCommonReasonsAreNamed() {
        // Java's exceptions carry only the path, which the message already starts with
        assertThat(FileProblems.describe(new AccessDeniedException("/x/p.yaml")))
                .isEqualTo("permission denied");
        assertThat(FileProblems.describe(new NoSuchFileException("/x/p.yaml"))).isEqualTo("no such file");
        assertThat(FileProblems.describe(new IOException("Is a directory"))).isEqualTo("is a folder, not a file");
        assertThat(FileProblems.describe(new IOException("Input/output error")))
                .isEqualTo("cannot read the file: Input/output error");
    }

    @Test
    void aFolderGivenAsAContractIsCalledAFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("p.yaml"));
        assertThatThrownBy(() -> YamlDocuments.read(folder)).hasMessage(folder + ": is a folder, not a file");
    }
}
