package dev.needle.web;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.ValueClass;
import dev.needle.domain.WorkCategory;

import java.util.List;

/** {@code GET /api/activity-types}: the catalogue's types, each once under its name (aliases left out). */
public record ActivityTypesDocument(List<Type> types) {

    /** An activity type a form offers. */
    public record Type(String name, ValueClass valueClass, WorkCategory category, int defaultMinutes) {
        static Type of(ActivityCatalog.Entry entry) {
            return new Type(entry.name(), entry.valueClass(), entry.category(), entry.defaultMinutes());
        }
    }
}
