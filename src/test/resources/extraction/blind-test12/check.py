#!/usr/bin/env python3
"""Checker for extraction-blind-test12 (1901-1935), held out: run only to report.

Adapted from blind-dev13/check.py (the blind-test11 checker). Checks every pair and prints counts.
Exit code 0 = no errors.
"""
import os
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
RANGES = OrderedDict([
    ("de", range(1901, 1906)), ("en", range(1906, 1911)), ("fr", range(1911, 1916)),
    ("es", range(1916, 1921)), ("it", range(1921, 1926)), ("pl", range(1926, 1931)),
    ("nl", range(1931, 1936)),
])
STATUSES = {"proposed", "pledged", "agreed", "allocated", "delivered"}
ISO = {"EUR", "USD", "GBP", "CHF", "PLN", "SEK", "NOK", "DKK", "CZK", "HUF", "RON", "BGN"}
OPEN = "\"'«»„“”‚‘’"
CLOSE = "\"'«»“”‘’"
# real public figures (their words in this set are invented); used only for the counts
REAL = {
    "Klaudia Tanner", "Theo Francken", "Margarita Robles", "Andrius Kubilius", "Guido Crosetto",
    "Władysław Kosiniak-Kamysz", "Kaja Kallas",
}

errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


def bounded_quote(text, part, incise=False):
    """True if some occurrence of part is enclosed by quotation marks or Polish dialogue dashes."""
    start = 0
    while True:
        i = text.find(part, start)
        if i < 0:
            return False
        j = i + len(part)
        before = text[max(0, i - 2):i].replace("\u00a0", " ").rstrip(" ")
        after = text[j:j + 3].replace("\u00a0", " ").lstrip(" ")
        if after.startswith(","):
            after = after[1:].lstrip(" ")
        b = before[-1:] if before else "\n"
        a = after[:1] if after else "\n"
        if (b in OPEN or b in "–—") and (a in CLOSE or a in "–—"):
            return True
        # French/Italian incise inside the marks: « part one, a-t-il dit, part two »
        if incise:
            raw_after = text[j:j + 1]
            if (b in OPEN or b in "–—") and raw_after == ",":
                return True
            if b == "," and (a in CLOSE or a in "–—"):
                return True
            # Polish dash incise whose last part ends the paragraph: "– A – zaznaczył – B."
            if b in "–—" and a == "\n":
                return True
        # a dialogue-dash quote that starts a paragraph: "– Text – mówi X"
        if b in "–—" and a == "":
            return True
        start = i + 1


def main():
    table = OrderedDict()
    kinds_speaker = Counter()
    with_role = 0
    no_role = 0
    persons = Counter()
    real_statements = 0
    statuses = Counter()
    currencies = Counter()
    donor_dash = 0
    recip_dash = 0
    nas = 0
    pl_nominative = []
    total_st = 0
    for lang, rng in RANGES.items():
        row = Counter()
        for n in rng:
            name = f"{n}-{lang}"
            tp = os.path.join(HERE, name + ".txt")
            ep = os.path.join(HERE, name + ".expected")
            if not os.path.exists(tp) or not os.path.exists(ep):
                err(name, "missing .txt or .expected")
                continue
            text = open(tp, encoding="utf-8").read()
            lines = [l for l in open(ep, encoding="utf-8").read().split("\n") if l.strip()]
            row["texts"] += 1
            words_n = len(text.split())
            if not 230 <= words_n <= 310:
                err(name, f"text has {words_n} words (230-310 wanted)")
            if not lines or lines[0] != f"lang: {lang}":
                err(name, "first line must be 'lang: %s'" % lang)
            n_st = sum(1 for l in lines if l.startswith("statement: "))
            if not 10 <= n_st <= 14:
                err(name, f"{n_st} statements (10-14 wanted)")
            lastpos = -1
            for ln in lines[1:]:
                if ln.startswith("statement: "):
                    f = [x.strip() for x in ln[len("statement: "):].split(" | ")]
                    if len(f) != 4:
                        err(name, f"statement needs 4 fields: {ln}")
                        continue
                    spk, role, kind, words = f
                    row["statements"] += 1
                    total_st += 1
                    if kind not in ("quote", "paraphrase"):
                        err(name, f"bad kind {kind!r}")
                        continue
                    row[kind] += 1
                    parts = words.split(" … ") if kind == "quote" else [words]
                    pos = None
                    for p in parts:
                        if not p or p not in text:
                            err(name, f"words not verbatim in text: {p!r}")
                            continue
                        if kind == "quote" and not bounded_quote(text, p, incise=len(parts) > 1):
                            err(name, f"quote part not bounded by quotation marks: {p!r}")
                        if pos is None:
                            k = text.find(p, lastpos + 1 if lastpos >= 0 else 0)
                            pos = k if k >= 0 else text.find(p)
                    if kind == "quote" and any(p.endswith(",") for p in parts):
                        err(name, f"quote part ends with an attribution comma: {words!r}")
                    if kind == "paraphrase" and words.endswith("."):
                        err(name, f"paraphrase ends with a full stop: {words!r}")
                    if pos is not None:
                        if pos < lastpos:
                            err(name, f"statement out of text order: {words[:60]!r}")
                        lastpos = max(lastpos, pos)
                    if role != "-":
                        with_role += 1
                        if role.lower() not in text.lower():
                            err(name, f"role not in text: {role!r}")
                    else:
                        no_role += 1
                    if spk.startswith("anonymous: ") or spk.startswith("institution: "):
                        k2, desc = spk.split(": ", 1)
                        kinds_speaker[k2] += 1
                        if desc.lower() not in text.lower():
                            err(name, f"{k2} description not in text: {desc!r}")
                    else:
                        kinds_speaker["person"] += 1
                        persons[spk] += 1
                        if spk in REAL:
                            real_statements += 1
                        if spk not in text:
                            if lang == "pl":
                                pl_nominative.append(f"{n} {spk}")
                            else:
                                err(name, f"speaker not in text: {spk!r}")
                elif ln.startswith("commitment: "):
                    f = [x.strip() for x in ln[len("commitment: "):].split(" | ")]
                    row["commitments"] += 1
                    if len(f) != 4:
                        err(name, f"commitment needs 4 fields: {ln}")
                        continue
                    amt, status, donor, recip = f
                    m = re.fullmatch(r"(\d+) ([A-Z]{3})", amt)
                    if not m or m.group(2) not in ISO:
                        err(name, f"bad amount {amt!r}")
                    else:
                        currencies[m.group(2)] += 1
                    if status not in STATUSES:
                        err(name, f"bad status {status!r}")
                    statuses[status] += 1
                    for who, lab in ((donor, "donor"), (recip, "recipient")):
                        if who == "-":
                            if lab == "donor":
                                donor_dash += 1
                            else:
                                recip_dash += 1
                        elif who not in text:
                            err(name, f"{lab} not in text: {who!r}")
                elif ln.startswith("not-a-statement: "):
                    nas += 1
                    s = ln[len("not-a-statement: "):]
                    if s not in text:
                        err(name, f"not-a-statement not verbatim: {s!r}")
                else:
                    err(name, f"unknown line: {ln!r}")
        table[lang] = row
    print("| lang | texts | statements | quote | paraphrase | commitments |")
    print("|------|------:|-----------:|------:|-----------:|------------:|")
    tot = Counter()
    for lang, row in table.items():
        r = RANGES[lang]
        print(f"| {lang} ({r.start}-{r.stop - 1}) | {row['texts']} | {row['statements']} | {row['quote']} | "
              f"{row['paraphrase']} | {row['commitments']} |")
        tot.update(row)
    print(f"| **total** | **{tot['texts']}** | **{tot['statements']}** | **{tot['quote']}** | "
          f"**{tot['paraphrase']}** | **{tot['commitments']}** |")
    print()
    print(f"speakers: person {kinds_speaker['person']}, anonymous {kinds_speaker['anonymous']}, "
          f"institution {kinds_speaker['institution']}; role given {with_role}, role '-' {no_role}")
    real = sorted(p for p in persons if p in REAL)
    print(f"distinct persons {len(persons)}, real {len(real)} ({', '.join(real)}), invented "
          f"{len(persons) - len(real)} ({100.0 * (len(persons) - len(real)) / max(1, len(persons)):.1f} %)")
    print(f"statements by real people: {real_statements} of {total_st} "
          f"({100.0 * real_statements / max(1, total_st):.1f} %)")
    print("commitment status: " + ", ".join(f"{k} {v}" for k, v in statuses.most_common())
          + f"; donor '-' {donor_dash}, recipient '-' {recip_dash}")
    print("currencies: " + ", ".join(f"{k} {v}" for k, v in currencies.most_common()))
    print(f"not-a-statement lines: {nas}")
    for p in sorted(set(pl_nominative)):
        print(f"INFO: Polish speaker in nominative, not verbatim in text: {p}")
    if errors:
        print()
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} error(s)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
