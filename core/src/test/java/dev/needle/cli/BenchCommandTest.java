package dev.needle.cli;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What `needle bench` refuses before it generates anything. */
class BenchCommandTest {
    @Test
    void sizesAndRepsTogetherAreBadUsage() {
        CliRun run = CliRun.of(Map.of(), "bench", "--sizes", "100k", "--reps", "19");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("give --sizes or --reps, not both");
    }

    @Test
    void aSizeThatIsNotACountIsBadUsage() {
        CliRun run = CliRun.of(Map.of(), "bench", "--sizes", "100k,huge");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'huge'");
    }

    @Test
    void anImportHeapThatIsNotAHeapSizeIsBadUsage() {
        CliRun run = CliRun.of(Map.of(), "bench", "--sizes", "100k", "--import-heap", "lots");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("512m");
    }
}
