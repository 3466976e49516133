"""Side answers shared by the actions outside and inside the booking form."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from bot import content
from bot.booking import availability, routing
from bot.bootstrap import services
from bot.dialogue import questions, repeats, situations
from bot.nlu import language
from bot.privacy import storage


def last_bot_response(tracker: Tracker, skip: frozenset[str] = frozenset()) -> str | None:
    """The response name of the bot's last message (its utter_action), if any; messages whose
    response is in `skip` do not count."""
    for event in reversed(tracker.events or []):
        if event.get("event") == "bot":
            name = (event.get("metadata") or {}).get("utter_action")
            if name not in skip:
                return name
    return None


def values_set(tracker: Tracker, slot: str) -> set[str]:
    """Every value slot `slot` had in this conversation, the current one included."""
    seen = {e.get("value") for e in tracker.events or [] if e.get("event") == "slot" and e.get("name") == slot}
    return {v for v in seen | {tracker.get_slot(slot)} if isinstance(v, str)}


def name_counsellors(dispatcher: CollectingDispatcher) -> None:
    """The counsellors in the database, by name, kind and internal or external (the words from
    content/vertrouwenspersonen.yml); when none can be read, where to find them."""
    try:
        counsellors = availability.active_counsellors(services().sessions)
    except SQLAlchemyError:
        counsellors = []
    if not counsellors:
        dispatcher.utter_message(response="utter_vertrouwenspersonen_onbekend")
        return
    texts = content.vertrouwenspersonen()
    overview = routing.describe(counsellors, texts, texts["rollen"], content.ontmoetingsvormen(),
                                with_meeting_modes=False)
    dispatcher.utter_message(response="utter_vertrouwenspersonen_hier", vp_overzicht=overview)


def answer_other_questions(dispatcher: CollectingDispatcher, text: object, answered: str | None) -> list[str]:
    """A second (and third) question in the same message ("wie is de VP en kost het wat?") gets its
    own FAQ answer after the one already given; returns the keys answered."""
    extra = questions.other_questions(text, answered)
    for key in extra:
        dispatcher.utter_message(response=f"utter_faq/{key}")
        if key in repeats.NAMES_COUNSELLORS:
            name_counsellors(dispatcher)
    return extra


def english_matter_in_request(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> list[EventType]:
    """An English request to book that also tells what happened ("The shift lead keeps asking me
    out and says I will get more hours if I say yes. Can I book an appointment in English?",
    sixth stranger test c21): the matter is named back in English, and remembered, so that the
    booking goes to the counsellor of that kind. Nothing when no matter is named or one is known."""
    texts = content.engels()
    sit = situations.from_key(language.english_situation_cue(text))
    if sit is None or sit.key not in texts["situaties"] or tracker.get_slot("situatie"):
        return []
    dispatcher.utter_message(text=content.fill(texts["herkend"], {"situatie": texts["situaties"][sit.key]}))
    return [SlotSet("situatie", sit.key), SlotSet("situatie_label", sit.label), SlotSet("soort", sit.soort)]


def bot_said(events: list[dict] | None, *, response: str | None = None, text: str | None = None,
             within: bool = False) -> bool:
    """Whether the bot said something earlier in this session: the response named ``response``
    (utter_action in the event's metadata), or ``text``, exactly or (``within``) inside a message."""
    for event in reversed(events or []):
        kind = event.get("event") if isinstance(event, dict) else None
        if kind == "session_started":
            return False
        if kind != "bot":
            continue
        if response is not None and (event.get("metadata") or {}).get("utter_action") == response:
            return True
        said = event.get("text") or ""
        if text is not None and (text in said if within else said == text):
            return True
    return False


def english_topic_answer(tracker: Tracker, text: str) -> str | None:
    """The English answer (content/engels.yml, `antwoorden`) to an English question on the cost,
    confidentiality, whether the employer or the agency finds out, or what is stored (from the
    running configuration; the short form when the full one was given), filled in; None for any
    other message, and for urgent help (the caller gives that first)."""
    topics = language.english_topics(text)
    if language.ENGELS_GESPREK in topics and language.names_113(text):
        # "do they speak english at 113?": about 113, not about a counsellor
        return content.fill(content.engels()["antwoorden"]["engels_113"], content.hulplijn_values())
    if len(topics) > 1:  # "is it free? and will my manager know?": both answered (eighth stranger test c03)
        found = [_english_answer(tracker, topic) for topic in topics]
        return " ".join(a for a in found if a) or None
    return _english_answer(tracker, topics[0]) if topics else None


def _english_answer(tracker: Tracker, topic: str) -> str | None:
    texts = content.engels()
    answer = texts["antwoorden"].get(topic or "")
    if topic in (None, language.HULP) or not answer:
        return None
    values = {**content.hulplijn_values(), "contact": texts["contact"]}
    if topic == language.PRIVACY:
        settings = services().settings
        values.update(storage.privacy_texts(storage.describe(settings), content.engels_privacy(),
                                            settings.count_statistics))
        values["bewaartermijn_afspraak_dagen"] = str(settings.booking.retention_days)
        if bot_said(tracker.events, text=content.fill(answer, values)) and texts["antwoorden"].get("privacy_kort"):
            answer = texts["antwoorden"]["privacy_kort"]  # asked again: the short form
    if topic == language.VERTROUWELIJK and tracker.get_slot("soort") != "omgangsvormen":
        answer = f"{answer} {texts['antwoorden'].get('vertrouwelijk_melding', '')}".strip()  # whistleblower law
    return content.fill(answer, values)


def english_help(kind: str) -> str:
    """The English urgent help of one kind (content/engels.yml, antwoorden.hulp_<kind>: zelfmoord,
    seksueel, gevaar), with the help lines filled in."""
    return content.fill(content.engels()["antwoorden"][f"hulp_{kind}"], content.hulplijn_values())
