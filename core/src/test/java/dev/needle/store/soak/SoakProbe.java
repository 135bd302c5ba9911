package dev.needle.store.soak;

import dev.needle.app.Needle;
import dev.needle.auth.Role;
import dev.needle.catalog.ActivityCatalog;
import dev.needle.store.Database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The check after each soak cycle, run in a fresh JVM with assertions on (H2's included): opens the
 * store (which recovers it and runs the migrations), when given an email adds that rep as an admin user
 * and prints a token for them, and writes every table as {@link TableDump} lines to a file.
 * Exits non-zero, with the stack trace on stderr, when the store does not open or cannot be read.
 *
 * <p>{@code java -ea -cp … dev.needle.store.soak.SoakProbe JDBC_URL DUMP_FILE [EMAIL]}
 */
public final class SoakProbe {
    private SoakProbe() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path out = Path.of(args[1]);
        try (Database database = Database.open(url, null, null)) {
            if (args.length > 2) {
                Needle needle = Needle.using(database, ActivityCatalog.defaults());
                System.out.println("TOKEN " + grantToken(needle, args[2]));
            }
            Map<String, List<String>> dump = database.jdbi().withHandle(handle -> TableDump.of(handle.getConnection()));
            write(dump, out);
        }
        System.exit(0);
    }

    /** The same user and token on any store: {@code email} (a rep's) as an admin. */
    static String grantToken(Needle needle, String email) {
        needle.users().add(email, null, Role.ADMIN);
        return needle.users().createToken(email, "soak");
    }

    static void write(Map<String, List<String>> dump, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        dump.forEach((table, rows) -> rows.forEach(row -> lines.add(table + "\t" + row)));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    static Map<String, List<String>> read(Path file) throws IOException {
        Map<String, List<String>> dump = new java.util.TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            dump.computeIfAbsent(line.substring(0, tab), table -> new ArrayList<>()).add(line.substring(tab + 1));
        }
        return dump;
    }
}
