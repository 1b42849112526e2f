"""Settings merged once: built-in defaults, then a config file (reporter.yaml in
the working folder, or --config FILE), then a house-style YAML file (--vars),
then the command line (--set key=value and every other flag). Every command
builds one `Settings` with `load_settings` and passes it on; nothing else reads
the config file. Unknown keys are errors that list the known ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from reporter.errors import ReporterError

DEFAULT_CONFIG = "reporter.yaml"
# House-style variables a template can show; every one is optional.
VARIABLES = {
    "发文单位": "",  # issuing body, printed in red above the title
    "作者": "",  # author or drafting office, on the date line
    "日期": "",  # date line; default: today
    "密级": "",  # classification mark, top right
    "编号": "",  # document number, top left
    "标题": "",  # replaces the generated title
    "副标题": "",  # subtitle under the title
    # The 红头 house style (redhead.html, GB/T 9704-2012):
    "期号": "",  # issue number line under the masthead, e.g. 第3期
    "编印单位": "",  # compiling office, left on the issue line and in the 印发 line
    "报送": "",  # 报: the offices the brief is reported to, in the closing block
    "分送": "",  # 送: the offices it is sent to, in the closing block
    "版式": "",  # the template by name (红头, summary, brief), when --template does not say
}
PREFER = ("statistics", "text")
CONFIG_KEYS = {
    "corpus": "语料文件或目录 (一个或一列), 相对于配置文件",
    "templates": "用户模板目录 (user templates folder), 相对于配置文件",
    "template": "默认模板名, 如 brief.html、summary.html 或 redhead.html (红头)",
    "variables": "版式变量 (house-style variables): " + "、".join(VARIABLES),
    "overrides": "人工校正文件, 相对于配置文件",
    "data": "统计数据文件, 相对于配置文件",
    "prefer": "statistics 或 text: 统计数据与原文数字谁优先",
    "strict": "true: 语料中有文件读不了即报错",
    "cache_dir": "抽取结果缓存目录, 相对于配置文件",
    "homes": "文档所属地区 (文件名: 地区名), 用于只写“我县/全县”而从未写出名称的文章",
    "indicators": "用户指标表 (CSV: id,name,unit,dimension,synonyms), 增加或替换内置指标, 相对于配置文件",
}
# Keys whose values are paths, read relative to the config file's folder.
PATH_KEYS = ("templates", "overrides", "data", "cache_dir", "indicators")


class ConfigError(ReporterError):
    """A config file, a variables file or a command-line setting is invalid."""

    exit_code = 2


@dataclass(frozen=True)
class Settings:
    """Every option shared by the commands, after merging; one object per run."""

    corpus: tuple[Path, ...] = ()  # empty: the built-in seed corpus
    cache_dir: Path | None = None  # None: $REPORTER_CACHE_DIR or ~/.cache/reporter
    templates: Path | None = None  # user templates folder, searched before the built-in one
    template: str = "brief.html"
    variables: dict[str, str] = field(default_factory=dict)
    overrides: Path | None = None  # a person's corrections (reporter.review)
    data: Path | None = None  # official statistics (reporter.review)
    prefer: str = "statistics"  # statistics or text, when both give a value for one period
    strict: bool = False  # a corpus file that cannot be read is an error
    indicators: Path | None = None  # a user indicator table added to the built-in one (reporter.taxonomy)
    homes: tuple[tuple[str, str], ...] = ()  # (file, region name): a document's own region, declared

    @property
    def precedence(self) -> tuple[str, ...]:
        from reporter.origins import precedence_for

        return precedence_for(self.prefer)


def load_yaml(path: Path, what: str) -> dict:
    import yaml

    from reporter.limits import file_problem, safe_yaml

    if not path.is_file():
        raise ConfigError(f"{what} '{path}' 不存在 (file not found).")
    problem = file_problem(path)
    if problem:
        raise ConfigError(f"{what} {problem}")
    try:
        data = safe_yaml(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise ConfigError(
            f"{what} '{path}{where}' 不是有效的 YAML (invalid YAML): {getattr(exc, 'problem', exc)}"
        ) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{what} '{path}' 不是 UTF-8 文本 (not UTF-8).") from exc
    except RecursionError as exc:
        raise ConfigError(f"{what} '{path}' 嵌套过深 (nested too deeply).") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{what} '{path}' 应为“键: 值”形式 (expected a mapping).")
    return data


def check_variables(values: dict, origin: str) -> dict[str, str]:
    """House-style variables, validated: an unknown key lists the known ones."""
    unknown = [k for k in values if k not in VARIABLES]
    if unknown:
        raise ConfigError(f"{origin}: 未知的版式变量 (unknown variable) '{unknown[0]}'。可用: {'、'.join(VARIABLES)}")
    return {k: "" if v is None else str(v) for k, v in values.items()}


def parse_set(items: tuple[str, ...] | list[str]) -> dict[str, str]:
    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ConfigError(f"--set '{item}' 应写成 键=值 (expected key=value), 如 --set 发文单位=某某局")
        out[key.strip()] = value.strip()
    return check_variables(out, "--set")


def parse_homes(items: tuple[str, ...] | list[str]) -> dict[str, str]:
    """--home FILE=地区, each given once or more."""
    out = {}
    for item in items:
        file, sep, name = item.partition("=")
        if not sep or not file.strip() or not name.strip():
            raise ConfigError(f"--home '{item}' 应写成 文件=地区 (expected file=region), 如 --home 报告.txt=沅陵县")
        out[file.strip()] = name.strip()
    return out


def load_settings(
    config: str | Path | None = None,
    vars_file: str | Path | None = None,
    sets: tuple[str, ...] | list[str] = (),
    templates: str | Path | None = None,
    template: str | None = None,
    cwd: Path | None = None,
    *,
    corpus: tuple[str | Path, ...] | list[str | Path] = (),
    cache_dir: str | Path | None = None,
    overrides: str | Path | None = None,
    data: str | Path | None = None,
    prefer: str | None = None,
    strict: bool | None = None,
    indicators: str | Path | None = None,
    homes: tuple[str, ...] | list[str] = (),
) -> Settings:
    """Defaults < config file < --vars file < the command line.

    A flag left at None (or an empty corpus) keeps the config file's value;
    `strict` can only be switched on from the command line.
    """
    values: dict[str, Any] = {}
    path = Path(config) if config else (cwd or Path.cwd()) / DEFAULT_CONFIG
    if config or path.is_file():
        if not config:  # read without being asked for: say so, it can point templates anywhere
            click.echo(f"注意: 读取了当前目录中的配置文件 {path.resolve()} (--config 可另行指定)", err=True)
        values = config_values(load_yaml(path, "配置文件 (config)"), path)
    variables = dict(values.pop("variables", {}))
    if vars_file:
        variables.update(check_variables(load_yaml(Path(vars_file), "变量文件 (vars)"), str(vars_file)))
    variables.update(parse_set(sets))
    paths = {
        "cache_dir": cache_dir,
        "templates": templates,
        "overrides": overrides,
        "data": data,
        "indicators": indicators,
    }
    values.update({key: Path(value) for key, value in paths.items() if value})
    if corpus:
        values["corpus"] = tuple(Path(p) for p in corpus)
    style = variables.pop("版式", "")
    if template or style:
        values["template"] = template or style  # --template over 版式 over the config's template
    if prefer:
        values["prefer"] = prefer
    if strict:
        values["strict"] = True
    if homes:
        values["homes"] = tuple({**dict(values.get("homes", ())), **parse_homes(homes)}.items())
    check_prefer(values.get("prefer", "statistics"), "--prefer")
    return Settings(**values, variables=variables)


def config_values(data: dict, path: Path) -> dict[str, Any]:
    """A config file's keys as Settings fields; paths made relative to the file's folder."""
    unknown = [k for k in data if k not in CONFIG_KEYS]
    if unknown:
        known = "; ".join(f"{k}: {v}" for k, v in CONFIG_KEYS.items())
        raise ConfigError(f"{path}: 未知的配置项 (unknown key) '{unknown[0]}'。可用: {known}")
    here = path.parent
    values: dict[str, Any] = {}
    for key in PATH_KEYS:
        if data.get(key):
            values[key] = (here / str(data[key])).resolve()
    for key in ("overrides", "data", "indicators"):
        if key in values and not values[key].is_file():
            raise ConfigError(f"{path}: {key} 文件 '{values[key]}' 不存在 (file not found).")
    if data.get("corpus"):
        items = data["corpus"] if isinstance(data["corpus"], list) else [data["corpus"]]
        values["corpus"] = tuple((here / str(p)).resolve() for p in items)
    if data.get("template"):
        values["template"] = str(data["template"])
    if data.get("prefer"):
        values["prefer"] = check_prefer(str(data["prefer"]), str(path))
    if data.get("strict"):
        values["strict"] = bool(data["strict"])
    homes = data.get("homes") or {}
    if not isinstance(homes, dict):
        raise ConfigError(f"{path}: homes 应为“文件名: 地区名”形式 (expected a mapping), 如 报告.txt: 沅陵县")
    if homes:
        values["homes"] = tuple((str(k), str(v)) for k, v in homes.items())
    variables = data.get("variables") or {}
    if not isinstance(variables, dict):
        raise ConfigError(f"{path}: variables 应为“键: 值”形式 (expected a mapping).")
    values["variables"] = check_variables(variables, str(path))
    return values


def check_prefer(value: str, origin: str) -> str:
    if value not in PREFER:
        raise ConfigError(f"{origin}: prefer 应为 {' 或 '.join(PREFER)}, 而不是 '{value}'。")
    return value
