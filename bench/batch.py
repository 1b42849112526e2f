"""Throughput of `reporter batch`: briefs per minute with 1 and 2 worker processes.

usage: python bench/batch.py [--briefs 100] [--jobs 1 2] [--corpus DIR] [--format both|pdf|html]

Builds a pairs file of N rows from the regions of the corpus that have data,
warms the extraction cache once, then runs `reporter batch --force` once per
worker count into a fresh folder. Prints the wall time of each whole command
(corpus load from cache included), briefs per minute, the ratio to the first
worker count, the CPU seconds per brief of all its processes, how many briefs
were being rendered at once on average (sum of the manifest's seconds / wall
time), and the peak resident memory of the largest process of each run
(getrusage of children: the batch's main process or one of its workers).
The machine's load average is printed too: on a shared machine the ratio says
more about the other load than about the batch.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefs", type=int, default=100)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--corpus", default=str(ROOT / "seeds"))
    parser.add_argument("--format", default="both", choices=["both", "pdf", "html"])
    parser.add_argument("--measure", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        return measure(args.measure)
    load_before = f"{os.getloadavg()[0]:.1f}"
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        pairs = write_pairs(tmp / "pairs.csv", region_pairs(args.corpus), args.briefs)
        common = ["--corpus", args.corpus, "--cache-dir", str(tmp / "cache"), "--format", args.format]
        warm = [sys.executable, "-m", "reporter", "batch", "--auto", "-o", str(tmp / "warm"), *common]
        subprocess.run(warm, cwd=ROOT, capture_output=True)  # fills the extraction cache; --auto renders a few
        results = []
        for jobs in args.jobs:
            cmd = ["batch", str(pairs), "-o", str(tmp / f"j{jobs}"), "-j", str(jobs), "--force", *common]
            results.append((jobs, run_measured(cmd)))
    print(f"load average before and after: {load_before} / {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'workers':>7} {'briefs':>6} {'seconds':>8} {'briefs/min':>10} {'ratio':>6} {'CPU s/brief':>11} "
          f"{'in flight':>9} {'peak MB':>8} exit")  # fmt: skip
    base = results[0][1]["per_minute"]
    for jobs, r in results:
        print(
            f"{jobs:>7} {r['rendered']:>6} {r['seconds']:>8.1f} {r['per_minute']:>10.1f} "
            f"{r['per_minute'] / base:>6.2f} {r['cpu'] / max(r['rendered'], 1):>11.2f} "
            f"{r['busy'] / r['seconds']:>9.2f} {r['peak_mb']:>8.0f} {r['exit']}"
        )
    return 0


def region_pairs(corpus: str) -> list[tuple[str, str]]:
    """Ordered pairs of the regions that have facts, the richest first."""
    sys.path.insert(0, str(ROOT))
    from reporter.corpus import regions_table
    from reporter.pipeline import load_corpus

    table = regions_table(load_corpus([corpus]))
    names = list(table[table["facts"] > 0]["full_name"])[:10]
    return list(itertools.permutations(names, 2))


def write_pairs(path: Path, pairs: list[tuple[str, str]], count: int) -> Path:
    """`count` rows cycling through `pairs`; repeats get a distinct 编号 (and a row-numbered file name)."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["target", "benchmarks", "编号"])
        for number, (target, bench) in zip(range(count), itertools.cycle(pairs), strict=False):
            writer.writerow([target, bench, f"第{number + 1}号"])
    return path


def run_measured(args: list[str]) -> dict:
    """Run the batch in a child that reports its children's peak memory (kept apart per run)."""
    cmd = [sys.executable, __file__, "--measure", *args]
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.splitlines()[-1])


def measure(args: list[str]) -> int:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "reporter", *args], cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    out_dir = Path(args[args.index("-o") + 1])
    with (out_dir / "manifest.csv").open(encoding="utf-8-sig", newline="") as fh:
        done = [row for row in csv.DictReader(fh) if row["status"] == "ok"]
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    rendered = len(done)
    result = {
        "seconds": seconds,
        "cpu": usage.ru_utime + usage.ru_stime,
        "busy": sum(float(row["seconds"]) for row in done),
        "rendered": rendered,
        "per_minute": rendered / seconds * 60,
        "peak_mb": usage.ru_maxrss / 1024,  # kilobytes on Linux
        "exit": proc.returncode,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
