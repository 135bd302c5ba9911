-- Subscribable calendar feeds of a rep's plan: h2-postgresql/V7 in SQLite's terms (see V1). Only a
-- feed secret's SHA-256 hash is kept; a revoked feed keeps its row, revoked_at set.
create table plan_feed (
    id          integer primary key autoincrement,
    rep_id      integer not null references rep (id),
    secret_hash text    not null check (length(secret_hash) <= 64),
    days        integer not null,
    created_by  text    check (length(created_by) <= 320),
    created_at  text    not null,
    revoked_at  text,
    constraint plan_feed_secret unique (secret_hash),
    constraint plan_feed_days check (days between 1 and 31)
) strict;
create index plan_feed_rep on plan_feed (rep_id);

-- What a feed last served for each event UID: content hash, SEQUENCE and LAST-MODIFIED.
create table plan_feed_block (
    feed_id       integer not null references plan_feed (id),
    uid           text    not null check (length(uid) <= 255),
    plan_date     text    not null,
    content_hash  text    not null check (length(content_hash) <= 64),
    sequence      integer not null,
    last_modified text    not null,
    primary key (feed_id, uid)
) strict;
