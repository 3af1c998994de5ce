package io.slaudit.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invoice amounts as invoices write them; a form that reads two ways is refused, not guessed. */
class InvoiceReaderTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "39.00|39.00",
                "39,00|39.00",
                "39|39",
                "1.234,50|1234.50",
                "1,234.50|1234.50",
                "€ 39,00|39.00",
                "39,00 €|39.00",
                "39.00 EUR|39.00",
                "EUR 1.234,50|1234.50",
                "-10,00|-10.00",
                "10,00-|-10.00",
                "0,5|0.5",
            })
    void anAmountIsReadInEveryUsualForm(String text, BigDecimal amount) {
        InvoiceReader.Parsed p = InvoiceReader.amount(text, "EUR");
        assertThat(p.problem()).isEmpty();
        assertThat(p.amount()).isEqualTo(amount);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1.234|amount: '1.234' reads as 1234.00 or as 1.234; write the cents (1234.00 or 1.234,00)",
                "1,234|amount: '1,234' reads as 1234.00 or as 1.234; write the cents (1234.00 or 1.234,00)",
                "$ 39.00|amount: '$ 39.00' is in USD, the contract's prices are in EUR",
                "39.00 CHF|amount: '39.00 CHF' is in CHF, the contract's prices are in EUR",
                "thirty|amount: 'thirty' is not an amount (39.00, 39,00, 1.234,50 or 1,234.50; a currency may follow)",
                "3 9.0.0|amount: '3 9.0.0' is not an amount (39.00, 39,00, 1.234,50 or 1,234.50; a currency may follow)",
            })
    void anAmountThatReadsTwoWaysOrInAnotherCurrencyIsRefused(String text, String message) {
        assertThat(InvoiceReader.amount(text, "EUR").problem())
                .hasValueSatisfying(r -> assertThat(r.text(Locale.ENGLISH)).isEqualTo(message));
    }
}
