package dev.needle.ingest.mapping;

/** The kinds of record a source row can become, in the order an import stores them. */
public enum EntityKind {
    REP, ACCOUNT, CONTACT, DEAL, STAGE_CHANGE, ACTIVITY, NEXT_ACTION
}
