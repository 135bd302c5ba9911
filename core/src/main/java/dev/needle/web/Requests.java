package dev.needle.web;

import dev.needle.app.FindRep;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.auth.Principal;
import dev.needle.domain.Deal;
import dev.needle.domain.Rep;
import dev.needle.ingest.mapping.SalesforceIds;
import dev.needle.view.Documents;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Reading what a request asks for, each failure a 400 or 404 that names the parameter. */
final class Requests {
    static final ObjectMapper JSON = Documents.mapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private Requests() {
    }

    static LocalDate date(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("query parameter " + name + " must be a date like 2026-12-01, got \"" + value + "\"");
        }
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) return fallback;
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) return number;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badRequest("query parameter " + name + " must be a whole number from " + min + " to " + max + ", got \"" + value + "\"");
    }

    static <E extends Enum<E>> List<E> options(Context ctx, String name, Class<E> type) {
        return ctx.queryParams(name).stream().flatMap(value -> java.util.Arrays.stream(value.split(",")))
                .filter(value -> !value.isBlank()).map(value -> parse(name, value, type)).toList();
    }

    private static <E extends Enum<E>> E parse(String name, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("query parameter " + name + " must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants()) + ", got \"" + value + "\"");
        }
    }

    /**
     * The deal a path means: Needle's id, else the source system's id (a Salesforce id in its 15- or
     * 18-character form), if the caller may see it; any other answers 404 whether it exists or not.
     */
    static Deal visibleDeal(Snapshot snapshot, Principal caller, String key) {
        String wanted = key == null ? "" : key.trim();
        Deal byId = wanted.matches("\\d{1,18}") ? snapshot.deal(Long.parseLong(wanted)) : null;
        Deal found = byId != null && caller.visibility().canSee(byId.ownerId()) ? byId : null;
        if (found == null) {
            for (String form : SalesforceIds.lookupForms(wanted)) {
                List<Deal> matches = snapshot.data().deals().stream()
                        .filter(deal -> form.equals(deal.externalId()) && caller.visibility().canSee(deal.ownerId())).toList();
                if (matches.size() > 1) throw ApiException.badRequest("\"" + wanted + "\" matches " + matches.size() + " deals; use Needle's id");
                if (!matches.isEmpty()) {
                    found = matches.get(0);
                    break;
                }
            }
        }
        if (found == null || !caller.visibility().canSee(found.ownerId())) {
            throw ApiException.notFound("no deal " + wanted + " among the deals you may see");
        }
        return found;
    }

    /**
     * The rep a path or query means — Needle's id, the source system's id (a Salesforce id in its 15- or
     * 18-character form) or the email, as {@code --rep} takes — if the caller may see them. A rep outside the caller's visibility is answered like one
     * that does not exist (404), so the API does not reveal who else is in the store.
     */
    static Rep visibleRep(Snapshot snapshot, Principal caller, String key) {
        FindRep.Request wanted = new FindRep.Request(key);
        return FindRep.among(snapshot.data().reps(), wanted, rep -> caller.visibility().canSee(rep.id()))
                .orElseThrow(() -> ApiException.notFound("no rep " + wanted.key() + " among the reps you may see"));
    }

    /** The request attribute holding the {@link Answer} {@link #cachedJson} gave: what a restart may answer early. */
    static final String ANSWER = "needle.answer";

    /** JSON bytes answered, and the snapshot they were computed from. */
    record Answer(Snapshot snapshot, byte[] json) {
    }

    /**
     * Answers with {@code document} as JSON bytes computed once per snapshot and {@code key}: repeated
     * reads of unchanged data cost a map lookup, not an analysis and a serialisation.
     */
    static void cachedJson(Context ctx, Snapshot snapshot, Object key, java.util.function.Supplier<Object> document) {
        byte[] json = snapshot.derive(key, () -> {
            try {
                return JSON.writeValueAsBytes(document.get());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write " + key + " as JSON", e);
            }
        });
        ctx.attribute(ANSWER, new Answer(snapshot, json));
        ctx.contentType("application/json").result(json);
    }

    /** The request body as {@code type}: 400 when it is not JSON of that shape, naming the field. */
    static <T> T body(Context ctx, Class<T> type) {
        String text = ctx.body();
        if (text.isBlank()) throw ApiException.badRequest("the request needs a JSON body");
        try {
            return JSON.readValue(text, type);
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.badRequest("unknown field \"" + path(e) + "\"; the fields are " + e.getKnownPropertyIds());
        } catch (MismatchedInputException e) {
            throw ApiException.badRequest("field \"" + path(e) + "\" must be " + expected(e.getTargetType()) + where(e));
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not valid JSON: " + firstLine(e.getOriginalMessage()) + where(e));
        }
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(step -> step.getFieldName() != null ? step.getFieldName() : "[" + step.getIndex() + "]")
                .reduce((one, other) -> other.startsWith("[") ? one + other : one + "." + other).orElse("");
    }

    private static String expected(Class<?> type) {
        if (type == null) return "of another type";
        if (type == LocalDate.class) return "a date like 2026-12-01";
        if (type == java.time.Instant.class) return "an instant like 2026-12-01T09:30:00Z";
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class) return "a whole number";
        if (type == String.class) return "text";
        if (type.isEnum()) return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        return "an object";
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String firstLine(String message) {
        if (message == null) return "unreadable";
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
