package dev.needle.store;

import dev.needle.auth.Role;
import dev.needle.auth.Token;
import dev.needle.auth.TokenHolder;
import dev.needle.auth.User;
import dev.needle.auth.UserDirectory;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Users and token hashes in the app_user and api_token tables. */
public final class JdbiUserDirectory implements UserDirectory {
    private static final RowMapper<User> USER = (rs, ctx) -> new User(rs.getLong("id"), rs.getString("email"),
            rs.getString("name"), rs.getString("role") == null ? null : Role.valueOf(rs.getString("role")),
            Dialect.nullableLong(rs, "rep_id"));
    private final RowMapper<Token> token;
    private final Jdbi jdbi;

    public JdbiUserDirectory(Database database) {
        this.jdbi = database.jdbi();
        Dialect dialect = database.dialect();
        this.token = (rs, ctx) -> new Token(rs.getLong("id"), rs.getLong("user_id"), rs.getString("email"),
                rs.getString("label"), dialect.instant(rs, "created_at"), dialect.instant(rs, "revoked_at"));
    }

    @Override
    public Optional<User> byEmail(String email) {
        return jdbi.withHandle(handle -> handle.createQuery("select * from app_user where email = :email")
                .bind("email", email).map(USER).findOne());
    }

    @Override
    public Optional<TokenHolder> byTokenHash(String tokenHash) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select u.*, t.id token_id from api_token t join app_user u on u.id = t.user_id
                        where t.token_hash = :hash and t.revoked_at is null""")
                .bind("hash", tokenHash).map((rs, ctx) -> new TokenHolder(USER.map(rs, ctx), rs.getLong("token_id"))).findOne());
    }

    @Override
    public User add(String email, String name, Role roleSetting, Long repId, Instant at) {
        long id = jdbi.withHandle(handle -> handle.createUpdate("""
                        insert into app_user (email, name, role, rep_id, created_at)
                        values (:email, :name, :role, :rep, :at)""")
                .bind("email", email).bind("name", name).bind("role", roleSetting == null ? null : roleSetting.name())
                .bind("rep", repId).bind("at", utc(at))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new User(id, email, name, roleSetting, repId);
    }

    @Override
    public void setRole(long userId, Role roleSetting) {
        jdbi.useHandle(handle -> handle.createUpdate("update app_user set role = :role where id = :id")
                .bind("role", roleSetting == null ? null : roleSetting.name()).bind("id", userId).execute());
    }

    @Override
    public List<User> all() {
        return jdbi.withHandle(handle -> handle.createQuery("select * from app_user order by email").map(USER).list());
    }

    @Override
    public Token addToken(long userId, String tokenHash, String label, Instant at) {
        long id = jdbi.withHandle(handle -> handle.createUpdate("""
                        insert into api_token (user_id, token_hash, label, created_at)
                        values (:user, :hash, :label, :at)""")
                .bind("user", userId).bind("hash", tokenHash).bind("label", label).bind("at", utc(at))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return tokens(userId).stream().filter(token -> token.id() == id).findFirst().orElseThrow();
    }

    @Override
    public List<Token> tokens(Long userId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select t.*, u.email from api_token t join app_user u on u.id = t.user_id
                        where cast(:user as bigint) is null or t.user_id = :user
                        order by t.id""")
                .bind("user", userId).map(token).list());
    }

    @Override
    public boolean revoke(long tokenId, Instant at) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "update api_token set revoked_at = :at where id = :id and revoked_at is null")
                .bind("at", utc(at)).bind("id", tokenId).execute()) == 1;
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
