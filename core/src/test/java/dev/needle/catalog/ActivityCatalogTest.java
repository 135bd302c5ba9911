package dev.needle.catalog;

import dev.needle.domain.ActivityType;
import dev.needle.domain.ValueClass;
import dev.needle.domain.WorkCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActivityCatalogTest {
    private final ActivityCatalog defaults = ActivityCatalog.defaults();

    @Test
    void theSeedsHighValueWorkIsHigh() {
        for (String type : new String[]{"Prospecting Call", "Cold Call", "Discovery Meeting", "Demo", "Follow-up", "Client Check-in", "Nurture"}) {
            assertThat(defaults.classify(type).valueClass()).as(type).isEqualTo(ValueClass.HIGH);
        }
    }

    @Test
    void emailPaperworkAndCrmUpdatesAreLowAndSocialMediaIsLimited() {
        assertThat(defaults.classify("Email").valueClass()).isEqualTo(ValueClass.LOW);
        assertThat(defaults.classify("CRM Update").category()).isEqualTo(WorkCategory.ADMIN);
        assertThat(defaults.classify("RFP Response").valueClass()).isEqualTo(ValueClass.LOW);
        assertThat(defaults.classify("Social Media").valueClass()).isEqualTo(ValueClass.LIMIT);
    }

    @Test
    void matchingIgnoresCaseAndPunctuationAndKeepsTheSourceName() {
        ActivityType type = defaults.classify("prospecting-call");
        assertThat(type.name()).isEqualTo("prospecting-call");
        assertThat(type.category()).isEqualTo(WorkCategory.OPPORTUNITY_CREATION);
        assertThat(type.catalogued()).isTrue();
    }

    @Test
    void anUnknownTypeIsKeptUnderItsOwnNameAndMarkedUncatalogued() {
        ActivityType type = defaults.classify("Golf Outing");
        assertThat(type.name()).isEqualTo("Golf Outing");
        assertThat(type.catalogued()).isFalse();
        assertThat(type.defaultMinutes()).isPositive();
    }

    @Test
    void aTeamsFileOverridesAnEntryAndMovesAnAliasToItsOwnEntry(@TempDir Path home) throws Exception {
        Path file = home.resolve("catalog.json");
        Files.writeString(file, """
                {"types": [
                  {"name": "Email", "valueClass": "HIGH", "category": "CLIENT_CARE", "defaultMinutes": 7, "aliases": []},
                  {"name": "Golf Outing", "valueClass": "HIGH", "category": "CLIENT_CARE", "defaultMinutes": 240,
                   "aliases": ["Lunch"]}
                ]}""");

        ActivityCatalog team = ActivityCatalog.withOverrides(file);

        assertThat(team.classify("Email").valueClass()).isEqualTo(ValueClass.HIGH);
        assertThat(team.classify("Email").defaultMinutes()).isEqualTo(7);
        assertThat(team.classify("Lunch").defaultMinutes()).isEqualTo(240);
        assertThat(team.classify("Golf Outing").catalogued()).isTrue();
        assertThat(team.classify("Demo").valueClass()).isEqualTo(ValueClass.HIGH); // untouched defaults remain
    }

    @Test
    void aBrokenFileIsRefusedWithWhereAndWhy(@TempDir Path home) throws Exception {
        Path file = home.resolve("catalog.json");
        Files.writeString(file, "{\"types\": [{\"name\": \"Email\", \"valueClass\": \"MEDIUM\", \"category\": \"ADMIN\", \"defaultMinutes\": 5}]}");

        assertThatThrownBy(() -> ActivityCatalog.withOverrides(file))
                .isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("catalog.json").hasMessageContaining("MEDIUM");
    }
}
