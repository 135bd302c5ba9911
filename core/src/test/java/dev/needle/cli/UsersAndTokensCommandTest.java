package dev.needle.cli;

import dev.needle.app.Needle;
import dev.needle.app.Settings;
import dev.needle.auth.Principal;
import dev.needle.auth.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** needle demo hands out a working token per role; needle user and needle token manage them. */
class UsersAndTokensCommandTest {
    private static final Pattern SIGN_IN = Pattern.compile("^  (rep|manager|admin) +(\\S+@\\S+) +(ndl_\\S+)$", Pattern.MULTILINE);

    @TempDir
    Path home;

    @Test
    void theDemoPrintsTheDashboardsAddressAndATokenPerRoleThatSignsIn() {
        CliRun demo = CliRun.of(Map.of(), "--home", home.toString(), "demo", "--reps", "4");

        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("Dashboard: ./needle serve, then open http://127.0.0.1:7070/ and sign in with a token:");
        Matcher lines = SIGN_IN.matcher(demo.out());
        try (Needle needle = Needle.open(Settings.resolve(home, null, Map.of()))) {
            var reps = needle.store().reps();
            int seen = 0;
            while (lines.find()) {
                Principal principal = needle.users().authenticate(lines.group(3), reps).orElseThrow();
                assertThat(principal.user().email()).isEqualTo(lines.group(2));
                assertThat(principal.role()).isEqualTo(Role.parse(lines.group(1)));
                seen++;
            }
            assertThat(seen).isEqualTo(3);
        }
    }

    @Test
    void aRevokedTokenNoLongerAuthenticates() {
        Map<String, String> env = Map.of();
        String homeFlag = home.toString();
        assertThat(CliRun.of(env, "--home", homeFlag, "user", "add", "ops@acme.test", "--role", "admin").exitCode()).isZero();
        CliRun created = CliRun.of(env, "--home", homeFlag, "token", "create", "--user", "ops@acme.test", "--label", "ci");
        String token = created.out().trim();
        assertThat(token).startsWith("ndl_");
        assertThat(CliRun.of(env, "--home", homeFlag, "token", "list").out()).contains("ops@acme.test", "ci").doesNotContain(token);

        assertThat(CliRun.of(env, "--home", homeFlag, "token", "revoke", "1").exitCode()).isZero();

        try (Needle needle = Needle.open(Settings.resolve(home, null, Map.of()))) {
            assertThat(needle.users().authenticate(token, List.of())).isEmpty();
        }
        assertThat(CliRun.of(env, "--home", homeFlag, "token", "revoke", "1").exitCode()).as("revoking twice").isEqualTo(1);
    }

    @Test
    void aBadRoleIsAUsageError() {
        CliRun run = CliRun.of(Map.of(), "--home", home.toString(), "user", "add", "x@acme.test", "--role", "boss");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("role must be rep, manager or admin");
    }
}
