package dev.needle.generate;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With {@code multiDealAccounts}, a share of accounts open a new deal while one is open, and the
 * ground truth says so; at 0 the settings and the export are the ones from before the setting existed.
 */
class MultiDealAccountsTest {
    private static final GeneratorSettings SETTINGS = new GeneratorSettings(8, 120, 5L);

    @Test
    void aShareOfAccountsOpenDealsBesideOpenOnesAndTheGroundTruthSaysSo(@TempDir Path off, @TempDir Path on)
            throws IOException {
        GeneratedOrg oneDealEach = GeneratedOrg.generate(SETTINGS, off);
        GeneratedOrg multiDeal = GeneratedOrg.generate(SETTINGS.withMultiDealAccounts(0.5), on);

        long before = accountsWithADealOpenedBesideAnOpenOne(oneDealEach);
        long after = accountsWithADealOpenedBesideAnOpenOne(multiDeal);
        System.out.printf("8 reps x 120 days, seed 5: accounts with a deal opened beside an open one: %d at 0, %d at 0.5%n",
                before, after);
        assertThat(after).isGreaterThan(3 * before + 10);
        assertThat(multiDeal.planted().get("multiDealAccounts").asDouble()).isEqualTo(0.5);
        assertThat(multiDeal.planted().get("definitions").get("accountTouch").asText()).contains("multiDealAccounts");
        assertThat(multiDeal.planted().get("opportunityPerTouch")).isEqualTo(oneDealEach.planted().get("opportunityPerTouch"));
        assertThat(oneDealEach.planted().has("multiDealAccounts")).isFalse();
        assertThat(oneDealEach.planted().get("definitions").has("multiDealAccounts")).isFalse();
    }

    @Test
    void aShareOfZeroIsTheSettingsFromBefore() {
        assertThat(SETTINGS.withMultiDealAccounts(0)).isEqualTo(SETTINGS);
        assertThat(SETTINGS.multiDealAccounts()).isZero();
        assertThatThrownBy(() -> SETTINGS.withMultiDealAccounts(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SETTINGS.withMultiDealAccounts(-0.1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Accounts with an opportunity created while another of theirs was open (not closed before that day). */
    private static long accountsWithADealOpenedBesideAnOpenOne(GeneratedOrg org) throws IOException {
        Map<String, List<NamedCsvRecord>> byAccount = new HashMap<>();
        for (NamedCsvRecord deal : org.rows("Opportunity.csv")) {
            byAccount.computeIfAbsent(deal.getField("AccountId"), a -> new ArrayList<>()).add(deal);
        }
        return byAccount.values().stream().filter(deals -> deals.stream().anyMatch(second -> deals.stream().anyMatch(
                first -> first != second && opens(first).isBefore(opens(second)) && openOn(first, second)))).count();
    }

    private static java.time.Instant opens(NamedCsvRecord deal) {
        return GeneratedOrg.instant(deal.getField("CreatedDate"));
    }

    private static boolean openOn(NamedCsvRecord first, NamedCsvRecord second) {
        if (!GeneratedOrg.isTrue(first.getField("IsClosed"))) return true;
        return !GeneratedOrg.date(first.getField("CloseDate")).isBefore(GeneratedOrg.date(second.getField("CreatedDate")));
    }
}
