package dev.needle.ingest;

import dev.needle.app.Needle;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;

/** Reads stored deals back for comparisons in tests, independent of the code under test. */
final class DealDigest {
    private DealDigest() {
    }

    static String of(Needle needle) {
        return needle.database().jdbi().withHandle(handle -> String.join("\n", handle.createQuery(
                        "select external_id, outcome, stage, created_at, closed_at, amount from deal order by external_id")
                .map((rs, ctx) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
                        + instant(rs, 4) + "|" + rs.getObject(5, java.time.LocalDate.class)
                        + "|" + (rs.getBigDecimal(6) == null ? null : rs.getBigDecimal(6).stripTrailingZeros().toPlainString()))
                .list()));
    }

    /** SQLite stores an instant as ISO text; H2 and PostgreSQL have a type for it. */
    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) return null;
        if (value instanceof String text) return Instant.parse(text);
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static Map<String, BigDecimal> amountsByProductOfOpenDeals(Needle needle) {
        Map<String, BigDecimal> amounts = new TreeMap<>();
        needle.database().jdbi().useHandle(handle -> handle.createQuery(
                        "select distinct product, amount from deal where outcome = 'OPEN'")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros()))
                .forEach(e -> amounts.put(e.getKey(), new BigDecimal(e.getValue().toPlainString()))));
        return amounts;
    }
}
