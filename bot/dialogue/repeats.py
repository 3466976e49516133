"""Side answers asked again right away: which answer was just given, so that the same text is
not given twice in a row (the short variants in domain/ and data/nlu/faq.yml are chosen on the
slots set here by action_hervat_gesprek). Pure: no Rasa."""

from __future__ import annotations

from collections.abc import Mapping

STORAGE = "wat_bewaart_bot"
# Answers that say the same thing in other words count as one (the manager's block is both an
# intent of its own and an FAQ answer).
TOPICS = {"leidinggevende_klacht": "leidinggevende", "leidinggevende_krijgt_melding": "leidinggevende"}
# After these answers the bot names the counsellors it knows.
NAMES_COUNSELLORS = ("wie_is_vp", "intern_extern", "vp_geslacht")


def side_answer(latest_message: Mapping | None) -> str | None:
    """The answer just given for the latest message: the FAQ key ("wat_bewaart_bot" of
    faq/wat_bewaart_bot) when the response selector chose one, else the intent's name."""
    latest = latest_message or {}
    intent = (latest.get("intent") or {}).get("name")
    selector = latest.get("response_selector") or {}
    chosen = (selector.get(intent) or selector.get("default") or {}) if intent == "faq" else {}
    key = ((chosen.get("response") or {}).get("intent_response_key") or "") if isinstance(chosen, Mapping) else ""
    if intent == "faq" and "/" in key:
        return key.split("/", 1)[1]
    return intent


def topic(answer: str | None) -> str | None:
    return TOPICS.get(answer or "", answer)


def repeat_slots(answer: str | None, previous_topic: object, storage_just_said: object) -> dict[str, object]:
    """`vorig_antwoord` and `opslag_net_gezegd` after giving `answer`. Each is set only when the
    answer was not already the short form: asked a third time, the full answer comes again, so
    no text follows itself."""
    current = topic(answer)
    return {"vorig_antwoord": None if current == previous_topic else current,
            "opslag_net_gezegd": answer == STORAGE and not storage_just_said}


# Coming back after a side question: the full re-ask ("Zullen we verdergaan waar we waren?" and
# the open question) and its short form (the question stays open, a button goes back to it).
REASKED, STILL_OPEN = "utter_terug_naar_vraag", "utter_vraag_staat_open"


# The open questions as first asked (not after "Zullen we verdergaan waar we waren?"): a new one
# starts a new stretch, in which the first side answer again ends with the full re-ask.
OPEN_QUESTIONS = ("utter_vraag_opties", "utter_check_situatie", "utter_kies_situatie", "utter_vraag_ook_gedrag")


def reasked_before(events: list[dict]) -> bool:
    """Whether the open question was asked again in full (REASKED) since it was last asked for
    the first time in this session (seventh stranger test: "Zullen we verdergaan waar we waren?"
    and the five option buttons after almost every side answer). Then a side answer ends with the
    short form, one button back, however many side questions follow; a new open question (a new
    matter, the options shown anew) starts again with the full re-ask."""
    actions = []
    for event in reversed(events or []):
        kind = event.get("event") if isinstance(event, dict) else None
        if kind == "session_started":
            break
        if kind == "bot":
            actions.append((event.get("metadata") or {}).get("utter_action"))
    for i, action in enumerate(actions):
        if action == REASKED:
            return True
        if action in OPEN_QUESTIONS and (i + 1 >= len(actions) or actions[i + 1] != REASKED):
            return False
    return False
