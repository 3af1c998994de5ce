package io.slaudit.calendar;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The public holidays of regions, as the Jollyday library knows them. Only days that are public
 * holidays by law count (not bank holidays or observances), on the date offices close: where the
 * law moves a holiday off a weekend (United States), the observed date.
 *
 * <p>The library answers for unknown sub-regions with the parent's holidays; this class refuses
 * them instead, so a typo such as {@code DE-BY/muc} cannot quietly drop Assumption Day.
 *
 * <p>Thread-safe; loading one country's rules takes a few hundred milliseconds, so managers and
 * yearly answers are cached for the life of the process.
 */
public final class PublicHolidays {

    private static final PublicHolidays LIBRARY = new PublicHolidays();

    /**
     * The years whose public holidays slaudit trusts the bundled data for. Jollyday computes any
     * year from rules, but laws change (Berlin added 8 March in 2019): beyond a few years after the
     * data's release, or long before it, an audit should not rely on it silently.
     */
    public static final int FIRST_TRUSTED_YEAR = 1990;

    /** The year the bundled Jollyday data was released; update with the dependency. */
    public static final int DATA_RELEASE_YEAR = 2026;

    public static final int LAST_TRUSTED_YEAR = DATA_RELEASE_YEAR + 5;

    /** Whether slaudit trusts the holiday data for a local year (the audit rejects tickets outside). */
    public static boolean trusted(int year) {
        return year >= FIRST_TRUSTED_YEAR && year <= LAST_TRUSTED_YEAR;
    }

    private final Map<String, HolidayManager> managers = new ConcurrentHashMap<>();
    private final Map<String, List<PublicHoliday>> years = new ConcurrentHashMap<>();

    private PublicHolidays() {}

    /** The shared instance backed by the bundled holiday library. */
    public static PublicHolidays library() {
        return LIBRARY;
    }

    /** Name and version of the holiday data, for the evidence section of reports. */
    public String source() {
        return "Jollyday " + libraryVersion();
    }

    public static String libraryVersion() {
        try (InputStream in = HolidayManager.class.getResourceAsStream(
                "/META-INF/maven/de.focus-shift/jollyday-core/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "unknown");
            }
        } catch (IOException e) {
            // fall through: the version is evidence, not a reason to fail
        }
        return "unknown";
    }

    /**
     * Why the library cannot answer for a region, or empty if it can. Answered from the list of
     * the library's regions ({@link KnownRegions}), so that checking a contract loads no holiday
     * data: the library reads a country's rules through JAXB, a third of a second.
     */
    public Optional<String> problemWith(HolidayRegion region) {
        if (!KnownRegions.NODES.contains(region.country())) {
            return Optional.of("no public holiday data for country '" + region.country()
                    + "' (an ISO 3166-1 code such as DE, AT, CH, US)");
        }
        String node = region.country();
        StringBuilder known = new StringBuilder(region.country());
        for (String part : region.path()) {
            String child = node + " " + part;
            if (!KnownRegions.NODES.contains(child)) {
                String options = KnownRegions.childrenOf(node).stream()
                        .map(k -> childCode(known.toString(), k))
                        .collect(Collectors.joining(", "));
                return Optional.of("unknown holiday region '" + region + "'"
                        + (options.isEmpty()
                                ? "; " + known + " has no sub-regions"
                                : "; " + known + " has: " + options));
            }
            node = child;
            known.replace(0, known.length(), childCode(known.toString(), part));
        }
        return Optional.empty();
    }

    /**
     * Every region of the bundled holiday data as a line of the resource {@code holiday-regions.txt}:
     * the country code, then the library's keys of the sub-regions down to it, space-separated
     * ({@code DE}, {@code DE by}, {@code DE by mu}). The list is made from the library itself and a
     * test keeps it equal to the library's answer. Read on first use.
     */
    static final class KnownRegions {

        static final String RESOURCE = "holiday-regions.txt";

        static final Set<String> NODES = read();

        private KnownRegions() {}

        static List<String> childrenOf(String node) {
            String prefix = node + " ";
            List<String> keys = new ArrayList<>();
            for (String n : NODES) {
                if (n.startsWith(prefix) && n.indexOf(' ', prefix.length()) < 0) {
                    keys.add(n.substring(prefix.length()));
                }
            }
            keys.sort(null);
            return keys;
        }

        private static Set<String> read() {
            Set<String> nodes = new HashSet<>();
            try (InputStream in = PublicHolidays.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the list of holiday regions is missing from the jar");
                }
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        nodes.add(line.strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(nodes);
        }
    }

    /** Every region the library knows, in the form of {@link KnownRegions}, sorted: asked of the library. */
    static List<String> regionsOfLibrary() {
        List<String> out = new ArrayList<>();
        for (String code : HolidayManager.getSupportedCalendarCodes()) {
            if (code.matches("[A-Z]{2}")) {
                addRegions(code, LIBRARY.manager(code).getCalendarHierarchy(), out);
            }
        }
        out.sort(null);
        return out;
    }

    private static void addRegions(String node, CalendarHierarchy hierarchy, List<String> out) {
        out.add(node);
        for (Map.Entry<String, CalendarHierarchy> child :
                hierarchy.getChildren().entrySet()) {
            addRegions(node + " " + child.getKey(), child.getValue(), out);
        }
    }

    /** The region's name from the most specific part outwards: "Munich, Bavaria", "Germany". */
    public String describe(HolidayRegion region, Locale locale) {
        if (problemWith(region).isPresent()) {
            return region.toString();
        }
        CalendarHierarchy node = manager(region.country()).getCalendarHierarchy();
        List<String> names = new ArrayList<>();
        names.add(node.getDescription(locale));
        for (String part : region.path()) {
            node = node.getChildren().get(part);
            names.add(0, node.getDescription(locale));
        }
        if (names.size() > 1) {
            names.remove(names.size() - 1);
        }
        return String.join(", ", names);
    }

    /** The regions directly below {@code region} (below a country when the path is empty). */
    public List<RegionEntry> subRegions(HolidayRegion region, Locale locale) {
        problemWith(region).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        CalendarHierarchy node = manager(region.country()).getCalendarHierarchy();
        for (String part : region.path()) {
            node = node.getChildren().get(part);
        }
        String prefix = region.toString();
        List<RegionEntry> out = new ArrayList<>();
        for (Map.Entry<String, CalendarHierarchy> child : node.getChildren().entrySet()) {
            out.add(new RegionEntry(
                    HolidayRegion.parse(childCode(prefix, child.getKey())),
                    child.getValue().getDescription(locale),
                    !child.getValue().getChildren().isEmpty()));
        }
        out.sort(Comparator.comparing(e -> e.region().toString()));
        return out;
    }

    /** Every country with holiday data. */
    public Set<String> countries() {
        return new TreeSet<>(HolidayManager.getSupportedCalendarCodes().stream()
                .filter(c -> c.length() == 2)
                .collect(Collectors.toSet()));
    }

    /** A region below another, with its name and whether it has regions below it. */
    public record RegionEntry(HolidayRegion region, String name, boolean hasSubRegions) {}

    /**
     * The public holidays of {@code region} in {@code year}, sorted, named in {@code locale}.
     *
     * @throws IllegalArgumentException for a region the library does not know
     */
    public List<PublicHoliday> in(HolidayRegion region, int year, Locale locale) {
        String key = region + "|" + year + "|" + locale.getLanguage();
        List<PublicHoliday> cached = years.get(key);
        if (cached != null) {
            return cached;
        }
        problemWith(region).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        Set<Holiday> holidays = manager(region.country())
                .getHolidays(
                        Year.of(year), HolidayType.PUBLIC_HOLIDAY, region.path().toArray(String[]::new));
        List<PublicHoliday> result = new ArrayList<>();
        for (Holiday h : holidays) {
            // getDate() is the observed date where a holiday moves off a weekend.
            LocalDate closed = h.getDate();
            if (closed.getYear() == year) {
                result.add(new PublicHoliday(closed, h.getDescription(locale)));
            }
        }
        result.sort(null);
        List<PublicHoliday> value = List.copyOf(result);
        years.put(key, value);
        return value;
    }

    private HolidayManager manager(String country) {
        return managers.computeIfAbsent(
                country, c -> HolidayManager.getInstance(ManagerParameters.create(c.toLowerCase(Locale.ROOT))));
    }

    private static String childCode(String prefix, String child) {
        return prefix.contains("-") ? prefix + "/" + child : prefix + "-" + child.toUpperCase(Locale.ROOT);
    }
}
