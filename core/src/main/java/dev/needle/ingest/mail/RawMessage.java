package dev.needle.ingest.mail;

/**
 * One message's bytes as a mailbox holds them (mbox escaping already undone), where it starts in its file,
 * and the date of its mbox envelope line ({@code From sender date}), which stands in for a broken Date header.
 */
record RawMessage(byte[] bytes, long offset, long line, String envelope) {
}
