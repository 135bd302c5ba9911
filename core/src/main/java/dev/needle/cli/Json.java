package dev.needle.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.needle.view.Documents;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** {@code --json}: one JSON document on stdout and nothing else there. */
final class Json {
    static final ObjectMapper MAPPER = Documents.mapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    static void print(PrintWriter out, Object document) {
        try {
            out.println(MAPPER.writeValueAsString(document));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
