package io.slaudit.input;

/** How a table's rows are counted in messages: physical lines of a CSV file, or rows of a sheet. */
public enum PositionUnit {
    LINE("line", "Zeile"),
    SHEET_ROW("sheet row", "Tabellenzeile");

    private final String english;
    private final String german;

    PositionUnit(String english, String german) {
        this.english = english;
        this.german = german;
    }

    /** "line" or "sheet row", as messages put it before the number. */
    public String word() {
        return english;
    }

    public String word(java.util.Locale locale) {
        return locale.getLanguage().equals("de") ? german : english;
    }
}
