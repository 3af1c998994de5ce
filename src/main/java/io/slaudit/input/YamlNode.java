package io.slaudit.input;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A node of a YAML document that remembers where it was written. Contracts are read through these
 * nodes instead of data binding so that every message, from an unknown key to a bad time of day,
 * can point at its own line and column.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    SourceMark mark();

    /** What a user would call this kind of node in a message. */
    String kindName();

    /** A plain value. {@code isNull} is true for {@code ~}, {@code null} and an empty value. */
    record Scalar(SourceMark mark, String text, boolean isNull) implements YamlNode {
        public Scalar {
            Objects.requireNonNull(mark, "mark");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String kindName() {
            return isNull ? "an empty value" : "a value";
        }
    }

    /** A list. */
    record Sequence(SourceMark mark, List<YamlNode> items) implements YamlNode {
        public Sequence {
            Objects.requireNonNull(mark, "mark");
            items = List.copyOf(items);
        }

        @Override
        public String kindName() {
            return "a list";
        }
    }

    /** A key of a mapping together with its position (the key's, not the value's). */
    record Key(String name, SourceMark mark) {}

    /** A mapping in document order. */
    record Mapping(SourceMark mark, Map<String, Entry> entries) implements YamlNode {
        public Mapping {
            Objects.requireNonNull(mark, "mark");
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public Optional<Entry> entry(String key) {
            return Optional.ofNullable(entries.get(key));
        }

        public Optional<YamlNode> get(String key) {
            return entry(key).map(Entry::value);
        }

        @Override
        public String kindName() {
            return "a mapping";
        }
    }

    /** One key and its value. */
    record Entry(Key key, YamlNode value) {}
}
