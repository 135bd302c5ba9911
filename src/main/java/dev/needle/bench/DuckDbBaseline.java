package dev.needle.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The plain aggregates a team could get from DuckDB over the same Salesforce export: hours by rep and
 * activity type, and opportunities by rep. What `needle bench` holds Needle's full analysis against.
 */
public final class DuckDbBaseline {
    private DuckDbBaseline() {
    }

    /** Runs both aggregates over the export folder; returns the rows they produced. */
    public static long run(Path export) {
        String folder = export.toAbsolutePath().toString().replace("'", "''");
        String[] queries = {
                // completed tasks: calls carry their duration; the rest count as rows (Salesforce records no duration)
                "select OwnerId, Type, count(*) as activities, sum(coalesce(CallDurationInSeconds, 0)) / 3600.0 as hours "
                        + "from read_csv('" + folder + "/Task.csv', header = true) where cast(IsClosed as varchar) in ('1', 'true') group by all",
                "select OwnerId, Type, count(*) as activities, sum(DurationInMinutes) / 60.0 as hours "
                        + "from read_csv('" + folder + "/Event.csv', header = true) group by all",
                "select OwnerId, count(*) as opportunities from read_csv('" + folder + "/Opportunity.csv', header = true) group by all"};
        long rows = 0;
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            for (String query : queries) {
                try (ResultSet result = statement.executeQuery(query)) {
                    while (result.next()) rows++;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB baseline failed: " + e.getMessage(), e);
        }
        return rows;
    }
}
