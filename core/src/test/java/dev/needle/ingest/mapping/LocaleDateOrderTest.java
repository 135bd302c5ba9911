package dev.needle.ingest.mapping;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Slashed dates in exports written in the user's locale (a Salesforce report): the import's locale
 * decides their order when the mapping does not, and a date that only reads the other way is refused
 * with the fix, not guessed.
 */
class LocaleDateOrderTest {
    private static final String DEALS = """
            {"name": "dates", "description": "test", "system": "t", "entity": "DEAL",
             "match": {"headers": ["Id", "Close"]}, %s
             "fields": {"externalId": "Id", "expectedClose": "Close", "createdAt": "Created"}}
            """;

    @ParameterizedTest(name = "{0} writes short dates day first: {1}")
    @CsvSource(textBlock = """
            en-GB, true
            de-DE, true
            fr-FR, true
            en-AU, true
            en-US, false
            und,   false
            """)
    void aLocaleWritesDatesDayFirstWhenItsShortDatePatternPutsTheDayBeforeTheMonth(String tag, boolean dayFirst) {
        assertThat(MappedRow.writesDayFirst(Locale.forLanguageTag(tag))).isEqualTo(dayFirst);
    }

    @Test
    void aDayFirstLocaleReadsSlashedDatesDayFirstWhenTheMappingDoesNotSay() {
        MappedRow row = row(mapping(""), Locale.UK, "05/01/2024", "06/03/2024 14:03");

        assertThat(row.date("expectedClose")).isEqualTo(LocalDate.of(2024, 1, 5));
        assertThat(row.instant("createdAt")).isEqualTo(Instant.parse("2024-03-06T14:03:00Z"));
    }

    @Test
    void theUsLocaleReadsTheSameDatesMonthFirst() {
        MappedRow row = row(mapping(""), Locale.US, "05/01/2024", "3/6/2024 2:03 PM");

        assertThat(row.date("expectedClose")).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(row.instant("createdAt")).isEqualTo(Instant.parse("2024-03-06T14:03:00Z"));
    }

    @Test
    void theMappingsDateOrderWinsOverTheLocale() {
        assertThat(row(mapping("\"dateOrder\": \"MDY\","), Locale.UK, "05/01/2024", null).date("expectedClose"))
                .isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(row(mapping("\"dateOrder\": \"DMY\","), Locale.US, "05/01/2024", null).date("expectedClose"))
                .isEqualTo(LocalDate.of(2024, 1, 5));
    }

    @Test
    void aDayFirstDateReadMonthFirstIsRefusedNamingTheConventionAndTheFix() {
        MappedRow row = row(mapping(""), Locale.US, "28/03/2024", "28/03/2024 14:03");

        assertThatThrownBy(() -> row.date("expectedClose")).isInstanceOf(RowProblem.class)
                .hasMessageContaining("not a month-first date").hasMessageContaining("28/03/2024")
                .hasMessageContaining("--locale en-GB");
        assertThatThrownBy(() -> row.instant("createdAt")).isInstanceOf(RowProblem.class)
                .hasMessageContaining("--locale en-GB");
    }

    @Test
    void aMonthFirstDateReadDayFirstIsRefusedNamingTheConventionAndTheFix() {
        MappedRow row = row(mapping(""), Locale.UK, "3/28/2024", null);

        assertThatThrownBy(() -> row.date("expectedClose")).isInstanceOf(RowProblem.class)
                .hasMessageContaining("not a day-first date").hasMessageContaining("--locale en-US");
    }

    @Test
    void aDateValidInNeitherOrderIsStillJustInvalid() {
        MappedRow row = row(mapping(""), Locale.US, "13/13/2024", null);

        assertThatThrownBy(() -> row.date("expectedClose")).isInstanceOf(RowProblem.class)
                .hasMessageContaining("not a valid date");
    }

    private static Mapping mapping(String dateOrder) {
        return MappingLibrary.parse(new ByteArrayInputStream(DEALS.formatted(dateOrder).getBytes(StandardCharsets.UTF_8)), "test");
    }

    private static MappedRow row(Mapping mapping, Locale locale, String close, String created) {
        Map<String, Integer> header = Map.of(ColumnNames.key("Id"), 0, ColumnNames.key("Close"), 1, ColumnNames.key("Created"), 2);
        return new MappedRow(mapping, new SourceRow(header, new String[]{"d1", close, created}, 2), null, locale);
    }
}
