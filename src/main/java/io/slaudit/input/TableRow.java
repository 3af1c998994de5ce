package io.slaudit.input;

import java.util.List;
import java.util.Objects;

/**
 * One row of a table as its file holds it: where it is (a line of a CSV file, counted in physical
 * lines; a row of a sheet, as the spreadsheet numbers it) and its cells as text.
 */
public record TableRow(long position, List<String> cells) {

    public TableRow {
        if (position < 1) {
            throw new IllegalArgumentException("rows are numbered from 1, not " + position);
        }
        cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
    }

    /** The cell at a column (from 0); an empty text where the row has no such cell. */
    public String get(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    /** Whether every cell is empty or blank: a row that holds nothing. */
    public boolean isBlank() {
        for (String c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** How many cells hold something. */
    public int filledCells() {
        int n = 0;
        for (String c : cells) {
            if (!c.isBlank()) {
                n++;
            }
        }
        return n;
    }
}
