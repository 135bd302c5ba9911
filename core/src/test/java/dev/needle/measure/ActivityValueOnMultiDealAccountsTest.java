package dev.needle.measure;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.Dataset;
import dev.needle.domain.Days;
import dev.needle.domain.Deal;
import dev.needle.generate.GeneratorSettings;
import dev.needle.generate.GeneratorSettings.Shape;
import dev.needle.generate.GeneratorSettings.Style;
import dev.needle.measure.ActivityValue.OpenDealRule;
import dev.needle.measure.ValueReport.Estimate;
import dev.needle.testing.GeneratedOrg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * On an org where half the accounts open a new deal while one is open (expansion, another product,
 * another department), the learned value still recovers every planted opportunity-per-touch effect
 * within 15%, and Prospecting Call's interval contains the planted 0.06 — on two seeds; the rule that
 * assumed one open deal per account, printed beside it, reads the same org low. On an org with one
 * open deal per account the data keep that rule.
 */
class ActivityValueOnMultiDealAccountsTest {
    private static final Map<Long, Measured> MEASURED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The org with half its accounts multi-deal, and what the learned rule and the old one read on it. */
    private record Measured(GeneratedOrg org, ValueReport learned, ValueReport oneOpenDealPerAccount) {
    }

    private static Measured measured(long seed) {
        return MEASURED.computeIfAbsent(seed, s -> {
            GeneratedOrg org = GeneratedOrg.of(new GeneratorSettings(40, 250, s, GeneratedOrg.UNTIL, Style.EXPORT,
                    Shape.AS_EXPORTED).withMultiDealAccounts(0.5));
            ValueReport learned = ActivityValue.estimate(org.dataset(), ActivityCatalog.defaults(), org.start(), org.end());
            ValueReport before = ActivityValue.estimate(org.dataset(), ActivityCatalog.defaults(), org.start(), org.end(),
                    OpenDealRule.ONE_OPEN_DEAL_PER_ACCOUNT);
            System.out.printf("multi-deal accounts 0.5, 40 reps x 250 days, seed %d: %d accounts held two or more open "
                    + "deals at once%n", s, accountsWithSeveralOpenDeals(org.dataset()));
            System.out.printf("%-20s %8s   %-28s %-28s%n", "type", "planted", "learned [95%]", "one open deal per account [95%]");
            for (Map.Entry<String, Double> planted : planted(org).entrySet()) {
                System.out.printf("%-20s %8.3f   %-28s %-28s%n", planted.getKey(), planted.getValue(),
                        text(perTouch(learned, planted.getKey())), text(perTouch(before, planted.getKey())));
            }
            System.out.println(learned.method().substring(learned.method().indexOf("Touches on an account with an open deal")));
            return new Measured(org, learned, before);
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17})
    void theGeneratedOrgHasAccountsHoldingSeveralOpenDeals(long seed) {
        GeneratedOrg org = measured(seed).org();
        assertThat(org.planted().get("multiDealAccounts").asDouble()).isEqualTo(0.5);
        assertThat(accountsWithSeveralOpenDeals(org.dataset())).isGreaterThan(100);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17})
    void everyPlantedOpportunityPerTouchEffectIsRecoveredWithinFifteenPercent(long seed) {
        Measured measured = measured(seed);
        for (Map.Entry<String, Double> planted : planted(measured.org()).entrySet()) {
            Estimate estimate = perTouch(measured.learned(), planted.getKey());
            if (planted.getValue() > 0) {
                assertThat(estimate.value()).as(planted.getKey())
                        .isCloseTo(planted.getValue(), within(0.15 * planted.getValue()));
            } else {
                assertThat(estimate.includesZero()).as(planted.getKey() + " " + estimate).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17})
    void prospectingCallsIntervalContainsThePlantedSixPercent(long seed) {
        Estimate call = perTouch(measured(seed).learned(), "Prospecting Call");
        assertThat(call.low()).isLessThanOrEqualTo(0.06);
        assertThat(call.high()).isGreaterThanOrEqualTo(0.06);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17})
    void theDataSayTouchesWhileADealIsOpenCreateOpportunitiesAsTheOthersDo(long seed) {
        assertThat(measured(seed).learned().method()).contains("every account touch counts alike");
    }

    @Test
    void onAnOrgWithOneOpenDealPerAccountTheDataKeepTheRuleAndItsNumbers() {
        GeneratedOrg oneDealEach = GeneratedOrg.of(40, 250, 3L);
        ActivityValue.OpenDealFinding finding = ActivityValue.openDeals(oneDealEach.dataset(), oneDealEach.start(),
                oneDealEach.end());
        System.out.println("one open deal per account, 40 reps x 250 days, seed 3: " + finding.finding());
        assertThat(finding.pooled()).isFalse();
    }

    private static Map<String, Double> planted(GeneratedOrg org) {
        return ActivityValueTest.effects(org.planted().get("opportunityPerTouch"));
    }

    private static Estimate perTouch(ValueReport report, String type) {
        return ActivityValueTest.type(report, type).opportunitiesPerTouch();
    }

    private static String text(Estimate estimate) {
        return String.format("%.4f [%.4f, %.4f]", estimate.value(), estimate.low(), estimate.high());
    }

    /** Accounts with a deal created while another of theirs was open (created, not yet closed). */
    private static long accountsWithSeveralOpenDeals(Dataset data) {
        Map<Long, List<Deal>> byAccount = new HashMap<>();
        for (Deal deal : data.deals()) {
            if (deal.accountId() != null && deal.createdAt() != null) {
                byAccount.computeIfAbsent(deal.accountId(), a -> new ArrayList<>()).add(deal);
            }
        }
        return byAccount.values().stream().filter(deals -> deals.stream().anyMatch(second -> deals.stream().anyMatch(
                first -> first != second && first.createdAt().isBefore(second.createdAt())
                        && (first.closedAt() == null || Days.epochDay(first.closedAt()) >= Days.epochDay(second.createdAt()))))).count();
    }
}
