#!/usr/bin/env python3
"""Re-check the blind-test8 (`bt8-`) search set.

Usage: python3 check.py [path/to/db/demo]

Checks: one JSON object per line, required fields, `bt8-` prefixes, unique externalIds/slugs, allowed
languages/status/initiative kinds and statuses, topics from the demo thesaurus, dates in 2025-2026, body length,
counts per kind; every judged group/initiative exists in this corpus or the demo corpus; no judgment of demo items
that are embargoed or draft; every query has a grade-2 group; no cross query has a judged item in its own language.
"""
import json, os, sys, re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'bt8-'
LANGS = {'en', 'de', 'fr', 'es', 'it', 'pl', 'nl'}
KINDS = {'project', 'roadmap', 'package', 'mission', 'coalition', 'agreement', 'instrument'}
STATUSES = {'proposed', 'planning', 'operational', 'completed'}
EXPECTED_KINDS = {'natural': 36, 'cross': 18, 'compound': 6, 'inflection': 6, 'name': 6, 'date': 6, 'typo': 6, 'phrase': 6}
N_ITEMS = 90
REQUIRED = ['externalId', 'slug', 'lang', 'kind', 'title', 'date', 'publishedAt', 'place', 'institution', 'group',
            'status', 'summary', 'body', 'topics', 'actors', 'initiatives', 'statements']
# language of each query (queries.tsv has no language column)
QUERY_LANG = {
 "Will France share its nuclear weapons with Europe?": "en",
 "Wer übernimmt die nukleare Teilhabe mit der F-35?": "de",
 "Qui développe des missiles européens à longue portée ?": "fr",
 "¿Depende Europa de China para fabricar armas?": "es",
 "Czy Włochy wyślą żołnierzy na Ukrainę?": "pl",
 "Quali eserciti ricevono nuovi elicotteri?": "it",
 "Hoe gebruikt het leger kunstmatige intelligentie?": "nl",
 "Strait of Hormuz naval mission changes command": "en",
 "Offiziersanwärter studieren ein Semester im Ausland": "de",
 "Ballons de contrebande venus de Biélorussie": "fr",
 "Defensa europea contra misiles hipersónicos": "es",
 "Portaerei europee in missione nel Pacifico": "it",
 "Franco-German next-generation tank programme makes progress": "en",
 "Podwyżki dla żołnierzy w armiach europejskich": "pl",
 "Legerbases wekken zelf stroom op bij stroomstoring": "nl",
 "Welche Armeen bekommen neue Sturmgewehre?": "de",
 "Should soldiers teach security policy in schools?": "en",
 "Formación de pilotos de caza en Europa": "es",
 "Nuovi aerei da trasporto militare per le forze aeree": "it",
 "Des navires sans équipage pour surveiller la mer": "fr",
 "Dutch intelligence services get more hacking powers": "en",
 "EU-Eingreiftruppe probt Evakuierung von Bürgern": "de",
 "Ruzie tussen Dassault en Airbus over nieuw gevechtsvliegtuig": "nl",
 "Kiedy Europa będzie miała własny myśliwiec szóstej generacji?": "pl",
 "Nuevos lanzacohetes de artillería para Polonia": "es",
 "Chi addestra i piloti ucraini degli F-16?": "it",
 "Which NATO rules govern AI in targeting?": "en",
 "Hausse de la solde des militaires polonais": "fr",
 "Transportflugzeuge tanken Hubschrauber in der Luft": "de",
 "Extra geld voor militairen die in Litouwen dienen": "nl",
 "Czy szkoły militaryzują młodzież?": "pl",
 "Reopening European mines for defence metals": "en",
 "Aerei da combattimento a decollo verticale sulle navi": "it",
 "¿Qué hace Europa en el estrecho de Ormuz?": "es",
 "Wie schützt man Windparks in der Nordsee?": "de",
 "L'armée française manque-t-elle de pilotes de chasse ?": "fr",
 "Disuasión nuclear francesa para toda Europa": "es",
 "Polonia vuole ospitare armi nucleari americane": "it",
 "Europese kruisraketten met 2000 kilometer bereik": "nl",
 "Zapasy metali ziem rzadkich dla przemysłu obronnego": "pl",
 "Forza di reazione rapida dell'UE si esercita in Germania": "it",
 "Wielonarodowe siły dla Ukrainy po rozejmie": "pl",
 "Solarstrom für Kasernen und Fliegerhorste": "de",
 "Helicopter fleets upgraded or replaced in Europe": "en",
 "Intelligence artificielle dans les armées européennes": "fr",
 "Cadet exchanges between European military academies": "en",
 "Ballonnen met sigaretten uit Wit-Rusland": "nl",
 "Misja morska w cieśninie Ormuz": "pl",
 "Abfangrakete gegen Hyperschallwaffen aus Spanien": "de",
 "Les militaires néerlandais obtiennent une hausse de salaire": "fr",
 "Fucili d'assalto nuovi per i soldati": "it",
 "Drones navales para vigilar cables submarinos": "es",
 "Fliegerschule auf Sardinien bildet Kampfpiloten aus": "de",
 "Spanish mine reopens to supply ammunition makers": "en",
 "Atomwaffenteilhabe": "de",
 "Rohstoffreserve": "de",
 "Hubschraubermodernisierung": "de",
 "militairensalarissen": "nl",
 "kruisraketprogramma": "nl",
 "Drohnenboote": "de",
 "balloons shot down": "en",
 "ausgelieferte Kampfhubschrauber": "de",
 "porte-avions rentré à Toulon": "fr",
 "microrred solar instalada": "es",
 "missili da crociera sviluppati insieme": "it",
 "podwyższone uposażenia żołnierzy": "pl",
 "ELSA": "en",
 "Agenor": "it",
 "HYDEF": "es",
 "Tomasz Kalinowski": "pl",
 "Sanne Hofstede": "en",
 "MGCS": "fr",
 "helicopters June 2026": "en",
 "Marine Oktober 2025": "de",
 "dissuasion nucléaire mars 2025": "fr",
 "Ucrania septiembre 2025": "es",
 "salari militari novembre 2025": "it",
 "szkolenie pilotów maj 2026": "pl",
 "Hormuz naval mision": "en",
 "Büchl F-35": "de",
 "porte-avoins Charles de Gaulle": "fr",
 "wolfrmio mina Salamanca": "es",
 "Decimomanu scuola di volo": "it",
 "Chinok helikopters": "nl",
 "\"coalition of the willing\"": "en",
 "\"kritische Rohstoffe\"": "de",
 "\"force de réassurance\"": "fr",
 "\"inteligencia artificial\"": "es",
 "\"libertà di navigazione\"": "it",
 "\"nucleaire paraplu\"": "nl"
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
