package io.slaudit.policy;

import io.slaudit.input.SourceMark;
import java.util.Map;
import java.util.Objects;

/**
 * A policy with the positions it was read from, for checks that run after reading (the fidelity
 * lint) and still point at a line and column. Paths are the format's keys, e.g. {@code targets/2},
 * {@code calendars/support}, {@code ambiguities/guarantee-window/readings/business-hours/example};
 * a path without a position of its own falls back to its nearest parent.
 */
public record PolicyDocument(Policy policy, Map<String, SourceMark> marks, SourceMark root) {

    public PolicyDocument {
        Objects.requireNonNull(policy, "policy");
        marks = Map.copyOf(marks);
        Objects.requireNonNull(root, "root");
    }

    public SourceMark at(String path) {
        String p = path;
        while (true) {
            SourceMark m = marks.get(p);
            if (m != null) {
                return m;
            }
            int cut = p.lastIndexOf('/');
            if (cut < 0) {
                return root;
            }
            p = p.substring(0, cut);
        }
    }
}
