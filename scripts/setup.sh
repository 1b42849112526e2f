#!/usr/bin/env bash
# Set up reporter on a Debian machine that has Python 3.11, then write the default brief.
#   bash scripts/setup.sh             # set up and write output/西双版纳州-对标-松江区.pdf
#   bash scripts/setup.sh --no-brief  # set up only (used by scripts/test.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages: CJK fonts, fast font subsetting for WeasyPrint (without
# libharfbuzz-subset0 a brief takes 30x longer), Pango, poppler and Chromium for the tests.
need=()
have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }
fc-list 2>/dev/null | grep -q "Noto Serif CJK SC" || need+=(fonts-noto-cjk)
have_lib libharfbuzz-subset.so.0 || need+=(libharfbuzz-subset0)
have_lib libpango-1.0.so.0 || need+=(libpango-1.0-0 libpangoft2-1.0-0)
command -v fc-list >/dev/null || need+=(fontconfig)
command -v pdftotext >/dev/null || need+=(poppler-utils)
# Headless Chromium: the tests check that the HTML brief renders in a browser.
command -v chromium >/dev/null || need+=(chromium)
python3 -c "import ensurepip, venv" 2>/dev/null || need+=(python3-venv)
if [ ${#need[@]} -gt 0 ]; then
  echo "==> apt-get install ${need[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# Python environment with pinned dependencies.
if [ ! -x .venv/bin/python ]; then
  echo "==> python3 -m venv .venv"
  python3 -m venv .venv
fi
echo "==> pip install -r requirements.lock"
.venv/bin/python -m pip install -q --disable-pip-version-check -r requirements.lock
.venv/bin/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .

if [ "${1:-}" != "--no-brief" ]; then
  echo "==> reporter brief --target 西双版纳州 --benchmark 松江区"
  .venv/bin/reporter brief --target 西双版纳州 --benchmark 松江区
fi
