"""Batch: many briefs from one list of pairs, rendered in parallel, incrementally,
with a manifest of what was produced.

Stages of `run_batch`, in order:
1. lock the output folder and remove temporary files an earlier kill left;
2. load the corpus once (extractions cached on disk by document hash);
3. read the pairs file (CSV, XLSX or YAML) or derive pairs from the corpus (--auto),
   see `reporter.pairs`;
4. validate every row (regions, template, variables), all problems at once;
5. name each brief (unique, safe) and hash its inputs; skip unchanged briefs;
6. render the rest over a process pool or a Dask cluster (one code path:
   `concurrent.futures.Executor.submit`), each brief isolated from the others;
7. write `manifest.csv` and `index.html` (also while running and on interrupt).
"""

from __future__ import annotations

import csv
import errno
import hashlib
import html
import io
import json
import os
import signal
import stat
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Executor, Future, as_completed, wait
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from pathlib import Path
from urllib.parse import quote

from reporter.config import Settings
from reporter.corpus import FACT_COLUMNS, Corpus, record
from reporter.diagnostics import Diagnostics
from reporter.errors import BatchError, RegionError, ReporterError, WorkError
from reporter.models import Region
from reporter.pairs import Brief, auto_briefs, read_briefs

MANIFEST = "manifest.csv"
INDEX = "index.html"
LOCK = ".reporter-batch.lock"
TEMP_PREFIX = ".tmp-"  # files.atomic_write's temporary files
DONE = ("ok", "unchanged")
# File names are limited to 255 bytes; leave room for ".html" (CJK takes 3 bytes, rare ones 4).
NAME_BYTES = 240


class BatchValidationError(BatchError):
    """Rows of a pairs file are invalid; nothing was rendered."""


@dataclass
class Job:
    """A validated brief, ready to render in any worker process."""

    row: int
    target: str
    benchmarks: list[str]
    template: str
    variables: dict[str, str]
    region_ids: list[str]
    names: list[str]  # resolved target and benchmark names
    basename: str = ""
    input_hash: str = ""


@dataclass
class Outcome:
    """One line of manifest.csv."""

    row: int
    target: str
    benchmarks: str
    template: str
    status: str  # ok | unchanged | failed | invalid | interrupted
    outputs: str = ""  # file names in the output folder, separated by ';'
    pages: int | str = ""
    bytes: int | str = ""
    seconds: float | str = ""
    error: str = ""
    input_hash: str = ""
    warnings: str = ""  # the brief's warnings (what it lacks), separated by ' '
    to_collect: str = ""  # the 待补数据 files written beside the brief, separated by ';'


# Each row also says how many documents of the corpus were read and skipped (the same for all rows).
MANIFEST_COLUMNS = [f.name for f in fields(Outcome)] + ["documents", "skipped_documents"]


@dataclass(frozen=True)
class RenderSettings:
    out_dir: str
    formats: tuple[str, ...]
    user_templates: str | None
    precedence: tuple[str, ...] = ("corrected", "statistics", "text")
    strict: bool = False  # a brief with warnings fails instead of being written


@dataclass
class BatchOptions:
    """What a batch needs beyond the shared settings (corpus, templates, variables,
    corrections, statistics, cache), which come in `settings` as for `brief`."""

    out_dir: Path
    settings: Settings = field(default_factory=Settings)
    pairs: Path | None = None
    auto: bool = False
    jobs: int | None = None
    force: bool = False
    keep_going: bool = False
    scheduler: str | None = None
    formats: tuple[str, ...] = ("html", "pdf")
    progress: bool | None = None  # None: only when stderr is a terminal


@dataclass
class BatchSummary:
    out_dir: Path
    outcomes: list[Outcome]
    seconds: float
    interrupted: bool = False
    documents: int = 0  # documents of the corpus read
    skipped: tuple[str, ...] = ()  # one message per corpus file that was not read
    warnings: tuple[str, ...] = ()  # from reading the corpus, its corrections and statistics, once each

    def count(self, *statuses: str) -> int:
        return sum(o.status in statuses for o in self.outcomes)

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return 130
        return 0 if self.count(*DONE) == len(self.outcomes) else 1


# ---------------------------------------------------------------- validation


def validate(briefs: list[Brief], corpus: Corpus, user_templates: Path | None) -> tuple[list[Job], list[Outcome]]:
    """Jobs for valid rows and an `invalid` outcome (all its problems) for each other row."""
    from reporter import render

    env = render.environment(user_templates)
    template_problems: dict[str, str | None] = {}
    jobs, invalid = [], []
    for brief in briefs:
        problems = list(brief.problems)
        if brief.template not in template_problems:
            template_problems[brief.template] = template_problem(env, brief.template)
        problem = template_problems[brief.template]
        if problem:
            problems.append(problem)
        regions = resolve_all(corpus, [brief.target, *brief.benchmarks] if brief.target else brief.benchmarks)
        problems += [p for p in regions if isinstance(p, str)]
        found = [r for r in regions if not isinstance(r, str)]
        if brief.target and len(found) == len(regions) and found[0].id in {r.id for r in found[1:]}:
            problems.append(f"目标地区“{found[0].name}”也在对标地区中")
        if problems:
            invalid.append(outcome_for(brief, "invalid", error="; ".join(problems)))
            continue
        job = Job(brief.row, brief.target, brief.benchmarks, brief.template, brief.variables, [], [])
        job.region_ids, job.names = [r.id for r in found], [r.name for r in found]
        jobs.append(job)
    return jobs, invalid


def template_problem(env, name: str) -> str | None:
    from jinja2 import TemplateNotFound, TemplateSyntaxError

    from reporter import render

    try:
        env.get_template(render.TEMPLATE_NAMES.get(name, name))
    except TemplateNotFound:
        return f"找不到模板 '{name}' (unknown template)"
    except TemplateSyntaxError as exc:
        return f"模板 '{name}' 语法错误, 第 {exc.lineno} 行: {exc.message}"
    return None


def resolve_all(corpus: Corpus, names: list[str]) -> list[Region | str]:
    """Each name's Region, or the error text when it is not in the corpus."""
    from reporter.compare import resolve_region

    out: list[Region | str] = []
    for name in names:
        try:
            out.append(resolve_region(corpus, name))
        except RegionError as exc:
            out.append(exc.format_message())
    return out


def outcome_for(brief: Brief | Job, status: str, **values) -> Outcome:
    return Outcome(brief.row, brief.target, "、".join(brief.benchmarks), brief.template, status, **values)


def problems_text(invalid: list[Outcome]) -> str:
    lines = [f"  第 {o.row} 行 ({o.target or '?'}): {o.error}" for o in invalid]
    return (
        f"批处理文件有 {len(invalid)} 行无效, 未生成任何简报 (nothing rendered; --keep-going 跳过无效行):\n"
        + "\n".join(lines)
    )


# ---------------------------------------------------------------- naming and hashing


def assign_basenames(jobs: list[Job]) -> None:
    """Deterministic names; rows whose names collide (also by case) all get their row number."""
    from reporter.pipeline import brief_basename

    bases = {job.row: fit_bytes(brief_basename(job.names[0], job.names[1:]), NAME_BYTES) for job in jobs}
    counts: dict[str, int] = {}
    for base in bases.values():
        counts[base.casefold()] = counts.get(base.casefold(), 0) + 1
    for job in jobs:
        base = bases[job.row]
        suffix = f"-r{job.row}"
        job.basename = base if counts[base.casefold()] == 1 else fit_bytes(base, NAME_BYTES - len(suffix)) + suffix


def fit_bytes(name: str, limit: int) -> str:
    """Cut `name` to at most `limit` bytes of UTF-8 without splitting a character."""
    return name.encode("utf-8")[:limit].decode("utf-8", errors="ignore")


def corpus_digest(corpus: Corpus) -> str:
    """Every document's content hash and every fact: any change may change any brief (sources
    appendix), and corrections or statistics change facts without changing a document."""
    items = sorted((name, doc.id) for name, doc in corpus.documents.items())
    digest = hashlib.sha256(json.dumps(items, ensure_ascii=False).encode())
    rows = [record(f, FACT_COLUMNS) for f in corpus.fact_records]
    digest.update(json.dumps(rows, ensure_ascii=False, sort_keys=True, default=str).encode())
    return digest.hexdigest()


def folder_digest(*folders: Path | None) -> str:
    """Contents of every file in the template folders (templates, CSS, images)."""
    digest = hashlib.sha256()
    for folder in filter(None, folders):
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file():
                digest.update(path.relative_to(folder).as_posix().encode())
                digest.update(hashlib.sha256(path.read_bytes()).digest())
        digest.update(b"\0folder\0")
    return digest.hexdigest()


def assign_input_hashes(jobs: list[Job], corpus: Corpus, settings: RenderSettings) -> None:
    from reporter import cache, render, taxonomy

    shared = [
        cache.code_fingerprint(),
        corpus_digest(corpus),
        taxonomy.fingerprint(corpus.indicators),  # a renamed indicator or a new dimension changes the brief
        folder_digest(Path(settings.user_templates) if settings.user_templates else None, render.BUILTIN_TEMPLATES),
        list(settings.formats),
        list(settings.precedence),
    ]
    for job in jobs:
        own = [job.template, job.region_ids, sorted(job.variables.items()), job.basename]
        job.input_hash = hashlib.sha256(json.dumps([shared, own], ensure_ascii=False).encode()).hexdigest()[:32]


# ---------------------------------------------------------------- incremental


def read_manifest(out_dir: Path) -> dict[str, dict]:
    """Finished rows of the previous manifest, by input hash."""
    path = out_dir / MANIFEST
    if not path.is_file():
        return {}
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (csv.Error, UnicodeDecodeError):
        return {}  # a damaged manifest only means everything is rendered again
    return {r["input_hash"]: r for r in rows if r.get("status") in DONE and r.get("input_hash")}


def unchanged_outcome(job: Job, previous: dict[str, dict], out_dir: Path) -> Outcome | None:
    record = previous.get(job.input_hash)
    if record is None:
        return None
    outputs = [o for o in record.get("outputs", "").split(";") if o]
    if not outputs or not all((out_dir / o).is_file() for o in outputs):
        return None
    return outcome_for(
        job,
        "unchanged",
        outputs=record["outputs"],
        pages=record.get("pages", ""),
        bytes=record.get("bytes", ""),
        seconds=0.0,
        input_hash=job.input_hash,
        warnings=record.get("warnings", ""),
        to_collect=record.get("to_collect", ""),
    )


# ---------------------------------------------------------------- rendering (runs in workers)

_WORKER_CORPUS: Corpus | None = None
# matplotlib's pyplot (charts) is not thread-safe: a Dask worker with several
# threads renders one brief at a time. Start Dask workers with --nthreads 1.
_RENDER_LOCK = threading.Lock()


def init_worker(corpus: Corpus, parent: int | None = None) -> None:
    """Process-pool initializer: keep the corpus; let the parent alone handle Ctrl-C and SIGTERM;
    end with the parent (`parent`: its pid), so a killed batch leaves no worker writing on."""
    global _WORKER_CORPUS
    _WORKER_CORPUS = corpus
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if parent is not None:
        die_with_parent(parent)
    import weasyprint  # noqa: F401 - imported once here, so no brief's time includes it

    from reporter import charts, render  # noqa: F401


def die_with_parent(parent: int) -> None:
    """Ask Linux to send SIGTERM when the parent dies; exit now if it died already."""
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(pr_set_pdeathsig, signal.SIGTERM, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)


def render_job(job: Job, settings: RenderSettings, corpus: Corpus | None = None) -> Outcome:
    """Write one brief; never raises, so one failing brief cannot stop the others."""
    from reporter.collect import is_collect_file
    from reporter.pipeline import make_brief

    corpus = corpus if corpus is not None else _WORKER_CORPUS
    warnings: list[str] = []
    with _RENDER_LOCK:
        start = time.perf_counter()
        try:
            if corpus is None:
                raise RuntimeError("工作进程没有语料 (worker started without the corpus)")
            paths = make_brief(
                corpus,
                job.target,
                job.benchmarks,
                settings.out_dir,
                settings.formats,
                job.template,
                settings.user_templates,
                job.variables,
                precedence=settings.precedence,
                basename=job.basename,
                warn=warnings.append,
                strict=settings.strict,
            )
            pages = sum(pdf_pages(p) for p in paths if p.suffix == ".pdf")
        except ReporterError as exc:
            return failed(job, exc.format_message(), start)
        except Exception as exc:  # any bug in one brief must not stop the batch; the manifest says what
            return failed(job, f"{type(exc).__name__}: {exc}", start)
    briefs = [p for p in paths if not is_collect_file(p)]
    return outcome_for(
        job,
        "ok",
        outputs=";".join(p.name for p in briefs),
        pages=pages,
        bytes=sum(p.stat().st_size for p in briefs),
        seconds=round(time.perf_counter() - start, 2),
        input_hash=job.input_hash,
        warnings=" ".join(warnings),
        to_collect=";".join(p.name for p in paths if is_collect_file(p)),
    )


def failed(job: Job, message: str, start: float | None = None) -> Outcome:
    seconds = round(time.perf_counter() - start, 2) if start else ""
    return outcome_for(job, "failed", seconds=seconds, error=" ".join(message.split()), input_hash=job.input_hash)


def pdf_pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


# ---------------------------------------------------------------- executors


@contextmanager
def local_executor(jobs: int, corpus: Corpus) -> Iterator[tuple[Executor, None]]:
    """A process pool whose workers receive the corpus once, at start."""
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=jobs, initializer=init_worker, initargs=(corpus, os.getpid()))
    try:
        yield pool, None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@contextmanager
def dask_executor(address: str, corpus: Corpus) -> Iterator[tuple[Executor, object]]:
    """Dask's concurrent.futures executor; the corpus is sent to every worker once."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise WorkError("--scheduler 需要安装 dask.distributed (pip install distributed).") from exc
    try:
        client = Client(address, timeout="20s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise WorkError(f"无法连接 Dask 调度器 '{address}' (scheduler unreachable): {exc}") from exc
    try:
        corpus_future = client.scatter(corpus, broadcast=True)
        executor = client.get_executor(pure=False)
        try:
            yield executor, corpus_future
        finally:
            executor.shutdown(wait=False)
    finally:
        client.close()


def run_jobs(executor: Executor, corpus_arg, jobs: list[Job], settings: RenderSettings, on_done) -> None:
    """Submit every job and report each outcome as it completes.

    On Ctrl-C (or SIGTERM) what has not started is cancelled, and the briefs
    being rendered are finished and reported, so the manifest lists every
    file that exists; then the interrupt goes on.
    """
    futures: dict[Future, Job] = {executor.submit(render_job, job, settings, corpus_arg): job for job in jobs}
    reported: set[Future] = set()
    try:
        for future in as_completed(futures):
            reported.add(future)
            on_done(future_outcome(future, futures[future]))
    except KeyboardInterrupt:
        running = [f for f in futures if f not in reported and not f.cancel()]
        wait(running)
        for future in running:
            on_done(future_outcome(future, futures[future]))
        raise


def future_outcome(future: Future, job: Job) -> Outcome:
    """The worker's outcome, or a failure when the worker itself died (killed, out of memory)."""
    try:
        return future.result()
    except Exception as exc:
        return failed(job, f"工作进程失败 (worker failed): {type(exc).__name__}: {exc}")


# ---------------------------------------------------------------- output folder


@contextmanager
def folder_lock(out_dir: Path) -> Iterator[None]:
    """One batch at a time per output folder; so removing leftover temporary files is safe.

    The lock file is opened without following a symlink (one named like it would
    otherwise truncate the file it points to). The lock is a POSIX record lock: the
    worker processes do not inherit it, so it ends with the batch process, and a
    lock file left by a killed batch is simply taken over. It holds the owner's pid.
    """
    import fcntl

    path = out_dir / LOCK
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        what = "是符号链接, 拒绝使用; 请删除它" if exc.errno == errno.ELOOP else f"无法打开: {exc.strerror}"
        raise BatchError(f"锁文件 '{path}' {what} (lock file unusable).") from exc
    with os.fdopen(fd, "r+", encoding="ascii", errors="replace") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise BatchError(f"锁文件 '{path}' 不是普通文件; 请删除它 (lock file unusable).")
        try:
            fcntl.lockf(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            holder = fh.read(20).strip()
            who = f" (进程 {holder})" if holder.isdigit() else ""
            raise WorkError(f"另一个批处理{who}正在写入 '{out_dir}' (output folder is busy).") from exc
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        yield


def remove_temp_files(out_dir: Path) -> None:
    """Temporary files of writes that a killed worker could not finish or remove."""
    for path in out_dir.glob(f"{TEMP_PREFIX}*"):
        path.unlink(missing_ok=True)


def write_manifest(out_dir: Path, outcomes: list[Outcome], corpus: Corpus) -> None:
    from reporter.files import write_text
    from reporter.safety import spreadsheet_text

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, MANIFEST_COLUMNS, lineterminator="\n")
    writer.writeheader()
    counts = {"documents": len(corpus.documents), "skipped_documents": len(corpus.skipped)}
    for outcome in sorted(outcomes, key=lambda o: o.row):
        row = {**{f.name: getattr(outcome, f.name) for f in fields(Outcome)}, **counts}
        writer.writerow({k: spreadsheet_text(v) for k, v in row.items()})
    write_text(out_dir / MANIFEST, "\ufeff" + buffer.getvalue())  # BOM: Excel opens it as UTF-8


STATUS_NAMES = {"ok": "已生成", "unchanged": "未变", "failed": "失败", "invalid": "无效", "interrupted": "中断"}


def index_html(outcomes: list[Outcome]) -> str:
    """A page linking every brief; every value escaped, every link percent-encoded."""
    rows = []
    for o in sorted(outcomes, key=lambda o: o.row):
        links = " ".join(
            f'<a href="{html.escape(quote(name))}">{html.escape(Path(name).suffix[1:].upper())}</a>'
            for name in o.outputs.split(";")
            if name
        )
        links += "".join(
            f' <a href="{html.escape(quote(name))}">待补数据 {html.escape(Path(name).suffix[1:].upper())}</a>'
            for name in o.to_collect.split(";")
            if name
        )
        cells = [str(o.row), o.target, o.benchmarks, STATUS_NAMES.get(o.status, o.status), str(o.pages)]
        cells += [o.warnings, o.error]
        tds = "".join(f"<td>{html.escape(c)}</td>" for c in cells[:4]) + f"<td>{links}</td>"
        tds += "".join(f"<td>{html.escape(c)}</td>" for c in cells[4:])
        rows.append(f'<tr class="{html.escape(o.status)}">{tds}</tr>')
    return INDEX_PAGE.format(rows="\n".join(rows), count=len(outcomes))


INDEX_PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>简报清单</title>
<style>body{{font-family:sans-serif;margin:2em}}table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:.3em .6em}}tr.failed,tr.invalid,tr.interrupted{{background:#fee}}</style>
</head><body><h1>简报清单 ({count} 行)</h1>
<table><thead><tr><th>行</th><th>目标地区</th><th>对标地区</th><th>状态</th><th>文件</th><th>页数</th><th>警告</th><th>错误</th></tr>
</thead><tbody>
{rows}
</tbody></table></body></html>
"""


def write_outputs(out_dir: Path, outcomes: list[Outcome], corpus: Corpus) -> None:
    from reporter.files import write_text

    write_manifest(out_dir, outcomes, corpus)
    write_text(out_dir / INDEX, index_html(outcomes))


# ---------------------------------------------------------------- orchestration


def run_batch(options: BatchOptions) -> BatchSummary:
    """Validate, plan and render a batch; see the module docstring for the stages."""
    from reporter.pipeline import corpus_for

    start = time.perf_counter()
    out_dir = Path(options.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with folder_lock(out_dir):
        remove_temp_files(out_dir)
        shared = options.settings
        diagnostics = Diagnostics()  # printed once by the command, after the summary's counts
        corpus = corpus_for(shared, warn=diagnostics.warn)
        if options.auto:
            briefs = auto_briefs(corpus, shared.template)
        elif options.pairs is not None:
            briefs = read_briefs(options.pairs, shared.template)
        else:
            raise BatchError("请给出 PAIRS 文件或 --auto (give PAIRS or --auto).")
        if not briefs:
            raise BatchError("没有要生成的简报 (no rows).")
        for brief in briefs:  # a row's own variables win over --vars, --set and reporter.yaml
            brief.variables = {**shared.variables, **brief.variables}
        jobs, invalid = validate(briefs, corpus, shared.templates)
        if invalid and not options.keep_going:
            raise BatchValidationError(problems_text(invalid))
        settings = RenderSettings(
            str(out_dir),
            options.formats,
            str(shared.templates) if shared.templates else None,
            shared.precedence,
            shared.strict,
        )
        assign_basenames(jobs)
        assign_input_hashes(jobs, corpus, settings)
        previous = {} if options.force else read_manifest(out_dir)
        done: dict[int, Outcome] = {o.row: o for o in invalid}
        todo = []
        for job in jobs:
            same = unchanged_outcome(job, previous, out_dir)
            if same:
                done[same.row] = same
            else:
                todo.append(job)
        interrupted = render_all(todo, corpus, settings, options, done, out_dir)
        outcomes = sorted(done.values(), key=lambda o: o.row)
        skipped = tuple(s.reason for s in corpus.skipped)
        seconds = time.perf_counter() - start
        return BatchSummary(
            out_dir, outcomes, seconds, interrupted, len(corpus.documents), skipped, tuple(diagnostics.messages)
        )


def render_all(
    todo: list[Job], corpus: Corpus, settings: RenderSettings, options: BatchOptions, done: dict, out_dir: Path
) -> bool:
    """Render `todo` into `done`; True when interrupted (Ctrl-C or SIGTERM). The manifest is always written."""
    pending = {job.row: job for job in todo}
    last_write = [0.0]

    def on_done(outcome: Outcome) -> None:
        done[outcome.row] = outcome
        pending.pop(outcome.row, None)
        bar.update(1)
        bar.set_postfix_str(progress_text(done, todo, pending), refresh=False)
        if time.monotonic() - last_write[0] > 1.0:  # a killed batch still leaves a fairly recent manifest
            write_outputs(out_dir, list(done.values()) + interrupted_outcomes(pending), corpus)
            last_write[0] = time.monotonic()

    interrupted = False
    bar = progress_bar(len(todo), options.progress)
    try:
        with terminate_as_interrupt():
            if todo:
                with make_executor(options, len(todo), corpus) as (executor, corpus_arg):
                    run_jobs(executor, corpus_arg, todo, settings, on_done)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        bar.close()
        remove_temp_files(out_dir)
        write_outputs(out_dir, list(done.values()) + interrupted_outcomes(pending), corpus)
    if interrupted:
        done.update({o.row: o for o in interrupted_outcomes(pending)})
    return interrupted


def make_executor(options: BatchOptions, count: int, corpus: Corpus):
    if options.scheduler:
        return dask_executor(options.scheduler, corpus)
    return local_executor(min(options.jobs or os.cpu_count() or 1, count), corpus)


def interrupted_outcomes(pending: dict[int, Job]) -> list[Outcome]:
    return [outcome_for(job, "interrupted", input_hash=job.input_hash) for job in pending.values()]


def progress_bar(total: int, show: bool | None):
    from tqdm import tqdm

    return tqdm(total=total, desc="生成简报", unit="份", file=sys.stderr, disable=None if show is None else not show)


def progress_text(done: dict[int, Outcome], todo: list[Job], pending: dict) -> str:
    rows = {job.row for job in todo}
    ok = sum(1 for r in rows if r in done and done[r].status == "ok")
    bad = sum(1 for r in rows if r in done and done[r].status == "failed")
    return f"完成 {ok} 失败 {bad} 剩余 {len(pending)}"


@contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM takes the same way out as Ctrl-C: cancel, finish running briefs, write the manifest."""

    def handler(signum, frame):  # noqa: ARG001 - signal handler signature
        raise KeyboardInterrupt

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)


def summary_text(summary: BatchSummary) -> str:
    minutes = summary.seconds / 60
    rendered = summary.count("ok")
    rate = f", {rendered / minutes:.1f} 份/分钟" if rendered and minutes > 0 else ""
    lines = [
        f"简报 {len(summary.outcomes)} 份: 生成 {rendered}, 未变跳过 {summary.count('unchanged')}, "
        f"失败 {summary.count('failed')}, 无效 {summary.count('invalid')}"
        + (f", 中断 {summary.count('interrupted')}" if summary.interrupted else "")
        + f"; 用时 {summary.seconds:.1f} 秒{rate}。",
        f"语料: 读取文档 {summary.documents} 篇, 未能读取 {len(summary.skipped)} 篇。",
        f"清单: {summary.out_dir / MANIFEST}  索引: {summary.out_dir / INDEX}",
    ]
    return "\n".join(lines)


def failure_lines(summary: BatchSummary) -> list[str]:
    return [f"第 {o.row} 行 {o.target}: {o.error}" for o in summary.outcomes if o.status in ("failed", "invalid")]
