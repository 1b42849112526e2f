"""One error base that click can show: a one-line message and exit code, no traceback.

Exit codes (README, "退出码"): 0 done; 1 the work failed (a PDF could not be
written, a batch had failed briefs, a check found problems); 2 bad input or
usage (unknown region, template or option, a file that cannot be read).
"""

from __future__ import annotations

import re

import click

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2

# Characters that must not reach a terminal or a page as they are: control characters
# (ESC starts terminal escape sequences), bidi overrides, and the surrogates that stand
# for bytes of a file name that are not UTF-8.
UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(text: str) -> str:
    """`text` with every unprintable character written as \\xNN (\\uNNNN above 0xff): a file
    name with an escape sequence or invalid UTF-8 is shown, never obeyed or a crash."""
    return UNPRINTABLE.sub(lambda m: escape_char(m.group()), text)


def escape_char(ch: str) -> str:
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte the file system name had that is not UTF-8
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


class ReporterError(click.ClickException):
    """An error in what the user gave, which they can fix; shown as one line."""

    exit_code = EXIT_BAD_INPUT

    def __init__(self, message: str):
        super().__init__(printable(message))


class WorkError(ReporterError):
    """The input was fine but the work could not be done."""

    exit_code = EXIT_FAILED


class IngestError(ReporterError):
    """A document could not be read."""


class RegionError(ReporterError):
    """A region name could not be resolved."""


class TemplateError(ReporterError):
    """A template could not be found, parsed or rendered."""


class RenderError(WorkError):
    """HTML or PDF output could not be produced."""


class BatchError(ReporterError):
    """A batch file is invalid."""
