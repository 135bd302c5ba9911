package dev.needle.ingest.ical;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A VTIMEZONE block as java.time rules: every onset of its STANDARD and DAYLIGHT parts (DTSTART, RDATE, and the
 * RRULE expanded up to the given years) becomes a transition. Built here rather than with ical4j's
 * ZoneRulesBuilder, which picks the "current" observances by the system clock and so answers differently
 * depending on the day the import runs.
 */
final class VTimeZoneRules {
    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{2}):?(\\d{2})(?::?(\\d{2}))?");

    private VTimeZoneRules() {
    }

    private record Onset(Instant instant, ZoneOffset before, ZoneOffset after) {
    }

    /** Empty when the block has no part with a readable DTSTART and TZOFFSETTO. */
    static Optional<ZoneRules> of(RawComponent vtimezone, int fromYear, int toYear) {
        List<Onset> onsets = new ArrayList<>();
        for (RawComponent observance : vtimezone.components()) {
            if (observance.name().equals("STANDARD") || observance.name().equals("DAYLIGHT")) {
                onsets.addAll(onsets(observance, fromYear, toYear));
            }
        }
        if (onsets.isEmpty()) return Optional.empty();
        onsets.sort(Comparator.comparing(Onset::instant));
        ZoneOffset base = onsets.get(0).before();
        ZoneOffset current = base;
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        for (Onset onset : onsets) {
            if (onset.after().equals(current)) continue;
            transitions.add(ZoneOffsetTransition.of(LocalDateTime.ofInstant(onset.instant(), current), current, onset.after()));
            current = onset.after();
        }
        return Optional.of(ZoneRules.of(base, base, List.of(), transitions, List.of()));
    }

    /** Onsets are written on the wall clock in force before them, TZOFFSETFROM. */
    private static List<Onset> onsets(RawComponent observance, int fromYear, int toYear) {
        Optional<ZoneOffset> after = observance.property("TZOFFSETTO").flatMap(VTimeZoneRules::offset);
        Optional<TimeValue> start = observance.property("DTSTART").flatMap(p -> TimeValue.parse(p.value(), repair -> { }));
        if (after.isEmpty() || start.isEmpty()) return List.of();
        ZoneOffset before = observance.property("TZOFFSETFROM").flatMap(VTimeZoneRules::offset).orElse(after.get());
        LocalDateTime first = start.get().local();
        List<LocalDateTime> starts = new ArrayList<>(List.of(first));
        for (RawProperty rdate : observance.properties("RDATE")) {
            for (String value : rdate.value().split(",")) {
                TimeValue.parse(value.split("/")[0], repair -> { }).ifPresent(time -> starts.add(time.local()));
            }
        }
        LocalDateTime from = LocalDate.of(fromYear - 1, 1, 1).atStartOfDay();
        LocalDateTime to = LocalDate.of(toYear + 1, 1, 1).atStartOfDay();
        for (RawProperty rrule : observance.properties("RRULE")) {
            try {
                starts.addAll(Recurrences.expand(rrule.value(), first, false, Zone.of(before),
                        first.isAfter(from) ? first : from, to));
            } catch (RuntimeException unreadableRule) {
                // an observance whose rule cannot be read still has its DTSTART and RDATEs
            }
        }
        return starts.stream().map(local -> new Onset(local.toInstant(before), before, after.get())).toList();
    }

    static Optional<ZoneOffset> offset(RawProperty property) {
        Matcher matcher = OFFSET.matcher(property.value());
        if (!matcher.matches()) return Optional.empty();
        int sign = matcher.group(1).equals("-") ? -1 : 1;
        int seconds = matcher.group(4) == null ? 0 : Integer.parseInt(matcher.group(4));
        try {
            return Optional.of(ZoneOffset.ofHoursMinutesSeconds(sign * Integer.parseInt(matcher.group(2)),
                    sign * Integer.parseInt(matcher.group(3)), sign * seconds));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
