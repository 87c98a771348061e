#!/usr/bin/env python3
"""Re-check the blind-test11 (`bt11-`) search set.

Usage: python3 check.py [path/to/db/demo]

Checks: one JSON object per line, required fields, `bt11-` prefixes, unique externalIds/slugs, allowed
languages/status/initiative kinds and statuses, topics from the demo thesaurus, dates in 2025-2026, body length,
counts per kind; every judged group/initiative exists in this corpus or the demo corpus; no judgment of demo items
that are embargoed or draft; every query has a grade-2 group; no cross query has a judged item in its own language.
"""
import json, os, sys, re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'bt11-'
LANGS = {'en', 'de', 'fr', 'es', 'it', 'pl', 'nl'}
KINDS = {'project', 'roadmap', 'package', 'mission', 'coalition', 'agreement', 'instrument'}
STATUSES = {'proposed', 'planning', 'operational', 'completed'}
EXPECTED_KINDS = {'natural': 36, 'cross': 18, 'compound': 6, 'inflection': 6, 'name': 6, 'date': 6, 'typo': 6, 'phrase': 6}
N_ITEMS = 90
REQUIRED = ['externalId', 'slug', 'lang', 'kind', 'title', 'date', 'publishedAt', 'place', 'institution', 'group',
            'status', 'summary', 'body', 'topics', 'actors', 'initiatives', 'statements']
# language of each query (queries.tsv has no language column)
QUERY_LANG = {
 "Welche Armeen lassen jetzt Bewerber mit Tattoos zu?": "de",
 "Wie schützt die Bundeswehr Soldaten vor Hitzschlag?": "de",
 "Geld für Naturschutz auf Truppenübungsplätzen": "de",
 "Bundeswehr gibt Geheimakten aus dem Kalten Krieg frei": "de",
 "Sportsoldaten bei den Olympischen Winterspielen in Italien": "de",
 "Compensation for soldiers exposed to radiation": "en",
 "How armies are coping with extreme summer heat": "en",
 "Ireland lets older recruits join the Defence Forces": "en",
 "Which countries are opening secret military archives?": "en",
 "Muslim chaplains join the German armed forces": "en",
 "Rare birds nesting on army firing ranges": "en",
 "Childcare for families of deployed soldiers": "en",
 "Quels pays indemnisent les soldats malades de l'uranium appauvri": "fr",
 "Les armées européennes manquent-elles d'aumôniers en opération": "fr",
 "Les armées assouplissent les critères médicaux de recrutement": "fr",
 "Sportifs de haut niveau sous l'uniforme": "fr",
 "Une crèche sur une base navale": "fr",
 "Défilé militaire avec des troupes étrangères invitées": "fr",
 "Archives de la guerre d'Indochine en ligne": "fr",
 "Pèlerinage des militaires blessés à Lourdes": "fr",
 "Requisitos de estatura y tatuajes para ser militar": "es",
 "¿Cuándo se abrirán los archivos secretos de Defensa?": "es",
 "Aves esteparias en un campo de tiro militar": "es",
 "Los militares españoles en el Mundial de pentatlón": "es",
 "Nuovi requisiti per entrare nell'Esercito: tatuaggi e vista": "it",
 "Quanti cappellani militari ci sono in Italia?": "it",
 "Parata 2 giugno, 80 anni della Repubblica": "it",
 "Caserme con asili nido per le famiglie dei militari": "it",
 "Ondata di caldo, stop alle esercitazioni militari": "it",
 "Militairen in Nederlands Nieuw-Guinea: archief open": "nl",
 "Schaapskuddes op militaire oefenterreinen": "nl",
 "Nederlandse mariniers in Spaanse parade": "nl",
 "Geestelijk verzorgers op uitzending met militairen": "nl",
 "Jak wojsko chroni żołnierzy przed upałem?": "pl",
 "Odszkodowania dla weteranów misji na Bałkanach": "pl",
 "Nowe przepisy o badaniach lekarskich kandydatów do wojska": "pl",
 "Dutch marines march in Madrid national day parade": "en",
 "Eurocorps opens Bastille Day parade in Paris": "en",
 "Wolves on German army training ground": "en",
 "Spain creates unit for elite military athletes": "en",
 "Italienische Militärseelsorger für Auslandseinsätze": "de",
 "Kinderkrippe für Marinefamilien in Brest": "de",
 "Entschädigung für italienische Soldaten nach Uranmunition": "de",
 "Soldatenwallfahrt nach Lourdes": "de",
 "Spanien schafft Mindestkörpergröße für Rekruten ab": "de",
 "Palomares : retrait de la terre contaminée au plutonium": "fr",
 "Championnat du monde de pentathlon militaire à Wrocław": "fr",
 "Marines néerlandais au défilé de la fête nationale espagnole": "fr",
 "Marcha de Nimega: el calor acorta la primera etapa": "es",
 "Guarderías para hijos de militares en los cuarteles": "es",
 "Cappellani umanisti e musulmani nelle forze armate irlandesi": "it",
 "Schadevergoeding voor veteranen van Franse kernproeven": "nl",
 "Żłobki dla dzieci żołnierzy przy koszarach": "pl",
 "Muzułmańscy kapelani w armii niemieckiej": "pl",
 "Radarstrahlenopfer": "de",
 "Hitzemarschverbot": "de",
 "Kinderbetreuungsplätze": "de",
 "heidebeheer": "nl",
 "topsportmilitairen": "nl",
 "keuringseisen": "nl",
 "kapelanów Wojsk Obrony Terytorialnej": "pl",
 "asilo nido in caserma": "it",
 "Wölfen auf dem Übungsplatz": "de",
 "documentos desclasificados del Sáhara": "es",
 "vétérans irradiés": "fr",
 "bezweken militairen hitte": "nl",
 "Fiorenza Baldacci": "it",
 "Bartosz Ciechanowicz": "pl",
 "Jolanda Brinkhorst": "nl",
 "Inmaculada Revuelta": "es",
 "Annegret Wolfsteller": "de",
 "LIFE DefNat": "en",
 "Hitze Juli 2025": "de",
 "défilé juillet 2026": "fr",
 "desclasificación octubre 2026": "es",
 "kapelani grudzień 2025": "pl",
 "natura e aree militari marzo 2026": "it",
 "childcare barracks September 2025": "en",
 "Vierdagse": "nl",
 "Palomraes": "es",
 "Mururao essais": "fr",
 "Monte Romamo": "it",
 "Radargeschädgte": "de",
 "Curragh chilcare": "en",
 "\"aumônerie militaire\"": "fr",
 "\"heat stroke\"": "en",
 "\"uranio impoverito\"": "it",
 "\"Święto Wojska Polskiego\"": "pl",
 "\"Hände und Hals\"": "de",
 "\"información clasificada\"": "es"
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
    if not 120 <= w <= 180: err(f'{eid}: body has {w} words')
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
natural_qs = []
for n, line in enumerate(open(os.path.join(HERE, 'queries.tsv'), encoding='utf-8'), 1):
    line = line.rstrip('\n')
    parts = line.split('\t')
    if len(parts) != 3:
        err(f'queries line {n}: expected 3 tab-separated fields'); continue
    kind, q, judg = parts
    kinds[kind] += 1; qtexts[q] += 1
    if kind == 'natural': natural_qs.append(q)
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
# natural queries are asked in all seven languages
if {QUERY_LANG.get(q) for q in natural_qs} != LANGS: err('natural queries do not cover all seven languages')
# every item opens with a dateline: place, date, dash
for d in items:
    if ' – ' not in d.get('body', '')[:80]: err(f"{d.get('externalId')}: body does not open with a dateline")

readme = os.path.join(HERE, 'README.md')
if not os.path.exists(readme) or open(readme, encoding='utf-8').readline().rstrip('\n') != 'held out: do not tune on it; run only to report':
    err('README.md must start with the held-out line')

if errors:
    print('\n'.join(errors)); print(f'{len(errors)} problem(s)'); sys.exit(1)
lc = Counter(d['lang'] for d in items)
print(f'OK: {len(items)} items ({", ".join(f"{k} {v}" for k, v in sorted(lc.items()))}), {len(groups)} groups '
      f'({len(multi)} in 2-4 languages), {sum(kinds.values())} queries ({", ".join(f"{k} {v}" for k, v in kinds.items())}), '
      f'query languages {dict(sorted(Counter(QUERY_LANG.values()).items()))}; demo: {demo_dir}')
