"""The domain is a folder, domain/, one file per topic. Rasa merges the files (keeping the first of a
name defined twice, with only a warning), so the rules of the split are checked here: each name is
defined in one file, every file is a valid domain file of the same format, everything the rules,
stories and actions name exists, and bot.domain_files merges the folder as Rasa does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.domain_files import domain_files, duplicates, load_domain

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = load_domain(ROOT)
# "utter_action" is the metadata key of a bot event in actions/, not a response.
NOT_RESPONSES = {"utter_action"}


def _names(items: list) -> set[str]:
    return {next(iter(item)) if isinstance(item, dict) else item for item in items}


def _steps(node: object, key: str) -> set[str]:
    """Every value of `key` (action, intent, active_loop) anywhere in stories or rules."""
    if isinstance(node, dict):
        found = {node[key]} if isinstance(node.get(key), str) else set()
        return found.union(*(_steps(value, key) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(_steps(item, key) for item in node))
    return set()


def _dialogue() -> list:
    documents = []
    for path in sorted([*(ROOT / "data" / "rules").glob("*.yml"), *(ROOT / "data" / "stories").glob("*.yml")]):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        documents += [data.get("rules") or [], data.get("stories") or []]
    return documents


def _sent_by_code() -> set[str]:
    names = set()
    for path in [*(ROOT / "actions").glob("*.py"), *(ROOT / "bot").rglob("*.py")]:
        names.update(re.findall(r"[\"'](utter_[a-z0-9_]+)[\"']", path.read_text(encoding="utf-8")))
    return names - NOT_RESPONSES


def test_the_domain_is_a_folder_of_topic_files():
    assert not (ROOT / "domain.yml").exists(), "the domain lives in domain/; Rasa would not merge both"
    files = domain_files(ROOT)
    assert len(files) > 5
    for path in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert data.get("version") == "3.1", path.name


def test_no_name_is_defined_in_two_files():
    assert duplicates(ROOT) == {}


def test_duplicates_finds_a_name_defined_twice(tmp_path):
    (tmp_path / "domain").mkdir()
    (tmp_path / "domain" / "a.yml").write_text('version: "3.1"\nintents: [groet]\nresponses:\n  utter_x: [{text: a}]\n')
    (tmp_path / "domain" / "b.yml").write_text('version: "3.1"\nintents: [groet]\nresponses:\n  utter_x: [{text: b}]\n')
    assert duplicates(tmp_path) == {"intents:groet": ["a.yml", "b.yml"], "responses:utter_x": ["a.yml", "b.yml"]}


def test_every_response_the_dialogue_and_the_code_name_exists():
    named = {name for name in _steps(_dialogue(), "action") if name.startswith("utter_")}
    missing = sorted((named | _sent_by_code()) - set(DOMAIN["responses"]))
    # FAQ answers (utter_faq/...) are retrieval responses in data/nlu/faq.yml, not in the domain
    assert [name for name in missing if not name.startswith("utter_faq")] == []
    assert "utter_begroeting" in named and "utter_uitleg_vp_soort" in _sent_by_code()


def test_every_action_intent_and_form_the_dialogue_names_exists():
    actions = {name for name in _steps(_dialogue(), "action") if not name.startswith("utter_")}
    known = _names(DOMAIN["actions"]) | set(DOMAIN["forms"])
    rasa_defaults = {"action_listen", "action_restart", "action_deactivate_loop", "action_back",
                     "action_two_stage_fallback", "action_default_fallback", "action_unlikely_intent"}
    assert sorted(actions - known - rasa_defaults) == []
    assert sorted(_steps(_dialogue(), "intent") - _names(DOMAIN["intents"]) - {"nlu_fallback"}) == []
    loops = _steps(_dialogue(), "active_loop") - {"null", None}
    assert sorted(loops - set(DOMAIN["forms"]) - {"action_two_stage_fallback"}) == []


def test_the_code_form_ignores_the_same_intents_as_the_booking_form():
    """A YAML anchor cannot cross files: afspraak_beheer.yml writes the list out again."""
    def not_intent(slot: str) -> list[str]:
        return next(m["not_intent"] for m in DOMAIN["slots"][slot]["mappings"] if m["type"] == "from_text")

    assert not_intent("code_invoer") == not_intent("vp_soort")
    for slot in ("tijd_wens", "gekozen_tijd", "ontmoetingsvorm", "bereikbaar", "contactgegeven"):
        assert not_intent(slot) == not_intent("vp_soort"), slot


@pytest.mark.filterwarnings("ignore")
def test_bot_domain_files_merges_the_folder_as_rasa_does():
    from rasa.shared.core.domain import Domain

    rasa_domain = Domain.load(str(ROOT / "domain")).as_dict()
    assert _names(rasa_domain["intents"]) == _names(DOMAIN["intents"])
    assert set(rasa_domain["entities"]) == _names(DOMAIN["entities"])
    assert set(rasa_domain["actions"]) == _names(DOMAIN["actions"])
    assert rasa_domain["responses"] == DOMAIN["responses"]
    assert rasa_domain["forms"] == DOMAIN["forms"]
    assert set(rasa_domain["slots"]) == set(DOMAIN["slots"])
    assert rasa_domain["session_config"]["session_expiration_time"] == DOMAIN["session_config"][
        "session_expiration_time"]
    assert rasa_domain["session_config"]["carry_over_slots_to_new_session"] is DOMAIN["session_config"][
        "carry_over_slots_to_new_session"]
