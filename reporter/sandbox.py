"""The Jinja2 sandbox with a budget: templates are the user's code, and the sandbox alone
stops escapes, not `{{ 9**(9**9) }}`, `"x"*10**9` or two nested range(99999) loops.

Limits, each raised inside the template so the error names its file and line:
- `**` whose result would pass MAX_POWER_BITS bits; `*` of a string or list past MAX_OUTPUT
  items; a call or a filter that takes a count given one past MAX_OUTPUT (`'x'.ljust(10**9)`,
  `'x'|center(10**9)`, `'%0*d'|format(10**9, 1)`);
- `range()` past MAX_RANGE items, and every range loop checks the clock;
- the rendered text past MAX_OUTPUT characters, and the whole render past RENDER_SECONDS.
Both operators are intercepted, so Jinja no longer folds them at compile time either
(folding `9**(9**9)` hung even `templates check` and batch validation).
"""

from __future__ import annotations

import functools
import math
import operator
import time
from collections.abc import Iterator

from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

MAX_POWER_BITS = 4096
MAX_OUTPUT = 20_000_000  # characters of one rendered brief (the default one has about 200,000)
MAX_RANGE = 100_000
RENDER_SECONDS = 20.0
SEQUENCES = (str, bytes, list, tuple)
# Built-in filters whose arguments say how much to make.
COUNTING_FILTERS = ("center", "indent", "batch", "slice", "truncate", "wordwrap", "format")


class BudgetError(SecurityError):
    """A template went past a budget; the message is in Chinese."""


class BudgetedEnvironment(SandboxedEnvironment):
    intercepted_binops = frozenset(["**", "*"])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.globals["range"] = self.budget_range
        self.deadline = math.inf
        for name in COUNTING_FILTERS:
            self.filters[name] = counted(self.filters[name])

    def call_binop(self, context, op: str, left, right):
        if op == "**":
            check_power(left, right)
            return operator.pow(left, right)
        if op == "*":
            check_repeat(left, right)
            return operator.mul(left, right)
        return super().call_binop(context, op, left, right)

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 - Jinja's own signature
        check_counts(args, kwargs)
        __self.check_clock()
        return super().call(__context, __obj, *args, **kwargs)

    def budget_range(self, *args) -> Iterator[int]:
        numbers = range(*args)
        if len(numbers) > MAX_RANGE:
            raise BudgetError(f"range() 有 {len(numbers)} 项, 超过上限 {MAX_RANGE} 项 (range too large)")
        return self.clocked(numbers)

    def clocked(self, numbers: range) -> Iterator[int]:
        for k, n in enumerate(numbers):
            if k % 1000 == 0:
                self.check_clock()
            yield n

    def check_clock(self) -> None:
        if time.monotonic() > self.deadline:
            raise BudgetError(f"渲染超过 {RENDER_SECONDS:g} 秒 (render took too long)")


def check_counts(args, kwargs) -> None:
    if any(isinstance(a, int) and abs(a) > MAX_OUTPUT for a in (*args, *kwargs.values())):
        raise BudgetError(f"参数过大 (argument too large): 超过 {MAX_OUTPUT}")


def counted(func):
    """A filter that refuses a count past MAX_OUTPUT (its first argument, the value or
    the environment, is not looked at). wraps() keeps Jinja's pass_environment mark."""

    @functools.wraps(func)
    def checked(*args, **kwargs):
        check_counts(args[1:], kwargs)
        return func(*args, **kwargs)

    return checked


def check_power(left, right) -> None:
    if isinstance(left, (int, float)) and isinstance(right, (int, float)) and abs(left) > 1 and right > 0:
        bits = right * math.log2(abs(left))
        if bits > MAX_POWER_BITS:
            raise BudgetError(f"乘方结果过大 (power too large): 约 {bits:.3g} 位, 上限 {MAX_POWER_BITS} 位")


def check_repeat(left, right) -> None:
    for seq, n in ((left, right), (right, left)):
        if isinstance(seq, SEQUENCES) and isinstance(n, int) and len(seq) * n > MAX_OUTPUT:
            raise BudgetError(f"重复后长度过大 (repetition too large): 超过 {MAX_OUTPUT}")


def render_within_budget(env: BudgetedEnvironment, template, values: dict) -> str:
    """Render chunk by chunk, throwing a BudgetError into the template where it stands
    when the text grows past MAX_OUTPUT or the clock passes RENDER_SECONDS."""
    env.deadline = time.monotonic() + RENDER_SECONDS
    parts: list[str] = []
    size = 0
    chunks = template.generate(**values)
    try:
        for chunk in chunks:
            parts.append(chunk)
            size += len(chunk)
            if size > MAX_OUTPUT:
                chunks.throw(BudgetError(f"输出超过 {MAX_OUTPUT} 个字符 (output too large)"))
            if time.monotonic() > env.deadline:
                chunks.throw(BudgetError(f"渲染超过 {RENDER_SECONDS:g} 秒 (render took too long)"))
    finally:
        env.deadline = math.inf
        chunks.close()
    return "".join(parts)
