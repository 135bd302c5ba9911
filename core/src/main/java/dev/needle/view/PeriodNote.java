package dev.needle.view;

import dev.needle.measure.DefaultPeriod;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a JSON document says about the period it covers, beside its {@code period} instants: when the
 * period was moved to the data's own last days ({@code periodMoved}) or nothing falls in it, a
 * {@code periodNote} saying so and the period's days in the team's zone ({@code periodDays}). The same for {@code --json} and the API.
 */
public final class PeriodNote {
    private PeriodNote() {
    }

    public static Map<String, Object> add(Map<String, Object> document, DefaultPeriod.Chosen chosen) {
        if (chosen.note() == null) return document;
        document.put("periodNote", chosen.note());
        document.put("periodMoved", chosen.moved());
        Map<String, Object> days = new LinkedHashMap<>();
        days.put("first", chosen.firstDay().toString());
        days.put("last", chosen.lastDay().toString());
        days.put("zone", DefaultPeriod.zoneName(chosen.zone()));
        document.put("periodDays", days);
        return document;
    }
}
