-- The audit trail: h2-postgresql/V4 in SQLite's terms (see V1). One row per write through the API,
-- inserted in the same transaction as the write, so a stored change always has its row and a refused
-- one has none. Rows are never updated.
create table audit_record (
    id          integer primary key autoincrement,
    recorded_at text not null,
    user_id     integer,
    email       text not null check (length(email) <= 320),
    role        text not null check (length(role) <= 8),
    -- the id of the token used, never the token (nor its hash)
    token_id    integer,
    route       text not null check (length(route) <= 255),
    action      text not null check (length(action) <= 64),
    -- the records created or updated, as "activity 12, next_action 5"
    records     text not null check (length(records) <= 4000),
    -- what changed, as compact JSON: created values, before and after, or an import's files and rows
    change_json text not null check (length(change_json) <= 1000000)
) strict;
create index audit_record_time on audit_record (recorded_at);
