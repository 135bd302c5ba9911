package dev.needle.ingest.mail;

import dev.needle.domain.Sha256;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Header;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one message with Apache James mime4j (lenient: real mailboxes hold malformed headers): addresses,
 * RFC 2047 words decoded, the thread headers and the date. By default only the header block is parsed, so no
 * body byte is read into memory, let alone stored.
 */
final class MailParser {
    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final int MAX_KEY = 255;
    private static final int MAX_BODY = 32_000;

    private final boolean keepBodies;

    MailParser(boolean keepBodies) {
        this.keepBodies = keepBodies;
    }

    ParsedMail parse(RawMessage raw) throws CorruptMessageException {
        byte[] bytes = keepBodies ? raw.bytes() : headerBlock(raw.bytes());
        Message message;
        try {
            message = builder().parseMessage(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new CorruptMessageException("the header block cannot be parsed: " + e.getMessage());
        }
        try {
            Header header = message.getHeader();
            if (header == null || header.getFields().isEmpty()) throw new CorruptMessageException("no header block");
            String from = from(message, header);
            Instant date = date(message, header, raw.envelope());
            List<String> to = addresses(message.getTo());
            List<String> cc = addresses(message.getCc());
            String subject = message.getSubject();
            String messageId = messageId(header, from, date, subject);
            boolean bulk = header.getField("List-Unsubscribe") != null || bulkPrecedence(header);
            String body = keepBodies ? textOf(message) : null;
            return new ParsedMail(messageId, parent(header), from, to, cc, date, subject == null ? null : subject.strip(), bulk, body);
        } finally {
            message.dispose();
        }
    }

    private static DefaultMessageBuilder builder() {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
        builder.setDecodeMonitor(DecodeMonitor.SILENT);
        builder.setFieldParser(LenientFieldParser.getParser());
        return builder;
    }

    private static String from(Message message, Header header) throws CorruptMessageException {
        Field field = header.getField("From");
        if (field == null) throw new CorruptMessageException("no From header");
        MailboxList from = message.getFrom();
        if (from == null || from.isEmpty() || from.get(0).getAddress() == null || !from.get(0).getAddress().contains("@")) {
            throw new CorruptMessageException("the From header holds no readable address: \"" + field.getBody() + "\"");
        }
        return normal(from.get(0));
    }

    /** The Date header; where it is broken, the mbox envelope's date, then the newest Received stamp's. */
    private static Instant date(Message message, Header header, String envelope) throws CorruptMessageException {
        Field field = header.getField("Date");
        // ours first: mime4j's lenient parser reads an obsolete zone name ("PST") as UTC
        Optional<Instant> read = field == null ? Optional.empty() : MailDates.parse(field.getBody());
        if (read.isEmpty() && field != null) read = Optional.ofNullable(message.getDate()).map(java.util.Date::toInstant);
        if (read.isEmpty() && envelope != null) {
            int space = envelope.indexOf(' ');
            read = MailDates.parse(space < 0 ? envelope : envelope.substring(space + 1));
        }
        if (read.isEmpty()) {
            Field received = header.getField("Received");
            if (received != null && received.getBody().contains(";")) {
                read = MailDates.parse(received.getBody().substring(received.getBody().lastIndexOf(';') + 1));
            }
        }
        return read.orElseThrow(() -> new CorruptMessageException(field == null ? "no Date header and no other date"
                : "the Date \"" + field.getBody() + "\" cannot be read, and no mbox envelope or Received date stands in"));
    }

    private static List<String> addresses(AddressList list) {
        List<String> addresses = new ArrayList<>();
        if (list == null) return addresses;
        for (Address address : list) {
            if (address instanceof Mailbox mailbox) {
                if (mailbox.getAddress() != null) addresses.add(normal(mailbox));
            } else if (address instanceof org.apache.james.mime4j.dom.address.Group group) {
                group.getMailboxes().forEach(mailbox -> addresses.add(normal(mailbox)));
            }
        }
        return addresses;
    }

    private static String normal(Mailbox mailbox) {
        return mailbox.getAddress().strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The Message-ID without its angle brackets; a message with none (a draft, some exports) gets a key made
     * from what identifies it, so the same message read twice is still one touch.
     */
    private static String messageId(Header header, String from, Instant date, String subject) {
        Field field = header.getField("Message-ID");
        String id = field == null ? null : firstId(field.getBody()).orElse(field.getBody().strip());
        if (id == null || id.isEmpty()) id = "no-message-id:" + Sha256.hex(from + "\n" + date + "\n" + subject);
        return id.length() <= MAX_KEY ? id : "long-message-id:" + Sha256.hex(id);
    }

    /** What the message answers: In-Reply-To, else the last of References (RFC 5322 §3.6.4). */
    private static String parent(Header header) {
        Field inReplyTo = header.getField("In-Reply-To");
        if (inReplyTo != null) {
            Optional<String> id = firstId(inReplyTo.getBody());
            if (id.isPresent()) return key(id.get());
        }
        Field references = header.getField("References");
        if (references == null) return null;
        Matcher ids = MESSAGE_ID.matcher(references.getBody());
        String last = null;
        while (ids.find()) last = ids.group(1);
        return last == null ? null : key(last);
    }

    private static String key(String id) {
        return id.length() <= MAX_KEY ? id : "long-message-id:" + Sha256.hex(id);
    }

    private static Optional<String> firstId(String text) {
        Matcher id = MESSAGE_ID.matcher(text);
        return id.find() ? Optional.of(id.group(1)) : Optional.empty();
    }

    private static boolean bulkPrecedence(Header header) {
        Field precedence = header.getField("Precedence");
        if (precedence == null) return false;
        String value = precedence.getBody().strip().toLowerCase(Locale.ROOT);
        return value.equals("bulk") || value.equals("list") || value.equals("junk");
    }

    /** The first text/plain part that is not an attachment, decoded from its transfer encoding and charset. */
    private static String textOf(Entity entity) {
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            for (Entity part : multipart.getBodyParts()) {
                String text = textOf(part);
                if (text != null) return text;
            }
            return null;
        }
        if (body instanceof TextBody text && "text/plain".equalsIgnoreCase(entity.getMimeType())
                && !"attachment".equalsIgnoreCase(entity.getDispositionType())) {
            try (Reader reader = text.getReader()) {
                char[] buffer = new char[MAX_BODY];
                int read = reader.read(buffer, 0, MAX_BODY);
                int total = Math.max(read, 0);
                while (read > 0 && total < MAX_BODY) {
                    read = reader.read(buffer, total, MAX_BODY - total);
                    if (read > 0) total += read;
                }
                return new String(buffer, 0, total);
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    /** The bytes up to and including the empty line that ends the header block (all of them when there is none). */
    static byte[] headerBlock(byte[] message) {
        for (int i = 0; i < message.length; i++) {
            if (message[i] != '\n') continue;
            int next = i + 1;
            if (next < message.length && message[next] == '\n') return java.util.Arrays.copyOf(message, next + 1);
            if (next + 1 < message.length && message[next] == '\r' && message[next + 1] == '\n') return java.util.Arrays.copyOf(message, next + 2);
        }
        return message;
    }
}
