package io.slaudit.report;

/**
 * Text as a terminal may show it: control characters (C0 but tab, DEL, C1) and the invisible
 * characters that reorder text (bidirectional overrides and isolates) are written as visible
 * escapes, {@code \u001b}. An export's value can hold an escape sequence that would otherwise
 * recolour the terminal, move the cursor, or make a ticket id read as another.
 */
public final class TerminalText {

    private TerminalText() {}

    /** The text with every control and reordering character escaped; line feeds too. */
    public static String clean(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(c)) {
                if (b == null) {
                    b = new StringBuilder(text.length() + 8);
                    b.append(text, 0, i);
                }
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? text : b.toString();
    }

    /** The text with every control and reordering character escaped but its line feeds. */
    public static String cleanLines(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                // a line ends in CR LF on Windows: the CR is part of the line end, not of the text
                int end = i > start && i < text.length() && text.charAt(i - 1) == '\r' ? i - 1 : i;
                b.append(clean(text.substring(start, end))).append(text, end, i);
                if (i < text.length()) {
                    b.append('\n');
                }
                start = i + 1;
            }
        }
        return b.toString();
    }

    static boolean unsafe(char c) {
        return (c < 0x20 && c != '\t')
                || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E
                || c == 0x200F
                || c == 0x061C;
    }
}
