package dev.needle.generate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.Locale;
import java.util.TimeZone;

/** A VTIMEZONE for a zone's current daylight-saving rules, derived from java.time's zone rules. */
final class TimeZoneBlock {
    private static final int RULES_SINCE = 2007;

    private TimeZoneBlock() {
    }

    static void write(IcsWriter ics, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        TimeZone names = TimeZone.getTimeZone(zone);
        ics.line("BEGIN", "VTIMEZONE").line("TZID", zone.getId());
        if (rules.getTransitionRules().isEmpty()) {
            ZoneOffset offset = rules.getOffset(LocalDate.of(RULES_SINCE, 1, 1).atStartOfDay());
            ics.line("BEGIN", "STANDARD").line("DTSTART", "19700101T000000")
                    .line("TZOFFSETFROM", offset(offset)).line("TZOFFSETTO", offset(offset))
                    .line("END", "STANDARD");
        }
        for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
            boolean daylight = rule.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds();
            String block = daylight ? "DAYLIGHT" : "STANDARD";
            ics.line("BEGIN", block)
                    .line("TZOFFSETFROM", offset(rule.getOffsetBefore()))
                    .line("TZOFFSETTO", offset(rule.getOffsetAfter()))
                    .line("TZNAME", names.getDisplayName(daylight, TimeZone.SHORT, Locale.US))
                    .line("DTSTART", IcsWriter.local(rule.createTransition(RULES_SINCE).getDateTimeBefore()))
                    .line("RRULE", "FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + ";" + byDay(rule))
                    .line("END", block);
        }
        ics.line("END", "VTIMEZONE");
    }

    /** java.time says "the first Sunday on or after day N"; iCalendar says "the nth (or last) Sunday". */
    private static String byDay(ZoneOffsetTransitionRule rule) {
        if (rule.getDayOfWeek() == null) return "BYMONTHDAY=" + rule.getDayOfMonthIndicator();
        String weekday = rule.getDayOfWeek().name().substring(0, 2);
        int indicator = rule.getDayOfMonthIndicator();
        int monthLength = rule.getMonth().length(false);
        if (indicator < 0 || indicator + 6 >= monthLength) return "BYDAY=-1" + weekday;
        return "BYDAY=" + ((indicator - 1) / 7 + 1) + weekday;
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        return String.format(Locale.ROOT, "%s%02d%02d", seconds < 0 ? "-" : "+", minutes / 60, minutes % 60);
    }
}
