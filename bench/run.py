"""Speed benchmark: each figure beside its floor, measured in the same run.

usage: python bench/run.py [--briefs N] [--only brief|extraction|scaling|batch|gazetteer]

- extraction: `load_corpus` over the seeds repeated to about 2 MB, against
  jieba.lcut over the same body text in the same process;
- scaling: extraction of one document of 0.25, 0.5, 1 and 2 MB, as seconds per MB
  (linear time keeps them within 1.5x of each other);
- one brief: cold `reporter brief` (HTML+PDF) against a cold `weasyprint`
  command on the same HTML; in-process pipeline against WeasyPrint's render of
  the same final HTML alone;
- batch: N briefs with 1 worker and with all cores (when `reporter batch` exists);
- PDF size of the default brief; peak memory of the batch;
- the gazetteer's cold load in a fresh process (goal: under a second; it was 1.2 s when
  every Region was built up front).

Times are the fastest of several runs; a ratio is the median of ratios of runs
taken in turns with its floor (see `paired`).
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
BIN = Path(sys.executable).parent


def timed(fn, *args, **kwargs) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - start, result


def paired(runs: int, ours, floor) -> tuple[float, float, float]:
    """Both sides run in turns, `runs` times: the fastest time of each and the
    median of the per-turn ratios. A slow spell of this shared machine falls on
    both sides of one turn alike, so the paired ratio is steadier than a ratio
    of two minima taken at different moments."""
    times = [(timed(ours)[0], timed(floor)[0]) for _ in range(runs)]
    ratio = statistics.median(a / b for a, b in times)
    return min(t[0] for t in times), min(t[1] for t in times), ratio


def big_corpus(folder: Path, target_bytes: int = 2_000_000) -> Path:
    """Copies of the seeds, each with its body made unique so neither the duplicate
    check of ingest nor a cache by content can skip one: a mark goes at the end of
    the longest body line (the longest line of a file may be page noise)."""
    from reporter import ingest

    seeds = sorted(SEEDS.iterdir())
    longest = {doc.name: max(doc.body.split("\n"), key=len) for doc in ingest.load_documents([SEEDS])}
    size, n = 0, 0
    while size < target_bytes:
        src = seeds[n % len(seeds)]
        line = longest[src.name]
        text = src.read_text(encoding="utf-8").replace(line, f"{line}（第{n}份）", 1)
        (folder / f"{n:04d}_{src.name}").write_text(text, encoding="utf-8")
        size += len(text.encode("utf-8"))
        n += 1
    return folder


def bench_extraction(rows: list) -> None:
    import jieba

    from reporter import ingest
    from reporter.pipeline import load_corpus

    jieba.initialize()
    with tempfile.TemporaryDirectory() as tmp:
        folder = big_corpus(Path(tmp))
        mb = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
        load_corpus([SEEDS])  # warm: dictionaries and gazetteer loaded once per process
        docs = ingest.load_documents([folder])
        assert len(docs) == len(list(folder.iterdir())), "every copy must be ingested, none skipped as a duplicate"
        text = "\n".join(d.body for d in docs)
        t_ours, t_jieba, ratio = paired(3, lambda: load_corpus([folder]), lambda: jieba.lcut(text))
    rows.append(("extraction", f"{mb:.1f} MB", t_ours, "jieba.lcut same text", t_jieba, 2.0, ratio))


GAZETTEER_GOAL = 1.0  # seconds


def bench_gazetteer(rows: list) -> None:
    code = "import time; from reporter import gazetteer; s = time.perf_counter(); gazetteer.load(); print(time.perf_counter() - s)"
    runs = [
        float(subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout)
        for _ in range(3)
    ]
    rows.append(("gazetteer load, cold", "", min(runs), "", None, GAZETTEER_GOAL, None))


SCALING_MB = (0.25, 0.5, 1.0, 2.0)


def big_document(megabytes: float) -> Document:  # noqa: F821 - reporter.models, imported late
    """One document of the seed bodies one after another to `megabytes` MB, each copy marked."""
    from reporter import ingest

    bodies = [doc.body for doc in ingest.load_documents([SEEDS])]
    parts, size, n = [], 0, 0
    while size < megabytes * 1e6:
        part = f"{bodies[n % len(bodies)]}\n（第{n}份）\n"
        parts.append(part)
        size += len(part.encode("utf-8"))
        n += 1
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"big-{megabytes}.txt"
        path.write_text("".join(parts), encoding="utf-8")
        return ingest.read_document(path, ingest.IngestLimits(max_file_bytes=10**9))


def bench_scaling(rows: list) -> None:
    from reporter.extract import extract_document

    docs = {mb: big_document(mb) for mb in SCALING_MB}
    extract_document(docs[SCALING_MB[0]])  # warm: dictionaries, gazetteer and the one-time full jieba cover
    per_mb = {}
    for mb, doc in docs.items():
        seconds = min(timed(extract_document, doc)[0] for _ in range(3))
        per_mb[mb] = seconds / mb
        rows.append((f"extraction of one {mb:g} MB document", f"{per_mb[mb]:.2f} s/MB", seconds, "", None, None, None))
    spread = max(per_mb.values()) / min(per_mb.values())
    rows.append(("extraction s/MB, slowest / fastest size", f"{spread:.2f}x (goal ≤1.5x)", None, "", None, None, None))


def bench_brief(rows: list, out: Path) -> Path:
    from weasyprint import HTML

    from reporter import render
    from reporter.pipeline import load_corpus, make_brief

    corpus = load_corpus([SEEDS])
    paths = make_brief(corpus, "西双版纳州", ["松江区"], out)  # warm
    html_path = next(p for p in paths if p.suffix == ".html")
    html = html_path.read_text(encoding="utf-8")
    base = render.BUILTIN_TEMPLATES.as_uri() + "/"
    t_pipe, t_weasy, ratio = paired(
        5,
        lambda: make_brief(corpus, "西双版纳州", ["松江区"], out),
        lambda: HTML(string=html, base_url=base).write_pdf(out / "bare.pdf"),
    )
    rows.append(
        ("brief in-process (compare+render+PDF)", "1 brief", t_pipe, "WeasyPrint render alone", t_weasy, 1.3, ratio)
    )
    cli = [str(BIN / "reporter"), "brief", "-t", "西双版纳州", "-b", "松江区", "-o", str(out)]
    # Bytecode is written as on a user's machine: with PYTHONDONTWRITEBYTECODE set
    # (some CI images set it) reporter's modules would be compiled from source on
    # every run, while WeasyPrint's were compiled when pip installed them.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(cli, check=True, capture_output=True, env=env)  # fills the extraction, chart and template caches
    weasy = [str(BIN / "weasyprint"), "-u", base, str(html_path), str(out / "cold.pdf")]
    t_cli, t_wcold, ratio = paired(
        5,
        lambda: subprocess.run(cli, check=True, capture_output=True, env=env),
        lambda: subprocess.run(weasy, check=True, capture_output=True, env=env),
    )
    rows.append(
        ("brief cold CLI, corpus extracted", "reporter brief", t_cli, "cold weasyprint command", t_wcold, 1.3, ratio)
    )
    return next(p for p in paths if p.suffix == ".pdf")


def bench_batch(rows: list, out: Path, briefs: int) -> None:
    help_text = subprocess.run([str(BIN / "reporter"), "--help"], capture_output=True, text=True).stdout
    if " batch " not in help_text:
        rows.append(("batch", "not available", None, "", None, None, None))
        return
    pairs = out / "pairs.csv"
    regions = ["西双版纳州", "松江区", "泗泾镇", "金山区", "如东县", "上虞区"]
    lines = ["target,benchmarks"]
    for i in range(briefs):
        t = regions[i % len(regions)]
        b = regions[(i + 1 + i // len(regions)) % len(regions)]
        lines.append(f"{t},{b if b != t else regions[(i + 2) % len(regions)]}")
    pairs.write_text("\n".join(lines) + "\n", encoding="utf-8")
    times = {}
    for jobs in (1, os.cpu_count() or 1):
        folder = out / f"batch{jobs}"
        cmd = [str(BIN / "reporter"), "batch", str(pairs), "-o", str(folder), "-j", str(jobs), "--force"]
        times[jobs], _ = timed(subprocess.run, cmd, capture_output=True)
    cores = os.cpu_count() or 1
    rows.append((f"batch {briefs} briefs, 1 worker", "", times[1], "", None, None, None))
    rows.append((f"batch {briefs} briefs, {cores} workers", "", times[cores], "", None, None, None))
    speedup = times[1] / times[cores]
    rows.append((f"batch speed-up with {cores} workers", f"{speedup:.2f}x (goal ≥1.7x)", None, "", None, None, None))
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    rows.append(("peak memory of a child process", f"{peak:.0f} MB", None, "", None, None, None))


def main() -> int:
    parser = argparse.ArgumentParser(description="reporter speed benchmark")
    parser.add_argument("--briefs", type=int, default=100)
    parser.add_argument("--only", choices=["brief", "extraction", "scaling", "batch", "gazetteer"], help="run one part")
    args = parser.parse_args()
    rows: list = []
    size_kb = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        if args.only in (None, "brief"):
            size_kb = bench_brief(rows, out).stat().st_size / 1024
        if args.only in (None, "extraction"):
            bench_extraction(rows)
        if args.only in (None, "scaling"):
            bench_scaling(rows)
        if args.only in (None, "batch"):
            bench_batch(rows, out, args.briefs)
        if args.only in (None, "gazetteer"):
            bench_gazetteer(rows)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"{'measure':40s} {'ours (s)':>9s} {'floor (s)':>10s} {'ratio':>7s} {'goal':>6s}  floor")
    for name, note, ours, floor_name, floor, goal, paired_ratio in rows:
        ratio = f"{paired_ratio:.2f}" if paired_ratio else ""
        o = f"{ours:.2f}" if ours is not None else note
        f = f"{floor:.2f}" if floor is not None else ""
        g = f"≤{goal}" if goal else ""
        print(f"{name:40s} {o:>9s} {f:>10s} {ratio:>7s} {g:>6s}  {floor_name} {note if ours is not None else ''}")
    if size_kb:
        print(f"{'default brief PDF size':40s} {size_kb:8.0f}K {'':>10s} {'':>7s} {'≤600K':>6s}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
