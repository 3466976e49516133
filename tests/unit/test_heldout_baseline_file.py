"""scripts/evaluate_heldout.py: the baseline scored ahead (--baseline-only, in the background of
scripts/test.sh) is read only when it was made from the same inputs; otherwise it is scored again."""

from __future__ import annotations

import importlib
import json
import sys

import pytest

from bot.settings import PROJECT_ROOT


@pytest.fixture
def heldout(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(PROJECT_ROOT / "scripts"))
    module = importlib.import_module("evaluate_heldout")
    monkeypatch.setattr(module, "BASELINE_FILE", tmp_path / "baseline.json")
    monkeypatch.setattr(module, "BASELINE_ONLY", False)
    monkeypatch.setattr(module, "training_pairs", lambda: (["hij pest me", "ik zag fraude"], ["pesten", "fraude"]))
    fits = []
    monkeypatch.setattr(module, "_fit_baseline", lambda texts, labels, files: fits.append(1) or {"C": 10.0})
    yield module, fits
    sys.modules.pop("evaluate_heldout", None)


FILES = {"heldout.yml": [("mijn baas scheldt", "pesten")]}


def test_a_baseline_made_from_the_same_inputs_is_read_not_scored_again(heldout):
    module, fits = heldout
    assert module.baseline_scores(FILES) == {"C": 10.0} and len(fits) == 1  # scored and written
    assert module.baseline_scores(FILES) == {"C": 10.0} and len(fits) == 1  # read


def test_a_baseline_from_other_inputs_is_scored_again(heldout):
    module, fits = heldout
    module.BASELINE_FILE.write_text(json.dumps({"inputs": "other", "scores": {"C": 1.0}}), encoding="utf-8")
    assert module.baseline_scores(FILES) == {"C": 10.0} and len(fits) == 1
    other = {"heldout.yml": [("mijn baas scheldt", "intimidatie")]}  # a held-out label changed
    module.baseline_scores(other)
    assert len(fits) == 2


def test_a_broken_baseline_file_is_scored_again(heldout):
    module, fits = heldout
    module.BASELINE_FILE.write_text("{not json", encoding="utf-8")
    assert module.baseline_scores(FILES) == {"C": 10.0} and len(fits) == 1
