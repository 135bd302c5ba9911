-- Answers the API server gave, saved so that after a restart it can answer before it has read the
-- whole store again: h2-postgresql/V5 in SQLite's terms. Each row is the body of one GET for one
-- visibility, valid while the store's fingerprint (import version and last audited write) is the one
-- it was computed at; rows of any other fingerprint are never served and are deleted.
create table saved_answer (
    answer_key  text primary key check (length(answer_key) <= 2000),
    fingerprint text not null check (length(fingerprint) <= 100),
    body        blob not null
) strict;
