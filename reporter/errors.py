"""One error base that click can show: a one-line message and exit code, no traceback."""

from __future__ import annotations

import click


class ReporterError(click.ClickException):
    """An error the user can cause and fix; shown as one line."""

    exit_code = 1


class IngestError(ReporterError):
    """A document could not be read."""


class RegionError(ReporterError):
    """A region name could not be resolved."""

    exit_code = 2


class TemplateError(ReporterError):
    """A template could not be found, parsed or rendered."""


class RenderError(ReporterError):
    """HTML or PDF output could not be produced."""


class BatchError(ReporterError):
    """A batch file is invalid."""
