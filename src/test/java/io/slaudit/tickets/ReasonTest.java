package io.slaudit.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Reasons read in English by the machine outputs and in the report's language by the documents. */
class ReasonTest {

    @Test
    void aReasonReadsInEnglishAndInGermanWithItsArgumentsUntranslated() {
        Reason r = Reason.of("ticket.unknown-priority", "P9", "Dringend, Hoch");

        assertThat(r.toString()).isEqualTo("unknown priority 'P9'; the contract's priorities: Dringend, Hoch");
        assertThat(r.text(Locale.GERMAN))
                .isEqualTo("unbekannte Priorität 'P9'; die Prioritäten des Vertrags: Dringend, Hoch");
        assertThat(r.text(Locale.FRENCH)).isEqualTo(r.toString());
    }

    @Test
    void numbersAreStatedAsGivenWithoutGroupingOrLocaleDigits() {
        // 12345 would read "12,345" through MessageFormat's number format: arguments are text.
        assertThat(Reason.of("row.duplicate-id", "T-1", 12345L).text(Locale.GERMAN))
                .isEqualTo("doppelte ID 'T-1' (zuerst in Zeile 12345)");
    }

    @Test
    void argumentsWithQuotesAndBracesAreStatedVerbatim() {
        assertThat(Reason.of("channel.not-named", "it's {0}").toString())
                .isEqualTo("channel 'it's {0}' is not named in the contract");
    }

    @Test
    void anUnknownKeyIsAProgrammingErrorNotASilentBlank() {
        assertThatThrownBy(() -> Reason.of("no.such.reason").toString())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no.such.reason");
    }

    @Test
    void bothLanguagesHaveTheSameReasons() throws IOException {
        assertThat(keys("reasons_de.properties")).isEqualTo(keys("reasons_en.properties"));
    }

    @Test
    void everyReasonTheCodeGivesHasAMessage() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("\"([a-z]+\\.[a-z-]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/slaudit"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String code = Files.readString(f);
                if (!code.contains("Reason")) {
                    continue;
                }
                Matcher m = literal.matcher(code);
                while (m.find()) {
                    if (m.group(1).matches("(row|value|ticket|channel|event|target|call|invoice)\\..*")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(25);
        assertThat(keys("reasons_en.properties")).containsAll(used);
    }

    private static Set<String> keys(String bundle) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Reason.class.getResourceAsStream(bundle)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
