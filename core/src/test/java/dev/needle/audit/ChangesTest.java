package dev.needle.audit;

import dev.needle.domain.NextAction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What the trail keeps of a change: only what changed, and never more than its column holds. */
class ChangesTest {
    private static final NextAction OPEN = new NextAction(5, "needle-api", "k", 3, 2L, "Send the plan",
            LocalDate.parse("2026-11-30"), "A plan for the board", null, NextAction.Status.OPEN);

    @Test
    void aRescheduleKeepsOnlyTheFieldsThatChangedIncludingOnesThatWereEmpty() {
        NextAction moved = new NextAction(5, "needle-api", "k", 3, 2L, "Send the plan",
                LocalDate.parse("2026-12-09"), "A plan for the board", "Approve it", NextAction.Status.OPEN);

        RecordChange change = Changes.nextAction(OPEN, moved);

        assertThat(change.name()).isEqualTo("next_action 5");
        assertThat(change.before()).containsOnlyKeys("due", "buyerNextStep").containsEntry("buyerNextStep", null);
        assertThat(change.after()).containsEntry("due", LocalDate.parse("2026-12-09")).containsEntry("buyerNextStep", "Approve it");
        assertThat(Change.of("next-action.set", List.of(change)).json())
                .isEqualTo("{\"records\":[{\"type\":\"next_action\",\"id\":5,\"before\":{\"due\":\"2026-11-30\",\"buyerNextStep\":null},"
                        + "\"after\":{\"due\":\"2026-12-09\",\"buyerNextStep\":\"Approve it\"}}]}");
    }

    @Test
    void anUploadOfThousandsOfFilesNamesTheFirstThousand() {
        List<String> files = IntStream.range(0, 2500).mapToObj(i -> "f" + i + ".csv").toList();

        Change change = Change.imported(files, Map.of("account", 2500L));

        @SuppressWarnings("unchecked")
        List<String> named = (List<String>) change.detail().get("files");
        assertThat(named).hasSize(Change.MAX_FILES + 1).endsWith("… and 1500 more files");
        assertThat(Change.imported(Collections.nCopies(3, "a.csv"), Map.of()).detail().get("files")).asList().hasSize(3);
    }
}
