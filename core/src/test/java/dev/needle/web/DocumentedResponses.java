package dev.needle.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What /openapi.json promises for each route's answers, checked against a real answer: the status must
 * be documented, the content type must be the documented one, and a JSON body must match the schema the
 * document gives for that route, status and type (JSON Schema 2020-12, $refs resolved in the document).
 * Checked strictly: an object whose properties the document lists may have no others, so a field the
 * server sends but the document leaves out is a mismatch too (the published document stays open, as
 * clients should ignore fields they do not know).
 */
final class DocumentedResponses {
    /** Where the document is said to live, so that its $refs (#/components/schemas/…) resolve inside it. */
    private static final String DOCUMENT = "https://needle.test/openapi.json";

    private final JsonNode document;
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true) // a "date" that is no date is a mismatch, not an annotation
            .locale(Locale.ROOT)
            .build();
    private final Map<String, JsonSchema> schemas = new HashMap<>();

    DocumentedResponses(JsonNode document) {
        this.document = document;
        JsonNode strict = document.deepCopy();
        closeObjects(strict);
        String text = strict.toString();
        // the OpenAPI 3.1 dialect, told that the document's own top-level members are no schema keywords
        JsonMetaSchema dialect = JsonMetaSchema.builder(OpenApi31.getInstance())
                .keywords(List.of(new NonValidationKeyword("openapi"), new NonValidationKeyword("info"),
                        new NonValidationKeyword("paths"), new NonValidationKeyword("components")))
                .build();
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .metaSchema(dialect)
                .defaultMetaSchemaIri(dialect.getIri())
                .schemaLoaders(loaders -> loaders.schemas(Map.of(DOCUMENT, text))));
    }

    static DocumentedResponses of(String documentJson) {
        try {
            return new DocumentedResponses(new ObjectMapper().readTree(documentJson));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("the OpenAPI document is not JSON", e);
        }
    }

    /** Everything about {@code answer} that the document does not allow for {@code method path}; empty when it matches. */
    List<String> problems(String method, String path, int status, String contentType, String body) {
        String operation = "/paths/" + escaped(path) + "/" + method.toLowerCase(Locale.ROOT);
        if (document.at(operation).isMissingNode()) return List.of(method + " " + path + " is not in the document");
        String response = operation + "/responses/" + status;
        if (document.at(response).isMissingNode()) return List.of("status " + status + " is not documented");
        String type = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        JsonNode content = document.at(response + "/content");
        if (!content.has(type)) return List.of("content type '" + contentType + "' is not the documented " + names(content));
        if (!type.equals("application/json")) return List.of();
        String pointer = response + "/content/" + escaped(type) + "/schema";
        JsonSchema schema = schemas.computeIfAbsent(pointer,
                where -> factory.getSchema(SchemaLocation.of(DOCUMENT + "#" + where), config));
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : schema.validate(body, InputFormat.JSON)) problems.add(message.getMessage());
        return problems;
    }

    /** Every schema of an object with listed properties gets additionalProperties: false, unless it says otherwise. */
    private static void closeObjects(JsonNode node) {
        if (node instanceof ObjectNode object && object.path("properties").isObject() && !object.has("additionalProperties")
                && (object.path("type").asText().equals("object") || object.path("type").toString().contains("\"object\""))) {
            object.put("additionalProperties", false);
        }
        for (JsonNode child : node) closeObjects(child);
    }

    private static String escaped(String pointerToken) {
        return pointerToken.replace("~", "~0").replace("/", "~1");
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
