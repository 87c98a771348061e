#!/usr/bin/env python3
"""Bulk path for the benchmark corpus: NDJSON in the import format straight into PostgreSQL with COPY.

   python3 bench/corpus/bulkload.py corpus.ndjson postgresql://postgres@127.0.0.1:5432/bench_100k

The database must already have the schema (start the app once against it: Flyway migrates it). The
import API validates and stores one line per transaction (right for editors, minutes per 10 k
statements); this writes tab-separated files for every content table and loads them with psql's
\\copy in one transaction, so the same constraints (checks, foreign keys, unique slugs) still hold:
a line the schema rejects makes the whole load fail. It covers what generate.py writes (actors with
roles, thesaurus topics, initiatives with aliases, leads and topics, briefings with points, topics,
initiatives, commitments and statements), not the import's update semantics. Python standard library
only, plus psql on the PATH.
"""
import json
import os
import subprocess
import sys
import tempfile
from decimal import Decimal, ROUND_HALF_EVEN

KIND = {"press-release": "PRESS_RELEASE", "remarks": "REMARKS", "statement": "STATEMENT",
        "background": "BACKGROUND", "summary": "SUMMARY"}
TABLES = {
    "actor": "id, slug, kind, name, country",
    "actor_role": "actor_id, position, title, organisation_id, valid_from, valid_to",
    "topic": "id, slug",
    "topic_label": "topic_id, lang, label, preferred",
    "initiative": "id, slug, name, kind, status, description, description_lang",
    "initiative_alias": "initiative_id, lang, alias",
    "initiative_lead": "initiative_id, actor_id",
    "initiative_topic": "initiative_id, topic_id",
    "briefing": "id, slug, external_id, title, kind, lang, translation_group, event_date, place, institution_id, "
                "speaker_id, event_name, body, status, published_at, became_public_at",
    "briefing_point": "briefing_id, position, text",
    "briefing_topic": "briefing_id, topic_id",
    "briefing_initiative": "briefing_id, initiative_id",
    "commitment": "id, slug, title, donor_id, recipient_id, category, amount, currency, amount_eur, eur_rate, "
                  "rate_date, eur_rate_source, qualifier, status, announced_on, source_briefing_id",
    "briefing_commitment": "briefing_id, commitment_id",
    "statement": "id, slug, briefing_id, position, speaker_id, speaker_role, kind, text, lang, said_on, place",
    "statement_topic": "statement_id, topic_id",
    "statement_commitment": "statement_id, commitment_id",
    "statement_initiative": "statement_id, initiative_id",
}


def field(value):
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    return (str(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r"))


class Loader:
    def __init__(self, directory):
        self.files = {t: open(os.path.join(directory, t + ".tsv"), "w", encoding="utf-8") for t in TABLES}
        self.ids = {"actor": {}, "topic": {}, "initiative": {}, "commitment": {}}
        self.next_id = {"actor": 0, "topic": 0, "initiative": 0, "commitment": 0, "briefing": 0, "statement": 0}

    def row(self, table, *values):
        self.files[table].write("\t".join(field(v) for v in values) + "\n")

    def new_id(self, table, slug=None):
        self.next_id[table] += 1
        if slug is not None:
            self.ids[table][slug] = self.next_id[table]
        return self.next_id[table]

    def ref(self, table, slug):
        if slug is None:
            return None
        if isinstance(slug, dict):
            slug = slug["slug"]
        return self.ids[table][slug]

    def actor(self, a):
        actor_id = self.new_id("actor", a["slug"])
        self.row("actor", actor_id, a["slug"], a["kind"].upper(), a["name"], a.get("country"))
        return a

    def roles(self, a):
        for position, role in enumerate(a.get("roles") or []):
            self.row("actor_role", self.ref("actor", a["slug"]), position, role["title"],
                     self.ref("actor", role.get("organisation")), role.get("from"), role.get("to"))

    def topic(self, t):
        topic_id = self.new_id("topic", t["slug"])
        self.row("topic", topic_id, t["slug"])
        for lang, label in t.get("labels", {}).items():
            self.row("topic_label", topic_id, lang, label, True)

    def initiative(self, i):
        if i["slug"] in self.ids["initiative"]:
            return
        initiative_id = self.new_id("initiative", i["slug"])
        self.row("initiative", initiative_id, i["slug"], i["name"], i["kind"].upper(), i["status"].upper(),
                 i.get("description"), i.get("descriptionLang") if i.get("description") else None)
        for lang, aliases in (i.get("aliases") or {}).items():
            for alias in dict.fromkeys(aliases):
                self.row("initiative_alias", initiative_id, lang, alias)
        for lead in i.get("leads") or []:
            self.row("initiative_lead", initiative_id, self.ref("actor", lead))
        for topic in i.get("topics") or []:
            self.row("initiative_topic", initiative_id, self.ref("topic", topic))

    def commitment(self, c, briefing_id):
        commitment_id = self.new_id("commitment", c["slug"])
        amount = Decimal(c["amount"]) if c.get("amount") is not None else None
        rate, source = (Decimal(c["eurRate"]), "GIVEN") if c.get("eurRate") else (None, None)
        eur = None
        if amount is not None:
            eur = amount if c["currency"] == "EUR" else (amount * rate).quantize(Decimal("0.01"), ROUND_HALF_EVEN)
        self.row("commitment", commitment_id, c["slug"], c["title"], self.ref("actor", c["donor"]),
                 self.ref("actor", c.get("recipient")), c["category"].upper(), amount, c.get("currency"), eur, rate,
                 c.get("rateDate"), source, c.get("qualifier", "exact").upper().replace("-", "_") if amount else None,
                 c["status"].upper(), c["announced"], briefing_id)
        self.row("briefing_commitment", briefing_id, commitment_id)

    def line(self, b):
        for a in b.get("actors") or []:
            self.actor(a)
        for a in b.get("actors") or []:
            self.roles(a)
        for t in (b.get("thesaurus") or []) + [t for t in b.get("topics") or [] if isinstance(t, dict)]:
            self.topic(t)
        for i in b.get("initiatives") or []:
            if "name" in i:
                self.initiative(i)
        briefing_id = self.new_id("briefing")
        self.row("briefing", briefing_id, b["slug"], b["externalId"], b["title"], KIND[b["kind"]], b["lang"],
                 b.get("group") or b["externalId"], b["date"], b.get("place"), self.ref("actor", b.get("institution")),
                 self.ref("actor", b.get("speaker")), b.get("event"), b["body"], "PUBLISHED",
                 # announced as public when published (no embargo), as the V10 migration marks rows public before it:
                 # left empty, the publication job's first run announced all 100 000 briefings of the 1 M corpus
                 b["date"] + "T12:00:00Z", b["date"] + "T12:00:00Z")
        for position, point in enumerate(b.get("summary") or []):
            self.row("briefing_point", briefing_id, position, point)
        for topic in b.get("topics") or []:
            self.row("briefing_topic", briefing_id, self.ref("topic", topic))
        for i in b.get("initiatives") or []:
            self.row("briefing_initiative", briefing_id, self.ref("initiative", i))
        for c in b.get("commitments") or []:
            self.commitment(c, briefing_id)
        for position, s in enumerate(b.get("statements") or []):
            statement_id = self.new_id("statement")
            self.row("statement", statement_id, f"{b['slug']}-s{position + 1}", briefing_id, position,
                     self.ref("actor", s["speaker"]), s.get("role"), s["kind"].upper(), s["text"],
                     s.get("lang", b["lang"]), s.get("date", b["date"]), s.get("place", b.get("place")))
            for topic in s.get("topics") or []:
                self.row("statement_topic", statement_id, self.ref("topic", topic))
            for c in s.get("commitments") or []:
                self.row("statement_commitment", statement_id, self.ref("commitment", c))
            for i in s.get("initiatives") or []:
                self.row("statement_initiative", statement_id, self.ref("initiative", i))

    def close(self):
        for f in self.files.values():
            f.close()


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source, database = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory(prefix="bulkload-") as directory:
        loader = Loader(directory)
        with open(source, encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    loader.line(json.loads(line))
        loader.close()
        script = ["\\set ON_ERROR_STOP on", "begin;"]
        script += [f"\\copy {t} ({c}) from '{os.path.join(directory, t + '.tsv')}'" for t, c in TABLES.items()]
        # the identity columns go on after the ids written here
        script += ["\\o /dev/null"]
        script += [f"select setval(pg_get_serial_sequence('{t}', 'id'), (select coalesce(max(id), 1) from {t}));"
                   for t in ("actor", "actor_role", "topic", "initiative", "briefing", "commitment", "statement")]
        script += ["commit;", "analyze;"]
        subprocess.run(["psql", "-q", database], input="\n".join(script), text=True, check=True)
    print(f"loaded {loader.next_id['briefing']} briefings, {loader.next_id['statement']} statements, "
          f"{loader.next_id['commitment']} commitments", file=sys.stderr)


if __name__ == "__main__":
    main()
