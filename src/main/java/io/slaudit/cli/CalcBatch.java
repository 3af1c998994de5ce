package io.slaudit.cli;

import io.slaudit.calendar.BusinessClock;
import io.slaudit.calendar.CalendarRangeException;
import io.slaudit.calendar.TimeText;
import io.slaudit.input.InputException;
import io.slaudit.input.Problem;
import io.slaudit.input.SourceMark;
import io.slaudit.input.Table;
import io.slaudit.input.TableRow;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The calculator's batch mode. The file is read twice: first every row is checked, and only if all
 * are good is the result written, so that a caller never gets output for part of its rows that
 * looks complete.
 */
final class CalcBatch {

    /** More than this many bad rows are counted, not listed. */
    private static final int LISTED_PROBLEMS = 50;

    private final BusinessClock clock;

    CalcBatch(BusinessClock clock) {
        this.clock = clock;
    }

    void deadlines(Path file, PrintWriter out) {
        run(file, out, "start", "duration", "deadline", (first, second) -> {
            Instant start = TimeText.parseInstant(first, clock.zone());
            return TimeText.format(clock.deadline(start, TimeText.parseDuration(second)), clock.zone());
        });
    }

    void elapsed(Path file, PrintWriter out) {
        run(file, out, "from", "to", "elapsed_seconds", (first, second) -> {
            Instant a = TimeText.parseInstant(first, clock.zone());
            Instant b = TimeText.parseInstant(second, clock.zone());
            if (b.isBefore(a)) {
                throw new IllegalArgumentException("'to' (" + second + ") is before 'from' (" + first + ")");
            }
            return Long.toString(clock.elapsedSeconds(a.getEpochSecond(), b.getEpochSecond()));
        });
    }

    private interface Calculation {
        String apply(String first, String second);
    }

    private void run(
            Path file,
            PrintWriter out,
            String firstColumn,
            String secondColumn,
            String resultColumn,
            Calculation calculation) {
        List<Problem> problems = new ArrayList<>();
        int bad = 0;
        try (Table csv = Table.open(file, Optional.empty(), header -> true)) {
            int first = column(csv, firstColumn, firstColumn, secondColumn);
            int second = column(csv, secondColumn, firstColumn, secondColumn);
            if (csv.hasColumn(resultColumn)) {
                throw InputException.invalid(
                        new SourceMark(csv.source(), 1, 0),
                        "the input already has a column '" + resultColumn + "', which the output adds");
            }
            for (TableRow row : csv) {
                try {
                    calculation.apply(row.get(first), row.get(second));
                } catch (IllegalArgumentException | CalendarRangeException e) {
                    bad++;
                    if (problems.size() < LISTED_PROBLEMS) {
                        problems.add(new Problem(SourceMark.line(csv.source(), row.position()), e.getMessage()));
                    }
                }
            }
        }
        if (bad > 0) {
            if (bad > problems.size()) {
                problems.add(new Problem(
                        SourceMark.file(file.toString()),
                        (bad - problems.size()) + " more bad rows not listed; " + bad + " in all, no output written"));
            }
            throw new InputException(InputException.Kind.INVALID, problems);
        }
        try (Table csv = Table.open(file, Optional.empty(), header -> true)) {
            int first = column(csv, firstColumn, firstColumn, secondColumn);
            int second = column(csv, secondColumn, firstColumn, secondColumn);
            CSVPrinter printer =
                    CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get().print(out);
            List<String> header = new ArrayList<>(csv.header());
            header.add(resultColumn);
            printer.printRecord(header);
            for (TableRow row : csv) {
                List<String> values = new ArrayList<>(row.cells());
                while (values.size() < csv.header().size()) {
                    values.add("");
                }
                values.add(calculation.apply(row.get(first), row.get(second)));
                printer.printRecord(values);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
