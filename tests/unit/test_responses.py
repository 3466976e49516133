"""Every response the bot can say (domain/ and the FAQ answers in data/nlu/), checked for the
Rasa and content traps that reviews found: overlapping conditional variants (Rasa picks one at
random among all that match), placeholders that no slot fills, and help numbers typed into a text
instead of coming from content/hulplijnen.yml."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot import content
from bot.domain_files import load_domain
from bot.response_checks import load_responses, overlapping_variants

ROOT = Path(__file__).resolve().parents[2]


DOMAIN = load_domain(ROOT)
RESPONSES = load_responses(ROOT)
SLOTS = set(DOMAIN["slots"])


def _conditions(variant: dict) -> dict[str, object]:
    return {c["name"]: c["value"] for c in variant.get("condition") or []}


def test_no_two_conditional_variants_can_match_together():
    assert overlapping_variants(RESPONSES) == []


def test_the_variant_check_finds_a_clash_and_lets_exclusive_variants_pass():
    """The anonymous in-person confirmation that said "via None": one variant on the way of
    meeting only, one on the contact only; both match an anonymous in-person booking."""
    def variant(**slots):
        return {"text": "x", "condition": [{"type": "slot", "name": k, "value": v} for k, v in slots.items()]}

    clash = {"utter_bevestiging": [variant(ontmoetingsvorm="fysiek"), variant(bereikbaar="email")]}
    assert len(overlapping_variants(clash)) == 1
    exclusive = {"utter_bevestiging": [variant(ontmoetingsvorm="fysiek", bereikbaar="email"),
                                       variant(ontmoetingsvorm="fysiek", bereikbaar="anoniem")]}
    assert overlapping_variants(exclusive) == []
    per_channel = {"utter_x": [dict(variant(a=1), channel="slack"), dict(variant(a=1), channel="teams")]}
    assert overlapping_variants(per_channel) == []


def test_condition_values_are_values_of_their_slot():
    for name, variants in RESPONSES.items():
        for cond in (_conditions(v) for v in variants):
            for slot, value in cond.items():
                allowed = DOMAIN["slots"][slot].get("values")
                if allowed is not None and value is not None:
                    assert value in allowed, f"{name}: {slot} has no value {value!r}"


def test_every_placeholder_is_a_slot():
    for name, variants in RESPONSES.items():
        for variant in variants:
            text = variant.get("text") or ""
            # {{ }} in button payloads and {intent}/{label}/{vp_overzicht} that actions pass are not slots.
            names = set(re.findall(r"(?<!\{)\{([a-z_]+)\}(?!\})", text)) - {"intent", "label", "vp_overzicht"}
            assert names <= SLOTS, f"{name}: {sorted(names - SLOTS)} are no slots"


def test_every_help_number_comes_from_content():
    """A phone number typed into a response would escape the organisation's check."""
    number = re.compile(r"\b(?:0[0-9]{2,3}|1[0-9]{2})[- ]?[0-9]{2,}|\b112\b|\b113\b|#3[01]#")
    example_only = {"utter_telefoon_ongeldig"}  # shows how to write one's own number
    for name, variants in RESPONSES.items():
        if name in example_only:
            continue
        for variant in variants:
            assert not number.search(variant.get("text") or ""), name


def _texts(name: str, **slots) -> list[str]:
    """The texts Rasa chooses from for these slot values: the conditional variants that match
    (a slot not given is None), else the variants without a condition."""
    variants = RESPONSES[name]
    matching = [v for v in variants if v.get("condition")
                and all(slots.get(k) == value for k, value in _conditions(v).items())]
    return [v["text"] for v in matching or [v for v in variants if not v.get("condition")]]


@pytest.mark.parametrize("soort", ["omgangsvormen", "buiten_vp_taak", None])
def test_the_complaint_route_names_its_consequences_before_the_choice(soort):
    (text,) = _texts("utter_route", route="formeel", soort=soort)
    assert "{klacht_gevolgen}" in text
    assert content.uitleg()["klacht_gevolgen"]  # what the slot is filled with (session start)


def test_the_integrity_report_route_names_its_consequences_before_the_choice():
    (text,) = _texts("utter_route", route="formeel", soort="integriteit")
    assert "{melding_gevolgen}" in text
    assert "{klacht_gevolgen}" in RESPONSES["utter_faq/formele_klacht"][0]["text"]
    assert "{melding_gevolgen}" in RESPONSES["utter_faq/melding_integriteit"][0]["text"]


def test_the_external_routes_name_every_route_in_content_with_its_number():
    named = " ".join(_texts("utter_route", route="extern", soort="omgangsvormen")
                     + _texts("utter_route", route="extern", soort="integriteit"))
    for route in ("slachtofferhulp", "klokkenluiders", "politie_geen_spoed", "arbeidsinspectie",
                  "mensenrechten", "juridisch_loket"):
        assert "{" + route + "_nummer}" in named, route
    assert "vakbond" in named


def test_the_storage_answers_come_from_the_configuration():
    assert "{opslag_kort}" in RESPONSES["utter_privacy_kort"][0]["text"]
    answer = RESPONSES["utter_faq/wat_bewaart_bot"][0]["text"]
    assert "{opslag_gesprek}" in answer and "{opslag_logs}" in answer


def test_the_facts_to_verify_in_the_readme_list_every_route_and_number():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Facts to verify before going live", 1)[1].split("\n## ", 1)[0]
    for name, fields in content.hulplijnen().items():
        for field in ("naam", "nummer", "gratis_nummer", "chat", "code"):
            if field in fields:
                assert fields[field] in section, f"{name}.{field}"


# Stopping or leaving while a crisis is going on (stranger test C16: "nee gewoon. laat maar" got
# a plain "we stoppen hier"): a goodbye that names the help for that crisis.
HELP_FOR_CRISIS = {
    "zelfmoord": "{zelfmoordpreventie_nummer}", "acuut": "{spoed_nummer}", "geweld": "{spoed_nummer}",
    "seksueel_geweld": "{seksueel_geweld_nummer}", "zorgen_ander": "{zelfmoordpreventie_gratis_nummer}",
    "algemeen": "{spoed_nummer}",
}


@pytest.mark.parametrize("response", ["utter_gestopt", "utter_afscheid"])
@pytest.mark.parametrize("soort, number", HELP_FOR_CRISIS.items())
def test_stopping_in_a_crisis_keeps_its_help_in_view(response, soort, number):
    texts = [v["text"] for v in RESPONSES[response]
             if _conditions(v) == {"crisis_actief": True, "hulplijn_geweigerd": False, "crisis_soort": soort}]
    assert len(texts) == 1 and number in texts[0] and "terugkomen" in texts[0], (response, soort)


@pytest.mark.parametrize("response", ["utter_gestopt", "utter_afscheid"])
def test_stopping_after_the_help_lines_were_refused_names_none(response):
    """Twentieth stranger test C c08: "stop met die nummers", then "laat maar" got the centre and 112 again."""
    texts = [v["text"] for v in RESPONSES[response]
             if _conditions(v) == {"crisis_actief": True, "hulplijn_geweigerd": True}]
    assert len(texts) == 1 and "nummer" not in texts[0] and "terugkomen" in texts[0]


def test_every_crisis_kind_has_a_goodbye():
    from bot.vocabulary import CRISIS_KINDS

    assert set(HELP_FOR_CRISIS) == set(CRISIS_KINDS)


def test_the_integrity_acknowledgement_names_the_situation_not_fraud_for_every_kind():
    """Fourth stranger test c25: a factory dumping solvents (a misstand) was acknowledged with
    "a suspicion of, for example, fraud or misuse". The variant for integrity names the situation."""
    from tests.texts import response_variants

    integrity = [v for v in response_variants("utter_situatie_erkend")
                 if {"type": "slot", "name": "soort", "value": "integriteit"} in (v.get("condition") or [])]
    assert len(integrity) == 1
    assert "{situatie_label}" in integrity[0]["text"] and "fraude" not in integrity[0]["text"]
