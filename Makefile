# Two entry points (README): `make demo` runs the main job, `make test` runs the tests.
# Both set everything up on a fresh machine (virtualenv, package, system services).
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= rasd.db

.PHONY: demo test system-deps score clean

$(BIN)/rasd: pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

demo: $(BIN)/rasd
	$(BIN)/python examples/to_jsonl.py > examples.jsonl
	$(BIN)/rasd ingest examples.jsonl --db $(DB)
	$(BIN)/rasd events --db $(DB) --format table
	$(BIN)/rasd stats --db $(DB)

system-deps:
	.ci/system-deps.sh

test: $(BIN)/rasd system-deps
	eval "$$(.ci/start-postgres.sh || true)"; $(BIN)/pytest -q

score: $(BIN)/rasd
	python3 ../shared/eval/score.py --gold ../shared/eval/dev --cmd '$(BIN)/rasd extract {text} --date {date} --format json'

clean:
	rm -rf $(VENV) build *.egg-info test-output $(DB) examples.jsonl
