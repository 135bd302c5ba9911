package dev.needle.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.domain.Deal;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The exported .ics, read back by two independent parsers: ical.js (Node) and ical4j. */
class PlanCalendarTest {
    private static final Instant STAMP = Instant.parse("2026-03-05T18:00:00Z");
    private static final LocalDate FRIDAY_BEFORE_DST = LocalDate.of(2026, 3, 6);
    private static final LocalDate MONDAY_AFTER_DST = LocalDate.of(2026, 3, 9);

    @TempDir
    Path temp;

    @Test
    void theIcsParsesInIcalJsAndIcal4jWithOneEventPerBlockAtTheRightUtcInstants() throws Exception {
        List<DayPlan> plans = plansAroundTheDstChange();
        List<Block> blocks = plans.stream().flatMap(plan -> plan.blocks().stream()).toList();
        String text = PlanCalendar.write(plans, STAMP);
        Path file = Files.writeString(temp.resolve("plan.ics"), text, StandardCharsets.UTF_8);

        JsonNode parsed = IcalJs.events(file);

        assertThat(parsed).hasSize(blocks.size());
        for (int index = 0; index < blocks.size(); index++) {
            assertThat(parsed.get(index).get("start").asText()).isEqualTo(iso(blocks.get(index).start()));
            assertThat(parsed.get(index).get("end").asText()).isEqualTo(iso(blocks.get(index).end()));
            assertThat(parsed.get(index).get("zone").asText()).isEqualTo("America/New_York");
        }
        assertThat(parsed.get(0).get("start").asText()).as("08:30 EST").isEqualTo("2026-03-06T13:30:00.000Z");
        assertThat(parsed.findValuesAsText("start")).contains("2026-03-09T12:30:00.000Z"); // 08:30 EDT
        assertThat(parsed.findValuesAsText("uid")).doesNotHaveDuplicates();

        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(blocks.size());
        List<Instant> starts = new ArrayList<>();
        for (VEvent event : events) starts.add(Instant.from(event.<Temporal>getDateTimeStart().getDate()));
        assertThat(starts).containsExactlyElementsOf(blocks.stream().map(Block::start).toList());
    }

    @Test
    void remakingThePlanKeepsEveryUidSoReimportingUpdatesInsteadOfDuplicating() {
        String once = PlanCalendar.write(plansAroundTheDstChange(), STAMP);
        String again = PlanCalendar.write(plansAroundTheDstChange(), STAMP.plusSeconds(3600));

        assertThat(uids(again)).isEqualTo(uids(once)).isNotEmpty().doesNotHaveDuplicates();
        assertThat(uids(once).get(0)).isEqualTo("needle-plan-1-20260306-opportunity-creation-1@needle.dev");
        assertThat(again).contains("DTSTAMP:20260305T190000Z");
    }

    @Test
    void linesEndWithCrlfAndAreFoldedAt75OctetsWithoutSplittingACharacter() {
        PlanFixtures org = PlanFixtures.inNewYork();
        Deal deal = org.deal("Zürich Straße Großkunden Rahmenvertrag – Erweiterung für alle Standorte in Europa", 80_000, "Qualification");
        org.action(deal, "Schicken Sie die Übersicht über die Einsparungen für jede Abteilung, mit Beispielen, Zahlen; und Quellen",
                FRIDAY_BEFORE_DST, "Die Zahlen für ihren Vorstand");

        String text = PlanCalendar.write(List.of(org.plan(FRIDAY_BEFORE_DST)), STAMP);

        assertThat(text).endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = text.replace("\r\n ", "");
        assertThat(unfolded).contains("Schicken Sie die Übersicht über die Einsparungen für jede Abteilung\\, mit Beispielen\\, Zahlen\\; und Quellen");
        assertThat(unfolded).contains("BEGIN:VTIMEZONE\r\nTZID:America/New_York");
    }

    static List<DayPlan> plansAroundTheDstChange() {
        PlanFixtures org = PlanFixtures.inNewYork();
        Deal deal = org.deal("Acme renewal", 120_000, "Negotiation/Review");
        org.action(deal, "Send the signed order form", FRIDAY_BEFORE_DST, "Their start date confirmed");
        org.meeting(MONDAY_AFTER_DST.atTime(9, 0), 60, true, "Pipeline review");
        return List.of(org.plan(FRIDAY_BEFORE_DST), org.plan(MONDAY_AFTER_DST));
    }

    private static List<String> uids(String text) {
        return text.replace("\r\n ", "").lines().filter(line -> line.startsWith("UID:")).map(line -> line.substring(4)).toList();
    }

    private static String iso(Instant instant) {
        return instant.toString().replace("Z", ".000Z");
    }
}
