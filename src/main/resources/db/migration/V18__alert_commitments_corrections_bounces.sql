-- Issue 21, the rest of alerts by e-mail: following a commitment, mailing corrections, hard bounces told apart.

-- An alert may follow a commitment (an item reporting it, or a change of its amount or status, matches).
alter table alert drop constraint alert_kind_check;
alter table alert add constraint alert_kind_check
    check (kind in ('ACTOR', 'TOPIC', 'INITIATIVE', 'COMMITMENT', 'SEARCH'));

-- Why an alert stopped: a hard bounce (the server refused the address for good: a 5xx answer to RCPT TO or DATA)
-- is told apart from mails that kept failing; the server's answer, shown to the reader on /me/alerts.
alter table alert drop constraint alert_paused_check;
alter table alert add constraint alert_paused_check
    check (paused in ('UNSUBSCRIBED', 'DELIVERY_FAILED', 'BOUNCED'));
alter table alert add column paused_detail varchar(500);

-- Corrections: the outbox's key is (alert, item, correction). A first mail has no correction ('-infinity', so the
-- key has no null in it and "never the same item twice" holds as before); a corrected item already mailed to an
-- alert is mailed once more under its briefing.corrected_at, so the same correction never twice.
alter table alert_delivery add column correction timestamptz not null default '-infinity';
alter table alert_delivery drop constraint alert_delivery_alert_id_briefing_id_key;
alter table alert_delivery add constraint alert_delivery_once unique (alert_id, briefing_id, correction);
