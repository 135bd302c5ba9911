package dev.needle.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.app.Needle;
import dev.needle.auth.Role;
import dev.needle.domain.Deal;
import dev.needle.domain.Rep;
import dev.needle.testing.GeneratedOrg;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated Salesforce org (18-character ids, as the Data Export writes them) behind the API: the
 * 15-character ids the Salesforce UI shows work in rep and deal paths and queries too.
 */
class SalesforceIdsApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static GeneratedOrg org;
    static ApiServer server;
    static String token;
    static Rep rep;
    static Deal deal;

    @BeforeAll
    static void serve() {
        // an org of its own: the test writes a next action
        org = GeneratedOrg.of(3, 20, 515L);
        Needle needle = org.needle();
        needle.users().add("ids-admin@test.example", "Ids Admin", Role.ADMIN);
        token = needle.users().createToken("ids-admin@test.example", "test");
        deal = org.dataset().deals().stream().filter(Deal::isOpen).filter(open -> open.ownerId() != null)
                .min(Comparator.comparingLong(Deal::id)).orElseThrow();
        rep = org.dataset().reps().stream().filter(owner -> owner.id() == deal.ownerId()).findFirst().orElseThrow();
        server = ApiServer.start(needle, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void repPathsAndQueriesTakeTheFifteenCharacterForm() throws Exception {
        assertThat(rep.externalId()).hasSize(18);
        String copied = rep.externalId().substring(0, 15);

        HttpResponse<String> plan = send("GET", "/api/reps/" + copied + "/plan?date=2026-07-01", null);
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
        assertThat(JSON.readTree(plan.body()).get("rep").get("externalId").asText()).isEqualTo(rep.externalId());

        HttpResponse<String> report = send("GET", "/api/report?rep=" + copied + "&from=2026-06-01&to=2026-06-30", null);
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        assertThat(JSON.readTree(report.body()).get("reps")).hasSize(1);

        HttpResponse<String> deals = send("GET", "/api/deals?rep=" + copied, null);
        assertThat(deals.statusCode()).as(deals.body()).isEqualTo(200);
        assertThat(JSON.readTree(deals.body()).get("deals")).isNotEmpty();

        assertThat(send("GET", "/api/reps/005000000000XYZ/plan", null).statusCode()).isEqualTo(404);
    }

    @Test
    void dealPathsTakeNeedlesIdAndTheSourceIdInBothForms() throws Exception {
        assertThat(deal.externalId()).hasSize(18);
        String body = """
                {"what": "Send the pilot plan", "due": "2026-07-03", "valueForBuyer": "A plan for their board",
                 "buyerNextStep": "Approve the pilot"}""";

        for (String key : new String[]{deal.externalId().substring(0, 15), deal.externalId(), String.valueOf(deal.id())}) {
            HttpResponse<String> set = send("PUT", "/api/deals/" + key + "/next-action", body);
            assertThat(set.statusCode()).as(key + ": " + set.body()).isEqualTo(200);
            JsonNode stored = JSON.readTree(set.body());
            assertThat(stored.get("dealId").asLong()).isEqualTo(deal.id());
        }
        assertThat(send("PUT", "/api/deals/006000000000XYZ/next-action", body).statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) request.header("Content-Type", "application/json");
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
