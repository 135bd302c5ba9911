package dev.needle.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where Needle keeps its data: a home directory (the embedded SQLite store {@code needle.db}, catalogue
 * overrides) and optionally a PostgreSQL JDBC URL. Flags win over environment variables, which win over
 * defaults. A home made before SQLite was the default holds an H2 store ({@code needle.mv.db}), which
 * Needle goes on using there.
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

    /** Whether the embedded store is a legacy H2 file: the home has {@code needle.mv.db} and no {@code needle.db}. */
    public boolean legacyH2() {
        return embedded() && Files.exists(home.resolve("needle.mv.db")) && !Files.exists(home.resolve("needle.db"));
    }

    /** What to tell the user of a legacy H2 home, once per command. */
    public String legacyH2Notice() {
        return "needle: " + home + " holds an H2 store (needle.mv.db); Needle keeps using it, but new homes use SQLite (needle.db),"
                + " which CLI commands can write while needle serve runs. To switch, import your exports into an empty --home"
                + " (users, tokens and work logged through the API stay behind).";
    }

    /** A team's catalogue overrides, if it has any. */
    public Path catalogFile() {
        return home.resolve("catalog.json");
    }

    public boolean hasCatalogOverrides() {
        return Files.exists(catalogFile());
    }
}
