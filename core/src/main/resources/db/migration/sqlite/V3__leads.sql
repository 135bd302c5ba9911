-- Leads: prospects not yet qualified into an account (Salesforce's Lead). Many teams prospect on
-- leads, so a touch on one is prospecting work the value model must see. A converted lead names
-- the account, contact and opportunity it became; activities on it are credited to those.
-- h2-postgresql/V3 in SQLite's terms (see V1).

create table lead (
    id                   integer primary key autoincrement,
    source               text    not null check (length(source) <= 40),
    external_id          text    not null check (length(external_id) <= 255),
    name                 text    check (length(name) <= 500),
    company              text    check (length(company) <= 500),
    email                text    check (length(email) <= 320),
    owner_id             integer references rep (id),
    status               text    check (length(status) <= 255),
    lead_source          text    check (length(lead_source) <= 255),
    created_at           text,
    converted            integer not null default false check (converted in (0, 1)),
    converted_account_id integer references account (id),
    converted_contact_id integer references contact (id),
    converted_deal_id    integer references deal (id),
    converted_at         text,
    constraint lead_key unique (source, external_id)
) strict;

alter table activity add column lead_id integer references lead (id);
create index activity_lead on activity (lead_id);
