package dev.needle.measure;

import dev.needle.domain.Activity;
import dev.needle.domain.Dataset;
import dev.needle.domain.Direction;
import dev.needle.domain.Rep;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule for the period an analysis covers, on hand-built records (no clock, no database). */
class DefaultPeriodTest {
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Rep ANA = new Rep(1, "test", "r1", "Ana", "ana@example.com", "East", null, "America/New_York", null);
    static final Rep BEN = new Rep(2, "test", "r2", "Ben", "ben@example.com", "East", null, "America/New_York", null);
    static final Rep CAL = new Rep(3, "test", "r3", "Cal", "cal@example.com", "West", null, "America/Los_Angeles", null);
    static final Instant NOW = Instant.parse("2026-12-03T16:57:18.280721488Z");

    @Test
    void dataThatEndsBeforeTheUsualWindowGivesItsOwnLastDaysInTheTeamsZone() {
        // 2026-06-30 20:00 in New York is already 2026-07-01 in UTC: the day counts in the team's zone
        Dataset data = data(call(1, "2026-01-05T15:00:00Z"), call(2, "2026-07-01T00:00:00Z"));

        DefaultPeriod.Chosen chosen = DefaultPeriod.choose(data, NOW, Period.lastDays(NOW, 90), 90, NEW_YORK);

        assertThat(chosen.moved()).isTrue();
        assertThat(chosen.firstDay()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(chosen.lastDay()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(chosen.period().to()).isEqualTo(Instant.parse("2026-07-01T04:00:00Z"));
        assertThat(chosen.note()).isEqualTo("no activity in the 90 days to 2026-12-03; showing the data's last 90 days, 2026-04-02 to 2026-06-30");
        assertThat(chosen.label()).isEqualTo("2026-04-02 to 2026-06-30 (America/New_York)");
        assertThat(chosen.dataFirst()).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void dataInsideTheUsualWindowKeepsItAndRecordsAfterAsOfDoNotCount() {
        Period usual = Period.lastDays(NOW, 90);
        DefaultPeriod.Chosen recent = DefaultPeriod.choose(data(call(1, "2026-11-20T15:00:00Z")), NOW, usual, 90, NEW_YORK);
        assertThat(recent.moved()).isFalse();
        assertThat(recent.note()).isNull();
        assertThat(recent.period()).isEqualTo(usual);

        // a meeting booked for next week is not recent activity
        DefaultPeriod.Chosen booked = DefaultPeriod.choose(data(call(1, "2026-05-04T15:00:00Z"), call(2, "2026-12-10T15:00:00Z")),
                NOW, usual, 90, NEW_YORK);
        assertThat(booked.moved()).isTrue();
        assertThat(booked.lastDay()).isEqualTo(LocalDate.of(2026, 5, 4));
    }

    @Test
    void aNamedPeriodIsKeptAndSaysWhenNothingFallsInIt() {
        Dataset data = data(call(1, "2026-05-04T15:00:00Z"));
        Period november = new Period(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));

        DefaultPeriod.Chosen chosen = DefaultPeriod.given(data, NOW, november, ZoneOffset.UTC);

        assertThat(chosen.period()).isEqualTo(november);
        assertThat(chosen.moved()).isFalse();
        assertThat(chosen.label()).isEqualTo("2026-11-01 to 2026-11-30 (UTC)");
        assertThat(chosen.note()).isEqualTo("nothing was recorded from 2026-11-01 to 2026-11-30; the data runs from 2026-05-04 to 2026-05-04");
        assertThat(DefaultPeriod.given(new Dataset(List.of(ANA), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
                NOW, november, ZoneOffset.UTC).note()).isEqualTo("nothing is recorded in the store yet");
    }

    @Test
    void theTeamsZoneIsTheOneMostOfItsRepsWorkIn() {
        assertThat(DefaultPeriod.zoneOf(List.of(CAL, ANA, BEN))).isEqualTo(NEW_YORK);
        assertThat(DefaultPeriod.zoneOf(List.of(CAL, ANA))).as("a tie: the first rep's").isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(DefaultPeriod.zoneOf(List.of())).isEqualTo(ZoneOffset.UTC);
    }

    private static Dataset data(Activity... activities) {
        return new Dataset(List.of(ANA, BEN), List.of(), List.of(), List.of(), List.of(), List.of(activities), List.of(), List.of());
    }

    private static Activity call(long id, String start) {
        return new Activity(id, "test", "x" + id, ANA.id(), "Call", Instant.parse(start), 15, true,
                null, null, null, null, Direction.OUTBOUND, null, null, null, "Call", null);
    }
}
