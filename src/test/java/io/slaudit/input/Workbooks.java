package io.slaudit.input;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes small xlsx workbooks for tests: sheets of rows whose cells are text, numbers or date cells. */
final class Workbooks {

    private Workbooks() {}

    /** A date cell: an Excel serial number in a date-time format, as a spreadsheet stores a typed date. */
    record DateCell(LocalDateTime at, String format) {}

    static Path write(Path file, Map<String, List<List<Object>>> sheets) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "slaudit-test", "1.0");
            for (Map.Entry<String, List<List<Object>>> sheet : sheets.entrySet()) {
                Worksheet ws = wb.newWorksheet(sheet.getKey());
                List<List<Object>> rows = sheet.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    List<Object> row = rows.get(r);
                    for (int c = 0; c < row.size(); c++) {
                        Object v = row.get(c);
                        if (v == null) {
                            continue;
                        }
                        if (v instanceof String s) {
                            ws.value(r, c, s);
                        } else if (v instanceof Number n) {
                            ws.value(r, c, n);
                        } else if (v instanceof DateCell d) {
                            ws.value(r, c, d.at());
                            ws.style(r, c).format(d.format()).set();
                        } else {
                            throw new IllegalArgumentException("no cell for " + v);
                        }
                    }
                }
                ws.finish();
            }
            wb.finish();
        }
        return file;
    }

    static Path write(Path file, String sheet, List<List<Object>> rows) throws IOException {
        Map<String, List<List<Object>>> one = new LinkedHashMap<>();
        one.put(sheet, rows);
        return write(file, one);
    }
}
