"""click's own messages (usage lines, option errors, --help boilerplate) in Chinese.

click looks its messages up through `gettext`, imported into each of its modules
as `_` and `ngettext`; `install` replaces those names with a lookup in MESSAGES,
leaving any message not listed as click wrote it. Option names stay in English.
tests/test_cli.py checks that every key is still a message of the installed click.
"""

from __future__ import annotations

MESSAGES = {
    "Usage:": "用法:",
    "Options": "选项",
    "Commands": "命令",
    "Positional arguments": "位置参数",
    "Show this message and exit.": "显示本帮助并退出。",
    "Show the version and exit.": "显示版本并退出。",
    "Error: {message}": "错误: {message}",
    "Try '{command} {option}' for help.": "用 '{command} {option}' 查看帮助。",
    "Missing argument": "缺少参数",
    "Missing option": "缺少选项",
    "Missing parameter": "缺少参数",
    "Missing command.": "缺少命令。",
    "Missing {param_type}": "缺少{param_type}",
    "No such command {name!r}.": "没有命令 {name!r}。",
    "No such option {name!r}.": "没有选项 {name!r}。",
    "Option {name!r} does not take a value.": "选项 {name!r} 不带值。",
    "Invalid value for {param_hint}: {message}": "{param_hint} 的值无效: {message}",
    "Invalid value: {message}": "值无效: {message}",
    "Aborted!": "已中止。",
    "default: {default}": "默认: {default}",
    "required": "必填",
    # {name} is "file", "directory" or "path", which also names the metavar in --help: left out here.
    "{name} {filename!r} does not exist.": "{filename!r} 不存在。",
    "{name} {filename!r} is a file.": "{filename!r} 是文件, 应为目录。",
    "{name} {filename!r} is a directory.": "{filename!r} 是目录, 应为文件。",
    "{name} {filename!r} is not readable.": "{filename!r} 不可读。",
    "{name} {filename!r} is not writable.": "{filename!r} 不可写。",
    "{value!r} is not a valid {number_type}.": "{value!r} 不是有效的{number_type}。",
    "{value} is not in the range {range}.": "{value} 不在范围 {range} 内。",
    # ngettext: (singular, plural)
    "Got unexpected extra argument ({args})": "多余的参数 ({args})",
    "Got unexpected extra arguments ({args})": "多余的参数 ({args})",
    "Option {name!r} requires an argument.": "选项 {name!r} 需要一个值。",
    "Option {name!r} requires {nargs} arguments.": "选项 {name!r} 需要 {nargs} 个值。",
    "{value!r} is not {choice}.": "{value!r} 不是 {choice}。",
    "{value!r} is not one of {choices}.": "{value!r} 不是 {choices} 之一。",
    "Did you mean {possibility}?": "是否要用 {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(是否要用其中之一: {possibilities}?)",
}
MODULES = ("core", "decorators", "exceptions", "formatting", "parser", "types", "termui", "utils")


def translate(message: str) -> str:
    return MESSAGES.get(message, message)


def translate_plural(singular: str, plural: str, n: int) -> str:
    return translate(singular if n == 1 else plural)


def install() -> None:
    """Point click's message lookups at MESSAGES (idempotent)."""
    import importlib

    for name in MODULES:
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            setattr(module, "_", translate)  # noqa: B010 - a module attribute, not ours
        if hasattr(module, "ngettext"):
            setattr(module, "ngettext", translate_plural)  # noqa: B010
