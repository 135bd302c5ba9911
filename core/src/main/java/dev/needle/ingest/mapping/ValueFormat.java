package dev.needle.ingest.mapping;

import java.time.ZoneId;
import java.util.Locale;

/**
 * The conventions a file's values are written in, worked out once per file rather than per row.
 *
 * @param zone     the zone of timestamps written without one
 * @param dayFirst whether slashed dates put the day first (28/03/2024)
 * @param locale   the convention of amounts (decimal comma or point)
 */
record ValueFormat(ZoneId zone, boolean dayFirst, Locale locale) {

    /** The mapping's own {@code timeZone}, {@code locale} and {@code dateOrder} win over the import's locale. */
    static ValueFormat of(Mapping mapping, Locale importLocale) {
        ZoneId zone = mapping.timeZone() == null ? ZoneId.of("UTC") : ZoneId.of(mapping.timeZone());
        Locale locale = mapping.locale() != null ? Locale.forLanguageTag(mapping.locale()) : importLocale;
        boolean dayFirst = mapping.dateOrder() != null ? "DMY".equalsIgnoreCase(mapping.dateOrder())
                : MappedRow.writesDayFirst(locale);
        return new ValueFormat(zone, dayFirst, locale);
    }
}
