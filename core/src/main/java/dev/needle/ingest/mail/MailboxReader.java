package dev.needle.ingest.mail;

import dev.needle.ingest.ImportSession;
import dev.needle.ingest.MailCounts;
import dev.needle.ingest.RowError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Imports mailboxes, .mbox files and .eml files, as mail touches. One reader for the whole import, so the
 * same message in two files is one touch. A message that cannot be read is a row error naming the file and
 * the byte offset (and line) where the message starts.
 */
public final class MailboxReader {
    private final ImportSession session;
    private final MailParser parser;
    private final MailSorter sorter;

    /**
     * @param internalDomains the company's domains besides the reps' own
     * @param type            the activity type of a mail touch, and its catalogue minutes
     */
    public MailboxReader(ImportSession session, boolean keepBodies, Set<String> internalDomains, String type, int minutes) {
        this.session = session;
        this.parser = new MailParser(keepBodies);
        this.sorter = new MailSorter(session.mailDirectory(), internalDomains, type, minutes);
    }

    /** Whether a file is a mailbox: .mbox or .eml, Apple Mail's {@code mbox} inside its folder, or a file with no extension that starts like an mbox (Thunderbird). */
    public static boolean isMailbox(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".mbox") || name.endsWith(".eml") || name.equals("mbox")) return true;
        return !name.contains(".") && Mbox.looksLikeMbox(file);
    }

    /**
     * Reads one file, putting its touches into the session and its bad messages into {@code errors}.
     *
     * @param afterMessage told the bytes of each message read, for progress and the import's bounds
     */
    public MailCounts read(Path file, Consumer<RowError> errors, LongConsumer afterMessage) {
        Tally tally = new Tally();
        Consumer<RawMessage> each = raw -> {
            take(file, raw, tally, errors);
            afterMessage.accept(raw.bytes().length);
        };
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".eml")) {
                each.accept(new RawMessage(Files.readAllBytes(file), 0, 1, null));
            } else {
                Mbox.read(file, each);
            }
        } catch (Mbox.NotAnMboxException e) {
            errors.accept(new RowError(file.toString(), 0, null, "not an mbox file: " + e.getMessage()));
            tally.bad++;
        } catch (IOException e) {
            errors.accept(new RowError(file.toString(), 0, null, "cannot be read: " + e.getMessage()));
            tally.bad++;
        }
        return tally.counts();
    }

    private void take(Path file, RawMessage raw, Tally tally, Consumer<RowError> errors) {
        tally.read++;
        ParsedMail mail;
        try {
            mail = parser.parse(raw);
        } catch (CorruptMessageException e) {
            tally.bad++;
            errors.accept(new RowError(file.toString(), raw.line(), null,
                    "the message at byte offset " + raw.offset() + " is corrupt: " + e.getMessage()));
            return;
        }
        MailSorter.Sorted sorted = sorter.sort(mail);
        switch (sorted.kind()) {
            case TOUCH -> {
                session.reading(file.toString(), raw.line());
                session.put(sorted.touch());
                tally.stored++;
                if (sorted.ambiguousDeal()) tally.ambiguous++;
            }
            case DUPLICATE -> tally.duplicates++;
            case NEWSLETTER -> tally.newsletters++;
            case INTERNAL -> tally.internal++;
            case NO_KNOWN_CONTACT -> tally.noKnownContact++;
        }
    }

    private static final class Tally {
        long read;
        long stored;
        long duplicates;
        long internal;
        long newsletters;
        long noKnownContact;
        long ambiguous;
        long bad;

        MailCounts counts() {
            return new MailCounts(read, stored, duplicates, internal, newsletters, noKnownContact, ambiguous, bad);
        }
    }
}
