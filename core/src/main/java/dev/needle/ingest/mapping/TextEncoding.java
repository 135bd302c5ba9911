package dev.needle.ingest.mapping;

import java.nio.charset.Charset;

/** The charset a text file is decoded with, and why: the advice on a decoding failure depends on the reason. */
record TextEncoding(Charset charset, Source source) {

    enum Source {
        /** A byte-order mark or UTF-16's NUL pattern: evidence in the file itself. */
        FILE_SAYS,
        /** Given by the user (--encoding). */
        DECLARED,
        /** Nothing said otherwise: UTF-8, the encoding every modern export uses. */
        ASSUMED_UTF8
    }

    /** Why the bytes at {@code failure} do not decode, and what to do, as one sentence for the user. */
    String refusal(String fileName, StrictDecodingReader.UndecodableBytes failure) {
        String where = fileName + ", line " + failure.line() + ": ";
        String bytes = failure.describeBytes();
        return switch (source) {
            case ASSUMED_UTF8 -> where + "not UTF-8 (" + bytes + "); if the file is Windows-1252/Latin-1, as Salesforce's"
                    + " Data Export can write, import it with --encoding windows-1252 (or the encoding it was written in)";
            case DECLARED -> where + "not " + charset.name() + " as declared with --encoding (" + bytes + "); import it"
                    + " with the encoding it was written in, or without --encoding if it is UTF-8";
            case FILE_SAYS -> where + "not valid " + charset.name() + " although the file starts like " + charset.name()
                    + " (" + bytes + "); the file is damaged: export it again, as UTF-8 if you can";
        };
    }
}
