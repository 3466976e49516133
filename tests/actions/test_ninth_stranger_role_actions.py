"""Ninth stranger test (roles and perspective), with a real rasa_sdk Tracker and
CollectingDispatcher: c11 the accused asking whether to go and talk it out with the colleague who
complained got the witness text; c10 a manager who heard a complaint was treated as the accused;
c09 a witness was told "Het gaat om jou"."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import actions as a
from tests import texts
from tests.actions.domain import DOMAIN


def _tracker(text, intent, slots=None, extra=None):
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.7}, "entities": [], **(extra or {})}
    return Tracker("rollen9", dict(slots or {}), latest, [], False, None, {}, "action_listen")


def _run(action, trk):
    dispatcher = CollectingDispatcher()
    events = action.run(dispatcher, trk, DOMAIN)
    return [m["response"] for m in dispatcher.messages], {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def _faq_chosen(key):
    return {"rol_vraag_van": "faq",
            "response_selector": {"faq": {"response": {"intent_response_key": f"faq/{key}",
                                                       "utter_action": f"utter_faq/{key}"}}}}


def test_the_accused_asking_to_talk_it_out_gets_the_answer_for_the_accused():
    # c11, in other words
    messages, _ = _run(a.ActionBeantwoordRolvraag(),
                       _tracker("mag ik gewoon naar haar toe om het uit te praten?", "rol_vraag",
                                {"rol": "beschuldigd", "situatie": "seksuele_intimidatie", "soort": "omgangsvormen"}))
    assert messages == ["utter_rolvraag_beschuldigd_contact"]


def test_the_accused_does_not_get_the_witness_answer_the_classifier_chose():
    # c11: "... die collega zelf zeggen ..." went straight to faq/getuige_vertellen
    messages, _ = _run(a.ActionBeantwoordRolvraag(),
                       _tracker("moet ik die collega zelf zeggen dat het niet zo bedoeld was?", "rol_vraag",
                                {"rol": "beschuldigd"}, _faq_chosen("getuige_vertellen")))
    assert messages == ["utter_rolvraag_beschuldigd_contact"]


def test_the_accused_does_not_get_the_victims_answer_on_addressing_the_other():
    messages, _ = _run(a.ActionBeantwoordRolvraag(),
                       _tracker("ik wil het gewoon uitpraten met hem, kan dat?", "rol_vraag",
                                {"rol": "beschuldigd"}, _faq_chosen("zelf_aanspreken")))
    assert messages == ["utter_rolvraag_beschuldigd_contact"]


def test_saying_you_are_accused_and_asking_in_one_message():
    messages, slots = _run(a.ActionBeantwoordRolvraag(),
                           _tracker("ze beschuldigt me van betasten. zal ik haar een appje sturen om het uit "
                                    "te leggen?", "rol_vraag"))
    assert messages == ["utter_beschuldigd", "utter_rolvraag_beschuldigd_contact"]
    assert slots == {"rol": "beschuldigd"}


def test_a_witness_still_gets_the_witness_answer():
    messages, _ = _run(a.ActionBeantwoordRolvraag(),
                       _tracker("moet ik die vrouwen dat vertellen?", "rol_vraag", {"rol": "getuige"},
                                _faq_chosen("getuige_vertellen")))
    assert messages == ["utter_faq/getuige_vertellen"]


def test_the_accused_read_as_a_witness_stays_the_accused():
    # ben_getuige ("het gaat om een collega") after he said he is the accused
    _, slots = _run(a.ActionBepaalRol(), _tracker("het gaat om een collega van de planning", "ben_getuige",
                                                  {"rol": "beschuldigd"}))
    assert slots == {}


def test_a_manager_read_as_accused_stays_the_manager():
    # c10
    _, slots = _run(a.ActionBepaalRol(), _tracker("ze heeft ook een klacht ingediend tegen die collega",
                                                  "ben_beschuldigd", {"rol": "leidinggevende"}))
    assert slots == {}
    assert texts.text("utter_beschuldigd", rol="leidinggevende").startswith("Ik lees dit als de klacht")
    assert not texts.text("utter_rol_erkend", rol="getuige").startswith("Dank je dat je het zegt. Het gaat om jou")
    assert "Het gaat om jou" not in texts.text("utter_rol_erkend", rol="beschuldigd")
    assert "Het gaat om jou" not in texts.text("utter_rol_erkend", rol="leidinggevende")


def test_a_manager_who_says_the_complaint_is_about_him_is_the_accused():
    _, slots = _run(a.ActionBepaalRol(), _tracker("en nu ligt er ook een klacht over mij", "ben_beschuldigd",
                                                  {"rol": "leidinggevende"}))
    assert slots == {"rol": "beschuldigd"}


def test_someone_read_as_accused_with_no_role_before_is_the_accused():
    _, slots = _run(a.ActionBepaalRol(), _tracker("er is over mij geklaagd", "ben_beschuldigd"))
    assert slots == {"rol": "beschuldigd"}


def test_a_witness_read_as_about_herself_stays_a_witness():
    # c09: "Het gaat om jou" to a witness
    _, slots = _run(a.ActionBepaalRol(), _tracker("ik vind het zelf ook heel naar om te zien", "ben_zelf_betrokken",
                                                  {"rol": "getuige"}))
    assert slots == {}


def test_a_witness_who_says_it_happens_to_her_too_is_about_herself():
    _, slots = _run(a.ActionBepaalRol(), _tracker("het gebeurt ook met mij", "ben_zelf_betrokken", {"rol": "getuige"}))
    assert slots == {"rol": "zelf"}


def test_about_oneself_with_no_role_before():
    _, slots = _run(a.ActionBepaalRol(), _tracker("het gaat om mij", "ben_zelf_betrokken"))
    assert slots == {"rol": "zelf"}


def test_a_witness_telling_more_of_what_she_saw_stays_a_witness():
    # c09: the story read as about the writer ("ik schrok me rot") turned her into the one it happened to
    _, slots = _run(a.ActionHerkenSituatie(),
                    _tracker("hij greep haar bij haar middel en ik schrok me rot, ik wist niet wat ik moest doen",
                             "seksuele_intimidatie", {"rol": "getuige"}))
    assert slots.get("rol") in (None, "getuige")


def test_a_manager_telling_what_the_team_member_said_stays_the_manager():
    # c10
    _, slots = _run(a.ActionHerkenSituatie(),
                    _tracker("ze vertelde me dat hij haar steeds uitscheldt waar iedereen bij is", "pesten",
                             {"rol": "leidinggevende"}))
    assert slots.get("rol") in (None, "leidinggevende")


def test_the_accused_telling_the_accusation_stays_the_accused():
    _, slots = _run(a.ActionHerkenSituatie(),
                    _tracker("ze zegt dat ik haar op het feest heb aangeraakt, maar dat is echt niet zo",
                             "seksuele_intimidatie", {"rol": "beschuldigd"}))
    assert slots.get("rol") in (None, "beschuldigd")
