package dev.needle.plan;

import dev.needle.domain.CalendarEvent;
import dev.needle.domain.NextAction;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The properties every plan must have, whatever the calendar and the workload. */
final class PlanChecks {
    private PlanChecks() {
    }

    static void assertSound(DayPlan plan, Workload work, Collection<CalendarEvent> calendar, Collection<NextAction> actions) {
        List<Block> blocks = plan.blocks();
        for (int index = 1; index < blocks.size(); index++) {
            assertThat(blocks.get(index).start()).as("blocks in order, never overlapping")
                    .isAfterOrEqualTo(blocks.get(index - 1).end());
        }
        for (Block block : blocks) {
            for (CalendarEvent event : calendar) {
                if (!event.busy()) continue;
                if (event.allDay()) {
                    // all-day events are dates: a busy one leaves its days empty and blocks nothing on the others
                    assertThat(event.isAwayOn(plan.date(), plan.request().zone())).as("%s %s planned on a day away at %s",
                            block.category(), block.start(), event.summary()).isFalse();
                    continue;
                }
                boolean overlaps = block.start().isBefore(event.end()) && event.start().isBefore(block.end());
                assertThat(overlaps).as("%s %s-%s overlaps busy event %s %s-%s", block.category(), block.start(),
                        block.end(), event.summary(), event.start(), event.end()).isFalse();
            }
        }
        if (!blocks.isEmpty() && !work.prospecting().isEmpty()) {
            assertThat(blocks.get(0).category()).as("first non-meeting block").isEqualTo(Category.OPPORTUNITY_CREATION);
        }
        List<Block> admin = blocks.stream().filter(block -> block.category() == Category.ADMIN).toList();
        assertThat(admin).hasSizeLessThanOrEqualTo(1);
        if (!admin.isEmpty()) {
            assertThat(blocks.get(blocks.size() - 1).category()).as("admin is last").isEqualTo(Category.ADMIN);
            assertThat(admin.get(0).length()).isLessThanOrEqualTo(plan.request().adminCap());
        }
        List<Task> placed = new ArrayList<>();
        blocks.forEach(block -> placed.addAll(block.tasks()));
        List<Task> carried = plan.carriedOver().stream().map(Carried::task).toList();
        List<Task> everything = new ArrayList<>(work.prospecting());
        everything.addAll(work.dealWork());
        everything.addAll(work.preparation());
        everything.addAll(work.admin());
        List<Task> accounted = new ArrayList<>(placed);
        accounted.addAll(carried);
        assertThat(accounted).as("every task placed or carried over, none twice").containsExactlyInAnyOrderElementsOf(everything);
        LocalDate next = plan.request().workingDays().next(plan.date());
        assertThat(plan.carriedOver()).allSatisfy(item -> assertThat(item.to()).isEqualTo(next));
        for (NextAction action : actions) {
            if (action.status() != NextAction.Status.OPEN || action.due() == null || action.due().isAfter(plan.date())) continue;
            assertThat(accounted).as("due or overdue next action %s", action.what())
                    .anySatisfy(task -> assertThat(task.action()).isEqualTo(action.what()));
        }
        long plannedMinutes = blocks.stream().mapToLong(block -> block.length().toMinutes()).sum();
        assertThat(Duration.ofMinutes(plannedMinutes)).isEqualTo(plan.planned());
    }
}
