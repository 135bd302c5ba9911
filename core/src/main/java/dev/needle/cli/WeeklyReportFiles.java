package dev.needle.cli;

import dev.needle.app.Needle;
import dev.needle.app.Settings;
import dev.needle.coach.PeriodSpec;
import dev.needle.coach.ReportWeek;
import dev.needle.coach.WeeklyReport;
import dev.needle.coach.WeeklyReportDocument;
import dev.needle.domain.Dataset;
import dev.needle.measure.DefaultPeriod;
import dev.needle.report.Pdf;
import dev.needle.report.WeeklyReportPage;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** {@code needle report --weekly}: the weekly team report written to an HTML file, a PDF, or both. */
final class WeeklyReportFiles {
    private final CommandSpec spec;

    private final java.time.Clock clock;

    WeeklyReportFiles(CommandSpec spec, java.time.Clock clock) {
        this.spec = spec;
        this.clock = clock;
    }

    int write(Settings settings, String team, String rep, String weekText, Instant asOf, Path html, Path pdf, boolean json) {
        if (team == null || rep != null) throw usage("--weekly reports on a team: give --team T (and no --rep)");
        if (html == null && pdf == null && !json) {
            throw usage("--weekly writes files: give --out FILE.html and/or --pdf FILE.pdf (or --json for the figures)");
        }
        String page;
        WeeklyReport report;
        DefaultPeriod.Chosen defaultWeek = null;
        try (Needle needle = Needle.open(settings)) {
            Dataset data = needle.store().dataset();
            Instant now = clock.instant();
            String named = weekText;
            if ((weekText == null || weekText.isBlank()) && asOf == null) {
                // an export that ends before this week: its own last week, said so
                defaultWeek = DefaultPeriod.week(data, now);
                if (defaultWeek.moved()) named = PeriodSpec.weekLabel(defaultWeek.period());
            }
            ReportWeek chosen;
            try {
                chosen = ReportWeek.of(named, asOf, now);
            } catch (IllegalArgumentException e) {
                throw usage("--week: " + e.getMessage());
            }
            try {
                report = WeeklyReport.of(data, needle.catalog(), team, chosen.week(), chosen.cutoff());
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
            page = WeeklyReportPage.render(report);
        }
        PrintWriter out = spec.commandLine().getOut();
        // with --json stdout holds the document alone: the files written are not announced there
        PrintWriter notes = json ? new PrintWriter(java.io.Writer.nullWriter()) : out;
        if (html != null) {
            writeFile(html, stream -> stream.write(page.getBytes(StandardCharsets.UTF_8)));
            notes.printf("wrote %s (%,d bytes)%n", html, size(html));
        }
        if (pdf != null) {
            writeFile(pdf, stream -> Pdf.write(page, stream));
            notes.printf("wrote %s (%,d bytes)%n", pdf, size(pdf));
        }
        if (defaultWeek != null && defaultWeek.note() != null) notes.printf("Note: %s.%n", defaultWeek.note());
        if (json) Json.print(out, WeeklyReportDocument.of(report, defaultWeek));
        out.flush();
        return 0;
    }

    private interface Writing {
        void to(OutputStream stream) throws IOException;
    }

    /** Writes to a temporary file beside the target and moves it in place: a failed run leaves no half-written report. */
    private static void writeFile(Path target, Writing writing) {
        Path absolute = target.toAbsolutePath();
        try {
            if (absolute.getParent() != null) Files.createDirectories(absolute.getParent());
            Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
            try (OutputStream stream = Files.newOutputStream(partial)) {
                writing.to(stream);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, absolute, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
