package dev.needle.ingest.mapping;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.ingest.ImportReport;
import dev.needle.ingest.ImportSession;
import dev.needle.ingest.Incoming;
import dev.needle.ingest.RowError;
import dev.needle.ingest.UnknownOwners;
import dev.needle.ingest.UnresolvedReferenceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rows are mapped on several threads a batch at a time, yet the session and the error report see exactly what
 * reading the rows one by one gives: the same records, the same errors, in file order. The file's bad rows sit on
 * both sides of the boundaries of its eight-row batches.
 */
class ParallelMappingTest {
    private static final OrderedBatches.Parallelism ONE_BY_ONE = OrderedBatches.Parallelism.SEQUENTIAL;
    private static final OrderedBatches.Parallelism THREE_WORKERS_EIGHT_ROWS = new OrderedBatches.Parallelism(3, 8);
    private static final String HEADER = "Id,WhoId,WhatId,Subject,ActivityDate,Status,Priority,OwnerId,Description,Type,"
            + "IsDeleted,AccountId,IsClosed,CreatedDate,CallDurationInSeconds,CallType,TaskSubtype,CompletedDateTime,"
            + "Value_for_Buyer__c,Buyer_Next_Step__c";
    private static final int ROWS = 106;
    private static final String UNKNOWN_DEAL = "006A00000000999";
    /** What is wrong with some rows, by their index among the data rows (line = index + 2). */
    private static final Map<Integer, String> DEFECTS = Map.ofEntries(
            Map.entry(7, "bad completion"), Map.entry(8, "no owner"), Map.entry(15, "short row"),
            Map.entry(16, "deleted"), Map.entry(23, "negative duration"), Map.entry(24, "open on a deal"),
            Map.entry(31, "unknown deal"), Map.entry(32, "bad creation"), Map.entry(40, "open on an account"),
            Map.entry(63, "no such day"), Map.entry(64, "bad due date"), Map.entry(105, "unknown call type"));

    @TempDir
    Path folder;

    @Test
    void rowsMappedInParallelReachTheSessionAndTheReportAsReadingThemOneByOneDoes() throws IOException {
        MappedFile tasks = tasksFile();

        Outcome oneByOne = read(tasks, ONE_BY_ONE);
        Outcome parallel = read(tasks, THREE_WORKERS_EIGHT_ROWS);

        assertThat(parallel.taken()).isEqualTo(oneByOne.taken());
        assertThat(parallel.errors()).isEqualTo(oneByOne.errors());
        assertThat(parallel.counts()).isEqualTo(oneByOne.counts());
        assertThat(parallel.rowsRead()).isEqualTo(oneByOne.rowsRead()).isEqualTo(ROWS);
    }

    @Test
    void badRowsAreReportedInFileOrderWhicheverSideOfABatchBoundaryTheyAreOn() throws IOException {
        Outcome parallel = read(tasksFile(), THREE_WORKERS_EIGHT_ROWS);

        assertThat(parallel.errors()).extracting(RowError::line).containsExactly(9L, 10L, 17L, 25L, 33L, 34L, 65L, 66L, 107L);
        assertThat(parallel.errors()).extracting(RowError::column).containsExactly("CompletedDateTime", "OwnerId", null,
                "CallDurationInSeconds", "WhatId", "CreatedDate", "CompletedDateTime", "ActivityDate", "CallType");
        assertThat(parallel.counts()).isEqualTo(new MappedFile.Counts(ROWS - 9 - 1, 1, 9, 0, false));
        assertThat(parallel.taken()).filteredOn(Incoming.NextAction.class::isInstance).hasSize(1);
        assertThat(parallel.taken()).filteredOn(Incoming.Commitment.class::isInstance).hasSize(1);
    }

    @Test
    void aStopWhileRowsAreReadLeavesTheReadAsItIsAndNoLaterRowIsTakenIn() throws IOException {
        RuntimeException stop = new RuntimeException("stop");
        Recording session = new Recording();
        int[] rows = {0};

        assertThatThrownBy(() -> tasksFile().read(session, ActivityCatalog.defaults(), Locale.US, error -> { },
                type -> { }, bytes -> {
                    if (++rows[0] == 30) throw stop;
                }, THREE_WORKERS_EIGHT_ROWS)).isSameAs(stop);
        assertThat(session.lines).allMatch(line -> line < 31);
    }

    private Outcome read(MappedFile file, OrderedBatches.Parallelism parallelism) {
        Recording session = new Recording();
        List<RowError> errors = new ArrayList<>();
        int[] rows = {0};
        MappedFile.Counts counts = file.read(session, ActivityCatalog.defaults(), Locale.US, errors::add, type -> { },
                bytes -> rows[0]++, parallelism);
        return new Outcome(session.taken, errors, counts, rows[0]);
    }

    private record Outcome(List<Object> taken, List<RowError> errors, MappedFile.Counts counts, int rowsRead) {
    }

    private MappedFile tasksFile() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < ROWS; i++) csv.append(task(i, DEFECTS.getOrDefault(i, ""))).append('\n');
        Path file = Files.writeString(folder.resolve("Task.csv"), csv);
        Mapping mapping = MappingLibrary.shipped().all().stream()
                .filter(candidate -> candidate.name().equals("salesforce-task")).findFirst().orElseThrow();
        return MappedFile.of(file, new Recognition.Recognised(mapping, "test"), null);
    }

    private static String task(int index, String defect) {
        String id = String.format("00TA%011d", index);
        String what = switch (defect) {
            case "unknown deal" -> UNKNOWN_DEAL;
            case "open on an account" -> "001A00000000001";
            default -> String.format("006A%011d", index);
        };
        String[] cells = {id, "003A00000000001", what, "Call " + index,
                defect.equals("bad due date") ? "someday" : "2025-07-16 00:00:00", "Completed", "Normal",
                defect.equals("no owner") ? "" : "005A00000000001", "Notes " + index, "Call",
                defect.equals("deleted") ? "1" : "0", "001A00000000001", defect.startsWith("open") ? "0" : "1",
                defect.equals("bad creation") ? "yesterday" : "2025-07-16 12:40:48",
                defect.equals("negative duration") ? "-60" : "300", defect.equals("unknown call type") ? "Sideways" : "Outbound",
                "Call", defect.equals("bad completion") ? "16.07.2025 25:00" : defect.equals("no such day") ? "2025-02-30 10:00:00"
                : "2025-07-16 12:37:00", "", ""};
        String row = String.join(",", cells);
        return defect.equals("short row") ? row.substring(0, row.lastIndexOf(',')) : row;
    }

    /** Records what the session is given, in order; a task on {@link #UNKNOWN_DEAL} is refused as a store would. */
    private static final class Recording implements ImportSession {
        final List<Object> taken = new ArrayList<>();
        final List<Long> lines = new ArrayList<>();

        @Override
        public void reading(String file, long line) {
            taken.add("line " + line);
            lines.add(line);
        }

        @Override
        public void put(Incoming.Activity activity) {
            if (SalesforceIds.to18(UNKNOWN_DEAL).equals(activity.dealRef())) {
                throw new UnresolvedReferenceException("dealRef", "deal " + activity.dealRef() + " not found");
            }
            taken.add(activity);
        }

        @Override
        public void put(Incoming.NextAction action) {
            taken.add(action);
        }

        @Override
        public void put(Incoming.Commitment commitment) {
            taken.add(commitment);
        }

        @Override
        public void put(Incoming.Rep rep) {
            taken.add(rep);
        }

        @Override
        public void put(Incoming.Account account) {
            taken.add(account);
        }

        @Override
        public void put(Incoming.Contact contact) {
            taken.add(contact);
        }

        @Override
        public void put(Incoming.Deal deal) {
            taken.add(deal);
        }

        @Override
        public void put(Incoming.Lead lead) {
            taken.add(lead);
        }

        @Override
        public void put(Incoming.StageChange change) {
            taken.add(change);
        }

        @Override
        public void replaceCalendar(long repId, String calendar, List<Incoming.CalendarEvent> events) {
        }

        @Override
        public Optional<KnownRep> findRep(String key) {
            return Optional.empty();
        }

        @Override
        public void unknownOwners(UnknownOwners rule) {
        }

        @Override
        public List<ImportReport.Placeholder> placeholders() {
            return List.of();
        }

        @Override
        public void flush() {
        }

        @Override
        public List<String> warnings() {
            return List.of();
        }

        @Override
        public void commit() {
        }

        @Override
        public void rollback() {
        }

        @Override
        public void close() {
        }
    }
}
