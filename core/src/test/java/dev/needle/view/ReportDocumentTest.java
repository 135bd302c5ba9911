package dev.needle.view;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.domain.Rep;
import dev.needle.measure.Funnel;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportDocumentTest {
    private static final Rep ANA = new Rep(7, "salesforce", "005A", "Ana Alves", "ana@acme.com", "East", null, null, null);
    private static final Rep NAMELESS = new Rep(8, "salesforce", "005B", null, null, "East", null, null, null);

    @Test
    void aRepsFunnelSegmentNamesTheRepAndAnyOtherGivesItsKeyOnly() {
        Funnel funnel = new Funnel(Instant.parse("2026-12-01T00:00:00Z"), List.of("Qualify"), 0, segment("all"),
                List.of(segment("7"), segment("8"), segment("99")), List.of(segment("East")), List.of(), List.of());

        JsonNode written = Documents.mapper().valueToTree(ReportDocument.funnel(funnel, List.of(ANA, NAMELESS)));

        assertThat(fieldNames(written.get("overall"))).startsWith("key", "deals");
        assertThat(written.get("overall").get("key").asText()).isEqualTo("all");
        JsonNode ana = written.get("byRep").get(0);
        assertThat(fieldNames(ana)).startsWith("id", "externalId", "name", "deals").doesNotContain("key");
        assertThat(ana.get("name").asText()).isEqualTo("Ana Alves");
        assertThat(written.get("byRep").get(1).get("name").isNull()).as("a rep without a name: name null, still written").isTrue();
        assertThat(fieldNames(written.get("byRep").get(2))).as("a rep Needle no longer knows: their id as the key")
                .startsWith("key", "deals").doesNotContain("id", "name");
    }

    private static Funnel.Segment segment(String key) {
        return new Funnel.Segment(key, key, 2, 1, 1, 0, BigDecimal.TEN, 1.0, 30, 30, List.of());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
