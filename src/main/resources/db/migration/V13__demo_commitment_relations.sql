-- The demo corpus now carries these relations (db/demo/); an installation that loaded it before
-- gets them here, since the loader reads each file only once.
update commitment set figure = 'CUMULATIVE' where slug = 'eu-support-ukraine-187bn';
update commitment set figure = 'CEILING' where slug in ('rearm-europe-800bn', 'safe-150bn');
update commitment set part_of_id = (select id from commitment where slug = 'rearm-europe-800bn')
    where slug = 'safe-150bn';
