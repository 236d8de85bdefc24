-- Every replay of a dead letter an operator asked for, and how it ended. The record itself stays on the dead-letter
-- topic (Kafka cannot delete one record); this table says whether a replay has dealt with it since.
create table dead_letter_replay (
    id            bigserial    primary key,
    dlt_topic     varchar(249) not null,
    dlt_partition integer      not null,
    dlt_offset    bigint       not null,
    replayed_at   timestamptz  not null,
    outcome       varchar(20)  not null check (outcome in ('APPLIED', 'ALREADY_PROCESSED', 'SKIPPED', 'FAILED')),
    error         text,
    check ((outcome = 'FAILED') = (error is not null))
);

create index dead_letter_replay_record on dead_letter_replay (dlt_topic, dlt_partition, dlt_offset);
