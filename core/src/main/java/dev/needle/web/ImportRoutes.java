package dev.needle.web;

import dev.needle.app.ImportFiles;
import dev.needle.auth.Principal;
import dev.needle.ingest.run.ImportGuard;
import dev.needle.ingest.ImportOptions;
import dev.needle.ingest.ImportProgress;
import dev.needle.ingest.ImportReport;
import dev.needle.ingest.ImportSession;
import dev.needle.ingest.run.ImportStoppedException;
import dev.needle.ingest.run.Importer;
import dev.needle.ingest.RowError;
import dev.needle.ingest.mapping.InvalidMappingException;
import dev.needle.ingest.mapping.MappingLibrary;
import dev.needle.store.Store;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static dev.needle.web.Schemas.array;
import static dev.needle.web.Schemas.object;
import static dev.needle.web.Schemas.string;

/**
 * {@code POST /api/import}: the CLI's import over HTTP — the same importer, the same errors, and the same
 * all-or-nothing rule: one bad row and nothing is stored (422 listing every bad row with file, line and
 * column), unless {@code skipBad} is true. Admins only: an import can touch any team's records.
 */
final class ImportRoutes {
    /** A zip may unpack to at most this much, so a small zip bomb cannot fill the disk. */
    static final long MAX_UNPACKED_BYTES = 2L * 1024 * 1024 * 1024;
    private static final int MAX_ZIP_ENTRIES = 10_000;
    /**
     * A calendar is parsed whole in memory, at several times its size; a year of a busy rep's calendar is a few
     * MB, so 64 MB refuses no real export while keeping one upload's calendars far below the server's heap.
     */
    static final long MAX_CALENDAR_BYTES = 64L * 1024 * 1024;
    private final Snapshots snapshots;
    private final Store store;
    private final Function<MappingLibrary, Importer> importers;
    private final Clock clock;
    /** How much of a refused upload is read and dropped so that its client sees the 413 (more: the connection closes). */
    private static final long DRAIN_BYTES = 64L * 1024 * 1024;
    private final long maxUploadBytes;
    private final long maxUploadRows;

    ImportRoutes(Snapshots snapshots, Store store, Function<MappingLibrary, Importer> importers, Clock clock,
                 long maxUploadBytes, long maxUploadRows) {
        this.snapshots = snapshots;
        this.store = store;
        this.importers = importers;
        this.clock = clock;
        this.maxUploadBytes = maxUploadBytes;
        this.maxUploadRows = maxUploadRows;
    }

    List<Route> routes() {
        return List.of(Route.post("/api/import", "Import CRM exports and calendars (files or a zip), all or nothing, like needle import",
                        Access.ADMIN, this::importFiles)
                .body(object("*file", Map.of("type", "array", "items", Map.of("type", "string", "contentMediaType", "application/octet-stream")),
                        "mapping", Map.of("type", "string", "contentMediaType", "application/json"),
                        "rep", string("whose calendar the .ics files are: Needle id, source id or email"),
                        "skipBad", string("true stores the good rows and reports the bad ones"),
                        "skipUnknown", string("true skips, with a warning, CSV/XLSX files that match no known format"),
                        "encoding", string("the encoding of files that are not UTF-8 or UTF-16, e.g. windows-1252"),
                        "locale", string("how amounts and slashed dates are written: en-US (default) 1,234.56 and 3/28/2024; de-DE 1.234,56 and 28.03.2024; en-GB 28/03/2024"),
                        "keepBodies", described(Schemas.enumOf(List.of("true", "false")),
                                "mailboxes: true stores each touch's text body too; false (default) reads headers only"),
                        "internalDomain", array(string("mailboxes: a domain of the company besides those of the reps' emails (repeat the field for more);"
                                + " mail with every address in them is internal, not a touch"))), "multipart/form-data")
                .returns(200, ImportReport.class));
    }

    private static Map<String, Object> described(Map<String, Object> schema, String description) {
        Map<String, Object> described = new java.util.LinkedHashMap<>(schema);
        described.put("description", description);
        return described;
    }

    private void importFiles(Context ctx, Principal caller) throws IOException {
        if (!ctx.isMultipartFormData()) {
            throw new ApiException(415, "send the files as multipart/form-data, each in a part named file");
        }
        if (ctx.contentLength() > maxUploadBytes) throw tooLarge(ctx);
        List<UploadedFile> files = uploads(ctx);
        if (files.isEmpty()) throw ApiException.badRequest("no files: send each in a part named file (a .zip is unpacked)");
        ImportOptions.Mail mail = mail(ctx);
        Path dir = Files.createTempDirectory("needle-upload-");
        try {
            for (UploadedFile file : files) save(file, dir);
            MappingLibrary mappings = MappingLibrary.shipped();
            UploadedFile mapping = ctx.uploadedFile("mapping");
            if (mapping != null) {
                Path mappingFile = Files.createTempFile("needle-mapping-", ".json");
                try (InputStream in = mapping.content()) {
                    Files.copy(in, mappingFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    mappings = mappings.with(mappingFile);
                } catch (InvalidMappingException e) {
                    throw new ApiException(422, e.getMessage().replace(mappingFile.toString(), safeName(mapping.filename())));
                } finally {
                    Files.deleteIfExists(mappingFile);
                }
            }
            // calendars over the use case's default window: an upload names no days
            ImportOptions options = new ImportOptions("true".equalsIgnoreCase(ctx.formParam("skipBad")), blankToNull(ctx.formParam("rep")),
                    LocalDate.EPOCH, LocalDate.EPOCH,
                    "true".equalsIgnoreCase(ctx.formParam("skipUnknown")), encoding(ctx.formParam("encoding")),
                    blankToNull(ctx.formParam("locale")) == null ? null : java.util.Locale.forLanguageTag(ctx.formParam("locale")))
                    .withCreateMissing("true".equalsIgnoreCase(ctx.queryParam("createMissing")) || "true".equalsIgnoreCase(ctx.formParam("createMissing")))
                    .withMail(mail);
            ImportFiles.Request request = new ImportFiles.Request(List.of(dir), mappings, null, null, options);
            ImportReport report = relativeTo(runGuarded(ctx, caller, files, request), dir);
            if (!report.committed()) {
                throw new ApiException(422, report.errors().size() + " files or rows could not be read; nothing was stored"
                        + " (skipBad=true stores the good rows, skipUnknown=true skips files of no known format)",
                        Map.of(), List.copyOf(report.errors()));
            }
            snapshots.reload();
            ctx.json(report);
        } finally {
            deleteTree(dir);
        }
    }

    /** The uploads as their senders named them, for the audit trail. */
    private static List<String> names(List<UploadedFile> files) {
        return files.stream().map(file -> safeName(file.filename())).toList();
    }

    /**
     * Runs the import within the row cap, and stops it (rolled back) as soon as the client hangs up: the whole
     * body has been read by now, so the connection can be watched.
     */
    private ImportReport runGuarded(Context ctx, Principal caller, List<UploadedFile> files, ImportFiles.Request request) {
        try (ClientWatch client = ClientWatch.of(ctx); ImportSession session = store.beginImport(AuditRoutes.actor(ctx, caller), names(files))) {
            ImportGuard guard = new ImportGuard(maxUploadRows, MAX_CALENDAR_BYTES, client::gone);
            return new ImportFiles(importers, clock).run(request, session, ImportProgress.NONE, guard);
        } catch (ImportStoppedException.TooManyRows e) {
            throw new ApiException(413, String.format("the upload holds more than %,d rows (the server's --max-upload-rows);"
                    + " nothing was stored. Import it with needle import, or start needle serve with a larger"
                    + " --max-upload-rows", e.maxRows()));
        } catch (ImportStoppedException.Abandoned e) {
            // nobody reads this answer; the status is for the server's request log
            throw new ApiException(499, "the client closed the connection; the import was stopped and nothing was stored");
        }
    }

    /** A domain as needle import's --internal-domain takes it: acme.com or @acme.com, letters, digits, dots and hyphens. */
    private static final java.util.regex.Pattern DOMAIN = java.util.regex.Pattern.compile(
            "@?(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9-]{2,63}", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** How mailboxes are read: {@code keepBodies} (true or false, default false) and each {@code internalDomain} field. */
    private static ImportOptions.Mail mail(Context ctx) {
        String keep = blankToNull(ctx.formParam("keepBodies"));
        if (keep != null && !keep.equalsIgnoreCase("true") && !keep.equalsIgnoreCase("false")) {
            throw ApiException.badRequest("keepBodies: must be true or false, got \"" + keep + "\"");
        }
        java.util.Set<String> domains = new java.util.LinkedHashSet<>();
        for (String domain : ctx.formParams("internalDomain")) {
            String given = domain.strip();
            if (!DOMAIN.matcher(given).matches()) {
                throw ApiException.badRequest("internalDomain: \"" + domain + "\" is not a domain like acme.com");
            }
            domains.add(given);
        }
        return new ImportOptions.Mail("true".equalsIgnoreCase(keep), domains);
    }

    private static java.nio.charset.Charset encoding(String name) {
        if (name == null || name.isBlank()) return null;
        try {
            return java.nio.charset.Charset.forName(name.trim());
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "encoding: unknown character set \"" + name + "\"");
        }
    }

    /**
     * The uploaded files. Jetty finds an upload over the limit only while it reads the parts, and
     * reports it as a (checked, undeclared) ServletException around "max length exceeded".
     */
    private List<UploadedFile> uploads(Context ctx) {
        try {
            return ctx.uploadedFiles("file");
        } catch (Exception e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (String.valueOf(cause.getMessage()).contains("max length exceeded")) throw tooLarge(ctx);
            }
            throw ApiException.badRequest("the multipart/form-data body cannot be read");
        }
    }

    /** A 413 for an upload over the limit, its unread rest drained first (see {@link Connections#drainRefusedBody}). */
    private ApiException tooLarge(Context ctx) {
        Connections.drainRefusedBody(ctx, DRAIN_BYTES);
        return new ApiException(413, "the upload is larger than " + maxUploadBytes / (1024 * 1024) + " MB; import large exports with needle import");
    }

    /** Saves an upload under its own name (no directories), unpacking zips. */
    private static void save(UploadedFile file, Path dir) throws IOException {
        String name = safeName(file.filename());
        try (InputStream in = file.content()) {
            if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) unzip(in, dir.resolve(stem(name)));
            else Files.copy(in, unique(dir, name));
        }
    }

    private static void unzip(InputStream in, Path into) throws IOException {
        Files.createDirectories(into);
        long unpacked = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ZIP_ENTRIES) throw new ApiException(413, "the zip holds more than " + MAX_ZIP_ENTRIES + " entries");
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) throw ApiException.badRequest("the zip entry " + entry.getName() + " points outside the zip");
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (var out = Files.newOutputStream(target)) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                        unpacked += read;
                        if (unpacked > MAX_UNPACKED_BYTES) throw new ApiException(413, "the zip unpacks to more than 2 GB");
                        out.write(buffer, 0, read);
                    }
                }
            }
        }
    }

    private static String safeName(String filename) {
        String path = filename == null ? "" : filename.replace('\\', '/');
        String name = path.substring(path.lastIndexOf('/') + 1);
        name = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        if (name.isBlank() || name.startsWith(".")) throw ApiException.badRequest("an uploaded file has no usable name: \"" + filename + "\"");
        return name;
    }

    private static Path unique(Path dir, String name) {
        Path target = dir.resolve(name);
        for (int copy = 2; Files.exists(target); copy++) target = dir.resolve(copy + "-" + name);
        return target;
    }

    private static String stem(String name) {
        return name.substring(0, name.length() - 4);
    }

    /** The report as the uploader named the files, without the server's temporary folder. */
    private static ImportReport relativeTo(ImportReport report, Path dir) {
        String prefix = dir.toString() + java.io.File.separator;
        Function<String, String> strip = text -> text == null ? null : text.replace(prefix, "");
        return new ImportReport(report.committed(),
                report.files().stream().map(file -> new ImportReport.FileReport(strip.apply(file.file()), file.format(),
                        file.entity(), file.stored(), file.skipped(), file.bad())).toList(),
                report.skipped().stream().map(skipped -> new ImportReport.SkippedFile(strip.apply(skipped.file()), skipped.reason(), skipped.leftOut())).toList(),
                report.errors().stream().map(error -> new RowError(strip.apply(error.file()), error.line(), error.column(),
                        strip.apply(error.reason()))).toList(),
                report.warnings().stream().map(strip).toList(), report.activityTypes(), report.uncataloguedTypes(),
                report.refusedFiles().stream().map(strip).toList())
                .withPlaceholders(report.placeholders().stream().map(made -> new ImportReport.Placeholder(made.source(),
                        made.externalId(), strip.apply(made.file()), made.line())).toList())
                .withMail(report.mail());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the uploads in " + dir, e);
        }
    }
}
