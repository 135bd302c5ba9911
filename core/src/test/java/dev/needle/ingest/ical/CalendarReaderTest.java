package dev.needle.ingest.ical;

import dev.needle.ingest.Incoming.CalendarEvent;
import dev.needle.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The reader on the real calendar files under ../shared/data/ical-samples (see SOURCE.md there) and on a few
 * small calendars written here. Expected instants are worked out by hand from each file: local time minus the
 * UTC offset its VTIMEZONE (or the IANA zone) gives on that date.
 */
class CalendarReaderTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void everySampleCalendarImports() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.walk(SharedData.path("ical-samples"))) {
            samples = files.filter(file -> file.toString().endsWith(".ics")).sorted().toList();
        }
        assertThat(samples).hasSize(35);
        CalendarReader reader = new CalendarReader(BERLIN, at("2000-01-01T00:00:00Z"), at("2026-01-01T00:00:00Z"));
        for (Path sample : samples) {
            List<CalendarEvent> events = reader.read(sample).events();
            assertThat(events).as(sample.toString()).isNotEmpty()
                    .allSatisfy(event -> assertThat(event.end()).isAfterOrEqualTo(event.start()));
            assertThat(events.stream().map(CalendarEvent::uid).distinct().count()).as(sample + " ids").isEqualTo(events.size());
        }
    }

    @Test
    void windowsZoneNameResolvesToPacificTime() {
        // Exchange 2010, TZID="Pacific Standard Time" with its VTIMEZONE: 2017-02-24 12:00 PST (-08:00) = 20:00Z.
        CalendarRead read = read("python-icalendar/timezone_same_start.ics", BERLIN, "2017-01-01", "2018-01-01");

        assertThat(read.events()).extracting(CalendarEvent::start, CalendarEvent::end)
                .containsExactly(tuple(at("2017-02-24T20:00:00Z"), at("2017-02-24T20:30:00Z")));
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void windowsZoneNameWithoutVtimezoneResolvesThroughTheMapping() {
        // No VTIMEZONE: the mapping gives America/Los_Angeles, PDT (-07:00) in July, so 09:00 is 16:00Z.
        CalendarRead read = readText(event("DTSTART;TZID=\"Pacific Standard Time\":20240710T090000"), BERLIN);

        assertThat(starts(read)).containsExactly(at("2024-07-10T16:00:00Z"));
        assertThat(read.warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Pacific Standard Time                                 | America/Los_Angeles
            Eastern Standard Time                                 | America/New_York
            "Pacific Time (US & Canada), Tijuana"                 | America/Los_Angeles
            (UTC-08:00) Pacific Time (US & Canada)                | America/Los_Angeles
            "Canberra, Melbourne, Sydney"                         | Australia/Sydney
            Kuala Lumpur\\, Singapore                             | Asia/Singapore
            Eastern                                               | America/New_York
            GMT +0100 (Standard) / GMT +0200 (Daylight)           | Europe/Berlin
            Western/Central Europe                                | Europe/Berlin
            /softwarestudio.org/Olson_20011030_5/America/Chicago  | America/Chicago
            custom_America/New_York                               | America/New_York
            US/Eastern                                            | US/Eastern
            america/chicago                                       | America/Chicago
            """)
    void zoneNamesFromRealExportsResolveWithoutVtimezone(String tzid, String iana) {
        RawComponent emptyCalendar = new RawComponent("VCALENDAR", 1, List.of(), List.of());
        Warnings warnings = new Warnings("test.ics");
        ZoneResolver zones = new ZoneResolver(emptyCalendar, Zone.of(BERLIN), 2020, 2026, warnings);

        assertThat(zones.resolve(tzid, 1).rules()).isEqualTo(ZoneId.of(iana).getRules());
        assertThat(warnings.asList()).isEmpty();
    }

    @Test
    void everyMappedWindowsZoneIsAnIanaZone() {
        assertThat(WindowsZones.all()).hasSizeGreaterThan(100)
                .allSatisfy((name, zone) -> assertThat(ZoneId.of((String) zone)).isNotNull());
    }

    @Test
    void outlookZoneNameWithACommaMatchesItsEscapedVtimezone() {
        // TZID="Kuala Lumpur, Singapore" on the event, TZID:Kuala Lumpur\, Singapore on the VTIMEZONE (+08:00):
        // Friday 2008-10-31 09:30 is 01:30Z, weekly.
        CalendarRead read = read("ical4j/valid/2207678.ics", BERLIN, "2008-10-01", "2008-11-10");

        assertThat(starts(read)).containsExactly(at("2008-10-31T01:30:00Z"), at("2008-11-07T01:30:00Z"));
    }

    @Test
    void outlookVtimezoneMovesTheStandupWhenSydneyLeavesDaylightTime() {
        // "Canberra, Melbourne, Sydney": +11:00 until the first Sunday of April (2009-04-05), then +10:00.
        // The 09:30 weekday standup is 22:30Z the day before, then 23:30Z. Thu 2 April local is 1 April UTC.
        CalendarRead read = read("ical4j/valid/Standup.ics", BERLIN, "2009-04-01", "2009-04-08");

        assertThat(starts(read)).containsExactly(at("2009-04-01T22:30:00Z"), at("2009-04-02T22:30:00Z"),
                at("2009-04-05T23:30:00Z"), at("2009-04-06T23:30:00Z"), at("2009-04-07T23:30:00Z"));
    }

    @Test
    void exchangeInviteWithEmptyClassImports() {
        // ical4j/invalid: CLASS: is empty; "Pacific Time (US & Canada), Tijuana" with old US rules (DST until the
        // last Sunday of October): 2004-10-11 22:30 PDT (-07:00) = 2004-10-12T05:30Z, ends at midnight = 07:00Z.
        CalendarRead read = read("ical4j/invalid/tmeher.ics", BERLIN, "2004-01-01", "2005-01-01");

        assertThat(read.events()).extracting(CalendarEvent::uid, CalendarEvent::start, CalendarEvent::end, CalendarEvent::summary)
                .containsExactly(tuple("CD0000008B9511D182D800C04FB1625D17D373499F99F547A0016BEAC6AB5576/2004-10-12T05:30:00Z",
                        at("2004-10-12T05:30:00Z"), at("2004-10-12T07:00:00Z"), "Now with descriptoin"));
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void vendorPrefixedOlsonTzidResolvesToChicago() {
        // ical4j/invalid: TZID=/softwarestudio.org/Olson_20011030_5/America/Chicago, no VTIMEZONE. 2003-05-15
        // 18:30 CDT (-05:00) = 23:30Z, until 21:00 = 02:00Z; then the third Thursday of June (19th).
        CalendarRead read = read("ical4j/invalid/phpicalendar_sample.ics", BERLIN, "2003-05-01", "2003-07-01");

        assertThat(read.events()).filteredOn(event -> event.uid().contains("voiping"))
                .extracting(CalendarEvent::uid, CalendarEvent::start, CalendarEvent::end)
                .containsExactly(
                        tuple("20030425T023455Z-5454-500-1-0@lbt-laplinux.voiping.com/2003-05-15T23:30:00Z",
                                at("2003-05-15T23:30:00Z"), at("2003-05-16T02:00:00Z")),
                        tuple("20030425T023455Z-5454-500-1-0@lbt-laplinux.voiping.com/2003-06-19T23:30:00Z",
                                at("2003-06-19T23:30:00Z"), at("2003-06-20T02:00:00Z")));
    }

    @Test
    void exdateRemovesOccurrence() {
        // "Water Aloe Plant": first Monday monthly at 09:50 US/Eastern from January 2002, with 21 EXDATEs that
        // remove every one up to September 2003. Left: 6 Oct (EDT, 13:50Z), 3 Nov and 1 Dec (EST, 14:50Z).
        CalendarRead read = read("ical4j/invalid/phpicalendar_sample.ics", BERLIN, "2002-01-01", "2004-01-01");

        assertThat(read.events()).filteredOn(event -> event.uid().startsWith("D9040425-RID/"))
                .extracting(CalendarEvent::start)
                .containsExactly(at("2003-10-06T13:50:00Z"), at("2003-11-03T14:50:00Z"), at("2003-12-01T14:50:00Z"));
    }

    @Test
    void timeCutShortIsPaddedWithAWarning() {
        // DTEND;VALUE=DATE-TIME:20031114T18300 (Evolution) is read as 18:30; both floating, so in the rep's zone:
        // 17:00 CST (-06:00) = 23:00Z to 00:30Z. Every other Friday, three times.
        CalendarRead read = read("ical4j/invalid/phpicalendar_sample.ics", ZoneId.of("America/Chicago"), "2003-11-01", "2004-01-01");

        assertThat(read.events()).filteredOn(event -> event.uid().contains("@walker"))
                .extracting(CalendarEvent::start, CalendarEvent::end)
                .containsExactly(tuple(at("2003-11-14T23:00:00Z"), at("2003-11-15T00:30:00Z")),
                        tuple(at("2003-11-28T23:00:00Z"), at("2003-11-29T00:30:00Z")),
                        tuple(at("2003-12-12T23:00:00Z"), at("2003-12-13T00:30:00Z")));
        assertThat(read.warnings()).anySatisfy(warning -> assertThat(warning)
                .startsWith("phpicalendar_sample.ics line 186: ").contains("20031114T18300"));
    }

    @Test
    void movedInstanceReplacesTheOriginalOccurrence() {
        // RFC 7265 example: daily at 12:00 US/Eastern (EST, 17:00Z) five times, an RDATE 15:00 for two hours,
        // and the 4 January occurrence moved to 14:00 (19:00Z). The moved one keeps the id of its original start.
        CalendarRead read = read("python-icalendar/rfc_7265_appendix_example_2_ical.ics", BERLIN, "2006-01-01", "2006-02-01");

        String uid = "00959BC664CA650E933C892C@example.com/";
        assertThat(read.events()).extracting(CalendarEvent::uid, CalendarEvent::start, CalendarEvent::end).containsExactly(
                tuple(uid + "2006-01-02T17:00:00Z", at("2006-01-02T17:00:00Z"), at("2006-01-02T18:00:00Z")),
                tuple(uid + "2006-01-02T20:00:00Z", at("2006-01-02T20:00:00Z"), at("2006-01-02T22:00:00Z")),
                tuple(uid + "2006-01-03T17:00:00Z", at("2006-01-03T17:00:00Z"), at("2006-01-03T18:00:00Z")),
                tuple(uid + "2006-01-04T17:00:00Z", at("2006-01-04T19:00:00Z"), at("2006-01-04T20:00:00Z")),
                tuple(uid + "2006-01-05T17:00:00Z", at("2006-01-05T17:00:00Z"), at("2006-01-05T18:00:00Z")),
                tuple(uid + "2006-01-06T17:00:00Z", at("2006-01-06T17:00:00Z"), at("2006-01-06T18:00:00Z")));
    }

    @Test
    void recurrenceIdInUtcFindsTheZonedOccurrenceItMoves() {
        // Zimbra: first Tuesday monthly 10:00 America/Los_Angeles plus RDATEs 5, 10 and 30 Nov. The 2 Oct
        // instance moves to 15:00 PDT (22:00Z); RECURRENCE-ID:20121105T180000Z (10:00 PST) moves the 5 Nov RDATE
        // to 6 Nov 20:00 PST (7 Nov 04:00Z). EXDATE 4 Dec falls outside this window.
        CalendarRead read = read("ical.js/recur_instances.ics", BERLIN, "2012-10-01", "2012-12-01");

        String uid = "623c13c0-6c2b-45d6-a12b-c33ad61c4868/";
        assertThat(read.events()).extracting(CalendarEvent::uid, CalendarEvent::start).containsExactly(
                tuple(uid + "2012-10-02T17:00:00Z", at("2012-10-02T22:00:00Z")),
                tuple(uid + "2012-11-06T18:00:00Z", at("2012-11-06T18:00:00Z")),
                tuple(uid + "2012-11-05T18:00:00Z", at("2012-11-07T04:00:00Z")),
                tuple(uid + "2012-11-10T18:00:00Z", at("2012-11-10T18:00:00Z")),
                tuple(uid + "2012-11-30T18:00:00Z", at("2012-11-30T18:00:00Z")));
    }

    @Test
    void overrideWithoutItsSeriesStandsAlone() {
        // Lotus Notes sent only the moved instance: RECURRENCE-ID 13:00Z (09:00 EDT), now 10:00-11:00 EDT.
        CalendarRead read = read("ical4j/valid/calconnect6.ics", BERLIN, "2005-01-01", "2006-01-01");

        assertThat(read.events()).extracting(CalendarEvent::uid, CalendarEvent::start, CalendarEvent::end)
                .containsExactly(tuple("6BA1ECA4D58B306C85256FDB0071B664-Lotus_Notes_Generated/2005-04-26T13:00:00Z",
                        at("2005-04-26T14:00:00Z"), at("2005-04-26T15:00:00Z")));
    }

    @Test
    void cancelledEventsAreSkipped() {
        CalendarRead read = readText("""
                BEGIN:VCALENDAR
                VERSION:2.0
                BEGIN:VEVENT
                UID:gone@x
                DTSTART:20240304T090000Z
                STATUS:CANCELLED
                END:VEVENT
                BEGIN:VEVENT
                UID:weekly@x
                DTSTART:20240304T100000Z
                DTEND:20240304T103000Z
                RRULE:FREQ=WEEKLY;COUNT=3
                END:VEVENT
                BEGIN:VEVENT
                UID:weekly@x
                RECURRENCE-ID:20240311T100000Z
                DTSTART:20240311T100000Z
                STATUS:CANCELLED
                END:VEVENT
                END:VCALENDAR
                """, BERLIN);

        assertThat(read.events()).extracting(CalendarEvent::uid)
                .containsExactly("weekly@x/2024-03-04T10:00:00Z", "weekly@x/2024-03-18T10:00:00Z");
    }

    @Test
    void transparentEventsAreFree() {
        CalendarRead read = readText("""
                BEGIN:VCALENDAR
                BEGIN:VEVENT
                UID:focus@x
                DTSTART:20240304T090000Z
                TRANSP:TRANSPARENT
                END:VEVENT
                BEGIN:VEVENT
                UID:call@x
                DTSTART:20240304T100000Z
                CLASS:
                END:VEVENT
                END:VCALENDAR
                """, BERLIN);

        assertThat(read.events()).extracting(CalendarEvent::uid, CalendarEvent::busy)
                .containsExactly(tuple("focus@x/2024-03-04T09:00:00Z", false), tuple("call@x/2024-03-04T10:00:00Z", true));
    }

    @Test
    void allDayEventCoversTheRepsLocalDay() {
        // Google birthdays: DTSTART;VALUE=DATE:20121210 to 20121211, for a rep in New York (EST, -05:00):
        // 2012-12-10T05:00Z to 2012-12-11T05:00Z. RDATE:20131210Z is a DATE with a stray Z.
        CalendarRead read = read("ical.js/google_birthday.ics", NEW_YORK, "2012-01-01", "2015-01-01");

        assertThat(read.events()).hasSize(6).allSatisfy(event -> assertThat(event.allDay()).isTrue());
        assertThat(read.events()).extracting(CalendarEvent::uid, CalendarEvent::start, CalendarEvent::end)
                .contains(tuple("BIRTHDAY_79d389868f96182e@google.com/2012-12-10T05:00:00Z",
                                at("2012-12-10T05:00:00Z"), at("2012-12-11T05:00:00Z")),
                        tuple("2014_BIRTHDAY_79d389868f96182e@google.com/2013-12-10T05:00:00Z",
                                at("2013-12-10T05:00:00Z"), at("2013-12-11T05:00:00Z")));
        assertThat(read.warnings()).anySatisfy(warning -> assertThat(warning).contains("20131210Z"));
    }

    @Test
    void dateWithTzidIsStillAllDayInTheRepsZone() {
        // DTSTART;TZID=America/Los_Angeles:20041225 is a DATE: Christmas yearly, from midnight in Sydney
        // (AEDT, +11:00) = 24 Dec 13:00Z, for DURATION:PT86400S.
        CalendarRead read = read("ical4j/valid/google_aus_holidays.ics", ZoneId.of("Australia/Sydney"), "2010-12-01", "2011-01-01");

        assertThat(read.events()).filteredOn(event -> event.uid().startsWith("mrlhppia4sm5ishfocsm9ser2o@google.com/"))
                .extracting(CalendarEvent::start, CalendarEvent::end, CalendarEvent::allDay, CalendarEvent::summary)
                .containsExactly(tuple(at("2010-12-24T13:00:00Z"), at("2010-12-25T13:00:00Z"), true, "Christmas"));
    }

    @Test
    void durationStandsInForDtend() {
        // 2012-06-30 06:00 PDT (-07:00) = 13:00Z, DURATION:P1D.
        CalendarRead read = read("ical.js/duration_instead_of_dtend.ics", BERLIN, "2012-01-01", "2013-01-01");

        assertThat(read.events()).extracting(CalendarEvent::start, CalendarEvent::end, CalendarEvent::allDay)
                .containsExactly(tuple(at("2012-06-30T13:00:00Z"), at("2012-07-01T13:00:00Z"), false));
    }

    @Test
    void timedEventWithoutEndOrDurationHasNoLength() {
        // custom_Pacific/Fiji from its VTIMEZONE: +12:00 in August 2014, so 08:00 is 20:00Z the day before.
        // The file has two DTSTARTs; the first counts.
        CalendarRead read = read("python-icalendar/pacific_fiji.ics", BERLIN, "2014-01-01", "2015-01-01");

        assertThat(read.events()).extracting(CalendarEvent::start, CalendarEvent::end)
                .containsExactly(tuple(at("2014-08-28T20:00:00Z"), at("2014-08-28T20:00:00Z")));
        assertThat(read.warnings()).anySatisfy(warning -> assertThat(warning).contains("second DTSTART"));
    }

    @Test
    void blankTzidUsesTheNamelessVtimezoneInTheFile() {
        // Exchange wrote TZID= on the event and a VTIMEZONE with an empty TZID and +0000 offsets.
        CalendarRead read = read("ical4j/valid/blankTzid.ics", BERLIN, "2015-01-01", "2016-01-01");

        assertThat(starts(read)).containsExactly(at("2015-08-26T09:00:00Z"));
    }

    @Test
    void blankTzidWithoutVtimezoneFallsBackToTheRepsZone() {
        // 09:00 in Berlin (CET, +01:00) = 08:00Z.
        CalendarRead read = readText(event("DTSTART;TZID=:20240305T090000"), BERLIN);

        assertThat(starts(read)).containsExactly(at("2024-03-05T08:00:00Z"));
        assertThat(read.warnings()).singleElement().asString()
                .isEqualTo("inline.ics line 5: blank TZID and no VTIMEZONE for it; read in the rep's zone Europe/Berlin");
    }

    @Test
    void unknownTzidWithoutVtimezoneFallsBackToTheRepsZone() {
        CalendarRead read = readText(event("DTSTART;TZID=\"Mars/Olympus Mons\":20240305T090000"), BERLIN);

        assertThat(starts(read)).containsExactly(at("2024-03-05T08:00:00Z"));
        assertThat(read.warnings()).singleElement().asString().contains("unknown TZID 'Mars/Olympus Mons'");
    }

    @Test
    void vtimezoneDefinesAZoneNobodyElseKnows() {
        // TZID=Nowhere/Middle, VTIMEZONE offset -07:41: 13:42 local = 21:23Z.
        CalendarRead read = read("ical.js/timezone_from_file.ics", BERLIN, "2023-01-01", "2024-01-01");

        assertThat(read.events()).extracting(CalendarEvent::start, CalendarEvent::end)
                .containsExactly(tuple(at("2023-03-06T21:23:00Z"), at("2023-03-06T22:23:00Z")));
    }

    @Test
    void customPrefixedTzidUsesItsVtimezone() {
        // TZID=custom_America/New_York with a full VTIMEZONE: 2014-08-29 08:00 EDT (-04:00) = 12:00Z.
        CalendarRead read = read("python-icalendar/america_new_york.ics", BERLIN, "2014-01-01", "2015-01-01");

        assertThat(read.events()).extracting(CalendarEvent::uid, CalendarEvent::start, CalendarEvent::end)
                .containsExactly(tuple("noend123/2014-08-29T12:00:00Z", at("2014-08-29T12:00:00Z"), at("2014-08-29T14:00:00Z")));
    }

    @Test
    void bydayListWithSpacesIsCleanedBeforeExpansion() {
        // Exchange CDO: BYDAY=MO, TU, WE, TH, FR; 10:00 at +02:00 (08:00Z) from Fri 3 July 2015 until
        // 2015-07-22T08:00Z inclusive: 1 + 5 + 5 + 3 weekdays.
        CalendarRead read = read("python-icalendar/issue_165_missing_event.ics", BERLIN, "2015-01-01", "2016-01-01");

        assertThat(starts(read)).hasSize(14).startsWith(at("2015-07-03T08:00:00Z")).endsWith(at("2015-07-22T08:00:00Z"))
                .noneMatch(start -> start.equals(at("2015-07-04T08:00:00Z")) || start.equals(at("2015-07-05T08:00:00Z")));
    }

    @Test
    void exdatesOnSeveralLinesAreAllRemoved() {
        // A bare VEVENT, no UID: weekly Tuesdays 10:00 Europe/Vienna (CEST, 08:00Z) from 27 March to 3 July 2012,
        // 15 Tuesdays less five EXDATE lines.
        CalendarRead read = read("python-icalendar/event_with_recurrence_exdates_on_different_lines.ics", BERLIN, "2012-01-01", "2013-01-01");

        assertThat(starts(read)).hasSize(10).startsWith(at("2012-03-27T08:00:00Z")).endsWith(at("2012-07-03T08:00:00Z"))
                .doesNotContain(at("2012-04-03T08:00:00Z"), at("2012-04-10T08:00:00Z"), at("2012-04-17T08:00:00Z"),
                        at("2012-05-01T08:00:00Z"), at("2012-05-29T08:00:00Z"));
        assertThat(read.warnings()).anySatisfy(warning -> assertThat(warning).contains("no VCALENDAR"))
                .anySatisfy(warning -> assertThat(warning).contains("without UID"));
    }

    @Test
    void exdateWithTzidButNoVtimezoneStillMatches() {
        // Fridays and Saturdays 12:00 America/New_York (EDT, 16:00Z) from 7 Sep 2013 until 25 Oct 03:59:59Z:
        // 13 days, less 11 and 12 October.
        CalendarRead read = read("python-icalendar/issue_112_missing_tzinfo_on_exdate.ics", BERLIN, "2013-01-01", "2014-01-01");

        assertThat(starts(read)).hasSize(11).endsWith(at("2013-10-19T16:00:00Z"))
                .doesNotContain(at("2013-10-11T16:00:00Z"), at("2013-10-12T16:00:00Z"));
    }

    @Test
    void utcExdateRemovesAZonedOccurrence() {
        // Weekly Tuesdays 05:15 America/Chicago (CDT, 10:15Z); EXDATE:20070515T101500Z,20070522T101500Z.
        CalendarRead read = read("ical4j/valid/EXDATE-IN-UTC.ics", BERLIN, "2007-05-01", "2007-06-01");

        assertThat(starts(read)).containsExactly(at("2007-05-08T10:15:00Z"), at("2007-05-29T10:15:00Z"));
    }

    @Test
    void rdatePeriodWithTzidAddsAnOccurrenceOfItsOwnLength() {
        // Third Wednesday 12:00-14:00 America/Vancouver, nine times (no June-August), EXDATE 20 Dec, and
        // RDATE;VALUE=PERIOD;TZID=America/Vancouver:20231213T120000/20231213T150000 (PST, 20:00Z to 23:00Z).
        CalendarRead read = read("python-icalendar/period_with_timezone.ics", BERLIN, "2023-01-01", "2025-01-01");

        assertThat(read.events()).hasSize(9)
                .extracting(CalendarEvent::start, CalendarEvent::end)
                .contains(tuple(at("2023-09-20T19:00:00Z"), at("2023-09-20T21:00:00Z")),
                        tuple(at("2023-12-13T20:00:00Z"), at("2023-12-13T23:00:00Z")),
                        tuple(at("2024-05-15T19:00:00Z"), at("2024-05-15T21:00:00Z")))
                .doesNotContain(tuple(at("2023-12-20T20:00:00Z"), at("2023-12-20T22:00:00Z")));
    }

    @Test
    void rdatePeriodsWithQuotedNotesZoneEachBecomeAnOccurrence() {
        // Lotus Notes via khal: TZID="Western/Central Europe" (+01:00 in winter), four 30-minute RDATE periods.
        CalendarRead read = read("python-icalendar/issue_156_RDATE_with_PERIOD_TZID_khal_2.ics", BERLIN, "2021-01-01", "2023-01-01");

        assertThat(starts(read)).containsExactly(at("2021-11-01T15:00:00Z"), at("2021-12-06T15:00:00Z"),
                at("2022-01-03T15:00:00Z"), at("2022-02-07T15:00:00Z"));
        assertThat(read.events()).allSatisfy(event -> assertThat(event.end()).isEqualTo(event.start().plusSeconds(1800)));
    }

    @Test
    void everyRruleOfAnEventContributesOccurrences() {
        // Weekly on Mondays and monthly on every Sunday, 11:00 PDT (18:00Z), both until 2012-07-30T06:59:59Z:
        // 18 Mondays from 26 March plus 18 Sundays from 1 April.
        CalendarRead read = read("ical.js/multiple_rrules.ics", BERLIN, "2012-01-01", "2013-01-01");

        assertThat(starts(read)).hasSize(36)
                .startsWith(at("2012-03-26T18:00:00Z"), at("2012-04-01T18:00:00Z"), at("2012-04-02T18:00:00Z"))
                .endsWith(at("2012-07-23T18:00:00Z"), at("2012-07-29T18:00:00Z"));
    }

    @Test
    void floatingTimeIsReadInTheRepsZone() {
        // Three events at midnight 2 March 2021: floating (Tokyo, +09:00), UTC, and America/New_York (EST).
        CalendarRead read = read("python-icalendar/multiple_timezones.ics", ZoneId.of("Asia/Tokyo"), "2021-01-01", "2022-01-01");

        assertThat(read.events()).extracting(CalendarEvent::uid, CalendarEvent::start).containsExactly(
                tuple("test-vtime-floating/2021-03-01T15:00:00Z", at("2021-03-01T15:00:00Z")),
                tuple("test-vtime-utc/2021-03-02T00:00:00Z", at("2021-03-02T00:00:00Z")),
                tuple("test-vtime-named-timezone/2021-03-02T05:00:00Z", at("2021-03-02T05:00:00Z")));
        assertThat(read.warnings()).hasSize(3).allSatisfy(warning -> assertThat(warning).contains("RDATE"));
    }

    @Test
    void lotusNotesEasternZoneAndRruleWithTzidParameter() {
        // TZID=Eastern (VTIMEZONE, DST from the first Sunday of April): 09:00 EDT = 13:00Z, daily five times.
        CalendarRead read = read("ical4j/valid/calconnect.ics", BERLIN, "2005-01-01", "2006-01-01");

        assertThat(starts(read)).containsExactly(at("2005-04-11T13:00:00Z"), at("2005-04-12T13:00:00Z"),
                at("2005-04-13T13:00:00Z"), at("2005-04-14T13:00:00Z"), at("2005-04-15T13:00:00Z"));
    }

    @Test
    void weeklyMeetingKeepsNineOClockAcrossTheUsDstChange() {
        // America/New_York switches to EDT on Sunday 10 March 2024: 09:00 EST = 14:00Z, 09:00 EDT = 13:00Z.
        CalendarRead read = readText("""
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Needle//test//EN
                BEGIN:VEVENT
                UID:pipeline-review@needle.dev
                DTSTART;TZID=America/New_York:20240301T090000
                DTEND;TZID=America/New_York:20240301T093000
                RRULE:FREQ=WEEKLY;COUNT=4
                SUMMARY:Pipeline review
                END:VEVENT
                END:VCALENDAR
                """, BERLIN);

        assertThat(read.events()).extracting(CalendarEvent::uid, CalendarEvent::start, CalendarEvent::end).containsExactly(
                tuple("pipeline-review@needle.dev/2024-03-01T14:00:00Z", at("2024-03-01T14:00:00Z"), at("2024-03-01T14:30:00Z")),
                tuple("pipeline-review@needle.dev/2024-03-08T14:00:00Z", at("2024-03-08T14:00:00Z"), at("2024-03-08T14:30:00Z")),
                tuple("pipeline-review@needle.dev/2024-03-15T13:00:00Z", at("2024-03-15T13:00:00Z"), at("2024-03-15T13:30:00Z")),
                tuple("pipeline-review@needle.dev/2024-03-22T13:00:00Z", at("2024-03-22T13:00:00Z"), at("2024-03-22T13:30:00Z")));
    }

    @Test
    void occurrencesOutsideTheWindowAreNotReturned() {
        // The RFC 7265 series again, window 3-5 January: the 3rd, and the 4th moved to 19:00Z.
        CalendarRead read = read("python-icalendar/rfc_7265_appendix_example_2_ical.ics", BERLIN, "2006-01-03", "2006-01-05");

        assertThat(starts(read)).containsExactly(at("2006-01-03T17:00:00Z"), at("2006-01-04T19:00:00Z"));
    }

    @Test
    void reimportGivesTheSameIds() {
        String sample = "python-icalendar/event_with_recurrence_exdates_on_different_lines.ics";
        List<String> first = read(sample, BERLIN, "2012-01-01", "2013-01-01").events().stream().map(CalendarEvent::uid).toList();
        List<String> second = read(sample, BERLIN, "2012-01-01", "2013-01-01").events().stream().map(CalendarEvent::uid).toList();

        assertThat(first).isNotEmpty().isEqualTo(second);
    }

    @Test
    void calendarWithoutEventsGivesAnEmptyList() {
        CalendarRead read = readText("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n", BERLIN);

        assertThat(read.events()).isEmpty();
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void fileThatIsNotACalendarFailsClearly() {
        CalendarReader reader = new CalendarReader(BERLIN, at("2024-01-01T00:00:00Z"), at("2025-01-01T00:00:00Z"));

        assertThatThrownBy(() -> reader.read(stream("Subject,Start Date,Start Time\nDemo,3/5/2024,9:00 AM\n"), "export.ics"))
                .isInstanceOf(UnableToParseCalendarException.class)
                .hasMessage("export.ics is not an iCalendar file: line 1 is 'Subject,Start Date,Start Time', "
                        + "but a calendar starts with BEGIN:VCALENDAR");
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 1, 2}), "photo.ics"))
                .isInstanceOf(UnableToParseCalendarException.class)
                .hasMessage("photo.ics is not an iCalendar file: it is binary data");
        assertThatThrownBy(() -> reader.read(stream(""), "empty.ics"))
                .isInstanceOf(UnableToParseCalendarException.class)
                .hasMessage("empty.ics is not an iCalendar file: the file is empty");
    }

    @Test
    void calendarCutOffBeforeItsEndFailsWithTheLine() {
        CalendarReader reader = new CalendarReader(BERLIN, at("2024-01-01T00:00:00Z"), at("2025-01-01T00:00:00Z"));

        assertThatThrownBy(() -> reader.read(stream("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20240305T090000Z\r\n"), "cut.ics"))
                .isInstanceOf(UnableToParseCalendarException.class)
                .hasMessageStartingWith("cut.ics line ");
    }

    @Test
    void textAfterTheLastCalendarIsIgnoredWithAWarning() throws IOException {
        // Podio writes text after END:VCALENDAR; python-icalendar (issue #350) reads the calendar and ignores it.
        // america_new_york.ics is 61 lines, so the trailing text starts on line 62.
        String sample = Files.readString(SharedData.path("ical-samples", "python-icalendar", "america_new_york.ics"));
        CalendarReader reader = new CalendarReader(NEW_YORK, at("2014-01-01T00:00:00Z"), at("2015-01-01T00:00:00Z"));

        CalendarRead read = reader.read(stream(sample + "Exported by Podio\r\nhttps://podio.com/\r\n"), "podio.ics");

        assertThat(read.events()).isEqualTo(reader.read(stream(sample), "podio.ics").events())
                .extracting(CalendarEvent::start).containsExactly(at("2014-08-29T12:00:00Z"));
        assertThat(read.warnings()).containsExactly("podio.ics line 62: text after the last END:VCALENDAR ignored");
    }

    @Test
    void aCalendarCutOffAfterTheLastCompleteOneKeepsTheCompleteOnes() throws IOException {
        String sample = Files.readString(SharedData.path("ical-samples", "python-icalendar", "america_new_york.ics"));
        CalendarReader reader = new CalendarReader(NEW_YORK, at("2014-01-01T00:00:00Z"), at("2015-01-01T00:00:00Z"));

        CalendarRead read = reader.read(stream(sample + "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:cut@x\n"), "cut.ics");

        assertThat(read.events()).extracting(CalendarEvent::uid).containsExactly("noend123/2014-08-29T12:00:00Z");
        assertThat(read.warnings()).containsExactly("cut.ics line 62: text after the last END:VCALENDAR ignored");
    }

    @Test
    void severalCalendarsInOneFileAreAllReadAndOnlyTheTextAfterTheLastIsIgnored() throws IOException {
        String newYork = Files.readString(SharedData.path("ical-samples", "python-icalendar", "america_new_york.ics"));
        String fiji = Files.readString(SharedData.path("ical-samples", "python-icalendar", "pacific_fiji.ics"));
        CalendarReader reader = new CalendarReader(NEW_YORK, at("2014-01-01T00:00:00Z"), at("2015-01-01T00:00:00Z"));
        List<CalendarEvent> apart = Stream.of(newYork, fiji)
                .flatMap(calendar -> reader.read(stream(calendar), "one.ics").events().stream())
                .toList();

        CalendarRead read = reader.read(stream(newYork + fiji + "\r\n-- trailing junk --\r\n"), "two.ics");

        assertThat(apart).hasSizeGreaterThanOrEqualTo(2);
        assertThat(read.events()).containsExactlyInAnyOrderElementsOf(apart);
        assertThat(read.warnings()).filteredOn(warning -> warning.contains("END:VCALENDAR"))
                .as("61 + 52 lines of calendars, a blank line, then the junk")
                .containsExactly("two.ics line 115: text after the last END:VCALENDAR ignored");
    }

    @Test
    void blankLinesAfterTheCalendarNeedNoWarning() {
        CalendarRead read = readText(event("DTSTART:20240305T090000Z") + "\n\n  \n", BERLIN);

        assertThat(read.events()).hasSize(1);
        assertThat(read.warnings()).isEmpty();
    }

    private static CalendarRead read(String sample, ZoneId repZone, String fromDate, String toDate) {
        CalendarReader reader = new CalendarReader(repZone, at(fromDate + "T00:00:00Z"), at(toDate + "T00:00:00Z"));
        return reader.read(SharedData.path("ical-samples", sample));
    }

    /** Reads a calendar written in the test; the window is 2024. */
    private static CalendarRead readText(String calendar, ZoneId repZone) {
        return new CalendarReader(repZone, at("2024-01-01T00:00:00Z"), at("2025-01-01T00:00:00Z"))
                .read(stream(calendar), "inline.ics");
    }

    /** A one-event calendar; the given DTSTART line is line 5. */
    private static String event(String dtstart) {
        return "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:one@x\n" + dtstart + "\nEND:VEVENT\nEND:VCALENDAR\n";
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Instant> starts(CalendarRead read) {
        return read.events().stream().map(CalendarEvent::start).toList();
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
