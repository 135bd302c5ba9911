package dev.needle.feed;

import dev.needle.domain.Rep;
import dev.needle.plan.Block;
import dev.needle.plan.Category;
import dev.needle.plan.DayPlan;
import dev.needle.plan.PlanRequest;
import dev.needle.plan.Task;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What identifies a feed's event, and when its SEQUENCE and LAST-MODIFIED move. */
class FeedEventsTest {
    private static final Rep ANA = new Rep(7, "csv", "r7", "Ana Alves", "ana@acme.test", "East", null, "Europe/Lisbon", BigDecimal.ZERO);
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final Instant FIRST = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void aDealBlockIsNamedByItsDealSoAnotherDealsNewBlockLeavesItsUidAlone() {
        List<FeedEvent> before = FeedEvents.of(3, List.of(plan(deal(41, "09:00", "09:15"), admin("16:00"))), Map.of(), FIRST);
        List<FeedEvent> after = FeedEvents.of(3, List.of(plan(deal(12, "08:45", "09:00"), deal(41, "09:00", "09:15"), admin("16:00"))),
                served(before), LATER);

        assertThat(before).extracting(FeedEvent::uid).containsExactly(
                "needle-feed-3-20261201-deal-advancement-deal-41@needle.dev", "needle-feed-3-20261201-admin-1@needle.dev");
        assertThat(after).extracting(FeedEvent::uid).containsExactly("needle-feed-3-20261201-deal-advancement-deal-12@needle.dev",
                "needle-feed-3-20261201-deal-advancement-deal-41@needle.dev", "needle-feed-3-20261201-admin-1@needle.dev");
        assertThat(after.get(1).state()).as("deal 41's block did not change").isEqualTo(before.get(0).state());
        assertThat(after.get(0).state().sequence()).isZero();
        assertThat(after.get(0).state().lastModified()).isEqualTo(LATER);
    }

    @Test
    void aBlockThatMovesGetsTheNextSequenceAndIsModifiedNow() {
        List<FeedEvent> before = FeedEvents.of(3, List.of(plan(admin("16:00"))), Map.of(), FIRST);
        List<FeedEvent> after = FeedEvents.of(3, List.of(plan(admin("16:30"))), served(before), LATER);

        assertThat(after.get(0).uid()).isEqualTo(before.get(0).uid());
        assertThat(after.get(0).state().sequence()).isEqualTo(1);
        assertThat(after.get(0).state().lastModified()).isEqualTo(LATER);
        assertThat(after.get(0).start().toLocalTime()).hasToString("16:30");
    }

    @Test
    void lastModifiedNeverGoesBackEvenWhenTheClockDoes() {
        List<FeedEvent> before = FeedEvents.of(3, List.of(plan(admin("16:00"))), Map.of(), LATER);
        List<FeedEvent> after = FeedEvents.of(3, List.of(plan(admin("16:30"))), served(before), FIRST);

        assertThat(after.get(0).state().lastModified()).isEqualTo(LATER.plusSeconds(1));
    }

    @Test
    void twoBlocksOfOneDealOnOneDayGetTwoUids() {
        List<FeedEvent> events = FeedEvents.of(3, List.of(plan(deal(41, "09:00", "09:15"), deal(41, "14:00", "14:15"))), Map.of(), FIRST);

        assertThat(events).extracting(FeedEvent::uid).doesNotHaveDuplicates()
                .containsExactly("needle-feed-3-20261201-deal-advancement-deal-41@needle.dev",
                        "needle-feed-3-20261201-deal-advancement-deal-41-2@needle.dev");
    }

    private static DayPlan plan(Block... blocks) {
        return new DayPlan(PlanRequest.of(ANA, DAY), List.of(blocks), List.of(), List.of(), null);
    }

    private static Block deal(long dealId, String start, String end) {
        Task task = new Task("Send the proposal", dealId, "d" + dealId, "Deal " + dealId, "Acme", null, "A plan", "Approve it", DAY, 15);
        return new Block(at(start), at(end), Category.DEAL_ADVANCEMENT, List.of(task), "deal work");
    }

    private static Block admin(String start) {
        Instant from = at(start);
        return new Block(from, from.plusSeconds(1800), Category.ADMIN, List.of(new Task("Reply to email", null, null, null, null, null,
                null, null, null, 30)), "admin last");
    }

    private static Instant at(String time) {
        return DAY.atTime(java.time.LocalTime.parse(time)).atZone(java.time.ZoneId.of("Europe/Lisbon")).toInstant();
    }

    private static Map<String, EventState> served(List<FeedEvent> events) {
        Map<String, EventState> states = new HashMap<>();
        new ArrayList<>(events).forEach(event -> states.put(event.uid(), event.state()));
        return states;
    }
}
