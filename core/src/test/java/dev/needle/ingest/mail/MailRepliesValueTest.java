package dev.needle.ingest.mail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.app.Needle;
import dev.needle.catalog.ActivityCatalog;
import dev.needle.measure.ActivityValue;
import dev.needle.measure.UnitRunner;
import dev.needle.measure.ValueReport;
import dev.needle.testing.Backend;
import dev.needle.testing.Imports;
import dev.needle.view.Documents;
import dev.needle.view.ValueDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** needle value reports, per type, the buyer's replies per outbound touch, where the touches say whether they were answered. */
class MailRepliesValueTest {
    private static final Path MAIL = Path.of("src", "test", "resources", "mail");
    private static final Instant FROM = Instant.parse("2016-06-01T00:00:00Z");
    private static final Instant AS_OF = Instant.parse("2017-06-01T00:00:00Z");

    @TempDir
    Path temp;

    @Test
    void aReplyFromTheBuyerCountsAsAResultOfTheTouchItAnswersAndTypesWithoutReplyDataShowNone() throws IOException {
        Path calls = Files.writeString(temp.resolve("activities.csv"), """
                id,rep_id,type,start,duration_minutes,deal_id,account_id,contact_id,direction,outcome,value_for_buyer,buyer_next_step,subject,notes
                x1,r1,Call,2017-01-10T15:00:00Z,20,d1,a1,c1,OUTBOUND,Connected,,,Check-in,
                x2,r1,Email,2017-01-10T16:00:00Z,5,d1,a1,c1,OUTBOUND,replied,,,"A CRM's own 'replied', without its unanswered ones",
                """);
        try (Needle needle = Imports.needle(Backend.SQLITE)) {
            Imports.run(needle, Imports.allOrNothing(), MAIL.resolve("org"), calls);
            Imports.run(needle, Imports.allOrNothing(), MAIL.resolve("gmail-takeout/ana.mbox"), MAIL.resolve("thunderbird/Inbox"),
                    MAIL.resolve("outlook/RE_ Pilot schedule.eml"), MAIL.resolve("apple-mail/Re Umbrella renewal.eml"));

            ValueReport report = ActivityValue.estimate(needle.store().dataset(), ActivityCatalog.defaults(), FROM, AS_OF);
            ValueReport walked = ActivityValue.estimate(needle.store().history(), UnitRunner.parallel(3), AS_OF,
                    ActivityCatalog.defaults(), FROM, AS_OF);

            // outbound: pricing (answered by Hank), intro to Bill (not), pilot plan (answered by Bill), Umbrella (answered by Alice)
            assertThat(type(report, "Email").replies()).isEqualTo(new ValueReport.ReplyRate(4, 3));
            assertThat(type(report, "Email").replies().perTouch()).isEqualTo(0.75);
            assertThat(type(report, "Email").activities()).as("the three answers are inbound touches of their own; and the CRM's")
                    .isEqualTo(8);
            assertThat(type(report, "Call").replies()).isNull();
            assertThat(type(walked, "Email").replies()).isEqualTo(type(report, "Email").replies());
            JsonNode document = Documents.mapper().valueToTree(ValueDocument.of(report));
            assertThat(line(document, "Email").get("replies")).hasToString("{\"answerableTouches\":4,\"replies\":3,\"perTouch\":0.75}");
            assertThat(line(document, "Call").has("replies")).as("no reply data: no replies field rather than a 0 or null").isFalse();
        }
    }

    private static ValueReport.TypeValue type(ValueReport report, String type) {
        return report.types().stream().filter(t -> t.type().equals(type)).findFirst().orElseThrow();
    }

    private static JsonNode line(JsonNode document, String type) {
        for (JsonNode line : document.get("types")) if (line.get("type").asText().equals(type)) return line;
        throw new AssertionError("no line for " + type);
    }
}
