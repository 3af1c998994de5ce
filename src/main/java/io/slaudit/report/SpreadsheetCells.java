package io.slaudit.report;

/**
 * CSV cells as a spreadsheet may open them: a cell that starts with {@code = + - @}, a tab or a
 * carriage return would run as a formula ({@code =HYPERLINK(...)} from an export's subject), so it
 * gets a leading apostrophe, which spreadsheets show as text and hide. Every CSV slaudit writes
 * that echoes input (the audit's CSV report, the calculator's batch output) goes through this.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {}

    /** Neutralises a cell a spreadsheet would evaluate as a formula. */
    public static String safe(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }
}
