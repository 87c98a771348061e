#!/usr/bin/env python3
"""Re-check the blind-test7 (`bt7-`) search set.

Usage: python3 check.py [path/to/db/demo]

Checks: one JSON object per line, required fields, `bt7-` prefixes, unique externalIds/slugs, allowed
languages/status/initiative kinds and statuses, topics from the demo thesaurus, dates in 2025-2026, body length,
counts per kind; every judged group/initiative exists in this corpus or the demo corpus; no judgment of demo items
that are embargoed or draft; every query has a grade-2 group; no cross query has a judged item in its own language.
"""
import json, os, sys, re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'bt7-'
LANGS = {'en', 'de', 'fr', 'es', 'it', 'pl', 'nl'}
KINDS = {'project', 'roadmap', 'package', 'mission', 'coalition', 'agreement', 'instrument'}
STATUSES = {'proposed', 'planning', 'operational', 'completed'}
EXPECTED_KINDS = {'natural': 36, 'cross': 18, 'compound': 6, 'inflection': 6, 'name': 6, 'date': 6, 'typo': 6, 'phrase': 6}
N_ITEMS = 90
REQUIRED = ['externalId', 'slug', 'lang', 'kind', 'title', 'date', 'publishedAt', 'place', 'institution', 'group',
            'status', 'summary', 'body', 'topics', 'actors', 'initiatives', 'statements']
# language of each query (queries.tsv has no language column)
QUERY_LANG = {
 "Which countries are buying weapons together to save money?": "en",
 "Wie kommen Panzer schneller über Brücken und Flüsse?": "de",
 "Comment protéger la navigation satellite contre le brouillage ?": "fr",
 "Is Ukraine building its own weapons with European money?": "en",
 "Jak Europa chroni łączność wojskową przed hakerami?": "pl",
 "¿Por qué crece la piratería en África occidental?": "es",
 "Quali aziende europee producono satelliti per la difesa?": "it",
 "Hoe helpt de EU Moldavië tegen Russische drones?": "nl",
 "NATO sets new targets for forces and equipment": "en",
 "Europäische Investitionsbank öffnet sich für Rüstungsunternehmen": "de",
 "Quelles armées modernisent leurs véhicules blindés ?": "fr",
 "Quién vigila la frontera entre Armenia y Azerbaiyán": "es",
 "Attacchi informatici contro ministeri e industria della difesa": "it",
 "Czy UE wyda więcej na obronność w 2026?": "pl",
 "Nieuwe munitie en raketten voor luchtverdediging op korte afstand": "nl",
 "How is NATO coordinating weapons deliveries to Ukraine?": "en",
 "Französische Armee zieht Soldaten aus den Städten ab": "de",
 "L'Europe veut-elle son propre accès à l'espace ?": "fr",
 "Nuevos satélites militares para vigilar el espacio": "es",
 "Vecchi ponti bloccano i convogli militari verso est": "it",
 "Hoe betalen landen hun stijgende defensie-uitgaven?": "nl",
 "Why are residents angry about military training grounds?": "en",
 "Welche EU-Missionen werden verkleinert oder beendet?": "de",
 "Que fait l'OTAN en mer Noire et Roumanie ?": "fr",
 "¿Quién repara los tanques dañados de Ucrania?": "es",
 "Chi protegge i porti baltici in caso di crisi?": "it",
 "Europejskie wojska ćwiczą przeprawy przez rzeki": "pl",
 "Bedreigen hackers de Europese defensie-industrie?": "nl",
 "Countries fund European space programme for military users": "en",
 "Wie schützt Europa Seewege vor Piraten?": "de",
 "Quand les nouvelles frégates anti-sous-marines seront-elles livrées ?": "fr",
 "Programa europeo de drones de vigilancia con retrasos": "es",
 "Quanto spende la Germania per la difesa?": "it",
 "Niemcy budują okręty wojenne: kto przejmuje stocznię?": "pl",
 "Dutch government adds billions to defence budget": "en",
 "Militaire basis in Afrika blijft nog twintig jaar": "nl",
 "Des pirates russes arrêtés en Pologne pour espionnage informatique": "fr",
 "German budget rules changed to allow more military borrowing": "en",
 "Italien verlängert Militärhilfe für die Ukraine um ein Jahr": "de",
 "La Francia rinnova la sua base militare a Gibuti": "it",
 "Quejas por el ruido de los cazas en una base aérea holandesa": "es",
 "Spanje koopt een fabriek van pantservoertuigen terug": "nl",
 "Francja ogranicza patrole żołnierzy na ulicach miast": "pl",
 "Residents protest against army firing range in Sardinia": "en",
 "La Pologne emprunte des milliards via un fonds hors budget pour l'armée": "fr",
 "Spanische Soldaten in Lettland bekommen Drohnenabwehr": "de",
 "Gli Stati Uniti cedono alla NATO il centro logistico di Rzeszów": "it",
 "La Bundeswehr contrata lanzamientos de cohetes a una empresa emergente": "es",
 "Franse satelliet die andere satellieten in de gaten houdt": "nl",
 "Unijni obserwatorzy zostają na granicy Armenii z Azerbejdżanem": "pl",
 "Spanish defence ministry servers hacked by pro-Russian group": "en",
 "Coopération militaire entre l'Espagne et la Pologne": "fr",
 "Warum verlassen niederländische Soldaten den Südsudan?": "de",
 "Nuove fregate antisommergibile per Olanda e Belgio": "it",
 "Rheinüberquerung": "de",
 "Brückenverstärkung": "de",
 "Quantenverschlüsselung": "de",
 "rivieroversteekoefening": "nl",
 "onderzeebootjagers": "nl",
 "Rüstungsdarlehen": "de",
 "bridge strengthened for tanks": "en",
 "verlängertes Mandat der Beobachtermission": "de",
 "missiles commandés ensemble": "fr",
 "obuses fabricados en Ucrania": "es",
 "zamówionych wozów bojowych": "pl",
 "gesanctioneerde hackers": "nl",
 "Galileo PRS": "en",
 "Iron Crossing": "de",
 "Marek Zawadzki": "pl",
 "Lotte Verbruggen": "en",
 "EUMA": "fr",
 "Nordic Warden": "nl",
 "military mobility September 2025": "en",
 "Ukraine-Hilfe Oktober 2025": "de",
 "cyberattaques mars 2025": "fr",
 "presupuesto de defensa noviembre 2025": "es",
 "missioni UE gennaio 2026": "it",
 "przemysł zbrojeniowy luty 2026": "pl",
 "Galieo encrypted signal": "en",
 "Truppenübungsplaz Altmark": "de",
 "opération Sentinlle": "fr",
 "piratería golfo de Gunea": "es",
 "poligono di Qiurra": "it",
 "vliegbasis Vokel geluid": "nl",
 "\"pontoon bridge\"": "en",
 "\"eingefrorene russische Vermögenswerte\"": "de",
 "\"présence maritime coordonnée\"": "fr",
 "\"modelo danés\"": "es",
 "\"crittografia post-quantistica\"": "it",
 "\"mobilność wojskowa\"": "pl"
}

def candidates_demo():
    if len(sys.argv) > 1:
        return [sys.argv[1]]
    return [os.path.join(HERE, '..', '..', '..', 'main', 'db', 'demo'), '/work/main/db/demo',
            os.path.join(HERE, '..', '..', '..', '..', '..', 'db', 'demo'), os.path.join(HERE, '..', '..', '..', '..', 'db', 'demo')]

errors = []
def err(msg):
    errors.append(msg)

demo_dir = next((d for d in candidates_demo() if os.path.isdir(d)), None)
if demo_dir is None:
    sys.exit('demo corpus not found; pass its path as the first argument')
demo_items = []
for fn in sorted(os.listdir(demo_dir)):
    if fn.endswith('.ndjson'):
        for line in open(os.path.join(demo_dir, fn), encoding='utf-8'):
            if line.strip():
                demo_items.append(json.loads(line))
thesaurus = set()
demo_inits = {}
for d in demo_items:
    for t in d.get('thesaurus', []):
        thesaurus.add(t['slug'])
    for i in d.get('initiatives', []):
        if isinstance(i, dict):
            demo_inits.setdefault(i['slug'], i)
demo_groups = {}
for d in demo_items:
    demo_groups.setdefault(d['group'], []).append(d)
unjudgeable = {g for g, ds in demo_groups.items()
               if any(x.get('status') != 'published' or x.get('embargoUntil') for x in ds)}

# corpus
items = []
for n, line in enumerate(open(os.path.join(HERE, 'corpus.ndjson'), encoding='utf-8'), 1):
    try:
        items.append(json.loads(line))
    except Exception as e:
        err(f'corpus line {n}: not JSON ({e})')
if len(items) != N_ITEMS:
    err(f'expected {N_ITEMS} items, found {len(items)}')
ids, slugs = Counter(), Counter()
groups = {}
inits = {}
for d in items:
    eid = d.get('externalId', '?')
    for f in REQUIRED:
        if f not in d:
            err(f'{eid}: missing {f}')
    ids[eid] += 1; slugs[d.get('slug')] += 1
    if not str(eid).startswith(PREFIX): err(f'{eid}: externalId without prefix')
    if not str(d.get('group', '')).startswith(PREFIX): err(f'{eid}: group without prefix')
    if PREFIX not in str(d.get('slug', '')): err(f'{eid}: slug without prefix')
    if d.get('lang') not in LANGS: err(f'{eid}: bad lang')
    if d.get('status') != 'published': err(f'{eid}: status not published')
    if not re.match(r'^202[56]-\d\d-\d\d$', str(d.get('date', ''))): err(f'{eid}: date not in 2025-2026')
    if not str(d.get('publishedAt', '')).startswith(str(d.get('date'))): err(f'{eid}: publishedAt differs from date')
    w = len(str(d.get('body', '')).split())
    if not 120 <= w <= 220: err(f'{eid}: body has {w} words')
    if not isinstance(d.get('summary'), list) or not d['summary']: err(f'{eid}: summary must be a non-empty list')
    for t in d.get('topics', []):
        if t not in thesaurus: err(f'{eid}: topic {t} not in demo thesaurus')
    for i in d.get('initiatives', []):
        if not isinstance(i, dict): err(f'{eid}: initiative not embedded'); continue
        if i.get('kind') not in KINDS: err(f'{eid}: initiative {i.get("slug")} kind {i.get("kind")}')
        if i['slug'] in demo_inits:
            if i != demo_inits[i['slug']]: err(f'{eid}: demo initiative {i["slug"]} not copied unchanged')
        elif i.get('status') not in STATUSES:
            err(f'{eid}: initiative {i.get("slug")} status {i.get("status")}')
        if i['slug'] in inits and inits[i['slug']] != i: err(f'{eid}: initiative {i["slug"]} differs between items')
        inits[i['slug']] = i
        for t in i.get('topics', []):
            if t not in thesaurus: err(f'{eid}: initiative topic {t} not in thesaurus')
    for a in d.get('actors', []):
        if a.get('kind') not in ('institution', 'person'): err(f'{eid}: actor kind {a.get("kind")}')
    if d.get('speaker') and d['speaker'] not in {a['slug'] for a in d.get('actors', [])}:
        err(f'{eid}: speaker not defined in actors')
    groups.setdefault(d.get('group'), []).append(d)
for k, v in ids.items():
    if v > 1: err(f'duplicate externalId {k}')
for k, v in slugs.items():
    if v > 1: err(f'duplicate slug {k}')
for g, ds in groups.items():
    ls = [x['lang'] for x in ds]
    if len(ls) != len(set(ls)): err(f'{g}: two items in one language')
    if len({x['date'] for x in ds}) != 1: err(f'{g}: versions with different dates')
    if g in demo_groups: err(f'{g}: clashes with a demo group')
multi = [g for g, ds in groups.items() if len(ds) > 1]

group_langs = {g: {x['lang'] for x in ds} for g, ds in groups.items()}
for g, ds in demo_groups.items():
    if g not in unjudgeable:
        group_langs[g] = {x['lang'] for x in ds}
all_inits = set(inits) | set(demo_inits)

# queries
kinds = Counter()
qtexts = Counter()
for n, line in enumerate(open(os.path.join(HERE, 'queries.tsv'), encoding='utf-8'), 1):
    line = line.rstrip('\n')
    parts = line.split('\t')
    if len(parts) != 3:
        err(f'queries line {n}: expected 3 tab-separated fields'); continue
    kind, q, judg = parts
    kinds[kind] += 1; qtexts[q] += 1
    if kind not in EXPECTED_KINDS: err(f'line {n}: unknown kind {kind}')
    if q not in QUERY_LANG: err(f'line {n}: query language unknown: {q}')
    if '  ' in judg or judg != judg.strip(): err(f'line {n}: judgments must be separated by single spaces')
    if kind == 'natural' and not 4 <= len(q.split()) <= 9: err(f'line {n}: natural query has {len(q.split())} words')
    if kind == 'phrase' and not (q.startswith('"') and q.endswith('"')): err(f'line {n}: phrase query not quoted')
    has2 = False
    seen = set()
    for j in judg.split(' '):
        m = re.match(r'^(g|i):([^=]+)=([12])$', j)
        if not m: err(f'line {n}: bad judgment {j}'); continue
        t, name, grade = m.groups()
        if (t, name) in seen: err(f'line {n}: {name} judged twice')
        seen.add((t, name))
        if t == 'g':
            if name in unjudgeable: err(f'line {n}: {name} is embargoed/draft and must not be judged')
            elif name not in group_langs: err(f'line {n}: unknown group {name}')
            elif grade == '2': has2 = True
            if kind == 'cross' and name in group_langs and QUERY_LANG.get(q) in group_langs[name]:
                err(f'line {n}: cross query judges {name}, which exists in the query language {QUERY_LANG.get(q)}')
        else:
            if name not in all_inits: err(f'line {n}: unknown initiative {name}')
    if not has2: err(f'line {n}: no grade-2 group')
for k, v in EXPECTED_KINDS.items():
    if kinds[k] != v: err(f'kind {k}: expected {v}, found {kinds[k]}')
for q, v in qtexts.items():
    if v > 1: err(f'duplicate query {q}')
if set(QUERY_LANG.values()) != LANGS: err('not all seven query languages used')

readme = os.path.join(HERE, 'README.md')
if not os.path.exists(readme) or open(readme, encoding='utf-8').readline().rstrip('\n') != 'held out: do not tune on it; run only to report':
    err('README.md must start with the held-out line')

if errors:
    print('\n'.join(errors)); print(f'{len(errors)} problem(s)'); sys.exit(1)
lc = Counter(d['lang'] for d in items)
print(f'OK: {len(items)} items ({", ".join(f"{k} {v}" for k, v in sorted(lc.items()))}), {len(groups)} groups '
      f'({len(multi)} in 2-4 languages), {sum(kinds.values())} queries ({", ".join(f"{k} {v}" for k, v in kinds.items())}), '
      f'query languages {dict(sorted(Counter(QUERY_LANG.values()).items()))}; demo: {demo_dir}')
