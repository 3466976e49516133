"""Is the person asking the bot to pass something on ("kun je dit aan HR doorgeven?", "zou u dit
voor mij willen melden bij het bestuur?")? The bot passes nothing on; it says so before anything
else, also when the request comes with the story itself. A pure function on the text, no Rasa."""

from __future__ import annotations

from bot.patterns import linear
from bot.text import normalise

MAX_CHARS = 2000

# "kun/kan/kunt/zou/wil/wilt (jij/je/u) ... doorgeven/melden/zeggen tegen/laten weten/inlichten"
_ASK = r"\b(?:kun|kan|kunt|zou|zoudt|wil|wilt|mag)(?: (?:jij|je|u|jullie))\b"
_HAND_OVER = (r"\b(?:doorgeven|doorgegeven|doorsturen|doorspelen|melden|gemeld|laten weten|inlichten|ingelicht|"
              r"vertellen aan|zeggen tegen|tegen (?:\w+ ){1,3}zeggen|aan (?:\w+ ){1,3}(?:vertellen|melden|doorgeven)|"
              r"namens mij|voor mij (?:\w+ ){0,3}(?:melden|regelen|zeggen|vertellen|doorgeven))\b")
_REQUEST = linear(_ASK + r".{0,120}" + _HAND_OVER, name="requests.doorgeven")
_NOT = linear(r"\b(?:niemand|niet|nooit|geen)\b", name="requests.niet")  # "wil je het aan niemand vertellen?"
_MEANING_THE_BOT = linear(r"\b(?:hoe kan ik|kan ik|mag ik|moet ik|kun je me (?:uitleggen|vertellen) hoe)\b",
                          name="requests.zelf")


def asks_to_pass_on(text: object) -> bool:
    """True when the message asks the bot (``jij``/``je``/``u``) to tell, report or pass on
    something to someone; "hoe kan ik het melden?" asks how to do it oneself and is no such
    request, nor is "wil je het aan niemand vertellen?" (a question about confidentiality)."""
    raw = str(text or "")[:MAX_CHARS]
    norm = normalise(raw)
    match = _REQUEST.search(norm)
    if match is None or _NOT.search(norm[match.start():match.end()]):
        return False
    return not _MEANING_THE_BOT.search(norm[:match.start() + 12])
