package dev.needle.ingest;

import dev.needle.domain.Direction;
import dev.needle.domain.NextAction.Status;
import dev.needle.domain.Outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Records as they arrive from a source, before the store gives them Needle ids. Links to other
 * records are the source system's ids ({@code ...Ref}), resolved by the store within the same source.
 */
public final class Incoming {
    private Incoming() {
    }

    public record Rep(String source, String externalId, String name, String email, String team,
                      String managerRef, String timeZone, BigDecimal quota) {
        public Rep {
            requireKey(source, externalId);
        }
    }

    public record Account(String source, String externalId, String name, String industry, boolean dreamClient) {
        public Account {
            requireKey(source, externalId);
        }
    }

    public record Contact(String source, String externalId, String accountRef, String name, String title,
                          String email) {
        public Contact {
            requireKey(source, externalId);
        }
    }

    public record Deal(String source, String externalId, String accountRef, String ownerRef, String name,
                       BigDecimal amount, String currency, String stage, String leadSource, String product,
                       Instant createdAt, LocalDate expectedClose, LocalDate closedAt, Outcome outcome) {
        public Deal {
            requireKey(source, externalId);
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /**
     * A prospect not yet qualified into an account (Salesforce's Lead). Once converted, it names the
     * account, contact and opportunity it became: the store credits touches on the lead to those.
     */
    public record Lead(String source, String externalId, String name, String company, String email, String ownerRef,
                       String status, String leadSource, Instant createdAt, boolean converted,
                       String convertedAccountRef, String convertedContactRef, String convertedDealRef,
                       LocalDate convertedAt) {
        public Lead {
            requireKey(source, externalId);
        }
    }

    /** {@code fromStage} may be null: the store derives it from the deal's previous change. */
    public record StageChange(String source, String externalId, String dealRef, String fromStage, String toStage,
                              Instant at) {
        public StageChange {
            requireKey(source, externalId);
            Objects.requireNonNull(dealRef, "dealRef");
            Objects.requireNonNull(toStage, "toStage");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * {@code durationRecorded} is false when the source recorded no duration and the catalogue default stands in.
     * Links may be partial (a Salesforce task names only its WhatId and WhoId): the store fills the account
     * from the deal, the contact or the lead, as the source system means them.
     */
    public record Activity(String source, String externalId, String repRef, String type, Instant start,
                           int durationMinutes, boolean durationRecorded, String dealRef, String accountRef, String contactRef,
                           String leadRef, Direction direction, String outcome, String valueForBuyer, String buyerNextStep,
                           String subject, String notes) {
        public Activity {
            requireKey(source, externalId);
            Objects.requireNonNull(repRef, "repRef");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(start, "start");
            if (durationMinutes < 0) throw new IllegalArgumentException("negative duration");
        }
    }

    public record NextAction(String source, String externalId, String dealRef, String repRef, String what,
                             LocalDate due, String valueForBuyer, String buyerNextStep,
                             Status status) {
        public NextAction {
            requireKey(source, externalId);
            Objects.requireNonNull(dealRef, "dealRef");
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * A follow-up promised to a client that is not tied to a deal, e.g. an open task on an account. When
     * it names only a contact or a lead, the store finds the account through them.
     */
    public record Commitment(String source, String externalId, String repRef, String accountRef, String dealRef,
                             String contactRef, String leadRef, String what, LocalDate due, boolean done) {
        public Commitment {
            requireKey(source, externalId);
            Objects.requireNonNull(repRef, "repRef");
            Objects.requireNonNull(what, "what");
        }
    }

    /**
     * One mail between a rep and a known contact, linked by Needle's ids (a mailbox names people by address,
     * which the store's directory already resolved). {@code messageId} is the normalised Message-ID, the key
     * that makes the same message in two mailboxes one touch; {@code parentId} the message it answers, if any.
     * {@code body} is null unless the user asked to keep bodies.
     */
    public record MailTouch(String messageId, String parentId, long repId, Long contactId, Long accountId, Long dealId,
                            Direction direction, String type, Instant start, int durationMinutes, String subject,
                            String body) {
        /** The source every mail touch is stored under, whichever mailbox it came from. */
        public static final String SOURCE = dev.needle.domain.Replies.MAIL_SOURCE;

        public MailTouch {
            requireKey(SOURCE, messageId);
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(start, "start");
        }
    }

    /** One expanded occurrence of a calendar event; the rep it belongs to is given with the import. */
    public record CalendarEvent(String uid, Instant start, Instant end, boolean allDay, boolean busy, String summary) {
        public CalendarEvent {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }
    }

    private static void requireKey(String source, String externalId) {
        if (source == null || source.isBlank()) throw new IllegalArgumentException("source is required");
        if (externalId == null || externalId.isBlank()) throw new IllegalArgumentException("externalId is required");
    }
}
