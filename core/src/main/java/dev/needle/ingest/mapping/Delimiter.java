package dev.needle.ingest.mapping;

/** The field separators a CSV export is written with: comma, or semicolon where Excel's locale uses a decimal comma, or tab. */
public enum Delimiter {
    COMMA(','), SEMICOLON(';'), TAB('\t');

    private final char symbol;

    Delimiter(char symbol) {
        this.symbol = symbol;
    }

    public char symbol() {
        return symbol;
    }

    /**
     * The separator that splits the header line into most fields (quoted text ignored); comma on a tie or when
     * none occurs, since a one-column file is most likely a comma-separated one.
     */
    static Delimiter of(String headerLine) {
        Delimiter best = COMMA;
        int bestCount = count(headerLine, COMMA.symbol);
        for (Delimiter candidate : new Delimiter[] {SEMICOLON, TAB}) {
            int count = count(headerLine, candidate.symbol);
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static int count(String line, char symbol) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == symbol && !quoted) count++;
        }
        return count;
    }
}
