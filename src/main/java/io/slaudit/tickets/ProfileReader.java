package io.slaudit.tickets;

import io.slaudit.input.InputException;
import io.slaudit.input.Problems;
import io.slaudit.input.YamlDocuments;
import io.slaudit.input.YamlFields;
import io.slaudit.input.YamlNode;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an export profile or a user's {@code --mapping} file (docs/ticket-input.md). Every problem
 * is reported with its position.
 */
public final class ProfileReader {

    private ProfileReader() {}

    public static ExportProfile read(Path file) {
        return read(file.toString(), YamlDocuments.read(file));
    }

    public static ExportProfile parse(String source, String yaml) {
        return read(source, YamlDocuments.parse(source, yaml));
    }

    static ExportProfile read(String source, YamlNode root) {
        Problems problems = new Problems();
        YamlFields f = YamlFields.of(root, "the mapping", problems).orElse(null);
        if (f == null) {
            problems.throwIfAny(InputException.Kind.INVALID);
        }
        String name = f.optionalText("name")
                .orElse(Path.of(source).getFileName().toString().replaceAll("\\.ya?ml$", ""));
        String title = f.optionalText("title").orElse(name);
        Optional<String> src = f.optionalText("source");
        Optional<ZoneId> zone = f.optional("zone")
                .flatMap(n -> YamlFields.parsed(n, "'zone'", problems, z -> {
                    try {
                        return ZoneId.of(z);
                    } catch (DateTimeException e) {
                        throw new IllegalArgumentException("unknown time zone '" + z + "'", e);
                    }
                }));
        Optional<String> zoneNote = f.optionalText("zone-note");
        List<String> formats = new ArrayList<>();
        f.optional("formats").ifPresent(n -> {
            for (YamlNode item : YamlFields.items(n, "'formats'", problems, true)) {
                YamlFields.text(item, "a format", problems).ifPresent(p -> {
                    try {
                        DateTimeFormatter.ofPattern(p, Locale.ENGLISH);
                        formats.add(p);
                    } catch (IllegalArgumentException e) {
                        problems.add(item.mark(), "'" + p + "' is not a date-time pattern: " + e.getMessage());
                    }
                });
            }
        });
        List<List<String>> signature = new ArrayList<>();
        f.optional("signature").ifPresent(n -> {
            for (YamlNode item : YamlFields.items(n, "'signature'", problems, true)) {
                signature.add(texts(item, "a signature column", problems));
            }
        });
        Map<TicketField, ExportProfile.FieldSource> fields = new EnumMap<>(TicketField.class);
        f.required("fields").ifPresent(n -> {
            if (!(n instanceof YamlNode.Mapping m)) {
                problems.add(n.mark(), "'fields' must map canonical columns to export columns");
                return;
            }
            for (YamlNode.Entry e : m.entries().values()) {
                Optional<TicketField> field = TicketField.of(e.key().name());
                if (field.isEmpty()) {
                    problems.add(
                            e.key().mark(),
                            "'" + e.key().name() + "' is not a canonical column; use one of "
                                    + String.join(
                                            ", ",
                                            java.util.Arrays.stream(TicketField.values())
                                                    .map(TicketField::column)
                                                    .toList()));
                    continue;
                }
                source(e.value(), field.get(), problems).ifPresent(s -> fields.put(field.get(), s));
            }
            for (TicketField required : TicketField.values()) {
                if (required.required()
                        && !fields.containsKey(required)
                        && m.entry(required.column()).isEmpty()) {
                    problems.add(n.mark(), "'fields' must say which column holds '" + required.column() + "'");
                }
            }
        });
        Map<TicketField, Map<String, String>> values = new EnumMap<>(TicketField.class);
        f.optional("values").ifPresent(n -> {
            if (!(n instanceof YamlNode.Mapping m)) {
                problems.add(n.mark(), "'values' must map canonical columns to translations");
                return;
            }
            for (YamlNode.Entry e : m.entries().values()) {
                Optional<TicketField> field = TicketField.of(e.key().name());
                if (field.isEmpty()) {
                    problems.add(e.key().mark(), "'" + e.key().name() + "' is not a canonical column");
                    continue;
                }
                Map<String, String> map = new LinkedHashMap<>();
                if (e.value() instanceof YamlNode.Mapping vm) {
                    for (YamlNode.Entry v : vm.entries().values()) {
                        YamlFields.text(v.value(), "a translation", problems)
                                .ifPresent(t -> map.put(v.key().name(), t));
                    }
                } else {
                    problems.add(e.value().mark(), "translations must map the export's values to the policy's names");
                }
                values.put(field.get(), map);
            }
        });
        f.rejectUnknown();
        problems.throwIfAny(InputException.Kind.INVALID);
        return new ExportProfile(name, title, src, fields, formats, zone, zoneNote, signature, values);
    }

    private static Optional<ExportProfile.FieldSource> source(YamlNode node, TicketField field, Problems problems) {
        if (!(node instanceof YamlNode.Mapping)) {
            List<String> candidates = texts(node, "a column name", problems);
            return candidates.isEmpty() ? Optional.empty() : Optional.of(new ExportProfile.Column(candidates));
        }
        YamlFields f = YamlFields.of(node, "the source of '" + field.column() + "'", problems)
                .orElseThrow();
        Optional<YamlNode> minutes = f.optional("minutes-after-created");
        Optional<YamlNode> hours = f.optional("hours-after-created");
        Optional<YamlNode> column = f.optional("column");
        f.rejectUnknown();
        int given = (minutes.isPresent() ? 1 : 0) + (hours.isPresent() ? 1 : 0) + (column.isPresent() ? 1 : 0);
        if (given != 1) {
            problems.add(f.mark(), "give one of 'column', 'minutes-after-created' or 'hours-after-created'");
            return Optional.empty();
        }
        if (column.isPresent()) {
            return Optional.of(new ExportProfile.Column(texts(column.get(), "a column name", problems)));
        }
        if (!field.isTimestamp() || field == TicketField.CREATED) {
            problems.add(f.mark(), "only first_response and resolved can be derived from a duration");
            return Optional.empty();
        }
        YamlNode n = minutes.orElseGet(hours::get);
        return Optional.of(
                new ExportProfile.AfterCreated(texts(n, "a column name", problems), minutes.isPresent() ? 60 : 3600));
    }

    private static List<String> texts(YamlNode node, String what, Problems problems) {
        List<String> out = new ArrayList<>();
        for (YamlNode item : YamlFields.items(node, what, problems, true)) {
            YamlFields.text(item, what, problems).ifPresent(out::add);
        }
        return out;
    }
}
