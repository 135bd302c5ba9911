package dev.needle.generate;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpportunityHistoryTest {
    private static final List<String> STAGES = List.of("Prospecting", "Qualification", "Needs Analysis",
            "Value Proposition", "Proposal/Price Quote", "Negotiation/Review", "Closed Won");

    @TempDir
    static Path directory;
    static GeneratedOrg org;
    static Map<String, List<NamedCsvRecord>> historyByDeal;

    @BeforeAll
    static void generate() throws IOException {
        org = GeneratedOrg.generate(new GeneratorSettings(8, 60, 3L), directory);
        historyByDeal = new TreeMap<>();
        for (NamedCsvRecord row : org.rows("OpportunityHistory.csv")) {
            historyByDeal.computeIfAbsent(row.getField("OpportunityId"), id -> new ArrayList<>()).add(row);
        }
        historyByDeal.values().forEach(rows -> rows.sort(
                Comparator.comparing(row -> GeneratedOrg.instant(row.getField("CreatedDate")))));
    }

    @Test
    void everyOpenOpportunityHasHistoryEndingInItsCurrentStage() throws IOException {
        List<NamedCsvRecord> open = org.rows("Opportunity.csv").stream()
                .filter(deal -> !GeneratedOrg.isTrue(deal.getField("IsClosed"))).toList();

        assertThat(open).hasSizeGreaterThan(20);
        for (NamedCsvRecord deal : open) {
            List<NamedCsvRecord> history = historyByDeal.get(deal.getField("Id"));
            assertThat(history).as(deal.getField("Id")).isNotEmpty();
            assertThat(history.get(history.size() - 1).getField("StageName")).isEqualTo(deal.getField("StageName"));
            assertThat(history.get(history.size() - 1).getField("CreatedDate"))
                    .isEqualTo(deal.getField("LastModifiedDate"));
        }
    }

    @Test
    void historyStartsAtCreationAndEntersOneStageAtATime() throws IOException {
        for (NamedCsvRecord deal : org.rows("Opportunity.csv")) {
            List<NamedCsvRecord> history = historyByDeal.get(deal.getField("Id"));
            assertThat(history.get(0).getField("CreatedDate")).isEqualTo(deal.getField("CreatedDate"));
            assertThat(history.get(history.size() - 1).getField("StageName")).isEqualTo(deal.getField("StageName"));
            for (int index = 1; index < history.size(); index++) {
                String stage = history.get(index).getField("StageName");
                if (stage.equals("Closed Lost")) {
                    assertThat(index).isEqualTo(history.size() - 1);
                    continue;
                }
                assertThat(STAGES.indexOf(stage)).as(deal.getField("Id"))
                        .isEqualTo(STAGES.indexOf(history.get(index - 1).getField("StageName")) + 1);
                assertThat(GeneratedOrg.instant(history.get(index).getField("CreatedDate")))
                        .isAfter(GeneratedOrg.instant(history.get(index - 1).getField("CreatedDate")));
            }
        }
    }

    @Test
    void closedDealsCloseOnTheDayOfTheirLastStageChange() throws IOException {
        Map<String, ZoneId> zones = org.zoneByUser();
        List<NamedCsvRecord> closed = org.rows("Opportunity.csv").stream()
                .filter(deal -> GeneratedOrg.isTrue(deal.getField("IsClosed"))).toList();

        assertThat(closed).anyMatch(deal -> GeneratedOrg.isTrue(deal.getField("IsWon")));
        assertThat(closed).anyMatch(deal -> !GeneratedOrg.isTrue(deal.getField("IsWon")));
        for (NamedCsvRecord deal : closed) {
            List<NamedCsvRecord> history = historyByDeal.get(deal.getField("Id"));
            NamedCsvRecord last = history.get(history.size() - 1);
            assertThat(GeneratedOrg.instant(last.getField("CreatedDate")).atZone(zones.get(deal.getField("OwnerId")))
                    .toLocalDate()).isEqualTo(GeneratedOrg.date(deal.getField("CloseDate")));
            assertThat(deal.getField("Probability")).isEqualTo(deal.getField("IsWon").equals("1") ? "100" : "0");
        }
    }
}
