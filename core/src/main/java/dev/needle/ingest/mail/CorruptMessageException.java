package dev.needle.ingest.mail;

/** A message Needle cannot read as mail (no header block, no readable From, no readable date): a row error. */
final class CorruptMessageException extends Exception {
    CorruptMessageException(String message) {
        super(message);
    }
}
