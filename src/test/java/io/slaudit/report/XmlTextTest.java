package io.slaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Text as XML 1.0 and a terminal may hold it. */
class XmlTextTest {

    @Test
    void charactersXmlForbidsBecomeTheReplacementCharacter() {
        assertThat(XmlText.clean("D\u0000 2")).isEqualTo("D\uFFFD 2");
        assertThat(XmlText.clean("\u001b[31mred\u001b[0m")).isEqualTo("\uFFFD[31mred\uFFFD[0m");
        // tab, line feed and carriage return are allowed; so are characters beyond the BMP
        assertThat(XmlText.clean("a\tb\nc\rd \uD83D\uDE00")).isEqualTo("a\tb\nc\rd \uD83D\uDE00");
        // an unpaired surrogate and U+FFFE are not
        assertThat(XmlText.clean("x\uD83Dy\uFFFEz\uDE00")).isEqualTo("x\uFFFDy\uFFFDz\uFFFD");
    }

    @Test
    void theFilterWritesWhatCleanReturnsHoweverTheTextIsSplitIntoWrites() throws IOException {
        // seeded random text of allowed and forbidden characters and surrogates, written in random pieces
        Random random = new Random(10);
        char[] alphabet = {'a', 'ä', '\u0000', '\u0001', '\t', '\n', '\u001b', '\uD83D', '\uDE00', '\uFFFE', '\uFFFD'};
        for (int run = 0; run < 200; run++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < random.nextInt(40); i++) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = b.toString();
            StringWriter out = new StringWriter();
            try (Writer w = XmlText.filter(out)) {
                int at = 0;
                while (at < text.length()) {
                    int n = 1 + random.nextInt(text.length() - at);
                    switch (random.nextInt(3)) {
                        case 0 -> w.write(text, at, n);
                        case 1 -> w.write(text.toCharArray(), at, n);
                        default -> {
                            for (int i = at; i < at + n; i++) {
                                w.write(text.charAt(i));
                            }
                        }
                    }
                    at += n;
                }
            }
            assertThat(out.toString())
                    .as("%s", text.chars().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(XmlText.clean(text));
        }
    }

    @Test
    void theTerminalSeesEscapesNotControlOrReorderingCharacters() {
        assertThat(TerminalText.clean("T-1\u001b[2J")).isEqualTo("T-1\\u001b[2J");
        assertThat(TerminalText.clean("S-\u202e3\u0085")).isEqualTo("S-\\u202e3\\u0085");
        assertThat(TerminalText.clean("Müller\tGmbH")).isEqualTo("Müller\tGmbH");
        assertThat(TerminalText.cleanLines("a\u0007\nb\r\nc")).isEqualTo("a\\u0007\nb\r\nc");
    }
}
