package io.slaudit.billing;

import io.slaudit.audit.InputFile;
import io.slaudit.input.InputException;
import io.slaudit.input.SourceMark;
import io.slaudit.input.Table;
import io.slaudit.input.TableRow;
import io.slaudit.tickets.Reason;
import io.slaudit.tickets.RejectedRow;
import io.slaudit.tickets.TimestampParser;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an invoice: {@code date,description,amount} and optionally {@code kind} (fee, phone,
 * hotline, vat, other), {@code reference} (the ticket or start of the call a hotline line bills)
 * and {@code period} (the month a line bills, {@code 2026-10}). Amounts are net, with a decimal
 * point or comma ({@code 39.00}, {@code 39,00}, {@code 1.234,50}); a currency sign or code may
 * stand before or after and must be the contract's. Bad rows are rejected by line and counted.
 *
 * <p>The one place that reads the invoice file: the table reader for spreadsheets plugs in here.
 */
public final class InvoiceReader {

    public static final List<String> REQUIRED = List.of("date", "description", "amount");

    private static final Pattern CURRENCY =
            Pattern.compile("^(?:([A-Za-z]{3})(?=[\\s\\d.,+-])|([€$£]))|(?:(?<=[\\s\\d.,-])([A-Za-z]{3})|([€$£]))$");
    private static final Map<String, String> SIGNS = Map.of("€", "EUR", "$", "USD", "£", "GBP");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+");
    private static final Pattern POINT = Pattern.compile("-?\\d+\\.\\d+");
    private static final Pattern COMMA = Pattern.compile("-?\\d+,\\d+");
    private static final Pattern POINT_THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+");
    private static final Pattern DE_GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+,\\d+");
    private static final Pattern EN_GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+\\.\\d+");
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    /** The lines of an invoice, the rows rejected, how many were read, and the file as evidence. */
    public record Invoice(List<InvoiceLine> lines, List<RejectedRow> rejected, long rowsRead, InputFile evidence) {
        public Invoice {
            lines = List.copyOf(lines);
            rejected = List.copyOf(rejected);
        }
    }

    /** The file's header: the first of its top rows that names every required column. */
    private static boolean hasAll(List<String> header) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (String h : header) {
            names.add(h.trim().toLowerCase(java.util.Locale.ROOT));
        }
        return names.containsAll(REQUIRED);
    }

    private InvoiceReader() {}

    /** @throws InputException when the file cannot be read or lacks a required column */
    public static Invoice read(Path file, ZoneId zone, String currency) {
        List<InvoiceLine> lines = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        long rows = 0;
        String sha256;
        long bytes;
        try (Table csv = Table.open(file, Optional.empty(), header -> hasAll(header))) {
            List<String> missing =
                    REQUIRED.stream().filter(c -> !csv.hasColumn(c)).toList();
            if (!missing.isEmpty()) {
                throw InputException.invalid(
                        new SourceMark(file.toString(), (int) Math.min(Integer.MAX_VALUE, csv.headerPosition()), 0),
                        "the invoice needs the columns date, description, amount (optional: kind, reference,"
                                + " period); it lacks " + String.join(", ", missing) + "; its header: "
                                + String.join(", ", csv.header()));
            }
            int date = csv.column("date", "the invoice").orElseThrow();
            int description = csv.column("description", "the invoice").orElseThrow();
            int amount = csv.column("amount", "the invoice").orElseThrow();
            Optional<Integer> kind = csv.column("kind", "the invoice");
            Optional<Integer> reference = csv.column("reference", "the invoice");
            Optional<Integer> period = csv.column("period", "the invoice");
            TimestampParser parser = new TimestampParser(zone, List.of());
            for (TableRow row : csv) {
                rows++;
                String d = row.get(date).trim();
                String text = row.get(description).trim();
                String a = row.get(amount).trim();
                if (d.isEmpty() && text.isEmpty() && a.isEmpty()) {
                    rows--;
                    continue;
                }
                String id = text.length() > 40 ? text.substring(0, 40) + "…" : text;
                if (d.isEmpty()) {
                    rejected.add(new RejectedRow(row.position(), id, Reason.of("invoice.missing", "date")));
                    continue;
                }
                if (a.isEmpty()) {
                    rejected.add(new RejectedRow(row.position(), id, Reason.of("invoice.missing", "amount")));
                    continue;
                }
                LocalDate day;
                OptionalLong at = OptionalLong.empty();
                try {
                    day = date(d);
                } catch (DateTimeException e) {
                    try {
                        long t = parser.parse(d);
                        at = OptionalLong.of(t);
                        day = Instant.ofEpochSecond(t).atZone(zone).toLocalDate();
                    } catch (IllegalArgumentException notTimestamp) {
                        rejected.add(new RejectedRow(row.position(), id, Reason.of("invoice.not-a-date", d)));
                        continue;
                    }
                }
                Parsed money = amount(a, currency);
                if (money.problem().isPresent()) {
                    rejected.add(
                            new RejectedRow(row.position(), id, money.problem().get()));
                    continue;
                }
                Optional<InvoiceLine.Kind> k = Optional.empty();
                String kindText = kind.map(row::get).map(String::trim).orElse("");
                if (!kindText.isEmpty()) {
                    k = InvoiceLine.Kind.parse(kindText);
                    if (k.isEmpty()) {
                        rejected.add(new RejectedRow(row.position(), id, Reason.of("invoice.unknown-kind", kindText)));
                        continue;
                    }
                }
                Optional<YearMonth> month = Optional.empty();
                String periodText = period.map(row::get).map(String::trim).orElse("");
                if (!periodText.isEmpty()) {
                    try {
                        month = Optional.of(YearMonth.parse(periodText));
                    } catch (DateTimeException e) {
                        rejected.add(new RejectedRow(row.position(), id, Reason.of("invoice.not-a-month", periodText)));
                        continue;
                    }
                }
                lines.add(new InvoiceLine(
                        row.position(),
                        day,
                        at,
                        text,
                        money.amount(),
                        k,
                        reference.map(row::get).map(String::trim).filter(r -> !r.isEmpty()),
                        month));
            }
            // the hash first: it reads what is left of a pipe, whose size is known only then
            sha256 = csv.sha256();
            bytes = csv.size();
        }
        return new Invoice(lines, rejected, rows, new InputFile("invoice", file.toString(), sha256, bytes));
    }

    private static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-') {
            return LocalDate.parse(text);
        }
        if (text.length() == 10 && text.charAt(2) == '.') {
            return LocalDate.parse(text, GERMAN_DATE);
        }
        throw new DateTimeException("not a date");
    }

    /** An amount read, or why not. */
    record Parsed(BigDecimal amount, Optional<Reason> problem) {
        static Parsed of(BigDecimal amount) {
            return new Parsed(amount, Optional.empty());
        }

        static Parsed refused(Reason reason) {
            return new Parsed(BigDecimal.ZERO, Optional.of(reason));
        }
    }

    /** Reads an amount in the usual invoice forms; a form that reads two ways is refused, not guessed. */
    static Parsed amount(String text, String currency) {
        String s = text.replace('\u00a0', ' ').replace('\u2212', '-').trim();
        Matcher m = CURRENCY.matcher(s);
        while (m.find()) {
            String code = m.group(1) != null ? m.group(1) : m.group(3);
            String sign = m.group(2) != null ? m.group(2) : m.group(4);
            String named = code != null ? code.toUpperCase(Locale.ROOT) : SIGNS.get(sign);
            if (!named.equals(currency)) {
                return Parsed.refused(Reason.of("invoice.other-currency", text, named, currency));
            }
            s = (s.substring(0, m.start()) + s.substring(m.end())).trim();
            m = CURRENCY.matcher(s);
        }
        s = s.replace(" ", "");
        if (s.startsWith("+")) {
            s = s.substring(1);
        }
        if (s.endsWith("-") && s.length() > 1) {
            s = "-" + s.substring(0, s.length() - 1);
        }
        if (PLAIN.matcher(s).matches()
                || POINT.matcher(s).matches() && !POINT_THOUSANDS.matcher(s).matches()) {
            return Parsed.of(new BigDecimal(s));
        }
        if (COMMA.matcher(s).matches() && !COMMA_THOUSANDS.matcher(s).matches()) {
            return Parsed.of(new BigDecimal(s.replace(',', '.')));
        }
        if (DE_GROUPED.matcher(s).matches()) {
            return Parsed.of(new BigDecimal(s.replace(".", "").replace(',', '.')));
        }
        if (EN_GROUPED.matcher(s).matches()) {
            return Parsed.of(new BigDecimal(s.replace(",", "")));
        }
        if (POINT_THOUSANDS.matcher(s).matches() || COMMA_THOUSANDS.matcher(s).matches()) {
            String digits = s.replace(".", "").replace(",", "");
            String decimal = s.replace(",", ".");
            return Parsed.refused(Reason.of("invoice.ambiguous-amount", text, digits + ".00", decimal));
        }
        return Parsed.refused(Reason.of("invoice.not-an-amount", text));
    }
}
