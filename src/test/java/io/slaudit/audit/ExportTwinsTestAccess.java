package io.slaudit.audit;

import java.io.IOException;
import java.nio.file.Path;

/** Zammad's report sheet for tests of other packages. */
public final class ExportTwinsTestAccess {

    private ExportTwinsTestAccess() {}

    public static Path zammadSheet(Path file) throws IOException {
        return ExportTwinsTest.zammadSheet(file);
    }
}
