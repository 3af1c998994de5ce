package io.slaudit.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A place whose public holidays close a calendar, written as an ISO 3166-1 country code, an
 * optional ISO 3166-2 subdivision, and optionally the holiday library's own sub-regions after a
 * slash: {@code DE}, {@code DE-BY}, {@code DE-BY/mu} (Munich, where Assumption Day is a holiday).
 *
 * <p>Immutable value; the syntax is checked here, whether the library knows the place is checked by
 * {@link PublicHolidays}.
 */
public record HolidayRegion(String country, List<String> path) {

    private static final Pattern SYNTAX = Pattern.compile("[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?(/[A-Za-z0-9_]+)*");

    public HolidayRegion {
        country = country.toUpperCase(Locale.ROOT);
        path = path.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * Parses {@code CC}, {@code CC-SUB} or {@code CC-SUB/part/...}.
     *
     * @throws IllegalArgumentException when the text is not of that form
     */
    public static HolidayRegion parse(String text) {
        String t = text.trim();
        if (!SYNTAX.matcher(t).matches()) {
            throw new IllegalArgumentException("'" + text
                    + "' is not a region; write an ISO 3166 code such as DE, DE-BY or US-NY,"
                    + " optionally with a sub-region such as DE-BY/mu");
        }
        String[] slash = t.split("/");
        String[] dash = slash[0].split("-");
        List<String> path = new ArrayList<>();
        if (dash.length > 1) {
            path.add(dash[1]);
        }
        for (int i = 1; i < slash.length; i++) {
            path.add(slash[i]);
        }
        if (dash.length == 1 && slash.length > 1) {
            throw new IllegalArgumentException(
                    "'" + text + "' names a sub-region without a subdivision; write e.g. DE-BY/mu");
        }
        return new HolidayRegion(dash[0], path);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(country);
        for (int i = 0; i < path.size(); i++) {
            s.append(i == 0 ? "-" + path.get(i).toUpperCase(Locale.ROOT) : "/" + path.get(i));
        }
        return s.toString();
    }
}
