package io.slaudit.policy;

import java.util.List;
import java.util.Objects;

/**
 * A contract stated in plain sentences, in sections, so that a reader can check the encoding
 * against the document without reading YAML. Rendered as text by {@code slaudit explain} and as
 * the appendix of reports.
 */
public record Explanation(String title, List<String> header, List<Section> sections) {

    public Explanation {
        Objects.requireNonNull(title, "title");
        header = List.copyOf(header);
        sections = List.copyOf(sections);
    }

    /** A heading and its items. */
    public record Section(String heading, List<Item> items) {
        public Section {
            Objects.requireNonNull(heading, "heading");
            items = List.copyOf(items);
        }
    }

    /** One statement, with indented details (targets under a priority, readings under a question). */
    public record Item(String text, List<String> details) {
        public Item {
            Objects.requireNonNull(text, "text");
            details = List.copyOf(details);
        }

        public static Item of(String text) {
            return new Item(text, List.of());
        }
    }

    /** Plain text: the title, the header lines, and each section as a heading with indented items. */
    public String toText() {
        StringBuilder s = new StringBuilder();
        s.append(title).append('\n');
        for (String h : header) {
            s.append(h).append('\n');
        }
        for (Section section : sections) {
            s.append('\n').append(section.heading()).append('\n');
            for (Item item : section.items()) {
                s.append("  - ").append(item.text()).append('\n');
                for (String d : item.details()) {
                    s.append("      ").append(d).append('\n');
                }
            }
        }
        return s.toString();
    }
}
