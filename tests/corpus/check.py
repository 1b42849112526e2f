"""Check a labelled corpus folder: files match sources.csv, evidence is verbatim, regions exist.

usage: python tests/corpus/check.py FOLDER [FOLDER ...]

FOLDER holds texts/, sources.csv, facts.csv, regions.csv (and optionally content.csv, meta.csv)
in the format of tests/corpus/LABELING.md. Prints one line per problem and exits 1 if any.
"""

from __future__ import annotations

import csv
import hashlib
import re
import sys
import zlib
from collections import Counter
from pathlib import Path

from reporter.ingest import to_simplified

KINDS = {"level", "growth", "share", "change", "target", "rank", "multiple", "estimate"}
LEVELS = {"province", "prefecture", "county", "town", "park"}
ROLES = {"home", "benchmark", "mentioned"}
NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
# Words that name whichever region is speaking. As an alias they would make the scorer, whose alias
# map is corpus-wide, file every document's 我镇 or 经开区 under one region.
# Traditional forms too (我縣, 該市, 園區); 区内, 省内, 该地 speak of the place the text is in; a
# bare 省 or 市 names any province or city.
REFERENCE_WORD = re.compile(
    r"^[我全本该該]?[县縣市区區镇鎮州省乡鄉]$|^[县縣市区區镇鎮省][内內]$|^[该該]地$|^街道$"
    r"|^(园区|園區|开发区|開發區|经开区|經開區|高新区|高新區)$"
)


def rows(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with path.open(newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def check_folder(folder: Path) -> list[str]:
    if not (folder / "texts").is_dir():
        # A folder given by its name alone (dev) from the wrong directory would pass unchecked.
        return [f"{folder}: no texts/ folder; give the corpus folder's path (tests/corpus/dev)"]
    problems: list[str] = []
    texts = {p.name: p for p in (folder / "texts").glob("*") if p.is_file()}
    sources = {r["id"]: r for r in rows(folder / "sources.csv")}
    for name, path in texts.items():
        src = sources.get(name)
        if src is None:
            problems.append(f"{name}: not in sources.csv")
            continue
        data = path.read_bytes()
        if src.get("sha256") != hashlib.sha256(data).hexdigest():
            problems.append(f"{name}: sha256 in sources.csv does not match the file")
        if str(len(data.decode("utf-8"))) != src.get("chars"):
            problems.append(f"{name}: chars in sources.csv is {src.get('chars')}, file has {len(data.decode())}")
    for name in sources:
        if name not in texts:
            problems.append(f"{name}: in sources.csv but no file in texts/")
    regions = {r["region"]: r for r in rows(folder / "regions.csv")}
    for r in regions.values():
        if r["level"] not in LEVELS:
            problems.append(f"region {r['region']}: level {r['level']!r} not one of {sorted(LEVELS)}")
        if r["parent"] and r["parent"] not in regions and r["level"] != "province":
            problems.append(f"region {r['region']}: parent {r['parent']} has no row (add it, role mentioned)")
        for item in filter(None, r["docs_roles"].split("|")):
            doc, _, role = item.partition(":")
            if doc not in texts:
                problems.append(f"region {r['region']}: doc {doc} not in texts/")
            if role not in ROLES:
                problems.append(f"region {r['region']}: role {role!r} not one of {sorted(ROLES)}")
        generic = [a for a in r["aliases"].split("|") if REFERENCE_WORD.match(a)]
        if generic:
            problems.append(f"region {r['region']}: aliases {'|'.join(generic)} name any region; remove them")
    body = {name: path.read_text(encoding="utf-8") for name, path in texts.items()}
    for i, f in enumerate(rows(folder / "facts.csv"), start=2):
        where = f"facts.csv line {i} ({f.get('doc')})"
        if None in f or None in f.values():
            # An unquoted comma in the evidence shifts every later column: the scorer then fails.
            problems.append(f"{where}: wrong number of fields (quote a field that holds a comma)")
            continue
        if f["doc"] not in texts:
            problems.append(f"{where}: doc not in texts/")
            continue
        if f["region"] not in regions:
            problems.append(f"{where}: region {f['region']} not in regions.csv")
        elif f["doc"] not in regions[f["region"]]["docs_roles"]:
            problems.append(f"{where}: region {f['region']} has no role for this doc in regions.csv")
        if not NUMBER.match(f["value"]):
            problems.append(f"{where}: value {f['value']!r} is not a decimal number")
        if not f["unit"]:
            problems.append(f"{where}: empty unit")
        if f["kind"] not in KINDS:
            problems.append(f"{where}: kind {f['kind']!r} not one of {sorted(KINDS)}")
        if not f["evidence"] or f["evidence"] not in body[f["doc"]]:
            problems.append(f"{where}: evidence is not a verbatim piece of the text: {f['evidence']!r}")
    return problems


# Runs of this many characters (spacing aside) that two folders' texts share make the same page.
SHARED_RUN = 30
# A run is sampled where the text's own characters say so (about one position in ANCHOR_EVERY),
# not every tenth character from the start: two copies of a page shifted by a line above the
# article sample the same runs.
ANCHOR_EVERY = 10
# A reading gloss inside the text (江(jiāng)苏, 南(pinyin:nán)京), which one copy of a page has and
# another has not.
GLOSS = re.compile(r"[(（]\s*(?:拼音|pinyin|读|讀|繁)?[:：]?\s*[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü\s]*[)）]")


def page_runs(text: str) -> set[str]:
    """Runs of SHARED_RUN characters of a text, simplified, spacing and reading glosses aside
    (a copy in traditional characters is the same page), sampled where the four characters
    they start with say so."""
    flat = re.sub(r"\s+", "", GLOSS.sub("", to_simplified(text)))
    return {
        flat[k : k + SHARED_RUN]
        for k in range(0, max(1, len(flat) - SHARED_RUN))
        if zlib.crc32(flat[k : k + 4].encode("utf-8")) % ANCHOR_EVERY == 0
    }


def shared_pages(folders: list[Path]) -> list[str]:
    """A page in two folders (dev and test): the same address, the same bytes, or a text that
    repeats a third of another's runs. A test page copied into dev is tuned on, and held out no more."""
    seen: dict[str, tuple[str, str]] = {}  # address, digest or run -> (folder, id)
    problems = []
    for folder in folders:
        pages = []  # (id, address and digest, runs)
        for r in rows(folder / "sources.csv"):
            path = folder / "texts" / r["id"]
            runs = page_runs(path.read_text(encoding="utf-8", errors="replace")) if path.exists() else set()
            pages.append((r["id"], [k for k in (r.get("url", ""), r.get("sha256", "")) if k], runs))
        found: set[tuple[str, tuple[str, str]]] = set()
        for doc, keys, runs in pages:
            elsewhere = Counter(seen[k] for k in runs if k in seen and seen[k][0] != folder.name)
            found |= {(doc, other) for other, n in elsewhere.items() if n * 3 >= len(runs)}
            found |= {(doc, seen[k]) for k in keys if k in seen and seen[k][0] != folder.name}
        for doc, keys, runs in pages:
            for key in [*keys, *runs]:
                seen.setdefault(key, (folder.name, doc))
        problems += [f"{folder.name}/{doc}: the same page as {f}/{i}" for doc, (f, i) in sorted(found)]
    return problems


def main(argv: list[str]) -> int:
    problems = [p for folder in argv for p in check_folder(Path(folder))]
    problems += shared_pages([Path(folder) for folder in argv])
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
