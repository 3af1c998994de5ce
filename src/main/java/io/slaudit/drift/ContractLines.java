package io.slaudit.drift;

import io.slaudit.input.SourceMark;
import io.slaudit.input.YamlNode;
import java.util.Optional;

/**
 * Where a contract writes each of its values: the YAML tree of the file as read, walked by the keys
 * and list indexes of the policy format ({@code targets 2 within}, {@code calendars dach
 * holidays}). A change points at the key of the value that changed, so an annotation lands on the
 * line a reviewer edits.
 */
public final class ContractLines {

    private final YamlNode root;
    private final SourceMark file;

    public ContractLines(YamlNode root, String source) {
        this.root = root;
        this.file = SourceMark.file(source);
    }

    /**
     * The position of the key (or list item) at the end of the path, or of the nearest ancestor the
     * file has; the file itself when not even the first step is there.
     */
    public SourceMark at(Object... path) {
        SourceMark best = file;
        YamlNode node = root;
        for (Object step : path) {
            if (node instanceof YamlNode.Mapping m && step instanceof String key) {
                Optional<YamlNode.Entry> e = m.entry(key);
                if (e.isEmpty()) {
                    return best;
                }
                best = e.get().key().mark();
                node = e.get().value();
            } else if (node instanceof YamlNode.Sequence s && step instanceof Integer i) {
                if (i < 0 || i >= s.items().size()) {
                    return best;
                }
                node = s.items().get(i);
                best = node.mark();
            } else {
                return best;
            }
        }
        return best;
    }

    /** The node at a path, if the file has it. */
    public Optional<YamlNode> node(Object... path) {
        YamlNode node = root;
        for (Object step : path) {
            if (node instanceof YamlNode.Mapping m
                    && step instanceof String key
                    && m.get(key).isPresent()) {
                node = m.get(key).get();
            } else if (node instanceof YamlNode.Sequence s
                    && step instanceof Integer i
                    && i >= 0
                    && i < s.items().size()) {
                node = s.items().get(i);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(node);
    }
}
