package dev.needle.app;

import dev.needle.domain.Rep;
import dev.needle.ingest.mapping.SalesforceIds;
import dev.needle.store.AmbiguousRepException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One rule for --rep and the API's rep: Needle's id, the source's id or the email; ambiguity refused, not guessed. */
class FindRepTest {
    private static final String SALESFORCE_ID = "0055g0000I3M9BpAQK";
    private static final Rep ANA = new Rep(7, "salesforce", SALESFORCE_ID, "Ana", "Ana@Acme.example", "East", null, "Europe/Berlin", null);
    private static final Rep BEN = new Rep(8, "hubspot", "B-1", "Ben", "ben@acme.example", "West", null, null, null);
    private static final Rep BEN_TOO = new Rep(9, "pipedrive", "B-1", "Ben P.", "ben.p@acme.example", "West", null, null, null);
    private static final List<Rep> REPS = List.of(ANA, BEN, BEN_TOO);

    @Test
    void aRepIsFoundByNeedlesIdTheSourcesIdOrTheirEmailInAnyCase() {
        assertThat(FindRep.among(REPS, new FindRep.Request("7"))).contains(ANA);
        assertThat(FindRep.among(REPS, new FindRep.Request(SALESFORCE_ID))).contains(ANA);
        assertThat(FindRep.among(REPS, new FindRep.Request("  ana@acme.EXAMPLE "))).contains(ANA);
        assertThat(FindRep.among(REPS, new FindRep.Request("nobody@acme.example"))).isEmpty();
    }

    @Test
    void aSalesforceIdAsTheUiShowsItFindsTheRepStoredWithItsEighteenCharacterForm() {
        String shown = SALESFORCE_ID.substring(0, 15);

        assertThat(SalesforceIds.to18(shown)).isEqualTo(SALESFORCE_ID);
        assertThat(FindRep.among(REPS, new FindRep.Request(shown))).contains(ANA);
    }

    @Test
    void aKeyTwoRepsAnswerToIsRefusedNamingBothByNeedlesId() {
        assertThatThrownBy(() -> FindRep.among(REPS, new FindRep.Request("B-1")))
                .isInstanceOf(AmbiguousRepException.class)
                .hasMessageContaining("\"B-1\" matches 2 reps; use Needle's id").hasMessageContaining("8 (hubspot)").hasMessageContaining("9 (pipedrive)");
    }

    @Test
    void onlyTheRepsTheCallerMaySeeAreCandidates() {
        assertThat(FindRep.among(REPS, new FindRep.Request("7"), rep -> rep.id() != 7)).isEmpty();
        assertThat(FindRep.among(REPS, new FindRep.Request("B-1"), rep -> rep.id() == 9)).contains(BEN_TOO);
    }

    @Test
    void aBlankKeyIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new FindRep.Request("  ")).isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).message(field -> "--" + field)).startsWith("--rep is required"));
        assertThatThrownBy(() -> new FindRep.Request(null)).isInstanceOf(InvalidRequestException.class);
    }
}
