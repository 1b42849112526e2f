"""One error base that click can show: a one-line message and exit code, no traceback.

Exit codes (README, "退出码"): 0 done; 1 the work failed (a PDF could not be
written, a batch had failed briefs, a check found problems); 2 bad input or
usage (unknown region, template or option, a file that cannot be read).
"""

from __future__ import annotations

import click

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


class ReporterError(click.ClickException):
    """An error in what the user gave, which they can fix; shown as one line."""

    exit_code = EXIT_BAD_INPUT


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
