"""Only buttons the bot offered may speak in Rasa's intent syntax.

Rasa reads a message that starts with '/' (after its own `str.strip()`) as an intent with
entities, skipping the NLU, and when that parse fails it writes the whole text into its logs.
So every channel passes a message through `dialogue_text()`:

- text that is exactly the payload of a button the bot offered in this conversation's latest
  answer goes on as that payload (a click, or the payload typed or sent by a REST client);
- anything else is typed text: `strip_command()` removes every leading '/', whitespace, control
  and invisible format character ('/ /x', '\\x00/x', '\\u200b/x' all become 'x'), so Rasa sees
  plain text and the NLU reads it.

A few of the bot's own buttons mean the same whatever question they came with (`STANDING_PAYLOADS`:
saying goodbye, the options, telling, booking, the urgent help). Sent back later, from an answer
that is no longer the latest (seventh stranger test c15: "/afscheid" from two answers back became
the word "afscheid", which the classifier half read as a crisis), they go on as that payload:
no entities, so nothing but the intent is taken from the client. The buttons of the situation list
(utter_kies_situatie) stand too, each exactly as the bot writes it: one fixed matter each, so the
client still chooses nothing but which of them (round 22 C c02: [Seksuele intimidatie], pressed from
the list after a new question, became plain text, and the matter guessed in that question was taken).

A typed button title counts as the click (fourth stranger test: on Teams and Slack people type
"Hulp van buiten" instead of clicking): text that is, apart from case, accents, punctuation and
a part in brackets, the title of a button of this conversation's latest answer goes on as that
button's payload. Only titles the bot just offered map, and only when one payload has that title:
no model guess, and a title typed later, or with more words, is read by the NLU as before.

`OfferedButtons` remembers, per conversation, the payloads (and titles) of the latest answer, for the
conversation lifetime (BOT_CONVERSATION_TTL_MINUTES) and bounded in size (conversations,
buttons per answer, characters per payload or title). It holds payloads and titles the bot
wrote, never user text.
With several Rasa processes the answer and the click may reach different processes: then
(`offered_buttons(store)` with the guards' Redis store, BOT_REDIS_URL) the book is kept in Redis,
one key per conversation that expires with it; otherwise in this process's memory.
"""

from __future__ import annotations

import json
import logging
import time
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping

from bot import settings as bot_settings
from bot.channels import guards
from bot.text import normalise
from bot.vocabulary import SITUATIONS

logger = logging.getLogger(__name__)

MAX_CONVERSATIONS = 10_000
# Payloads of the bot's own buttons that mean the same at any moment (see above); exactly these
# strings, never with entities.
SITUATION_LIST_PAYLOADS = frozenset(f'/kies_situatie{{"situatie":"{key}"}}' for key in SITUATIONS)
STANDING_PAYLOADS = frozenset({"/afscheid", "/vraag_opties", "/wil_vertellen", "/afspraak_maken", "/crisis"}) \
    | SITUATION_LIST_PAYLOADS
MAX_BUTTONS = 30
MAX_PAYLOAD_CHARS = 500
MAX_TITLE_CHARS = 120  # longer typed text is never a title
# Characters Rasa's strip() removes or that do not show: a typed '/' behind them is still a '/'.
_INVISIBLE = ("Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp")


# Control characters, lone surrogates and invisible format characters (bidi overrides, soft
# hyphens); the zero-width joiners stay, emoji need them.
_DROPPED_CATEGORIES = ("Cc", "Cs", "Cf")
_KEPT_FORMAT = "\u200c\u200d"


def clean_characters(text: str) -> str:
    """`text` without control characters, unpaired surrogates (JSON's "\\ud800" decodes to one;
    it cannot be encoded as UTF-8 further on) and invisible format characters; newlines and tabs
    become spaces. Every channel whose text arrives as JSON passes it through this."""
    kept = []
    for ch in text:
        if ch in "\n\r\t":
            kept.append(" ")
        elif unicodedata.category(ch) in _DROPPED_CATEGORIES and ch not in _KEPT_FORMAT:
            continue
        else:
            kept.append(ch)
    return "".join(kept)


def strip_command(text: str) -> str:
    """Typed text with no leading '/' (and nothing invisible in front of one)."""
    start = 0
    while start < len(text):
        ch = text[start]
        if ch == "/" or ch.isspace() or unicodedata.category(ch) in _INVISIBLE:
            start += 1
        else:
            break
    return text[start:].rstrip()


def title_key(text: str) -> str:
    """A button title (or typed text) as compared: lower case, no accents, every run of
    characters other than letters and digits one space. Linear, no regular expression."""
    kept = [ch if ch.isalnum() else " " for ch in normalise(text[: MAX_TITLE_CHARS * 2])]
    return " ".join("".join(kept).split())


def _title_keys(title: str) -> set[str]:
    """The keys a title is known by: itself, and without a part in brackets ("Een officiële
    stap (formeel)" is also "een officiele stap")."""
    keys = {title_key(title)}
    head, bracket, rest = title.partition("(")
    if bracket and ")" in rest:
        keys.add(title_key(head + rest.partition(")")[2]))
    return {key for key in keys if key}


def _title_map(titles: Iterable[tuple[str, str]]) -> dict[str, str]:
    """key -> payload for the offered titles; a key shared by two payloads maps to neither."""
    found: dict[str, str | None] = {}
    for pair in list(titles)[:MAX_BUTTONS]:
        if not (isinstance(pair, tuple) and len(pair) == 2):
            continue
        title, payload = pair
        if not (isinstance(title, str) and isinstance(payload, str) and payload.startswith("/")
                and len(payload) <= MAX_PAYLOAD_CHARS and len(title) <= MAX_TITLE_CHARS):
            continue
        for key in _title_keys(title):
            found[key] = payload if found.get(key, payload) == payload else None
    return {key: payload for key, payload in found.items() if payload is not None}


class OfferedButtons:
    """conversation id -> the payloads of the latest answer, with the conversation lifetime. In
    `store` (a guards store) when one is given, else in this object's own bounded book."""

    def __init__(self, ttl_seconds: float | None = None, max_conversations: int = MAX_CONVERSATIONS,
                 clock: Callable[[], float] = time.monotonic, store: guards.Store | None = None) -> None:
        if ttl_seconds is None:
            ttl_seconds = bot_settings.current().conversation.ttl_seconds
        self.ttl_seconds = ttl_seconds
        self.max_conversations = max_conversations
        self._clock = clock
        self._store = store
        self._book: OrderedDict[str, tuple[float, frozenset[str], dict[str, str]]] = OrderedDict()

    def _sweep(self, now: float) -> None:
        while self._book:
            oldest_key, (seen, _, _) = next(iter(self._book.items()))
            if now - seen < self.ttl_seconds and len(self._book) <= self.max_conversations:
                break
            del self._book[oldest_key]

    @staticmethod
    def _key(conversation_id: str) -> str:
        return "offers:" + guards.bounded_key(conversation_id)

    def offer(self, conversation_id: str, payloads: Iterable[str],
              titles: Iterable[tuple[str, str]] = ()) -> None:
        """The buttons of the latest answer (replacing earlier ones; none clears them): their
        payloads, and (title, payload) pairs for typed titles."""
        now = self._clock()
        title_map = _title_map(titles)
        kept = frozenset([p for p in list(payloads)[:MAX_BUTTONS]
                          if isinstance(p, str) and p.startswith("/") and len(p) <= MAX_PAYLOAD_CHARS]
                         + list(title_map.values()))
        if self._store is not None:
            try:
                entry = {"payloads": sorted(kept), "titles": title_map}
                self._store.put(self._key(conversation_id), json.dumps(entry), self.ttl_seconds, now)
            except guards.GuardUnavailable as exc:
                logger.warning("offers: the shared store is unavailable (%s); the buttons are not remembered", exc)
            return
        self._book.pop(conversation_id, None)
        if kept:
            self._book[conversation_id] = (now, kept, title_map)
        self._sweep(now)

    def _entry(self, conversation_id: str) -> tuple[frozenset[str], dict[str, str]]:
        """(payloads, title key -> payload) of the latest answer; empty when none or unknown."""
        now = self._clock()
        if self._store is not None:
            try:
                raw = self._store.value(self._key(conversation_id), now)
            except guards.GuardUnavailable as exc:
                logger.warning("offers: the shared store is unavailable (%s); a button counts as not offered", exc)
                return frozenset(), {}
            stored = json.loads(raw) if raw is not None else []
            if isinstance(stored, list):  # written before titles were kept
                return frozenset(p for p in stored if isinstance(p, str)), {}
            titles = stored.get("titles") if isinstance(stored.get("titles"), dict) else {}
            return frozenset(p for p in stored.get("payloads") or [] if isinstance(p, str)), titles
        self._sweep(now)
        entry = self._book.get(conversation_id)
        return (entry[1], entry[2]) if entry is not None else (frozenset(), {})

    def was_offered(self, conversation_id: str, payload: str) -> bool:
        return payload in self._entry(conversation_id)[0]

    def payload_for_title(self, conversation_id: str, text: str) -> str | None:
        """The payload of the offered button whose title `text` is (typed instead of clicked)."""
        if not isinstance(text, str) or len(text) > MAX_TITLE_CHARS:
            return None
        key = title_key(text)
        return self._entry(conversation_id)[1].get(key) if key else None

    def forget(self, conversation_id: str) -> None:
        """Raises guards.GuardUnavailable when the shared store cannot be asked."""
        if self._store is not None:
            self._store.put(self._key(conversation_id), "[]", self.ttl_seconds, self._clock())
            return
        self._book.pop(conversation_id, None)

    def __len__(self) -> int:
        """Conversations in this object's own book (0 when the book is in a shared store)."""
        self._sweep(self._clock())
        return len(self._book)


def offered_buttons(store: guards.Store | None = None, ttl_seconds: float | None = None,
                    clock: Callable[[], float] | None = None) -> OfferedButtons:
    """The book for a channel whose guards use `store`: shared through it when it is Redis (several
    processes), in this process's memory otherwise. `clock` (default: wall time when shared, else
    monotonic) as the guards'."""
    if isinstance(store, guards.RedisStore):
        return OfferedButtons(ttl_seconds, clock=clock or time.time, store=store)
    return OfferedButtons(ttl_seconds, clock=clock or time.monotonic)


def dialogue_text(book: OfferedButtons, conversation_id: str, text: str) -> str:
    """What the dialogue gets for `text` in this conversation: an offered or standing payload as it
    is, the title of an offered button as its payload, anything else as plain text without a leading
    '/' (may be '' -- answer 'empty' then)."""
    candidate = text.strip()
    if candidate in STANDING_PAYLOADS or (candidate.startswith("/") and book.was_offered(conversation_id, candidate)):
        return candidate
    plain = strip_command(text)
    if not candidate.startswith("/"):
        clicked = book.payload_for_title(conversation_id, plain)
        if clicked is not None:
            return clicked
    return plain


def buttons_in(messages: Iterable[Mapping]) -> list[tuple[str, str]]:
    """(title, payload) of the buttons in Rasa's collected answers."""
    return [(b["title"], b["payload"]) for m in messages for b in (m.get("buttons") or [])
            if isinstance(b, Mapping) and isinstance(b.get("payload"), str) and isinstance(b.get("title"), str)]


def payloads_in(messages: Iterable[Mapping]) -> list[str]:
    """The button payloads in Rasa's collected answers (CollectingOutputChannel.messages)."""
    return [b["payload"] for m in messages for b in (m.get("buttons") or [])
            if isinstance(b, Mapping) and isinstance(b.get("payload"), str)]
