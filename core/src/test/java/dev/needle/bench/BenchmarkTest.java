package dev.needle.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchmarkTest {
    @Test
    void theRowsAnImportStoredAreEveryFilesOnceItCommitted() {
        String report = """
                {"committed": true, "files": [{"file": "Account.csv", "stored": 12}, {"file": "Task.csv", "stored": 30}]}""";

        assertThat(Benchmark.rowsStored(report)).isEqualTo(42);
    }

    @Test
    void anImportThatDidNotCommitIsAFailedBenchmark() {
        assertThatThrownBy(() -> Benchmark.rowsStored("{\"committed\": false, \"files\": []}")).hasMessageContaining("did not commit");
    }
}
