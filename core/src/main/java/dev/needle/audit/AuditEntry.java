package dev.needle.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/** One record of the audit trail as read back: when, who, through which route, which records, what changed. */
public record AuditEntry(long id, Instant at, Actor actor, String action, List<String> records, JsonNode change) {
    public AuditEntry {
        records = List.copyOf(records);
    }

    /** An entry as stored: the change as the JSON text the trail keeps. */
    public static AuditEntry of(long id, Instant at, Actor actor, String action, List<String> records, String changeJson) {
        return new AuditEntry(id, at, actor, action, records, AuditJson.read(changeJson));
    }
}
