package io.slaudit.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON file as a tree whose every value remembers its line and column, so that a message about a
 * ticketing system's exported configuration points at the value that is wrong. Read with Jackson's
 * streaming parser (data binding loses the positions); a key given twice is refused, since which
 * one a system means is not ours to guess.
 */
public final class JsonDocument {

    /** Deeper nesting than any REST response we read; guards against a stack overflow on hostile input. */
    private static final int MAX_DEPTH = 64;

    /** One JSON value with the position of its first character. */
    public sealed interface Value permits Value.Text, Value.Number, Value.Bool, Value.Null, Value.Array, Value.Object {
        SourceMark mark();

        /** The kind as a message names it: a string, a number, an object... */
        String kindName();

        record Text(String text, SourceMark mark) implements Value {
            @Override
            public String kindName() {
                return "a string";
            }
        }

        record Number(BigDecimal number, SourceMark mark) implements Value {
            @Override
            public String kindName() {
                return "a number";
            }
        }

        record Bool(boolean value, SourceMark mark) implements Value {
            @Override
            public String kindName() {
                return value ? "true" : "false";
            }
        }

        record Null(SourceMark mark) implements Value {
            @Override
            public String kindName() {
                return "null";
            }
        }

        record Array(List<Value> items, SourceMark mark) implements Value {
            public Array {
                items = List.copyOf(items);
            }

            @Override
            public String kindName() {
                return "an array";
            }
        }

        /** An object: its members in file order, each with the position of its key. */
        record Object(Map<String, Member> members, SourceMark mark) implements Value {
            public Object {
                members = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(members));
            }

            public Optional<Value> get(String key) {
                Member m = members.get(key);
                return m == null ? Optional.empty() : Optional.of(m.value());
            }

            @Override
            public String kindName() {
                return "an object";
            }
        }

        /** A key of an object with its value. */
        record Member(String key, SourceMark keyMark, Value value) {
            public Member {
                Objects.requireNonNull(key, "key");
                Objects.requireNonNull(keyMark, "keyMark");
                Objects.requireNonNull(value, "value");
            }
        }
    }

    private JsonDocument() {}

    /**
     * Reads a JSON file.
     *
     * @throws InputException unreadable (missing, not JSON, with the line and column of the fault)
     */
    public static Value read(Path path) {
        String name = path.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw InputException.unreadable(SourceMark.file(name), "no such file");
        } catch (IOException e) {
            throw InputException.unreadable(SourceMark.file(name), "cannot read the file: " + FileErrors.reason(e));
        }
        return parse(name, bytes);
    }

    /** Parses the bytes of a JSON document (UTF-8, as RFC 8259 requires for exchanged JSON). */
    public static Value parse(String source, byte[] bytes) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .build())
                .build();
        try (JsonParser p = factory.createParser(bytes)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw InputException.unreadable(SourceMark.file(source), "is empty; expected a JSON document");
            }
            Value v = value(p, source, first);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                throw InputException.unreadable(
                        at(source, p.currentTokenLocation()), "has more after the end of the JSON document");
            }
            return v;
        } catch (JsonParseException e) {
            throw InputException.unreadable(
                    at(source, e.getLocation()), "is not valid JSON: " + e.getOriginalMessage());
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw InputException.unreadable(SourceMark.file(source), "nests deeper than " + MAX_DEPTH + " levels");
        } catch (IOException e) {
            throw InputException.unreadable(SourceMark.file(source), "is not valid JSON: " + e.getMessage());
        }
    }

    private static Value value(JsonParser p, String source, JsonToken t) throws IOException {
        SourceMark mark = at(source, p.currentTokenLocation());
        switch (t) {
            case START_OBJECT -> {
                Map<String, Value.Member> members = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String key = p.currentName();
                    SourceMark keyMark = at(source, p.currentTokenLocation());
                    Value v = value(p, source, p.nextToken());
                    if (members.containsKey(key)) {
                        throw InputException.unreadable(
                                keyMark,
                                "key '" + key + "' is given twice in one object (first at line "
                                        + members.get(key).keyMark().line() + ")");
                    }
                    members.put(key, new Value.Member(key, keyMark, v));
                }
                return new Value.Object(members, mark);
            }
            case START_ARRAY -> {
                List<Value> items = new ArrayList<>();
                for (JsonToken i = p.nextToken(); i != JsonToken.END_ARRAY; i = p.nextToken()) {
                    items.add(value(p, source, i));
                }
                return new Value.Array(items, mark);
            }
            case VALUE_STRING -> {
                return new Value.Text(p.getText(), mark);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Value.Number(p.getDecimalValue(), mark);
            }
            case VALUE_TRUE -> {
                return new Value.Bool(true, mark);
            }
            case VALUE_FALSE -> {
                return new Value.Bool(false, mark);
            }
            case VALUE_NULL -> {
                return new Value.Null(mark);
            }
            default -> throw InputException.unreadable(mark, "is not valid JSON: unexpected " + t);
        }
    }

    private static SourceMark at(String source, JsonLocation l) {
        if (l == null || l.getLineNr() < 1) {
            return SourceMark.file(source);
        }
        return new SourceMark(source, l.getLineNr(), Math.max(l.getColumnNr(), 0));
    }
}
