package dev.needle.auth;

import dev.needle.domain.Rep;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Roles follow the reporting lines unless set; a manager sees everyone below them, however deep. */
class RolesAndVisibilityTest {
    // 1 runs sales; 2 and 5 report to 1; 3 reports to 2; 4 reports to 3
    private static final List<Rep> REPS = List.of(rep(1, null), rep(2, 1L), rep(3, 2L), rep(4, 3L), rep(5, 1L));

    @Test
    void aRepWithReportsIsAManagerWhoSeesEveryoneBelow() {
        Principal manager = Principal.of(new User(1, "m@x", "M", null, 2L), REPS);
        assertThat(manager.role()).isEqualTo(Role.MANAGER);
        assertThat(manager.visibility().repIds()).containsExactlyInAnyOrder(2L, 3L, 4L);
    }

    @Test
    void aRepWithoutReportsSeesOnlyThemselves() {
        Principal rep = Principal.of(new User(1, "r@x", "R", null, 4L), REPS);
        assertThat(rep.role()).isEqualTo(Role.REP);
        assertThat(rep.visibility().repIds()).containsExactly(4L);
        assertThat(rep.visibility().canSee(3L)).isFalse();
    }

    @Test
    void aRoleSetByHandWinsOverTheReportingLines() {
        assertThat(Principal.of(new User(1, "a@x", "A", Role.ADMIN, null), REPS).visibility().everything()).isTrue();
        Principal demoted = Principal.of(new User(1, "m@x", "M", Role.REP, 2L), REPS);
        assertThat(demoted.visibility().repIds()).containsExactly(2L);
    }

    @Test
    void aUserWhoIsNoRepSeesNothingUnlessAdmin() {
        Principal nobody = Principal.of(new User(1, "n@x", "N", Role.MANAGER, null), REPS);
        assertThat(nobody.visibility().repIds()).isEmpty();
        assertThat(nobody.visibility().canSee(null)).isFalse();
    }

    @Test
    void aCycleInTheReportingLinesEndsWhereItCloses() {
        List<Rep> cycle = List.of(rep(1, 2L), rep(2, 1L));
        assertThat(Visibility.selfAndReports(1, cycle)).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void tokensAreRecognisableRandomAndStoredOnlyAsTheirHash() {
        String one = ApiTokens.mint();
        String other = ApiTokens.mint();
        assertThat(one).startsWith("ndl_").hasSize(4 + 43).isNotEqualTo(other);
        assertThat(ApiTokens.hash(one)).hasSize(64).isEqualTo(ApiTokens.hash(one)).isNotEqualTo(ApiTokens.hash(other)).doesNotContain(one);
    }

    private static Rep rep(long id, Long managerId) {
        return new Rep(id, "test", "r" + id, "Rep " + id, "r" + id + "@x", "T", managerId, null, null);
    }
}
