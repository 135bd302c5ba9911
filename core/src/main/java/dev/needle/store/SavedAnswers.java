package dev.needle.store;

import java.util.HashMap;
import java.util.Map;

/**
 * Answers the API server gave, kept in the store so that a restarted server can answer before it has
 * read every record again. An answer is tied to the store's {@linkplain #fingerprint() fingerprint} at
 * the read it came from: any import or audited write since gives another fingerprint, and then the
 * answer is never served again.
 */
public final class SavedAnswers {
    private final Database database;

    public SavedAnswers(Database database) {
        this.database = database;
    }

    /**
     * What the records are at: the import version (every import adds one) and the id of the newest
     * audit record (every API write adds one, in the write's own transaction).
     */
    public String fingerprint() {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                        "select (select version from store_version where id = 1) as version, (select max(id) from audit_record) as audited")
                .map((rs, ctx) -> "v" + rs.getLong("version") + "-a" + rs.getLong("audited")).one());
    }

    /** The saved answers made at {@code fingerprint}, by key; those made at any other are deleted. */
    public Map<String, byte[]> at(String fingerprint) {
        return database.jdbi().inTransaction(handle -> {
            handle.createUpdate("delete from saved_answer where fingerprint <> :fingerprint").bind("fingerprint", fingerprint).execute();
            Map<String, byte[]> answers = new HashMap<>();
            handle.createQuery("select answer_key, body from saved_answer where fingerprint = :fingerprint").bind("fingerprint", fingerprint)
                    .map((rs, ctx) -> answers.put(rs.getString("answer_key"), rs.getBytes("body"))).list();
            return answers;
        });
    }

    /**
     * The key of an answer published for every caller who sees every rep ({@code needle publish}), to a
     * GET of {@code path} with no parameters: no caller's own saved answer has a key like it.
     */
    public static String publishedKey(String path) {
        return "published GET " + path;
    }

    /** Saves one answer made at {@code fingerprint}, replacing what was saved under its key. */
    public void save(String key, String fingerprint, byte[] body) {
        database.jdbi().useTransaction(handle -> {
            handle.createUpdate("delete from saved_answer where answer_key = :key").bind("key", key).execute();
            handle.createUpdate("insert into saved_answer (answer_key, fingerprint, body) values (:key, :fingerprint, :body)")
                    .bind("key", key).bind("fingerprint", fingerprint).bind("body", body).execute();
        });
    }
}
