-- Spring Modulith's event publication registry (spring-modulith-starter-jdbc 2.0.3, its schema v2 for PostgreSQL):
-- an event with a listener that runs after the commit (alert matching) is written here in the publishing
-- transaction, and completed once the listener has run, so a match lost between the commit and the listener (a
-- failure, a stopped process) is found here and resubmitted (alert.AlertMatchingRetry). Completed publications are
-- deleted (spring.modulith.events.completion-mode: delete): the table holds only what is still to be done.
-- Flyway owns it, as every table: spring.modulith.events.jdbc.schema-initialization stays off.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
-- the registry finds a publication by its serialized event when the listener completes it
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
