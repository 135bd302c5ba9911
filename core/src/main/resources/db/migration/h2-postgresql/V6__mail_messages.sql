-- Mail touches (activity source 'mail', external_id = the Message-ID) and the message each answers, so a
-- buyer's reply marks the outbound touch it answers as replied, whichever of the two was imported first.
create table mail_message (
    message_id varchar(255) primary key,
    parent_id  varchar(255)
);
create index mail_message_parent on mail_message (parent_id);
