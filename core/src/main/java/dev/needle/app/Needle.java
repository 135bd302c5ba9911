package dev.needle.app;

import dev.needle.auth.Users;
import dev.needle.catalog.ActivityCatalog;
import dev.needle.feed.Feeds;
import dev.needle.ingest.run.Importer;
import dev.needle.ingest.mapping.MappingLibrary;
import dev.needle.store.Database;
import dev.needle.store.JdbiUserDirectory;
import dev.needle.store.Store;
import dev.needle.store.WorkLog;

import java.time.Clock;
import java.util.function.Supplier;

/** Builds and connects Needle's parts by hand, in one place: database, store, catalogue, importer, users; the adapters (cli, web) start from it. */
public final class Needle implements AutoCloseable {
    private final Settings settings;
    private final Database database;
    private final Store store;
    private final Supplier<ActivityCatalog> catalogSource;
    private ActivityCatalog catalog;
    private Users users;

    private Needle(Settings settings, Database database, Supplier<ActivityCatalog> catalogSource) {
        this.settings = settings;
        this.database = database;
        this.store = new Store(database);
        this.catalogSource = catalogSource;
    }

    /**
     * The catalogue is read when first asked for: commands that do not use it (needle stats) start
     * without reading it and the JSON library it needs.
     */
    public static Needle open(Settings settings) {
        Supplier<ActivityCatalog> catalog = () -> settings.hasCatalogOverrides()
                ? ActivityCatalog.withOverrides(settings.catalogFile()) : ActivityCatalog.defaults();
        return new Needle(settings, openDatabase(settings), catalog);
    }

    /** Needle over a database someone else opened (tests, embedding); closing Needle closes it. */
    public static Needle using(Database database, ActivityCatalog catalog) {
        return new Needle(null, database, () -> catalog);
    }

    /** PostgreSQL when given; else the home's embedded store: SQLite, or the H2 file of a home made before SQLite was the default. */
    private static Database openDatabase(Settings settings) {
        if (!settings.embedded()) {
            return Database.open(settings.databaseUrl(), settings.databaseUser(), settings.databasePassword());
        }
        // each embedded store makes the home directory it needs
        return settings.legacyH2() ? Database.h2(settings.home()) : Database.sqlite(settings.home());
    }

    public Importer importer(MappingLibrary mappings) {
        return new Importer(catalog(), mappings, Calendars.PARSER);
    }

    /** Users and API tokens; reps become users on first use of their email. One per Needle, so a revoke reaches the server at once. */
    public synchronized Users users() {
        if (users == null) users = new Users(new JdbiUserDirectory(database), store::reps, Clock.systemUTC());
        return users;
    }

    /** Calendar feeds of reps' plans (needle feed); every fetch of a feed asks the store, so a revoke counts at once. */
    public Feeds feeds() {
        return new Feeds(store.feedDirectory(), Clock.systemUTC());
    }

    /** The daily work reps log through the API (next actions, meetings, activities), kept in this store. */
    public WorkLog workLog() {
        return new WorkLog(database);
    }

    public Store store() {
        return store;
    }

    public synchronized ActivityCatalog catalog() {
        if (catalog == null) catalog = catalogSource.get();
        return catalog;
    }

    public Settings settings() {
        return settings;
    }

    public Database database() {
        return database;
    }

    public String databaseDescription() {
        return database.description();
    }

    @Override
    public void close() {
        database.close();
    }
}
