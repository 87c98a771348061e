-- Issue 19, finding 1: what an unpublished item brings or changes waits for its publication.

-- Shared objects become public with the first item that carries them (null: only unpublished items do so far).
-- Rows stored before this migration were public already.
alter table actor add column public_from timestamptz;
alter table topic add column public_from timestamptz;
alter table initiative add column public_from timestamptz;
update actor set public_from = created_at;
update topic set public_from = created_at;
update initiative set public_from = created_at;
create index actor_public_from on actor (public_from);
create index initiative_public_from on initiative (public_from);

-- When a briefing last became public to every reader (published, embargo over); null while it is not, so the
-- publication job can tell an embargo that has just ended from one it has already announced.
alter table briefing add column became_public_at timestamptz;
update briefing set became_public_at = greatest(published_at, embargo_until)
 where status = 'PUBLISHED' and (embargo_until is null or embargo_until <= now());

-- What an unpublished briefing changes in shared objects, applied when it becomes public, dropped with it.
create table pending_change (
    id           bigint generated always as identity primary key,
    briefing_id  bigint       not null references briefing (id) on delete cascade,
    target_kind  varchar(20)  not null check (target_kind in ('ACTOR', 'TOPIC', 'INITIATIVE', 'COMMITMENT')),
    target_id    bigint       not null,
    target_slug  varchar(200) not null,
    payload      jsonb        not null,
    created_at   timestamptz  not null default now()
);
create index pending_change_briefing on pending_change (briefing_id, id);
