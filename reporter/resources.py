"""Where the built-in templates, the seed corpus and the data files (reporter/data/) are.

In the source tree they are the top-level `templates/` and `seeds/` folders; the
wheel ships them inside the package (pyproject.toml force-includes them as
`reporter/templates` and `reporter/seeds`), so an installed reporter finds them
with importlib.resources wherever it is run from.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent


def shipped_folder(name: str) -> Path:
    """The packaged folder `name` when installed from a wheel, else the checkout's."""
    packaged = resources.files("reporter") / name
    if packaged.is_dir():
        return Path(str(packaged))
    return CHECKOUT / name


BUILTIN_TEMPLATES = shipped_folder("templates")
SEED_CORPUS = shipped_folder("seeds")


def data_file(name: str) -> str:
    return resources.files("reporter.data").joinpath(name).read_text(encoding="utf-8")


def data_lines(name: str) -> tuple[str, ...]:
    """The entries of a one-a-line data file, without blank lines and # comments."""
    lines = data_file(name).splitlines()
    return tuple(w.strip() for w in lines if w.strip() and not w.startswith("#"))
