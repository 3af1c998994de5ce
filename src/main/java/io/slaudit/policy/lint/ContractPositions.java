package io.slaudit.policy.lint;

import io.slaudit.input.SourceMark;
import io.slaudit.input.YamlNode;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the parts of a contract were written: a path such as {@code targets/2/within} or {@code
 * calendars/office/holidays/0} looked up in the YAML tree the policy was read from, falling back to
 * the nearest enclosing part that exists, as the reader's own problems do. A mapping's entry points
 * at its key (the line a reader looks for), a list item or a value at itself.
 */
public final class ContractPositions {

    private final YamlNode root;

    public ContractPositions(YamlNode root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    /** The position of the part at {@code path}, or of its nearest enclosing part. */
    public SourceMark at(String path) {
        SourceMark mark = root.mark();
        YamlNode node = root;
        for (String step : path.split("/")) {
            if (step.isEmpty()) {
                continue;
            }
            if (node instanceof YamlNode.Mapping m && m.entries().containsKey(step)) {
                YamlNode.Entry e = m.entries().get(step);
                node = e.value();
                mark = node instanceof YamlNode.Scalar ? node.mark() : e.key().mark();
            } else if (node instanceof YamlNode.Sequence s
                    && index(step) >= 0
                    && index(step) < s.items().size()) {
                node = s.items().get(index(step));
                mark = node.mark();
            } else {
                break;
            }
        }
        return mark;
    }

    /** The node at exactly {@code path}, if the file has one. */
    public Optional<YamlNode> node(String path) {
        YamlNode node = root;
        for (String step : path.split("/")) {
            if (step.isEmpty()) {
                continue;
            }
            if (node instanceof YamlNode.Mapping m && m.entries().containsKey(step)) {
                node = m.entries().get(step).value();
            } else if (node instanceof YamlNode.Sequence s
                    && index(step) >= 0
                    && index(step) < s.items().size()) {
                node = s.items().get(index(step));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(node);
    }

    private static int index(String step) {
        if (step.isEmpty() || step.length() > 9 || !step.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(step);
    }
}
