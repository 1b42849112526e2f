"""Bounds on input that grows when it is read: zip archives (.docx, .xlsx), PDFs,
YAML anchors, and files that are not regular files.

A 4 MB .docx can unpack to gigabytes, 400 bytes of YAML to billions of nodes, a
PDF of a few MB can hold 80,000 pages, and a FIFO or /dev/zero never ends. Each
check here is cheap and runs before the expensive read; it returns a one-line
problem in Chinese (the caller raises its own error class with it) or None.
"""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

MAX_UNZIPPED_BYTES = 100 * 1024 * 1024  # all parts of one .docx/.xlsx, unpacked
MAX_ZIP_PARTS = 5000
MAX_PDF_PAGES = 2000
MAX_YAML_NODES = 100_000  # nodes after anchors are expanded; a pairs file of 1000 rows has ~10,000


def file_problem(path: Path) -> str | None:
    """Why `path` cannot be read as a document or table: not a regular file (FIFO, device,
    socket, folder), a symlink loop, or gone. Checked with stat, before opening it."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return f"'{path.name}': {reason(exc)}"
    if stat.S_ISREG(mode):
        return None
    kind = (
        "命名管道 (FIFO)"
        if stat.S_ISFIFO(mode)
        else "设备文件 (device)"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "套接字 (socket)"
        if stat.S_ISSOCK(mode)
        else "文件夹 (folder)"
        if stat.S_ISDIR(mode)
        else "特殊文件 (special file)"
    )
    return f"'{path.name}': 不是普通文件, 而是{kind}, 未读取 (not a regular file)."


def reason(exc: OSError) -> str:
    """An OS error in words, with symlink loops named as such."""
    import errno

    if exc.errno == errno.ELOOP:
        return "符号链接循环, 未读取 (symlink loop)."
    return f"无法读取: {exc.strerror or exc} (cannot read)."


def zip_problem(path: Path) -> str | None:
    """A .docx/.xlsx whose parts would unpack past the bounds. The sizes the archive declares
    bound what zipfile returns, so summing them is enough."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        return f"'{path.name}' 不是有效的压缩文件 (not a valid zip file): {exc}"
    if len(parts) > MAX_ZIP_PARTS:
        return f"'{path.name}' 含 {len(parts)} 个部件, 超过上限 {MAX_ZIP_PARTS} 个 (too many parts)."
    unpacked = sum(p.file_size for p in parts)
    if unpacked > MAX_UNZIPPED_BYTES:
        return (
            f"'{path.name}' 解压后 {unpacked // 2**20} MB, 超过上限 {MAX_UNZIPPED_BYTES // 2**20} MB "
            "(unpacks too large)."
        )
    return None


def pdf_pages_problem(reader, name: str) -> str | None:
    """A PDF with more pages than the bound: the page tree's own count is read first,
    so a huge tree is never walked."""
    try:
        declared = int(reader.trailer["/Root"]["/Pages"]["/Count"])
    except (KeyError, TypeError, ValueError):
        declared = 0
    pages = declared if declared > MAX_PDF_PAGES else len(reader.pages)
    if pages > MAX_PDF_PAGES:
        return f"PDF 文件 '{name}' 有 {pages} 页, 超过上限 {MAX_PDF_PAGES} 页 (too many pages)."
    return None


def safe_yaml(text: str):
    """yaml.safe_load, refusing a document whose anchors expand past MAX_YAML_NODES nodes
    ("billion laughs"): raises yaml.YAMLError with a message in Chinese."""
    import yaml

    class BoundedLoader(yaml.SafeLoader):
        def compose_document(self):
            node = super().compose_document()
            if expanded_size(node) > MAX_YAML_NODES:
                raise yaml.YAMLError(
                    f"别名 (alias/anchor) 展开后超过 {MAX_YAML_NODES} 个节点, 未读取 (YAML expands too large)"
                )
            return node

    return yaml.load(text, Loader=BoundedLoader)  # noqa: S506 - a SafeLoader subclass


def expanded_size(node) -> int:
    """Nodes of a YAML tree with every alias expanded, counted without expanding it (each
    shared node's size is computed once); recursive anchors count as too large."""
    sizes: dict[int, int] = {}
    pending: set[int] = set()

    def size(n) -> int:
        key = id(n)
        if key in sizes:
            return sizes[key]
        if key in pending:
            return MAX_YAML_NODES + 1
        pending.add(key)
        children = n.value if isinstance(n.value, list) else []
        total = 1
        for child in children:
            for part in child if isinstance(child, tuple) else (child,):
                total += size(part)
                if total > MAX_YAML_NODES:
                    break
        pending.discard(key)
        sizes[key] = min(total, MAX_YAML_NODES + 1)
        return sizes[key]

    return size(node)
