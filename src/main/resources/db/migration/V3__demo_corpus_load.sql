-- Which demo corpus files have been loaded, so a restart never loads them twice.
create table demo_corpus_load (
    file_name  varchar(200) primary key,
    sha256     char(64)    not null,
    created    int         not null,
    updated    int         not null,
    rejected   int         not null,
    loaded_at  timestamptz not null default now()
);
