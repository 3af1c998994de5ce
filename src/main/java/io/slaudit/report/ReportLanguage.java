package io.slaudit.report;

import io.slaudit.audit.Status;
import io.slaudit.audit.TargetLabel;
import io.slaudit.policy.Metric;
import io.slaudit.policy.TargetTime;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.OptionalDouble;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The language of a report document: its labels, and how it writes numbers, percentages, dates and
 * durations. German: {@code 07.03.2025 16:20}, {@code 1.234}, {@code 98,5 %}; English: {@code
 * 2025-03-07 16:20}, {@code 1,234}, {@code 98.5 %} (ISO dates, which no English reader misreads).
 */
public final class ReportLanguage {

    private static final String REPORT = "io.slaudit.report.report";
    private static final String BILL = "io.slaudit.report.bill";

    private final Locale locale;
    /** The labels, the document's own first: a bill's labels, then those every document shares. */
    private final java.util.List<ResourceBundle> bundles;

    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final DateTimeFormatter weekdayDateTime;

    private ReportLanguage(Locale locale, java.util.List<String> bundleNames) {
        this.locale = locale;
        this.bundles = bundleNames.stream()
                .map(b -> ResourceBundle.getBundle(
                        b,
                        locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)))
                .toList();
        boolean german = isGerman();
        this.dateTime = DateTimeFormatter.ofPattern(german ? "dd.MM.yyyy HH:mm" : "yyyy-MM-dd HH:mm", locale);
        this.date = DateTimeFormatter.ofPattern(german ? "dd.MM.yyyy" : "yyyy-MM-dd", locale);
        this.weekdayDateTime =
                DateTimeFormatter.ofPattern(german ? "EEE dd.MM.yyyy HH:mm:ss" : "EEE yyyy-MM-dd HH:mm:ss", locale);
    }

    /** German for a German locale, English otherwise. */
    public static ReportLanguage of(Locale locale) {
        return new ReportLanguage(language(locale), java.util.List.of(REPORT));
    }

    /** The language of a bill: its own labels ({@code bill_*.properties}) and the shared ones. */
    public static ReportLanguage forBills(Locale locale) {
        return new ReportLanguage(language(locale), java.util.List.of(BILL, REPORT));
    }

    private static Locale language(Locale locale) {
        return "de".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    /** {@code de} or {@code en}. */
    public String code() {
        return locale.getLanguage();
    }

    boolean isGerman() {
        return "de".equals(locale.getLanguage());
    }

    /** A label, with {@code {0}}-style arguments filled in. */
    public String label(String key, Object... args) {
        String pattern = null;
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                pattern = b.getString(key);
                break;
            }
        }
        if (pattern == null) {
            throw new IllegalStateException(
                    "report label '" + key + "' missing for " + locale, new MissingResourceException(key, "", key));
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }

    /** Every label by key, sorted: what templates see as {@code l}. */
    public Map<String, String> labels() {
        Map<String, String> out = new TreeMap<>();
        for (int i = bundles.size() - 1; i >= 0; i--) {
            ResourceBundle b = bundles.get(i);
            for (String key : b.keySet()) {
                out.put(key, b.getString(key));
            }
        }
        return out;
    }

    public String count(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** {@code 98,5 %} / {@code 98.5 %}; {@code k. A.} / {@code n/a} when nothing was judged. */
    public String percent(OptionalDouble value) {
        return value.isPresent() ? percent(value.getAsDouble()) : label("na");
    }

    public String percent(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        f.setGroupingUsed(false);
        return f.format(value) + " %";
    }

    public String dateTime(long epochSecond, ZoneId zone) {
        return dateTime.format(Instant.ofEpochSecond(epochSecond).atZone(zone));
    }

    /** An instant to the second with its weekday: {@code Thu 2026-04-02 14:00:01} / {@code Do. 02.04.2026 14:00:01}. */
    public String weekdayDateTime(long epochSecond, ZoneId zone) {
        return weekdayDateTime.format(Instant.ofEpochSecond(epochSecond).atZone(zone));
    }

    public String date(LocalDate day) {
        return date.format(day);
    }

    /** "March 2025" / "März 2025". */
    public String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear();
    }

    /** "Mar 25" / "Mär. 25", for chart axes. */
    public String shortMonth(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale) + " "
                + String.format(Locale.ROOT, "%02d", month.getYear() % 100);
    }

    /** Business time in hours and minutes (a business day is not 24 hours). */
    public String businessDuration(long seconds) {
        return Durations.business(seconds);
    }

    /** Clock time in days, hours and minutes: {@code 3 d 4 h} / {@code 3 T 4 h}. */
    public String clockDuration(long seconds) {
        return Durations.human(seconds, isGerman() ? "T" : "d");
    }

    public String duration(long seconds, boolean businessTime) {
        return businessTime ? businessDuration(seconds) : clockDuration(seconds);
    }

    /**
     * A target as the audit labels it ({@code 4 business hours, Gold}) in the report's language:
     * the time phrase translated, the scope (tier, channel, region names) as the contract names it.
     */
    public String target(TargetLabel label) {
        if (!isGerman()) {
            return label.toString();
        }
        String scope = label.scope().isEmpty() ? "" : ", " + String.join(", ", label.scope());
        if (label.time().isEmpty()) {
            return "keine Zeit angegeben" + scope;
        }
        TargetTime t = label.time().get();
        boolean one = t.amount().compareTo(BigDecimal.ONE) == 0;
        String unit = switch (t.unit()) {
            case MINUTES -> one ? "Minute" : "Minuten";
            case HOURS -> one ? "Stunde" : "Stunden";
            case DAYS -> one ? "Tag" : "Tage";
        };
        if (t.business()) {
            unit = "Arbeits" + unit.toLowerCase(Locale.GERMAN);
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(4);
        return f.format(t.amount()) + " " + unit + scope;
    }

    /** {@code 1.234,50 EUR} / {@code 1,234.50 EUR}: an amount to the cent, grouped, with its currency. */
    public String money(BigDecimal amount, String currency) {
        return decimal(amount) + "\u00a0" + currency;
    }

    /** {@code 1.234,50} / {@code 1,234.50}: an amount to the cent, grouped. */
    public String decimal(BigDecimal amount) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        f.setGroupingUsed(true);
        return f.format(amount.setScale(2, java.math.RoundingMode.HALF_UP));
    }

    public String status(Status status) {
        return label("status." + status.key());
    }

    public String metric(Metric metric) {
        String key = "metric." + metric.key();
        return bundles.stream()
                .filter(b -> b.containsKey(key))
                .findFirst()
                .map(b -> b.getString(key))
                .orElse(metric.key());
    }
}
