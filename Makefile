# Two commands matter: `make run` (talk to the bot) and `make test` (everything CI checks).
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV   := .venv
PY     := $(VENV)/bin/python
RASA   := $(VENV)/bin/rasa
MODEL  := models/current.tar.gz
SPACY  := build/spacy-nl/meta.json

# Quiet, safe, repeatable defaults for every command started from here.
export PYTHONPATH := $(CURDIR)
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 3
export TF_ENABLE_ONEDNN_OPTS := 0
export PYTHONHASHSEED := 0
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export PYTHONWARNINGS := ignore::DeprecationWarning

TRAIN_INPUTS := config.yml $(wildcard domain/*.yml) $(shell find data -type f -name '*.yml' 2>/dev/null) \
                $(wildcard bot/nlu/*.py) $(SPACY)

.PHONY: help run cluster test setup train db shell evaluate benchmark benchmark-hostile bench lock clean texts
help:
	@echo "make run    - install, train if needed, start the bot on http://127.0.0.1:5005"
	@echo "make test   - install, train if needed, run every check (what CI runs)"

$(VENV)/.installed: requirements.lock scripts/setup-venv.sh scripts/find-python.sh
	@scripts/setup-venv.sh
	@touch $@

setup: $(VENV)/.installed $(SPACY)

$(SPACY): $(VENV)/.installed bot/nlu/spacy_base.py
	@echo "==> building the Dutch spaCy base ($(dir $@))"
	@SECONDS=0; $(PY) -m bot spacy build build/spacy-nl && echo "    spaCy base built in $${SECONDS} s"

# Trains only when data, config, domain or our NLU code changed (make compares timestamps).
# (Embedding with two threads in training was tried on 2026-12-07: 640 examples 9.9 s -> 5.4 s, but the
# whole training 615 s -> 632 s on an idle machine; the two logistic regressions take most of it. Not kept.)
$(MODEL): $(TRAIN_INPUTS) | $(VENV)/.installed
	@echo "==> training the model (data, config or domain changed)"
	@SECONDS=0; $(RASA) train --config $$(scripts/select-config.sh) --domain domain --fixed-model-name current --out models --quiet \
	  && echo "    trained in $${SECONDS} s"

train: $(MODEL)

# Migrates the database, then makes the counsellors table match counsellors.yml (or, when that
# file does not exist, counsellors.example.yml; BOT_COUNSELLORS_FILE overrides both).
db: $(VENV)/.installed
	@$(PY) -m bot db upgrade
	@$(PY) -m bot counsellors sync

run: setup train db
	@scripts/run.sh

# The bot as deploy/ installs it, on this machine: nginx in front of BOT_CLUSTER_SERVERS (2) Rasa
# servers, the action server, Redis and a throw-away PostgreSQL database (scripts/cluster.sh).
cluster: setup train
	@scripts/cluster.sh

# The action server of `make run` answers only with its secret: start both with the same
# BOT_ACTIONS_SECRET (export it in both terminals) to use the booking in the shell.
shell: setup train
	@if [ -z "$${BOT_ACTIONS_SECRET:-}" ]; then \
	  echo "note: BOT_ACTIONS_SECRET is not set; the action server will refuse this shell (see README)"; \
	  export BOT_ACTIONS_SECRET=unset-so-refused; fi; \
	$(RASA) shell -m $(MODEL) --endpoints endpoints.yml

test: setup train db
	@scripts/test.sh

evaluate: setup
	@$(PY) scripts/evaluate_pipelines.py

# Model load time and parse latency of the trained bot (results/benchmark.json).
benchmark: setup train
	@$(PY) scripts/benchmark_parse.py

# Worst parse time of hostile 2,000-character messages (results/benchmark_hostile_2000.json);
# CHARS=10000 for another length.
benchmark-hostile: setup train
	@$(PY) scripts/benchmark_hostile.py --chars $(or $(CHARS),2000)

# Our bot (as `make run` starts it) against a stock `rasa init` bot under 1, 8 and 32 concurrent
# conversations over REST, interleaved; writes docs/performance.md (QUICK=1: a short smoke run to
# results/bench-quick.md). The stock model is trained once and cached in build/bench-stock/.
bench: setup train
	@nice -n 5 $(PY) scripts/bench.py $(if $(QUICK),--quick)

lock:
	@scripts/lock.sh

# docs/texts.md: every sentence the bot can say, from domain/, data/nlu and content/ (a test
# fails while it is out of date).
texts: $(VENV)/.installed
	@$(PY) scripts/texts_doc.py

clean:
	rm -rf build models results var .rasa
