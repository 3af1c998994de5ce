package io.slaudit;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's own name and version, for {@code --version} and the evidence in every report. */
public final class Tool {

    public static final String NAME = "slaudit";

    private static final String VERSION = readVersion();

    private Tool() {}

    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = Tool.class.getResourceAsStream("/io/slaudit/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
