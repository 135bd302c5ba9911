package dev.needle.plan;

/**
 * RFC 5545 content lines folded at 75 octets, never inside a UTF-8 character. ical4j 4.4's own
 * FoldingWriter counts characters, not octets: a line of 73 'ü' comes out 138 octets long.
 */
public final class ContentLines {
    private static final int MAX_OCTETS = 75;

    private ContentLines() {
    }

    /** Appends {@code content} as one folded line ended by CRLF. */
    public static void append(StringBuilder ics, String content) {
        int octets = 0;
        for (int index = 0; index < content.length(); ) {
            int codePoint = content.codePointAt(index);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (octets + size > MAX_OCTETS) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            index += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }

    /** {@code unfolded}'s lines (CRLF or LF ended), each folded at 75 octets. */
    public static String fold(String unfolded) {
        StringBuilder ics = new StringBuilder(unfolded.length() + unfolded.length() / 40);
        for (String line : unfolded.split("\r?\n")) {
            if (!line.isEmpty()) append(ics, line);
        }
        return ics.toString();
    }
}
