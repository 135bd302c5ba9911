package dev.needle.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.needle.measure.DefaultPeriod;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * What a JSON document says about the period it covers, beside its {@code period} instants: when the
 * period was moved to the data's own last days ({@code periodMoved}) or nothing falls in it, a
 * {@code periodNote} saying so and the period's days in the team's zone ({@code periodDays}). The same for {@code --json} and the API.
 *
 * <p>A document record carries it as its last component, {@code @JsonUnwrapped @Nullable PeriodNote periodNote}:
 * its three fields then stand beside the document's own, and a document with nothing to say writes none of them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PeriodNote(String periodNote, boolean periodMoved, Days periodDays) {
    /** The period's first and last day in {@code zone}, the team's zone (an id, or {@code UTC}). */
    public record Days(LocalDate first, LocalDate last, String zone) {
    }

    /** The note on {@code chosen}, or null when there is nothing to say about its period. */
    public static @Nullable PeriodNote of(DefaultPeriod.Chosen chosen) {
        if (chosen.note() == null) return null;
        return new PeriodNote(chosen.note(), chosen.moved(),
                new Days(chosen.firstDay(), chosen.lastDay(), DefaultPeriod.zoneName(chosen.zone())));
    }
}
