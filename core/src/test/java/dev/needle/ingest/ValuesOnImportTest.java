package dev.needle.ingest;

import dev.needle.app.Needle;
import dev.needle.domain.Activity;
import dev.needle.domain.Deal;
import dev.needle.testing.Backend;
import dev.needle.testing.Imports;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Values as real exports hold them are read, and a malformed one anywhere in a mapped column is a row error. */
class ValuesOnImportTest {
    private static final String USER = "Id,Username,Email,Name\n005000000000001,ana@acme.test,ana@acme.test,Ana Silva\n";

    @TempDir
    Path folder;

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void amountsAsSpreadsheetsWriteThemAreReadWithTheirCurrency(Backend backend) throws IOException {
        Files.writeString(folder.resolve("User.csv"), USER);
        Files.writeString(folder.resolve("Opportunity.csv"), """
                Id,Name,StageName,IsClosed,IsWon,Amount,CloseDate,OwnerId
                006000000000001,A,Prospecting,false,false,"$24,000.00",2024-03-01,005000000000001
                006000000000002,B,Prospecting,false,false,24000 EUR,2024-03-01,005000000000001
                006000000000003,C,Closed Won,true,true,"12,000.50",2024-03-01,005000000000001
                """);
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, Imports.allOrNothing(), folder);

            assertThat(report.errors()).isEmpty();
            assertThat(needle.store().dataset().deals()).extracting(Deal::name, d -> d.amount().stripTrailingZeros().toPlainString(), Deal::currency)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("A", "24000", "USD"),
                            org.assertj.core.groups.Tuple.tuple("B", "24000", "EUR"),
                            org.assertj.core.groups.Tuple.tuple("C", "12000.5", null));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aGermanLocaleReadsDecimalCommas(Backend backend) throws IOException {
        Files.writeString(folder.resolve("User.csv"), USER);
        Files.writeString(folder.resolve("Opportunity.csv"), """
                Id,Name,StageName,IsClosed,IsWon,Amount,CloseDate,OwnerId
                006000000000001,A,Prospecting,false,false,"1.234,56 €",2024-03-01,005000000000001
                """);
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, new ImportOptions(false, null, Imports.CALENDAR_FROM,
                    Imports.CALENDAR_TO, false, null, Locale.GERMANY), folder);

            assertThat(report.errors()).isEmpty();
            assertThat(needle.store().dataset().deals().get(0).amount()).isEqualByComparingTo("1234.56");
            assertThat(needle.store().dataset().deals().get(0).currency()).isEqualTo("EUR");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aMalformedDateIsARowErrorEvenWhereAnotherColumnGivesTheStart(Backend backend) throws IOException {
        Files.writeString(folder.resolve("User.csv"), USER);
        Files.writeString(folder.resolve("Task.csv"), """
                Id,Subject,Status,OwnerId,WhatId,IsClosed,CompletedDateTime,ActivityDate,Type
                00T000000000001,Call,Completed,005000000000001,,true,2026-01-05T10:00:00.000Z,2026-01-05,Call
                00T000000000002,Call,Completed,005000000000001,,true,2026-01-05T11:00:00.000Z,20x6-01-05,Call
                """);
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, Imports.allOrNothing(), folder);

            assertThat(report.committed()).isFalse();
            assertThat(report.errors()).singleElement().satisfies(error -> {
                assertThat(error.line()).isEqualTo(3);
                assertThat(error.column()).isEqualTo("ActivityDate");
                assertThat(error.reason()).contains("20x6-01-05");
            });
            assertThat(needle.store().stats().activities()).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void anAllDayEventIsKeptWithNoSellingHours(Backend backend) throws IOException {
        Files.writeString(folder.resolve("User.csv"), USER);
        Files.writeString(folder.resolve("Event.csv"), """
                "Id","Subject","IsAllDayEvent","ActivityDateTime","ActivityDate","DurationInMinutes","OwnerId","Type"
                "00U000000000001AAA","Trade show","1","2024-03-05 00:00:00","2024-03-05 00:00:00","2880","005000000000001","Meeting"
                "00U000000000002AAA","Demo","0","2024-03-07 14:00:00","2024-03-07 00:00:00","45","005000000000001","Meeting"
                """);
        try (Needle needle = Imports.needle(backend)) {
            ImportReport report = Imports.run(needle, Imports.allOrNothing(), folder);

            assertThat(report.errors()).isEmpty();
            assertThat(needle.store().dataset().activities()).extracting(Activity::subject, Activity::durationMinutes)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Trade show", 0),
                            org.assertj.core.groups.Tuple.tuple("Demo", 45));
        }
    }
}
