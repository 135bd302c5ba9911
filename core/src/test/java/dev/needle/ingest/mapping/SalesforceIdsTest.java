package dev.needle.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SalesforceIdsTest {
    private static final Path REAL_EXPORT =
            dev.needle.testing.SharedData.path("salesforce-dev-org-export-sample", "Opportunity.csv");

    @Test
    void checksumMatchesRealSalesforceIds() throws Exception {
        List<String> realIds = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(REAL_EXPORT)) {
            for (NamedCsvRecord row : reader) {
                for (String column : List.of("Id", "AccountId", "OwnerId", "CreatedById", "LastModifiedById")) {
                    if (row.getField(column).length() == 18) realIds.add(row.getField(column));
                }
            }
        }

        assertThat(realIds).hasSizeGreaterThan(100);
        for (String id18 : realIds) assertThat(SalesforceIds.to18(id18.substring(0, 15))).isEqualTo(id18);
    }

    @Test
    void checksumFlagsEachUppercasePositionOfEachChunk() {
        assertThat(SalesforceIds.to18("000000000000000")).isEqualTo("000000000000000AAA");
        assertThat(SalesforceIds.to18("A0000B0000ZZZZZ")).isEqualTo("A0000B0000ZZZZZBB5");
    }

    @Test
    void to18RejectsWhatIsNotAFifteenCharacterId() {
        assertThatThrownBy(() -> SalesforceIds.to18("0064600000J5S5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SalesforceIds.to18("0064600000J5S5-")).isInstanceOf(IllegalArgumentException.class);
    }
}
