package dev.needle.app;

import dev.needle.domain.Rep;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A team is named as users type it: any case, spaces around ignored, the same for --team and the API's team. */
class FindTeamTest {
    private static final Rep ANA = new Rep(1, "test", "A", "Ana", null, "East Coast", null, null, null);
    private static final Rep BEN = new Rep(2, "test", "B", "Ben", null, "West", null, null, null);
    private static final Rep CAL = new Rep(3, "test", "C", "Cal", null, "EAST COAST", null, null, null);
    private static final Rep DEE = new Rep(4, "test", "D", "Dee", null, null, null, null, null);

    @Test
    void aTeamsMembersAreTheRepsWhoseTeamMatchesIgnoringCaseAndSurroundingSpaces() {
        List<Rep> members = FindTeam.members(List.of(ANA, BEN, CAL, DEE), new FindTeam.Request("  east coast "));

        assertThat(members).containsExactly(ANA, CAL);
    }

    @Test
    void aTeamNoRepIsInHasNoMembers() {
        assertThat(FindTeam.members(List.of(ANA, BEN, DEE), new FindTeam.Request("North"))).isEmpty();
    }

    @Test
    void aBlankTeamIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new FindTeam.Request(" ")).isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("team is required");
    }
}
