package dev.needle.ingest.mapping;

/**
 * The kinds of record a source row can become, in the order an import stores them. A lead comes after
 * the deal it may have converted into and before the activities that name it.
 */
public enum EntityKind {
    REP, ACCOUNT, CONTACT, DEAL, LEAD, STAGE_CHANGE, ACTIVITY, NEXT_ACTION
}
