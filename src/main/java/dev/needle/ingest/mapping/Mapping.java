package dev.needle.ingest.mapping;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A column mapping: which files it recognises (by header, optionally by file name), what kind of
 * record each row becomes, and how each Needle field is read. Mappings are data — JSON files under
 * {@code mappings/} for the formats Needle ships, or a user's own file given with {@code --mapping}.
 *
 * @param system     the source system the records come from (part of their identity)
 * @param entity     the kind of record every row becomes, unless {@code entityWhen} says otherwise
 * @param ids        {@code "salesforce"} turns 15-character ids into 18-character ones and drops empty lookups
 * @param timeZone   the zone of timestamps written without one (Salesforce exports are in GMT)
 * @param dateOrder  {@code "MDY"} (default) or {@code "DMY"} for slashed dates such as 3/4/2017
 * @param skipWhen   rows matching any of these rules are left out (e.g. deleted records)
 * @param lookups    small side tables in files next to the data file
 * @param listSeparator links written as lists ("123;456", HubSpot's associations) take the first
 */
public record Mapping(String name, String description, String system, EntityKind entity, List<EntityRoute> entityWhen,
                      Match match, String ids, String timeZone, String dateOrder, List<Rule> skipWhen,
                      Map<String, Lookup> lookups, Map<String, FieldSpec> fields, String listSeparator) {

    public Mapping {
        if (name == null || name.isBlank()) throw new InvalidMappingException("a mapping needs a \"name\"");
        if (system == null || system.isBlank()) throw new InvalidMappingException(name + ": \"system\" is required");
        if (entity == null) throw new InvalidMappingException(name + ": \"entity\" is required");
        if (match == null || match.headers() == null || match.headers().isEmpty()) {
            throw new InvalidMappingException(name + ": \"match.headers\" must list the columns that identify the file");
        }
        if (fields == null || !fields.containsKey("externalId")) {
            throw new InvalidMappingException(name + ": \"fields\" must map at least \"externalId\"");
        }
        entityWhen = entityWhen == null ? List.of() : List.copyOf(entityWhen);
        skipWhen = skipWhen == null ? List.of() : List.copyOf(skipWhen);
        lookups = lookups == null ? Map.of() : Map.copyOf(lookups);
        fields = Map.copyOf(fields);
    }

    /** Which files a mapping takes: all of {@code headers} present and, if given, the file name matching. */
    public record Match(String fileName, List<String> headers) {
        boolean accepts(String file, Set<String> header) {
            if (fileName != null && !Pattern.compile(fileName).matcher(file).find()) return false;
            return header.containsAll(headers);
        }
    }

    /** {@code {"if": {...}, "entity": "NEXT_ACTION"}}. */
    public record EntityRoute(@com.fasterxml.jackson.annotation.JsonProperty("if") Map<String, List<String>> conditions,
                              EntityKind entity) {
        boolean holds(SourceRow row) {
            return new Rule(conditions, entity.name()).holds(row);
        }
    }

    /** A side table: {@code file} next to the data file, {@code key} column to {@code value} column. */
    public record Lookup(String file, String key, String value) {
    }

    public boolean accepts(String fileName, Set<String> header) {
        return match.accepts(fileName, header);
    }

    public EntityKind entityFor(SourceRow row) {
        for (EntityRoute route : entityWhen) if (route.holds(row)) return route.entity();
        return entity;
    }

    public boolean skips(SourceRow row) {
        return skipWhen.stream().anyMatch(rule -> rule.holds(row));
    }

    public boolean usesSalesforceIds() {
        return "salesforce".equalsIgnoreCase(ids);
    }
}
