-- Language versions of one item (one translation group) are one item for an alert: its first mail goes once per
-- alert and group, whichever version matched first (a version published later in another language is not mailed
-- to an alert that had one). The group is kept on the row as it was when the row was matched; only first mails
-- carry it (corrections and commitment changes stay keyed by their own version, V18, V22).
alter table alert_delivery add column translation_group varchar(200);

-- rows matched before: the first row of each alert and group carries the group, later ones stay as they were
update alert_delivery d set translation_group = b.translation_group
from briefing b
where b.id = d.briefing_id and d.correction = '-infinity' and d.commitment_change_id is null
  and not exists (select 1 from alert_delivery e join briefing eb on eb.id = e.briefing_id
                  where e.alert_id = d.alert_id and eb.translation_group = b.translation_group
                    and e.correction = '-infinity' and e.commitment_change_id is null and e.id < d.id);

create unique index alert_delivery_group_once on alert_delivery (alert_id, translation_group)
    where translation_group is not null;
