package dev.needle.cli;

import dev.needle.app.Needle;
import dev.needle.audit.AuditEntry;
import dev.needle.audit.Since;
import dev.needle.store.AuditTrail;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;

/**
 * {@code needle audit}: the trail of writes made through the API. The CLI opens the store itself, so
 * whoever may run it against the database sees the whole trail, as an admin does over the API.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"The audit trail of API writes and of feeds made or revoked on the command line: when, who (user, role,",
                "token id; for a command, the operating-system account and role cli), which route or command, which records,",
                "what changed."})
final class AuditCommand implements Runnable {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--since", paramLabel = "WHEN", converter = SinceConverter.class,
            description = "From this date (UTC) or time on, e.g. 2026-12-01 or 2026-12-01T09:30:00Z (default: the last 7 days).")
    Instant since;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N records, oldest first (1 to 1000; default ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    JsonOption output;

    @Override
    public void run() {
        if (limit < 1 || limit > AuditTrail.MAX_LIMIT) {
            throw new ParameterException(spec.commandLine(), "--limit must be from 1 to " + AuditTrail.MAX_LIMIT + ", got " + limit);
        }
        Instant from = since != null ? since : main.clock().instant().minus(AuditTrail.DEFAULT_WINDOW);
        try (Needle needle = Needle.open(main.settings())) {
            AuditTrail.Page page = needle.store().auditTrail().since(from, limit);
            PrintWriter out = spec.commandLine().getOut();
            if (output.json) Json.print(out, page);
            else print(out, from, page);
        }
    }

    private static void print(PrintWriter out, Instant from, AuditTrail.Page page) {
        out.printf("Audit trail since %s: %d records%n", from, page.records().size());
        for (AuditEntry entry : page.records()) {
            out.printf("%s  %s (%s%s)  %s  %s  %s%n    %s%n", entry.at(), entry.actor().email(), entry.actor().role(),
                    entry.actor().tokenId() == null ? "" : ", token " + entry.actor().tokenId(), entry.actor().route(),
                    entry.action(), String.join(", ", entry.records()), entry.change());
        }
        if (page.more()) {
            Instant last = page.records().get(page.records().size() - 1).at();
            out.printf("More records follow: needle audit --since %s%n", last);
        }
        out.flush();
    }

    /** A bad --since is a usage error (exit 2), like any other malformed option. */
    static final class SinceConverter implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            return Since.parse(value);
        }
    }
}
