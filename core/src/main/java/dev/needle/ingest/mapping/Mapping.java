package dev.needle.ingest.mapping;

import java.util.HashSet;
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
 * @param locale     the convention of the file's amounts ({@code de-DE}: 1.234,56), when it is not the import's
 */
public record Mapping(String name, String description, String system, EntityKind entity, List<EntityRoute> entityWhen,
                      Match match, String ids, String timeZone, String dateOrder, List<Rule> skipWhen,
                      Map<String, Lookup> lookups, Map<String, FieldSpec> fields, String listSeparator,
                      String locale) {

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

    /**
     * How a mapping recognises its files. Column names are compared case-insensitively, because
     * Salesforce's Data Loader writes them in capitals (up to v60) or lower case (v62).
     *
     * @param headers  columns that on their own identify the file (all must be present)
     * @param required columns without which no record can be made; {@code "Name|Email"} means either;
     *                 defaults to {@code headers}. A recognised file lacking one is refused, naming it.
     * @param fileName a regular expression the file name must match (a filter, for a user's own mapping)
     * @param nameHint a regular expression on the file name that recognises the file when the
     *                 identifying headers are not all there (Salesforce names Data Export files
     *                 after the object: {@code User.csv})
     * @param idPrefix the Salesforce key prefix of the records' ids ({@code 005} User, {@code 00T}
     *                 Task): recognises a file of chosen columns by its data, whatever its name
     */
    public record Match(String fileName, List<String> headers, List<String> required, String nameHint,
                        String idPrefix) {
        public Match {
            headers = headers == null ? null : List.copyOf(headers);
            required = required == null ? headers : List.copyOf(required);
        }

        boolean fileNameAllowed(String file) {
            return fileName == null || Pattern.compile(fileName, Pattern.CASE_INSENSITIVE).matcher(file).find();
        }

        boolean identifiedByHeaders(FileSample sample) {
            return fileNameAllowed(sample.name()) && headers.stream().allMatch(sample::hasColumn);
        }

        boolean nameHintMatches(String file) {
            return nameHint != null && Pattern.compile(nameHint, Pattern.CASE_INSENSITIVE).matcher(file).find();
        }

        /** The required columns (or alternatives, "A|B") the sample lacks. */
        List<String> missingRequired(FileSample sample) {
            return required.stream().filter(alternatives -> java.util.Arrays.stream(alternatives.split("\\|"))
                    .map(String::trim).noneMatch(sample::hasColumn)).toList();
        }

        /** Identifying headers spelled exactly as the mapping spells them: between two otherwise equal fits, the closer. */
        long headersInTheirOwnCase(FileSample sample) {
            return headers.stream().filter(sample.header()::contains).count();
        }

        List<String> missingHeaders(FileSample sample) {
            return headers.stream().filter(column -> !sample.hasColumn(column)).toList();
        }
    }

    /** {@code {"if": {...}, "entity": "NEXT_ACTION"}}. */
    public record EntityRoute(@com.fasterxml.jackson.annotation.JsonProperty("if") Map<String, List<String>> conditions,
                              EntityKind entity) {
    }

    /** A side table: {@code file} next to the data file, {@code key} column to {@code value} column. */
    public record Lookup(String file, String key, String value) {
    }

    /** The Salesforce key prefix agrees with the ids in the sample's id column, or there is no prefix to check. */
    IdEvidence idEvidence(FileSample sample) {
        if (match.idPrefix() == null) return IdEvidence.NONE;
        FieldSpec id = fields.get("externalId");
        String column = id == null ? null : id.column();
        String value = column == null ? null : sample.firstValue(column);
        if (value == null || !SalesforceIds.looksLikeId(value)) return IdEvidence.NONE;
        return value.startsWith(match.idPrefix()) ? IdEvidence.MATCHES : IdEvidence.CONTRADICTS;
    }

    enum IdEvidence { MATCHES, NONE, CONTRADICTS }

    /** How many of the columns this mapping can read the sample has: the better fit among candidates. */
    long columnsRead(FileSample sample) {
        return fields.values().stream().flatMap(spec -> spec.columns().stream()).distinct().filter(sample::hasColumn).count();
    }

    /** Every column name the mapping reads, spelled as it spells them, so a file can find them all once. */
    Set<String> columnNames() {
        Set<String> names = new HashSet<>();
        for (FieldSpec spec : fields.values()) {
            names.addAll(spec.columns());
            if (spec.onlyIf() != null) names.addAll(spec.onlyIf().keySet());
            if (spec.orLookup() != null && spec.orLookup().column() != null) names.add(spec.orLookup().column());
        }
        skipWhen.forEach(rule -> names.addAll(rule.conditions().keySet()));
        entityWhen.forEach(route -> names.addAll(route.conditions().keySet()));
        return names;
    }

    public boolean usesSalesforceIds() {
        return "salesforce".equalsIgnoreCase(ids);
    }
}
