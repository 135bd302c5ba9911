package dev.needle.app;

import dev.needle.domain.NeedleException;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A use case's request that cannot be answered as given: a missing rep, days in the wrong order. The problem
 * names its fields in braces ({@code "{to} must not be before {from}"}) so that each adapter says them its own
 * way: the command line as options ({@code --to}), the API as query parameters ({@code to}).
 */
public class InvalidRequestException extends NeedleException {
    private static final Pattern FIELD = Pattern.compile("\\{([a-z-]+)}");
    private final String problem;

    public InvalidRequestException(String problem) {
        super(problem.replaceAll(FIELD.pattern(), "$1"));
        this.problem = problem;
    }

    /** The problem with each field named by {@code name}: {@code field -> "--" + field} on the command line. */
    public String message(UnaryOperator<String> name) {
        Matcher field = FIELD.matcher(problem);
        StringBuilder said = new StringBuilder();
        while (field.find()) field.appendReplacement(said, Matcher.quoteReplacement(name.apply(field.group(1))));
        field.appendTail(said);
        return said.toString();
    }
}
