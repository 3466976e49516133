"""The open question: what the bot waits on. It decides what "ja" or "nee" means (see
data/rules) and what the bot asks again after a side question."""

from __future__ import annotations

CHECK_SITUATIE = "check_situatie"
KIES_SITUATIE = "kies_situatie"
OPTIES = "opties"
BUITEN_OOK_GEDRAG = "buiten_ook_gedrag"
TWEE_SITUATIES = "twee_situaties"  # two matters at once: which first?
LUISTEREN = "luisteren"  # the person only wants to tell: the bot listens, the check comes later
OPEN_VRAGEN = (CHECK_SITUATIE, KIES_SITUATIE, OPTIES, BUITEN_OOK_GEDRAG, TWEE_SITUATIES, LUISTEREN)


def after_situation(soort: str, confirmed: bool) -> str:
    """The next question once a situation is known: outside the VP's task, ask whether
    undesirable behaviour plays a part; otherwise check it, or (once confirmed) show options."""
    if soort == "buiten_vp_taak":
        return BUITEN_OOK_GEDRAG
    return OPTIES if confirmed else CHECK_SITUATIE


def affirmed_by_button(events: list[dict], intent: str | None) -> bool:
    """Whether the latest user message is the "yes" button of the bot's "Bedoel je ...?"
    question (utter_ask_affirmation) for this intent: the last bot message before it offered
    the payload "/<intent>". Rasa's two-stage fallback replays such a click as the intent itself."""
    if not intent:
        return False
    seen_user = False
    for event in reversed(events or []):
        kind = event.get("event") if isinstance(event, dict) else None
        if kind == "user" and not seen_user:
            seen_user = True
            text = event.get("text")
            if not (isinstance(text, str) and text.strip() == f"/{intent}"):
                return False
        elif kind == "bot" and seen_user:
            buttons = (event.get("data") or {}).get("buttons") or []
            return (event.get("metadata") or {}).get("utter_action") == "utter_ask_affirmation" and any(
                isinstance(b, dict) and b.get("payload") == f"/{intent}" for b in buttons)
    return False
