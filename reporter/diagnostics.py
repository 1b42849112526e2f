"""Diagnostics: the warnings of one run, collected by one object and said once.

Every stage that doubts something reports it here: ingest (a file skipped), extraction
(an unnamed home, an ambiguous name), statistics and corrections (a row that matches
nothing), compare (a brief thinner than it looks) and the PDF (a resource refused).
A command makes one `Diagnostics`, hands its `warn` to each stage, and prints each
message once as it arrives; the message carries no "警告:" of its own, the command adds it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Diagnostics:
    """The run's warnings in the order they came, each once; `echo` shows each new one."""

    echo: Callable[[str], None] | None = None
    messages: list[str] = field(default_factory=list)

    def warn(self, message: str) -> None:
        """Report `message`; one already reported (the same text) is not repeated."""
        if message in self.messages:
            return
        self.messages.append(message)
        if self.echo is not None:
            self.echo(message)
