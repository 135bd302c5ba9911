-- Mail touches (activity source 'mail', external_id = the Message-ID) and the message each answers:
-- h2-postgresql/V6 in SQLite's terms.
create table mail_message (
    message_id text primary key check (length(message_id) <= 255),
    parent_id  text check (length(parent_id) <= 255)
) strict;
create index mail_message_parent on mail_message (parent_id);
