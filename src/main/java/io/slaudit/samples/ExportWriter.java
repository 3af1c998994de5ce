package io.slaudit.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Where a generated export's rows go: a CSV file in its dialect's bytes, or an xlsx workbook whose
 * cells are typed as a spreadsheet holds them (text, numbers, date cells).
 */
sealed interface ExportWriter permits ExportWriter.Csv, ExportWriter.Xlsx {

    void row(List<Object> cells) throws IOException;

    void finish() throws IOException;

    /** The dialect's CSV: delimiter, quoting, line ends; padded rows where a spreadsheet saved it. */
    final class Csv implements ExportWriter {
        private final CSVPrinter out;
        private final int width;
        private final boolean padded;

        Csv(Writer writer, ExportDialect dialect) throws IOException {
            this.out = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(dialect.delimiter())
                    .setRecordSeparator(dialect.recordSeparator())
                    .setQuoteMode(dialect.quoting())
                    .get()
                    .print(writer);
            this.width = dialect.header().size();
            this.padded = dialect.padded();
        }

        @Override
        public void row(List<Object> cells) throws IOException {
            List<String> texts = new ArrayList<>(Math.max(width, cells.size()));
            for (Object c : cells) {
                texts.add(ExportDialect.text(c));
            }
            while (padded && texts.size() < width) {
                texts.add("");
            }
            out.printRecord(texts);
        }

        @Override
        public void finish() throws IOException {
            out.flush();
        }
    }

    /** One sheet, "Sheet1", as the systems' workbooks have; flushed every thousand rows. */
    final class Xlsx implements ExportWriter {
        private static final String DATE_TIME = "yyyy-mm-dd hh:mm:ss";

        private final Workbook workbook;
        private final Worksheet sheet;
        private int row;

        Xlsx(OutputStream out) {
            this.workbook = new Workbook(out, "slaudit", null);
            this.sheet = workbook.newWorksheet("Sheet1");
        }

        @Override
        public void row(List<Object> cells) throws IOException {
            for (int c = 0; c < cells.size(); c++) {
                Object v = cells.get(c);
                if (v instanceof String s && !s.isEmpty()) {
                    sheet.value(row, c, s);
                } else if (v instanceof Long n) {
                    sheet.value(row, c, n);
                } else if (v instanceof ExportDialect.Stamp s && !s.isEmpty()) {
                    if (s.damaged() || s.local().isEmpty()) {
                        sheet.value(row, c, s.text());
                    } else {
                        sheet.value(row, c, s.local().get());
                        sheet.style(row, c).format(DATE_TIME).set();
                    }
                }
            }
            row++;
            if (row % 1000 == 0) {
                sheet.flush();
            }
        }

        @Override
        public void finish() throws IOException {
            sheet.finish();
            workbook.finish();
        }
    }
}
