-- Issue 19: a commitment's current figures are those of the latest step of its history that its readers may see
-- (a step is public only when its source briefing is). A step therefore holds the whole reported state: the upper
-- bound of a range, a rate the source gave, and the period, besides status and amount.
alter table commitment_change
    add column amount_high     numeric(20, 2) check (amount_high >= 0),
    add column eur_rate        numeric(18, 8) check (eur_rate > 0),
    add column rate_date       date,
    add column eur_rate_source varchar(10) check (eur_rate_source = 'GIVEN'),
    add column period_from     date,
    add column period_to       date;

-- Steps before this one kept no period: the commitment's is the best there is. The upper bound and a given rate are
-- known for the steps that report what the commitment holds now.
update commitment_change h set period_from = c.period_from, period_to = c.period_to,
        amount_high = case when h.amount = c.amount and h.currency = c.currency then c.amount_high end,
        eur_rate = case when h.amount = c.amount and h.currency = c.currency and c.eur_rate_source = 'GIVEN'
            then c.eur_rate end,
        rate_date = case when h.amount = c.amount and h.currency = c.currency and c.eur_rate_source = 'GIVEN'
            then c.rate_date end,
        eur_rate_source = case when h.amount = c.amount and h.currency = c.currency and c.eur_rate_source = 'GIVEN'
            then 'GIVEN' end
    from commitment c where c.id = h.commitment_id;
