-- Baseline of bench/run.sh: what a user of this stack would pick instead of Lucene, PostgreSQL's built-in
-- full-text search. One tsvector per briefing (title, points, place, event, body) and per statement (words,
-- speaker, role), each with the text search configuration of its language (Polish has none in PostgreSQL:
-- 'simple'), one GIN index. Queries: bench/pg_fts_queries.py.
create or replace function bench_fts_config(lang text) returns regconfig immutable language sql as $$
  select (case lang when 'de' then 'german' when 'en' then 'english' when 'fr' then 'french'
    when 'es' then 'spanish' when 'it' then 'italian' when 'nl' then 'dutch' else 'simple' end)::regconfig
$$;
drop table if exists fts_doc;
create table fts_doc (kind text not null, id bigint not null, lang text not null, tsv tsvector not null);
insert into fts_doc
select 'briefing', b.id, b.lang, to_tsvector(bench_fts_config(b.lang), b.title || ' ' ||
       coalesce((select string_agg(p.text, ' ') from briefing_point p where p.briefing_id = b.id), '') || ' ' ||
       coalesce(b.place, '') || ' ' || coalesce(b.event_name, '') || ' ' || b.body)
  from briefing b where b.status = 'PUBLISHED';
insert into fts_doc
select 'statement', s.id, s.lang, to_tsvector(bench_fts_config(s.lang), s.text || ' ' || a.name || ' ' ||
       coalesce(s.speaker_role, ''))
  from statement s join actor a on a.id = s.speaker_id join briefing b on b.id = s.briefing_id
 where b.status = 'PUBLISHED';
create index fts_doc_tsv on fts_doc using gin (tsv);
create index fts_doc_lang on fts_doc (lang);
analyze fts_doc;
