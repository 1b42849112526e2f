"""Settings merged once: built-in defaults, then a config file (reporter.yaml in
the working folder, or --config FILE), then a house-style YAML file (--vars),
then --set key=value flags. Unknown keys are errors that list the known ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

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
}
CONFIG_KEYS = {
    "templates": "用户模板目录 (user templates folder), 相对于配置文件",
    "template": "默认模板名, 如 brief.html 或 summary.html",
    "variables": "版式变量 (house-style variables): " + "、".join(VARIABLES),
}


class ConfigError(ReporterError):
    """A config file, a variables file or a --set flag is invalid."""


@dataclass
class Settings:
    templates: Path | None = None
    template: str = "brief.html"
    variables: dict[str, str] = field(default_factory=dict)


def load_yaml(path: Path, what: str) -> dict:
    import yaml

    if not path.is_file():
        raise ConfigError(f"{what} '{path}' 不存在 (file not found).")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise ConfigError(
            f"{what} '{path}{where}' 不是有效的 YAML (invalid YAML): {getattr(exc, 'problem', exc)}"
        ) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{what} '{path}' 不是 UTF-8 文本 (not UTF-8).") from exc
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


def load_settings(
    config: str | Path | None = None,
    vars_file: str | Path | None = None,
    sets: tuple[str, ...] | list[str] = (),
    templates: str | Path | None = None,
    template: str | None = None,
    cwd: Path | None = None,
) -> Settings:
    """Defaults < config file < --vars file < --set / --templates / --template."""
    settings = Settings()
    path = Path(config) if config else (cwd or Path.cwd()) / DEFAULT_CONFIG
    if config or path.is_file():
        apply_config(settings, load_yaml(path, "配置文件 (config)"), path)
    if vars_file:
        settings.variables.update(check_variables(load_yaml(Path(vars_file), "变量文件 (vars)"), str(vars_file)))
    settings.variables.update(parse_set(sets))
    if templates:
        settings.templates = Path(templates)
    if template:
        settings.template = template
    return settings


def apply_config(settings: Settings, data: dict, path: Path) -> None:
    unknown = [k for k in data if k not in CONFIG_KEYS]
    if unknown:
        known = "; ".join(f"{k}: {v}" for k, v in CONFIG_KEYS.items())
        raise ConfigError(f"{path}: 未知的配置项 (unknown key) '{unknown[0]}'。可用: {known}")
    if data.get("templates"):
        settings.templates = (path.parent / str(data["templates"])).resolve()
    if data.get("template"):
        settings.template = str(data["template"])
    variables = data.get("variables") or {}
    if not isinstance(variables, dict):
        raise ConfigError(f"{path}: variables 应为“键: 值”形式 (expected a mapping).")
    settings.variables.update(check_variables(variables, str(path)))
