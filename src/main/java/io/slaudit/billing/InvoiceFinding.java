package io.slaudit.billing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one invoice line (or the phone lines of one month, which add up to one charge) comes to
 * against the charge the contract leads one to expect; or an expected charge no line bills.
 *
 * @param difference invoiced minus expected: positive is an overcharge
 * @param otherReadings readings of the contract under which the invoiced amount is what is due
 */
public record InvoiceFinding(
        Verdict verdict,
        InvoiceLine.Kind kind,
        List<InvoiceLine> lines,
        Optional<ExpectedCharge> expected,
        BigDecimal invoiced,
        BigDecimal expectedAmount,
        BigDecimal difference,
        List<String> otherReadings) {

    /** How a line compares with what is due. */
    public enum Verdict {
        /** Within the tolerance of what is due. */
        MATCHED("matched"),
        /** More than is due, by more than the tolerance. */
        OVERCHARGED("overcharged"),
        /** Less than is due, by more than the tolerance. */
        UNDERCHARGED("undercharged"),
        /** A charge that is due and no line bills. */
        NOT_INVOICED("not-invoiced"),
        /** A line that bills nothing the contract prices (or a charge billed twice). */
        UNEXPECTED("unexpected"),
        /** A line for a month outside the period billed: not checked. */
        OUTSIDE_PERIOD("outside-period"),
        /** A VAT line, not checked without --vat. */
        NOT_CHECKED("not-checked");

        private final String key;

        Verdict(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public InvoiceFinding {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(kind, "kind");
        lines = List.copyOf(lines);
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(invoiced, "invoiced");
        Objects.requireNonNull(expectedAmount, "expectedAmount");
        Objects.requireNonNull(difference, "difference");
        otherReadings = List.copyOf(otherReadings);
    }

    /** The invoice's lines in the file, as {@code 4} or {@code 4, 7}. */
    public String rows() {
        return String.join(
                ", ", lines.stream().map(l -> String.valueOf(l.row())).toList());
    }
}
