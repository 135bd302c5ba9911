package dev.needle.ingest;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * @param skipBad      store the good rows and report the bad ones, instead of storing nothing
 * @param calendarRep  whose calendar the .ics files are (id, external id or email); when null, a
 *                     calendar file named after a rep's email or id is that rep's
 * @param calendarFrom recurring events are expanded from here…
 * @param calendarTo   …to here
 * @param skipUnknown  skip, with a warning, table files that match no format, instead of failing
 * @param encoding     the encoding of files that are not UTF-8 or UTF-16 (null: refuse such files)
 * @param locale       the convention of amounts (which of , and . separates decimals) and, where the
 *                     mapping does not say, of slashed dates (en-GB writes the day first)
 */
public record ImportOptions(boolean skipBad, String calendarRep, Instant calendarFrom, Instant calendarTo,
                            boolean skipUnknown, Charset encoding, Locale locale) {
    public ImportOptions {
        Objects.requireNonNull(calendarFrom, "calendarFrom");
        Objects.requireNonNull(calendarTo, "calendarTo");
        if (!calendarTo.isAfter(calendarFrom)) throw new IllegalArgumentException("the calendar window is empty");
        locale = locale == null ? Locale.US : locale;
    }

    public ImportOptions(boolean skipBad, String calendarRep, Instant calendarFrom, Instant calendarTo) {
        this(skipBad, calendarRep, calendarFrom, calendarTo, false, null, Locale.US);
    }
}
