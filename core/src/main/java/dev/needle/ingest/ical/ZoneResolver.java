package dev.needle.ingest.ical;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds the zone a TZID means, for one calendar. In order: the file's own VTIMEZONE of that name (RFC 5545 makes
 * it authoritative); an IANA name; a Windows/Outlook/Notes name from windows-zones.properties; an IANA name
 * behind a vendor prefix ("/softwarestudio.org/Olson_20011030_5/America/Chicago", "custom_America/New_York");
 * and last the rep's zone, with a warning, for a blank or unknown TZID.
 */
final class ZoneResolver {
    private static final Map<String, String> IANA_BY_LOWER_CASE = ianaByLowerCase();
    private final Map<String, RawComponent> vtimezones = new HashMap<>();
    private final Map<String, Zone> resolved = new HashMap<>();
    private final Zone repZone;
    private final int fromYear;
    private final int toYear;
    private final Warnings warnings;

    /** VTIMEZONE rules are worked out for the years {@code fromYear..toYear}, the import window and a margin. */
    ZoneResolver(RawComponent calendar, Zone repZone, int fromYear, int toYear, Warnings warnings) {
        for (RawComponent vtimezone : calendar.components("VTIMEZONE")) {
            String tzid = vtimezone.property("TZID").map(RawProperty::value).orElse(null);
            if (tzid != null) vtimezones.putIfAbsent(clean(tzid), vtimezone);
        }
        this.repZone = repZone;
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.warnings = warnings;
    }

    Zone resolve(String tzid, int line) {
        String name = clean(tzid);
        Zone zone = resolved.get(name);
        if (zone == null) {
            zone = find(name, line);
            resolved.put(name, zone);
        }
        return zone;
    }

    private Zone find(String name, int line) {
        RawComponent vtimezone = vtimezones.get(name);
        if (vtimezone != null) {
            Optional<ZoneRules> rules = VTimeZoneRules.of(vtimezone, fromYear, toYear);
            if (rules.isPresent()) return new Zone(name, rules.get());
            warnings.add(vtimezone.line(), "VTIMEZONE '" + name + "' has no usable STANDARD or DAYLIGHT; looked the name up instead");
        }
        Optional<ZoneId> known = iana(name).or(() -> WindowsZones.lookup(name)).or(() -> ianaBehindPrefix(name));
        if (known.isPresent()) return Zone.of(known.get());
        String what = name.isEmpty() ? "blank TZID" : "unknown TZID '" + name + "'";
        warnings.add(line, what + " and no VTIMEZONE for it; read in the rep's zone " + repZone.name());
        return repZone;
    }

    private static Optional<ZoneId> iana(String name) {
        if (name.isEmpty()) return Optional.empty();
        try {
            return Optional.of(ZoneId.of(name));
        } catch (DateTimeException e) {
            return Optional.ofNullable(IANA_BY_LOWER_CASE.get(name.toLowerCase(Locale.ROOT))).map(ZoneId::of);
        }
    }

    /** The longest tail after a '/' or '_' that is an IANA name with a region ("America/Chicago"). */
    private static Optional<ZoneId> ianaBehindPrefix(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String tail = name.substring(i + 1);
            if ((c == '/' || c == '_') && tail.contains("/")) {
                Optional<ZoneId> zone = iana(tail);
                if (zone.isPresent()) return zone;
            }
        }
        return Optional.empty();
    }

    /** TZIDs as producers write them: quoted, with escaped commas ("Kuala Lumpur\, Singapore"), padded. */
    static String clean(String tzid) {
        String text = tzid.strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) text = text.substring(1, text.length() - 1);
        return text.replaceAll("\\\\(.)", "$1").strip();
    }

    private static Map<String, String> ianaByLowerCase() {
        Map<String, String> ids = new TreeMap<>();
        for (String id : ZoneId.getAvailableZoneIds()) ids.put(id.toLowerCase(Locale.ROOT), id);
        return Map.copyOf(ids);
    }
}
