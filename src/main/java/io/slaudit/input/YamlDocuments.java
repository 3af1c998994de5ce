package io.slaudit.input;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads a YAML file into a tree of {@link YamlNode}s with positions. One document per file; UTF-8
 * with an optional byte order mark. Duplicate keys are reported, since YAML parsers otherwise keep
 * the last one silently and a contract would lose a clause without a word.
 *
 * <p>Anchors, aliases and merge keys mean what YAML 1.1 says, so that a contract reads the same
 * here as in any other YAML tool: {@code *wait} is the value anchored as {@code &wait}, not the word
 * "wait"; {@code <<: *base} (or a list of aliases) copies the keys of the anchored mappings that the
 * mapping does not give itself, earlier mappings of the list winning over later ones. An alias of a
 * value takes the alias's position; an alias of a list or a mapping keeps the positions where its
 * content was written. Since aliases of aliases grow the document exponentially (the "billion
 * laughs"), the document may stand for at most {@value #MAX_NODES} nodes, aliases expanded.
 *
 * <p>Built on SnakeYAML's event parser: Jackson's YAML parser, which the rest of slaudit uses to
 * write YAML, drops the anchors of plain values.
 */
public final class YamlDocuments {

    /** Nodes a document may stand for with its aliases expanded; real contracts have a few thousand. */
    static final long MAX_NODES = 100_000;

    /** How deep lists and mappings may nest; real contracts nest five or six levels. */
    static final int MAX_DEPTH = 64;

    private static final String MERGE_KEY = "<<";

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
            throw InputException.unreadable(SourceMark.file(name), "cannot read the file: " + FileErrors.reason(e));
        }
        return parse(name, bytes);
    }

    /** Parses the bytes of a file (a git revision's, say), which must be UTF-8 text. */
    public static YamlNode parse(String name, byte[] bytes) {
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
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        Parser parser = new ParserImpl(new StreamReader(text), options);
        try {
            return new Builder(source, parser).document();
        } catch (MarkedYAMLException e) {
            throw syntaxError(source, text, e);
        } catch (ReaderException e) {
            throw InputException.unreadable(
                    at(source, text, e.getPosition()),
                    "not valid YAML: the character U+" + String.format(java.util.Locale.ROOT, "%04X", e.getCodePoint())
                            + " is not allowed in a YAML file");
        } catch (YAMLException e) {
            throw InputException.unreadable(SourceMark.file(source), "not valid YAML: " + e.getMessage());
        }
    }

    /** The position of a code point index of the text. */
    private static SourceMark at(String source, String text, int codePointIndex) {
        int line = 1;
        int column = 1;
        int i = 0;
        for (int cp = 0; i < text.length() && cp < codePointIndex; cp++) {
            char c = text.charAt(i);
            i += Character.charCount(text.codePointAt(i));
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SourceMark(source, line, column);
    }

    /** A node as read, with the number of nodes it stands for when its aliases are expanded. */
    private record Built(YamlNode node, long size) {}

    /** Builds the tree of one document from the parser's events. */
    private static final class Builder {
        private final String source;
        private final Parser parser;
        private final Map<String, Built> anchors = new HashMap<>();
        /** Anchors of collections still being read: an alias of one of them is a cycle. */
        private final Set<String> open = new HashSet<>();

        private final List<Problem> problems = new ArrayList<>();
        private int depth;

        Builder(String source, Parser parser) {
            this.source = source;
            this.parser = parser;
        }

        YamlNode document() {
            parser.getEvent(); // stream start
            if (parser.checkEvent(Event.ID.StreamEnd)) {
                throw InputException.unreadable(SourceMark.file(source), "the file is empty");
            }
            parser.getEvent(); // document start
            Built root = value(parser.getEvent());
            parser.getEvent(); // document end
            if (!parser.checkEvent(Event.ID.StreamEnd)) {
                throw InputException.unreadable(
                        mark(parser.peekEvent().getStartMark()), "only one YAML document per file is allowed");
            }
            if (!problems.isEmpty()) {
                throw new InputException(InputException.Kind.INVALID, problems);
            }
            return root.node();
        }

        private Built value(Event event) {
            SourceMark at = mark(event.getStartMark());
            if (event instanceof AliasEvent alias) {
                return alias(alias, at);
            }
            if (event instanceof ScalarEvent s) {
                Built b = new Built(scalar(s, at), 1);
                anchor(s, b);
                return b;
            }
            if (++depth > MAX_DEPTH) {
                throw InputException.unreadable(at, "lists and mappings nest more than " + MAX_DEPTH + " levels deep");
            }
            String anchor = ((NodeEvent) event).getAnchor();
            if (anchor != null) {
                open.add(anchor);
            }
            Built b = event instanceof SequenceStartEvent ? sequence(at) : mapping((MappingStartEvent) event, at);
            if (anchor != null) {
                open.remove(anchor);
            }
            anchor((NodeEvent) event, b);
            depth--;
            return b;
        }

        private void anchor(NodeEvent event, Built b) {
            if (event.getAnchor() != null) {
                anchors.put(event.getAnchor(), b);
            }
        }

        private Built alias(AliasEvent alias, SourceMark at) {
            String name = alias.getAnchor();
            Built target = anchors.get(name);
            if (target == null) {
                throw InputException.unreadable(
                        at,
                        open.contains(name)
                                ? "the alias '*" + name + "' stands inside the value anchored as '&" + name
                                        + "', which would make it contain itself"
                                : "the alias '*" + name + "' refers to no anchor '&" + name
                                        + "' before it; an anchor must be defined before its aliases");
            }
            // A value takes the alias's place; a list or mapping keeps where its items were written.
            if (target.node() instanceof YamlNode.Scalar s) {
                return new Built(new YamlNode.Scalar(at, s.text(), s.isNull()), 1);
            }
            return new Built(target.node(), target.size());
        }

        private static YamlNode.Scalar scalar(ScalarEvent s, SourceMark at) {
            String text = s.getValue();
            boolean isNull = text.isEmpty()
                    || (s.isPlain()
                            && (text.equals("~") || text.equals("null") || text.equals("Null") || text.equals("NULL")));
            // An empty value ("key:") says as little as null.
            return new YamlNode.Scalar(at, isNull ? "" : text, isNull);
        }

        private Built sequence(SourceMark at) {
            List<YamlNode> items = new ArrayList<>();
            long size = 1;
            while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                Event e = parser.getEvent();
                Built item = value(e);
                size = grow(size, item.size(), mark(e.getStartMark()));
                items.add(item.node());
            }
            parser.getEvent();
            return new Built(new YamlNode.Sequence(at, items), size);
        }

        private Built mapping(MappingStartEvent start, SourceMark at) {
            Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            Map<String, Long> sizes = new HashMap<>();
            // Where the merge key stood, and what it brought: explicit keys win, wherever they are.
            int mergeAt = -1;
            List<YamlNode.Mapping> merged = List.of();
            long mergedSize = 0;
            SourceMark firstKey = null;
            while (!parser.checkEvent(Event.ID.MappingEnd)) {
                Event keyEvent = parser.getEvent();
                SourceMark keyMark = mark(keyEvent.getStartMark());
                if (firstKey == null) {
                    firstKey = keyMark;
                }
                String name = key(keyEvent, keyMark);
                Event valueEvent = parser.getEvent();
                Built value = value(valueEvent);
                boolean mergeKey = name.equals(MERGE_KEY) && keyEvent instanceof ScalarEvent s && s.isPlain();
                YamlNode.Entry earlier = entries.get(name);
                if (earlier != null || (mergeKey && mergeAt >= 0)) {
                    problems.add(new Problem(
                            keyMark,
                            "duplicate key '" + name + "' (first given at line "
                                    + (earlier != null ? earlier.key().mark().line() : firstKey.line()) + ")"));
                    continue;
                }
                if (mergeKey) {
                    mergeAt = entries.size();
                    merged = mergeSources(value.node(), mark(valueEvent.getStartMark()));
                    mergedSize = value.size();
                    continue;
                }
                entries.put(name, new YamlNode.Entry(new YamlNode.Key(name, keyMark), value.node()));
                sizes.put(name, value.size());
            }
            parser.getEvent();
            // A block mapping's own position is its first key: that is where a reader looks.
            SourceMark own = firstKey != null ? firstKey : at;
            long size = 1;
            for (long s : sizes.values()) {
                size = grow(size, s, own);
            }
            if (mergeAt < 0) {
                return new Built(new YamlNode.Mapping(own, entries), size);
            }
            Map<String, YamlNode.Entry> out = new LinkedHashMap<>();
            int i = 0;
            for (Map.Entry<String, YamlNode.Entry> e : entries.entrySet()) {
                if (i++ == mergeAt) {
                    mergeInto(out, merged, entries);
                }
                out.put(e.getKey(), e.getValue());
            }
            if (mergeAt == entries.size()) {
                mergeInto(out, merged, entries);
            }
            return new Built(new YamlNode.Mapping(own, out), grow(size, mergedSize, own));
        }

        /** The mappings a merge key names: one mapping, or a list of them. */
        private List<YamlNode.Mapping> mergeSources(YamlNode value, SourceMark at) {
            if (value instanceof YamlNode.Mapping m) {
                return List.of(m);
            }
            if (value instanceof YamlNode.Sequence seq) {
                List<YamlNode.Mapping> out = new ArrayList<>();
                for (YamlNode item : seq.items()) {
                    if (item instanceof YamlNode.Mapping m) {
                        out.add(m);
                    } else {
                        problems.add(new Problem(
                                item.mark(),
                                "a merge key '<<' takes mappings (such as '<<: [*a, *b]'), not " + item.kindName()));
                    }
                }
                return out;
            }
            problems.add(new Problem(
                    at,
                    "a merge key '<<' takes a mapping or a list of mappings (such as '<<: *a'), not "
                            + value.kindName()));
            return List.of();
        }

        /** Keys of the merged mappings that the mapping does not give itself; earlier mappings win. */
        private static void mergeInto(
                Map<String, YamlNode.Entry> out, List<YamlNode.Mapping> merged, Map<String, YamlNode.Entry> own) {
            for (YamlNode.Mapping m : merged) {
                for (Map.Entry<String, YamlNode.Entry> e : m.entries().entrySet()) {
                    if (!own.containsKey(e.getKey())) {
                        out.putIfAbsent(e.getKey(), e.getValue());
                    }
                }
            }
        }

        private String key(Event event, SourceMark at) {
            if (event instanceof ScalarEvent s) {
                anchor(s, new Built(scalar(s, at), 1));
                return s.getValue();
            }
            if (event instanceof AliasEvent a) {
                Built target = alias(a, at);
                if (target.node() instanceof YamlNode.Scalar s) {
                    return s.text();
                }
                throw InputException.unreadable(
                        at, "a key must be a single value, not " + target.node().kindName());
            }
            Built complex = value(event);
            throw InputException.unreadable(
                    at, "a key must be a single value, not " + complex.node().kindName());
        }

        /** Adds a child's size, refusing a document that would stand for too many nodes. */
        private static long grow(long size, long child, SourceMark at) {
            long sum = size + child;
            if (sum > MAX_NODES || sum < 0) {
                throw InputException.unreadable(
                        at,
                        "with its aliases expanded the document would have more than "
                                + String.format(java.util.Locale.ROOT, "%,d", MAX_NODES)
                                + " values; aliases of aliases multiply (an alias bomb?)");
            }
            return sum;
        }

        private SourceMark mark(Mark m) {
            return m == null ? SourceMark.file(source) : new SourceMark(source, m.getLine() + 1, m.getColumn() + 1);
        }
    }

    /**
     * SnakeYAML's complaint is "context, its position, problem, its position"; this folds it into
     * one sentence at the problem's position.
     */
    private static InputException syntaxError(String source, String yaml, MarkedYAMLException e) {
        Mark problemMark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        SourceMark at = problemMark == null
                ? SourceMark.file(source)
                : new SourceMark(source, problemMark.getLine() + 1, problemMark.getColumn() + 1);
        String problem =
                e.getProblem() == null ? "syntax error" : e.getProblem().trim();
        String text;
        if (e.getContext() != null && e.getContextMark() != null) {
            text = problem + " (" + e.getContext().trim() + " that starts at "
                    + (e.getContextMark().getLine() + 1) + ":"
                    + (e.getContextMark().getColumn() + 1) + ")";
        } else if (e.getContext() != null) {
            text = e.getContext().trim() + "; " + problem;
        } else {
            text = problem;
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
