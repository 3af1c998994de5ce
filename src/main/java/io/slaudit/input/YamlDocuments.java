package io.slaudit.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a YAML file into a tree of {@link YamlNode}s with positions. One document per file; UTF-8
 * with an optional byte order mark. Duplicate keys are reported, since YAML parsers otherwise keep
 * the last one silently and a contract would lose a clause without a word.
 */
public final class YamlDocuments {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlDocuments() {}

    /** Reads a file; the source name in messages is the path as given. */
    public static YamlNode read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw InputException.unreadable(SourceMark.file(name), "no such file");
        } catch (IOException e) {
            throw InputException.unreadable(SourceMark.file(name), "cannot read the file: " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw InputException.unreadable(SourceMark.file(name), "is not UTF-8 text");
        }
        return parse(name, text);
    }

    /** Parses text; {@code source} names it in messages. */
    public static YamlNode parse(String source, String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw InputException.unreadable(SourceMark.file(source), "the file is empty");
            }
            List<Problem> duplicates = new ArrayList<>();
            YamlNode root = readValue(parser, source, duplicates);
            JsonToken after = parser.nextToken();
            if (after != null) {
                throw InputException.unreadable(
                        mark(source, parser.currentTokenLocation()), "only one YAML document per file is allowed");
            }
            if (!duplicates.isEmpty()) {
                throw new InputException(InputException.Kind.INVALID, duplicates);
            }
            return root;
        } catch (JsonProcessingException e) {
            throw syntaxError(source, text, e);
        } catch (IOException e) {
            throw InputException.unreadable(SourceMark.file(source), "cannot read: " + e.getMessage());
        }
    }

    private static YamlNode readValue(JsonParser parser, String source, List<Problem> duplicates) throws IOException {
        JsonToken token = parser.currentToken();
        SourceMark at = mark(source, parser.currentTokenLocation());
        switch (token) {
            case START_OBJECT -> {
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                SourceMark firstKey = null;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    SourceMark keyMark = mark(source, parser.currentTokenLocation());
                    if (firstKey == null) {
                        firstKey = keyMark;
                    }
                    parser.nextToken();
                    YamlNode value = readValue(parser, source, duplicates);
                    YamlNode.Entry earlier = entries.get(name);
                    if (earlier != null) {
                        duplicates.add(new Problem(
                                keyMark,
                                "duplicate key '" + name + "' (first given at line "
                                        + earlier.key().mark().line() + ")"));
                        continue;
                    }
                    entries.put(name, new YamlNode.Entry(new YamlNode.Key(name, keyMark), value));
                }
                // A block mapping's own position is its first key: that is where a reader looks.
                return new YamlNode.Mapping(firstKey != null ? firstKey : at, entries);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser, source, duplicates));
                }
                return new YamlNode.Sequence(at, items);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(at, "", true);
            }
            default -> {
                String text = parser.getText();
                // An empty value ("key:") comes as an empty string; it says as little as null.
                boolean empty = text == null || text.isEmpty();
                return new YamlNode.Scalar(at, empty ? "" : text, empty);
            }
        }
    }

    private static SourceMark mark(String source, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return SourceMark.file(source);
        }
        return new SourceMark(source, location.getLineNr(), Math.max(location.getColumnNr(), 0));
    }

    private static final Pattern MARK = Pattern.compile("^ in '[^']*', line (\\d+), column (\\d+):$");

    /**
     * SnakeYAML writes "context, its position, problem, its position" over several lines with source
     * excerpts; this folds it into one sentence at the problem's position.
     */
    private static InputException syntaxError(String source, String yaml, JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage();
        List<String> sentences = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        SourceMark at = mark(source, e.getLocation());
        String[] lines = message.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher m = MARK.matcher(lines[i]);
            if (m.matches()) {
                marks.add(m.group(1) + ":" + m.group(2));
                at = new SourceMark(source, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                i += 2; // the excerpt and its caret
            } else if (!lines[i].isBlank()) {
                sentences.add(lines[i].trim());
            }
        }
        String text;
        if (sentences.size() >= 2 && marks.size() >= 2) {
            text = sentences.get(1) + " (" + sentences.get(0) + " that starts at " + marks.get(0) + ")";
        } else {
            text = String.join("; ", sentences);
        }
        return InputException.unreadable(at, "not valid YAML: " + plainWords(text, startsLine(yaml, at)) + text);
    }

    /** Whether a position is the first character of its line that is not a space. */
    private static boolean startsLine(String yaml, SourceMark at) {
        if (at.line() < 1 || at.column() < 1) {
            return false;
        }
        String[] lines = yaml.split("\n", -1);
        if (at.line() > lines.length) {
            return false;
        }
        String line = lines[at.line() - 1];
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        return at.column() == indent + 1;
    }

    /** What SnakeYAML's most frequent complaints mean for a person editing a contract. */
    private static String plainWords(String parserSays, boolean atStartOfLine) {
        if (parserSays.startsWith("expected <block end>, but found ")) {
            return atStartOfLine
                    ? "this line is indented differently from the lines before it in its block; the parser says: "
                    : "more text after a complete value: quote the whole value; the parser says: ";
        }
        if (parserSays.startsWith("mapping values are not allowed here")) {
            return "a ': ' where a value goes on: quote a value that holds ': ', and indent a key like the keys"
                    + " beside it; the parser says: ";
        }
        return "";
    }
}
