-- Who may use the API (needle serve), and their API tokens: h2-postgresql/V2 in SQLite's terms (see V1).
-- A user's role is derived from the reporting lines unless set: admin when set so; otherwise manager
-- when some rep reports to the user's rep, else rep.

create table app_user (
    id         integer primary key autoincrement,
    email      text not null check (length(email) <= 320),
    name       text check (length(name) <= 255),
    role       text check (length(role) <= 8),
    rep_id     integer references rep (id),
    created_at text not null,
    constraint app_user_email unique (email),
    constraint app_user_role check (role in ('REP', 'MANAGER', 'ADMIN'))
) strict;

-- Only a token's SHA-256 hash is kept: the token itself is shown once, when it is created.
create table api_token (
    id         integer primary key autoincrement,
    user_id    integer not null references app_user (id),
    token_hash text    not null check (length(token_hash) <= 64),
    label      text    check (length(label) <= 255),
    created_at text    not null,
    revoked_at text,
    constraint api_token_hash unique (token_hash)
) strict;
create index api_token_user on api_token (user_id);
create index rep_manager on rep (manager_id);

-- Counts committed imports, so a running `needle serve` notices what another process imported
-- (one cheap query) and re-reads the store only then.
create table store_version (
    id      integer primary key,
    version integer not null
) strict;
insert into store_version (id, version) values (1, 0);
