#!/usr/bin/env python3
"""Writes the psql script of the PostgreSQL full-text search baseline: bench/queries.tsv, ROUNDS times.

   python3 bench/pg_fts_queries.py bench/queries.tsv 30 > fts.sql; psql DB -f fts.sql | grep '^Time:'

Each query is the reader's text read by websearch_to_tsquery (words, "phrases", -exclusions, or) in every
language configuration, OR-ed (the reader does not say the language, as on /search), the faceted ones
filtered by language, ranked with ts_rank, top 10. One warm-up round runs before timing starts.
"""
import sys

CONFIGS = ["german", "english", "french", "spanish", "italian", "dutch", "simple"]


def sql(query, lang):
    text = query.replace("'", "''")
    tsquery = " || ".join(f"websearch_to_tsquery('{c}', '{text}')" for c in CONFIGS)
    where = f" and lang = '{lang}'" if lang else ""
    return (f"select kind, id, ts_rank(tsv, query.q) as rank from fts_doc, (select {tsquery} as q) as query "
            f"where tsv @@ query.q{where} order by rank desc limit 10;")


def main():
    queries_file, rounds = sys.argv[1], int(sys.argv[2])
    mix = []
    for line in open(queries_file, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = (line.rstrip("\n") + "\t\t").split("\t")
        mix.append(sql(cols[1], cols[2].strip()))
    print("\\set ON_ERROR_STOP on")
    print("\\o /dev/null")
    print("\n".join(mix))
    print("\\timing on")
    for _ in range(rounds):
        print("\n".join(mix))


if __name__ == "__main__":
    main()
