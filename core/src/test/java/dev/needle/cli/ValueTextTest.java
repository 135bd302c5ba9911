package dev.needle.cli;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.measure.ActivityValue;
import dev.needle.testing.GeneratedOrg;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code needle value}'s text on the generated org ActivityValueTest uses (40 reps, 250 days, seed 3): every verdict
 * agrees with the intervals printed on its own line.
 */
class ValueTextTest {
    private static final Pattern INTERVAL = Pattern.compile("(-?\\d+\\.\\d+) \\[(-?\\d+\\.\\d+), (-?\\d+\\.\\d+)\\]");

    @Test
    void everyPrintedVerdictAgreesWithThePrintedIntervalsBesideIt() {
        GeneratedOrg org = GeneratedOrg.of(40, 250, 3);
        StringWriter text = new StringWriter();
        ValueText.print(new PrintWriter(text), ActivityValue.estimate(org.dataset(), ActivityCatalog.defaults(),
                org.start(), org.end()), "2025-06-30 to 2026-06-30 (UTC days)", null);

        List<String> lines = typeLines(text.toString());
        assertThat(lines).hasSizeGreaterThan(10);
        lines.forEach(ValueTextTest::assertVerdictAgreesWithItsIntervals);
        assertThat(text.toString()).contains("disagree on: ", "LinkedIn Message (classed HIGH, by the data no measured effect)");
    }

    /** The lines between the header and the first blank line: one per type. */
    static List<String> typeLines(String text) {
        List<String> lines = new ArrayList<>();
        String[] all = text.split("\n");
        for (int index = 2; index < all.length && !all[index].isBlank(); index++) lines.add(all[index]);
        return lines;
    }

    static void assertVerdictAgreesWithItsIntervals(String line) {
        Matcher matcher = INTERVAL.matcher(line);
        List<double[]> intervals = new ArrayList<>();
        while (matcher.find()) intervals.add(new double[]{Double.parseDouble(matcher.group(2)), Double.parseDouble(matcher.group(3))});
        boolean produces = line.contains("produces results");
        boolean noEffect = line.contains("no measurable effect");
        if (intervals.isEmpty()) {
            assertThat(produces || noEffect).as(line).isFalse();
            assertThat(line).as(line).containsAnyOf("too thin to tell", "not measurable");
        } else if (produces) {
            assertThat(intervals).as(line).anyMatch(interval -> interval[0] > 0);
            assertThat(line).as(line).contains(" HIGH ");
        } else {
            assertThat(noEffect).as(line).isTrue();
            assertThat(intervals).as(line).allMatch(interval -> interval[0] <= 0 && interval[1] >= 0);
            assertThat(line).as(line).contains("no measured effect");
        }
    }
}
