package dev.needle.ingest.mail;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Splits an mbox file (RFC 4155; Gmail Takeout, Thunderbird, Apple Mail's {@code mbox}) into messages,
 * streaming, one message in memory at a time. A message starts at a {@code From } envelope line that opens
 * the file or follows an empty line and looks like an envelope (a time and a year); {@code >From } lines
 * (mboxrd/mboxo escaping of body lines) lose one {@code >}. mime4j's own mbox iterator is not served here,
 * and it would not give the byte offsets a row error names.
 */
final class Mbox {
    /** "From sender Wed Jan 11 13:01:59 +0000 2017", "From - Sat Jan  3 01:05:34 1998". */
    private static final Pattern ENVELOPE = Pattern.compile("^From \\S+ +.*\\d{1,2}:\\d{2}.*\\d{4}\\s*$");
    private static final Pattern ESCAPED_FROM = Pattern.compile("^>+From ");

    private Mbox() {
    }

    /** Whether the file starts like an mbox, so a Thunderbird folder file with no extension is recognised. */
    static boolean looksLikeMbox(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(5);
            return new String(start, StandardCharsets.ISO_8859_1).equals("From ");
        } catch (IOException e) {
            return false;
        }
    }

    /** @throws NotAnMboxException when the file does not start with an envelope line */
    static void read(Path file, Consumer<RawMessage> each) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            long offset = 0;
            long lineNumber = 0;
            long messageOffset = -1;
            long messageLine = 0;
            String envelope = null;
            boolean previousBlank = true;
            byte[] line;
            while ((line = readLine(in)) != null) {
                lineNumber++;
                String text = new String(line, StandardCharsets.ISO_8859_1);
                boolean separator = text.startsWith("From ") && (lineNumber == 1 || previousBlank && ENVELOPE.matcher(text.stripTrailing()).matches());
                if (lineNumber == 1 && !separator) throw new NotAnMboxException("it does not start with an mbox \"From \" line");
                if (separator) {
                    if (messageOffset >= 0) each.accept(new RawMessage(withoutSeparatorBlank(message), messageOffset, messageLine, envelope));
                    message.reset();
                    messageOffset = offset;
                    messageLine = lineNumber;
                    envelope = text.substring(5).strip();
                } else if (ESCAPED_FROM.matcher(text).find()) {
                    message.write(line, 1, line.length - 1);
                } else {
                    message.write(line);
                }
                previousBlank = text.isBlank();
                offset += line.length;
            }
            if (messageOffset >= 0) each.accept(new RawMessage(withoutSeparatorBlank(message), messageOffset, messageLine, envelope));
        }
    }

    /** The empty line before the next envelope belongs to the mbox, not to the message. */
    private static byte[] withoutSeparatorBlank(ByteArrayOutputStream message) {
        byte[] bytes = message.toByteArray();
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\n') end--;
        if (end > 0 && bytes[end - 1] == '\r') end--;
        return end == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, Math.max(end, 0));
    }

    /** A line with its terminator, or null at the end. */
    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) >= 0) {
            line.write(b);
            if (b == '\n') break;
        }
        return line.size() == 0 ? null : line.toByteArray();
    }

    static final class NotAnMboxException extends IOException {
        NotAnMboxException(String message) {
            super(message);
        }
    }
}
