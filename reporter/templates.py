"""Template tooling behind `reporter templates`: list templates and the blocks
they override, start a user folder, and check a folder by rendering it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from jinja2 import TemplateSyntaxError

from reporter.errors import ReporterError, TemplateError
from reporter.render import BUILTIN_TEMPLATES, entry_templates, environment, inherited_blocks, template_blocks

if TYPE_CHECKING:
    from reporter.corpus import Corpus

STARTER_TEMPLATE = """{#- 用户模板示例 (user template example).
    本文件继承内置的完整简报, 只覆盖标题块; 其余内容不变。
    This file extends the built-in brief and overrides one block only.
    - 块 (blocks) 与变量 (variables) 的完整列表: docs/templates.md; 加标志、换字体、改页边距、
      改颜色、改节名、隐藏一节的做法见其中的“配方 (recipes)”。
    - {{ super() }} 插入内置块的原有内容 (the built-in block's content).
    - 版式变量 (发文单位、编号、密级、作者、日期…) 由内置标题显示, 每个只显示一次;
      用 --set 发文单位=某某局 或 --vars 文件设置。
    - 红头简报 (GB/T 9704-2012) 不必自己写: --template 红头。
    使用 (use): reporter brief -t 西双版纳州 -b 松江区 --templates 本目录 -#}
{% extends "default:brief.html" %}

{#- 1. 覆盖标题块: 保留内置标题 (super), 其下加一行本单位的说明. -#}
{% block title_block %}
{{ super() }}
<p class="house-note">内部资料　注意保存</p>
{% endblock %}

{#- 2. 追加样式: 引入本目录下的 house.css (在内置样式之后, 可覆盖内置样式). -#}
{% block extra_css %}
{% include "house.css" %}
{% endblock %}
"""

STARTER_CSS = """/* 本单位样式 (house style), 排在内置样式 brief.css 之后, 同名规则以此为准。
   要整体替换内置样式, 在本目录放一个名为 brief.css 的文件即可。
   To replace the built-in stylesheet instead, put a file named brief.css here. */
/* 内置标题中的发文单位 (--set 发文单位=…) */
.issuer { color: #c00; border-bottom: 2px solid #c00; }
.house-note { text-align: center; text-indent: 0; font-size: 12pt; color: #555; margin-bottom: 4mm; }
/* 例: 表头改为浅灰 (example: grey table headers) */
th { background: #eeeeee; }
"""


def describe_templates(user_dir: Path | None) -> list[str]:
    lines = ["内置模板 (built-in), 及可覆盖的全部块 (every block a user template can override):"]
    env = environment()
    for name in entry_templates():
        lines.append(f"  {name}  块 (blocks): {', '.join(inherited_blocks(env, name))}")
    if not user_dir:
        lines.append("用户模板: 未设置 (use --templates DIR or `templates:` in reporter.yaml)")
        return lines
    if not Path(user_dir).is_dir():
        raise TemplateError(f"模板目录 '{user_dir}' 不存在 (templates folder not found).")
    lines.append(f"用户模板 (user, {user_dir}):")
    for path in sorted(Path(user_dir).rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(user_dir).as_posix()
        if path.suffix != ".html":
            replaces = "，替换内置同名文件" if (BUILTIN_TEMPLATES / rel).is_file() else ""
            lines.append(f"  {rel}{replaces}")
            continue
        try:
            extends, blocks = template_blocks(path.read_text(encoding="utf-8"))
        except (TemplateSyntaxError, UnicodeDecodeError) as exc:  # a broken user file is listed, not raised
            lines.append(f"  {rel}  无法解析 (cannot parse): {exc}")
            continue
        if extends:
            lines.append(f"  {rel}  继承 {extends}，覆盖的块 (overrides): {', '.join(blocks) or '无'}")
        elif (BUILTIN_TEMPLATES / rel).is_file():
            lines.append(f"  {rel}  替换内置同名模板 (replaces the built-in one)")
        else:
            lines.append(f"  {rel}  独立模板 (standalone)")
    return lines


def init_folder(folder: Path, force: bool = False) -> list[Path]:
    """A starter override folder; refuses to overwrite existing files unless `force`."""
    files = {folder / "brief.html": STARTER_TEMPLATE, folder / "house.css": STARTER_CSS}
    existing = [str(p) for p in files if p.exists() or p.is_symlink()]  # a dangling symlink would be written through
    if existing and not force:
        raise ReporterError(f"文件已存在, 未作修改 (already exists; --force 覆盖): {', '.join(existing)}")
    folder.mkdir(parents=True, exist_ok=True)
    for path, text in files.items():
        if force:
            path.unlink(missing_ok=True)  # a symlink is replaced by the file, not written through
        with path.open("x", encoding="utf-8") as fh:  # O_EXCL: never through a symlink made meanwhile
            fh.write(text)
    return list(files)


def check_folder(
    user_dir: Path | None,
    target: str,
    benchmarks: list[str],
    variables: dict[str, str],
    with_pdf: bool = False,
    corpus: Corpus | None = None,
) -> list[tuple[str, str]]:
    """Render every entry template (built-in and user) with `corpus` (default: the seed corpus):
    (name, problem or "")."""
    import tempfile

    from reporter import compare, context, pdf, render
    from reporter.pipeline import load_corpus

    if user_dir and not Path(user_dir).is_dir():
        raise TemplateError(f"模板目录 '{user_dir}' 不存在 (templates folder not found).")
    corpus = corpus if corpus is not None else load_corpus()
    comparison = compare.compare(
        corpus, compare.resolve_region(corpus, target), [compare.resolve_region(corpus, b) for b in benchmarks]
    )
    brief_context = context.build_context(corpus, comparison, variables)
    results = []
    for name in entry_templates(user_dir):
        try:
            html = render.render_html(brief_context, name, user_dir)
            if with_pdf:
                dirs = [Path(user_dir)] if user_dir else []
                with tempfile.TemporaryDirectory() as tmp:
                    pdf.write_pdf(html, Path(tmp) / "check.pdf", dirs + [BUILTIN_TEMPLATES])
            results.append((name, ""))
        except ReporterError as exc:
            results.append((name, exc.message))
    return results
