"""Render: a BriefContext through Jinja2 templates to HTML.

Templates are looked up in the user's folder first, then the built-in
`templates/`; `default:brief.html` always names the built-in one, so a user
template can extend it and override one block. Templates run sandboxed with
autoescape on and undefined names as errors. The context is built by
reporter.context, the PDF typeset by reporter.pdf, files written by reporter.files.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from jinja2 import BaseLoader, FileSystemLoader
from markupsafe import Markup

from reporter.config import VARIABLES
from reporter.errors import TemplateError
from reporter.files import default_cache_dir, usable_dir
from reporter.models import (
    CONTEXT_ALIASES,
    BriefContext,
    Cell,
    Dimension,
    Recommendation,
    Region,
    Row,
    Source,
    Value,
    fmt,
)
from reporter.resources import BUILTIN_TEMPLATES

TEMPLATE_NAMES = {
    "brief": "brief.html",
    "简报": "summary.html",
    "summary": "summary.html",
    "红头": "redhead.html",
    "redhead": "redhead.html",
}
CN_NUMERALS = "零一二三四五六七八九十"


def cn_numeral(n: int) -> str:
    """1 -> 一, 12 -> 十二: section numbers as official documents write them."""
    if n <= 10:
        return CN_NUMERALS[n]
    tens, ones = divmod(n, 10)
    return f"{CN_NUMERALS[tens] if tens > 1 else ''}十{CN_NUMERALS[ones] if ones else ''}"


class RecordingLoader(BaseLoader):
    """Wraps the lookup chain and records, per template name, the file that answered."""

    def __init__(self, loader: BaseLoader, folders: list[tuple[str, Path]]):
        self.loader = loader
        self.folders = folders
        self.used: dict[str, str] = {}

    def get_source(self, environment, template):
        source, filename, uptodate = self.loader.get_source(environment, template)
        self.used.setdefault(template, display_path(filename) if filename else template)
        return source, filename, uptodate

    def list_templates(self) -> list[str]:
        return self.loader.list_templates()

    def comment(self) -> str:
        """An HTML comment saying which folders were searched and which file served each name."""
        lines = ["模板查找顺序 (templates considered):"]
        lines += [f"  {label}: {folder}" for label, folder in self.folders]
        lines += [f"  {name} -> {path}" for name, path in self.used.items()]
        return "<!--\n" + "\n".join(line.replace("--", "- -") for line in lines) + "\n-->\n"


class FolderLoader(FileSystemLoader):
    """A FileSystemLoader that serves only files whose real path lies inside its folder:
    a symlink (file or subfolder) pointing elsewhere would put that file into the brief."""

    def get_source(self, environment, template):
        from jinja2.exceptions import SecurityError

        source, filename, uptodate = super().get_source(environment, template)
        real = Path(filename).resolve()
        if not any(real.is_relative_to(Path(root).resolve()) for root in self.searchpath):
            raise SecurityError(
                f"拒绝读取模板 '{template}': 它指向模板目录之外的文件 {real} (only files inside the template folders)"
            )
        return source, filename, uptodate


def environment(user_dir: str | Path | None = None):
    """Sandboxed Jinja2 environment: user folder, then built-in; `default:` prefix."""
    from jinja2 import ChoiceLoader, PrefixLoader, StrictUndefined

    from reporter.sandbox import BudgetedEnvironment

    builtin = FolderLoader(str(BUILTIN_TEMPLATES))
    loaders: list[BaseLoader] = [PrefixLoader({"default": builtin}, delimiter=":")]
    folders = [("default: 前缀 / 内置模板 (built-in)", BUILTIN_TEMPLATES)]
    if user_dir:
        if not Path(user_dir).is_dir():
            raise TemplateError(f"模板目录 '{user_dir}' 不存在 (templates folder not found).")
        loaders.insert(0, FolderLoader(str(user_dir)))
        folders.insert(0, ("用户模板 (user)", Path(user_dir).resolve()))
    loaders.append(builtin)
    env = BudgetedEnvironment(
        loader=RecordingLoader(ChoiceLoader(loaders), folders),
        bytecode_cache=bytecode_cache(),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["num"] = fmt
    env.filters["pct"] = lambda r: "—" if r is None else f"{r * 100:.1f}%"
    env.filters["cn"] = cn_numeral
    roots = [Path(user_dir)] if user_dir else []
    env.globals["asset"] = lambda name: asset_uri(name, [*roots, BUILTIN_TEMPLATES])
    return env


def asset_uri(name: str, folders: list[Path]) -> Markup:
    """A file of the template folders (a logo, an image) as a data: URI, so it shows in the HTML
    wherever it is opened and in the PDF alike; a missing file is an error that says so."""
    import base64
    import mimetypes

    for folder in folders:
        root = folder.resolve()
        path = (root / name).resolve()
        if path.is_file() and path.is_relative_to(root):
            mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return Markup(f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}")
    where = "、".join(str(f) for f in folders)
    raise TemplateError(f"模板引用的文件 '{name}' 不存在 (missing file)。请把它放在模板目录中: {where}")


def template_blocks(source: str) -> tuple[str | None, list[str]]:
    """The template a source extends (if any) and the blocks it defines at its top level, in order
    (a block inside another block is the outer block's own, not an override)."""
    from jinja2 import Environment, nodes

    tree = Environment().parse(source)
    extends = next(
        (n.template.value for n in tree.find_all(nodes.Extends) if isinstance(n.template, nodes.Const)), None
    )
    blocks = list(tree.find_all(nodes.Block))
    inner = {id(b) for outer in blocks for b in outer.find_all(nodes.Block)}
    return extends, [b.name for b in blocks if id(b) not in inner]


def inherited_blocks(env, name: str) -> list[str]:
    """Every block a template can override: those of the templates it extends, all the way up."""
    from jinja2 import Environment, nodes

    found: list[str] = []
    parent: str | None = name
    while parent:
        source = env.loader.get_source(env, parent)[0]
        tree = Environment().parse(source)
        found += [b.name for b in tree.find_all(nodes.Block)]
        parent = template_blocks(source)[0]
    return list(dict.fromkeys(found))


def check_overrides(env, name: str) -> None:
    """A block override that matches no block of the parent templates would be silently ignored:
    raise instead, naming the nearest block."""
    import difflib

    source, filename, _ = env.loader.get_source(env, name)
    extends, blocks = template_blocks(source)
    if not extends:
        return
    known = inherited_blocks(env, extends)
    for block in blocks:
        if block not in known:
            near = difflib.get_close_matches(block, known, n=1, cutoff=0.4)
            hint = f"最接近的块: {near[0]}" if near else f"可用的块: {'、'.join(known)}"
            raise TemplateError(
                f"模板 {display_path(filename)} 覆盖的块 '{block}' 在 {extends} 中不存在 (unknown block)，"
                f"{hint}。全部块见 `reporter templates list`。"
            )


def bytecode_cache():
    """Compiled templates on disk, next to the extraction cache: compiling the
    default templates costs about 0.1 s of every cold brief. Entries are keyed
    by the template's source, so an edited template is compiled afresh.

    Compiled templates are code that runs on the next brief, so they are kept
    only in a private cache folder (see reporter.files.usable_dir); an entry
    that cannot be read is compiled again, one that cannot be written is not kept.
    """
    from jinja2 import FileSystemBytecodeCache

    folder = default_cache_dir() / "templates"
    if not usable_dir(default_cache_dir()) or not usable_dir(folder):
        return None  # no private cache folder: templates are compiled each time

    class TolerantBytecodeCache(FileSystemBytecodeCache):
        def load_bytecode(self, bucket) -> None:
            try:
                super().load_bytecode(bucket)
            except Exception:  # a truncated or damaged entry (pickle, marshal) means: compile again
                bucket.reset()

        def dump_bytecode(self, bucket) -> None:
            try:
                super().dump_bytecode(bucket)
            except OSError:
                pass  # a full or read-only cache only costs time

    return TolerantBytecodeCache(str(folder))


def render_html(context: BriefContext, template: str = "brief.html", user_dir: str | Path | None = None) -> str:
    """Render; any template problem becomes a one-line TemplateError naming file, line and name."""
    from jinja2 import TemplateError as JinjaTemplateError
    from jinja2 import TemplateNotFound, TemplateSyntaxError, UndefinedError

    from reporter.sandbox import render_within_budget

    name = TEMPLATE_NAMES.get(template, template)
    env = environment(user_dir)
    values = {f.name: getattr(context, f.name) for f in dataclasses.fields(context)}
    values |= {old: values[new] for old, new in CONTEXT_ALIASES.items()}  # templates written before a rename
    try:
        entry = env.get_template(name)  # syntax errors first, with their file and line
        check_overrides(env, name)
        html = render_within_budget(env, entry, values)
    except RecursionError as exc:
        raise TemplateError(f"模板递归过深 (recursion too deep) {template_location(exc)}") from exc
    except TemplateNotFound as exc:
        known = "、".join(entry_templates(user_dir))
        raise TemplateError(f"找不到模板 '{exc.name}' (template not found)。可用模板: {known}") from exc
    except TemplateSyntaxError as exc:
        where = f"{display_path(exc.filename or exc.name)}:{exc.lineno}"
        raise TemplateError(f"模板语法错误 (syntax error) {where}: {exc.message}") from exc
    except UndefinedError as exc:
        raise TemplateError(undefined_message(exc, context)) from exc
    except JinjaTemplateError as exc:
        where = template_location(exc)
        raise TemplateError(f"模板渲染失败 (render failed) {where}: {exc}") from exc
    head, sep, rest = html.partition("<html")
    return head + env.loader.comment() + sep + rest


def display_path(path: str | None) -> str:
    if not path:
        return "?"
    p = Path(path)
    try:
        return str(p.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(p)


def template_location(exc: BaseException) -> str:
    """file:line of the innermost template frame of a rendering error (Jinja maps frames to template lines)."""
    import traceback

    where = ""
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        filename = frame.f_code.co_filename
        if filename.endswith((".html", ".css", ".j2", ".jinja")):
            where = f"{display_path(filename)}:{lineno}"
    return where or "?"


def known_names(context: BriefContext) -> list[str]:
    """Every name a template may use: context fields, attributes of the records, house-style keys."""
    names = [f.name for f in dataclasses.fields(context)] + list(CONTEXT_ALIASES)
    for cls in (Region, Dimension, Row, Cell, Value, Recommendation, Source):
        names += [f.name for f in dataclasses.fields(cls)]
    return list(dict.fromkeys(names + list(VARIABLES) + ["loop", "super", "self", "varargs"]))


def undefined_message(exc: BaseException, context: BriefContext) -> str:
    import difflib
    import re

    match = re.search(
        r"'([^']+)' is undefined|has no attribute '([^']+)'|'([^']+)' 不存在|no element '?([^']+?)'?$", str(exc)
    )
    name = next((g for g in match.groups() if g), str(exc)) if match else str(exc)
    near = difflib.get_close_matches(name, known_names(context), n=3, cutoff=0.5)
    hint = f"，相近的名字 (did you mean): {'、'.join(near)}" if near else "；可用变量见 docs/templates.md"
    return f"模板变量未定义 (undefined variable) {template_location(exc)}: '{name}'{hint}"


def entry_templates(user_dir: str | Path | None = None) -> list[str]:
    """Templates that can be passed to --template: top-level .html files, built-in and user."""
    names = [p.name for p in sorted(BUILTIN_TEMPLATES.glob("*.html")) if p.name != "base.html"]
    if user_dir and Path(user_dir).is_dir():
        names += [p.name for p in sorted(Path(user_dir).glob("*.html"))]
    return list(dict.fromkeys(names))
