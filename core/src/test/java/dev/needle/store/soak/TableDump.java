package dev.needle.store.soak;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every table of a Needle store as sorted lines, so that the same history stored on two databases
 * compares equal line for line. Surrogate keys differ between databases (sequences are not
 * transactional, and a killed import uses up numbers), so {@code id} is dropped and every reference
 * is written as the natural key of the row it points to ({@code source:external_id}, a user's email).
 * Values the store makes up itself — a token's hash, the instant a user or token was created, the
 * UUID of a row written through the API — are left out; the rest is compared as stored.
 */
final class TableDump {
    /** Reference columns and the table each points to. */
    private static final Map<String, String> REFERENCES = Map.ofEntries(
            Map.entry("manager_id", "rep"), Map.entry("owner_id", "rep"), Map.entry("rep_id", "rep"),
            Map.entry("account_id", "account"), Map.entry("converted_account_id", "account"),
            Map.entry("contact_id", "contact"), Map.entry("converted_contact_id", "contact"),
            Map.entry("deal_id", "deal"), Map.entry("converted_deal_id", "deal"),
            Map.entry("lead_id", "lead"), Map.entry("user_id", "app_user"));
    /** Columns a store fills in by itself, as table.column. */
    private static final Set<String> MADE_UP = Set.of("app_user.created_at", "api_token.created_at", "api_token.token_hash",
            "audit_record.recorded_at", "audit_record.token_id");
    /** Surrogate ids and API-made UUIDs inside the audit trail's text, which differ from store to store. */
    private static final java.util.regex.Pattern AUDIT_IDS = java.util.regex.Pattern.compile("(\"(?:id|[a-z]+Id)\":)\\d+|(\\b[a-z_]+ )\\d+");
    private static final java.util.regex.Pattern UUID = java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Set<String> NOT_NEEDLES = Set.of("flyway_schema_history", "sqlite_sequence");
    static final String API_SOURCE = "needle-api";
    private static final Set<String> BOOLEANS = Set.of("dream_client", "duration_recorded", "all_day", "busy", "done", "converted");
    private static final Set<String> DECIMALS = Set.of("amount", "quota");
    private static final java.util.regex.Pattern INSTANT = java.util.regex.Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");

    private TableDump() {
    }

    /** Table name → its rows, normalised and sorted. Every table of the schema, found by the driver's metadata. */
    static Map<String, List<String>> of(Connection connection) throws SQLException {
        List<String> tables = tables(connection);
        Map<String, Map<Long, String>> keys = new HashMap<>();
        for (String table : Set.copyOf(REFERENCES.values())) {
            if (tables.contains(table)) keys.put(table, naturalKeys(connection, table));
        }
        Map<String, List<String>> dump = new TreeMap<>();
        for (String table : tables) dump.put(table, rows(connection, table, keys));
        return dump;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet found = meta.getTables(null, null, "%", null)) {
            while (found.next()) {
                String type = found.getString("TABLE_TYPE");
                if (!"TABLE".equalsIgnoreCase(type) && !"BASE TABLE".equalsIgnoreCase(type)) continue;
                String schema = found.getString("TABLE_SCHEM");
                if (schema != null && !schema.equalsIgnoreCase("public") && !schema.equalsIgnoreCase("main")) continue;
                String name = found.getString("TABLE_NAME").toLowerCase();
                if (!NOT_NEEDLES.contains(name)) tables.add(name);
            }
        }
        tables.sort(null);
        return tables;
    }

    private static Map<Long, String> naturalKeys(Connection connection, String table) throws SQLException {
        String key = table.equals("app_user") ? "email" : "source || ':' || external_id";
        Map<Long, String> keys = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id, " + key + " from " + table)) {
            while (rows.next()) keys.put(rows.getLong(1), rows.getString(2));
        }
        return keys;
    }

    private static List<String> rows(Connection connection, String table, Map<String, Map<Long, String>> keys) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("select * from " + table)) {
            ResultSetMetaData meta = rows.getMetaData();
            while (rows.next()) {
                Map<String, String> line = new TreeMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String column = meta.getColumnLabel(i).toLowerCase();
                    if (column.equals("id") || MADE_UP.contains(table + "." + column)) continue;
                    String value = value(rows, i, meta.getColumnType(i), column);
                    String target = REFERENCES.get(column);
                    if (target != null && value != null) {
                        value = keys.getOrDefault(target, Map.of()).getOrDefault(Long.parseLong(value), "missing " + target + " " + value);
                    }
                    line.put(column, value);
                }
                if (API_SOURCE.equals(line.get("source"))) line.put("external_id", "(uuid)");
                if (table.equals("audit_record")) {
                    line.replaceAll((column, text) -> column.equals("change_json") || column.equals("records") ? withoutIds(text) : text);
                }
                lines.add(line.toString());
            }
        }
        lines.sort(null);
        return lines;
    }

    private static String withoutIds(String text) {
        if (text == null) return null;
        String ids = AUDIT_IDS.matcher(text).replaceAll(match -> java.util.regex.Matcher.quoteReplacement(
                (match.group(1) != null ? match.group(1) : match.group(2)) + "(id)"));
        return UUID.matcher(ids).replaceAll("(uuid)");
    }

    /**
     * One value in a form every database agrees on: instants in UTC, numbers without trailing zeros,
     * booleans as words. H2 and PostgreSQL say the type; SQLite stores these as text and integers
     * (SqliteValues), so there the column name and the text's shape say it.
     */
    private static String value(ResultSet rows, int column, int type, String name) throws SQLException {
        if (rows.getObject(column) == null) return null;
        return switch (type) {
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> rows.getObject(column, OffsetDateTime.class).toInstant().toString();
            case Types.DATE -> rows.getObject(column, LocalDate.class).toString();
            case Types.NUMERIC, Types.DECIMAL -> decimal(rows.getString(column));
            case Types.BOOLEAN, Types.BIT -> String.valueOf(rows.getBoolean(column));
            default -> untyped(rows.getString(column), name);
        };
    }

    private static String untyped(String text, String name) {
        if (BOOLEANS.contains(name)) return String.valueOf(!text.equals("0"));
        if (DECIMALS.contains(name)) return decimal(text);
        if (INSTANT.matcher(text).matches()) return java.time.Instant.parse(text).toString();
        return text;
    }

    private static String decimal(String text) {
        return new BigDecimal(text).stripTrailingZeros().toPlainString();
    }

    /** A short account of how two dumps differ, or null when they are equal. */
    static String difference(Map<String, List<String>> store, Map<String, List<String>> reference) {
        StringBuilder text = new StringBuilder();
        Set<String> tables = new java.util.TreeSet<>(store.keySet());
        tables.addAll(reference.keySet());
        for (String table : tables) {
            List<String> ours = store.getOrDefault(table, List.of());
            List<String> theirs = reference.getOrDefault(table, List.of());
            if (ours.equals(theirs)) continue;
            List<String> extra = new ArrayList<>(ours);
            extra.removeAll(theirs);
            List<String> missing = new ArrayList<>(theirs);
            missing.removeAll(ours);
            text.append(String.format("%s: %d rows vs %d on PostgreSQL; %d not there, %d missing%s%s; ", table, ours.size(), theirs.size(),
                    extra.size(), missing.size(), extra.isEmpty() ? "" : ", e.g. extra " + abbreviate(extra.get(0)),
                    missing.isEmpty() ? "" : ", e.g. missing " + abbreviate(missing.get(0))));
        }
        return text.length() == 0 ? null : text.toString();
    }

    private static String abbreviate(String line) {
        return line.length() <= 300 ? line : line.substring(0, 300) + "…";
    }
}
