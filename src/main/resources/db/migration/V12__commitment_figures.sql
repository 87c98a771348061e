-- What a commitment's amount measures, and which commitment it is part of, so totals never count
-- the same money twice: new money is added up; a running total ("over 187 bn since 2022") is
-- shown as of its date, never added to another; a ceiling ("up to 800 bn") is shown beside the
-- pledged and delivered money, never inside it; a part (SAFE) is not added to its whole (ReArm).
alter table commitment add column figure varchar(12) not null default 'NEW'
    check (figure in ('NEW', 'CUMULATIVE', 'CEILING'));
alter table commitment add column part_of_id bigint references commitment (id) on delete set null;
alter table commitment add constraint commitment_not_part_of_itself check (part_of_id <> id);
create index commitment_part_of on commitment (part_of_id);
