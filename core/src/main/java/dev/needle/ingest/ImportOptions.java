package dev.needle.ingest;

import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * @param skipBad      store the good rows and report the bad ones, instead of storing nothing
 * @param calendarRep  whose calendar the .ics files are (id, external id or email); when null, a
 *                     calendar file named after a rep's email or id is that rep's
 * @param calendarFrom the first day whose calendar occurrences are imported (recurrences expanded)…
 * @param calendarTo   …and the last, included
 * @param skipUnknown  skip, with a warning, table files that match no format, instead of failing
 * @param encoding     the encoding of files that are not UTF-8 or UTF-16 (null: refuse such files)
 * @param locale       the convention of amounts (which of , and . separates decimals) and, where the
 *                     mapping does not say, of slashed dates (en-GB writes the day first)
 * @param createMissing make a placeholder rep for an owner id no user in the files or the store has,
 *                      instead of refusing the row
 * @param mail          how mailboxes (.mbox, .eml) are read
 */
public record ImportOptions(boolean skipBad, String calendarRep, LocalDate calendarFrom, LocalDate calendarTo,
                            boolean skipUnknown, Charset encoding, Locale locale, boolean createMissing, Mail mail) {
    public ImportOptions {
        Objects.requireNonNull(calendarFrom, "calendarFrom");
        Objects.requireNonNull(calendarTo, "calendarTo");
        if (calendarTo.isBefore(calendarFrom)) throw new IllegalArgumentException("the calendar window is empty");
        locale = locale == null ? Locale.US : locale;
        mail = mail == null ? Mail.HEADERS_ONLY : mail;
    }

    /**
     * @param keepBodies      store each mail touch's text body (by default no body byte is stored)
     * @param internalDomains the company's domains besides those of the reps' emails: mail with every address
     *                        in them is internal, not a touch
     */
    public record Mail(boolean keepBodies, java.util.Set<String> internalDomains) {
        public static final Mail HEADERS_ONLY = new Mail(false, java.util.Set.of());

        public Mail {
            internalDomains = internalDomains == null ? java.util.Set.of() : java.util.Set.copyOf(internalDomains);
        }
    }

    public ImportOptions(boolean skipBad, String calendarRep, LocalDate calendarFrom, LocalDate calendarTo,
                         boolean skipUnknown, Charset encoding, Locale locale, boolean createMissing) {
        this(skipBad, calendarRep, calendarFrom, calendarTo, skipUnknown, encoding, locale, createMissing, Mail.HEADERS_ONLY);
    }

    public ImportOptions(boolean skipBad, String calendarRep, LocalDate calendarFrom, LocalDate calendarTo,
                         boolean skipUnknown, Charset encoding, Locale locale) {
        this(skipBad, calendarRep, calendarFrom, calendarTo, skipUnknown, encoding, locale, false);
    }

    public ImportOptions(boolean skipBad, String calendarRep, LocalDate calendarFrom, LocalDate calendarTo) {
        this(skipBad, calendarRep, calendarFrom, calendarTo, false, null, Locale.US);
    }

    public ImportOptions withCreateMissing(boolean create) {
        return new ImportOptions(skipBad, calendarRep, calendarFrom, calendarTo, skipUnknown, encoding, locale, create, mail);
    }

    public ImportOptions withMail(Mail how) {
        return new ImportOptions(skipBad, calendarRep, calendarFrom, calendarTo, skipUnknown, encoding, locale, createMissing, how);
    }

    /**
     * The window's days are the rep's, so an evening meeting on the last day is imported wherever the rep is:
     * it starts at midnight of {@code calendarFrom} in the rep's zone…
     */
    public Instant calendarStart(ZoneId repZone) {
        return calendarFrom.atStartOfDay(repZone).toInstant();
    }

    /** …and ends, excluded, at the start of the day after {@code calendarTo}. */
    public Instant calendarEnd(ZoneId repZone) {
        return calendarTo.plusDays(1).atStartOfDay(repZone).toInstant();
    }
}
