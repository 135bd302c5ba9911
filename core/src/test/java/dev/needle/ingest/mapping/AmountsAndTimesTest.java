package dev.needle.ingest.mapping;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Amounts and times the way people's files hold them, and the ones that must be refused rather than guessed. */
class AmountsAndTimesTest {

    @ParameterizedTest(name = "{0} reads as {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            24000        | 24000     | -
            $24,000.00   | 24000.00  | USD
            24000 USD    | 24000     | USD
            USD 24,000   | 24000     | USD
            12,000.50    | 12000.50  | -
            €1,234.56    | 1234.56   | EUR
            £ 950        | 950       | GBP
            (1,200.00)   | -1200.00  | -
            -3.5         | -3.5      | -
            .5           | 0.5       | -
            """)
    void amountsInTheUsConventionKeepTheirCurrency(String text, BigDecimal amount, String currency) {
        Amounts.Money money = Amounts.parse(text, Locale.US);

        assertThat(money.amount()).isEqualByComparingTo(amount);
        assertThat(money.currency()).isEqualTo(currency);
    }

    @ParameterizedTest(name = "{0} reads as {1} in de-DE")
    @CsvSource(delimiter = '|', textBlock = """
            1.234,56     | 1234.56
            EUR 24.000   | 24000
            24.000,00 €  | 24000.00
            12,5         | 12.5
            """)
    void aGermanLocaleReadsTheDecimalComma(String text, BigDecimal amount) {
        assertThat(Amounts.parse(text, Locale.GERMANY).amount()).isEqualByComparingTo(amount);
    }

    @Test
    void aDecimalCommaInAUsImportIsRefusedWithTheFixNotReadAsThousands() {
        assertThatThrownBy(() -> Amounts.parse("1.234,56", Locale.US))
                .isInstanceOf(RowProblem.class).hasMessageContaining("--locale de-DE");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            12x00
            $
            24,00,0
            USD 5 EUR
            """)
    void textThatIsNoAmountIsARowProblem(String text) {
        assertThatThrownBy(() -> Amounts.parse(text, Locale.US)).isInstanceOf(RowProblem.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1/5/2024 2:03 PM      | 2024-01-05T14:03:00Z
            1/5/2024, 2:03 PM     | 2024-01-05T14:03:00Z
            1/5/2024 12:15 AM     | 2024-01-05T00:15:00Z
            2024-01-05 2:03 PM    | 2024-01-05T14:03:00Z
            2024-01-05 12:03 pm   | 2024-01-05T12:03:00Z
            2024-01-05 14:03      | 2024-01-05T14:03:00Z
            """)
    void twelveHourTimesAreRead(String text, Instant expected) {
        assertThat(Values.instant(text, ZoneOffset.UTC, false)).isEqualTo(expected);
    }

    @Test
    void anHourPastTwelveWithPmIsRefused() {
        assertThatThrownBy(() -> Values.instant("2024-01-05 14:03 PM", ZoneOffset.UTC, false)).isInstanceOf(RowProblem.class);
    }
}
