package dev.needle.ingest.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes a byte stream strictly, in one pass, and says where it failed. An InputStreamReader with a REPORT decoder
 * also refuses bad bytes, but its MalformedInputException tells neither the line nor the bytes; this reader counts
 * the line breaks it has decoded so the error can name both.
 */
final class StrictDecodingReader extends Reader {
    private static final int BUFFER_SIZE = 8192;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE).flip();
    private boolean endOfInput;
    private boolean flushed;
    private long lineBreaks;
    private boolean pendingCarriageReturn;
    private UndecodableBytes failure;

    StrictDecodingReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Bytes the charset cannot decode: where they are and what they are. */
    static final class UndecodableBytes extends CharacterCodingException {
        private final long line;
        private final byte[] offending;

        UndecodableBytes(long line, byte[] offending) {
            this.line = line;
            this.offending = offending;
        }

        long line() {
            return line;
        }

        /** "byte 0xFC" or "bytes 0xC3 0x28". */
        String describeBytes() {
            StringBuilder text = new StringBuilder(offending.length == 1 ? "byte" : "bytes");
            for (byte b : offending) text.append(String.format(" 0x%02X", b & 0xFF));
            return text.toString();
        }

        @Override
        public String getMessage() {
            return "line " + line + ": " + describeBytes();
        }
    }

    /** The decoding failure, once one happened: callers that get the error wrapped by a parser find it here. */
    UndecodableBytes failure() {
        return failure;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) return 0;
        if (!chars.hasRemaining() && !fill()) return -1;
        int count = Math.min(length, chars.remaining());
        chars.get(target, offset, count);
        return count;
    }

    /**
     * Decodes the next chunk into {@code chars}; false at the end of the stream. Text decoded before bad bytes is
     * handed out first, so the rows before the bad line are read; the failure is thrown on the call after.
     */
    private boolean fill() throws IOException {
        if (failure != null) throw failure;
        chars.clear();
        while (chars.position() == 0 && !flushed) {
            if (!endOfInput) readMoreBytes();
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                recordFailure(result);
                break;
            }
            if (endOfInput && result.isUnderflow()) {
                CoderResult flush = decoder.flush(chars);
                if (flush.isError()) {
                    recordFailure(flush);
                    break;
                }
                flushed = flush.isUnderflow();
            }
        }
        if (failure == null) countLineBreaks(chars.position());
        chars.flip();
        if (!chars.hasRemaining() && failure != null) throw failure;
        return chars.hasRemaining();
    }

    private void readMoreBytes() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) endOfInput = true;
        else bytes.position(bytes.position() + read);
        bytes.flip();
    }

    private void recordFailure(CoderResult result) {
        countLineBreaks(chars.position());
        if (pendingCarriageReturn) lineBreaks++;
        byte[] offending = new byte[Math.min(result.length(), bytes.remaining())];
        bytes.get(bytes.position(), offending);
        failure = new UndecodableBytes(lineBreaks + 1, offending);
    }

    /** Counts \n, \r\n and a lone \r as one line break each, as CSV parsers do. */
    private void countLineBreaks(int decoded) {
        char[] text = chars.array();
        int i = 0;
        if (pendingCarriageReturn && decoded > 0) {
            pendingCarriageReturn = false;
            lineBreaks++;
            if (text[0] == '\n') i++;
        }
        for (; i < decoded; i++) {
            char c = text[i];
            if (c > '\r') continue; // nearly every character: one comparison
            if (c == '\n') {
                lineBreaks++;
            } else if (c == '\r') {
                if (i + 1 == decoded) {
                    pendingCarriageReturn = true; // the next chunk tells whether a \n follows
                } else {
                    lineBreaks++;
                    if (text[i + 1] == '\n') i++;
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
