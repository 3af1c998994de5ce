package io.slaudit.cli;

import io.slaudit.calendar.BusinessCalendar;
import io.slaudit.calendar.BusinessClock;
import io.slaudit.calendar.CalendarRangeException;
import io.slaudit.calendar.TimeText;
import io.slaudit.input.InputException;
import io.slaudit.input.SourceMark;
import io.slaudit.input.Table;
import io.slaudit.input.TableRow;
import io.slaudit.report.SpreadsheetCells;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The calculator's batch mode: one answer per row, each row with an {@code error} column that is
 * empty where the row was answered and says what is wrong where it was not, so that one bad row
 * does not cost the others their answers. The output keeps the input's columns; its cells are
 * neutralised against spreadsheet formulas as the audit's CSV report is.
 *
 * <p>The output is written to a temporary file and copied out only when the whole input was read,
 * so that a file that turns out unusable half-way (broken quoting) gives an error, not output for
 * part of its rows that looks complete.
 */
final class CalcBatch {

    static final String ERROR_COLUMN = "error";

    /** Rows whose problems are repeated on stderr; the error column has them all. */
    private static final int LISTED_PROBLEMS = 20;

    private final BusinessClock clock;
    private final HolidayTrust trust;

    CalcBatch(BusinessClock clock, BusinessCalendar calendar) {
        this.clock = clock;
        this.trust = new HolidayTrust(calendar);
    }

    /** What a batch run found: how many rows it read and how many it could not answer. */
    record Outcome(long rows, long failed) {}

    Outcome deadlines(Path file, PrintWriter out, PrintWriter err) {
        return run(file, out, err, "start", "duration", "deadline", (first, second) -> {
            Instant start = TimeText.parseInstant(required("start", first), clock.zone());
            Instant due = clock.deadline(start, TimeText.parseDuration(required("duration", second)));
            trust.uses(start);
            trust.uses(due);
            return TimeText.format(due, clock.zone());
        });
    }

    Outcome elapsed(Path file, PrintWriter out, PrintWriter err) {
        return run(file, out, err, "from", "to", "elapsed_seconds", (first, second) -> {
            Instant a = TimeText.parseInstant(required("from", first), clock.zone());
            Instant b = TimeText.parseInstant(required("to", second), clock.zone());
            if (b.isBefore(a)) {
                throw new IllegalArgumentException("'to' (" + second + ") is before 'from' (" + first + ")");
            }
            long seconds = clock.elapsedSeconds(a.getEpochSecond(), b.getEpochSecond());
            trust.uses(a);
            trust.uses(b);
            return Long.toString(seconds);
        });
    }

    private static String required(String column, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("no '" + column + "' in this row");
        }
        return value;
    }

    private interface Calculation {
        String apply(String first, String second);
    }

    private Outcome run(
            Path file,
            PrintWriter out,
            PrintWriter err,
            String firstColumn,
            String secondColumn,
            String resultColumn,
            Calculation calculation) {
        Path temp;
        try {
            temp = Files.createTempFile("slaudit-calc-", ".csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long rows = 0;
        long failed = 0;
        List<String> problems = new ArrayList<>();
        try (Table csv = Table.open(file, Optional.empty(), header -> true);
                Writer w = new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8), 1 << 16)) {
            int first = column(csv, firstColumn, firstColumn, secondColumn);
            int second = column(csv, secondColumn, firstColumn, secondColumn);
            for (String added : List.of(resultColumn, ERROR_COLUMN)) {
                if (csv.hasColumn(added)) {
                    throw InputException.invalid(
                            new SourceMark(csv.source(), 1, 0),
                            "the input already has a column '" + added + "', which the output adds");
                }
            }
            int width = csv.header().size();
            CSVPrinter printer =
                    CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get().print(w);
            List<String> header = new ArrayList<>();
            csv.header().forEach(h -> header.add(SpreadsheetCells.safe(h)));
            header.add(resultColumn);
            header.add(ERROR_COLUMN);
            printer.printRecord(header);
            for (TableRow row : csv) {
                rows++;
                String result = "";
                String error = "";
                int filledBeyond = 0;
                for (int i = width; i < row.cells().size(); i++) {
                    filledBeyond += row.cells().get(i).isBlank() ? 0 : 1;
                }
                if (filledBeyond > 0) {
                    // cells past the header would stand under the result's header; empty ones are
                    // the padding spreadsheets write
                    error = "the row has " + row.cells().size() + " fields, the header " + width
                            + ": its cells cannot be told apart";
                } else {
                    try {
                        result = calculation.apply(row.get(first), row.get(second));
                    } catch (IllegalArgumentException | CalendarRangeException e) {
                        error = e.getMessage();
                    }
                }
                if (!error.isEmpty()) {
                    failed++;
                    if (problems.size() < LISTED_PROBLEMS) {
                        problems.add(SourceMark.line(csv.source(), row.position()) + ": " + error);
                    }
                }
                List<String> values = new ArrayList<>(width + 2);
                for (int i = 0; i < width; i++) {
                    values.add(SpreadsheetCells.safe(row.get(i)));
                }
                values.add(result);
                values.add(SpreadsheetCells.safe(error));
                printer.printRecord(values);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(temp);
            throw e;
        }
        try (BufferedReader in = Files.newBufferedReader(temp, StandardCharsets.UTF_8)) {
            char[] buffer = new char[1 << 14];
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(temp);
        }
        for (String p : problems) {
            err.println("slaudit: " + io.slaudit.report.TerminalText.clean(p));
        }
        if (failed > problems.size()) {
            err.println("slaudit: ... and " + (failed - problems.size()) + " more");
        }
        if (failed > 0) {
            err.println("slaudit: " + failed + " of " + rows + (rows == 1 ? " row" : " rows")
                    + " not answered; the 'error' column says why");
        }
        trust.warning().ifPresent(err::println);
        return new Outcome(rows, failed);
    }

    private static void delete(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            temp.toFile().deleteOnExit();
        }
    }

    private static int column(Table csv, String name, String firstColumn, String secondColumn) {
        return csv.column(name, "the batch")
                .orElseThrow(() -> InputException.invalid(
                        new SourceMark(csv.source(), 1, 0),
                        "missing column '" + name + "'; the batch file needs columns " + firstColumn + ","
                                + secondColumn + " (found: " + String.join(",", csv.header()) + ")"));
    }
}
