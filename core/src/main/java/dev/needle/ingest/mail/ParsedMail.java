package dev.needle.ingest.mail;

import java.time.Instant;
import java.util.List;

/**
 * What Needle reads of one message: addresses lower-cased, the subject decoded (RFC 2047), the date parsed
 * leniently. {@code parentId} is the message it answers (In-Reply-To, else the last of References);
 * {@code bulk} when it says it is a newsletter or list mail (List-Unsubscribe, Precedence bulk/list/junk).
 * {@code body} is the decoded text/plain part, read only when bodies are kept.
 */
record ParsedMail(String messageId, String parentId, String from, List<String> to, List<String> cc, Instant date,
                  String subject, boolean bulk, String body) {

    List<String> recipients() {
        return java.util.stream.Stream.concat(to.stream(), cc.stream()).toList();
    }
}
