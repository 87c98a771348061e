-- Issue 19: an initiative's status step reported by a briefing goes with that briefing when it is deleted. With
-- "on delete set null" the step stayed without a source, which reads as a step an editor recorded at the desk
-- (public at once, whatever the deleted item was). Steps already without a source cannot be told apart from the
-- desk's and stay as they are.
alter table initiative_status_change drop constraint initiative_status_change_source_briefing_id_fkey;
alter table initiative_status_change add constraint initiative_status_change_source_briefing_id_fkey
    foreign key (source_briefing_id) references briefing (id) on delete cascade;
