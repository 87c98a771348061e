#!/usr/bin/env python3
"""Re-check the blind-test6 (`bt6-`) search set.

Usage: python3 check.py [path/to/db/demo]

Checks: one JSON object per line, required fields, `bt6-` prefixes, unique externalIds/slugs, allowed
languages/status/initiative kinds and statuses, topics from the demo thesaurus, dates in 2025-2026, body length,
counts per kind; every judged group/initiative exists in this corpus or the demo corpus; no judgment of demo items
that are embargoed or draft; every query has a grade-2 group; no cross query has a judged item in its own language.
"""
import json, os, sys, re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'bt6-'
LANGS = {'en', 'de', 'fr', 'es', 'it', 'pl', 'nl'}
KINDS = {'project', 'roadmap', 'package', 'mission', 'coalition', 'agreement', 'instrument'}
STATUSES = {'proposed', 'planning', 'operational', 'completed'}
EXPECTED_KINDS = {'natural': 30, 'cross': 20, 'compound': 8, 'inflection': 8, 'name': 6, 'date': 6, 'typo': 6, 'phrase': 6}
N_ITEMS = 90
REQUIRED = ['externalId', 'slug', 'lang', 'kind', 'title', 'date', 'publishedAt', 'place', 'institution', 'group',
            'status', 'summary', 'body', 'topics', 'actors', 'initiatives', 'statements']
# language of each query (queries.tsv has no language column)
QUERY_LANG = {
 "Are Arctic waters becoming a NATO security priority?": "en",
 "How are navies clearing sea mines?": "en",
 "Which armed forces are hiring more women?": "en",
 "Arms makers cannot find enough welders and engineers": "en",
 "Are armies ready for a chemical weapons attack?": "en",
 "Welche Länder bauen neue Munitionsfabriken?": "de",
 "Wie überwachen Armeen Satelliten und Weltraumschrott?": "de",
 "Marode Unterkünfte in deutschen Kasernen": "de",
 "Wer bewacht den Luftraum über Island?": "de",
 "Qui finance le déminage en mer Noire ?": "fr",
 "Les armées parviennent-elles à recruter assez de jeunes ?": "fr",
 "Avions russes interceptés près de l'espace aérien européen": "fr",
 "Hôpitaux de campagne testés lors d'exercices militaires": "fr",
 "¿Cómo protegen los ejércitos sus redes informáticas?": "es",
 "Europa quiere fabricar sus propios chips militares": "es",
 "¿Qué hace la UE contra los yihadistas en Mozambique?": "es",
 "Nuevos patrulleros para vigilar costas y caladeros": "es",
 "Chi forma gli sminatori ucraini?": "it",
 "Ordigni della Seconda guerra mondiale ancora pericolosi": "it",
 "Come rendere più veloci gli acquisti di armi?": "it",
 "Navi militari europee nelle acque artiche": "it",
 "Ile kobiet służy w armiach NATO?": "pl",
 "Nowe mieszkania dla żołnierzy i ich rodzin": "pl",
 "Ćwiczenia wojskowe w arktycznym mrozie": "pl",
 "Czy przemysł obronny w Europie tworzy nowe miejsca pracy?": "pl",
 "Misje szkoleniowe dla armii Afryki i Bliskiego Wschodu": "pl",
 "Waarom grijpt de overheid in bij chipfabrikanten?": "nl",
 "Wordt de bouw van kazernes en opslag versneld?": "nl",
 "Helikopterbemanningen oefenen samen in hitte en stof": "nl",
 "Tekort aan personeel bij de krijgsmacht": "nl",
 "Naples WWII bomb defused, thousands evacuated": "en",
 "Spanish army trains Ukrainian deminers": "en",
 "Poland creates a space forces command": "en",
 "Dutch plan to get more women into the armed forces": "en",
 "Italienische Marine erforscht den Meeresboden der Arktis": "de",
 "Französische Gebirgsjäger üben im norwegischen Schnee": "de",
 "Spanische Armee sucht zivile Hacker als Reservisten": "de",
 "Niederländische Küstenwache bekommt neue Schiffe": "de",
 "Bombardiers russes interceptés au-dessus de la mer du Nord": "fr",
 "Usine d'obus inaugurée en Lituanie": "fr",
 "Loi néerlandaise pour accélérer les permis de casernes": "fr",
 "Polonia compra patrulleros para su guardia fronteriza marítima": "es",
 "El ejército alemán recibe vehículos de detección química": "es",
 "Casas para militares en Italia": "es",
 "Il Belgio arruola un numero record di soldati": "it",
 "Riforma degli acquisti militari in Polonia": "it",
 "Francja buduje mieszkania dla wojskowych": "pl",
 "Hiszpańscy żołnierze w misji ONZ w Libanie": "pl",
 "Italiaans ruimtecommando krijgt nieuw operatiecentrum": "nl",
 "Duitse wapenindustrie neemt personeel van autofabrieken over": "nl",
 "Artilleriegranatenfabrik": "de",
 "Küstenwachschiffe": "de",
 "Soldatenwohnungen": "de",
 "Weltraumlagezentrum": "de",
 "Chemiewaffenabwehr": "de",
 "vrouwenaandeel krijgsmacht": "nl",
 "zeemijnenruiming": "nl",
 "chipleveringszekerheid": "nl",
 "patrol vessel commissioned": "en",
 "Spürfahrzeug übergeben": "de",
 "chasseur alpin entraîné": "fr",
 "zapador ucraniano formado": "es",
 "alloggio militare ristrutturato": "it",
 "niewybuch podjęty przez saperów": "pl",
 "onderschepte bommenwerper": "nl",
 "helicopter crews trained together": "en",
 "Arctic Sentry": "nl",
 "Vigorous Warrior": "pl",
 "Pistorius": "de",
 "Nexperia": "en",
 "Theo Francken": "fr",
 "Cold Response": "it",
 "coast guard news September 2025": "en",
 "Weltraum März 2026": "de",
 "logement des militaires avril 2026": "fr",
 "desminado agosto 2025": "es",
 "ćwiczenia wojskowe maj 2026": "pl",
 "luchtruimbewaking december 2025": "nl",
 "womn in the military": "en",
 "Kasrenen sanieren": "de",
 "hôpital de campgane": "fr",
 "ciberreservitsas": "es",
 "sminamento Mar Nreo": "it",
 "fabryka amuncji": "pl",
 "\"Wet beschikbaarheid goederen\"": "nl",
 "\"unexploded ordnance\"": "en",
 "\"chemische Kampfstoffe\"": "de",
 "\"débris spatiaux\"": "fr",
 "\"Cabo Delgado\"": "es",
 "\"spazio aereo\"": "it"
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
