package dev.needle.ingest.ical;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long an occurrence lasts: calendar days, which keep the wall-clock time across a DST change
 * (RFC 5545 nominal duration), plus exact seconds.
 */
record Length(long days, long seconds) {
    static final Length ZERO = new Length(0, 0);
    static final Length ONE_DAY = new Length(1, 0);
    private static final Pattern DURATION = Pattern.compile(
            "([+-])?P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");

    Instant endOf(LocalDateTime start, Zone zone) {
        return zone.instantOf(start.plusDays(days)).plusSeconds(seconds);
    }

    /** An RFC 5545 DURATION ({@code PT1H}, {@code P1D}, {@code P2W}, {@code PT00H15M00S}); empty if unreadable or negative. */
    static Optional<Length> parse(String written) {
        Matcher matcher = DURATION.matcher(written.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches() || "-".equals(matcher.group(1))) return Optional.empty();
        boolean noNumber = true;
        for (int group = 2; group <= 6; group++) noNumber &= matcher.group(group) == null;
        if (noNumber) return Optional.empty();
        long days = 7 * number(matcher.group(2)) + number(matcher.group(3));
        long seconds = 3600 * number(matcher.group(4)) + 60 * number(matcher.group(5)) + number(matcher.group(6));
        return Optional.of(new Length(days, seconds));
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
