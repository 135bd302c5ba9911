package dev.needle.work;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A deal's very next action as a rep sets or reschedules it (seed 003): what will be done, when, what
 * the buyer gets from it, and which step the buyer should take as a result. All four are required: a
 * next action without value for the buyer is the empty touch Needle exists to prevent.
 */
public record NextActionEntry(String what, LocalDate due, String valueForBuyer, String buyerNextStep) {
    public NextActionEntry {
        what = Fields.trimmed(what);
        valueForBuyer = Fields.trimmed(valueForBuyer);
        buyerNextStep = Fields.trimmed(buyerNextStep);
    }

    /** Throws {@link InvalidInputException} naming every missing field, each prefixed by {@code prefix}. */
    public void validate(String prefix) {
        Map<String, String> problems = new LinkedHashMap<>();
        problems(problems, prefix);
        InvalidInputException.check(problems);
    }

    void problems(Map<String, String> problems, String prefix) {
        Fields.required(problems, prefix + "what", what, "what will be done");
        if (what != null && what.length() > 1000) problems.put(prefix + "what", "at most 1000 characters");
        Fields.required(problems, prefix + "due", due, "the day it is due (YYYY-MM-DD)");
        Fields.required(problems, prefix + "valueForBuyer", valueForBuyer, "what the buyer gets from it");
        Fields.required(problems, prefix + "buyerNextStep", buyerNextStep, "the step the buyer should take as a result");
    }
}
