-- When reps work: h2-postgresql/V8 in SQLite's terms. A team's default (scope 'team', key = the team name in
-- lower case) and a rep's own (scope 'rep', key = Needle's rep id). days: the working weekdays as ISO numbers,
-- "1,2,3,4,5" for Monday to Friday; start_time/end_time: wall-clock times in the rep's zone, "08:30"; holidays:
-- the public holidays kept, a country code with optional regions ("de-by"), null for none.
create table work_schedule (
    scope        text not null check (scope in ('team', 'rep')),
    schedule_key text not null check (length(schedule_key) <= 200),
    days         text not null check (length(days) <= 20),
    start_time   text not null check (length(start_time) = 5),
    end_time     text not null check (length(end_time) = 5),
    holidays     text check (length(holidays) <= 40),
    primary key (scope, schedule_key)
) strict;
