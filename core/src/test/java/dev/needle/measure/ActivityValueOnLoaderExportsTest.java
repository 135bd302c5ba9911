package dev.needle.measure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.Activity;
import dev.needle.measure.ValueReport.TypeValue;
import dev.needle.testing.ExportFixtures;
import dev.needle.testing.GeneratedOrg;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learned value of each activity type holds on the hardest realistic Data Loader extract
 * ({@link GeneratedOrg#DATA_LOADER}: picked columns with no Task/Event AccountId, upper-case headers,
 * {@code extract (n).csv} names, prospecting on Leads that convert, Excel amounts): the store links the
 * account-level touches the files carry, and the planted effects are recovered as on the weekly export.
 */
class ActivityValueOnLoaderExportsTest {
    private static final int REPS = 40;
    private static final int DAYS = 250;
    private static final Map<Long, ValueReport> LOADER = new ConcurrentHashMap<>();
    private static final Map<Long, ValueReport> EXPORT = new ConcurrentHashMap<>();

    private static GeneratedOrg loader(long seed) {
        return GeneratedOrg.dataLoader(REPS, DAYS, seed);
    }

    private static ValueReport valueOnLoader(long seed) {
        return LOADER.computeIfAbsent(seed, s -> estimate(loader(s)));
    }

    private static ValueReport valueOnExport(long seed) {
        return EXPORT.computeIfAbsent(seed, s -> estimate(GeneratedOrg.of(REPS, DAYS, s)));
    }

    private static ValueReport estimate(GeneratedOrg org) {
        return ActivityValue.estimate(org.dataset(), ActivityCatalog.defaults(), org.start(), org.end());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17})
    void theStoreLinksAtLeastNinetyNinePercentOfTheAccountLevelTouchesTheFilesCarry(long seed) {
        GeneratedOrg org = loader(seed);
        long inFiles = accountLevelRows(org, "Task") + accountLevelRows(org, "Event");
        long inStore = org.dataset().activities().stream()
                .filter(ActivityValueOnLoaderExportsTest::accountOrLeadWithoutDeal).count();
        long touches = org.dataset().activities().stream()
                .filter(activity -> Touches.isAccountTouch(activity) || Touches.isLeadTouch(activity)).count();
        double ratio = (double) inStore / inFiles;
        System.out.printf("loader seed %d: account-level touches in files %d, linked in store %d (of which touches %d), ratio %.4f%n",
                seed, inFiles, inStore, touches, ratio);

        assertThat(inFiles).isPositive();
        assertThat(ratio).isGreaterThanOrEqualTo(0.99);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17})
    void opportunitiesPerTouchRecoverThePlantedEffectsWithinTwentyPercent(long seed) {
        ActivityValueTest.assertRecovered(valueOnLoader(seed), loader(seed).planted().get("opportunityPerTouch"),
                TypeValue::opportunitiesPerTouch);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17})
    void theProspectingCallIsEstimatedAboutAsWellAsOnTheWeeklyExport(long seed) {
        double planted = loader(seed).planted().get("opportunityPerTouch").get("Prospecting Call").asDouble();
        double onLoader = prospectingCall(valueOnLoader(seed));
        double onExport = prospectingCall(valueOnExport(seed));
        double loaderError = Math.abs(onLoader - planted) / planted;
        double exportError = Math.abs(onExport - planted) / planted;
        System.out.printf("seed %d: Prospecting Call opportunities per touch planted %.4f, loader %.4f (error %.3f), export %.4f (error %.3f)%n",
                seed, planted, onLoader, loaderError, onExport, exportError);

        assertThat(loaderError).isLessThanOrEqualTo(exportError + 0.05);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17})
    void advancesPerValuableTouchRecoverThePlantedEffectsWithinTwentyPercent(long seed) {
        ActivityValueTest.assertRecovered(valueOnLoader(seed), loader(seed).planted().get("advancePerValuableTouch"),
                TypeValue::advancesPerValuableTouch);
    }

    private static double prospectingCall(ValueReport report) {
        return ActivityValueTest.type(report, "Prospecting Call").opportunitiesPerTouch().value();
    }

    private static boolean accountOrLeadWithoutDeal(Activity activity) {
        return activity.dealId() == null && (activity.accountId() != null || activity.leadId() != null);
    }

    /**
     * Rows of the object's file, read directly (not through Needle), that are account-level touches by
     * what the file says: a WhatId on an account (001) or a WhoId on a lead (00Q), and no WhatId on an
     * opportunity (006).
     */
    private static long accountLevelRows(GeneratedOrg org, String object) {
        Path file = org.export().resolve(org.planted().get("files").get(object).asText());
        return ExportFixtures.count(file, row -> {
            String what = row.get("WhatId");
            String who = row.get("WhoId");
            return !what.startsWith("006") && (what.startsWith("001") || who.startsWith("00Q"));
        });
    }
}
