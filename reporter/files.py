"""Writing files and the cache folders: every file reporter writes goes through here.

Briefs, exports and manifests are written atomically (a temporary file in the same
folder, then a rename), so a reader never sees half a file. Cache entries (extractions,
charts, compiled templates) live in private folders: 700 folders, 600 files, and a
folder that another user owns or can write to is not used at all.
"""

from __future__ import annotations

import logging
import os
import tempfile
from functools import cache
from pathlib import Path

CACHE_ENV = "REPORTER_CACHE_DIR"
log = logging.getLogger(__name__)


def default_cache_dir() -> Path:
    """$REPORTER_CACHE_DIR, else $XDG_CACHE_HOME/reporter, else ~/.cache/reporter."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "reporter"


def usable_dir(folder: Path) -> bool:
    """Whether `folder` may hold cache entries: made 700 if missing, owned by this user and
    writable by no one else (an older 755 folder of ours is tightened to 700)."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.stat()
        if info.st_uid != os.getuid() or info.st_mode & 0o022:
            warn_untrusted(str(folder))
            return False
        if info.st_mode & 0o077:
            folder.chmod(0o700)
    except OSError:
        return False  # no cache folder: everything is computed each time
    return True


@cache
def warn_untrusted(folder: str) -> None:
    """Once per folder and process."""
    log.warning(
        "缓存目录 '%s' 不属于当前用户或可被他人写入, 本次不使用缓存 (cache folder not private, ignored); "
        "请改用只有自己可写的目录 (%s)。",
        folder,
        CACHE_ENV,
    )


def write_private(path: Path, data: bytes) -> None:
    """Write a cache file 600 inside 700 folders, atomically; an OSError (full disk,
    read-only folder) is the caller's to ignore."""
    for folder in reversed([path.parent, *path.parent.parents]):
        if not folder.exists():
            folder.mkdir(mode=0o700)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)  # mkstemp makes 600
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write(target: Path, write) -> None:
    """Write through a temporary file in the same folder, then rename: no half files.

    The temporary file's name holds the writer's pid, so a later write removes those
    that a killed process left (kill -9 during `brief` or `profiles export`). A target that
    is no regular file (/dev/null, a pipe) is written to as it is: a rename would replace it."""
    if target.exists() and not target.is_file():
        write(str(target))
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_orphans(target.parent)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".tmp-{os.getpid()}-", suffix=target.suffix)
    os.close(fd)
    try:
        write(tmp)
        os.chmod(tmp, 0o666 & ~current_umask())  # mkstemp makes 0600; briefs are shared files
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remove_orphans(folder: Path) -> None:
    """Temporary files of atomic_write whose process no longer runs."""
    for path in folder.glob(".tmp-*-*"):
        pid = path.name.split("-")[1]
        if pid.isdigit() and not process_runs(int(pid)):
            path.unlink(missing_ok=True)


def process_runs(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):  # gone, or a pid no system has
        return False
    except PermissionError:  # another user's process
        return True
    return True


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text(target: Path, text: str) -> None:
    atomic_write(target, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))
