package io.slaudit.input;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows that end a report rather than list a ticket: a note such as Zammad's {@code Timezone:
 * Europe/Berlin}, or a totals line. Such a row holds one or two cells, the first of them a
 * "label: value" note or a totals word. Only trailing rows are taken as a footer (see {@link
 * Table}); the same row amid the data is a bad row like any other.
 */
final class Footers {

    /** A short label of letters, a colon, a value: "Timezone: Europe/Berlin", "Exported by: jdoe". */
    private static final Pattern NOTE = Pattern.compile("\\p{L}[\\p{L} .'()/_-]{0,40}:\\s*\\S.*");

    private static final Pattern TOTALS = Pattern.compile(
            "(grand total|totals?|sum|summe|gesamt|gesamtsumme|insgesamt|anzahl|count|\u03a3)(\\b|\\s|:).*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Zammad's footer label in the languages it ships, and the usual English spellings. */
    private static final Pattern ZONE = Pattern.compile(
            "(time ?zone|zeitzone|fuseau horaire|zona horaria|fuso orario|tijdzone|fuso hor\u00e1rio|strefa czasowa)"
                    + "\\s*:\\s*(\\S+)\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Footers() {}

    static boolean isFooterShaped(TableRow row) {
        int filled = row.filledCells();
        if (filled < 1 || filled > 2) {
            return false;
        }
        String first = firstFilled(row);
        return NOTE.matcher(first).matches() || TOTALS.matcher(first).matches();
    }

    /** The zone a footer row names, when it is one and names a zone this runtime knows. */
    static Optional<ZoneId> zoneNamed(TableRow row) {
        if (!isFooterShaped(row)) {
            return Optional.empty();
        }
        Matcher m = ZONE.matcher(firstFilled(row));
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(m.group(2)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The row's text as a report quotes it: its filled cells, joined. */
    static String text(TableRow row) {
        StringBuilder out = new StringBuilder();
        for (String c : row.cells()) {
            if (!c.isBlank()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(c.trim());
            }
        }
        return out.toString();
    }

    private static String firstFilled(TableRow row) {
        for (String c : row.cells()) {
            if (!c.isBlank()) {
                return c.trim();
            }
        }
        return "";
    }
}
