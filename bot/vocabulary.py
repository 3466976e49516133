"""The bot's fixed vocabularies, one home each, read from content/:

- the situations: the keys of content/situaties.yml (their labels and kinds are in bot.content);
- the kinds of situation, the crisis kinds, the Dutch weekday and month names:
  content/woordenlijst.yml.

Read once per process (at import); a file that is missing a list or has the wrong number of
days or months stops the start with a VocabularyError naming it. domain/ repeats some of
these names (slot values, intents): tests/unit/test_vocabulary.py checks they agree.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import yaml

from bot.settings import PROJECT_ROOT

CONTENT_DIR = PROJECT_ROOT / "content"
SITUATIONS_FILE = CONTENT_DIR / "situaties.yml"
WORDS_FILE = CONTENT_DIR / "woordenlijst.yml"


class VocabularyError(ValueError):
    """A vocabulary file cannot be used; the message names the file and the list."""


def _mapping(path: Path) -> Mapping:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise VocabularyError(f"{path}: cannot read: {exc}") from exc
    if not isinstance(data, Mapping):
        raise VocabularyError(f"{path}: expected a mapping at the top")
    return data


def _names(data: Mapping, key: str, path: Path, length: int | None = None) -> tuple[str, ...]:
    value = data.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise VocabularyError(f"{path}: {key} must be a list of names")
    if len(set(value)) != len(value):
        raise VocabularyError(f"{path}: {key} names one twice")
    if length is not None and len(value) != length:
        raise VocabularyError(f"{path}: {key} must have {length} names, has {len(value)}")
    return tuple(value)


def load_situations(path: Path = SITUATIONS_FILE) -> tuple[str, ...]:
    return tuple(str(key) for key in _mapping(path))


def load_words(path: Path = WORDS_FILE) -> dict[str, tuple[str, ...]]:
    data = _mapping(path)
    return {"soorten": _names(data, "soorten", path), "crisis_soorten": _names(data, "crisis_soorten", path),
            "weekdagen": _names(data, "weekdagen", path, 7), "maanden": _names(data, "maanden", path, 12)}


_WORDS = load_words()

# The situation intents, in the order of content/situaties.yml.
SITUATIONS: tuple[str, ...] = load_situations()
# The kinds of situation (situaties.yml's soort): omgangsvormen, integriteit, buiten_vp_taak.
SITUATION_KINDS: tuple[str, ...] = _WORDS["soorten"]
# The crisis answers (slot crisis_soort, besides "check").
CRISIS_KINDS: tuple[str, ...] = _WORDS["crisis_soorten"]
# Dutch names, Monday first (date.weekday()) and January first (date.month - 1).
WEEKDAYS: tuple[str, ...] = _WORDS["weekdagen"]
MONTHS: tuple[str, ...] = _WORDS["maanden"]
# The kind of a work problem outside the counsellor's task (appraisal, reorganisation); its one
# situation has the same name. The code treats it apart, so the word list must hold it.
OUTSIDE_TASK = "buiten_vp_taak"
if OUTSIDE_TASK not in SITUATION_KINDS:
    raise VocabularyError(f"{WORDS_FILE}: soorten must hold {OUTSIDE_TASK}")
