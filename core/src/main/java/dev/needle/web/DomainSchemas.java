package dev.needle.web;

import dev.needle.domain.Activity;
import dev.needle.domain.NextAction;

import java.util.List;
import java.util.Map;

import static dev.needle.web.Schemas.date;
import static dev.needle.web.Schemas.dateTime;
import static dev.needle.web.Schemas.integer;
import static dev.needle.web.Schemas.nullableInteger;
import static dev.needle.web.Schemas.nullableString;
import static dev.needle.web.Schemas.object;
import static dev.needle.web.Schemas.string;

/**
 * The schemas of the two domain records the API answers with as they are stored (an activity, a next action).
 * The domain carries no annotations, so which of their fields may be null is declared here;
 * {@link DocumentSchemas} uses these wherever a document holds one, and the response test checks them.
 */
final class DomainSchemas {
    static final Map<String, Object> ACTIVITY = object("*id", integer(), "*source", string(), "*externalId", string(),
            "*repId", integer(), "*type", string(), "*start", dateTime(), "*durationMinutes", integer(), "*durationRecorded", Schemas.bool(),
            "dealId", nullableInteger(), "accountId", nullableInteger(), "contactId", nullableInteger(), "leadId", nullableInteger(),
            "direction", Schemas.nullable(Schemas.enumOf(List.of("OUTBOUND", "INBOUND", "INTERNAL"))), "outcome", nullableString(),
            "valueForBuyer", nullableString(), "buyerNextStep", nullableString(), "subject", nullableString(), "notes", nullableString());
    static final Map<String, Object> NEXT_ACTION = object("*id", integer(), "*source", string(), "*externalId", string(),
            "*dealId", integer(), "repId", nullableInteger(), "*what", string(), "due", Schemas.nullable(date()), "valueForBuyer", nullableString(),
            "buyerNextStep", nullableString(), "*status", Schemas.enumOf(List.of("OPEN", "DONE")));
    private static final Map<Class<?>, Map<String, Object>> DECLARED = Map.of(Activity.class, ACTIVITY, NextAction.class, NEXT_ACTION);

    private DomainSchemas() {
    }

    /** The declared schema of {@code type}, or null when it is no domain record answered as stored. */
    static Map<String, Object> of(Class<?> type) {
        return DECLARED.get(type);
    }
}
