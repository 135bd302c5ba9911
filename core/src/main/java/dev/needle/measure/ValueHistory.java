package dev.needle.measure;

/**
 * A history read once for the value model ({@link ActivityValue#read}): compact per-unit drafts and the
 * times of every record, so the period can be chosen ({@link DefaultPeriod#choose(RecordTimes, java.time.Instant,
 * Period, int, java.time.ZoneId)}) and the values learned without reading the store again.
 */
public final class ValueHistory {
    final ValueReading.Read read;

    ValueHistory(ValueReading.Read read) {
        this.read = read;
    }

    /** The activities recorded before as-of. */
    public long activities() {
        return read.activities();
    }

    /** When the records happened, in UTC days as the value model counts them. */
    public RecordTimes times() {
        return read.times();
    }
}
