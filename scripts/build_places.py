#!/usr/bin/env python3
"""Build dictionaries/places.tsv from the administrative-unit reference data.

Usage: scripts/build_places.py [DATA_DIR]

DATA_DIR defaults to ../shared/data, taken relative to the repository root
(the parent of this script's directory). It must hold the files described in
its README.md: provinces_2025_before.tsv, provinces_2025_after.tsv,
districts_2025_before.tsv, communes_2025_before.tsv, communes_2025_after.tsv,
communes_2025_mapping.tsv and the 2023 snapshot (provinces_2023.tsv,
districts_2023.tsv, communes_2023.tsv).

The output follows the "Places" section of dictionaries/README.md. Python 3
standard library only; the output is deterministic.
"""

import csv
import os
import re
import sys
import unicodedata
from collections import defaultdict

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = os.path.join(REPO_ROOT, "dictionaries", "places.tsv")
DEFAULT_DATA = os.path.join(REPO_ROOT, "..", "shared", "data")

COLUMNS = ["id", "name", "type", "aliases", "level", "kind", "code",
           "parent", "period", "successor"]

BEFORE, AFTER, BOTH = "before-2025", "after-2025", "both"

# Aliases that the data cannot supply. Keys are (level, code).
EXTRA_ALIASES = {
    # Huế was Tỉnh Thừa Thiên Huế until 1 January 2025.
    ("province", "46.2023"): ["Thừa Thiên - Huế", "TT-Huế"],
    # Initials news writes for Bà Rịa - Vũng Tàu; no other unit has them.
    ("province", "77"): ["BR-VT", "BRVT"],
    # Common written forms of Hồ Chí Minh city ("Sài Gòn" deliberately left out).
    ("province", "79"): [
        "TP.HCM", "TP HCM", "TPHCM", "TP. HCM", "TP. Hồ Chí Minh",
        "Tp.HCM", "Tp HCM", "Tp. HCM", "TP.Hồ Chí Minh", "Tp.Hồ Chí Minh",
        "Tp. Hồ Chí Minh", "thành phố HCM", "Thành phố HCM",
    ],
    # The spellings news and the district's own seat use.
    ("district", "137"): ["Mù Cang Chải"],
    ("district", "652"): ["M'Drắk"],
}


# Provinces merged or split before the 2023 register, which biographies
# still name ("nguyên Bí thư Tỉnh ủy Hà Tây"): no code, no successor of
# 2025. (Names made of two current provinces, such as "Quảng Nam - Đà
# Nẵng", need no entry of their own.)
FORMER_PROVINCES = [
    ("pf.ha-tay", "Hà Tây"),
    ("pf.ha-son-binh", "Hà Sơn Bình"),
    ("pf.nghe-tinh", "Nghệ Tĩnh"),
    ("pf.binh-tri-thien", "Bình Trị Thiên"),
    ("pf.hai-hung", "Hải Hưng"),
    ("pf.ha-nam-ninh", "Hà Nam Ninh"),
    ("pf.vinh-phu", "Vĩnh Phú"),
    ("pf.ha-bac", "Hà Bắc"),
    ("pf.bac-thai", "Bắc Thái"),
    ("pf.hoang-lien-son", "Hoàng Liên Sơn"),
    ("pf.cao-lang", "Cao Lạng"),
    ("pf.ha-tuyen", "Hà Tuyên"),
    ("pf.nghia-binh", "Nghĩa Bình"),
    ("pf.phu-khanh", "Phú Khánh"),
    ("pf.thuan-hai", "Thuận Hải"),
    ("pf.song-be", "Sông Bé"),
    ("pf.minh-hai", "Minh Hải"),
]


# ---------------------------------------------------------------- reading

def read_tsv(data_dir, name):
    path = os.path.join(data_dir, name)
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        for key, value in row.items():
            if value is None:
                raise SystemExit(f"{name}: short line for code {row.get('code')}")
            row[key] = unicodedata.normalize("NFC", value)
    return rows


def by_code(rows, name, problems):
    out = {}
    for row in rows:
        if row["code"] in out:
            problems.append(f"{name}: duplicate code {row['code']}")
            continue
        out[row["code"]] = row
    return out


# ---------------------------------------------------------------- tone marks

TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
WORD = re.compile(r"\w+")


def _fix_syllable(match):
    syllable = match.group(0)
    decomposed = unicodedata.normalize("NFD", syllable)
    tones = [ch for ch in decomposed if ch in TONE_MARKS]
    if len(tones) != 1:
        return syllable
    base = unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if ch not in TONE_MARKS))
    tail = base[-2:].lower()
    if len(base) < 2 or tail not in ("oa", "oe", "uy"):
        return syllable
    if tail == "uy" and base[:-2].lower().endswith("q"):
        return syllable  # "Quý": the u belongs to the onset qu
    moved = base[:-2] + base[-2] + tones[0] + base[-1]
    return unicodedata.normalize("NFC", moved)


def old_style_tones(text):
    """Put the tone mark on the first vowel of an open oa, oe or uy.

    "Hoà" -> "Hòa", "Thuỷ" -> "Thủy", "Khoẻ" -> "Khỏe"; closed syllables
    ("Hoàn", "Thuận", "Quỳnh") and "Quý" are left alone.
    """
    text = unicodedata.normalize("NFC", text)
    return WORD.sub(_fix_syllable, text)


# ---------------------------------------------------------------- name comparison

def strict_key(name):
    """Key under which two spellings are the same for matching purposes:
    tone placement, case and the apostrophe character do not count."""
    return old_style_tones(name).replace("\u2019", "'").casefold()


ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7,
         "viii": 8, "ix": 9, "x": 10}
VOWELS = set("aeiouy")
# Onset consonants that sources confuse in the spelling of one place name.
ONSET_PAIRS = {frozenset(p) for p in [("s", "x"), ("ch", "tr"), ("d", "r"),
                                     ("d", "gi"), ("r", "gi"), ("b", "p"),
                                     ("j", "y"), ("c", "k")]}


def plain(text):
    """Lowercase without any diacritics, đ -> d."""
    decomposed = unicodedata.normalize("NFD", text.replace("\u2019", "'"))
    out = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return out.replace("đ", "d").replace("Đ", "D").lower()


def loose_tokens(name):
    tokens = plain(name).replace("-", " ").split()
    out = []
    for tok in tokens:
        if tok in ("nt", "n.t"):       # abbreviation of "nông trường"
            out.extend(["nong", "truong"])
        else:
            out.append(tok)
    return out


def numbers_of(tokens):
    nums = []
    for tok in tokens:
        if tok.isdigit():
            nums.append(int(tok))
        elif tok in ROMAN:
            nums.append(ROMAN[tok])
    return nums


def joined(tokens):
    parts = []
    for tok in tokens:
        if tok.isdigit():
            tok = str(int(tok))
        elif tok in ROMAN:
            tok = str(ROMAN[tok])
        parts.append(re.sub(r"[^a-z0-9]", "", tok))
    return "".join(parts)


def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def split_syllable(syl):
    syl = re.sub(r"[^a-z]", "", syl)
    i = 0
    while i < len(syl) and syl[i] not in VOWELS:
        i += 1
    return syl[:i], syl[i:]


def onsets_confusable(a, b):
    if frozenset((a, b)) in ONSET_PAIRS:
        return True
    # an inserted r after the first consonant(s): "N'Dung" / "N'Drung"
    for short, long_ in ((a, b), (b, a)):
        if short and len(long_) == len(short) + 1 and "r" in long_:
            k = long_.index("r")
            if long_[:k] + long_[k + 1:] == short:
                return True
    return False


def syllables_confusable(a, b):
    onset_a, rhyme_a = split_syllable(a)
    onset_b, rhyme_b = split_syllable(b)
    if onset_a == onset_b:
        return levenshtein(rhyme_a, rhyme_b) <= 1
    if rhyme_a == rhyme_b and onset_a and onset_b:
        return onsets_confusable(onset_a, onset_b)
    return False


def compare_names(a, b):
    """'equal' (only tone placement, case or apostrophe differ), 'variant'
    (another spelling of the same name) or 'different'."""
    if strict_key(a) == strict_key(b):
        return "equal"
    ta, tb = loose_tokens(a), loose_tokens(b)
    if numbers_of(ta) != numbers_of(tb):
        return "different"
    ja, jb = joined(ta), joined(tb)
    if ja == jb:
        return "variant"
    if len(ta) == len(tb):
        diff = [i for i in range(len(ta))
                if re.sub(r"[^a-z0-9]", "", ta[i]) != re.sub(r"[^a-z0-9]", "", tb[i])]
        if len(diff) == 1 and syllables_confusable(ta[diff[0]], tb[diff[0]]):
            return "variant"
        return "different"
    if abs(len(ta) - len(tb)) == 1 and levenshtein(ja, jb) <= 1:
        return "variant"
    return "different"


def merger_evidence(old_name, new_name, vanished_names):
    """True when the newer name takes a syllable from a sibling unit that
    vanished: a sign of a merger, not of a spelling difference."""
    new_syl = set(loose_tokens(new_name)) - set(loose_tokens(old_name))
    return any(new_syl & set(loose_tokens(v)) for v in vanished_names)


# ---------------------------------------------------------------- entries

class Entry:
    def __init__(self, level, code, suffix, name, kind, period, order):
        self.level = level
        self.code = code
        self.suffix = suffix        # "", ".old", ".new" or ".2023"
        self.name = old_style_tones(name)
        self.kind = kind
        self.period = period
        self.order = order          # 0: 2023 snapshot, 1: before/both, 2: after
        self.aliases = []
        self.parent = ""
        self.successor = []

    @property
    def id(self):
        return {"province": "p", "district": "d", "commune": "c"}[self.level] \
            + self.code + self.suffix

    def add_alias(self, alias):
        alias = old_style_tones(" ".join(alias.split()))
        self.aliases.append(alias)

    def final_aliases(self):
        candidates = list(self.aliases)
        # hyphenated names: also without the spaces and without the hyphen
        for text in [self.name] + list(self.aliases):
            if " - " in text:
                candidates.append(text.replace(" - ", "-"))
                candidates.append(text.replace(" - ", " "))
        # Case counts here: the matcher wants a capitalized syllable
        # capitalized in the text, so a form in lower case ("quận 1") is
        # a form of its own.
        def key(text):
            return old_style_tones(text).replace("\u2019", "'")
        seen = {self.name}
        seen_keys = {key(self.name)}
        out = []
        for alias in candidates:
            if alias in seen or key(alias) in seen_keys:
                continue
            seen.add(alias)
            seen_keys.add(key(alias))
            out.append(alias)
        return out

    def row(self):
        return [self.id, self.name, "place", "|".join(self.final_aliases()),
                self.level, self.kind, self.code, self.parent, self.period,
                ",".join(self.successor)]


def build(data_dir):
    problems = []
    notes = []
    prov_b = by_code(read_tsv(data_dir, "provinces_2025_before.tsv"), "provinces_2025_before", problems)
    prov_a = by_code(read_tsv(data_dir, "provinces_2025_after.tsv"), "provinces_2025_after", problems)
    prov_23 = by_code(read_tsv(data_dir, "provinces_2023.tsv"), "provinces_2023", problems)
    dist_b = by_code(read_tsv(data_dir, "districts_2025_before.tsv"), "districts_2025_before", problems)
    dist_23 = by_code(read_tsv(data_dir, "districts_2023.tsv"), "districts_2023", problems)
    comm_b = by_code(read_tsv(data_dir, "communes_2025_before.tsv"), "communes_2025_before", problems)
    comm_a = by_code(read_tsv(data_dir, "communes_2025_after.tsv"), "communes_2025_after", problems)
    comm_23 = by_code(read_tsv(data_dir, "communes_2023.tsv"), "communes_2023", problems)
    mapping = read_tsv(data_dir, "communes_2025_mapping.tsv")

    entries = []

    # ---- provinces
    prov_id_before = {}
    prov_id_after = {}
    for code in sorted(set(prov_b) | set(prov_a)):
        b, a = prov_b.get(code), prov_a.get(code)
        same = (b is not None and a is not None
                and a["merged_from"] == code
                and compare_names(b["name"], a["name"]) == "equal"
                and b["type"] == a["type"])
        if same:
            e = Entry("province", code, "", a["name"], a["type"], BOTH, 1)
            entries.append(e)
            prov_id_before[code] = prov_id_after[code] = e
            continue
        if b is not None:
            e = Entry("province", code, ".old" if a else "", b["name"], b["type"], BEFORE, 1)
            entries.append(e)
            prov_id_before[code] = e
        if a is not None:
            e = Entry("province", code, ".new" if b else "", a["name"], a["type"], AFTER, 2)
            entries.append(e)
            prov_id_after[code] = e
    for code, row in sorted(prov_23.items()):
        if code not in prov_id_before:
            problems.append(f"provinces_2023: code {code} not in the 2025 files (skipped)")
            continue
        # Province territories did not change between the snapshots, but a
        # province renamed between them was the other unit until the change
        # (Thừa Thiên Huế, the city of Huế from 1 January 2025): an entry of
        # its own, so its older name never names the new unit.
        if compare_names(row["name"], prov_b[code]["name"]) != "equal":
            e = Entry("province", code, ".2023", row["name"], row["type"], BEFORE, 0)
            e.successor = [prov_id_before[code].id]
            entries.append(e)
    for code, e in prov_id_before.items():
        if e.period == BEFORE:
            succ = prov_b[code]["successor_code"]
            if succ not in prov_id_after:
                problems.append(f"province {code}: successor {succ} not found")
            else:
                e.successor = [prov_id_after[succ].id]

    # ---- districts (before 1 July 2025 only)
    dist_entry = {}            # code -> Entry (2025 unit)
    dist_entry_23 = {}         # code -> Entry for the 2023 snapshot's unit
    for code, row in sorted(dist_b.items()):
        e = Entry("district", code, "", row["name"], row["type"], BEFORE, 1)
        e.parent = prov_id_before[row["province_code"]].id
        entries.append(e)
        dist_entry[code] = e
        dist_entry_23[code] = e
    vanished_d = defaultdict(list)
    for code, row in dist_23.items():
        if code not in dist_b:
            vanished_d[row["province_code"]].append(row["name"])
    for code, row in sorted(dist_23.items()):
        cur = dist_b.get(code)
        if cur is not None:
            verdict = compare_names(row["name"], cur["name"])
            if verdict == "variant" and merger_evidence(
                    row["name"], cur["name"], vanished_d[row["province_code"]]):
                verdict = "different"
            if verdict == "variant":
                dist_entry[code].add_alias(row["name"])
                continue
            if verdict == "equal":
                continue
            notes.append(f"district {code}: 2023 '{row['full_name']}' is another unit "
                         f"than 2025 '{cur['full_name']}': kept as d{code}.2023")
        e = Entry("district", code, ".2023" if cur is not None else "",
                  row["name"], row["type"], BEFORE, 0)
        e.parent = prov_id_before[row["province_code"]].id
        entries.append(e)
        dist_entry_23[code] = e

    # ---- communes
    succ_of = defaultdict(list)     # old code -> mapping rows
    preds_of = defaultdict(list)    # new code -> mapping rows
    for row in mapping:
        succ_of[(row["old_level"], row["old_code"])].append(row)
        preds_of[row["new_code"]].append(row)

    after_entry = {}
    before_entry = {}
    for code in sorted(set(comm_b) | set(comm_a)):
        b, a = comm_b.get(code), comm_a.get(code)
        verdict = None
        if b is not None and a is not None:
            preds = preds_of.get(code, [])
            whole = (len(preds) == 1 and preds[0]["old_level"] == "commune"
                     and preds[0]["old_code"] == code and preds[0]["split"] == "0")
            verdict = compare_names(b["name"], a["name"])
            if whole and b["type"] == a["type"] and verdict in ("equal", "variant"):
                e = Entry("commune", code, "", a["name"], a["type"], BOTH, 1)
                e.parent = dist_entry[b["district_code"]].id
                if verdict == "variant":
                    e.add_alias(b["name"])
                    notes.append(f"commune {code}: '{b['name']}' before, '{a['name']}' "
                                 f"after, same territory: one entry, named as after 2025")
                entries.append(e)
                before_entry[code] = after_entry[code] = e
                continue
        if b is not None:
            e = Entry("commune", code, ".old" if a else "", b["name"], b["type"], BEFORE, 1)
            if b["district_code"] not in dist_entry:
                problems.append(f"commune {code}: district {b['district_code']} unknown")
            else:
                e.parent = dist_entry[b["district_code"]].id
            entries.append(e)
            before_entry[code] = e
        if a is not None:
            e = Entry("commune", code, ".new" if b else "", a["name"], a["type"], AFTER, 2)
            e.parent = prov_id_after[a["province_code"]].id
            entries.append(e)
            after_entry[code] = e

    # successors of the units before 2025 (communes, and island districts)
    def successors(level, code):
        rows = succ_of.get((level, code), [])
        rows = sorted(rows, key=lambda r: (r["default"] != "1", r["new_code"]))
        if rows and rows[0]["default"] != "1":
            problems.append(f"mapping: {level} {code} has no default successor")
        ids = []
        for r in rows:
            if r["new_code"] not in after_entry:
                problems.append(f"mapping: successor {r['new_code']} of {code} is not a new commune")
            else:
                ids.append(after_entry[r["new_code"]].id)
        return ids

    for code, e in before_entry.items():
        if e.period == BEFORE:
            e.successor = successors("commune", code)
            listed = sorted(comm_b[code]["successor_codes"].split(","))
            mapped = sorted(r["new_code"] for r in succ_of.get(("commune", code), []))
            if listed != mapped:
                problems.append(f"commune {code}: successor_codes {listed} != mapping {mapped}")
            if not e.successor:
                problems.append(f"commune {code}: no successor")
    for code, e in dist_entry.items():
        # Only the island districts appear in the mapping: each became one
        # đặc khu. Other districts keep an empty successor (too many).
        if ("district", code) in succ_of:
            e.successor = successors("district", code)

    # the 2023 snapshot
    vanished_c = defaultdict(list)
    for code, row in comm_23.items():
        if code not in comm_b:
            vanished_c[row["district_code"]].append(row["name"])
    used_codes = set(comm_b) | set(comm_a)
    variant_aliases = 0
    for code, row in sorted(comm_23.items()):
        cur = comm_b.get(code)
        if cur is not None:
            verdict = compare_names(row["name"], cur["name"])
            if verdict == "variant":
                siblings = vanished_c[row["district_code"]] + vanished_c[cur["district_code"]]
                if merger_evidence(row["name"], cur["name"], siblings):
                    verdict = "different"
            if verdict == "variant":
                before_entry[code].add_alias(row["name"])
                variant_aliases += 1
                continue
            if verdict == "equal":
                continue
        e = Entry("commune", code, ".2023" if code in used_codes else "",
                  row["name"], row["type"], BEFORE, 0)
        if row["district_code"] not in dist_entry_23:
            problems.append(f"communes_2023: {code} district {row['district_code']} unknown")
        else:
            e.parent = dist_entry_23[row["district_code"]].id
        entries.append(e)

    for (level, code), aliases in EXTRA_ALIASES.items():
        for e in entries:
            # A key with a suffix ("46.2023") names that entry alone.
            if e.level == level and (e.code + e.suffix == code
                                     or e.code == code and e.order > 0):
                for alias in aliases:
                    e.add_alias(alias)
    # The numbered districts of Hồ Chí Minh City, written "Q.1"; numbered
    # units are written with their type word in lower case too ("quận 1",
    # "phường 3").
    for e in entries:
        number = re.fullmatch(r"Quận (\d+)", e.name)
        if e.level == "district" and number:
            e.add_alias("Q." + number.group(1))
        numbered = re.fullmatch(r"(Quận|Phường) (\d+)", e.name)
        if numbered:
            e.add_alias(numbered.group(1).lower() + " " + numbered.group(2))

    level_rank = {"province": 0, "district": 1, "commune": 2}
    entries.sort(key=lambda e: (level_rank[e.level], e.code, e.order, e.suffix))
    return entries, problems, notes, variant_aliases


# ---------------------------------------------------------------- output

def check(rows):
    errors = []
    ids = [r[0] for r in rows]
    seen = set()
    for i in ids:
        if i in seen:
            errors.append(f"duplicate id {i}")
        seen.add(i)
    for r in rows:
        if len(r) != len(COLUMNS):
            errors.append(f"{r[0]}: {len(r)} fields")
        for field in r:
            if "\t" in field or "\n" in field or field != field.strip() \
                    or unicodedata.normalize("NFC", field) != field:
                errors.append(f"{r[0]}: bad field {field!r}")
        if r[7] and r[7] not in seen:
            errors.append(f"{r[0]}: parent {r[7]} missing")
        for s in filter(None, r[9].split(",")):
            if s not in seen:
                errors.append(f"{r[0]}: successor {s} missing")
        for a in filter(None, r[3].split("|")):
            if a != a.strip() or "  " in a:
                errors.append(f"{r[0]}: bad alias {a!r}")
    return errors


def main(argv):
    if len(argv) > 2:
        raise SystemExit(__doc__)
    data_dir = argv[1] if len(argv) == 2 else DEFAULT_DATA
    entries, problems, notes, variant_aliases = build(data_dir)
    rows = [e.row() for e in entries]
    errors = check(rows)
    if errors:
        for err in errors[:50]:
            print("error:", err, file=sys.stderr)
        raise SystemExit(f"{len(errors)} errors; nothing written")

    rows += [[pid, name, "place", "", "province", "tỉnh", "", "", BEFORE, ""]
             for pid, name in FORMER_PROVINCES]
    lines = ["# format: 1", "\t".join(COLUMNS)] + ["\t".join(r) for r in rows]
    text = "\n".join(lines) + "\n"
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)

    counts = defaultdict(int)
    for e in entries:
        counts[(e.level, e.period)] += 1
    print(f"wrote {os.path.relpath(OUTPUT, REPO_ROOT)}: {len(rows)} entries, "
          f"{len(text.encode('utf-8'))} bytes")
    for (level, period), n in sorted(counts.items()):
        print(f"  {level:9} {period:12} {n}")
    print(f"  2023 spellings kept as aliases: {variant_aliases} communes")
    for note in notes:
        print("note:", note)
    for problem in problems:
        print("data problem:", problem)


if __name__ == "__main__":
    main(sys.argv)
