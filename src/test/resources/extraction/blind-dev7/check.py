#!/usr/bin/env python3
"""Format checker for extraction-blind-test5 (held out). Exit 0 = no errors."""
import os, re, sys, glob
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["de", "en", "fr", "es", "it", "pl", "nl"]
RANGES = {"de": (1201, 1205), "en": (1206, 1210), "fr": (1211, 1215), "es": (1216, 1220),
          "it": (1221, 1225), "pl": (1226, 1230), "nl": (1231, 1235)}
STATUSES = {"proposed", "pledged", "agreed", "allocated", "delivered"}
MARKS = "\"“”„«»‘’‚'–—‹›"
OPEN = MARKS
CLOSE = MARKS
errors = []
info = []
counts = defaultdict(lambda: defaultdict(int))
speakers = defaultdict(int)
status_counts = defaultdict(int)
cur_counts = defaultdict(int)

def err(f, msg):
    errors.append(f"{f}: {msg}")

def norm(s):
    return re.sub(r"\s+", " ", s)

def bounded(text, part):
    """every occurrence check: at least one occurrence is bounded by quotation marks/dashes"""
    start = 0
    while True:
        i = text.find(part, start)
        if i < 0:
            return False
        before = text[:i].rstrip(" \u00a0\u202f")
        after = text[i + len(part):].lstrip(" \u00a0\u202f")
        # allow attribution comma after the part
        if after.startswith(","):
            after2 = after[1:].lstrip()
            if after2[:1] in "–—":
                after = after2
            elif before[-1:] in OPEN:
                after = after[1:].lstrip(" \u00a0\u202f")
        if before[-1:] in OPEN and (after[:1] in CLOSE):
            return True
        start = i + 1

files = sorted(glob.glob(os.path.join(HERE, "*.txt")))
names = set()
for tf in files:
    base = os.path.basename(tf)[:-4]
    m = re.fullmatch(r"(\d{4})-([a-z]{2})", base)
    if not m:
        err(base, "bad file name"); continue
    num, lang = int(m.group(1)), m.group(2)
    if lang not in RANGES or not (RANGES[lang][0] <= num <= RANGES[lang][1]):
        err(base, "number/language outside the planned ranges")
    names.add(base)
    ef = tf[:-4] + ".expected"
    if not os.path.exists(ef):
        err(base, "missing .expected"); continue
    text = open(tf, encoding="utf-8").read()
    textn = norm(text)
    lines = open(ef, encoding="utf-8").read().splitlines()
    if not lines or lines[0].strip() != f"lang: {lang}":
        err(base, "first line must be 'lang: %s'" % lang)
    counts[lang]["texts"] += 1
    lastpos = -1
    for ln, line in enumerate(lines[1:], 2):
        if not line.strip():
            continue
        loc = f"{base}.expected:{ln}"
        if line.startswith("statement: "):
            fields = [x.strip() for x in line[len("statement: "):].split(" | ")]
            if len(fields) != 4:
                err(loc, "statement needs 4 fields"); continue
            spk, role, kind, words = fields
            if kind not in ("quote", "paraphrase"):
                err(loc, "kind must be quote|paraphrase")
            if not words:
                err(loc, "empty words")
            counts[lang]["statements"] += 1
            counts[lang][kind] += 1
            if spk.startswith("anonymous: ") or spk.startswith("institution: "):
                desc = spk.split(": ", 1)[1]
                if desc.lower() not in textn.lower():
                    if lang == "pl":
                        info.append(f"INFO {base}: nominative description not verbatim in text: {desc}")
                    else:
                        err(loc, f"description not in text: {desc}")
                counts[lang]["anon" if spk.startswith("anon") else "inst"] += 1
            else:
                speakers[(lang, spk)] += 1
                if spk not in textn:
                    if lang == "pl":
                        info.append(f"INFO {base}: nominative speaker not verbatim in text: {spk}")
                    else:
                        err(loc, f"speaker not in text: {spk}")
            if role != "-" and role.lower() not in textn.lower():
                err(loc, f"role not in text: {role}")
            parts = words.split(" … ") if kind == "quote" else [words]
            firstpos = None
            for p in parts:
                pos = textn.find(p)
                if pos < 0:
                    err(loc, f"words not verbatim in text: {p[:60]}")
                    continue
                if firstpos is None:
                    firstpos = pos
                if kind == "quote" and not bounded(textn, p):
                    err(loc, f"quote part not bounded by quotation marks/dashes: {p[:60]}")
            if kind == "paraphrase" and words.endswith("."):
                err(loc, "paraphrase ends with a full stop")
            if firstpos is not None:
                if firstpos < lastpos:
                    err(loc, "statement out of text order")
                lastpos = firstpos
        elif line.startswith("commitment: "):
            fields = [x.strip() for x in line[len("commitment: "):].split(" | ")]
            if len(fields) != 4:
                err(loc, "commitment needs 4 fields"); continue
            m2 = re.fullmatch(r"(\d+) ([A-Z]{3})", fields[0])
            if not m2:
                err(loc, "amount must be '<digits> <ISO>'")
            else:
                cur_counts[m2.group(2)] += 1
            if fields[1] not in STATUSES:
                err(loc, "bad status")
            status_counts[fields[1]] += 1
            for x in fields[2:]:
                if x != "-" and x.lower() not in textn.lower():
                    err(loc, f"donor/recipient not in text: {x}")
            counts[lang]["commitments"] += 1
        elif line.startswith("not-a-statement: "):
            s = line[len("not-a-statement: "):].strip()
            if s not in textn:
                err(loc, "not-a-statement sentence not verbatim")
            counts[lang]["nas"] += 1
        else:
            err(loc, "unknown line type")

for lang, (a, b) in RANGES.items():
    for n in range(a, b + 1):
        if f"{n}-{lang}" not in names:
            err(f"{n}-{lang}", "missing text")

print("| lang | texts | statements | quote | paraphrase | commitments | anonymous | institution | not-a-statement |")
print("|------|------:|-----------:|------:|-----------:|------------:|----------:|------------:|----------------:|")
tot = defaultdict(int)
for lang in LANGS:
    c = counts[lang]
    print(f"| {lang} ({RANGES[lang][0]}-{RANGES[lang][1]}) | {c['texts']} | {c['statements']} | {c['quote']} | {c['paraphrase']} | {c['commitments']} | {c['anon']} | {c['inst']} | {c['nas']} |")
    for k, v in c.items():
        tot[k] += v
print(f"| **total** | **{tot['texts']}** | **{tot['statements']}** | **{tot['quote']}** | **{tot['paraphrase']}** | **{tot['commitments']}** | **{tot['anon']}** | **{tot['inst']}** | **{tot['nas']}** |")
print("commitment status:", dict(sorted(status_counts.items())), "currencies:", dict(sorted(cur_counts.items())))
names_all = {}
for (l, s), v in speakers.items():
    names_all[s] = names_all.get(s, 0) + v
pers = len(names_all)
print(f"distinct person speakers (by name across the set): {pers}, person statements: {sum(speakers.values())}")
REAL = set(l.strip() for l in open(os.path.join(HERE, "check.py"), encoding="utf-8").read().split("REAL_NAMES_START\n")[-1].split("\nREAL_NAMES_END")[0].splitlines() if l.strip() and not l.startswith("#"))
real = [s for s in names_all if s in REAL]
rs = sum(v for s, v in names_all.items() if s in REAL)
if pers:
    print(f"real public figures: {len(real)} ({', '.join(real)}); invented: {pers-len(real)} = {100*(pers-len(real))/pers:.1f} %; statements by real people: {rs}")
for i in dict.fromkeys(info):
    print(i)
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: no errors")
sys.exit(0)
# The list below is read by the script itself (names of real public figures used in the set).
"""
REAL_NAMES_START
Boris Pistorius
Mark Rutte
Kaja Kallas
Andrius Kubilius
John Healey
Margarita Robles
Guido Crosetto
Władysław Kosiniak-Kamysz
Ruben Brekelmans
Catherine Vautrin
Theo Francken
Gijs Tuinman
REAL_NAMES_END
"""
