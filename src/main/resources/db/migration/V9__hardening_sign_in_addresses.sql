-- Where each account has signed in successfully (sign-in form or HTTP Basic): the sign-in throttle admits the
-- owner from these addresses while it slows guessing from elsewhere (docs/security.md, issue 19 finding 8).
create table sign_in_address (
    account_id        bigint       not null references account (id) on delete cascade,
    address           varchar(100) not null,
    last_signed_in_at timestamptz  not null,
    primary key (account_id, address)
);
