package dev.needle.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PeakRssTest {
    @TempDir
    Path work;

    @Test
    void thePeakIsLinuxsHighWaterMarkInMegabytes() {
        String status = "Name:\tjava\nVmPeak:\t 9000000 kB\nVmHWM:\t  524288 kB\nVmRSS:\t  400000 kB\n";

        assertThat(PeakRss.parseMegabytes(status)).hasValue(512);
    }

    @Test
    void withoutAHighWaterMarkThereIsNoPeak() {
        assertThat(PeakRss.parseMegabytes("Name:\tjava\n")).isEmpty();
    }

    @Test
    void aChildJvmReportsItsPeakAsItExits() {
        ChildJvm.Result run = ChildJvm.run(List.of("-Xmx64m"), Hello.class.getName(), List.of("world"), work);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("hello world");
        if (PeakRss.megabytes().isPresent()) assertThat(run.peakRssMegabytes().orElse(0)).isPositive();
    }

    /** What the child runs. */
    public static final class Hello {
        public static void main(String[] args) {
            System.out.print("hello " + args[0]);
            System.exit(0);
        }
    }
}
