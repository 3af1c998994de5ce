package io.slaudit.tickets;

import io.slaudit.input.YamlDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The built-in export profiles, and which of them a header belongs to. */
public final class ExportProfiles {

    public static final List<String> NAMES =
            List.of("canonical", "zendesk", "jira", "freshdesk", "otrs", "zammad", "servicenow");

    private static final Map<String, ExportProfile> BUILT_IN = load();

    private ExportProfiles() {}

    private static Map<String, ExportProfile> load() {
        Map<String, ExportProfile> out = new LinkedHashMap<>();
        for (String name : NAMES) {
            String resource = "/io/slaudit/tickets/profiles/" + name + ".yaml";
            try (InputStream in = ExportProfiles.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("built-in profile missing from the jar: " + resource);
                }
                String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                out.put(name, ProfileReader.read(name + ".yaml", YamlDocuments.parse(name + ".yaml", yaml)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    public static List<ExportProfile> all() {
        return List.copyOf(BUILT_IN.values());
    }

    public static Optional<ExportProfile> named(String name) {
        return Optional.ofNullable(BUILT_IN.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * The profile whose signature the header carries and whose required fields it can fill; when
     * several do, the one that finds the most of its columns.
     */
    public static Optional<ExportProfile> detect(List<String> header) {
        ExportProfile best = null;
        int bestScore = -1;
        for (ExportProfile p : BUILT_IN.values()) {
            int score = score(p, header);
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return bestScore >= 0 ? Optional.of(best) : Optional.empty();
    }

    /** -1 when the header lacks the profile's signature or a required field; else the columns found. */
    static int score(ExportProfile p, List<String> header) {
        List<String> lower = new ArrayList<>();
        for (String h : header) {
            lower.add(h.trim().toLowerCase(Locale.ROOT));
        }
        for (List<String> anyOf : p.signature()) {
            if (anyOf.stream().noneMatch(c -> lower.contains(c.toLowerCase(Locale.ROOT)))) {
                return -1;
            }
        }
        int found = 0;
        for (Map.Entry<TicketField, ExportProfile.FieldSource> e : p.fields().entrySet()) {
            boolean present =
                    e.getValue().candidates().stream().anyMatch(c -> lower.contains(c.toLowerCase(Locale.ROOT)));
            if (present) {
                found++;
            } else if (e.getKey().required()) {
                return -1;
            }
        }
        return found;
    }
}
