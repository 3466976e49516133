"""One home for the situations, crisis kinds and Dutch day and month names (bot/vocabulary.py,
read from content/); the domain (domain/), which Rasa reads and cannot import them, must repeat them exactly."""

import datetime as dt
import json

import pytest

from bot import content, vocabulary
from bot.booking.counsellors import WEEKDAYS as COUNSELLOR_DAYS
from bot.booking.notices import format_period
from bot.dialogue import situations
from bot.domain_files import load_domain
from bot.nlu.evaluation import SITUATION_INTENTS
from bot.scheduling.dutch_dates import format_date_nl, format_slot_nl
from bot.settings import PROJECT_ROOT


def _domain() -> dict:
    """The files of domain/ merged (as Rasa merges them)."""
    return load_domain(PROJECT_ROOT)


def test_the_situations_are_the_keys_of_situaties_yml():
    assert vocabulary.SITUATIONS == tuple(content.situaties())
    assert {s.soort for s in content.situaties().values()} == set(vocabulary.SITUATION_KINDS)


def test_the_domain_names_the_same_situations():
    domain = _domain()
    intents = {i if isinstance(i, str) else next(iter(i)) for i in domain["intents"]}
    assert set(vocabulary.SITUATIONS) <= intents
    assert tuple(domain["slots"]["situatie"]["values"]) == vocabulary.SITUATIONS
    buttons = [b["payload"] for variant in domain["responses"]["utter_kies_situatie"] for b in variant["buttons"]]
    picked = [json.loads(p.removeprefix("/kies_situatie").replace("{{", "{").replace("}}", "}"))["situatie"]
              for p in buttons if p.startswith("/kies_situatie")]
    assert tuple(picked) == vocabulary.SITUATIONS


def test_the_domain_names_the_same_crisis_kinds():
    # besides the kinds: "check" (the gentle check), "veiligheid" (the check about safety after a
    # threat), "bang_komst" (afraid that the one who threatened comes), "gaat_goed" (a fine to the
    # check), "vervolg" (a follow-up to a crisis answer, for one step: bot.dialogue.crisis.VERVOLG) and
    # "hulp_bij_jou" (help with the writer now: bot.dialogue.crisis.HULP_BIJ_JOU), none of them a crisis
    # answer a category leads to
    assert set(_domain()["slots"]["crisis_soort"]["values"]) == {*vocabulary.CRISIS_KINDS, "check", "vervolg",
                                                                  "veiligheid", "gaat_goed", "bang_komst",
                                                                  "hulp_bij_jou"}
    assert situations.CRISIS_SOORTEN == vocabulary.CRISIS_KINDS
    from_categories = {situations.crisis_soort(c) for c in (None, "zelfmoord", "zelfbeschadiging", "geweld",
                                                            "seksueel_geweld")}
    assert from_categories == set(vocabulary.CRISIS_KINDS) - {"acuut", "zorgen_ander"}
    # "acuut" is not a kind of crisis but a moment, "zorgen_ander" a perspective (a crisis in
    # someone else): bot/dialogue/crisis.py and bot/dialogue/perspective.py decide them.


def test_the_evaluation_scores_the_situations_crisis_and_booking():
    assert SITUATION_INTENTS == (*vocabulary.SITUATIONS, "crisis", "afspraak_maken")


def test_day_names_are_read_once_and_used_everywhere():
    assert vocabulary.WEEKDAYS[0] == "maandag" and len(vocabulary.MONTHS) == 12
    assert all(COUNSELLOR_DAYS[name] == i for i, name in enumerate(vocabulary.WEEKDAYS))
    tuesday = dt.date(2027, 3, 2)
    assert format_date_nl(tuesday) == "dinsdag 2 maart"
    assert format_date_nl(tuesday, with_year=True) == "dinsdag 2 maart 2027"
    start = dt.datetime(2027, 3, 2, 9, 0, tzinfo=dt.timezone.utc)  # 10:00 in Amsterdam
    assert format_slot_nl(start) == "dinsdag 2 maart om 10:00"
    assert format_period(start, start + dt.timedelta(minutes=45)) == "dinsdag 2 maart 2027, 10:00-10:45 uur"


@pytest.mark.parametrize(("text", "message"), [
    ("soorten: [a]\ncrisis_soorten: [b]\nweekdagen: [ma, di]\nmaanden: [x]\n", "weekdagen must have 7"),
    ("soorten: [a, a]\n", "soorten names one twice"),
    ("- a\n", "mapping"),
])
def test_a_broken_word_list_is_named(tmp_path, text, message):
    path = tmp_path / "woordenlijst.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(vocabulary.VocabularyError, match=message):
        vocabulary.load_words(path)
