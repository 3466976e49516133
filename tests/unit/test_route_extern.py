"""The outside-help answer (utter_route, route "extern") fits the kind of matter (fourth stranger
test, c07, c20, c25, c27): discrimination leads with the College voor de Rechten van de Mens,
unwanted behaviour gets no whistleblower text, integrity gets the Huis voor Klokkenluiders; and
every form says truthfully what the person's manager hears ("zonder dat mijn baas het weet")."""

from __future__ import annotations

import pytest

from tests.texts import response_variants

OMGANG = ("pesten", "seksuele_intimidatie", "intimidatie", "agressie_geweld", "discriminatie")
INTEGRITEIT = ("fraude", "diefstal", "machtsmisbruik", "nevenwerkzaamheden", "maatschappelijke_misstand")
SOORT = {**{s: "omgangsvormen" for s in OMGANG}, **{s: "integriteit" for s in INTEGRITEIT},
         "buiten_vp_taak": "buiten_vp_taak", None: None}


def rasa_picks(name: str, slots: dict) -> list[str]:
    """The texts Rasa may say for these slots: the conditional variants that all match, else
    the variants without a condition."""
    variants = response_variants(name)
    matching = [v for v in variants if v.get("condition")
                and all(slots.get(c["name"]) == c["value"] for c in v["condition"])]
    return [" ".join(v["text"].split()) for v in (matching or [v for v in variants if not v.get("condition")])]


def extern(situatie):
    return rasa_picks("utter_route", {"route": "extern", "situatie": situatie, "soort": SOORT[situatie]})


@pytest.mark.parametrize("situatie", list(SOORT))
def test_every_matter_gets_one_outside_answer_naming_outside_bodies(situatie):
    texts = extern(situatie)
    assert len(texts) == 1
    assert "Vertel me gerust eerst" not in texts[0]
    assert any(number in texts[0] for number in ("{mensenrechten_nummer}", "{klokkenluiders_nummer}",
                                                 "{politie_geen_spoed_nummer}", "{juridisch_loket_nummer}"))


def test_discrimination_leads_with_the_college():
    text = extern("discriminatie")[0]
    first_body = min(text.find(body) for body in ("College voor de Rechten van de Mens",))
    others = [text.find(b) for b in ("politie", "Slachtofferhulp", "Arbeidsinspectie", "Juridisch Loket")]
    assert first_body >= 0 and all(i == -1 or first_body < i for i in others)


@pytest.mark.parametrize("situatie", ["pesten", "seksuele_intimidatie", "intimidatie", "agressie_geweld",
                                      "discriminatie"])
def test_unwanted_behaviour_gets_no_whistleblower_route(situatie):
    text = extern(situatie)[0]
    assert "Klokkenluiders" not in text and "misstand" not in text


@pytest.mark.parametrize("situatie", INTEGRITEIT)
def test_integrity_gets_the_huis_voor_klokkenluiders(situatie):
    assert "Huis voor Klokkenluiders" in extern(situatie)[0]


@pytest.mark.parametrize("situatie", list(SOORT))
def test_every_outside_answer_says_the_manager_hears_nothing_without_consent(situatie):
    text = extern(situatie)[0]
    assert "leidinggevende" in text and "toestemming" in text


@pytest.mark.parametrize("soort", ["omgangsvormen", "integriteit", "buiten_vp_taak", None])
def test_without_a_situation_the_kind_still_gives_outside_bodies(soort):
    texts = rasa_picks("utter_route", {"route": "extern", "situatie": None, "soort": soort})
    assert len(texts) == 1 and "Vertel me gerust eerst" not in texts[0]
