package dev.needle.cli;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A run that names its command gets only that command built; help and mistakes still see them all. */
class CliCommandWordTest {
    @Test
    void theCommandIsTheFirstWordThatIsNeitherAnOptionNorTheValueOfOne() {
        assertThat(Main.commandWord(new String[]{"--home", "stats", "value", "--json"})).isEqualTo("value");
        assertThat(Main.commandWord(new String[]{"--db", "jdbc:postgresql://db/needle", "bench", "--h2"})).isEqualTo("bench");
        assertThat(Main.commandWord(new String[]{"--home=/tmp/x", "stats"})).isEqualTo("stats");
        assertThat(Main.commandWord(new String[]{"--version"})).isNull();
    }

    @Test
    void aNamedCommandIsTheOnlyOneBuilt() {
        assertThat(Main.commandLine(main(), new String[]{"--home", "h", "stats"}).getSubcommands()).containsOnlyKeys("stats");
    }

    @Test
    void helpAndUnknownWordsGetEveryCommand() {
        assertThat(Main.commandLine(main(), new String[]{"help", "stats"}).getSubcommands()).hasSize(Main.COMMANDS.size());
        assertThat(Main.commandLine(main(), new String[]{"stat"}).getSubcommands()).hasSize(Main.COMMANDS.size());
        assertThat(Main.commandLine(main(), new String[]{}).getSubcommands()).hasSize(Main.COMMANDS.size());
    }

    @Test
    void helpStillDescribesTheCommandItNames() {
        CliRun run = CliRun.of(Map.of(), "help", "stats");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: needle stats");
    }

    @Test
    void aMistypedCommandIsStillMatchedToTheOnesThatExist() {
        CliRun run = CliRun.of(Map.of(), "stat");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Did you mean").contains("needle stats");
    }

    private static Main main() {
        return new Main(Map.of(), java.time.Clock.systemUTC(), new java.io.PrintWriter(java.io.Writer.nullWriter()));
    }
}
