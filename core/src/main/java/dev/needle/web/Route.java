package dev.needle.web;

import dev.needle.auth.Principal;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One endpoint as the route table lists it: method, path, who may call it, what it takes and gives
 * back, and the code that answers. The server registers exactly these routes and the OpenAPI document
 * describes exactly these, so the two cannot drift apart.
 */
public record Route(HandlerType method, String path, String summary, Access access, List<Param> query,
                    Map<String, Object> requestBody, String requestType, Map<String, Object> response,
                    String responseType, int successStatus, Endpoint endpoint) {

    /** The code behind a route: reads the request, answers, and may throw {@link ApiException}. */
    @FunctionalInterface
    public interface Endpoint {
        void handle(Context ctx, Principal caller) throws Exception;
    }

    /** A query parameter. */
    public record Param(String name, Map<String, Object> schema, String description) {
    }

    public Route {
        query = List.copyOf(query);
    }

    static Route get(String path, String summary, Access access, Endpoint endpoint) {
        return new Route(HandlerType.GET, path, summary, access, List.of(), null, null, Schemas.object(), "application/json", 200, endpoint);
    }

    static Route post(String path, String summary, Access access, Endpoint endpoint) {
        return new Route(HandlerType.POST, path, summary, access, List.of(), null, null, Schemas.object(), "application/json", 200, endpoint);
    }

    static Route put(String path, String summary, Access access, Endpoint endpoint) {
        return new Route(HandlerType.PUT, path, summary, access, List.of(), null, null, Schemas.object(), "application/json", 200, endpoint);
    }

    static Route delete(String path, String summary, Access access, Endpoint endpoint) {
        return new Route(HandlerType.DELETE, path, summary, access, List.of(), null, null, Schemas.object(), "application/json", 200, endpoint);
    }

    Route query(String name, Map<String, Object> schema, String description) {
        List<Param> params = new ArrayList<>(query);
        params.add(new Param(name, schema, description));
        return new Route(method, path, summary, access, params, requestBody, requestType, response, responseType, successStatus, endpoint);
    }

    Route body(Map<String, Object> schema) {
        return body(schema, "application/json");
    }

    Route body(Map<String, Object> schema, String type) {
        return new Route(method, path, summary, access, query, schema, type, response, responseType, successStatus, endpoint);
    }

    Route returns(int status, Map<String, Object> schema) {
        return returns(status, schema, "application/json");
    }

    /** Answers {@code status} with a JSON document whose schema is generated from its record. */
    Route returns(int status, Class<? extends Record> document) {
        return returns(status, DocumentSchemas.of(document));
    }

    Route returns(int status, Map<String, Object> schema, String type) {
        return new Route(method, path, summary, access, query, requestBody, requestType, schema, type, status, endpoint);
    }

    /** The path parameters, in order: {@code {id}} in {@code /api/deals/{id}}. */
    List<String> pathParameters() {
        List<String> names = new ArrayList<>();
        var matcher = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
        while (matcher.find()) names.add(matcher.group(1));
        return names;
    }
}
