package io.slaudit.report;

import io.slaudit.report.ReportView.Fact;
import java.util.List;
import java.util.Objects;

/**
 * The content of a comparison document, in the order the documents show it, every text already in
 * the document's language: sections of tables (a row per contract, the best value of a column
 * marked where a column has a better end), lists and paragraphs. The text, Markdown, HTML and PDF
 * renderers all lay out this one model, so that they say the same. Built by {@link
 * ComparisonViews}.
 */
public record ComparisonView(
        String lang, String title, Cover cover, List<Fact> keyFigures, List<Section> sections, String generatedBy) {

    public ComparisonView {
        Objects.requireNonNull(cover, "cover");
        keyFigures = List.copyOf(keyFigures);
        sections = List.copyOf(sections);
    }

    /** The first page: what is compared, for which year. */
    public record Cover(String kicker, String heading, String subheading, List<Fact> facts, String note) {
        public Cover {
            facts = List.copyOf(facts);
        }
    }

    /** A section: its anchor, heading, introduction and blocks. */
    public record Section(String id, String heading, String intro, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * A table ({@code kind} "table": columns and rows), a list of items ("list") or a paragraph
     * ("paragraph": {@code text}); {@code caption} and {@code note} may be empty.
     */
    public record Block(
            String kind,
            String caption,
            String text,
            List<Column> columns,
            List<Row> rows,
            List<Item> items,
            String note) {
        public Block {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            items = List.copyOf(items);
        }

        static Block table(String caption, List<Column> columns, List<Row> rows, String note) {
            return new Block("table", caption, "", columns, rows, List.of(), note);
        }

        static Block list(String caption, List<Item> items) {
            return new Block("list", caption, "", List.of(), List.of(), items, "");
        }

        static Block paragraph(String text) {
            return new Block("paragraph", "", text, List.of(), List.of(), List.of(), "");
        }

        public boolean isTable() {
            return kind.equals("table");
        }

        public boolean isList() {
            return kind.equals("list");
        }
    }

    /**
     * A column: its header, whether it holds numbers (right-aligned, sorted by value), its share of
     * the width, whether its cells are instants that should not break.
     */
    public record Column(String header, boolean numeric, float share, boolean time) {}

    /** A row; {@code first} says it starts a new contract (the documents rule it off). */
    public record Row(List<Cell> cells, boolean first) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** A cell: its text, whether it is the best of its column, the value a table sorts it by. */
    public record Cell(String text, boolean best, String sort) {
        static Cell of(String text) {
            return new Cell(text, false, "");
        }
    }

    /** An item of a list, with lines under it. */
    public record Item(String text, List<String> details) {
        public Item {
            details = List.copyOf(details);
        }
    }
}
