package dev.needle.ingest.mapping;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.Direction;
import dev.needle.domain.NextAction;
import dev.needle.domain.Outcome;
import dev.needle.ingest.Incoming;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns one mapped row into the record its entity kind says. Pure, so rows can be read on several threads;
 * the caller hands the records to the import session in file order.
 * The field names here are the vocabulary of every mapping file (documented in docs/formats.md).
 */
final class RecordReader {
    /** More distinct activity types than any real file has: beyond it, types are classified row by row. */
    private static final int MOST_TYPES_KEPT = 10_000;

    private final ActivityCatalog catalog;
    /** A file's few activity types, repeated on every row: each classified once, and kept as one string. */
    private final Map<String, KnownType> types = new ConcurrentHashMap<>();

    private record KnownType(String name, int defaultMinutes) {
    }

    RecordReader(ActivityCatalog catalog) {
        this.catalog = catalog;
    }

    /** @return one of the {@link Incoming} records */
    Record read(EntityKind kind, String system, MappedRow row) {
        String id = row.requiredRef("externalId");
        row.checkEveryTypedColumn();
        return switch (kind) {
            case REP -> new Incoming.Rep(system, id, row.text("name"), row.text("email"), row.text("team"),
                    row.ref("managerRef"), row.text("timeZone"), row.amount("quota"));
            case ACCOUNT -> new Incoming.Account(system, id, row.text("name"), row.text("industry"),
                    row.bool("dreamClient"));
            case CONTACT -> new Incoming.Contact(system, id, row.ref("accountRef"), row.text("name"),
                    row.text("title"), row.text("email"));
            case DEAL -> {
                Outcome outcome = row.enumValue("outcome", Outcome.class, Outcome.OPEN);
                Amounts.Money amount = row.money("amount");
                // the currency column wins; else the currency the amount itself names ($, EUR)
                String currency = row.text("currency") != null ? row.text("currency") : amount == null ? null : amount.currency();
                yield new Incoming.Deal(system, id, row.ref("accountRef"), row.ref("ownerRef"),
                    row.text("name"), amount == null ? null : amount.amount(), currency, row.text("stage"),
                    row.text("leadSource"), row.text("product"), row.instant("createdAt"), row.date("expectedClose"),
                    closedAt(row, outcome), outcome);
            }
            case LEAD -> new Incoming.Lead(system, id, row.text("name"), row.text("company"),
                    row.text("email"), row.ref("ownerRef"), row.text("status"), row.text("leadSource"),
                    row.instant("createdAt"), row.bool("converted"), row.ref("convertedAccountRef"),
                    row.ref("convertedContactRef"), row.ref("convertedDealRef"), row.date("convertedAt"));
            case STAGE_CHANGE -> new Incoming.StageChange(system, id, row.requiredRef("dealRef"),
                    row.text("fromStage"), row.requiredText("toStage"), row.requiredInstant("at"));
            case ACTIVITY -> readActivity(system, id, row);
            case NEXT_ACTION -> readNextAction(system, id, row);
        };
    }

    /** A closed deal's close date; exports without a closed-at column give the expected close date, which then is it. */
    private static java.time.LocalDate closedAt(MappedRow row, Outcome outcome) {
        java.time.LocalDate closedAt = row.date("closedAt");
        return closedAt != null || outcome == Outcome.OPEN ? closedAt : row.date("expectedClose");
    }

    /** An open task on a deal is the deal's next action; one on an account or contact is a commitment to it. */
    private Record readNextAction(String system, String id, MappedRow row) {
        String dealRef = row.ref("dealRef");
        if (dealRef == null) {
            return new Incoming.Commitment(system, id, row.requiredRef("repRef"), row.ref("accountRef"), null,
                    row.ref("contactRef"), row.ref("leadRef"), row.requiredText("what"), row.date("due"), false);
        }
        return new Incoming.NextAction(system, id, dealRef, row.ref("repRef"), row.requiredText("what"),
                row.date("due"), row.text("valueForBuyer"), row.text("buyerNextStep"),
                row.enumValue("status", NextAction.Status.class, NextAction.Status.OPEN));
    }

    private Incoming.Activity readActivity(String system, String id, MappedRow row) {
        KnownType known = known(row.requiredText("type"));
        String type = known.name();
        // an all-day event (a trade show, an offsite) is not selling time: kept, with no hours
        Integer minutes = row.bool("allDay") ? Integer.valueOf(0) : row.minutes("durationMinutes");
        // Salesforce records no duration for most tasks: the catalogue's default for the type stands in
        boolean recorded = minutes != null;
        int duration = recorded ? minutes : known.defaultMinutes();
        return new Incoming.Activity(system, id, row.requiredRef("repRef"), type, row.requiredInstant("start"),
                duration, recorded, row.ref("dealRef"), row.ref("accountRef"), row.ref("contactRef"),
                row.ref("leadRef"), row.enumValue("direction", Direction.class, null), row.text("outcome"), row.text("valueForBuyer"),
                row.text("buyerNextStep"), row.text("subject"), row.text("notes"));
    }

    private KnownType known(String type) {
        KnownType known = types.get(type);
        if (known != null) return known;
        known = new KnownType(type, catalog.classify(type).defaultMinutes());
        if (types.size() < MOST_TYPES_KEPT) types.putIfAbsent(type, known);
        return known;
    }
}
