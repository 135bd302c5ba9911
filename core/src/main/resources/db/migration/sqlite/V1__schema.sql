-- Needle's schema on SQLite: the same tables, keys and constraints as h2-postgresql/V1, in SQLite's terms.
-- STRICT tables refuse a value of the wrong type as H2 and PostgreSQL do, and the checks on text
-- lengths stand in for varchar(n), which SQLite does not enforce. Values the store binds:
--   id                     integer primary key autoincrement (a rowid that, like an identity, is never reused)
--   boolean                integer 0 or 1
--   timestamp with tz      text, UTC, fixed width: 2026-12-01T09:30:00.000000Z, so text order is time order
--   date                   text, 2026-12-01
--   numeric(19, 4)         text, the decimal at scale 4 (exact, unlike SQLite's REAL)

create table rep (
    id          integer primary key autoincrement,
    source      text not null check (length(source) <= 40),
    external_id text not null check (length(external_id) <= 255),
    name        text check (length(name) <= 255),
    email       text check (length(email) <= 320),
    team        text check (length(team) <= 255),
    manager_id  integer references rep (id),
    time_zone   text check (length(time_zone) <= 64),
    quota       text,
    constraint rep_key unique (source, external_id)
) strict;

create table account (
    id           integer primary key autoincrement,
    source       text    not null check (length(source) <= 40),
    external_id  text    not null check (length(external_id) <= 255),
    name         text    check (length(name) <= 500),
    industry     text    check (length(industry) <= 255),
    dream_client integer not null default false check (dream_client in (0, 1)),
    constraint account_key unique (source, external_id)
) strict;

create table contact (
    id          integer primary key autoincrement,
    source      text not null check (length(source) <= 40),
    external_id text not null check (length(external_id) <= 255),
    account_id  integer references account (id),
    name        text check (length(name) <= 500),
    title       text check (length(title) <= 255),
    email       text check (length(email) <= 320),
    constraint contact_key unique (source, external_id)
) strict;

create table deal (
    id             integer primary key autoincrement,
    source         text not null check (length(source) <= 40),
    external_id    text not null check (length(external_id) <= 255),
    account_id     integer references account (id),
    owner_id       integer references rep (id),
    name           text check (length(name) <= 500),
    amount         text,
    currency       text check (length(currency) <= 3),
    stage          text check (length(stage) <= 255),
    lead_source    text check (length(lead_source) <= 255),
    product        text check (length(product) <= 255),
    created_at     text,
    expected_close text,
    closed_at      text,
    outcome        text not null check (length(outcome) <= 8),
    constraint deal_key unique (source, external_id)
) strict;
create index deal_owner on deal (owner_id);

-- Raw history as the source recorded it; readers collapse repeated stages and derive from_stage.
create table stage_change (
    id          integer primary key autoincrement,
    source      text    not null check (length(source) <= 40),
    external_id text    not null check (length(external_id) <= 255),
    deal_id     integer not null references deal (id),
    from_stage  text    check (length(from_stage) <= 255),
    to_stage    text    not null check (length(to_stage) <= 255),
    changed_at  text    not null,
    constraint stage_change_key unique (source, external_id)
) strict;
create index stage_change_deal on stage_change (deal_id, changed_at);

create table activity (
    id                integer primary key autoincrement,
    source            text    not null check (length(source) <= 40),
    external_id       text    not null check (length(external_id) <= 255),
    rep_id            integer not null references rep (id),
    type              text    not null check (length(type) <= 255),
    started_at        text    not null,
    duration_minutes  integer not null,
    duration_recorded integer not null check (duration_recorded in (0, 1)),
    deal_id           integer references deal (id),
    account_id        integer references account (id),
    contact_id        integer references contact (id),
    direction         text    check (length(direction) <= 10),
    outcome           text    check (length(outcome) <= 255),
    value_for_buyer   text    check (length(value_for_buyer) <= 4000),
    buyer_next_step   text    check (length(buyer_next_step) <= 4000),
    subject           text    check (length(subject) <= 1000),
    notes             text    check (length(notes) <= 32000),
    constraint activity_key unique (source, external_id)
) strict;
create index activity_rep_start on activity (rep_id, started_at);
create index activity_deal on activity (deal_id);

create table next_action (
    id              integer primary key autoincrement,
    source          text    not null check (length(source) <= 40),
    external_id     text    not null check (length(external_id) <= 255),
    deal_id         integer not null references deal (id),
    rep_id          integer references rep (id),
    what            text    not null check (length(what) <= 1000),
    due             text,
    value_for_buyer text    check (length(value_for_buyer) <= 4000),
    buyer_next_step text    check (length(buyer_next_step) <= 4000),
    status          text    not null check (length(status) <= 8),
    constraint next_action_key unique (source, external_id)
) strict;
create index next_action_deal on next_action (deal_id);

create table commitment (
    id          integer primary key autoincrement,
    source      text    not null check (length(source) <= 40),
    external_id text    not null check (length(external_id) <= 255),
    rep_id      integer not null references rep (id),
    deal_id     integer references deal (id),
    account_id  integer references account (id),
    what        text    not null check (length(what) <= 1000),
    due         text,
    done        integer not null default false check (done in (0, 1)),
    constraint commitment_key unique (source, external_id)
) strict;

-- One occurrence per row, recurrences already expanded. A calendar file is a snapshot:
-- re-importing it replaces that rep's events from that calendar.
create table calendar_event (
    id        integer primary key autoincrement,
    rep_id    integer not null references rep (id),
    calendar  text    not null check (length(calendar) <= 255),
    uid       text    not null check (length(uid) <= 1000),
    starts_at text    not null,
    ends_at   text    not null,
    all_day   integer not null check (all_day in (0, 1)),
    busy      integer not null check (busy in (0, 1)),
    summary   text    check (length(summary) <= 2000),
    constraint calendar_event_key unique (rep_id, calendar, uid)
) strict;
create index calendar_event_rep on calendar_event (rep_id, starts_at);
