package dev.needle.generate;

import dev.needle.plan.ContentLines;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** RFC 5545 content lines streamed to a file: CRLF endings, folded at 75 octets ({@link ContentLines}), TEXT values escaped. */
final class IcsWriter implements Closeable {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private final Writer out;
    private int components;

    IcsWriter(Path file) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
    }

    /** Writes {@code NAME:value} (the name may carry parameters), folding it if it is long. */
    IcsWriter line(String nameAndParameters, String value) {
        StringBuilder line = new StringBuilder();
        ContentLines.append(line, nameAndParameters + ":" + value);
        try {
            out.write(line.toString());
            if (nameAndParameters.equals("BEGIN") && value.equals("VEVENT")) components++;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int events() {
        return components;
    }

    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    static String local(LocalDateTime time) {
        return LOCAL.format(time);
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String utc(long epochSecond) {
        return LOCAL.format(LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC)) + "Z";
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
