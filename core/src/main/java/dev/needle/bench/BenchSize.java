package dev.needle.bench;

import dev.needle.domain.NeedleException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How big a benchmark org is, in logged activities ("100k", "1m", "10m"), and the reps that make it.
 * The generator logs about 23.5 activities per rep and working day (19 reps × 250 days gave 111,399;
 * 200 × 250 gave 1,178,056), so 1m is 170 reps at 250 days; the run reports the count it got.
 */
public record BenchSize(String label, long activities) {
    static final double ACTIVITIES_PER_REP_DAY = 23.5;
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)([km]?)");

    public BenchSize {
        if (activities < 1) throw new InvalidBenchSizeException("a benchmark needs at least one activity: " + label);
    }

    /** "100k", "1m", "2.5m" or a plain count. */
    public static BenchSize parse(String text) {
        String size = text.trim().toLowerCase(Locale.ROOT);
        Matcher matcher = SIZE.matcher(size);
        if (!matcher.matches()) {
            throw new InvalidBenchSizeException("not a size: '" + text + "' (write e.g. 100k, 1m or 250000)");
        }
        double factor = switch (matcher.group(2)) {
            case "k" -> 1e3;
            case "m" -> 1e6;
            default -> 1;
        };
        return new BenchSize(size, Math.round(Double.parseDouble(matcher.group(1)) * factor));
    }

    /** A comma-separated list, in the order given. */
    public static List<BenchSize> parseList(String text) {
        return Arrays.stream(text.split(",")).filter(part -> !part.isBlank()).map(BenchSize::parse).toList();
    }

    /** The size that {@code reps} reps over {@code days} working days make: what --reps asks for. */
    public static BenchSize ofReps(int reps, int days) {
        return new BenchSize(reps + " reps", Math.round(reps * days * ACTIVITIES_PER_REP_DAY));
    }

    /** The reps to generate over {@code days} working days for about this many activities; at least one. */
    public int reps(int days) {
        return (int) Math.max(1, Math.round(activities / (ACTIVITIES_PER_REP_DAY * days)));
    }

    public static class InvalidBenchSizeException extends NeedleException {
        public InvalidBenchSizeException(String message) {
            super(message);
        }
    }
}
