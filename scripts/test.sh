#!/usr/bin/env bash
# Run lint, type checks and the whole test suite (sets up first when needed). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/pytest ] && [ -x .venv/bin/mypy ] || bash scripts/setup.sh --no-brief
.venv/bin/ruff check reporter tests bench
.venv/bin/ruff format --check reporter tests bench
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
