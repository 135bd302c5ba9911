package dev.needle.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.testing.Backend;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** /openapi.json is a valid OpenAPI 3.1 document that lists exactly the routes the server answers. */
class OpenApiDocumentTest {
    private static RunningApi api;
    private static JsonNode document;

    @BeforeAll
    static void serve() {
        api = RunningApi.start(Backend.H2);
        RunningApi.Answer answer = api.get("/openapi.json", RunningApi.Caller.ANONYMOUS);
        assertThat(answer.status()).isEqualTo(200);
        document = answer.json();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void theDocumentIsValidOpenApi31() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(document.toString(), null, options);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(result.getOpenAPI().getPaths()).isNotEmpty();
    }

    @Test
    void everyRouteTheServerRegisteredIsDocumentedAndNothingElse() {
        Set<String> registered = api.server().registered().stream().map(route -> route.getKey() + " " + route.getValue())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey()));
        }
        assertThat(documented).isEqualTo(registered);
    }

    @Test
    void everyApiOperationNeedsATokenAndStatesWhoMayCallIt() {
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            String name = operation.getKey() + " " + path.getKey();
            JsonNode spec = operation.getValue();
            assertThat(spec.path("description").asText()).as(name).startsWith("Roles: ");
            if (path.getKey().startsWith("/api/")) {
                assertThat(spec.path("security").isArray()).as(name + " needs the bearer token").isTrue();
                assertThat(spec.path("responses").has("401")).as(name + " documents 401").isTrue();
            }
        }));
    }

    @Test
    void writesDocumentTheirRequiredFields() {
        JsonNode body = document.at("/paths/~1api~1deals~1{deal}~1next-action/put/requestBody/content/application~1json/schema");
        assertThat(body.path("required")).extracting(JsonNode::asText)
                .containsExactly("what", "due", "valueForBuyer", "buyerNextStep");
    }
}
