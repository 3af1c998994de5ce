package io.slaudit.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One line of an invoice: its line in the file, its date (and time, when the invoice gives one),
 * what it says, the net amount charged, and what the invoice says about what it charges: its kind,
 * a reference to a call (the call's ticket or start) and the month it bills.
 */
public record InvoiceLine(
        long row,
        LocalDate date,
        OptionalLong at,
        String description,
        BigDecimal amount,
        Optional<Kind> kind,
        Optional<String> reference,
        Optional<YearMonth> period) {

    /** What an invoice line charges, from its {@code kind} column or its words. */
    public enum Kind {
        FEE("fee"),
        PHONE("phone"),
        HOTLINE("hotline"),
        VAT("vat"),
        OTHER("other");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Optional<Kind> parse(String text) {
            String t = text.trim().toLowerCase(java.util.Locale.ROOT);
            for (Kind k : values()) {
                if (k.key.equals(t)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    public InvoiceLine {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(period, "period");
    }

    /** The month the line bills: its {@code period}, else the month of its date. */
    public YearMonth month() {
        return period.orElse(YearMonth.from(date));
    }
}
