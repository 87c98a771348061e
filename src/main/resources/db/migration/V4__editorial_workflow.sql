-- Editorial workflow: scheduled publication, withdrawal with a notice, the last editor (for the
-- four-eyes rule) and the lock table that makes the publication job run once across nodes.

alter table briefing
    add column scheduled_for     timestamptz,
    add column withdrawn_at      timestamptz,
    add column withdrawal_notice varchar(2000),
    add column last_edited_by    varchar(200),
    add constraint briefing_scheduled_has_time check (status <> 'SCHEDULED' or scheduled_for is not null),
    add constraint briefing_withdrawn_has_notice
        check (status <> 'WITHDRAWN' or (withdrawn_at is not null and length(trim(withdrawal_notice)) > 0));

create index briefing_due on briefing (scheduled_for) where status = 'SCHEDULED';

-- ShedLock's table (net.javacrumbs.shedlock, JdbcTemplateLockProvider with database time)
create table shedlock (
    name        varchar(64)  not null primary key,
    lock_until  timestamptz  not null,
    locked_at   timestamptz  not null,
    locked_by   varchar(255) not null
);
