package dev.needle.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchSizeTest {
    @Test
    void sizesAreActivityCountsWithKOrMForThousandsAndMillions() {
        assertThat(BenchSize.parseList("100k, 1m,10M,2.5m,250000")).extracting(BenchSize::activities)
                .containsExactly(100_000L, 1_000_000L, 10_000_000L, 2_500_000L, 250_000L);
    }

    @Test
    void aSizeIsMadeOfTheRepsThatLogThatManyActivitiesOverTheWorkingDays() {
        assertThat(List.of("100k", "1m", "10m")).map(text -> BenchSize.parse(text).reps(250)).containsExactly(17, 170, 1702);
        assertThat(BenchSize.parse("1m").reps(125)).isEqualTo(340);
    }

    @Test
    void evenATinySizeHasOneRep() {
        assertThat(BenchSize.parse("10").reps(250)).isEqualTo(1);
    }

    @Test
    void repsGivenOnTheirOwnMakeTheSizeTheyAskFor() {
        BenchSize size = BenchSize.ofReps(200, 250);

        assertThat(size.reps(250)).isEqualTo(200);
        assertThat(size.label()).isEqualTo("200 reps");
    }

    @Test
    void aSizeThatIsNotACountSaysHowToWriteOne() {
        assertThatThrownBy(() -> BenchSize.parse("lots")).hasMessageContaining("'lots'").hasMessageContaining("100k");
        assertThatThrownBy(() -> BenchSize.parse("0")).hasMessageContaining("at least one activity");
    }
}
