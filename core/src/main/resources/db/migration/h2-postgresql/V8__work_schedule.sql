-- When reps work: a team's default (scope 'team', key = the team name in lower case) and a rep's own
-- (scope 'rep', key = Needle's rep id). days: the working weekdays as ISO numbers, "1,2,3,4,5" for Monday to
-- Friday; start_time/end_time: wall-clock times in the rep's zone, "08:30"; holidays: the public holidays kept,
-- a country code with optional regions ("de-by"), null for none.
create table work_schedule (
    scope        varchar(4) not null check (scope in ('team', 'rep')),
    schedule_key varchar(200) not null,
    days         varchar(20) not null,
    start_time   varchar(5) not null,
    end_time     varchar(5) not null,
    holidays     varchar(40),
    primary key (scope, schedule_key)
);
