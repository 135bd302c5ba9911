package dev.needle.ingest.ical;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/** Windows, Outlook, Exchange CDO and Lotus Notes zone names mapped to IANA zones (windows-zones.properties). */
final class WindowsZones {
    private static final Pattern LEADING_OFFSET = Pattern.compile("^\\((?:UTC|GMT)[^)]*\\)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Properties ZONES = load();

    private WindowsZones() {
    }

    static Optional<ZoneId> lookup(String name) {
        return Optional.ofNullable(ZONES.getProperty(key(name))).map(ZoneId::of);
    }

    /**
     * The spelling-proof form of a name, as the keys of the mapping are written: quotes, backslashes and a leading
     * "(UTC-08:00)" dropped, lower case, '&' as "and", '+'/'-' before a digit as "plus"/"minus", every other run
     * of non-alphanumerics one '_'. "Pacific Time (US &amp; Canada); Tijuana" gives pacific_time_us_and_canada_tijuana.
     */
    static String key(String name) {
        String text = name.strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) text = text.substring(1, text.length() - 1);
        text = LEADING_OFFSET.matcher(text.replace("\\", "")).replaceFirst("");
        text = text.toLowerCase(Locale.ROOT).replace("&", " and ").replace("'", "");
        text = text.replaceAll("\\+(?=\\d)", " plus ").replaceAll("-(?=\\d)", " minus ");
        return text.replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }

    static Properties all() {
        Properties copy = new Properties();
        copy.putAll(ZONES);
        return copy;
    }

    private static Properties load() {
        Properties zones = new Properties();
        try (InputStream in = WindowsZones.class.getResourceAsStream("windows-zones.properties")) {
            if (in == null) throw new IllegalStateException("windows-zones.properties missing from the classpath");
            zones.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zones;
    }
}
