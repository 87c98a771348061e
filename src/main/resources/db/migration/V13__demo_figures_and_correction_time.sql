-- When what a published briefing says was last corrected: the only thing that dates a feed entry's
-- <updated> (a re-tag or a re-import of the same words does not).
alter table briefing add column corrected_at timestamptz;

-- The demo corpus now carries its relations and publication times (db/demo/); an installation that
-- loaded it before gets them here, since the loader reads each file only once.
update commitment set figure = 'CUMULATIVE' where slug = 'eu-support-ukraine-187bn';
update commitment set figure = 'CEILING' where slug in ('rearm-europe-800bn', 'safe-150bn');
update commitment set part_of_id = (select id from commitment where slug = 'rearm-europe-800bn')
    where slug = 'safe-150bn';
-- demo briefings were stamped with the moment they were loaded: give them their own date instead
update briefing b set published_at = (b.event_date + time '16:00') at time zone 'UTC'
    where b.embargo_until is null and b.external_id like 'newsroom-%'
      and exists (select 1 from demo_corpus_load l
                  where b.published_at between l.loaded_at - interval '1 hour' and l.loaded_at);
