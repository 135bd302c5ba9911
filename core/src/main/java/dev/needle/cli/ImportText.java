package dev.needle.cli;

import dev.needle.ingest.ImportReport;
import dev.needle.ingest.RowError;

import java.io.PrintWriter;
import java.util.List;

/** What an import stored, left out and refused, as {@code needle import} and {@code needle demo} print it. */
final class ImportText {
    private ImportText() {
    }

    static void print(ImportReport report, PrintWriter out, PrintWriter err) {
        for (ImportReport.FileReport file : report.files()) {
            out.printf("%-60s %-38s %,9d stored%s%s%n", file.file(), file.format(), file.stored(),
                    file.skipped() > 0 ? String.format(", %,d left out", file.skipped()) : "",
                    file.bad() > 0 ? String.format(", %,d bad", file.bad()) : "");
        }
        report.skipped().forEach(s -> out.printf("%-60s %s%n", s.file(), s.reason()));
        report.warnings().forEach(w -> out.println("note: " + w));
        printPlaceholders(report, out);
        printMail(report.mail(), report.committed(), out);
        // a table file left out is something the user must hear of, even when stdout goes elsewhere
        report.skipped().stream().filter(ImportReport.SkippedFile::leftOut)
                .forEach(s -> err.println("warning: " + s.file() + " " + s.reason()));
        if (!report.uncataloguedTypes().isEmpty()) {
            out.println("Activity types not in the catalogue (kept under their own names, counted as LOW/ADMIN until you classify them):");
            report.uncataloguedTypes().forEach((type, count) -> out.printf("  %-40s %,d%n", type, count));
        }
        List<RowError> errors = report.errors();
        errors.stream().limit(50).forEach(e -> err.println("error: " + e));
        if (errors.size() > 50) err.printf("error: … and %,d more bad rows%n", errors.size() - 50);
        if (report.committed()) {
            out.printf("Imported %,d rows%s.%n", report.rowsStored(),
                    errors.isEmpty() ? "" : String.format("; %,d bad rows were left out (--skip-bad)", errors.size()));
        } else {
            int files = report.refusedFiles().size();
            long rows = errors.size() - files;
            List<String> why = new java.util.ArrayList<>();
            if (files > 0) why.add(String.format("%,d file%s could not be read", files, files == 1 ? "" : "s"));
            if (rows > 0) why.add(String.format("%,d bad row%s (fix them, or use --skip-bad to store the good rows)", rows, rows == 1 ? "" : "s"));
            err.printf("Nothing was stored: %s.%n", String.join("; ", why));
        }
        out.flush();
        err.flush();
    }

    private static void printMail(dev.needle.ingest.MailCounts mail, boolean committed, PrintWriter out) {
        if (mail == null) return;
        out.printf("Mail: %,d messages read; touches %s: %,d; not touches: duplicates %,d (already stored, or in another"
                        + " mailbox), internal %,d, newsletters %,d, no known contact %,d; bad %,d%n",
                mail.read(), committed ? "stored" : "found (nothing stored)", mail.stored(), mail.duplicates(),
                mail.internal(), mail.newsletters(), mail.noKnownContact(), mail.bad());
        if (mail.ambiguousDeals() > 0) {
            out.printf("Mail: %,d touches linked to their account only: it has more than one open deal%n", mail.ambiguousDeals());
        }
    }

    /** What became of the messages of the mailboxes: touches, and why the others are not. */
    /** Reps made up for owners no user row described, so the user can see which users file is missing. */
    private static void printPlaceholders(ImportReport report, PrintWriter out) {
        if (report.placeholders().isEmpty()) return;
        out.println("Placeholder reps made for owners no user row describes:");
        report.placeholders().forEach(placeholder -> out.println("  " + placeholder));
    }
}
