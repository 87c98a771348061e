#!/usr/bin/env python3
"""Benchmark corpus: deterministic (seeded) NDJSON in the import format (docs/import-format.md).

   python3 bench/corpus/generate.py --statements 100000 --out /tmp/corpus-100k.ndjson

About one briefing per 10 statements, in the seven search languages (de en fr es it pl nl). Each language
has its own vocabulary with Zipf-distributed frequencies (a few hundred real words of the domain at the
top, then generated words from that language's syllables), so term statistics look like text: a few very
frequent terms, a long tail. German and Dutch form compounds (Verteidigungs|minister). Actors, initiatives
(with aliases per language), topics (thesaurus labels in every language) and commitments with amounts
(NUMERIC strings, ISO 4217) are shared across briefings. The first line defines every actor, topic and
initiative; the others reference them by slug. Same seed and scale give the same bytes.

Python standard library only.
"""
import argparse
import bisect
import itertools
import json
import random
import re
import sys
import unicodedata
from datetime import date, timedelta

LANGS = ["de", "en", "fr", "es", "it", "pl", "nl"]
# share of briefings per language (English and German most, as in the newsroom's sources)
LANG_WEIGHTS = [22, 30, 16, 9, 9, 7, 7]

# the domain words at the head of each language's Zipf distribution (most frequent first)
HEAD = {
    "en": "the of and to in for a on with support defence security european union ukraine council military "
          "member states minister said will today brussels investment capabilities industry mission ammunition "
          "funding billion million euro readiness mobility joint procurement air missile drones naval border "
          "cyber training partners cooperation strategic operations assistance package facility peace "
          "commission parliament representative high agreement strengthen eastern flank production".split(),
    "de": "die der und zu in für ein mit auf den von Unterstützung Verteidigung Sicherheit Europäische Union "
          "Ukraine Rat Militär Mitgliedstaaten Minister sagte heute Brüssel Investitionen Fähigkeiten Industrie "
          "Mission Munition Finanzierung Milliarden Millionen Euro Bereitschaft Mobilität gemeinsam Beschaffung "
          "Luftverteidigung Drohnen Grenze Ausbildung Partner Zusammenarbeit Einsatz Hilfe Paket Friedensfazilität "
          "Kommission Parlament Vertreterin Abkommen stärken Ostflanke Produktion".split(),
    "fr": "le la de et à les des pour en un une avec défense sécurité européenne union Ukraine Conseil militaire "
          "États membres ministre a déclaré aujourd'hui Bruxelles investissements capacités industrie mission "
          "munitions financement milliards millions euros préparation mobilité commun acquisition drones "
          "frontière formation partenaires coopération opérations aide paquet facilité paix Commission "
          "Parlement haute représentante accord renforcer flanc oriental production".split(),
    "es": "el la de y en para los las un una con defensa seguridad europea unión Ucrania Consejo militar "
          "Estados miembros ministro declaró hoy Bruselas inversiones capacidades industria misión munición "
          "financiación millones euros preparación movilidad conjunta adquisición drones frontera formación "
          "socios cooperación operaciones ayuda paquete apoyo paz Comisión Parlamento alta representante "
          "acuerdo reforzar flanco oriental producción".split(),
    "it": "il la di e a per in un una con difesa sicurezza europea unione Ucraina Consiglio militare Stati "
          "membri ministro ha dichiarato oggi Bruxelles investimenti capacità industria missione munizioni "
          "finanziamento miliardi milioni euro prontezza mobilità comune appalti droni frontiera formazione "
          "partner cooperazione operazioni assistenza pacchetto sostegno pace Commissione Parlamento alta "
          "rappresentante accordo rafforzare fianco orientale produzione".split(),
    "pl": "i w na z do dla się oraz obrona bezpieczeństwo europejska unia Ukraina Rada wojskowa państwa "
          "członkowskie minister powiedział dzisiaj Bruksela inwestycje zdolności przemysł misja amunicja "
          "finansowanie miliardów milionów euro gotowość mobilność wspólne zamówienia drony granica szkolenie "
          "partnerzy współpraca operacje pomoc pakiet wsparcie pokój Komisja Parlament wysoka przedstawiciel "
          "porozumienie wzmocnić wschodnia flanka produkcja pocisków".split(),
    "nl": "de het van en een in voor met op te defensie veiligheid Europese unie Oekraïne Raad militaire "
          "lidstaten minister zei vandaag Brussel investeringen capaciteiten industrie missie munitie "
          "financiering miljard miljoen euro paraatheid mobiliteit gezamenlijke aanschaf drones grens opleiding "
          "partners samenwerking operaties steun pakket vredesfaciliteit Commissie Parlement hoge "
          "vertegenwoordiger akkoord versterken oostflank productie".split(),
}
# syllables from which each language's long tail of words is made
SYLLABLES = {
    "en": "ar ter in for ment tion al con de re pro ly ing est ble sta com par ous".split(),
    "de": "ver ung keit lich schaft en er be ge sch ein tr stä halt zeug rung heit mit".split(),
    "fr": "ment tion eur ique con dé re pré au eau oi ais ence ité par lle ment que".split(),
    "es": "ción mente ar er ido ada es con de re pro ía os as ble mien tra dad".split(),
    "it": "zione mente are ere ato ata co de ri pro ia li gli che sta tà men ito".split(),
    "pl": "owa nie cz sz rz ski wie prze dzi ść ło ją em go nych kie wy ośc".split(),
    "nl": "ver ing heid lijk schap en er be ge sch aa oo ui ij te st de ker".split(),
}
# compound parts (German: linking s; Dutch: no link), the head nouns of the domain
COMPOUND_PARTS = {
    "de": (["Verteidigung", "Sicherheit", "Rüstung", "Luft", "Grenz", "Munition", "Ausbildung", "Mobilität",
            "Industrie", "Friedens", "Militär", "Marine", "Cyber", "Raketen", "Drohnen"],
           ["minister", "paket", "fonds", "politik", "abkommen", "mission", "produktion", "strategie",
            "ausgaben", "programm", "bereitschaft", "abwehr", "hilfe", "kapazität"]),
    "nl": (["defensie", "veiligheids", "lucht", "grens", "munitie", "opleidings", "mobiliteits", "industrie",
            "vredes", "militaire", "marine", "cyber", "raket", "drone"],
           ["minister", "pakket", "fonds", "beleid", "akkoord", "missie", "productie", "strategie",
            "uitgaven", "programma", "paraatheid", "verdediging", "steun", "capaciteit"]),
}
TAIL_WORDS = 20_000      # generated words per language after the head
ZIPF_EXPONENT = 1.07

FIRST = "Anna Jan Maria Piotr Sophie Luca Elena Pieter Kaja Josep Ursula Andrius Marta Henrik Ines Tomas".split()
LAST = ("Kowalski Müller Dubois García Rossi Jansen Nowak Schmidt Laurent Fernández Bianchi de Vries Kallas "
        "Kubilius Lindqvist Novak Horváth Popescu").split()
STATES = [("germany", "Germany", "DE"), ("france", "France", "FR"), ("poland", "Poland", "PL"),
          ("italy", "Italy", "IT"), ("spain", "Spain", "ES"), ("netherlands", "Netherlands", "NL"),
          ("ukraine", "Ukraine", "UA"), ("finland", "Finland", "FI"), ("estonia", "Estonia", "EE"),
          ("lithuania", "Lithuania", "LT"), ("sweden", "Sweden", "SE"), ("denmark", "Denmark", "DK")]
INSTITUTIONS = [("council-of-the-eu", "Council of the EU"), ("eeas", "European External Action Service"),
                ("european-commission", "European Commission"), ("european-parliament", "European Parliament"),
                ("european-defence-agency", "European Defence Agency"), ("eu", "European Union")]
INITIATIVE_STEMS = ["Eastern Flank Watch", "Drone Wall", "European Sky Shield", "Ammunition Initiative",
                    "Readiness Roadmap", "Military Mobility Package", "Defence Industry Programme",
                    "Naval Shield", "Cyber Rapid Response", "Space Shield", "Border Resilience Mission",
                    "Joint Procurement Instrument"]
INITIATIVE_KINDS = ["project", "roadmap", "package", "mission", "coalition", "agreement", "instrument"]
TOPICS = {  # slug: labels per language
    "support-to-ukraine": ("Support to Ukraine", "Unterstützung der Ukraine", "Soutien à l'Ukraine",
                           "Apoyo a Ucrania", "Sostegno all'Ucraina", "Wsparcie dla Ukrainy", "Steun aan Oekraïne"),
    "military-mobility": ("Military mobility", "Militärische Mobilität", "Mobilité militaire",
                          "Movilidad militar", "Mobilità militare", "Mobilność wojskowa", "Militaire mobiliteit"),
    "air-defence": ("Air defence", "Luftverteidigung", "Défense aérienne", "Defensa aérea", "Difesa aerea",
                    "Obrona powietrzna", "Luchtverdediging"),
    "defence-industry": ("Defence industry", "Rüstungsindustrie", "Industrie de défense", "Industria de defensa",
                         "Industria della difesa", "Przemysł obronny", "Defensie-industrie"),
    "ammunition": ("Ammunition", "Munition", "Munitions", "Munición", "Munizioni", "Amunicja", "Munitie"),
    "eastern-flank": ("Eastern flank", "Ostflanke", "Flanc oriental", "Flanco oriental", "Fianco orientale",
                      "Wschodnia flanka", "Oostflank"),
    "cyber-defence": ("Cyber defence", "Cyberabwehr", "Cyberdéfense", "Ciberdefensa", "Difesa cibernetica",
                      "Cyberobrona", "Cyberdefensie"),
    "maritime-security": ("Maritime security", "Maritime Sicherheit", "Sûreté maritime", "Seguridad marítima",
                          "Sicurezza marittima", "Bezpieczeństwo morskie", "Maritieme veiligheid"),
}
LABEL_ORDER = ["en", "de", "fr", "es", "it", "pl", "nl"]
CURRENCIES = ["EUR"] * 8 + ["USD", "GBP"]
CATEGORIES = ["financial", "military", "humanitarian", "budget", "industrial"]
STATUSES = ["proposed", "pledged", "agreed", "allocated", "delivered"]
KINDS = ["press-release", "remarks", "statement", "background", "summary"]


def slugify(text):
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


class Vocabulary:
    """One language's words with Zipf weights: word k is drawn with probability ~ 1 / k^s."""

    def __init__(self, lang, rnd):
        words = list(dict.fromkeys(HEAD[lang]))
        seen = set(w.lower() for w in words)
        syl = SYLLABLES[lang]
        while len(words) < len(HEAD[lang]) + TAIL_WORDS:
            w = "".join(rnd.choice(syl) for _ in range(rnd.randint(2, 4)))
            if w not in seen:
                seen.add(w)
                words.append(w)
        self.words = words
        weights = [1.0 / (k ** ZIPF_EXPONENT) for k in range(1, len(words) + 1)]
        self.cum = list(itertools.accumulate(weights))
        self.lang = lang

    def draw(self, rnd, n):
        total = self.cum[-1]
        return [self.words[bisect.bisect(self.cum, rnd.random() * total)] for _ in range(n)]


class Corpus:
    def __init__(self, seed):
        self.rnd = random.Random(seed)
        self.vocab = {lang: Vocabulary(lang, random.Random(f"{seed}-{lang}")) for lang in LANGS}
        self.people = self._people()
        self.initiatives = self._initiatives()
        self.speakers = [p["slug"] for p in self.people]
        self.donors = [s[0] for s in STATES] + ["eu"]

    def _people(self):
        rnd, people, slugs = self.rnd, [], set()
        for first in FIRST:
            for last in LAST:
                if rnd.random() < 0.35:
                    name = f"{first} {last}"
                    slug = slugify(name)
                    if slug not in slugs:
                        slugs.add(slug)
                        org = rnd.choice(INSTITUTIONS + [(s[0], s[1]) for s in STATES])[0]
                        people.append({"slug": slug, "kind": "person", "name": name,
                                       "roles": [{"title": rnd.choice(["Minister of Defence", "Commissioner",
                                                                       "High Representative", "Spokesperson",
                                                                       "Chief of Defence"]),
                                                  "organisation": org, "from": "2020-01-01", "to": None}]})
        return people

    def _initiatives(self):
        out = []
        for i, stem in enumerate(INITIATIVE_STEMS * 4):
            name = stem if i < len(INITIATIVE_STEMS) else f"{stem} {2023 + i // len(INITIATIVE_STEMS)}"
            slug = slugify(name)
            out.append({"slug": slug, "name": name, "kind": INITIATIVE_KINDS[i % len(INITIATIVE_KINDS)],
                        "status": "planning", "leads": [STATES[i % len(STATES)][0]],
                        "aliases": {"de": [name.replace("Eastern Flank Watch", "Ostflankenwache")
                                           .replace("Drone Wall", "Drohnenwall")
                                           .replace("European Sky Shield", "Europäischer Himmelsschild")]},
                        "description": f"{name}: a European initiative on defence readiness.",
                        "descriptionLang": "en", "topics": [list(TOPICS)[i % len(TOPICS)]]})
        return out

    def definitions(self):
        """The first line: every actor, topic and initiative, so later lines only reference slugs."""
        actors = [{"slug": s, "kind": "state", "name": n, "country": c} for s, n, c in STATES]
        actors += [{"slug": s, "kind": "institution", "name": n} for s, n in INSTITUTIONS]
        thesaurus = [{"slug": slug, "labels": dict(zip(LABEL_ORDER, labels))} for slug, labels in TOPICS.items()]
        return {"externalId": "bench-definitions", "slug": "bench-definitions", "lang": "en", "kind": "background",
                "title": "Benchmark corpus: actors, topics and initiatives", "date": "2023-01-01",
                "body": "Definitions of the benchmark corpus.", "status": "published",
                "actors": actors + self.people, "thesaurus": thesaurus, "initiatives": self.initiatives}

    def sentence(self, lang, n):
        rnd = self.rnd
        words = self.vocab[lang].draw(rnd, n)
        if lang in COMPOUND_PARTS and rnd.random() < 0.6:
            heads, tails = COMPOUND_PARTS[lang]
            compound = rnd.choice(heads) + rnd.choice(tails)
            words[rnd.randrange(len(words))] = compound if lang == "nl" else compound.capitalize()
        if rnd.random() < 0.3:
            words.insert(rnd.randrange(len(words)), rnd.choice(self.initiatives)["name"])
        if rnd.random() < 0.2:
            words.append(f"{rnd.randint(1, 999)} {rnd.choice(['million', 'Millionen', 'millions', 'miliardów'])}")
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."

    def briefing(self, number, statements):
        rnd = self.rnd
        lang = rnd.choices(LANGS, LANG_WEIGHTS)[0]
        paired = number % 6 in (2, 3)
        if number % 6 == 3:  # the second version of a pair: another language than the first
            lang = LANGS[(LANGS.index(self.last_lang) + 1 + rnd.randrange(len(LANGS) - 1)) % len(LANGS)]
        self.last_lang = lang
        day = date(2022, 1, 1) + timedelta(days=rnd.randrange(4 * 365))
        slug = f"bench-{number}"
        speaker = rnd.choice(self.speakers)
        initiative = rnd.choice(self.initiatives)["slug"] if rnd.random() < 0.4 else None
        topics = rnd.sample(list(TOPICS), rnd.randint(1, 2))
        line = {"externalId": slug, "slug": slug, "lang": lang, "kind": rnd.choice(KINDS),
                "title": self.sentence(lang, rnd.randint(6, 12))[:-1], "date": day.isoformat(),
                "place": rnd.choice(["Brussels", "Brüssel", "Bruxelles", "Luxembourg", "Warszawa", "Den Haag"]),
                "institution": rnd.choice(INSTITUTIONS)[0], "speaker": speaker,
                # a third of the items come in two language versions (a translation group of two)
                "group": f"bench-pair-{number // 6}" if paired else f"bench-{number}",
                "status": "published", "summary": [self.sentence(lang, rnd.randint(10, 18)) for _ in range(3)],
                "body": "\n\n".join(" ".join(self.sentence(lang, rnd.randint(8, 20)) for _ in range(4))
                                    for _ in range(3)),
                "topics": topics}
        commitments = []
        if rnd.random() < 0.25:
            currency = rnd.choice(CURRENCIES)
            amount = rnd.randint(1, 5000) * 10 ** rnd.randint(5, 8)
            c = {"slug": f"{slug}-c1", "title": self.sentence(lang, 6)[:-1], "donor": rnd.choice(self.donors),
                 "recipient": "ukraine", "category": rnd.choice(CATEGORIES), "amount": str(amount),
                 "currency": currency, "qualifier": rnd.choice(["exact", "over", "about", "up-to"]),
                 "status": rnd.choice(STATUSES), "announced": day.isoformat()}
            if currency != "EUR":
                c["eurRate"] = "0.92000000" if currency == "USD" else "1.17000000"
                c["rateDate"] = day.isoformat()
            commitments.append(c)
            line["commitments"] = commitments
        if initiative:
            line["initiatives"] = [{"slug": initiative}]
        line["statements"] = [
            {"speaker": rnd.choice(self.speakers) if rnd.random() < 0.5 else speaker,
             "role": "Minister", "kind": rnd.choice(["quote", "paraphrase"]),
             "text": " ".join(self.sentence(lang, rnd.randint(8, 22)) for _ in range(rnd.randint(1, 3))),
             "topics": topics[:1],
             **({"commitments": [commitments[0]["slug"]]} if commitments and i == 0 else {}),
             **({"initiatives": [initiative]} if initiative and i == 1 else {})}
            for i in range(statements)]
        return line


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, required=True, help="e.g. 10000, 100000, 1000000")
    parser.add_argument("--seed", type=int, default=20251201)
    parser.add_argument("--out", default="-")
    args = parser.parse_args()
    corpus = Corpus(args.seed)
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    dump = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    out.write(dump(corpus.definitions()) + "\n")
    written, number = 0, 0
    while written < args.statements:
        n = min(corpus.rnd.randint(6, 14), args.statements - written)  # 10 on average
        number += 1
        out.write(dump(corpus.briefing(number, n)) + "\n")
        written += n
    if out is not sys.stdout:
        out.close()
    print(f"{number} briefings, {written} statements", file=sys.stderr)


if __name__ == "__main__":
    main()
