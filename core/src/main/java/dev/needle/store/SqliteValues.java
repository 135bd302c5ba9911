package dev.needle.store;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * How values SQLite has no type for are stored, so that they read back exactly as from H2 and
 * PostgreSQL and compare correctly in SQL:
 * <ul>
 * <li>an instant as UTC text of fixed width, rounded to the microsecond as {@code timestamp with time
 * zone} is ({@code 2026-12-01T09:30:00.000000Z}): text order is time order, and {@code <} works;</li>
 * <li>a date as {@code 2026-12-01};</li>
 * <li>a decimal as plain text at scale 4, rounded half up, as {@code numeric(19, 4)} (the only
 * decimal columns) holds it: SQLite's REAL would keep 15 digits and drop the scale.</li>
 * </ul>
 */
final class SqliteValues {
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int DECIMAL_SCALE = 4;

    private SqliteValues() {
    }

    static void register(Jdbi jdbi) {
        jdbi.registerArgument(new AbstractArgumentFactory<Instant>(Types.VARCHAR) {
            @Override
            protected Argument build(Instant value, ConfigRegistry config) {
                return text(text(value));
            }
        });
        jdbi.registerArgument(new AbstractArgumentFactory<OffsetDateTime>(Types.VARCHAR) {
            @Override
            protected Argument build(OffsetDateTime value, ConfigRegistry config) {
                return text(text(value.toInstant()));
            }
        });
        jdbi.registerArgument(new AbstractArgumentFactory<LocalDate>(Types.VARCHAR) {
            @Override
            protected Argument build(LocalDate value, ConfigRegistry config) {
                return text(value.toString());
            }
        });
        jdbi.registerArgument(new AbstractArgumentFactory<BigDecimal>(Types.VARCHAR) {
            @Override
            protected Argument build(BigDecimal value, ConfigRegistry config) {
                return text(text(value));
            }
        });
        registerColumnMappers(jdbi);
    }

    /** For queries mapped by JDBI ({@code mapTo(Instant.class)}): the driver reads none of these types from text. */
    private static void registerColumnMappers(Jdbi jdbi) {
        jdbi.registerColumnMapper(Instant.class, (rs, column, ctx) -> instant(rs.getString(column)));
        jdbi.registerColumnMapper(OffsetDateTime.class, (rs, column, ctx) -> {
            Instant instant = instant(rs.getString(column));
            return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
        });
        jdbi.registerColumnMapper(LocalDate.class, (rs, column, ctx) -> {
            String text = rs.getString(column);
            return text == null ? null : LocalDate.parse(text);
        });
    }

    static String text(Instant instant) {
        return INSTANT.format(instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS));
    }

    /** An instant, a date or a decimal as SQLite stores it. */
    static String text(Object value) {
        if (value instanceof Instant instant) return text(instant);
        if (value instanceof OffsetDateTime time) return text(time.toInstant());
        if (value instanceof LocalDate date) return date.toString();
        if (value instanceof BigDecimal decimal) return text(decimal);
        throw new IllegalArgumentException("SQLite stores no " + value.getClass().getSimpleName());
    }

    private static String text(BigDecimal decimal) {
        return decimal.setScale(DECIMAL_SCALE, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * Text this class wrote is read by character position: {@code Instant.parse} took nearly half of
     * loading a million activities. Any other shape (a value written by hand) goes to {@code Instant.parse}.
     */
    static Instant instant(String text) {
        if (text == null) return null;
        if (!isFixedWidth(text)) return Instant.parse(text);
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int micros = digits(text, 20, 6);
        if (month < 1 || month > 12 || day < 1 || day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth()
                || hour > 23 || minute > 59 || second > 59) {
            return Instant.parse(text); // says what is wrong
        }
        long seconds = LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second;
        return Instant.ofEpochSecond(seconds, micros * 1_000L);
    }

    /** {@code uuuu-MM-ddTHH:mm:ss.SSSSSSZ}, digits where digits go. */
    private static boolean isFixedWidth(String text) {
        if (text.length() != FIXED_WIDTH.length()) return false;
        for (int i = 0; i < text.length(); i++) {
            char pattern = FIXED_WIDTH.charAt(i);
            char c = text.charAt(i);
            if (pattern == '9' ? c < '0' || c > '9' : c != pattern) return false;
        }
        return true;
    }

    private static final String FIXED_WIDTH = "9999-99-99T99:99:99.999999Z";

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) value = value * 10 + (text.charAt(i) - '0');
        return value;
    }

    private static Argument text(String text) {
        return (position, statement, context) -> statement.setString(position, text);
    }
}
