-- Issue 21: a followed commitment's change of status or amount made through an item already public (at the desk,
-- by a re-import) is mailed once per change, under the item it came through. An item's first mail and its
-- corrections have no change (null); the key takes the change in, so a change never goes twice to one alert and
-- does not collide with the item's own mail (PostgreSQL 14 has no NULLS NOT DISTINCT: the index reads null as 0).
alter table alert_delivery add column commitment_change_id bigint references commitment_change (id) on delete cascade;
alter table alert_delivery drop constraint alert_delivery_once;
create unique index alert_delivery_once
    on alert_delivery (alert_id, briefing_id, correction, coalesce(commitment_change_id, 0));
