"""Where a fact comes from (text, official statistics, a hand correction) and
which origin wins when a region has several values for one indicator and period.

Kept apart from reporter.review, which needs pandas, because every brief uses it.
"""

from __future__ import annotations

from reporter.errors import ReporterError

ORIGIN_NAMES = {"text": "原文摘录", "statistics": "统计数据", "corrected": "人工校正"}
# Hand corrections first, then official statistics, then numbers read from text.
DEFAULT_PRECEDENCE = ("corrected", "statistics", "text")


def precedence_for(prefer: str) -> tuple[str, ...]:
    """Hand corrections first; then statistics over text, or text over statistics."""
    if prefer not in ("statistics", "text"):
        raise ReporterError(f"优先来源“{prefer}”无效, 应为 statistics 或 text。")
    return ("corrected", "statistics", "text") if prefer == "statistics" else ("corrected", "text", "statistics")


def precedence_sentence(precedence: tuple[str, ...]) -> str:
    order = " > ".join(ORIGIN_NAMES.get(o, o) for o in precedence)
    return f"取值规则：同一地区、同一指标、同一期间有多个来源时，按“{order}”的次序采用；期间不同时取最新期间的数值。"


def origin_statement(origins: list[str], titles: list[str]) -> str:
    """How the brief's numbers were obtained, for its opening paragraph."""
    if set(origins) <= {"text"}:
        return "数据均摘自语料原文"
    parts = ["语料原文"] if "text" in origins else []
    if "statistics" in origins:
        stats = dict.fromkeys(t for o, t in zip(origins, titles, strict=True) if o == "statistics")
        parts.append(f"统计数据（{'、'.join(f'《{t}》' for t in stats)}）")
    statement = f"数据摘自{'及'.join(parts)}" if parts else "数据均经人工校正"
    corrected = origins.count("corrected")
    if corrected and parts:
        statement += f"，其中{corrected}个数字经人工校正"
    return statement
