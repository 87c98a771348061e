#!/usr/bin/env python3
"""Validate the held-out blind test split 4 (bt4-). Usage: python3 check.py [path/to/db/demo]"""
import json, glob, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..', '..', '..', '..', '..', 'db', 'demo')
LANGS = {'en', 'de', 'fr', 'it', 'es', 'pl', 'nl'}
KINDS = {'natural': 30, 'cross': 16, 'compound': 8, 'inflection': 8, 'name': 6, 'date': 6, 'typo': 3, 'phrase': 3}
INI_KINDS = {'project', 'roadmap', 'package', 'mission', 'coalition', 'agreement', 'instrument'}
NOT_PUBLIC = {'eufor-althea-2024-12-02', 'euco-preview-2025-12-17'}
REQ = ['externalId', 'slug', 'lang', 'kind', 'title', 'date', 'publishedAt', 'place', 'institution', 'group',
       'status', 'summary', 'body', 'topics', 'actors', 'initiatives', 'statements']
QLANG = {
 "EU orders satellites for secure government communications": "en",
 "EU training mission for Ukrainian soldiers extended": "en",
 "Netherlands receives new minehunter ship": "en",
 "European Defence Fund research projects selected": "en",
 "Spain opens new artillery shell factory": "en",
 "Wie viel gibt Deutschland 2026 für die Bundeswehr aus?": "de",
 "Bundeswehr übt Verlegung einer Division nach Rumänien": "de",
 "Warum verzögert sich die neue Fregatte der Marine?": "de",
 "EU-Sanktionen gegen Banken in Drittstaaten": "de",
 "Zivilschutz: Sirenen und Notstrom für den Krisenfall": "de",
 "Le Parlement européen adopte le programme industriel de défense": "fr",
 "Combien de cybercombattants l'armée française veut-elle recruter ?": "fr",
 "Pourquoi la loi de programmation militaire est-elle actualisée ?": "fr",
 "feux de forêt, renforts européens de pompiers cet été": "fr",
 "Italia addestra militari ucraini nel 2025": "it",
 "attacchi DDoS contro siti pubblici italiani": "it",
 "nuovo sistema di difesa antimissile per l'Aeronautica": "it",
 "missione navale UE per l'embargo di armi alla Libia": "it",
 "¿Cuántos drones comprará el Ejército de Tierra?": "es",
 "Frontex vigila la ruta atlántica hacia Canarias": "es",
 "España compra nuevos cazas Eurofighter": "es",
 "ciberseguridad de las infraestructuras críticas en España": "es",
 "Ile Polska wyda na obronność w 2026 roku?": "pl",
 "rosyjski tankowiec uszkodził kabel na Bałtyku": "pl",
 "Polska zamyka granicę z Białorusią dla ciężarówek": "pl",
 "cyberatak na farmy wiatrowe w Polsce": "pl",
 "Hoeveel Patriot-eenheden heeft de luchtmacht straks?": "nl",
 "Hoeveel militairen wil Defensie in 2035?": "nl",
 "Waarom blijven de grenscontroles van de marechaussee?": "nl",
 "Amerikaanse konvooien rijden door Nederland naar Duitsland": "nl",
 "Spanish army emergency unit deployed after floods in Murcia": "en",
 "German federal police allowed to shoot down drones": "en",
 "French navy boards Russian tanker off Brittany": "en",
 "Italien übt Evakuierung bei Vulkan- und Erdbebengefahr": "de",
 "spanische Fregatte verstärkt Einsatz gegen Piraterie vor Somalia": "de",
 "Spanien startet neuen militärischen Kommunikationssatelliten": "de",
 "la Pologne reçoit ses premiers hélicoptères d'attaque": "fr",
 "la Pologne triple la production de ses obusiers automoteurs": "fr",
 "la Polonia sceglie sottomarini svedesi per la marina": "it",
 "attacco informatico agli impianti idrici olandesi": "it",
 "Países Bajos quiere ampliar sus fuerzas armadas a 100 000 militares": "es",
 "Alemania aprueba su presupuesto militar para 2026": "es",
 "Francja zamawia kolejne myśliwce Rafale": "pl",
 "Włochy otrzymują nowy system obrony powietrznej dalekiego zasięgu": "pl",
 "Franse ruimteoefening in Toulouse met vijftien landen": "nl",
 "Italiaans-Turkse onderneming gaat militaire drones bouwen": "nl",
 "Minenabwehrschiffe für die niederländische Marine": "de",
 "Raketenfrühwarnsatelliten Deutschland Frankreich": "de",
 "Stromkabelsabotage in der Ostsee": "de",
 "Drohnenabwehrgesetz Bundespolizei": "de",
 "Abwehr von Drohnen an der Ostgrenze der EU": "de",
 "luchtruimbewaking Baltische staten": "nl",
 "cyberoefening stroomnetten": "nl",
 "munitiefabriek Zeeland": "nl",
 "wybór okrętu podwodnego dla Marynarki Wojennej": "pl",
 "submarinos entregados a la Armada": "es",
 "fregate consegnate alla Marina Militare": "it",
 "Rafale commandés par les armées": "fr",
 "Inbetriebnahme von Arrow 3": "de",
 "zamówione drony FPV": "pl",
 "getrainde Oekraïense mariniers": "nl",
 "Granada plant producing artillery shells": "en",
 "Cyber Europe 2026": "en",
 "Quadriga 2026": "de",
 "IRIS²": "fr",
 "Operazione Irini": "it",
 "Kosiniak-Kamysz": "pl",
 "AsterX": "fr",
 "EU sanctions against Russia February 2026": "en",
 "drones frontière orientale novembre 2025": "fr",
 "Cyberangriffe Januar 2026": "de",
 "bilancio della difesa ottobre 2025": "it",
 "defensa aérea abril 2026": "es",
 "szkolenie ukraińskich żołnierzy październik 2026": "pl",
 "mijnenbestrijding Vlisingen": "nl",
 "sanctoins package shadow fleet": "en",
 "esercitazione protezione civle Campi Flegrei": "it",
 "\"police du ciel\"": "fr",
 "\"doble uso\"": "es",
 "\"early warning\"": "en"
}

errors = []
def err(m): errors.append(m)

# ---- demo corpus
demo_groups = defaultdict(set); demo_ini = {}; demo_act = {}; topics = set(); demo_slugs = set(); demo_ids = set()
files = sorted(glob.glob(os.path.join(DEMO, '*.ndjson')))
if not files: sys.exit('no demo corpus found at ' + DEMO)
for f in files:
    for n, line in enumerate(open(f, encoding='utf-8'), 1):
        if not line.strip(): continue
        o = json.loads(line)
        demo_ids.add(o.get('externalId')); demo_slugs.add(o.get('slug'))
        if o.get('status') == 'published' and o.get('group') not in NOT_PUBLIC:
            demo_groups[o['group']].add(o['lang'])
        for t in o.get('thesaurus', []): topics.add(t['slug'])
        for i in o.get('initiatives', []):
            if 'name' in i: demo_ini.setdefault(i['slug'], i)
        for a in o.get('actors', []):
            if 'name' in a: demo_act.setdefault(a['slug'], a)

# ---- corpus
groups = defaultdict(list); ids = set(); slugs = set(); inis = {}; langs = Counter()
for n, line in enumerate(open(os.path.join(HERE, 'corpus.ndjson'), encoding='utf-8'), 1):
    try:
        o = json.loads(line)
    except Exception as e:
        err(f'corpus line {n}: invalid JSON ({e})'); continue
    x = o.get('externalId', f'line {n}')
    for k in REQ:
        if k not in o: err(f'{x}: missing field {k}')
    if not str(o.get('externalId', '')).startswith('bt4-'): err(f'{x}: externalId without bt4- prefix')
    if not str(o.get('group', '')).startswith('bt4-'): err(f'{x}: group without bt4- prefix')
    if not str(o.get('slug', '')).startswith('bt4-'): err(f'{x}: slug without bt4- prefix')
    if x in ids or x in demo_ids: err(f'{x}: duplicate externalId')
    if o.get('slug') in slugs or o.get('slug') in demo_slugs: err(f'{x}: duplicate slug')
    ids.add(x); slugs.add(o.get('slug'))
    if o.get('lang') not in LANGS: err(f'{x}: bad lang')
    langs[o.get('lang')] += 1
    if o.get('status') != 'published': err(f'{x}: status is not published')
    if not re.fullmatch(r'202[56]-\d\d-\d\d', o.get('date', '')): err(f'{x}: date outside 2025-2026')
    if not o.get('publishedAt', '').startswith(o.get('date', '')): err(f'{x}: publishedAt does not match date')
    w = len(o.get('body', '').split())
    if not 120 <= w <= 350: err(f'{x}: body has {w} words')
    if not isinstance(o.get('summary'), list) or not o['summary']: err(f'{x}: summary must be a non-empty list')
    for t in o.get('topics', []):
        if t not in topics: err(f'{x}: topic {t} not in demo thesaurus')
    acts = {a['slug']: a for a in o.get('actors', [])}
    for a in acts.values():
        if a['slug'] not in demo_act and not a['slug'].startswith('bt4-'): err(f'{x}: new actor {a["slug"]} without bt4-')
        if a['slug'] in demo_act and a != demo_act[a['slug']]: err(f'{x}: demo actor {a["slug"]} changed')
        if a.get('kind') not in ('institution', 'person', 'state'): err(f'{x}: actor kind {a.get("kind")}')
    if o.get('institution') not in acts: err(f'{x}: institution not defined in actors')
    if o.get('speaker') and o['speaker'] not in acts: err(f'{x}: speaker not defined in actors')
    for i in o.get('initiatives', []):
        s = i.get('slug')
        if i.get('kind') not in INI_KINDS: err(f'{x}: initiative {s} has kind {i.get("kind")}')
        if s in demo_ini:
            if i != demo_ini[s]: err(f'{x}: demo initiative {s} not copied unchanged')
        elif not s.startswith('bt4-'): err(f'{x}: new initiative {s} without bt4-')
        if s in inis and inis[s] != i: err(f'{x}: initiative {s} defined differently in two items')
        inis[s] = i
    if o.get('statements') != []: err(f'{x}: statements must be empty')
    groups[o.get('group')].append(o.get('lang'))

if sum(langs.values()) != 90: err(f'corpus has {sum(langs.values())} items, expected 90')
if set(langs) != LANGS or max(langs.values()) - min(langs.values()) > 2: err(f'languages not roughly equal: {dict(langs)}')
multi = {g: l for g, l in groups.items() if len(l) > 1}
for g, l in groups.items():
    if len(l) != len(set(l)): err(f'group {g}: a language occurs twice')
    if len(l) > 4: err(f'group {g}: more than 4 languages')
if len(multi) != 16: err(f'{len(multi)} translation groups, expected 16')

# ---- queries
all_groups = {g: set(l) for g, l in groups.items()}
for g, l in demo_groups.items(): all_groups[g] = l
all_ini = set(inis) | set(demo_ini)
kinds = Counter(); qlangs = Counter(); seen = set()
for n, line in enumerate(open(os.path.join(HERE, 'queries.tsv'), encoding='utf-8'), 1):
    line = line.rstrip('\n')
    parts = line.split('\t')
    if len(parts) != 3: err(f'queries line {n}: expected 3 columns'); continue
    kind, q, js = parts
    if kind not in KINDS: err(f'queries line {n}: unknown kind {kind}')
    kinds[kind] += 1
    if q in seen: err(f'queries line {n}: duplicate query')
    seen.add(q)
    ql = QLANG.get(q)
    if ql is None: err(f'queries line {n}: query language unknown'); continue
    qlangs[ql] += 1
    if kind == 'natural' and not 4 <= len(q.split()) <= 9: err(f'queries line {n}: natural query has {len(q.split())} words')
    has2 = False; judged = set()
    for j in js.split(' '):
        m = re.fullmatch(r'([gi]):([a-z0-9-]+)=([12])', j)
        if not m: err(f'queries line {n}: bad judgment {j!r}'); continue
        t, s, grade = m.groups()
        if (t, s) in judged: err(f'queries line {n}: {s} judged twice')
        judged.add((t, s))
        if t == 'g':
            if s in NOT_PUBLIC: err(f'queries line {n}: judges non-public demo group {s}')
            elif s not in all_groups: err(f'queries line {n}: unknown group {s}')
            else:
                if grade == '2': has2 = True
                if kind == 'cross' and ql in all_groups[s]:
                    err(f'queries line {n}: cross query ({ql}) judges {s}, which exists in {ql}')
        else:
            if s not in all_ini: err(f'queries line {n}: unknown initiative {s}')
    if not has2: err(f'queries line {n}: no grade-2 group')
for k, c in KINDS.items():
    if kinds[k] != c: err(f'{kinds[k]} {k} queries, expected {c}')
if set(qlangs) != LANGS: err(f'query languages: {dict(qlangs)}')

if errors:
    print('\n'.join(errors)); print(f'FAILED: {len(errors)} problem(s)'); sys.exit(1)
print(f'OK: {sum(langs.values())} items ({dict(sorted(langs.items()))}), {len(groups)} groups ({len(multi)} in 2-4 languages), '
      f'{sum(kinds.values())} queries ({dict(kinds)}), query languages {dict(sorted(qlangs.items()))}')
