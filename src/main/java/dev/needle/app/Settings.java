package dev.needle.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where Needle keeps its data: a home directory (embedded H2 database, catalogue overrides) and
 * optionally a PostgreSQL JDBC URL. Flags win over environment variables, which win over defaults.
 */
public record Settings(Path home, String databaseUrl, String databaseUser, String databasePassword) {

    public static Settings resolve(Path homeFlag, String databaseFlag, Map<String, String> env) {
        Path home = homeFlag != null ? homeFlag
                : env.get("NEEDLE_HOME") != null ? Path.of(env.get("NEEDLE_HOME"))
                : Path.of(System.getProperty("user.home"), ".needle");
        String url = databaseFlag != null ? databaseFlag : env.get("NEEDLE_DB_URL");
        return new Settings(home, url, env.get("NEEDLE_DB_USER"), env.get("NEEDLE_DB_PASSWORD"));
    }

    public boolean embedded() {
        return databaseUrl == null || databaseUrl.isBlank();
    }

    /** A team's catalogue overrides, if it has any. */
    public Path catalogFile() {
        return home.resolve("catalog.json");
    }

    public boolean hasCatalogOverrides() {
        return Files.exists(catalogFile());
    }
}
