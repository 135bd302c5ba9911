package dev.needle.ingest.mapping;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * What the first few kilobytes of a file say it is. Cheap by design: it decides how to read the file (workbook or
 * text, and in which encoding when the bytes make that evident) and refuses obvious non-text before any decoding.
 */
record FileSignature(Kind kind, Charset charset, int bomLength) {

    /** How many bytes are looked at: enough for statistics on NULs and control bytes, small enough to be free. */
    static final int SAMPLE_SIZE = 8192;

    enum Kind {
        /** A zip archive: an .xlsx workbook (or .ods, .docx, a plain zip). */
        ZIP,
        /** An OLE2 compound document: an old binary .xls workbook (or .doc). */
        OLE2,
        PDF,
        /** Bytes no text file has: NULs outside UTF-16, or many control bytes. */
        BINARY,
        /** Text whose encoding is known from a byte-order mark or the NUL pattern of UTF-16. */
        TEXT_KNOWN_ENCODING,
        /** Text without a byte-order mark: UTF-8, or whatever encoding the user declares. */
        TEXT
    }

    static FileSignature of(byte[] head) {
        if (startsWith(head, 'P', 'K', 3, 4)) return new FileSignature(Kind.ZIP, null, 0);
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) return new FileSignature(Kind.OLE2, null, 0);
        if (startsWith(head, '%', 'P', 'D', 'F', '-')) return new FileSignature(Kind.PDF, null, 0);
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) return new FileSignature(Kind.TEXT_KNOWN_ENCODING, StandardCharsets.UTF_8, 3);
        if (startsWith(head, 0xFF, 0xFE)) return new FileSignature(Kind.TEXT_KNOWN_ENCODING, StandardCharsets.UTF_16LE, 2);
        if (startsWith(head, 0xFE, 0xFF)) return new FileSignature(Kind.TEXT_KNOWN_ENCODING, StandardCharsets.UTF_16BE, 2);
        Charset utf16 = utf16ByNulPattern(head);
        if (utf16 != null) return new FileSignature(Kind.TEXT_KNOWN_ENCODING, utf16, 0);
        return new FileSignature(looksBinary(head) ? Kind.BINARY : Kind.TEXT, null, 0);
    }

    /**
     * UTF-16 without a byte-order mark: CSV text is mostly ASCII (digits, commas, names), so one byte of most pairs
     * is NUL and always the same one. Random bytes have NULs on both sides, rarely.
     */
    private static Charset utf16ByNulPattern(byte[] head) {
        int pairs = head.length / 2;
        if (pairs < 2) return null;
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i + 1 < head.length; i += 2) {
            if (head[i] == 0) evenNuls++;
            if (head[i + 1] == 0) oddNuls++;
        }
        if (oddNuls * 5 >= pairs && evenNuls * 10 <= oddNuls) return StandardCharsets.UTF_16LE;
        if (evenNuls * 5 >= pairs && oddNuls * 10 <= evenNuls) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** A NUL anywhere, or more than one byte in fifty a control character other than tab, line breaks, form feed, DOS end-of-file. */
    static boolean looksBinary(byte[] head) {
        int controls = 0;
        for (byte b : head) {
            if (b == 0) return true;
            if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) controls++;
        }
        return controls * 50 > head.length;
    }

    private static boolean startsWith(byte[] head, int... signature) {
        if (head.length < signature.length) return false;
        for (int i = 0; i < signature.length; i++) if ((head[i] & 0xFF) != signature[i]) return false;
        return true;
    }
}
