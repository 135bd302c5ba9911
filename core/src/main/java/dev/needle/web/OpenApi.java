package dev.needle.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The OpenAPI 3.1 document at {@code /openapi.json}, written from the route table the server registers. */
final class OpenApi {
    private OpenApi() {
    }

    static Map<String, Object> document(List<Route> routes, String version) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.1.0");
        document.put("info", Map.of("title", "Needle API", "version", version,
                "description", "Which sales activities produce results, and each rep's day planned around them. "
                        + "Every /api/ route needs 'Authorization: Bearer <token>' (needle token create --user EMAIL). "
                        + "A rep sees their own records, a manager their team's, an admin everything; records outside "
                        + "the caller's view answer 404, routes outside the caller's role 403."));
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Route route : routes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(route.path(), path -> new LinkedHashMap<>());
            item.put(route.method().name().toLowerCase(java.util.Locale.ROOT), operation(route));
        }
        document.put("paths", paths);
        document.put("components", Map.of(
                "securitySchemes", Map.of("bearer", Map.of("type", "http", "scheme", "bearer",
                        "description", "A Needle API token (ndl_…)")),
                "schemas", Map.of("Error", ERROR)));
        return document;
    }

    private static final Map<String, Object> ERROR = Schemas.object("*status", Schemas.integer(), "*error", Schemas.string(),
            "*message", Schemas.string(), "fields", Map.of("type", "object", "additionalProperties", Schemas.string()),
            "errors", Schemas.array(Schemas.object()));

    private static Map<String, Object> operation(Route route) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("operationId", operationId(route));
        operation.put("summary", route.summary());
        operation.put("description", "Roles: " + route.access().roles() + ".");
        operation.put("x-needle-roles", route.access().name());
        List<Object> parameters = new ArrayList<>();
        for (String name : route.pathParameters()) {
            parameters.add(Map.of("name", name, "in", "path", "required", true, "schema", Schemas.string()));
        }
        for (Route.Param param : route.query()) {
            parameters.add(Map.of("name", param.name(), "in", "query", "required", false, "schema", param.schema(),
                    "description", param.description()));
        }
        if (!parameters.isEmpty()) operation.put("parameters", parameters);
        if (route.requestBody() != null) {
            operation.put("requestBody", Map.of("required", true,
                    "content", Map.of(route.requestType(), Map.of("schema", route.requestBody()))));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put(String.valueOf(route.successStatus()), Map.of("description", "success",
                "content", Map.of(route.responseType(), Map.of("schema", route.response()))));
        for (int status : errorStatuses(route)) {
            responses.put(String.valueOf(status), Map.of("description", ApiError.reason(status),
                    "content", Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Error")))));
        }
        operation.put("responses", responses);
        if (route.access() != Access.PUBLIC) operation.put("security", List.of(Map.of("bearer", List.of())));
        return operation;
    }

    private static List<Integer> errorStatuses(Route route) {
        List<Integer> statuses = new ArrayList<>();
        // a public route with a path parameter (a feed's secret) answers 404 for any it does not know
        if (route.access() == Access.PUBLIC) return route.pathParameters().isEmpty() ? statuses : List.of(404);
        statuses.add(400);
        statuses.add(401);
        if (route.access() != Access.ANY_USER) statuses.add(403);
        statuses.add(404);
        // a write to a deal answers 409 when the deal is closed, or (complete) has no open next action, body or none
        boolean writesToADeal = route.method() != io.javalin.http.HandlerType.GET && route.path().startsWith("/api/deals/{deal}/");
        if (route.requestBody() != null || writesToADeal) statuses.add(409);
        if (route.requestBody() != null) {
            statuses.add(413);
            statuses.add(422);
        }
        return statuses;
    }

    /** get /api/reps/{rep}/plan.ics → getApiRepsRepPlanIcs */
    static String operationId(Route route) {
        StringBuilder id = new StringBuilder(route.method().name().toLowerCase(java.util.Locale.ROOT));
        for (String word : route.path().split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return id.toString();
    }
}
