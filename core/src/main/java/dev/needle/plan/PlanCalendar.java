package dev.needle.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans as an RFC 5545 calendar: one VEVENT per block, in the rep's zone with its VTIMEZONE, CRLF
 * line ends and lines folded at 75 octets. A block's UID is its rep, date, category and position
 * in that category, so importing a re-made plan updates the events instead of duplicating them.
 */
public final class PlanCalendar {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private PlanCalendar() {
    }

    /** {@code stamp} is DTSTAMP: when the file was made (the caller's clock, so this stays pure). */
    public static String write(List<DayPlan> plans, Instant stamp) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Needle//Day plan//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        Set<ZoneId> zones = new LinkedHashSet<>();
        plans.forEach(plan -> zones.add(plan.request().zone()));
        LocalDate first = plans.stream().map(DayPlan::date).min(LocalDate::compareTo).orElse(LocalDate.EPOCH);
        LocalDate last = plans.stream().map(DayPlan::date).max(LocalDate::compareTo).orElse(LocalDate.EPOCH);
        for (ZoneId zone : zones) timeZone(ics, zone, first.minusDays(366), last.plusDays(366));
        for (DayPlan plan : plans) {
            Map<Category, Integer> seen = new EnumMap<>(Category.class);
            for (Block block : plan.blocks()) event(ics, plan, block, seen.merge(block.category(), 1, Integer::sum), stamp);
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    static String uid(DayPlan plan, Block block, int position) {
        return "needle-plan-" + plan.request().rep().id() + "-" + DAY.format(plan.date()) + "-"
                + block.category().name().toLowerCase().replace('_', '-') + "-" + position + "@needle.dev";
    }

    private static void event(StringBuilder ics, DayPlan plan, Block block, int position, Instant stamp) {
        ZoneId zone = plan.request().zone();
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + uid(plan, block, position));
        line(ics, "DTSTAMP:" + UTC.format(stamp));
        line(ics, "DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(block.start().atZone(zone)));
        line(ics, "DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(block.end().atZone(zone)));
        line(ics, "SUMMARY:" + text(block.category().label() + " (" + block.tasks().size()
                + (block.tasks().size() == 1 ? " task)" : " tasks)")));
        StringBuilder description = new StringBuilder(block.rule());
        for (String line : PlanText.tasks(block.tasks())) description.append("\n- ").append(line);
        line(ics, "DESCRIPTION:" + text(description.toString()));
        line(ics, "CATEGORIES:" + block.category().name());
        line(ics, "TRANSP:OPAQUE");
        line(ics, "STATUS:CONFIRMED");
        line(ics, "END:VEVENT");
    }

    /** The zone's offsets and every transition in the window, as dated observances (no RRULE needed). */
    private static void timeZone(StringBuilder ics, ZoneId zone, LocalDate from, LocalDate to) {
        ZoneRules rules = zone.getRules();
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.atStartOfDay(ZoneOffset.UTC).toInstant();
        line(ics, "BEGIN:VTIMEZONE");
        line(ics, "TZID:" + zone.getId());
        ZoneOffset initial = rules.getOffset(start);
        observance(ics, rules.isDaylightSavings(start), LocalDateTime.ofInstant(start, initial), initial, initial);
        ZoneOffsetTransition transition = rules.nextTransition(start);
        while (transition != null && transition.getInstant().isBefore(end)) {
            observance(ics, rules.isDaylightSavings(transition.getInstant()), transition.getDateTimeBefore(),
                    transition.getOffsetBefore(), transition.getOffsetAfter());
            transition = rules.nextTransition(transition.getInstant());
        }
        line(ics, "END:VTIMEZONE");
    }

    private static void observance(StringBuilder ics, boolean daylight, LocalDateTime at, ZoneOffset from, ZoneOffset to) {
        String kind = daylight ? "DAYLIGHT" : "STANDARD";
        line(ics, "BEGIN:" + kind);
        line(ics, "DTSTART:" + LOCAL.format(at));
        line(ics, "TZOFFSETFROM:" + offset(from));
        line(ics, "TZOFFSETTO:" + offset(to));
        line(ics, "END:" + kind);
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int abs = Math.abs(seconds);
        String text = String.format("%s%02d%02d", seconds < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        return abs % 60 == 0 ? text : text + String.format("%02d", abs % 60);
    }

    /** TEXT escaping (RFC 5545 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n");
    }

    static void line(StringBuilder ics, String content) {
        ContentLines.append(ics, content);
    }
}
