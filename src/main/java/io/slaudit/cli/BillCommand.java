package io.slaudit.cli;

import io.slaudit.audit.Period;
import io.slaudit.billing.Bill;
import io.slaudit.billing.BillRequest;
import io.slaudit.billing.Billing;
import io.slaudit.policy.Policy;
import io.slaudit.policy.PolicyReader;
import io.slaudit.report.BillRenderers;
import io.slaudit.report.DocumentOptions;
import io.slaudit.report.Renderer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code slaudit bill}: prices phone and hotline calls by the contract and checks an invoice against them. */
@Command(
        name = "bill",
        mixinStandardHelpOptions = true,
        description =
                "Prices every call of a calls file by the contract (the tier's fee and free minutes, the activation credit, the price a minute beyond them, the hotline's bands by weekday and time), month by month, states each open question of the price list with the price under the other reading, and checks an invoice against the charges due. Prices are net, in the contract's currency.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:billed; the invoice, if given, charges no more than is due",
            "1:the invoice overcharges by more than --tolerance",
            "2:bad usage or unusable input"
        })
final class BillCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--policy", required = true, paramLabel = "FILE", description = "The contract.")
    Path policy;

    @Option(
            names = "--calls",
            required = true,
            paramLabel = "FILE",
            description = "The calls: CSV with start,end,line (support or hotline), optional caller and ticket.")
    Path calls;

    @Option(
            names = "--tier",
            paramLabel = "NAME",
            description = "The tier booked (key, label or alias), or a package that includes one (default: the"
                    + " contract's default tier).")
    String tier;

    @Option(
            names = "--package",
            paramLabel = "NAME",
            description = "A package booked with the tier, whose tiers cost no fee of their own (Enterprise).")
    String supportPackage;

    @Option(
            names = "--activated",
            paramLabel = "DATE",
            description = "The date the software was activated (2026-10-01): the activation credit counts from"
                    + " then. Without it no credit is applied.")
    String activated;

    @ArgGroup(exclusive = true)
    Months months;

    static final class Months {
        @Option(names = "--month", paramLabel = "MONTH", description = "The month to bill: 2026-10.")
        String month;

        @Option(
                names = "--period",
                paramLabel = "PERIOD",
                description = "Whole months to bill: 2026-Q4, 2026, or 2026-10-01..2026-12-31 (default: the months"
                        + " of the calls).")
        String period;
    }

    @Option(
            names = "--invoice",
            paramLabel = "FILE",
            description = "An invoice to check: CSV with date,description,amount, optional kind, reference, period.")
    Path invoice;

    @Option(
            names = "--tolerance",
            paramLabel = "AMOUNT",
            description = "Differences up to this much count as matched (default: 0.01).")
    String tolerance;

    @Option(
            names = "--vat",
            paramLabel = "PERCENT",
            description = "Add VAT at this rate to the totals (19); the invoice's VAT line is then checked too.")
    String vat;

    @Option(
            names = "--reading",
            paramLabel = "NAME",
            description = "Bill by another reading of an open clause: ambiguity=reading (or a reading's name),"
                    + " several separated by commas.")
    String reading;

    @Option(
            names = "--format",
            paramLabel = "FORMATS",
            description = "text (default), json, csv, html, pdf; several separated by commas with --out DIR.")
    String formats;

    @Option(
            names = "--lang",
            paramLabel = "en|de",
            description = "Language of the html and pdf documents (default: en).")
    Lang lang = Lang.en;

    @Option(
            names = "--list-limit",
            paramLabel = "N",
            description = "How many calls the html and pdf documents list (default: 500; 0 for all). JSON and CSV"
                    + " always have every call.")
    Integer listLimit;

    @Option(
            names = "--out",
            paramLabel = "PATH",
            description = "A file (one format), a directory (several, or a path ending in /), or - for stdout."
                    + " Never one of the inputs; an existing file is replaced only once the bill is complete.")
    String out;

    @Option(
            names = "--calls-zone",
            paramLabel = "ZONE",
            description = "The zone of call times without an offset (default: the zone of the contract's phone"
                    + " support).")
    String callsZone;

    @Mixin
    SuppliedOptions supplied = new SuppliedOptions();

    @Override
    public Integer call() {
        List<Renderer<Bill>> renderers = renderers();
        Outputs outputs = Outputs.of("--out", out, Formats.documents(renderers), inputs());
        Policy contract = supplied.apply(List.of(PolicyReader.read(policy)), "the bill", SuppliedOptions.Need.CALENDARS)
                .get(0);
        Optional<YearMonth> from = Optional.empty();
        Optional<YearMonth> to = Optional.empty();
        if (months != null && months.month != null) {
            try {
                from = Optional.of(YearMonth.parse(months.month.trim()));
                to = from;
            } catch (DateTimeException e) {
                throw new UsageException("--month: '" + months.month + "' is not a month; write 2026-10");
            }
        } else if (months != null && months.period != null) {
            Period p;
            try {
                p = Period.parse(months.period);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--period: " + e.getMessage());
            }
            if (p.from().getDayOfMonth() != 1
                    || !p.to().equals(YearMonth.from(p.to()).atEndOfMonth())) {
                throw new UsageException("--period: a bill is of whole months; " + months.period
                        + " is not (write 2026-Q4, 2026, or 2026-10-01..2026-12-31)");
            }
            from = Optional.of(YearMonth.from(p.from()));
            to = Optional.of(YearMonth.from(p.to()));
        }
        Optional<LocalDate> activation = Optional.empty();
        if (activated != null) {
            try {
                activation = Optional.of(LocalDate.parse(activated.trim()));
            } catch (DateTimeException e) {
                throw new UsageException("--activated: '" + activated + "' is not a date; write 2026-10-01");
            }
        }
        BigDecimal tol = amount("--tolerance", tolerance, new BigDecimal("0.01"));
        Optional<BigDecimal> vatPercent = Optional.ofNullable(vat).map(v -> amount("--vat", v, BigDecimal.ZERO));
        if (vatPercent.isPresent() && vatPercent.get().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new UsageException("--vat takes a percentage from 0 to 100, like 19");
        }
        Optional<ZoneId> zone = Optional.empty();
        if (callsZone != null) {
            try {
                zone = Optional.of(ZoneId.of(callsZone));
            } catch (DateTimeException e) {
                throw new UsageException("--calls-zone: unknown time zone '" + callsZone + "'");
            }
        }
        Bill bill = Billing.run(new BillRequest(
                contract,
                policy,
                calls,
                Optional.ofNullable(tier),
                Optional.ofNullable(supportPackage),
                activation,
                from,
                to,
                Optional.ofNullable(invoice),
                tol,
                vatPercent,
                Optional.ofNullable(reading),
                zone));
        Formats.write(
                bill,
                renderers,
                outputs,
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
        if (bill.overcharged()) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            "slaudit: the invoice overcharges by %s %s (tolerance %s)%n",
                            bill.invoice().orElseThrow().overchargedBy().toPlainString(),
                            bill.header().currency(),
                            tol.toPlainString());
            return ExitCode.FINDINGS.code();
        }
        return ExitCode.OK.code();
    }

    private static BigDecimal amount(String option, String text, BigDecimal fallback) {
        if (text == null) {
            return fallback;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(option + ": '" + text + "' is not a number (write 0.01, with a point)");
        }
        if (value.signum() < 0) {
            throw new UsageException(option + " cannot be negative");
        }
        return value;
    }

    private List<Renderer<Bill>> renderers() {
        if (listLimit != null) {
            if (!Formats.names(formats, "html") && !Formats.names(formats, "pdf")) {
                throw new UsageException("--list-limit applies to --format html and pdf");
            }
            if (listLimit < 0) {
                throw new UsageException("--list-limit takes a number of rows, or 0 for all; not " + listLimit);
            }
        }
        DocumentOptions options = new DocumentOptions(
                lang.locale(),
                Optional.empty(),
                OptionalDouble.empty(),
                CreationDate.from(System.getenv("SOURCE_DATE_EPOCH")),
                listLimit == null
                        ? DocumentOptions.DEFAULT_LIST_LIMIT
                        : listLimit == 0 ? DocumentOptions.UNLIMITED : listLimit);
        return Formats.choose(formats, BillRenderers.forOneBill(options), "text");
    }

    /** Every file the bill reads: no output may be one of them. */
    private List<Path> inputs() {
        List<Path> in = new ArrayList<>(List.of(policy, calls));
        if (invoice != null) {
            in.add(invoice);
        }
        return in;
    }
}
