package dev.needle.plan;

import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.domain.NextAction;
import dev.needle.domain.Rep;
import dev.needle.testing.GeneratedOrg;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Planning holds on the hardest realistic Data Loader extract ({@link GeneratedOrg#DATA_LOADER}), where
 * tasks link to deals and accounts only by WhatId/WhoId: a rep's day after the history starts with
 * opportunity creation on named accounts and lists the next actions of the rep's open deals, the same
 * deal work as on the weekly export of the same org.
 */
class PlanOnLoaderExportsTest {
    private static final LocalDate DAY_AFTER = GeneratedOrg.UNTIL.plusDays(1);

    @Test
    void theDayAfterTheHistoryStartsWithProspectingAndListsTheNextActionsOfOpenDeals() {
        Dataset loader = GeneratedOrg.dataLoader(40, 250, 3).dataset();
        Rep rep = busiest(loader);
        List<NextAction> due = dueActions(loader, rep);

        DayPlan plan = PlanFixtures.plan(loader, rep, DAY_AFTER);

        Block first = plan.blocks().get(0);
        assertThat(first.category()).isEqualTo(Category.OPPORTUNITY_CREATION);
        assertThat(first.tasks()).isNotEmpty().allSatisfy(task -> assertThat(task.account()).as(task.action()).isNotBlank());
        List<Task> dealWork = dealWork(plan);
        System.out.printf("loader seed 3: %s on %s: %d next actions due, %d deal tasks planned or carried, %d prospecting touches on named accounts%n",
                rep.name(), DAY_AFTER, due.size(), dealWork.size(), first.tasks().size());
        assertThat(due).as("open next actions linked to the rep's open deals by WhatId").isNotEmpty();
        assertThat(dealWork).extracting(Task::action).containsAll(due.stream().map(NextAction::what).toList());
        assertThat(dealWork).allSatisfy(task -> {
            assertThat(task.dealId()).isNotNull();
            assertThat(task.account()).as(task.dealName()).isNotBlank();
        });
        PlanChecks.assertSound(plan, Workloads.of(loader).forDay(PlanRequest.of(rep, DAY_AFTER), List.of()), List.of(), due);

        Dataset export = GeneratedOrg.of(40, 250, 3).dataset();
        Rep same = export.reps().stream().filter(r -> r.name().equals(rep.name())).findFirst().orElseThrow();
        assertThat(describe(dealWork)).as("the same deal work as on the weekly export")
                .isEqualTo(describe(dealWork(PlanFixtures.plan(export, same, DAY_AFTER))));
    }

    /** The rep with the most open next actions due by the day planned. */
    private static Rep busiest(Dataset data) {
        return data.reps().stream().max(Comparator.comparingInt((Rep rep) -> dueActions(data, rep).size())
                .thenComparing(Rep::externalId)).orElseThrow();
    }

    private static List<NextAction> dueActions(Dataset data, Rep rep) {
        Set<Long> open = data.deals().stream().filter(deal -> deal.isOpen() && Long.valueOf(rep.id()).equals(deal.ownerId()))
                .map(Deal::id).collect(Collectors.toSet());
        return data.nextActions().stream().filter(action -> open.contains(action.dealId()))
                .filter(action -> action.status() == NextAction.Status.OPEN && action.due() != null && !action.due().isAfter(DAY_AFTER))
                .toList();
    }

    /** Deal tasks planned for the day and those carried to the next. */
    private static List<Task> dealWork(DayPlan plan) {
        return Stream.concat(
                plan.blocks().stream().filter(block -> block.category() == Category.DEAL_ADVANCEMENT).flatMap(block -> block.tasks().stream()),
                plan.carriedOver().stream().filter(item -> item.category() == Category.DEAL_ADVANCEMENT).map(Carried::task)).toList();
    }

    private static List<String> describe(List<Task> tasks) {
        return tasks.stream().map(task -> String.join(" | ", task.action(), task.dealName(), String.valueOf(task.account()),
                String.valueOf(task.contact()), String.valueOf(task.due()))).toList();
    }
}
