"""Booking, changing and cancelling an appointment: thin adapters into bot.booking and
bot.scheduling. The actions set slots and send responses named in domain.yml; the rules in
data/rules/afspraak.yml decide what follows. Dates and times are data: they are formatted here
with format_slot_nl and passed to the responses through slots.

Every slot value is read as if it came from outside (a tracker can be forged): offered times are
decoded defensively, a booked or moved time is checked again against the counsellor's hours in
the booking transaction, and every lookup by reference code, whichever action makes it, goes
through the same attempt limits per conversation and per client (CODE_ATTEMPTS).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from bot import clock, content
from bot.booking import availability, offer, reference
from bot.booking.contact import InvalidContact, normalise_email, normalise_phone
from bot.booking.repository import (
    AppointmentNotFound,
    AppointmentView,
    BookingError,
    NotChangeable,
    SlotNotOffered,
    SlotTaken,
    TooManyAttempts,
    book,
    cancel,
    find_changeable_limited,
    reschedule,
)
from bot.booking.throttle import CodeAttempts
from bot.db import get_sessionmaker
from bot.scheduling.dutch_dates import ImpossibleDate, When, format_slot_nl, parse_when
from bot.scheduling.slots import is_reachable, next_reachable
from bot.settings import Settings

logger = logging.getLogger(__name__)

PUBLIC_URL_ENV = "BOT_PUBLIC_URL"
DEFAULT_PUBLIC_URL = "http://127.0.0.1:5005"
ANDERS = "anders"  # payload value of the "another moment" button
ASAP = "zo snel mogelijk"  # the wish after hours, read again by parse_when when a time was taken
BOOKING_HORIZON = dt.timedelta(days=120)  # how far ahead bookings are read for the slot search

FORM_SLOTS = ("vp_soort", "tijd_wens", "aangeboden_tijden", "gekozen_tijd", "ontmoetingsvorm", "bereikbaar",
              "contactgegeven", "bevestiging", "afspraak_tijd", "ontmoetingsvorm_titel", "locatie")
BOOKING_SLOTS = FORM_SLOTS + ("referentiecode", "ics_link", "vp_weer_bereikbaar", "vp_bereikbaar",
                              "afspraak_uitkomst", "beheer_actie", "code_invoer", "annuleer_bevestiging")

# Wrong codes per conversation (sender id) and per client: the opaque key the channels put into
# each message's metadata as {"client": "..."} (absent: the conversation's limit only). No limit
# across all conversations: with 60-bit codes it is not needed, and it would let one person lock
# everyone out. In memory, per action-server process.
CODE_ATTEMPTS = CodeAttempts()
CLIENT_METADATA_KEY = "client"
MAX_WISH_CHARS = 500  # a time wish read back from a slot is parsed again only up to this length

_ORDINALS = {"1": 0, "een": 0, "eerste": 0, "2": 1, "twee": 1, "tweede": 1, "3": 2, "drie": 2, "derde": 2,
             "laatste": -1}


def sessions():
    return get_sessionmaker(Settings.from_env().database_url)


def public_url() -> str:
    return (os.environ.get(PUBLIC_URL_ENV, "").strip() or DEFAULT_PUBLIC_URL).rstrip("/")


def ics_link(code: str) -> str:
    return f"{public_url()}/webhooks/afspraak/ics/{reference.display(code)}"


def _reset(names) -> list[EventType]:
    return [SlotSet(name, None) for name in names]


def _kind(tracker: Tracker) -> str | None:
    value = tracker.get_slot("vp_soort")
    return value if value in (availability.VPOO, availability.VPI) else None


def _mode_title(mode: str) -> str:
    title = content.ontmoetingsvormen()[mode]
    return title[:1].lower() + title[1:]


def _decoded(value: Any) -> tuple[str, dt.datetime] | None:
    """An offered time from a slot, or None when the value is no offered time."""
    try:
        return offer.decode(value)
    except (ValueError, TypeError):
        return None


def _offered(tracker: Tracker) -> list[str]:
    values = tracker.get_slot("aangeboden_tijden")
    return [v for v in values if _decoded(v) is not None] if isinstance(values, list) else []


def _counsellor(key: str):
    return next((c for c in availability.active_counsellors(sessions()) if c.key == key), None)


def _counsellor_of(picked: Any):
    """The active counsellor of an offered time, or None."""
    decoded = _decoded(picked)
    return _counsellor(decoded[0]) if decoded else None


def _who(tracker: Tracker) -> tuple[str, str | None]:
    """(conversation, client) for the attempt limits."""
    metadata = (tracker.latest_message or {}).get("metadata")
    client = metadata.get(CLIENT_METADATA_KEY) if isinstance(metadata, dict) else None
    return str(tracker.sender_id or "onbekend"), client if isinstance(client, str) and client else None


def prove_code(tracker: Tracker, code: Any) -> AppointmentView | None:
    """The live, not yet started appointment with this code, through the attempt limits; None for
    a wrong code and for a cancelled or started appointment alike. Raises TooManyAttempts and
    reference.InvalidCode."""
    conversation, client = _who(tracker)
    return find_changeable_limited(sessions(), code, clock.now(), attempts=CODE_ATTEMPTS,
                                   conversation=conversation, client=client)


def _is_locked(tracker: Tracker) -> bool:
    return CODE_ATTEMPTS.retry_after(*_who(tracker)) > 0


def compute_offer(when: When, now: dt.datetime, kind: str | None, only_key: str | None = None) -> offer.Offer:
    counsellors = availability.active_counsellors(sessions(), kind)
    if only_key is not None:
        counsellors = [c for c in counsellors if c.key == only_key]
    busy = availability.bookings(sessions(), now, now + BOOKING_HORIZON)
    return offer.offer([c.availability for c in counsellors], busy, when, now)


# --- the start of a booking, and after-hours ----------------------------------------------------

class ActionResetAfspraak(Action):
    """A new booking starts from nothing: earlier answers are forgotten."""

    def name(self) -> str:
        return "action_reset_afspraak"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        return _reset(BOOKING_SLOTS)


class ActionCheckBereikbaarheid(Action):
    """Whether a counsellor is at work now; if not, from when (in Dutch, for the response).
    vp_bereikbaar is False only when the bot can say when someone is back."""

    def name(self) -> str:
        return "action_check_bereikbaarheid"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        now = clock.now()
        try:
            hours = [c.availability for c in availability.active_counsellors(sessions())]
        except SQLAlchemyError as exc:  # never in the way of a crisis answer; say nothing about hours
            logger.warning("cannot read the counsellors' hours: %s", type(exc).__name__)
            return [SlotSet("vp_bereikbaar", True), SlotSet("vp_weer_bereikbaar", None)]
        if is_reachable(now, hours):
            return [SlotSet("vp_bereikbaar", True), SlotSet("vp_weer_bereikbaar", None)]
        back = next_reachable(now, hours)
        if back is None:
            return [SlotSet("vp_bereikbaar", True), SlotSet("vp_weer_bereikbaar", None)]
        return [SlotSet("vp_bereikbaar", False), SlotSet("vp_weer_bereikbaar", format_slot_nl(back))] \
            + self._first_free_times(now)

    @staticmethod
    def _first_free_times(now: dt.datetime) -> list[EventType]:
        """After hours the booking goes straight on with the first free times, unless the person
        must first choose the kind of VP (the times depend on it). "Een ander moment" still lets
        them say what suits them."""
        counsellors = availability.active_counsellors(sessions())
        if availability.kinds_to_choose(counsellors):
            return []
        busy = availability.bookings(sessions(), now, now + BOOKING_HORIZON)
        slots = offer.first_free([c.availability for c in counsellors], busy, now)
        if not slots:
            return []
        return [SlotSet("tijd_wens", ASAP), SlotSet("aangeboden_tijden", [offer.encode(x) for x in slots])]


# --- shared validation of the time part (booking, and moving by code) ---------------------------

class _TimeValidation:
    """validate_tijd_wens and validate_gekozen_tijd, shared by both forms."""

    def _only_counsellor(self, tracker: Tracker) -> str | None:
        return None

    def validate_tijd_wens(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                           domain: DomainDict) -> dict[str, Any]:
        now = clock.now()
        try:
            when = parse_when(str(value or ""), now)
        except ImpossibleDate as exc:
            dispatcher.utter_message(response="utter_tijd_bestaat_niet" if exc.reason == ImpossibleDate.NO_SUCH_DAY
                                     else "utter_tijd_voorbij")
            return {"tijd_wens": None}
        if when is None:
            dispatcher.utter_message(response="utter_tijd_niet_begrepen")
            return {"tijd_wens": None}
        found = compute_offer(when, now, _kind(tracker), self._only_counsellor(tracker))
        if not found.slots:
            dispatcher.utter_message(response="utter_geen_tijden")
            return {"tijd_wens": None, "aangeboden_tijden": None}
        if not found.in_range:
            dispatcher.utter_message(response="utter_tijd_niets_vrij")
        return {"tijd_wens": str(value), "aangeboden_tijden": [offer.encode(s) for s in found.slots],
                "gekozen_tijd": None}

    def _picked(self, value: Any, offered: list[str]) -> str | None:
        if isinstance(value, str) and value in offered:
            return value
        words = str(value or "").lower().replace(".", " ").replace(",", " ").split()
        for word in words:
            if word in _ORDINALS and offered:
                index = _ORDINALS[word]
                if index < len(offered):
                    return offered[index]
        for option in offered:  # the button title typed over
            if format_slot_nl(offer.decode(option)[1]).lower() in str(value or "").lower():
                return option
        return None

    def validate_gekozen_tijd(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                              domain: DomainDict) -> dict[str, Any]:
        text = str(value or "").strip().lower()
        if text == ANDERS or "ander moment" in text or "andere tijd" in text:
            return {"gekozen_tijd": None, "tijd_wens": None, "aangeboden_tijden": None}
        picked = self._picked(value, _offered(tracker))
        if picked is None:
            if self._names_a_time(text):  # a new wish instead of a button: look again
                return self.validate_tijd_wens(value, dispatcher, tracker, domain) | {"gekozen_tijd": None}
            dispatcher.utter_message(response="utter_kies_een_tijd")
            return {"gekozen_tijd": None}
        key, start = offer.decode(picked)
        result: dict[str, Any] = {"gekozen_tijd": picked, "afspraak_tijd": format_slot_nl(start)}
        return result | self._after_time_picked(key)

    def _after_time_picked(self, counsellor_key: str) -> dict[str, Any]:
        return {}

    @staticmethod
    def _names_a_time(text: str) -> bool:
        if text.startswith("/"):  # a button payload from an earlier question
            return False
        try:
            return parse_when(text, clock.now()) is not None
        except ImpossibleDate:
            return True


# --- the booking form ---------------------------------------------------------------------------

class ValidateAfspraakForm(_TimeValidation, FormValidationAction):
    def name(self) -> str:
        return "validate_afspraak_form"

    async def required_slots(self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker,
                             domain: DomainDict) -> list[str]:
        slots = list(domain_slots)
        if "vp_soort" in slots and not availability.kinds_to_choose(availability.active_counsellors(sessions())):
            slots.remove("vp_soort")
        if tracker.get_slot("bereikbaar") not in ("telefoon", "email") and "contactgegeven" in slots:
            slots.remove("contactgegeven")
        return slots

    def validate_vp_soort(self, value: Any, dispatcher, tracker, domain) -> dict[str, Any]:
        if value in (availability.VPOO, availability.VPI, "maakt_niet_uit"):
            return {"vp_soort": value}
        text = str(value or "").lower()
        if "integriteit" in text or "vpi" in text.split():
            return {"vp_soort": availability.VPI}
        if "omgang" in text or "gedrag" in text or "vpoo" in text.split():
            return {"vp_soort": availability.VPOO}
        if "maakt niet uit" in text or "maakt me niet uit" in text or "allebei" in text or "maakt niks uit" in text:
            return {"vp_soort": "maakt_niet_uit"}
        return {"vp_soort": None}

    def _after_time_picked(self, counsellor_key: str) -> dict[str, Any]:
        counsellor = _counsellor(counsellor_key)
        if counsellor is not None and len(counsellor.modes) == 1:  # nothing to choose
            return self._mode_slots(counsellor.modes[0], counsellor)
        return {"ontmoetingsvorm": None}

    @staticmethod
    def _mode_slots(mode: str, counsellor) -> dict[str, Any]:
        return {"ontmoetingsvorm": mode, "ontmoetingsvorm_titel": _mode_title(mode),
                "locatie": counsellor.location if mode == "op_locatie" else None}

    @staticmethod
    def _mode_from_text(value: Any) -> Any:
        """A typed answer: "telefonisch", "bellen", "via video", "teams", "langskomen", ..."""
        if value in ("telefoon", "video", "op_locatie"):
            return value
        text = str(value or "").lower()
        words = {"video": ("video", "beeld", "teams", "zoom", "online"), "telefoon": ("telefo", "bel"),
                 "op_locatie": ("locatie", "langs", "persoonlijk", "kantoor", "kamer", "live")}
        for mode, stems in words.items():
            if any(stem in text for stem in stems):
                return mode
        return value

    def validate_ontmoetingsvorm(self, value: Any, dispatcher, tracker, domain) -> dict[str, Any]:
        value = self._mode_from_text(value)
        counsellor = _counsellor_of(tracker.get_slot("gekozen_tijd"))
        if counsellor is None or value not in counsellor.modes:
            return {"ontmoetingsvorm": None}
        return self._mode_slots(value, counsellor)

    def validate_bereikbaar(self, value: Any, dispatcher, tracker, domain) -> dict[str, Any]:
        text = " ".join(str(value or "").strip().lower().split())
        wants_name = "niet anoniem" in text
        text = text.replace("niet anoniem", "")
        if text in ("telefoon", "email", "anoniem"):
            choice = text
        elif "anoniem" in text or "zonder gegevens" in text or "geen gegevens" in text:
            choice = "anoniem"
        elif "mail" in text:
            choice = "email"
        elif "tel" in text or "bel" in text or "nummer" in text:
            choice = "telefoon"
        else:
            choice = None
        if choice is None or (wants_name and choice == "anoniem"):
            dispatcher.utter_message(response="utter_bereikbaar_niet_begrepen")
            return {"bereikbaar": None}
        return {"bereikbaar": choice, "contactgegeven": None}

    def validate_contactgegeven(self, value: Any, dispatcher, tracker, domain) -> dict[str, Any]:
        email = tracker.get_slot("bereikbaar") == "email"
        try:
            return {"contactgegeven": normalise_email(str(value)) if email else normalise_phone(str(value))}
        except InvalidContact:
            dispatcher.utter_message(response="utter_email_ongeldig" if email else "utter_telefoon_ongeldig")
            return {"contactgegeven": None}

    def validate_bevestiging(self, value: Any, dispatcher, tracker, domain) -> dict[str, Any]:
        return {"bevestiging": value if isinstance(value, bool) else None}


class ActionAskGekozenTijd(Action):
    """The free times as buttons (titles: the times in Dutch), plus "another moment"."""

    def name(self) -> str:
        return "action_ask_gekozen_tijd"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        buttons = [{"title": format_slot_nl(offer.decode(option)[1]),
                    "payload": "/kies_tijd" + json.dumps({"gekozen_tijd": option})}
                   for option in _offered(tracker)]
        buttons.append({"title": content.afspraak_knoppen()["ander_moment"],
                        "payload": "/kies_tijd" + json.dumps({"gekozen_tijd": ANDERS})})
        dispatcher.utter_message(response="utter_ask_gekozen_tijd", buttons=buttons)
        return []


class ActionAskOntmoetingsvorm(Action):
    """Buttons only for the ways of meeting the chosen counsellor offers."""

    def name(self) -> str:
        return "action_ask_ontmoetingsvorm"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        counsellor = _counsellor_of(tracker.get_slot("gekozen_tijd"))
        modes = counsellor.modes if counsellor else ()
        titles = content.ontmoetingsvormen()
        buttons = [{"title": titles[m], "payload": "/kies_optie" + json.dumps({"ontmoetingsvorm": m})} for m in modes]
        dispatcher.utter_message(response="utter_ask_ontmoetingsvorm", buttons=buttons)
        return []


class ActionBoekAfspraak(Action):
    """After the summary: book (or not), and say how it went through afspraak_uitkomst."""

    def name(self) -> str:
        return "action_boek_afspraak"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        if tracker.get_slot("bevestiging") is not True:
            return _reset(FORM_SLOTS) + [SlotSet("afspraak_uitkomst", "niet_bevestigd")]
        now = clock.now()
        try:
            key, start = offer.decode(tracker.get_slot("gekozen_tijd"))
            contact = self._contact(tracker)
            view = book(sessions(), key, start, offer.end_of(start), tracker.get_slot("ontmoetingsvorm"),
                        None, contact, now=now, within_hours=True)
        except SlotTaken:  # SlotNotOffered too: a time the hours do not offer (any more)
            return self._taken(tracker, now)
        except SQLAlchemyError as exc:  # the database failed: one transaction, all or nothing
            logger.warning("cannot book: the database failed (%s)", type(exc).__name__)
            return [SlotSet("afspraak_uitkomst", "mislukt")]
        except (BookingError, ValueError, TypeError):
            return [SlotSet("afspraak_uitkomst", "mislukt")]
        return [SlotSet("referentiecode", view.code), SlotSet("afspraak_tijd", format_slot_nl(view.starts_at)),
                SlotSet("locatie", view.location), SlotSet("ics_link", ics_link(view.code)),
                SlotSet("afspraak_uitkomst", "geboekt")]

    @staticmethod
    def _contact(tracker: Tracker) -> str | None:
        """The contact detail of the chosen kind (ValueError when it does not pass), or None."""
        reach, value = tracker.get_slot("bereikbaar"), tracker.get_slot("contactgegeven")
        if reach == "anoniem":
            return None
        if reach == "telefoon":
            return normalise_phone(value)
        if reach == "email":
            return normalise_email(value)
        raise ValueError("no way of reaching the person was chosen")

    @staticmethod
    def _taken(tracker: Tracker, now: dt.datetime) -> list[EventType]:
        """Someone else was first: offer the next free times for the same wish."""
        events = [SlotSet("gekozen_tijd", None), SlotSet("bevestiging", None), SlotSet("afspraak_uitkomst", "bezet")]
        wish = tracker.get_slot("tijd_wens")
        try:
            when = parse_when(wish, now) if isinstance(wish, str) and len(wish) <= MAX_WISH_CHARS else None
        except ImpossibleDate:
            when = None
        found = compute_offer(when, now, _kind(tracker)) if when else None
        if found and found.slots:
            return events + [SlotSet("aangeboden_tijden", [offer.encode(s) for s in found.slots])]
        return events + [SlotSet("tijd_wens", None), SlotSet("aangeboden_tijden", None)]


# --- changing and cancelling by reference code --------------------------------------------------

class ActionStartBeheer(Action):
    """Remember whether the person wants to change or cancel, and start from nothing."""

    def name(self) -> str:
        return "action_start_beheer"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        actie = "annuleren" if intent == "afspraak_annuleren" else "wijzigen"
        return _reset(BOOKING_SLOTS) + [SlotSet("beheer_actie", actie)]


class ValidateAfspraakCodeForm(_TimeValidation, FormValidationAction):
    def name(self) -> str:
        return "validate_afspraak_code_form"

    async def required_slots(self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker,
                             domain: DomainDict) -> list[str]:
        if tracker.get_slot("afspraak_uitkomst") in ("te_vaak", "niet_wijzigbaar"):
            return ["code_invoer"]
        if tracker.get_slot("beheer_actie") == "annuleren":
            return ["code_invoer", "annuleer_bevestiging"]
        return ["code_invoer", "tijd_wens", "gekozen_tijd"]

    def _only_counsellor(self, tracker: Tracker) -> str | None:
        """The counsellor of the proven code; "" (no one) otherwise, so nothing is offered."""
        try:
            view = prove_code(tracker, tracker.get_slot("code_invoer"))
        except (TooManyAttempts, reference.InvalidCode):
            view = None
        return view.counsellor_key if view else ""

    def validate_code_invoer(self, value: Any, dispatcher, tracker: Tracker, domain) -> dict[str, Any]:
        """Until the code is proven (a live appointment that has not started), every code gets
        the same answer: unknown, cancelled and started alike, each counted as a wrong code."""
        try:
            code = reference.normalise(str(value or ""))
        except reference.InvalidCode:
            dispatcher.utter_message(response="utter_code_ongeldig")
            return {"code_invoer": None}
        try:
            view = prove_code(tracker, code)
        except TooManyAttempts:
            view = None
        if view is None and _is_locked(tracker):  # locked before, or by this wrong code
            return {"code_invoer": code, "afspraak_uitkomst": "te_vaak"}
        if view is None:
            dispatcher.utter_message(response="utter_code_onbekend")
            return {"code_invoer": None}
        events = {"code_invoer": code, "referentiecode": view.code, "afspraak_tijd": format_slot_nl(view.starts_at)}
        if tracker.get_slot("beheer_actie") != "annuleren":
            dispatcher.utter_message(response="utter_afspraak_gevonden_wijzigen", afspraak_tijd=events["afspraak_tijd"])
        return events

    def validate_annuleer_bevestiging(self, value: Any, dispatcher, tracker, domain) -> dict[str, Any]:
        return {"annuleer_bevestiging": value if isinstance(value, bool) else None}


class ActionRondBeheerAf(Action):
    """After the code form: cancel or move, and say how it went through afspraak_uitkomst."""

    def name(self) -> str:
        return "action_rond_beheer_af"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        outcome = tracker.get_slot("afspraak_uitkomst")
        if outcome in ("te_vaak", "niet_wijzigbaar"):
            return [SlotSet("afspraak_uitkomst", outcome), SlotSet("code_invoer", None)]
        cancelling = tracker.get_slot("beheer_actie") == "annuleren"
        if cancelling and tracker.get_slot("annuleer_bevestiging") is not True:
            return [SlotSet("afspraak_uitkomst", "niet_geannuleerd")]  # before any lookup: the same for every code
        # The code again, through the limits: the form proved it, but a tracker can be forged.
        try:
            proven = prove_code(tracker, tracker.get_slot("code_invoer"))
        except TooManyAttempts:
            return [SlotSet("afspraak_uitkomst", "te_vaak"), SlotSet("code_invoer", None)]
        except reference.InvalidCode:
            proven = None
        if proven is None:
            return [SlotSet("afspraak_uitkomst", "niet_wijzigbaar"), SlotSet("code_invoer", None)]
        code, now = proven.code, clock.now()
        try:
            if cancelling:
                cancel(sessions(), code, now)
                return [SlotSet("afspraak_uitkomst", "geannuleerd"), SlotSet("code_invoer", None)]
            key, start = offer.decode(tracker.get_slot("gekozen_tijd"))
            if key != proven.counsellor_key:  # times are offered for the appointment's own counsellor only
                raise SlotNotOffered(f"{key} is not the counsellor of this appointment")
            view = reschedule(sessions(), code, start, offer.end_of(start), now, within_hours=True)
        except SlotTaken:
            return [SlotSet("afspraak_uitkomst", "bezet"), SlotSet("gekozen_tijd", None),
                    SlotSet("tijd_wens", None), SlotSet("aangeboden_tijden", None)]
        except (AppointmentNotFound, NotChangeable, BookingError, reference.InvalidCode, ValueError, TypeError):
            return [SlotSet("afspraak_uitkomst", "niet_wijzigbaar"), SlotSet("code_invoer", None)]
        return [SlotSet("afspraak_uitkomst", "gewijzigd"), SlotSet("afspraak_tijd", format_slot_nl(view.starts_at)),
                SlotSet("ics_link", ics_link(view.code)), SlotSet("referentiecode", view.code)]
