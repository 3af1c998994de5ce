package io.slaudit.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.slaudit.drift.Change;
import io.slaudit.drift.ChangeReport;
import io.slaudit.drift.Classification;
import io.slaudit.drift.PolicyChanges;
import io.slaudit.input.SourceMark;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * The changes for machines. Keys (docs/diff-and-drift.md): {@code kind}, {@code old}, {@code new},
 * {@code fail_on}, {@code fails}, {@code counts}, {@code notes}, {@code policies[]} with {@code
 * policy}, {@code status}, {@code old_side}/{@code new_side} and {@code changes[]} with {@code
 * classification}, {@code word}, {@code code}, {@code subject}, {@code text}, {@code effect},
 * {@code sentence}, {@code details}, {@code file}, {@code line}, {@code column}, {@code missing},
 * {@code fails}.
 */
final class ChangeJsonRenderer implements Renderer<ChangeReport> {

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String fileName() {
        return "changes.json";
    }

    @Override
    public void render(ChangeReport r, OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("kind", r.kind().key());
            g.writeStringField("old", r.oldLabel());
            g.writeStringField("new", r.newLabel());
            g.writeStringField("fail_on", r.failOn().key());
            g.writeBooleanField("fails", r.fails());
            g.writeObjectFieldStart("counts");
            g.writeNumberField("changes", r.changes());
            for (Classification c : Classification.values()) {
                g.writeNumberField(c.key(), r.count(c));
            }
            g.writeEndObject();
            strings(g, "notes", r.notes());
            g.writeArrayFieldStart("policies");
            for (PolicyChanges p : r.policies()) {
                g.writeStartObject();
                g.writeStringField("policy", p.policy());
                g.writeStringField("status", p.status().key());
                side(g, "old_side", p.old());
                side(g, "new_side", p.current());
                g.writeArrayFieldStart("changes");
                for (Change c : p.changes()) {
                    change(g, r, p, c);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static void change(JsonGenerator g, ChangeReport r, PolicyChanges p, Change c) throws IOException {
        g.writeStartObject();
        g.writeStringField("classification", c.classification().key());
        g.writeStringField("word", r.word(c));
        g.writeStringField("code", c.code());
        g.writeStringField("subject", c.subject());
        g.writeStringField("text", c.text());
        if (c.effect().isPresent()) {
            g.writeStringField("effect", c.effect().get());
        } else {
            g.writeNullField("effect");
        }
        g.writeStringField("sentence", c.sentence(r.word(c)));
        strings(g, "details", c.details());
        if (c.at().isPresent()) {
            SourceMark m = c.at().get();
            g.writeStringField("file", ChangeRenderers.fileOf(p, m));
            g.writeNumberField("line", m.line());
            g.writeNumberField("column", m.column());
        } else {
            g.writeNullField("file");
            g.writeNullField("line");
            g.writeNullField("column");
        }
        g.writeBooleanField("missing", c.missing());
        g.writeBooleanField("fails", r.fails(c));
        g.writeEndObject();
    }

    private static void side(JsonGenerator g, String name, Optional<PolicyChanges.Side> side) throws IOException {
        if (side.isEmpty()) {
            g.writeNullField(name);
            return;
        }
        PolicyChanges.Side s = side.get();
        g.writeObjectFieldStart(name);
        g.writeStringField("source", s.source());
        g.writeStringField("file", s.file());
        g.writeStringField("version", s.version().orElse(null));
        g.writeStringField("sha256", s.sha256().orElse(null));
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
