-- ECB euro reference rates added while the newsroom runs: a chief editor uploads the ECB's published file
-- (eurofxref-hist.csv / .zip / .xml) at /admin/reference-rates. The rates shipped with the app stay in
-- reference-rates/ecb-euro-reference-rates.csv; a row here for the same currency and date takes precedence.
create table reference_rate (
    currency        char(3)        not null check (currency ~ '^[A-Z]{3}$' and currency <> 'EUR'),
    rate_date       date           not null check (rate_date >= date '1999-01-04'),
    -- how many units of the currency one euro was worth (the ECB quotes every currency against the euro)
    units_per_euro  numeric(18, 6) not null check (units_per_euro > 0),
    loaded_at       timestamptz    not null default now(),
    primary key (currency, rate_date)
);
