package dev.needle.ingest.ical;

import java.util.Map;
import java.util.Optional;

/** One content line as written: upper-cased name, parameters (quotes removed), raw value, and its line. */
record RawProperty(String name, Map<String, String> parameters, String value, int line) {
    RawProperty {
        parameters = Map.copyOf(parameters);
        value = value.strip();
    }

    Optional<String> parameter(String parameterName) {
        return Optional.ofNullable(parameters.get(parameterName));
    }

    /** RFC 5545 TEXT unescaped: {@code \,} {@code \;} {@code \n} {@code \\}. */
    String text() {
        StringBuilder text = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                text.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
