# Conveniences over the scripts; the README's two commands need no make.
PY := .venv/bin/python

.PHONY: setup test test-fast bench bench-accuracy lint train
setup:
	bash scripts/setup.sh
test:
	bash scripts/test.sh
test-fast:
	bash scripts/test.sh -m fast -q
lint:
	.venv/bin/ruff check reporter tests bench && .venv/bin/ruff format --check reporter tests bench && .venv/bin/mypy
bench-accuracy:
	$(PY) bench/accuracy.py --write
bench:
	$(PY) bench/run.py
# Retrain the home-region model, then the attribution model (which reads the homes), on the dev
# corpus; each prints its out-of-fold scores first.
train:
	$(PY) -m pip install -q --disable-pip-version-check --no-build-isolation -e '.[train]'
	$(PY) bench/train_home.py --write
	$(PY) bench/train_attribution.py --write
