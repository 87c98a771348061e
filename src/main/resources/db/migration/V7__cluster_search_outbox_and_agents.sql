-- Cluster mode (docs/scaling.md): Hibernate Search's outbox-polling coordination. A transaction that changes an
-- indexed entity writes an event here; every app node polls its share of the events and updates OpenSearch, so a
-- change committed on any node reaches the index even if that node dies right after the commit.
-- Unused (and empty) in embedded and server mode. Columns follow Hibernate Search 8.2's own mapping of these tables.
create table hsearch_outbox_event (
    id             uuid         not null primary key,
    entity_name    varchar(256) not null,
    entity_id      varchar(256) not null,
    entity_id_hash integer      not null,
    payload        bytea        not null,
    retries        integer      not null,
    process_after  timestamp(6) with time zone not null,
    status         varchar(255) not null,
    tenant_id      varchar(255)
);
create index hsearch_outbox_event_polling on hsearch_outbox_event (entity_id_hash, status, process_after);

-- the nodes that take part, with their heartbeat, so the event shards are shared out among the live ones
create table hsearch_agent (
    id                   uuid         not null primary key,
    type                 varchar(255) not null,
    name                 varchar(255) not null,
    expiration           timestamp(6) with time zone not null,
    state                varchar(255) not null,
    total_shard_count    integer,
    assigned_shard_index integer,
    payload              bytea,
    tenant_id            varchar(255)
);
