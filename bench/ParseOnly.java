import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The baseline of the audit benchmark: merely parse a ticket export with Commons CSV (header
 * row, every record, every field touched) and print the row count. Run with the slaudit jar on
 * the classpath: java -cp target/slaudit.jar bench/ParseOnly.java FILE
 */
public class ParseOnly {
    public static void main(String[] args) throws Exception {
        long rows = 0;
        long chars = 0;
        try (BufferedReader reader = new BufferedReader(
                        new InputStreamReader(Files.newInputStream(Path.of(args[0])), StandardCharsets.UTF_8), 1 << 16);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord record : parser) {
                rows++;
                for (String value : record) {
                    chars += value.length();
                }
            }
        }
        System.out.println(rows + " rows, " + chars + " chars");
    }
}
