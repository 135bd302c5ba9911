-- Answers the API server gave, saved so that after a restart it can answer before it has read the
-- whole store again. Each row is the body of one GET for one visibility, valid while the store's
-- fingerprint (import version and last audited write) is the one it was computed at; rows of any
-- other fingerprint are never served and are deleted.
create table saved_answer (
    answer_key  varchar(2000) primary key,
    fingerprint varchar(100) not null,
    body        bytea not null
);
