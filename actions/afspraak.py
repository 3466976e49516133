"""Booking, changing and cancelling an appointment: thin adapters into bot.booking and
bot.scheduling. The actions set slots and send responses named in domain/; the rules in
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
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions import answers, telling
from bot import clock, content
from bot.booking import availability, offer, reference, routing
from bot.booking.counsellors import phone_numbers
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
from bot.bootstrap import services
from bot.channels.guards import CodeAttempts, store_from_settings
from bot.contact import InvalidContact, normalise_email, normalise_phone
from bot.dialogue import booking as said
from bot.dialogue import cancelling, crisis, followups, perspective, questions, repeats, resume, roles, situations
from bot.nlu import language
from bot.patterns import linear
from bot.reporting import counters
from bot.scheduling.dutch_dates import (
    ImpossibleDate,
    When,
    add_wish,
    busy_at,
    exact_time,
    format_slot_nl,
    merge_wishes,
    parse_when,
    parse_wishes,
)
from bot.scheduling.localtime import AMSTERDAM
from bot.scheduling.slots import is_reachable, next_reachable
from bot.vocabulary import OUTSIDE_TASK

logger = logging.getLogger(__name__)

ANDERS = "anders"  # payload value of the "another moment" button
MAAKT_NIET_UIT = "maakt niet uit"  # payload of the "any way of meeting" button
ASAP = "zo snel mogelijk"  # the wish after hours, read again by parse_when when a time was taken
BOOKING_HORIZON = dt.timedelta(days=120)  # how far ahead bookings are read for the slot search

FORM_SLOTS = ("vp_soort", "tijd_wens", "aangeboden_tijden", "gekozen_tijd", "ontmoetingsvorm", "bereikbaar",
              "contactgegeven", "bevestiging", "afspraak_tijd", "ontmoetingsvorm_titel", "locatie",
              "vp_met_wie", "afspraak_fouten", "uitleg_nodig", "nieuw_voorval", "afspraak_stoppen",
              "afspraak_afgezegd", "wat_anders_gevraagd", "eerdere_tijd_wens", "vorm_niet", "telefoon_belgisch",
              "telefoon_nederlands")
WISH_SLOTS = ("vp_extern", "vp_gekozen", "vp_niet")  # a wish about the counsellor outlives a "no" at the summary
BOOKING_SLOTS = FORM_SLOTS + WISH_SLOTS + ("referentiecode", "ics_link", "vp_weer_bereikbaar", "vp_bereikbaar",
                                           "vp_nummer", "afspraak_uitkomst", "beheer_actie", "code_invoer",
                                           "annuleer_bevestiging",
                                           "tijd_grens", "vp_namen", "vormen", "onderwerp", "beheer_wissel",
                                           "alleen_vorm",
                                           "afscheid_echt", "gepauzeerde_tijd", "lijn_nu")
# The situation intents of a matter for the counsellor (every situation of content/situaties.yml
# but the one outside its task): told while the booking form asks, such a message is heard, not
# read as an answer.
SITUATION_INTENTS = frozenset(key for key, sit in content.situaties().items() if sit.soort != OUTSIDE_TASK)
INCIDENT_CONFIDENCE = 0.6
# A story told in the middle of the booking (said.tells_a_story): a situation among the
# classifier's first two guesses with at least this confidence is heard as a new incident, unless
# the message is about the booking itself or a crisis (those intents have their own way).
STORY_INCIDENT_CONFIDENCE = 0.25
STORY_NOT_AN_INCIDENT = frozenset({"afspraak_maken", "afspraak_wijzigen", "afspraak_annuleren", "crisis", "faq",
                                   "stoppen", "vraag_bot_of_mens", "terug"})
FAQ_CONFIDENCE = 0.5
MANAGE_INTENTS = ("afspraak_wijzigen", "afspraak_annuleren")
CLOCK_CHOICE_WORDS = 5  # "9u45 dan", "doe maar 13:45": a clock time this short chooses an offered time
BOOKING_INTENT = "afspraak_maken"
MAX_FAILURES = 2  # unusable answers in a row before the bot explains and offers a way out
UNMET_RESPONSES = {"naam": "utter_vp_wens_niet_naam", "soort": "utter_vp_wens_niet_soort",
                   "intern": "utter_vp_wens_niet_intern", "extern": "utter_vp_wens_niet_extern",
                   routing.VORM: "utter_vp_wens_niet_vorm", routing.ANDER: "utter_vp_wens_niet_ander"}

# Wrong codes per conversation (sender id) and per client: the opaque key the channels put into
# each message's metadata as {"client": "..."} (absent: the conversation's limit only). No limit
# across all conversations: with 60-bit codes it is not needed, and it would let one person lock
# everyone out. In Redis when BOT_REDIS_URL is set (shared by every action-server process), else in
# this process's memory.
CODE_ATTEMPTS = CodeAttempts(store=store_from_settings())
CLIENT_METADATA_KEY = "client"
MAX_WISH_CHARS = 500  # a time wish read back from a slot is parsed again only up to this length



def sessions():
    return services().sessions


def public_url() -> str:
    return services().settings.public_url


def ics_link(code: str) -> str:
    return f"{public_url()}/webhooks/afspraak/ics/{reference.display(code)}"


def _reset(names) -> list[EventType]:
    return [SlotSet(name, None) for name in names]


def _route(tracker: Tracker, counsellors=None) -> routing.Route:
    """Who this booking can go to: the chosen kind, else the kind of the situation told about,
    narrowed by a wish (internal/external, by name)."""
    if counsellors is None:
        counsellors = availability.active_counsellors(sessions())
    where = tracker.get_slot("vp_extern")
    key = tracker.get_slot("vp_gekozen")
    avoid = tracker.get_slot("vp_niet")
    mode = tracker.get_slot("ontmoetingsvorm")
    return routing.route(counsellors, chosen_kind=tracker.get_slot("vp_soort"), soort=tracker.get_slot("soort"),
                         where=where if where in (routing.INTERN, routing.EXTERN) else None,
                         key=key if isinstance(key, str) else None,
                         mode=mode if mode in said.MEETING_MODES else None,
                         avoid=avoid if isinstance(avoid, str) else None,
                         both=situations.both_kinds(_matters_told(tracker)))


def _matters_told(tracker: Tracker) -> list[str]:
    """The situations this conversation was about (bot.dialogue.situations.matters_told)."""
    return situations.matters_told(list(getattr(tracker, "events", None) or []), tracker.get_slot("situatie"),
                                   tracker.get_slot("tweede_situatie"))


def _also_discuss(dispatcher: CollectingDispatcher, tracker: Tracker, found: routing.Route) -> None:
    """Two matters of both kinds, and the booking goes to integrity only (nobody covers both): the
    other matter can be discussed in the same talk (tenth stranger test c09)."""
    if not found.only_integrity:
        return
    told = _matters_told(tracker)
    other = situations.of_kind(told, routing.OMGANGSVORMEN)
    if other is None:
        return
    texts = content.twee_zaken()
    dispatcher.utter_message(text=content.fill(texts["ook_bespreken"],
                                               {"ander": texts["onderwerpen"].get(other, other)}))


def describe(counsellors, with_meeting_modes: bool = True) -> str:
    """Who (name and role) and, with_meeting_modes, how: from the texts in content/afspraak.yml."""
    return routing.describe(counsellors, content.afspraak_knoppen(), content.afspraak_rollen(),
                            {m: _mode_title(m) for m in content.ontmoetingsvormen()}, with_meeting_modes)


def _offered_counsellors(offered: list[str]) -> list:
    by_key = {c.key: c for c in availability.active_counsellors(sessions())}
    keys = list(dict.fromkeys(offer.decode(v)[0] for v in offered))
    return [by_key[k] for k in keys if k in by_key]


def _offer_slots(slots) -> dict[str, Any]:
    """The slots for a new offer: the times, and with whom."""
    encoded = [offer.encode(s) for s in slots]
    return {"aangeboden_tijden": encoded, "vp_met_wie": describe(_offered_counsellors(encoded))}


def _all_names() -> dict[str, str]:
    return {c.key: c.name for c in availability.active_counsellors(sessions())}


def _at_hour(hour: int | None, offered: list[str]) -> str | None:
    """The one offered time on that hour ("die van 4": 4:00 or 16:00); None when none or more
    than one fit (a time at 16:45 is not "die van 4": the person chooses, the bot does not)."""
    if hour is None:
        return None
    hours = {hour, hour + 12} if hour <= 12 else {hour}
    starts = [(o, offer.decode(o)[1].astimezone(AMSTERDAM)) for o in offered]
    on_the_hour = [o for o, start in starts if start.hour in hours and start.minute == 0]
    return on_the_hour[0] if len(on_the_hour) == 1 else None


def _by_name() -> dict[str, str]:
    """The counsellors a person may choose by name (key -> name)."""
    return {c.key: c.name for c in availability.active_counsellors(sessions()) if c.by_name}


CRISIS_INTENT = "crisis"
ONDERBROKEN = "onderbroken"  # afspraak_uitkomst: a crisis follow-up stopped the booking (crisis_follow_up)
BEKIJKEN = "bekijken"  # beheer_actie: "staat mijn afspraak nog?", the appointment shown by its code
CRISIS_CHECK = "utter_crisis_check"  # the gentle check: "denk je erover om er niet meer te zijn?"


def _intent(tracker: Tracker) -> tuple[str | None, float]:
    intent = (tracker.latest_message or {}).get("intent") or {}
    try:
        confidence = float(intent.get("confidence") or 0)
    except (TypeError, ValueError):
        confidence = 0.0
    return intent.get("name"), confidence


def _failures(tracker: Tracker) -> int:
    value = tracker.get_slot("afspraak_fouten")
    return int(value) if isinstance(value, (int, float)) and 0 <= value <= 10 else 0


def _latest_text(tracker: Tracker) -> str:
    text = (tracker.latest_message or {}).get("text")
    return text if isinstance(text, str) else ""


def _mode_title(mode: str) -> str:
    title = content.ontmoetingsvormen()[mode]
    return title[:1].lower() + title[1:]


def _mode_value(mode: Any) -> str:
    """A way of meeting as its slot value ("telefoon"), from the enum or the text."""
    return str(getattr(mode, "value", mode))


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


def compute_offer(when: When, now: dt.datetime, counsellors, own_code: str | None = None) -> offer.Offer:
    """The times to offer; the appointment with `own_code` (the one being moved) does not take
    its own time."""
    busy = availability.bookings(sessions(), now, now + BOOKING_HORIZON, exclude_code=own_code)
    return offer.offer([c.availability for c in counsellors], busy, when, now)


# --- the start of a booking, and after-hours ----------------------------------------------------

class ActionResetAfspraak(Action):
    """A new booking starts from nothing: earlier answers are forgotten. Asked in English (the
    parse property `engels`, bot.nlu.components.EnglishDetector): a short English note first."""

    def name(self) -> str:
        return "action_reset_afspraak"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        text = _latest_text(tracker)
        if moves_just_made(tracker, text):
            # "oh shit nee morgen heb ik toch dienst. liever donderdag, kan dat nog?" right after the confirmation
            # (round 33 A c13: a second appointment made, the first left standing): that appointment is moved
            return [FollowupAction("action_start_beheer")]
        events = _reset(BOOKING_SLOTS)
        paused = paused_booking(tracker)
        if answers.last_bot_response(tracker) == CRISIS_CHECK and crisis.yes_to_check(text):
            # "ja soms wel eerlijk gezegd. kan ik niet eerder iemand spreken dan maandag" to the check's
            # "denk je erover om er niet meer te zijn?" (seventeenth stranger recheck c03: Monday's times
            # again): the answer for suicidal thoughts first, then the booking, the earliest times
            dispatcher.utter_message(response="utter_crisis_zelfmoord")
            events += [SlotSet("crisis_soort", crisis.ZELFMOORD), SlotSet("crisis_actief", True),
                       *telling.count(tracker, (counters.CRISISHULP, tracker.get_slot("situatie")))]
            if not (crisis.wants_booking(text) or crisis.wants_sooner(text) or said.asks_to_book(text)):
                # "soms wel ja. maar bellen durf ik niet" (twentieth round C c01: read as a request to book,
                # the times came right after the suicide answer): no booking was asked for; what the rest
                # of the message says is answered (not daring to call: the 113 chat), then the bot waits
                rest = crisis.after_crisis_response(text, crisis.ZELFMOORD)
                if rest != "utter_crisis_zelfmoord":
                    dispatcher.utter_message(response=rest)
                return events + [FollowupAction("action_listen")]
        if cancelling.asks_how_to_reach_after_booking(text):
            # "ik HEB al een afspraak. hoe bereik ik ruud de boer als er iets is, welk nummer" (twenty-fifth
            # stranger test A c01: "Wanneer komt het je uit?", then new times): how to reach, no booking
            dispatcher.utter_message(response="utter_faq/anoniem_bellen")
            return [FollowupAction("action_listen")]
        follow_up = crisis_follow_up(tracker, text)
        if follow_up is not None:
            # "ik vroeg of marieke me nu kan bellen" right after the suicide answer, read as a request to
            # book (twenty-first stranger test C c06: "Wanneer komt het je uit?"): answered, no booking
            dispatcher.utter_message(response=follow_up)
            return events + _help_lines_refused(text) + [FollowupAction("action_listen")]
        if tracker.get_slot("crisis_soort") and crisis.shaken(text):
            # "politie is er ... ik tril nog helemaal. kan ik nu verder met die afspraak?" (round 33 recheck c02): the
            # shock heard before the times
            dispatcher.utter_message(response="utter_faq/trillen")
        question = _question_before_booking(tracker, text)
        if question is not None:
            # "Hoe lang duurt zo een gesprek en mag ik iemand meenemen?", "Hoe kan ik de vertrouwenspersoon zelf
            # bellen?" (round 30 B c07: read as requests to book, the times four times after "Ik wil GEEN
            # afspraak"): a question about the appointment is answered; booking waits until it is asked for
            dispatcher.utter_message(response=question)
            answers.answer_other_questions(dispatcher, text, question.split("/", 1)[1])
            return [FollowupAction("action_listen")]
        if (tracker.latest_message or {}).get("engels") is True:  # asked in English: the questions are Dutch
            texts = content.engels()
            events += answers.english_matter_in_request(dispatcher, tracker, text)
            dispatcher.utter_message(text=content.fill(texts["afspraak"], {"contact": texts["contact"]}))
            events.append(SlotSet("engels_gegeven", True))  # later English questions get short answers
        time_wish = _time_in_request(text)
        events += time_wish
        left_wish = None if paused is not None or time_wish else left_time_wish(tracker)
        if left_wish is not None:
            # "Eerst hierover praten" before a time was chosen, then "oke nu verder met de afspraak" (round 29
            # recheck A c08, the wish asked again): the moment named before is read again (the form reads it
            # when it starts, as a time in the request)
            dispatcher.utter_message(response="utter_afspraak_verder_wens")
            events.append(SlotSet("tijd_wens", left_wish))
        try:  # "een afspraak met de externe vertrouwenspersoon integriteit": heard from the start
            wish = said.counsellor_wish(text, _by_name())
            answered = answer_about_counsellor(text, dispatcher, tracker)  # "maar liever met een vrouw"
            if not answered and not text.startswith("/") and len(text.split()) > REQUEST_WORDS:
                # "... en als het kan liever met een vrouw" at the end of a longer request (recheck c10)
                asked = next((part for part in said.sentences(text) if said.asks_for_gender(part)), None)
                answered = asked is not None and answer_about_counsellor(asked, dispatcher, tracker)
        except SQLAlchemyError as exc:
            logger.warning("cannot read the counsellors: %s", type(exc).__name__)
            return events
        # "ik durf niet te bellen, kan het via mail?" (c29); not a story that names a group chat ("they made
        # a whatsapp group without me ... Can I talk to someone?", eighth stranger test c03)
        if not answered and said.asks_chat_or_mail(text) and len(text.split()) <= REQUEST_WORDS \
                and not crisis.refuses_help_lines(text):
            # not "ook niet chatten. ik wil een afspraak" after the 113 chat was offered (round 32 recheck B c02)
            _answer_chat_or_mail(dispatcher)
        elif not answered and not text.startswith("/") and said.side_question(text) == said.PRIVACY:
            # "kan ik anoniem met iemand praten?" taken for a request to book: answered first
            dispatcher.utter_message(response=_TimeValidation._faq_answer(tracker) or (
                "utter_faq/anoniem" if said.asks_about_anonymity(text) else "utter_afspraak_privacy"))
        elif not answered and not text.startswith("/") and crisis.threatened(text):
            # "de zoon van een cliënt bedreigt me, vandaag zei hij 'ik weet waar je woont'. ik wil
            # met de vertrouwenspersoon praten" (sixteenth stranger test c21: straight to the times):
            # the threat heard, 112 and the police named, then the booking
            dispatcher.utter_message(response="utter_afspraak_na_bedreiging")
        elif not answered and not text.startswith("/") and tracker.get_slot("situatie") is None \
                and situations.behaviour_matter(text) is not None:
            # "ik word gepest door collega's en wil graag met iemand praten" (twenty-fourth round A c02,
            # c05: straight to "Wanneer komt het je uit?"): what was told is heard first
            dispatcher.utter_message(response="utter_afspraak_verhaal_gehoord")
        heard = _wish_slots(wish)
        if roles.denied_role(text) is not None:  # "nee ik ben geen leidinggevende. mijn baas ..." (c05)
            heard["rol"] = perspective.detect(text) or perspective.ZELF
        view = _TrackerView(tracker, dict.fromkeys(BOOKING_SLOTS) | heard)
        heard |= self._matter(text, dispatcher, tracker, view)
        view = _TrackerView(tracker, dict.fromkeys(BOOKING_SLOTS) | heard)
        if not text.startswith("/") and len(text.split()) <= REQUEST_WORDS and not said.tells_about_the_matter(text):
            # "ik wil een afspraak, liefst met iemand extern, via video": not asked again (seventh stranger test c27)
            heard |= ValidateAfspraakForm()._mode_wish(text, dispatcher, view)
        if paused is not None and not time_wish \
                and not set(heard) & {"vp_soort", "vp_gekozen", "vp_niet", "vp_extern"}:
            # "Zullen we die afspraak gewoon maken?" after a crisis broke the booking off (round 22 C c01,
            # C c06: the time asked again, four times): it goes on from the time chosen
            heard = self._resumed(paused, tracker, dispatcher) | heard  # a way asked for now wins
            if said.contact_choice(text) == said.ANONYMOUS and "gekozen_tijd" in heard:
                # "kun je de afspraak afmaken, anoniem" (twenty-fifth stranger test C c10: asked again)
                heard |= {"bereikbaar": said.ANONYMOUS, "contactgegeven": None}
        return events + [SlotSet("gepauzeerde_tijd", None)] + [SlotSet(name, value) for name, value in heard.items()]

    @staticmethod
    def _resumed(paused: str, tracker: Tracker, dispatcher: CollectingDispatcher) -> dict[str, Any]:
        counsellor = _counsellor_of(paused)
        told = _paused_slots(paused, counsellor)
        if not told:
            return {}
        dispatcher.utter_message(response="utter_afspraak_hervat", **told)
        mode = tracker.get_slot("ontmoetingsvorm")
        kept = {"ontmoetingsvorm": mode, "ontmoetingsvorm_titel": _mode_title(mode),
                "locatie": counsellor.location if mode == said.IN_PERSON else None} \
            if mode in counsellor.meeting_modes else {}
        return {"gekozen_tijd": paused, "aangeboden_tijden": [paused]} | told | kept

    @staticmethod
    def _matter(text: str, dispatcher: CollectingDispatcher, tracker: Tracker, view: Tracker) -> dict[str, Any]:
        """An integrity matter named in the request ("ik wil alsnog een afspraak, over fraude door mijn
        baas"): the booking goes to a counsellor for integrity, said; or, with nobody for it, that."""
        matter = _integrity_told(text, tracker)
        if matter is None:
            return {}
        counsellors = availability.active_counsellors(sessions())
        if not any(c.serves(availability.VPI) for c in counsellors):
            dispatcher.utter_message(response="utter_afspraak_geen_integriteit", vp_namen=_names(counsellors))
            return {"soort": routing.INTEGRITEIT}
        changes = {"soort": routing.INTEGRITEIT, "vp_soort": availability.VPI}
        found = _route(_TrackerView(view, changes), counsellors)
        if not found.unmet:
            dispatcher.utter_message(response="utter_afspraak_voor_integriteit",
                                     vp_met_wie=describe(found.counsellors, with_meeting_modes=False),
                                     onderwerp=content.afspraak_onderwerpen().get(matter, matter))
        return changes


REQUEST_WORDS = 20  # a request to book this short that names a time ("een afspraak op donderdag") gives the wish


def paused_booking(tracker: Tracker) -> str | None:
    """The time chosen in this conversation's booking that was broken off before it was made (a
    crisis answered inside it, or the form left for a crisis or a story), when it is still ahead;
    else None. Read before a new booking forgets the old answers."""
    if tracker.get_slot("afspraak_uitkomst") is None and (tracker.active_loop or {}).get("name") != "afspraak_form":
        left = tracker.get_slot("gekozen_tijd")  # the form was left, not ended: its answers are still there
    else:
        left = None
    for value in (tracker.get_slot("gepauzeerde_tijd"), left):
        found = _decoded(value)
        if found is not None and found[1] > clock.now():
            return value
    return None


def _question_before_booking(tracker: Tracker, text: str) -> str | None:
    """The FAQ answer for a question about the appointment read as a request to book: a typed
    question that does not ask to book and names no time, with an FAQ answer the response selector
    is sure of (FAQ_CONFIDENCE); else None."""
    if text.startswith("/") or "?" not in text or said.asks_to_book(text) or _time_in_request(text) \
            or (tracker.latest_message or {}).get("engels") is True:  # "can I book ...?": its own way in English
        return None
    answer = _TimeValidation._faq_answer(tracker)
    if answer is None and _HAS_QUESTIONS.search(text.lower()):
        # "Ik heb een paar vragen voordat ik eventueel een afspraak maak. Hoe lang duurt zo een gesprek ...?" (the
        # answer on the length at 0.34): told to be questions, a less sure answer is still the answer
        answer = _TimeValidation._faq_answer(tracker, QUESTIONS_CONFIDENCE)
    return answer


_HAS_QUESTIONS = linear(r"\b(?:een paar|paar|nog een|eerst (?:een|wat)|wat|enkele|twee|2) vra(?:a)?g(?:en|je|jes)?\b"
                        r"|\bvraagje\b|\bvoordat ik (?:\w+ ){0,2}(?:een )?afspraak\b", name="afspraak.heeft_vragen")
QUESTIONS_CONFIDENCE = 0.3  # the FAQ answer's confidence enough for a message that says it holds questions


def left_time_wish(tracker: Tracker) -> str | None:
    """The moment asked for in this conversation's booking that was left before a time was chosen
    ("Eerst hierover praten"), when it still names a time ahead; else None."""
    if tracker.get_slot("afspraak_uitkomst") is not None or (tracker.active_loop or {}).get("name") == "afspraak_form":
        return None
    wish = tracker.get_slot("tijd_wens")
    if not isinstance(wish, str) or not wish or wish == ASAP or _decoded(tracker.get_slot("gekozen_tijd")) is not None:
        return None
    try:
        when = parse_when(wish[:MAX_WISH_CHARS], clock.now())
    except ImpossibleDate:
        return None
    return wish if when is not None else None


def _country_said(unclear, text: Any) -> str | None:
    """A Belgian-or-Dutch number whose country the same message names ("0476 12 34 56, belgisch
    nummer"): that number in full; None when the message does not say which."""
    answer = said.belgian_answer(text)
    return unclear.belgian if answer is True else unclear.dutch if answer is False else None


def _paused_slots(paused: str | None, counsellor=None) -> dict[str, str]:
    """afspraak_tijd and vp_met_wie of a broken-off booking's time, for the texts that name it;
    empty when its counsellor (`counsellor`, else looked up) is no longer known."""
    found = _decoded(paused)
    counsellor = counsellor or (_counsellor(found[0]) if found is not None else None)
    if counsellor is None or found is None:
        return {}
    return {"afspraak_tijd": format_slot_nl(found[1]), "vp_met_wie": describe([counsellor], with_meeting_modes=False)}


def moves_just_made(tracker: Tracker, text: str) -> bool:
    """A correction with a time, right after this conversation made or moved an appointment: a move of that one."""
    return tracker.get_slot("afspraak_uitkomst") in ("geboekt", "gewijzigd") \
        and bool(tracker.get_slot("referentiecode")) and said.moves_the_one_just_made(text) and _names_a_time(text)


def _time_in_request(text: str) -> list[EventType]:
    """"ik wil gewoon een afspraak op donderdag", "toch wel, maar dan volgende week": the time in
    the request is the wish (the form reads it when it starts), so it is not asked again. In a
    longer message, the sentences that ask for the conversation or say a preference (said.wish_sentences:
    "... kan ik nog voor vrijdag iemand spreken? liefst niet 's ochtends", eighteenth stranger test
    c01), not the story's days."""
    if text.startswith("/"):
        return []
    if len(text.split()) > REQUEST_WORDS or len(text) > MAX_WISH_CHARS:
        text = ". ".join(sentence for sentence in said.wish_sentences(text) if _names_a_time(sentence))
        # the sentences that name a time may be longer than a request ("het moet wel voor donderdag want
        # dan heb ik een gesprek met hem, en niet s ochtends ...", eighteenth stranger recheck c10)
        if not text or len(text.split()) > 2 * REQUEST_WORDS or len(text) > MAX_WISH_CHARS:
            return []
    try:
        when = parse_when(text, clock.now())
    except ImpossibleDate:
        return [SlotSet("tijd_wens", text)]  # the form says why that date cannot be
    return [SlotSet("tijd_wens", text)] if when is not None else []


def _names_a_time(text: str) -> bool:
    """Whether the text names a time, or a date that cannot be (the form says why)."""
    try:
        return parse_when(text, clock.now()) is not None
    except ImpossibleDate:
        return True


def _wish_slots(wish: said.CounsellorWish) -> dict[str, Any]:
    slots: dict[str, Any] = {}
    if wish.kind:
        slots["vp_soort"] = wish.kind
        if not wish.key:  # "ik wil de vertrouwenspersoon integriteit": a name chosen before goes (c05)
            slots["vp_gekozen"] = None
    if wish.where:
        slots["vp_extern"] = wish.where
        if not wish.key:  # "ik zei GEEN interne" after a name (round 29 A c06: Marieke kept): the name goes
            slots["vp_gekozen"] = None
    if wish.key:
        slots["vp_gekozen"] = wish.key
        slots["vp_niet"] = None
    if wish.avoid:  # "iemand anders dan Marieke": not chosen, and never offered (sixth stranger test c09)
        slots["vp_niet"] = wish.avoid
        slots["vp_gekozen"] = wish.key
    return slots


def _answer_chat_or_mail(dispatcher: CollectingDispatcher) -> None:
    """A conversation by chat or mail does not exist: said, with the ways the counsellors offer."""
    try:
        offered = {m for c in availability.active_counsellors(sessions()) for m in c.meeting_modes}
    except SQLAlchemyError as exc:
        logger.warning("cannot read the counsellors: %s", type(exc).__name__)
        offered = set()
    modes = [m for m in content.ontmoetingsvormen() if m in offered] or list(content.ontmoetingsvormen())
    dispatcher.utter_message(response="utter_afspraak_geen_chat",
                             vormen=routing.join([_mode_title(m) for m in modes], content.afspraak_knoppen()["of"]))


class ActionCheckBereikbaarheid(Action):
    """Whether a counsellor is at work now; if not, from when (in Dutch, for the response).
    vp_bereikbaar is False only when the bot can say when someone is back."""

    def name(self) -> str:
        return "action_check_bereikbaarheid"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        if tracker.get_slot("crisis_soort") in (crisis.ZELFMOORD, "algemeen") \
                and answers.last_bot_response(tracker) == "utter_crisis_verder" \
                and crisis.in_belgium(_latest_text(tracker)):
            # the first crisis answer to someone in Belgium (twenty-fifth stranger test C c07): which
            # numbers work there, right after it
            dispatcher.utter_message(response=f"utter_faq/{followups.NUMMER_BUITENLAND}")
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
        line = crisis.line_for_now(answers.values_set(tracker, "crisis_soort"),
                                   answers.values_set(tracker, "crisis_detail"))
        refused = bool(tracker.get_slot("hulplijn_geweigerd")) or crisis.refuses_help_lines(_latest_text(tracker))
        if refused:
            # "nee ik ga niet bellen naar 113 ... ook niet chatten. ik wil een afspraak" (round 32 recheck B c02: 113
            # named again with the hours): refused lines are not offered again
            line = crisis.GEEN_LIJN
        elif line == crisis.LUISTERLIJN and tracker.get_slot("situatie") == "maatschappelijke_misstand":
            # "ik wil vanavond nog iets doen ... wie kan ik nu bellen" about meat relabelled for the shops
            # (round 29 C c04: De Luisterlijn, then 113): who can stop it now, the authority
            line = "toezichthouder"
        return [SlotSet("vp_bereikbaar", False), SlotSet("vp_weer_bereikbaar", format_slot_nl(back)),
                SlotSet("lijn_nu", line)] + ([SlotSet("hulplijn_geweigerd", True)] if refused else []) \
            + self._first_free_times(tracker, now)

    @staticmethod
    def _first_free_times(tracker: Tracker, now: dt.datetime) -> list[EventType]:
        """After hours the booking goes straight on with the first free times with the
        counsellors this booking goes to, unless the person must first choose the kind of VP.
        "Een ander moment" still lets them say what suits them."""
        if tracker.get_slot("tijd_wens") is not None:
            return []  # a time named in the request itself: the form looks for that
        counsellors = availability.active_counsellors(sessions())
        if availability.kinds_to_choose(counsellors) and tracker.get_slot("vp_soort") is None:
            return []  # the person first chooses the kind of VP
        busy = availability.bookings(sessions(), now, now + BOOKING_HORIZON)
        slots = offer.first_free([c.availability for c in _route(tracker, counsellors).counsellors], busy, now)
        if not slots:
            return []
        return [SlotSet("tijd_wens", ASAP)] + [SlotSet(k, v) for k, v in _offer_slots(slots).items()]


# --- shared validation of the time part (booking, and moving by code) ---------------------------

class _TimeValidation:
    """validate_tijd_wens and validate_gekozen_tijd, shared by both forms, and what both do with
    a message that is no answer to the question (a side question, a wish to carry on)."""

    def _counsellors(self, tracker: Tracker) -> list:
        return _route(tracker).counsellors

    def _own_code(self, tracker: Tracker) -> str | None:
        """The code of the appointment being moved (its own time is free for it), or None."""
        return None

    # -- messages that are no answer: heard, and the question comes back --------------------

    def _no_answer(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
        """True when the message was no answer and has been dealt with (the form asks again)."""
        text = str(value or "")
        if said.asks_about_another_meeting(text) and not _answered_by_a_rule(tracker):
            # "moet ik morgen wel naar dat gesprek met hem?" (round 32 recheck A c08): answered, the step asked again
            dispatcher.utter_message(response="utter_faq/gesprek_met_de_ander")
            return True
        if text.startswith("/") or (said.wants_to_continue(text) and not self._names_a_time(text.lower())):
            # a button of an earlier question, or "ik wil verder met de afspraak"; not "kunnen we gewoon die afspraak
            # afmaken. dinsdag 9 uur" (round 31 A c06: "Wanneer komt het je uit?", the time lost)
            return True
        if answer_about_counsellor(text, dispatcher, tracker):
            # "kan ik met een vrouw praten?", "kan het in een café?": answered truthfully; "donderdag zei ik. kan dat
            # niet? met een vrouw liefst" (round 33 A c08: "Wanneer komt het je uit?", Thursday lost): at the time
            # steps the day in it is still the wish
            return not (tracker.get_slot("requested_slot") in ("tijd_wens", "gekozen_tijd")
                        and self._names_a_time(text.lower()) and not said.asks_about_place(text))
        english = answers.english_topic_answer(tracker, text) if language.is_english(text) else None
        if english:  # "will the agency find out about this?" in the booking: answered in English
            dispatcher.utter_message(text=english)
            return True
        if said.asks_chat_or_mail(text) and said.way_of_meeting(text) is None \
                and not _said_since_the_message(tracker, "utter_afspraak_geen_chat"):
            _answer_chat_or_mail(dispatcher)  # "kan het via de chat?": no; the ways there are (c29)
            return True
        kind = said.side_question(text)
        if kind is None or (kind != said.ANYONE_NOW and self._names_a_time(text.lower())):
            return False  # "wie kan ik vannacht nog bellen" names no time wish (stranger test at night c14)
        if kind == said.PRIVACY:
            utter_faq(dispatcher, tracker, self._faq_answer(tracker) or "utter_afspraak_privacy")
        elif kind == said.WITH_WHOM:
            dispatcher.utter_message(response="utter_afspraak_met_wie", vp_met_wie=self._with_whom(tracker))
        elif kind == said.ANYONE_NOW:
            dispatcher.utter_message(response="utter_afspraak_nu_iemand")  # its variants follow vp_bereikbaar
        else:
            utter_faq(dispatcher, tracker, self._faq_answer(tracker) or "utter_afspraak_vraag_niet_begrepen")
        return True

    def _with_whom(self, tracker: Tracker) -> str:
        picked = _counsellor_of(tracker.get_slot("gekozen_tijd"))
        if picked is not None:
            return describe([picked])
        offered = _offered(tracker)
        return describe(_offered_counsellors(offered) if offered else self._counsellors(tracker))

    @staticmethod
    def _faq_answer(tracker: Tracker, least: float = FAQ_CONFIDENCE) -> str | None:
        """The answer the ResponseSelector found for a question the intent classifier missed."""
        selector = ((tracker.latest_message or {}).get("response_selector") or {}).get("faq") or {}
        response = selector.get("response") or {}
        name, confidence = response.get("utter_action"), response.get("confidence") or 0
        if isinstance(name, str) and name.startswith("utter_faq/") and confidence >= least:
            return name
        return None

    # -- unusable answers: after two, explain and offer a way out; never a third time ---------

    @staticmethod
    def _failed(tracker: Tracker, slot: str, dispatcher: CollectingDispatcher, response: str | None) -> dict[str, Any]:
        count = _failures(tracker) + 1
        if count < MAX_FAILURES:
            if response:
                dispatcher.utter_message(response=response)
            return {slot: None, "afspraak_fouten": float(count), "uitleg_nodig": False}
        # The ask action now explains what is needed and offers a way out instead of the question.
        return {slot: None, "afspraak_fouten": float(count), "uitleg_nodig": True}

    @staticmethod
    def _ok(result: dict[str, Any]) -> dict[str, Any]:
        return result | {"afspraak_fouten": 0.0, "uitleg_nodig": False}

    @staticmethod
    def _someone_now(tracker: Tracker, text: str) -> dict[str, Any]:
        """"wie kan ik nu bellen?" answered instead of the time: the form cannot use it, so it
        counts as an unusable answer (without an error text). Asked again, the form explains what
        it needs and offers the way out, instead of the same question a third time (c14)."""
        if said.side_question(text) != said.ANYONE_NOW:
            return {}
        count = _failures(tracker) + 1
        return {"afspraak_fouten": float(count), "uitleg_nodig": count >= MAX_FAILURES}

    # -- the time wish and the choice of a time ------------------------------------------------

    def wish_with_a_question(self, text: str, dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
        """"donderdagmiddag graag, en kost dat iets?": the question was answered (the FAQ rule);
        the time in the same message is the wish, read as the time step reads it. Empty when the
        message names no usable time (nothing is counted as an unusable answer then)."""
        if text.startswith("/") or len(text) > MAX_WISH_CHARS or said.clearly_declines(text):
            return {}
        now = clock.now()
        try:
            when = parse_when(text, now)
        except ImpossibleDate:
            return {}
        if when is None:
            return {}
        wish, when = self._with_earlier_wish(text, when, tracker, now)
        mode = self._wishes_with_the_time(text, dispatcher, tracker)
        return self._ok(self._offer_for(when, wish, now, dispatcher, _TrackerView(tracker, mode)) | mode)

    def validate_tijd_wens(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                           domain: DomainDict) -> dict[str, Any]:
        if self._no_answer(value, dispatcher, tracker):
            return {"tijd_wens": None} | self._heard_in_passing(str(value or ""), dispatcher, tracker) \
                | self._someone_now(tracker, str(value or ""))
        now = clock.now()
        text = str(value or "")
        try:
            when = parse_when(text, now)
        except ImpossibleDate as exc:
            return self._failed(tracker, "tijd_wens", dispatcher, "utter_tijd_bestaat_niet"
                                if exc.reason == ImpossibleDate.NO_SUCH_DAY else "utter_tijd_voorbij")
        if when is None:
            if _failures(tracker) >= MAX_FAILURES:  # a third time: book without it
                dispatcher.utter_message(response="utter_tijd_zonder_wens")
                return self.validate_tijd_wens(ASAP, dispatcher, tracker, domain)
            if _tells_the_matter(str(value or ""), tracker):  # heard, not counted as an unusable answer
                dispatcher.utter_message(response="utter_tijd_verhaal_gehoord")
                return {"tijd_wens": None, "uitleg_nodig": False}
            return self._failed(tracker, "tijd_wens", dispatcher, UNKNOWN_QUESTION
                                if said.asks_in_step(str(value or "")) else "utter_tijd_niet_begrepen")
        wish, when = self._with_earlier_wish(text, when, tracker, now)
        mode = self._wishes_with_the_time(text, dispatcher, tracker)  # "op locatie graag, woensdag"
        return self._ok(self._offer_for(when, wish, now, dispatcher, _TrackerView(tracker, mode)) | mode)

    @staticmethod
    def _wish_before(tracker: Tracker) -> str | None:
        """The time wish of the times offered, kept when "Een ander moment" is chosen."""
        wish = tracker.get_slot("tijd_wens")
        return wish if isinstance(wish, str) and wish != ANDERS and len(wish) <= MAX_WISH_CHARS \
            and tracker.get_slot("aangeboden_tijden") is not None else None

    @staticmethod
    def _with_earlier_wish(text: str, when: When, tracker: Tracker, now: dt.datetime) -> tuple[str, When]:
        """A new wish while times are offered corrects the earlier one: what it does not say (the
        part of day, or the day) is kept ("volgende week, middag", then "ik zei volgende week").
        So does a wish after "Een ander moment": "donderdag", then "niks in de middag?" looks on
        Thursday afternoon (sixth stranger test c06)."""
        earlier = tracker.get_slot("tijd_wens")
        if tracker.get_slot("aangeboden_tijden") is None:
            earlier = tracker.get_slot("eerdere_tijd_wens")
        if not isinstance(earlier, str) or earlier == text or len(earlier) > MAX_WISH_CHARS:
            return text, when
        try:
            before = parse_wishes(earlier, now)
        except ImpossibleDate:
            return text, when
        if before is None:
            return text, when
        return add_wish(earlier, text, MAX_WISH_CHARS), merge_wishes(before, when)

    def _mode_wish(self, text: str, dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
        """A way of meeting named with the time: none here (the booking form hears it)."""
        return {}

    def _counsellor_with_time(self, text: str) -> dict[str, Any]:
        """A counsellor named with the time: none here (the booking form hears it)."""
        return {}

    def _wishes_with_the_time(self, text: str, dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
        """The counsellor and the way of meeting named with the time ("Marieke dan. morgenmiddag",
        "op locatie graag, woensdag"), as slot changes; the way checked against that counsellor."""
        named = self._counsellor_with_time(text)
        return self._mode_wish(text, dispatcher, _TrackerView(tracker, named)) | named

    def _heard_in_passing(self, text: str, dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
        """A way of meeting named in a message that asked something else ("liefst telefonisch ...
        kan iemand van een vrouw zijn?", seventh stranger test c18): remembered, not asked again."""
        return {k: v for k, v in self._mode_wish(text, dispatcher, tracker).items() if v}

    def _offer_for_mode(self, text: str, dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any] | None:
        """A way of meeting asked for while times are offered: the times again for the same wish,
        with counsellors who offer it; None when the message asks no (new) way of meeting."""
        named = None if text.startswith("/") else said.way_of_meeting(text)
        if named is None:
            return None
        if named == tracker.get_slot("ontmoetingsvorm"):  # the times offered already allow it: say so
            who = _offered_counsellors(_offered(tracker))
            if not who or any(named not in c.meeting_modes for c in who):
                return None
            dispatcher.utter_message(text=content.fill(content.afspraak_knoppen()["vorm_kan"],
                                                       {"vorm": _mode_title(named), "naam": _names(who)}))
            return self._ok({"gekozen_tijd": None})
        wish, now = tracker.get_slot("tijd_wens"), clock.now()
        try:
            when = parse_wishes(wish, now) if isinstance(wish, str) and len(wish) <= MAX_WISH_CHARS else None
        except ImpossibleDate:
            when = None
        mode = self._mode_wish(text, dispatcher, tracker)
        if when is None or not mode.get("ontmoetingsvorm"):
            return None if not mode else {"gekozen_tijd": None} | mode
        return self._ok(self._offer_for(when, wish, now, dispatcher, _TrackerView(tracker, mode)) | mode)

    def _offer_for(self, when: When, wish: str, now: dt.datetime, dispatcher: CollectingDispatcher,
                   tracker: Tracker, counsellors: list | None = None) -> dict[str, Any]:
        counsellors = self._counsellors(tracker) if counsellors is None else counsellors
        found = compute_offer(when, now, counsellors, self._own_code(tracker))
        # nobody of the organisation works then (not only the ones of a wish): what else there is (c08)
        some = _only_some(counsellors)
        outside = found.outside_hours and (not some or offer.outside_hours(
            [c.availability for c in availability.active_counsellors(sessions())], when, now))
        if not found.slots:
            dispatcher.utter_message(response="utter_geen_tijden")
            return {"tijd_wens": None, "aangeboden_tijden": None}
        if found.nearest == offer.OTHER_TIMES:  # "om 13:45": not free; say so, and offer the nearest
            dispatcher.utter_message(response="utter_tijd_precies_bezet", tijd_grens=f"{when.at:%H:%M}")
        elif found.nearest:  # "na 17 uur", "'s avonds": no such times; say so, and offer the nearest
            times = [s.start_utc.astimezone(AMSTERDAM).time() for s in found.slots]
            later = found.nearest == offer.LATER
            edge = max(times) if later else min(times)
            dispatcher.utter_message(response="utter_tijd_te_laat" if later else "utter_tijd_te_vroeg",
                                     tijd_grens=f"{edge:%H:%M}")
        elif outside and not some:  # "zaterdag? ik werk doordeweeks nachtdienst": nobody works then (c08)
            dispatcher.utter_message(response="utter_tijd_buiten_werktijd")
        elif not found.in_range and _only_some(counsellors):  # "niemand" would not be true
            dispatcher.utter_message(response="utter_tijd_niets_vrij_bij", vp_namen=_names(counsellors))
        elif not found.in_range:
            dispatcher.utter_message(response="utter_tijd_niets_vrij")
        if not found.in_range and when.dated and self.name() == "validate_afspraak_form":
            self._others_free_then(when, now, counsellors, dispatcher, tracker)
        offered = _offer_slots(found.slots)
        if outside:  # what else there is: by phone, another moment, help that cannot wait
            # each said once in a conversation (round 32 B c02, c06: "Past geen van deze tijden ..." and "Kan het niet
            # wachten? Bij direct gevaar bel je 112 ..." with every list of times)
            def once(response: str) -> None:
                if not answers.bot_said(tracker.events, response=response):
                    dispatcher.utter_message(response=response)
            if tracker.get_slot("ontmoetingsvorm") is None \
                    and any(said.PHONE in c.meeting_modes for c in _offered_counsellors(offered["aangeboden_tijden"])):
                once("utter_tijd_ook_telefonisch")
            once("utter_tijd_anders_mogelijk")
            if _urgent_matter(tracker):
                once("utter_tijd_kan_niet_wachten")
        return {"tijd_wens": wish, "gekozen_tijd": None} | offered

    @staticmethod
    def _others_free_then(when: When, now: dt.datetime, counsellors: list, dispatcher: CollectingDispatcher,
                          tracker: Tracker) -> None:
        """The day or days asked for have nothing free with the counsellors of this booking, while another
        counsellor, who may be chosen by name and was not said not to be wanted, does have time then: said, to choose
        by name (round 32 C c02, c06, A c07: "maandag kan echt niet?" got Ruud's Tuesday three times, while Marieke
        had Monday free; the person chooses, the routing stays the default)."""
        avoided = tracker.get_slot("vp_niet")
        mode = tracker.get_slot("ontmoetingsvorm")
        own = {c.key for c in counsellors}
        where = tracker.get_slot("vp_extern")  # "liefst niet die van hier": no internal one named instead
        # only someone for every kind of matter the booking's counsellors take: not the counsellor for unwanted
        # behaviour alone for an integrity matter, or for two matters of both kinds (conversation twee_03)
        chosen = tracker.get_slot("vp_soort")
        kind = chosen if chosen in (availability.VPOO, availability.VPI) \
            else routing.SITUATION_KIND.get(tracker.get_slot("soort") or "")
        both = situations.both_kinds(_matters_told(tracker))
        kinds = [availability.VPOO, availability.VPI] if both and chosen != availability.VPOO \
            else [kind] if kind else []
        others = [c for c in availability.active_counsellors(sessions()) if c.key not in own and c.by_name
                  and c.key != avoided and (mode not in said.MEETING_MODES or mode in c.meeting_modes)
                  and not (where == routing.EXTERN and c.internal)
                  and not (where == routing.INTERN and not c.internal) and all(c.serves(k) for k in kinds)]
        other_offer = compute_offer(when, now, others) if others else None
        if other_offer is None or not other_offer.slots or not other_offer.in_range:
            return
        free = _offered_counsellors([offer.encode(s) for s in other_offer.slots])
        dispatcher.utter_message(text=content.fill(content.afspraak_knoppen()["andere_vp_wel_tijd"], {
            "andere": describe(free, with_meeting_modes=False), "andere_naam": _names(free)}))

    @staticmethod
    def _picked(value: Any, offered: list[str]) -> str | None:
        if isinstance(value, str) and value in offered:
            return value
        index = said.ordinal_choice(value, len(offered))
        if index is not None:
            return offered[index]
        for option in offered:  # the button title typed over
            if format_slot_nl(offer.decode(option)[1]).lower() in str(value or "").lower():
                return option
        return None

    def validate_gekozen_tijd(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                              domain: DomainDict) -> dict[str, Any]:
        text = str(value or "").strip().lower()
        if text == ANDERS or said.wants_other_moment(text):
            return self._ok({"gekozen_tijd": None, "tijd_wens": None, "aangeboden_tijden": None,
                             "eerdere_tijd_wens": self._wish_before(tracker)})
        offered = _offered(tracker)
        if isinstance(value, str) and value in offered:
            return self._taken_time(value, tracker)
        typed = next((o for o in offered if format_slot_nl(offer.decode(o)[1]).lower() in text), None)
        if typed is not None:  # the button title typed over
            return self._taken_time(typed, tracker)
        # "nee om 9 uur slaap ik. 15u zei ik" (sixteenth stranger test B c01: 09:00 taken): a time
        # refused or busy is no choice; the new wish is read below
        text = said.after_correction(text)  # "half 10 is goed. o nee wacht, ... 10:30 dan": the 10:30
        text = _without_busy_sentences(text)  # "gesprek met hem is om 11 uur. dus 9 uur dan": the 9
        refused = said.refuses_time(text) or busy_at(text[:said.MAX_CHARS])
        at_clock = None if refused else self._at_clock_time(text, offered)
        if at_clock is not None:  # "om 13:45", "die van 9.45"
            return self._taken_time(at_clock, tracker)
        if said.side_question(text) == said.ANYONE_NOW and self._no_answer(value, dispatcher, tracker):
            # "wie kan ik vannacht nog bellen?": answered, no time wish (stranger test at night c14)
            return {"gekozen_tijd": None} | self._someone_now(tracker, text)
        if self._names_a_time(text):  # a new wish ("over twee weken", "nee, donderdag"): look again
            # after a correction, what follows it ("16 uur ok. o nee wacht ... donderdag zelfde tijd dan", round 34
            # recheck R1 c05: Wednesday 16:00 booked)
            corrected = said.after_correction(str(value or ""))
            return self.validate_tijd_wens(corrected, dispatcher, tracker, domain) | {"gekozen_tijd": None}
        if said.asks_about_place(text) and answer_about_counsellor(str(value or ""), dispatcher, tracker):
            # "op locatie. waar? ik ken alleen de schoonmaakkast" (twenty-fifth round A c08: the times
            # again, the question ignored): the place; a way of meeting in it is remembered
            return {"gekozen_tijd": None} | self._heard_in_passing(str(value or ""), dispatcher, tracker)
        again = self._offer_for_mode(str(value or ""), dispatcher, tracker)
        if again is not None:  # "ik zei op locatie, niet telefonisch of video": the same wish, with that way
            return again
        if self._no_answer(value, dispatcher, tracker):
            return {"gekozen_tijd": None} | self._heard_in_passing(str(value or ""), dispatcher, tracker) \
                | self._someone_now(tracker, str(value or ""))
        picked = self._picked(value, offered)
        if picked is None:
            if _failures(tracker) >= MAX_FAILURES:  # a third time: ask the wish again
                return self._ok({"gekozen_tijd": None, "tijd_wens": None, "aangeboden_tijden": None})
            if _tells_the_matter(text, tracker):  # heard, not counted as an unusable answer
                dispatcher.utter_message(response="utter_tijd_verhaal_gehoord")
                return {"gekozen_tijd": None, "uitleg_nodig": False}
            # a question the form has no answer to is not ignored: said so, and where it can be asked
            return self._failed(tracker, "gekozen_tijd", dispatcher,
                                UNKNOWN_QUESTION if said.asks_in_step(text) else "utter_kies_een_tijd")
        return self._taken_time(picked, tracker)

    @staticmethod
    def _at_clock_time(text: str, offered: list[str]) -> str | None:
        """The one offered time at the clock time the message names (on the day it names, if
        any), or None."""
        hm = said.clock_time(text) or said.compact_clock_time(text)
        if hm is None:
            return _at_hour(said.hour_named(text), offered)
        try:
            when = parse_when(text, clock.now())
        except ImpossibleDate:
            return None
        starts = [(o, offer.decode(o)[1].astimezone(AMSTERDAM)) for o in offered]
        matching = [o for o, start in starts if (start.hour, start.minute) == hm
                    and (when is None or when.start <= start < when.end)]
        return matching[0] if len(matching) == 1 else None

    def _taken_time(self, picked: str, tracker: Tracker) -> dict[str, Any]:
        key, start = offer.decode(picked)
        counsellor = _counsellor(key)
        who = describe([counsellor], with_meeting_modes=False) if counsellor else None
        result: dict[str, Any] = {"gekozen_tijd": picked, "afspraak_tijd": format_slot_nl(start), "vp_met_wie": who}
        return self._ok(result | self._after_time_picked(key, tracker))

    def _after_time_picked(self, counsellor_key: str, tracker: Tracker) -> dict[str, Any]:
        return {}

    @staticmethod
    def _names_a_time(text: str) -> bool:
        if text.startswith("/") or _decoded(text) is not None:  # a button payload, an offered time's value
            return False
        if said.asks_about_another_meeting(text):  # "moet ik morgen wel naar dat gesprek met hem?": no time wish
            return False
        try:
            return parse_when(text, clock.now()) is not None
        except ImpossibleDate:
            return True


# A question asked in a step of the form that the bot has no answer to (round 31 A c01, c06: "Kies een van de tijden
# hieronder" to "moet ik dan haar naam noemen?", "mag ik ook over mezelf beginnen?"): said so, the step asked again
UNKNOWN_QUESTION = "utter_vraag_in_afspraak_onbekend"
SHORT_QUESTION_WORDS = 20  # a question this short, asked in the booking, is no new incident told
TIME_OPENING_WORDS = 6  # a message that opens with a time in this many words answers the time step
BACK_SOON_WORDS = 8  # "sec, telefoon gaat": a short message that says the writer is away for a moment
# A day or time with a word of scheduling: about the appointment, not a new incident ("vandaag gaf mijn
# chef me een klap" names a day and is one)
_SCHEDULING = linear(r"\b(?:liever|graag|kan ik (?:niet|nie|wel)|te laat|te vroeg|lukt|past|schikt|beter|"
                     r"verzetten|verplaatsen|uitkomen|komt (?:\w+ )?uit|heb ik (?:\w+ ){0,3}(?:overleg|dienst|werk))\b",
                     name="afspraak.plannen")
# Questions about thoughts of dying and the help for them, answered in any step of a form.
SAFETY_QUESTIONS = frozenset({followups.WAT_DOET_113, followups.VP_ZELFMOORDGEDACHTEN, followups.PILLEN_WEG})


def _safety_question(text: str) -> str | None:
    """The FAQ key of a question about thoughts of dying or 113 in a typed message, or None."""
    if text.startswith("/"):
        return None
    asked = followups.direct_answer(text)
    return asked if asked in SAFETY_QUESTIONS else None


# Follow-ups to a crisis answer that no booking step can use: whether the counsellor can call now, not
# feeling heard, a time "te laat voor mij", no point, not knowing 113, no more numbers. While the crisis
# is on they are answered as such, and no booking starts or goes on (twenty-first stranger test C c01:
# "stop met die nummers. je luistert ook niet" got "Kies een van de tijden"; C c06).
# BELT_NU: "dank je. ik ga nu die 113 chat proberen denk ik" mid-booking (round 31 C c05: "Wanneer komt het je uit?")
BREAKS_THE_BOOKING = frozenset({crisis.BELT_NU, crisis.VP_NU, crisis.NIET_GEHOORD, crisis.TE_LAAT, crisis.HOPELOOS,
                                crisis.ONBEKEND_113, crisis.GEEN_HULPLIJN, crisis.INGENOMEN})
# Steps about how to meet or be reached, where "niet chatten" or "geen telefoonnummer" is an answer
WAY_STEPS = ("ontmoetingsvorm", "bereikbaar", "contactgegeven")


def crisis_follow_up(tracker: Tracker, text: str, requested: str | None = None) -> str | None:
    """The crisis response for a typed follow-up to a crisis answer said while the crisis is on
    (crisis_actief) at the start of a booking or in one of its steps, or None."""
    if text.startswith("/") or not tracker.get_slot("crisis_actief"):
        return None
    need = crisis.after_crisis(text)
    if need == crisis.DURFT_NIET_BELLEN and requested is None and not said.asks_to_book(text) \
            and not crisis.asks_to_talk_to_counsellor(text):
        # "ik durf niet te bellen. kan ik niet gewoon met jou praten" right after the suicide answer, read as a request
        # to book (round 31 C c09: the times, then "we stoppen hier"): no call needed, the 113 chat, and writing here
        return crisis.after_crisis_response(text, tracker.get_slot("crisis_soort"))
    if need not in BREAKS_THE_BOOKING or (need == crisis.GEEN_HULPLIJN and requested in WAY_STEPS):
        return None
    if need in (crisis.NIET_GEHOORD, crisis.GEEN_HULPLIJN) \
            and (said.asks_to_book(text) or crisis.asks_to_talk_to_counsellor(text)):
        # "je blijft hetzelfde zeggen. kan ik morgen met die vertrouwenspersoon praten?" (round 22 C c01); "ook niet
        # chatten. ik wil een afspraak met de vertrouwenspersoon. kan dat?" (round 32 recheck B c02): the booking
        # asked for, without the lines refused (action_check_bereikbaarheid)
        return None
    return crisis.after_crisis_response(text, tracker.get_slot("crisis_soort"))


THREAT_ANSWERS = ("utter_afspraak_dreiging", "utter_afspraak_na_bedreiging", "utter_crisis_dreiging_later")


def _threat_in_booking(text: str, tracker: Tracker) -> str | None:
    """A threat by someone else told in a step of the booking, before any crisis or threat answer in
    this conversation: what to do before then, and the booking goes on; else None."""
    if text.startswith("/") or tracker.get_slot("crisis_actief") or not crisis.threatened(text):
        return None
    if any(answers.bot_said(tracker.events, response=r) for r in THREAT_ANSWERS):
        return None
    return THREAT_ANSWERS[0]


def _help_lines_refused(text: str) -> list[EventType]:
    """"stop met die nummers": the goodbye names none again (hulplijn_geweigerd)."""
    return [SlotSet("hulplijn_geweigerd", True)] if crisis.refuses_help_lines(text) else []


def zelf_bellen_text() -> str:
    """How calling in oneself works, for a person who gives no number (content/afspraak.yml)."""
    return content.fill(content.afspraak_knoppen()["zelf_bellen"], content.hulplijn_values())


def utter_faq(dispatcher: CollectingDispatcher, tracker: Tracker, response: str) -> None:
    """An FAQ answer in the booking. "Hoe belt hij me?" while the number or address is still asked
    (telefoon or e-mail chosen, nothing given yet) gets how calling in oneself works: the answer's
    variant for telefoon and e-mail says the details were left (eighth stranger test c02)."""
    if response == "utter_faq/anoniem_bellen" and tracker.get_slot("bereikbaar") in (said.PHONE, said.EMAIL) \
            and not tracker.get_slot("contactgegeven"):
        dispatcher.utter_message(text=f"{zelf_bellen_text()} {content.afspraak_knoppen()['zelf_bellen_kiezen']}")
        return
    dispatcher.utter_message(response=response)


def _asks_if_moving(text: str) -> bool:
    """"is dit nu een verplaatsing van mijn oude afspraak?" while booking; with a day or time in it
    ("kunnen we het naar donderdag verplaatsen?") it corrects this booking instead."""
    return not text.startswith("/") and said.asks_if_moving(text) and not _TimeValidation._names_a_time(text.lower())


def _answered_by_a_rule(tracker: Tracker) -> bool:
    """Whether the message was answered already by a rule's action (the FAQ rule's
    action_vraag_in_afspraak) before the form came back to it."""
    for event in reversed(tracker.events or []):
        if not isinstance(event, dict):
            continue
        if event.get("event") == "user":
            return False
        if event.get("event") == "action" and event.get("name") == "action_vraag_in_afspraak":
            return True
    return False


def _said_since_the_message(tracker: Tracker, response: str) -> bool:
    """Whether the bot's reply to the latest message already holds this response (an action
    before the form answered it)."""
    for event in reversed(tracker.events or []):
        kind = event.get("event") if isinstance(event, dict) else None
        if kind == "user":
            return False
        if kind == "bot" and (event.get("metadata") or {}).get("utter_action") == response:
            return True
    return False


def _said_just_before(tracker: Tracker, response: str) -> bool:
    """Whether the bot's reply to the message before the latest one held this response."""
    seen_user = False
    for event in reversed(tracker.events or []):
        kind = event.get("event") if isinstance(event, dict) else None
        if kind == "user":
            if seen_user:
                return False
            seen_user = True
        elif kind == "bot" and seen_user and (event.get("metadata") or {}).get("utter_action") == response:
            return True
    return False


def vp_nummer(counsellor) -> str:
    """How to reach this counsellor when the person calls in: the number from the counsellors
    file, else the intranet and a way for who cannot get there (tenth stranger test c17, c20)."""
    texts = content.afspraak_knoppen()
    number = phone_numbers().get(counsellor.key) if counsellor is not None else None
    if number:
        return content.fill(texts["vp_nummer"], {"naam": counsellor.name, "nummer": number})
    return texts["vp_nummer_intranet"]


def _code_lost_earlier(tracker: Tracker) -> bool:
    """Whether a message before the latest one said the code is lost or asked to find the
    appointment without it ("ik ben mijn code kwijt"): the appointment exists."""
    users = [e for e in (tracker.events or []) if isinstance(e, dict) and e.get("event") == "user"]
    return any(said.lost_code(e.get("text") or "") or said.asks_to_find_without_code(e.get("text") or "")
               for e in users[:-1])


def without_code(text: str, tracker: Tracker) -> bool:
    """"kun je zoeken op mijn naam?", or "ik HEB geen code" after the code was said lost: the
    appointment cannot be found, and it is no new booking (tenth stranger test c11)."""
    if not text or text.startswith("/") or said.code_in(text) is not None:
        return False
    return said.asks_to_find_without_code(text) or (
        _code_lost_earlier(tracker) and (said.no_code_at_hand(text) or _describes_the_appointment(text))
        and not said.has_no_appointment_after_lost_code(text))


def _describes_the_appointment(text: str) -> bool:
    """"donderdag 9 uur bij Marieke" after the code was said lost (eleventh stranger test c04: the
    lost-code text again, then "Wat is je code?"): the day, the time or the counsellor of the
    appointment, which cannot find it either."""
    return said.wishes_a_time(text) or said.names_a_counsellor(text, _all_names())


def utter_without_code(dispatcher: CollectingDispatcher) -> None:
    """No code, no appointment found: why, how to move or cancel it anyway, and a way to stop."""
    texts = content.afspraak_knoppen()
    numbers = {c.name: phone_numbers().get(c.key) for c in availability.active_counsellors(sessions())}
    listed = [f"{name}: {number}" for name, number in numbers.items() if number]
    reach = content.fill(texts["vp_nummers_zonder_code"], {"nummers": routing.join(listed, texts["en"])}) \
        if listed else texts["vp_nummer_intranet"]
    dispatcher.utter_message(text=content.fill(texts["zonder_code"], {"bereiken": reach}),
                             buttons=[{"title": texts["stoppen_knop"], "payload": "/stoppen"}])


def _without_busy_sentences(text: str) -> str:
    """The message without its sentences that say a time is busy, when another sentence remains: "gesprek met hem
    is om 11 uur. dus 9 uur dan" (round 32 B c07: the answer on how long a talk lasts, the times again) chooses 9."""
    capped = text[:said.MAX_CHARS]
    parts, start = [], 0
    for i, char in enumerate(capped):  # one pass: sentences end at . ! ? ;
        if char in ".!?;":
            parts.append(capped[start:i + 1])
            start = i + 1
    parts.append(capped[start:])
    parts = [p for p in parts if p.strip()]
    free = [p for p in parts if not busy_at(p)]
    return " ".join(free).strip() if len(parts) > 1 and free and len(free) < len(parts) else text


def _only_some(counsellors: list) -> bool:
    """Whether these are fewer than all counsellors (a wish, or the counsellor of a code)."""
    return bool(counsellors) and len({c.key for c in counsellors}) < len(availability.active_counsellors(sessions()))


def _names(counsellors: list) -> str:
    return routing.join(list(dict.fromkeys(c.name for c in counsellors)), content.afspraak_knoppen()["en"])


def _tells_the_matter(text: str, tracker: Tracker) -> bool:
    """A message in the time step that tells about the matter ("pesten. al maanden") rather than
    when it suits: its words, or a situation among the classifier's first two guesses."""
    if said.tells_about_the_matter(text):
        return True
    ranking = [r for r in (tracker.latest_message or {}).get("intent_ranking") or [] if isinstance(r, dict)][:2]
    return any(r.get("name") in SITUATION_INTENTS and _confidence(r) >= STORY_INCIDENT_CONFIDENCE for r in ranking)


def _integrity_told(text: str, tracker: Tracker) -> str | None:
    """The integrity matter a message in the booking tells ("het gaat eigenlijk over fraude door
    mijn afdelingshoofd"): in so many words, or the classifier sure of an integrity situation."""
    if text.startswith("/"):
        return None
    named = said.integrity_matter(text)
    if named is not None:
        return named
    if said.counsellor_wish(text, _by_name()).where is not None:
        # "liefst iemand die niet van ons eigen bedrijf is, en een vrouw" (twenty-fifth stranger test A c01:
        # "Voor belangenverstrengeling kun je het best terecht bij ..."): about the counsellor, not the matter
        return None
    intent, confidence = _intent(tracker)
    guesses = [(intent, confidence)]
    if intent == BOOKING_INTENT:  # a request to book that tells the matter: the classifier's other guesses
        guesses = [(r.get("name"), _confidence(r)) for r in (tracker.latest_message or {}).get("intent_ranking") or []
                   if isinstance(r, dict)][:2]
    for name, sure in guesses:
        sit = content.situaties().get(name or "")
        if sit is not None and sit.soort == routing.INTEGRITEIT and sure >= INCIDENT_CONFIDENCE:
            return name
    return None


def _confidence(guess: dict) -> float:
    try:
        return float(guess.get("confidence") or 0)
    except (TypeError, ValueError):
        return 0.0


def asks_about_counsellor(text: str) -> bool:
    """The message asks whether a counsellor also helps the other side, or who a counsellor is."""
    return said.asks_about_counsellor_side(text, _by_name()) or said.asks_who_counsellor(text, _by_name())


def answer_about_counsellor(text: str, dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    """A question about the counsellor the bot can only answer from what it knows: a woman or a
    man (the counsellors file holds no such thing: say so and name who can be chosen), or a place
    to meet (only the ways of meeting the counsellors offer). True when answered; a second
    question in the same message ("wie is die vertrouwenspersoon, en kost dat iets?", fifth
    stranger test c26) then gets its own answer too."""
    if _about_counsellor(text, dispatcher, tracker):
        answers.answer_other_questions(dispatcher, text, "wie_is_vp")
        return True
    return False


def _about_counsellor(text: str, dispatcher: CollectingDispatcher, tracker: Tracker) -> bool:
    if said.asks_about_counsellor_side(text, _by_name()):
        _answer_side(text, dispatcher)  # "helpt Marieke ook de klager?": no choice (tenth stranger test c06)
        return True
    if said.asks_for_gender(text) and not said.gender_as_reason(text, _by_name()):
        counsellors = availability.active_counsellors(sessions())
        by_name = [c for c in counsellors if c.by_name]
        dispatcher.utter_message(response="utter_vp_geslacht_namen" if by_name else "utter_vp_geslacht",
                                 vp_namen=describe(by_name or counsellors, with_meeting_modes=False))
        return True
    if said.asks_who_counsellor(text, _by_name()):
        _answer_who(text, dispatcher, tracker)
        return True
    if said.asks_about_place(text) and not _TimeValidation._names_a_time(text.lower()):
        picked = _counsellor_of(tracker.get_slot("gekozen_tijd"))
        offered = _offered(tracker)
        counsellors = [picked] if picked else _offered_counsellors(offered) if offered else _route(tracker).counsellors
        locations = [c.location for c in counsellors if c.location and "op_locatie" in c.meeting_modes]
        ways = describe(counsellors)
        if locations:
            dispatcher.utter_message(response="utter_afspraak_plek_locatie", vp_met_wie=ways,
                                     locatie=" / ".join(dict.fromkeys(locations)))
        else:
            dispatcher.utter_message(response="utter_afspraak_plek", vp_met_wie=ways)
        return True
    return False


def _answer_side(text: str, dispatcher: CollectingDispatcher) -> None:
    """Whether a counsellor also helps the other side, is neutral or knows people in the matter:
    the bot cannot know; ask at the start, the counsellor says when they cannot help; the others
    who may be chosen (the external ones first)."""
    texts = content.afspraak_knoppen()
    norm = text.lower()
    named = {k for k, name in _by_name().items() if any(p.lower() in norm for p in name.split() if len(p) > 2)}
    others = [c for c in availability.active_counsellors(sessions()) if c.by_name and c.key not in named]
    others.sort(key=lambda c: c.internal)
    other = content.fill(texts["vp_andere_kiezen"], {"namen": describe(others, with_meeting_modes=False)}) \
        if others else texts["vp_andere_algemeen"]
    dispatcher.utter_message(text=content.fill(texts["vp_beide_kanten"], {"anders": other}))


def _answer_who(text: str, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """Who the named counsellor is (or, when none is named, the ones offered or on this route):
    name, kind, internal or external, in the words of content/vertrouwenspersonen.yml."""
    wish = said.counsellor_wish(text, _by_name())
    counsellors = availability.active_counsellors(sessions())
    asked = counsellors if wish.asked else [c for c in counsellors if c.key == wish.key]  # "is marieke intern?": all
    if not asked and wish.kind:  # "wie is de vertrouwenspersoon integriteit bij ons?" (c05)
        asked = [c for c in counsellors if c.serves(wish.kind)]
        if not asked and wish.kind == availability.VPI:  # nobody for integrity: said truthfully
            dispatcher.utter_message(response="utter_afspraak_geen_integriteit", vp_namen=_names(counsellors))
            return
    if not asked:
        picked = _counsellor_of(tracker.get_slot("gekozen_tijd"))
        offered = _offered(tracker)
        asked = [picked] if picked else _offered_counsellors(offered) if offered else _route(tracker).counsellors
    if not wish.key and wish.where:  # "wie is external?": the external ones (of these, else of all)
        internal = wish.where == said.INTERN
        asked = [c for c in asked if c.internal == internal] or [c for c in counsellors if c.internal == internal] \
            or asked
    texts = content.vertrouwenspersonen()
    overview = routing.describe(asked or counsellors, texts, texts["rollen"], content.ontmoetingsvormen(),
                                with_meeting_modes=False)
    dispatcher.utter_message(response="utter_vp_wie_is", vp_overzicht=overview)


# --- the booking form ---------------------------------------------------------------------------

class ValidateAfspraakForm(_TimeValidation, FormValidationAction):
    def name(self) -> str:
        return "validate_afspraak_form"

    async def required_slots(self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker,
                             domain: DomainDict) -> list[str]:
        if (tracker.get_slot("afspraak_stoppen") is True or tracker.get_slot("afspraak_afgezegd") is True) \
                and tracker.get_slot("bevestiging") is False:
            return []  # "laat maar, ik bel zelf wel", "ik wil nog geen afspraak": the form ends, nothing is booked
        slots = list(domain_slots)
        if _decoded(tracker.get_slot("gekozen_tijd")) is not None and tracker.get_slot("tijd_wens") is None:
            # a booking broken off and asked for again goes on from its time (action_reset_afspraak)
            return [s for s in slots if s not in ("vp_soort", "tijd_wens")
                    and not (s == "contactgegeven" and tracker.get_slot("bereikbaar") not in ("telefoon", "email"))]
        if "vp_soort" in slots and not availability.kinds_to_choose(availability.active_counsellors(sessions())):
            slots.remove("vp_soort")
        if tracker.get_slot("bereikbaar") not in ("telefoon", "email") and "contactgegeven" in slots:
            slots.remove("contactgegeven")
        return slots

    # -- before any validation: a message that is no answer to the question asked ------------

    def extract_bevestiging(self, dispatcher, tracker: Tracker, domain) -> dict[str, Any]:
        """At the summary, "nee, donderdag toch" is a correction, whatever its intent (not a crisis)."""
        if tracker.get_slot("requested_slot") == "bevestiging" and _intent(tracker)[0] != CRISIS_INTENT \
                and self._names_a_time(_latest_text(tracker).lower()):
            return {"bevestiging": False}
        return {}

    async def get_validation_events(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        """A wish about the counsellor, or a new incident, told while the form asks something
        else, is heard first; the slot the form asked for is not filled from it."""
        if _intent(tracker)[0] == CRISIS_INTENT:
            # Rasa runs this validation (action_extract_slots) before the rule that lets a crisis go
            # first: nothing of the message is read as an answer ("ik heb pillen gespaard, ik weet
            # niet of ik dinsdag nog haal" at the summary offered Tuesday's times; seventh stranger test c21)
            return [SlotSet(k, None) for k in tracker.slots_to_validate()]
        requested = tracker.get_slot("requested_slot")
        text = _latest_text(tracker)
        candidates = tracker.slots_to_validate()
        follow_up = crisis_follow_up(tracker, text, requested) if requested else None
        if follow_up is not None:
            # "dat is te laat voor mij" to the times, after pills were told (twenty-first stranger test C
            # c06: "Kies een van de tijden"): answered as the crisis it is; the booking stops here
            # (afspraak_uitkomst onderbroken: nothing more is said, the bot waits)
            dispatcher.utter_message(response=follow_up)
            return [SlotSet(requested, None), SlotSet("bevestiging", False), SlotSet("afspraak_stoppen", True),
                    SlotSet("afspraak_uitkomst", ONDERBROKEN), SlotSet("requested_slot", None),
                    *_help_lines_refused(text)]
        if requested and not text.startswith("/") and said.back_soon(text) and len(text.split()) <= BACK_SOON_WORDS:
            # "sec, telefoon gaat" at the contact step (round 29 recheck A c08: "Wat is je telefoonnummer?"): away
            # for a moment; nothing of it is an answer, and the question comes back
            dispatcher.utter_message(response="utter_afspraak_even_weg")
            return [SlotSet(requested, None)]
        if requested and not text.startswith("/") and not tracker.get_slot("crisis_actief") \
                and crisis.threat_to_come_home(text):
            # "ik weet waar je woont, ik kom vanavond even langs. i am home alone" (round 30 B c08: the advice for
            # a threat at work and "We gaan verder met je afspraak", then "should i call the police now?" read
            # as a time): the answer for that fear; the booking waits (its time kept, action_boek_afspraak)
            dispatcher.utter_message(response="utter_crisis_bang_komst")
            return [SlotSet(requested, None), SlotSet("bevestiging", False), SlotSet("afspraak_stoppen", True),
                    SlotSet("afspraak_uitkomst", ONDERBROKEN), SlotSet("requested_slot", None),
                    SlotSet("crisis_soort", crisis.BANG_KOMST), SlotSet("crisis_actief", True)]
        threat = _threat_in_booking(text, tracker) if requested else None
        if threat is not None:
            # "ok 14.30. want die gast van de expeditie zei vanochtend dat ie me na mijn dienst buiten op gaat
            # wachten" (round 22 A c03: "Hoe wil je het gesprek voeren?", twice): the threat first; a time in
            # the same message is still read as the answer
            dispatcher.utter_message(response=threat)
            if not (requested in ("tijd_wens", "gekozen_tijd") and self._names_a_time(text.lower())):
                return [SlotSet(requested, None)]
        safety = _safety_question(text)
        if requested and safety is not None:
            # "moet ik hem vertellen dat ik vannacht dood wilde? ben bang dat ie dan mijn baas belt" (twentieth
            # stranger test C c09: the time slots again, then "Kies een van de tijden"): answered, in any step
            if not _answered_by_a_rule(tracker):
                dispatcher.utter_message(response=f"utter_faq/{safety}")
            return [SlotSet(requested, None)]
        chosen = self._choice_with_a_question(requested, text, dispatcher, tracker)
        if chosen is not None:
            return [SlotSet(k, v) for k, v in chosen.items()]
        if requested == "contactgegeven":
            pressed = self._button_at_contact(text, dispatcher, tracker)
            if pressed is not None:
                return [SlotSet(k, v) for k, v in pressed.items()]
        anonymous_way = requested in ("bereikbaar", "contactgegeven", "bevestiging") and said.refuses_number(text)
        if requested and not text.startswith("/") and not anonymous_way \
                and said.gives_up(text, asked_for_contact=requested in ("bereikbaar", "contactgegeven")):
            # "laat maar, ik bel zelf wel": the booking stops here, kindly (no pressure to choose)
            return [SlotSet(requested, None), SlotSet("bevestiging", False), SlotSet("afspraak_stoppen", True),
                    SlotSet("requested_slot", None)]
        if requested and not text.startswith("/") and said.clearly_declines(text):
            # "wacht ik wil nog geen afspraak, ik vroeg of het anoniem kan", "stop, I'll think about
            # it": whatever else is in it, the booking ends kindly, and a question in it is answered
            return self._declined(requested, text, dispatcher, tracker)
        if requested == "bevestiging" and not text.startswith("/"):
            way = self._other_way_at_summary(text, tracker)
            if way is not None:  # "eigenlijk toch liever bij haar langs ipv bellen" (round 32 A c08)
                return [SlotSet(k, v) for k, v in way.items()]
        if requested and _asks_if_moving(text):
            # "wacht, is dit nu een verplaatsing van mijn oude afspraak?": no, a new one; how to move the old
            dispatcher.utter_message(response="utter_afspraak_nieuw_niet_verplaatst")
            return [SlotSet(requested, None)]
        if requested in ("bereikbaar", "contactgegeven"):
            corrected = self._way_corrected(requested, text, dispatcher, tracker)
            if corrected is not None:
                return [SlotSet(k, v) for k, v in corrected.items()]
        if requested == "bevestiging" and tracker.get_slot("wat_anders_gevraagd") is True:
            part = self._part_to_change(text, tracker)
            if part is not None:
                return [SlotSet(k, v) for k, v in part.items()]
        if requested and not text.startswith("/") and (_intent(tracker)[0] == "terug" or said.wants_to_continue(text)) \
                and not (requested in ("tijd_wens", "gekozen_tijd") and self._names_a_time(text.lower())):
            # "ik wil verder met de afspraak", "wat vroeg je ook alweer?": the question comes back; "kunnen we gewoon
            # die afspraak afmaken. dinsdag 9 uur" (round 31 A c06: "Wanneer komt het je uit?") answers it
            return [SlotSet(requested, None)]
        if requested and _intent(tracker)[0] in MANAGE_INTENTS and not text.startswith("/") \
                and (said.code_in(text) is not None or _cancels_earlier(tracker)):
            # "verzetten ABCD-EFGH-JKMN" while booking, or "ik wil AFZEGGEN" after STOP_OR_CANCEL: no
            # answer here, so the form rejects the message and the rule switches to the code form
            # (action_beheer_in_boeking)
            return []
        if requested and _intent(tracker)[0] in MANAGE_INTENTS and not text.startswith("/"):
            # "nee toch donderdag, dinsdag kan ik niet": read as changing an appointment, but the person
            # is making this one (action_beheer_in_boeking kept the form): a correction, or a question back
            heard = self._manage_in_booking(requested, text, dispatcher, tracker, domain)
            return [SlotSet(k, v) for k, v in heard.items()]
        if requested not in (None, "bevestiging") and not text.startswith("/") and said.declines_booking(text) \
                and not said.has_no_appointment(text):  # "ik heb nog geen afspraak, ik wil donderdag": no decline
            # "ik wil geen afspraak": no answer; the ask action offers to stop (or to go on)
            return [SlotSet(requested, None), SlotSet("afspraak_stoppen", True)]
        if requested and not text.startswith("/") and said.asks_who_counsellor(text, _by_name()):
            # "wie is die Marieke eigenlijk?": answered (unless the FAQ rule just did); the name in it is no choice
            if not _answered_by_a_rule(tracker):
                _answer_who(text, dispatcher, tracker)
                answers.answer_other_questions(dispatcher, text, "wie_is_vp")  # "… en kost dat iets?" (c26)
            return [SlotSet(requested, None)]
        if requested and not text.startswith("/") and said.asks_about_counsellor_side(text, _by_name()):
            # "is die marieke nie toevallig degene die haar helpt?" (twentieth round B c04: read as a new
            # matter, abuse of power): the bot cannot know; whom else one can choose; no answer here
            if not _answered_by_a_rule(tracker):
                _answer_side(text, dispatcher)
            return [SlotSet(requested, None)]
        avoiding = self._avoids_meeting(requested, text, dispatcher, tracker)
        if avoiding is not None:  # "ik wil hem niet tegenkomen": phone or video, no new matter (c17)
            if requested in ("tijd_wens", "gekozen_tijd") and self._names_a_time(text.lower()):
                return avoiding[:-1] + await super().get_validation_events(dispatcher, tracker, domain)
            return avoiding
        matter = _integrity_told(text, tracker) if requested not in (None, "vp_soort", "contactgegeven") else None
        if matter is not None:
            # "het gaat eigenlijk over fraude door mijn afdelingshoofd": the booking goes to a counsellor
            # for integrity, said (seventh stranger test c05: Marieke, VPOO, was offered three times)
            switched = self._to_integrity(requested, matter, dispatcher, tracker)
            if switched is not None:
                return [SlotSet(k, v) for k, v in switched.items()]
        if requested == "bevestiging":
            at_summary = self._at_summary(text, dispatcher, tracker)
            if at_summary is not None:
                return [SlotSet(k, v) for k, v in at_summary.items()]
        later_steps = ("vp_soort", "bereikbaar", "contactgegeven", "bevestiging")
        told = self._new_incident(text, tracker) if requested in later_steps else None
        if told is not None:
            dispatcher.utter_message(response="utter_afspraak_iets_nieuws")
            return [SlotSet(requested, None), SlotSet("nieuw_voorval", told)]
        if requested in ("tijd_wens", "gekozen_tijd", "ontmoetingsvorm", "bereikbaar", "contactgegeven") \
                and not text.startswith("/") and said.asks_what_to_do(text):
            # "wat moet ik doen als de zoon vandaag weer komt?", "teamleider zegt ik moet nu naar huis, vandaag geen
            # werk ... wat moet ik doen??" (round 30 A c03, c09: "vandaag" taken as the day for the talk, the time
            # chosen dropped): a question, no time; a new incident is heard, a question answered
            told = self._new_incident(text, tracker)
            if told is not None:
                dispatcher.utter_message(response="utter_afspraak_iets_nieuws")
                return [SlotSet(requested, None), SlotSet("nieuw_voorval", told)]
            if not _answered_by_a_rule(tracker):
                dispatcher.utter_message(response=self._faq_answer(tracker) or "utter_afspraak_vraag_niet_begrepen")
            return [SlotSet(requested, None)]
        if requested in ("tijd_wens", "gekozen_tijd", "ontmoetingsvorm") and requested in candidates:
            heard = self._heard_instead(requested, text, dispatcher, tracker)
            if heard is not None:
                return [SlotSet(k, v) for k, v in heard.items()]
        elif requested in ("tijd_wens", "gekozen_tijd") and self._wish_taken_for_a_question(tracker, text):
            # "kan het ook met een interne?" looks like a question, but it is a wish: heard as one
            heard = self._new_wish(said.counsellor_wish(text, _by_name()), dispatcher, tracker)
            return [SlotSet(k, v) for k, v in heard.items()]
        return await super().get_validation_events(dispatcher, tracker, domain)

    @staticmethod
    def _avoids_meeting(requested: str | None, text: str, dispatcher, tracker: Tracker) -> list[EventType] | None:
        """Not wanting to run into the person it is about at the place of the talk (tenth stranger
        test c17): the other ways of meeting are offered, in person is not offered any more (and
        asked again when it was chosen). The requested slot's event comes last. None otherwise."""
        if requested is None or text.startswith("/") or not said.avoids_meeting_someone(text):
            return None
        texts = content.afspraak_knoppen()
        chosen = tracker.get_slot("ontmoetingsvorm")
        refused = tracker.get_slot("vorm_niet")
        refused = sorted((set(refused) if isinstance(refused, list) else set()) | {said.IN_PERSON})
        events: list[EventType] = [SlotSet("vorm_niet", refused)]
        if chosen in said.MEETING_MODES and chosen != said.IN_PERSON and requested != "ontmoetingsvorm":
            dispatcher.utter_message(text=content.fill(texts["niet_tegenkomen_al"], {"vorm": _mode_title(chosen)}))
            return events + [SlotSet(requested, None)]
        picked = _counsellor_of(tracker.get_slot("gekozen_tijd"))
        offered = _offered(tracker)
        counsellors = [picked] if picked else _offered_counsellors(offered) if offered else _route(tracker).counsellors
        ways = [m for m in (said.PHONE, said.VIDEO) if any(m in c.meeting_modes for c in counsellors)]
        if ways:
            wijzen = routing.join([_mode_title(m) for m in ways], texts["of"])
            dispatcher.utter_message(text=content.fill(texts["niet_tegenkomen"], {"wijzen": wijzen}))
        else:
            dispatcher.utter_message(text=texts["niet_tegenkomen_alleen_locatie"])
        if chosen == said.IN_PERSON and ways:
            events += [SlotSet("ontmoetingsvorm", None), SlotSet("ontmoetingsvorm_titel", None),
                       SlotSet("locatie", None)]
        return events + [SlotSet(requested, None)]

    def _button_at_contact(self, text: str, dispatcher, tracker: Tracker) -> dict[str, Any] | None:
        """A button of an earlier question pressed while the number or address is asked (eighth
        stranger test c21: "Telefoon" pressed again got "Dat nummer kan ik niet gebruiken"), or its
        choice typed alone ("telefoon"): the choice made already asks for the number again, without
        an error; another contact choice or way of meeting the counsellor offers is taken. None for
        any other message."""
        pressed = said.option_pressed(text, (tracker.latest_message or {}).get("entities"))
        if pressed is None and not text.startswith("/") and len(text.split()) <= 2 \
                and not (said.email_in(text) or said.phone_in(text)) and said.contact_choice(text) is not None:
            pressed = ("bereikbaar", said.contact_choice(text))
        choice = pressed[1] if pressed and pressed[0] == "bereikbaar" else None
        mode = pressed[1] if pressed and pressed[0] == "ontmoetingsvorm" else None
        if choice in said.CONTACT_CHOICES:
            # the choice is set in either case: a typed "anoniem" was extracted before this runs
            # (extract_contactgegeven), and only what this returns is kept
            if choice == tracker.get_slot("bereikbaar") and choice != said.ANONYMOUS:
                return {"bereikbaar": choice, "contactgegeven": None}
            return self._ok({"bereikbaar": choice, "contactgegeven": None})
        if mode in said.MEETING_MODES:
            counsellor = _counsellor_of(tracker.get_slot("gekozen_tijd"))
            if mode == tracker.get_slot("ontmoetingsvorm") or counsellor is None \
                    or mode not in counsellor.meeting_modes:
                return {"contactgegeven": None}
            dispatcher.utter_message(text=content.fill(content.afspraak_knoppen()["vorm_genoteerd"],
                                                       {"vorm": _mode_title(mode)}))
            return self._mode_slots(mode, counsellor) | {"contactgegeven": None}
        return None

    def _way_corrected(self, requested: str, text: str, dispatcher, tracker: Tracker) -> dict[str, Any] | None:
        """"nee wacht liever telefonisch" at the contact step, after "op locatie": the way of meeting
        changes (said), when the counsellor offers it; the contact question comes back."""
        counsellor = _counsellor_of(tracker.get_slot("gekozen_tijd"))
        mode = said.way_corrected(text, tracker.get_slot("ontmoetingsvorm"))
        if counsellor is None or mode is None:
            return None
        if mode not in counsellor.meeting_modes:
            dispatcher.utter_message(response=UNMET_RESPONSES[routing.VORM],
                                     ontmoetingsvorm_titel=content.ontmoetingsvormen()[mode],
                                     vp_namen=_names([counsellor]))
            return {requested: None}
        dispatcher.utter_message(text=content.fill(content.afspraak_knoppen()["vorm_genoteerd"],
                                                   {"vorm": _mode_title(mode)}))
        return self._mode_slots(mode, counsellor) | {requested: None}

    @staticmethod
    def _part_to_change(text: str, tracker: Tracker) -> dict[str, Any] | None:
        """The answer to "Wat wil je anders?" (after "nee" at the summary): a button, or a typed
        "een ander moment". The part chosen is asked again; the rest stays. None: not such an answer
        (a second "nee" ends the booking, a typed way or contact choice is read as at the summary)."""
        entities = (tracker.latest_message or {}).get("entities") or []
        part = next((e.get("value") for e in entities if isinstance(e, dict) and e.get("entity") == "wijzig_deel"),
                    None)
        if part is None and not text.startswith("/") and said.wants_other_moment(text):
            part = "tijd"
        cleared = {"tijd": ("gekozen_tijd", "tijd_wens", "aangeboden_tijden"),
                   "vorm": ("ontmoetingsvorm", "ontmoetingsvorm_titel", "locatie"),
                   "bereikbaar": ("bereikbaar", "contactgegeven")}.get(str(part))
        if cleared is None:
            return None
        return dict.fromkeys(cleared) | {"bevestiging": None, "wat_anders_gevraagd": None,
                                         "afspraak_fouten": 0.0, "uitleg_nodig": False}

    def _declined(self, requested: str, text: str, dispatcher, tracker: Tracker) -> list[EventType]:
        """The booking declined: said kindly, a question asked in the same message answered
        (action_vraag_in_afspraak leaves a decline to this), and the form ends without booking."""
        dispatcher.utter_message(response="utter_afspraak_afgezegd")
        self._answer_in_passing(text, dispatcher, tracker)  # action_vraag_in_afspraak left it to this
        return [SlotSet(requested, None), SlotSet("bevestiging", False), SlotSet("afspraak_afgezegd", True),
                SlotSet("afspraak_stoppen", None), SlotSet("requested_slot", None)]

    def _answer_in_passing(self, text: str, dispatcher, tracker: Tracker) -> None:
        """The answer to a question asked inside another message ("..., ik vroeg of het anoniem
        kan"): about a counsellor, the FAQ answer found for it, or by its kind; nothing when the
        bot cannot tell what was asked (the closing invites the question again)."""
        kind = said.side_question(text)
        if kind == said.ANYONE_NOW:  # "nee stop nou, ik wil nu iemand": who is there now (c14)
            dispatcher.utter_message(response="utter_afspraak_nu_iemand")
            return
        if not said.asks_something(text) and kind is None:
            return
        if answer_about_counsellor(text, dispatcher, tracker):
            return
        found = ("utter_faq/afspraak_geen_klacht" if said.asks_if_official_report(text) else None) \
            or self._faq_answer(tracker) or _asked_by_cue(text) \
            or ("utter_faq/anoniem" if said.asks_about_anonymity(text) else None) \
            or ("utter_afspraak_privacy" if kind == said.PRIVACY or said.mentions_privacy(text) else None)
        if found:
            if not _said_just_before(tracker, found):  # "ik vroeg of het anoniem kan": answered just now
                dispatcher.utter_message(response=found)
        elif kind == said.WITH_WHOM:
            dispatcher.utter_message(response="utter_afspraak_met_wie", vp_met_wie=self._with_whom(tracker))
        elif kind == said.ANYONE_NOW:
            dispatcher.utter_message(response="utter_afspraak_nu_iemand")

    def _manage_in_booking(self, requested: str, text: str, dispatcher, tracker: Tracker, domain) -> dict[str, Any]:
        if requested == "gekozen_tijd" and said.wants_other_moment(text):
            # "Een ander moment" typed (read as changing an appointment): as its button does
            return self._ok({"gekozen_tijd": None, "tijd_wens": None, "aangeboden_tijden": None})
        if self._names_a_time(text.lower()):
            result = self.validate_tijd_wens(text, dispatcher, tracker, domain)
            return result | {"gekozen_tijd": None, "bevestiging": None} | ({requested: None}
                                                                           if requested not in result else {})
        if answer_about_counsellor(text, dispatcher, tracker):
            return {requested: None}
        if requested == "bevestiging" and said.confirms_booking(text):
            return {"bevestiging": True}  # "laat maar. maak de afspraak maar" (round 34 B c06: read as cancelling)
        if said.declines_booking(text) or _intent(tracker)[0] == "afspraak_annuleren":
            return {requested: None, "afspraak_stoppen": True}  # the ask action offers to stop or go on
        dispatcher.utter_message(response="utter_afspraak_beheer_in_boeking")
        return {requested: None}

    @staticmethod
    def _wish_taken_for_a_question(tracker: Tracker, text: str) -> bool:
        intent, _ = _intent(tracker)
        return intent in ("faq", "afspraak_maken", "nlu_fallback") and not text.startswith("/") \
            and bool(said.counsellor_wish(text, _by_name()))

    def _choice_with_a_question(self, requested: str | None, text: str, dispatcher,
                                tracker: Tracker) -> dict[str, Any] | None:
        """"16:00 is goed denk ik. moet ik dan vrij vragen?", "video is goed, maar via welk programma?",
        "mail is goed: an@x.be. wie ziet dat adres?" (twentieth round A c01, c02: the question was
        answered and the choice dropped, or the choice taken and the question ignored), and an answer
        first, then a question: "telefonisch. maar ziet mijn teamleider dat ik een afspraak heb?", "ja.
        en welk programma wordt die video dan?" (twenty-fourth round A c01, c02, c03, c05): the
        question is answered and the choice taken."""
        if requested not in ("gekozen_tijd", "ontmoetingsvorm", "bereikbaar", "contactgegeven", "bevestiging"):
            return None
        first = said.answer_then_question(text)
        if said.affirms_with_question(text) and requested != "bevestiging":
            answer = text
        elif first is not None:
            answer = first.head
        else:
            return None
        result: dict[str, Any] | None = None
        if requested == "gekozen_tijd":
            offered = _offered(tracker)
            picked = self._at_clock_time(answer.lower(), offered) or self._on_the_day_named(answer, offered)
            result = self._taken_time(picked, tracker) if picked else None
        elif requested == "ontmoetingsvorm":
            counsellor = _counsellor_of(tracker.get_slot("gekozen_tijd"))
            mode = said.way_of_meeting(answer)
            asks_where = first is not None and mode == said.IN_PERSON and said.asks_about_place(first.rest)
            if counsellor is not None and mode in counsellor.meeting_modes and not asks_where:
                # "op locatie, waar is dat dan?" is no choice yet: the place, and the question again
                result = self._ok(self._mode_slots(mode, counsellor))
        elif requested == "bevestiging":
            # a plain yes, not "ja, maar ...": the booking is made and the question answered
            if first is not None and not first.hesitant and said.plain_yes(first.head):
                result = {"bevestiging": True}
        else:
            choice = said.contact_choice(answer) if requested == "bereikbaar" else tracker.get_slot("bereikbaar")
            detail = said.email_in(text) if choice == said.EMAIL else said.phone_in(text) if choice == said.PHONE \
                else None
            if choice == said.ANONYMOUS and requested == "bereikbaar":
                result = self._ok({"bereikbaar": choice, "contactgegeven": None})
            elif detail is not None:
                result = self._ok({"bereikbaar": choice, "contactgegeven": detail})
        if result is None:
            return None
        # the question part only: "13u45 is goed. waar is dat dan, op de winkel?" (twenty-fifth round A
        # c02: the time in the whole message hid the question about the place)
        self._answer_in_passing(first.rest if first is not None else text, dispatcher, tracker)
        return result

    @staticmethod
    def _on_the_day_named(text: str, offered: list[str]) -> str | None:
        """"woensdag is goed": the one offered time on the day the message names, or None."""
        try:
            when = parse_when(text.lower(), clock.now())
        except ImpossibleDate:
            return None
        if when is None:
            return None
        matching = [o for o in offered if when.start <= offer.decode(o)[1] < when.end]
        return matching[0] if len(matching) == 1 else None

    def _heard_instead(self, requested: str, text: str, dispatcher, tracker: Tracker) -> dict[str, Any] | None:
        told = self._new_incident(text, tracker)
        story = told is not None and said.tells_a_story(text)  # "vandaag zei hij weer ..."
        if text.startswith("/") or (self._names_a_time(text.lower()) and requested != "ontmoetingsvorm" and not story):
            return None
        wish = said.counsellor_wish(text, _by_name())
        if wish and requested != "ontmoetingsvorm" or wish.key or wish.where:
            return self._new_wish(wish, dispatcher, tracker)
        if told is not None and (requested != "ontmoetingsvorm" or said.way_of_meeting(text) is None):
            dispatcher.utter_message(response="utter_afspraak_iets_nieuws")
            return {requested: None, "nieuw_voorval": told}
        return None

    @staticmethod
    def _new_incident(text: str, tracker: Tracker) -> str | None:
        """The situation told, when the message holds no answer (no address, number or choice):
        the intent when the classifier is sure of a situation; in a story (a message as long as
        ``said.tells_a_story`` asks) also a situation it is less sure of, among its first two
        guesses, because a long message with feelings in it ("ik moest bijna huilen") spreads
        the classifier's confidence while it is still no answer to a booking question."""
        if said.asks_about_counsellor_side(text, _by_name()):
            return None  # "is die marieke nie toevallig degene die haar helpt?" (twentieth round B c04)
        if text.startswith("/") or said.contact_choice(text) is not None or said.names_a_way_of_meeting(text):
            return None  # "niet op locatie want iedereen kent me daar": about the way (sixth stranger test c16)
        if (_SCHEDULING.search(text.lower()) and _TimeValidation._names_a_time(text.lower())) or (
                said.side_question(text) is not None and len(text.split()) <= SHORT_QUESTION_WORDS):
            # "donderdag heb ik overleg met hem, liever vrijdag", "is die Ruud echt extern?" (round 21 A: read
            # as a new incident five times, "Wil je daar eerst over praten?", the day lost)
            return None
        ends = [i for i in (text.find(mark) for mark in ".!?,\n") if i >= 0]
        opening = text[:min(ends)] if ends else text
        if len(opening.split()) <= TIME_OPENING_WORDS and _TimeValidation._names_a_time(opening.lower()):
            # "vrijdag kwart voor 10 dan. moet ik iets voorbereiden? ik heb een lijstje met de datums dat de kas
            # niet klopte" (round 29 C c06: "Wil je daar eerst over praten?"): the time chosen first, then more
            return None
        intent, confidence = _intent(tracker)
        if intent in SITUATION_INTENTS and confidence >= INCIDENT_CONFIDENCE:
            return intent
        if not said.tells_a_story(text) or intent in STORY_NOT_AN_INCIDENT:
            return None
        ranking = [r for r in (tracker.latest_message or {}).get("intent_ranking") or []
                   if isinstance(r, dict) and r.get("name") != "nlu_fallback"][:2]
        for guess in ranking:
            try:
                sure = float(guess.get("confidence") or 0) >= STORY_INCIDENT_CONFIDENCE
            except (TypeError, ValueError):
                sure = False
            if guess.get("name") in SITUATION_INTENTS and sure:
                return guess.get("name")
        return None

    def _other_way_at_summary(self, text: str, tracker: Tracker) -> dict[str, Any] | None:
        """At the summary, another way of meeting that the chosen counsellor offers, with no other time than the
        chosen one: the way changes, the time and the counsellor stay (round 32 A c08: read as moving, the booking
        started over, and then Ruud's times for "donderdag 14:30 zoals net, maar dan op locatie"). None otherwise."""
        counsellor = _counsellor_of(tracker.get_slot("gekozen_tijd"))
        mode = said.way_of_meeting(text)
        if counsellor is None or mode not in counsellor.meeting_modes or mode == tracker.get_slot("ontmoetingsvorm"):
            return None
        if self._names_a_time(text.lower()) and not self._names_the_chosen_time(text, tracker):
            return None
        return self._mode_slots(mode, counsellor) | {"bevestiging": None}

    def _at_summary(self, text: str, dispatcher, tracker: Tracker) -> dict[str, Any] | None:
        """At the summary: a typed yes, a change of the way of meeting or of the contact choice
        ("toch liever per mail"), or an answer that is neither yes nor no (counted: after two
        the bot explains; a third is taken as no, never as yes)."""
        if text.startswith("/") or (self._names_a_time(text.lower())
                                    and not self._names_the_chosen_time(text, tracker)):
            return None  # buttons, and a new time (extract_bevestiging)
        intent, _ = _intent(tracker)
        if said.asks_about_another_meeting(text):
            # "ben ik verplicht naar dat gesprek met hem en de teamleider te gaan" at the summary: answered, the
            # summary comes back; nothing is booked or thrown away
            if not _answered_by_a_rule(tracker):
                dispatcher.utter_message(response="utter_faq/gesprek_met_de_ander")
            return {"bevestiging": None}
        counsellor = _counsellor_of(tracker.get_slot("gekozen_tijd"))
        mode = said.way_of_meeting(text)
        way = self._other_way_at_summary(text, tracker)
        if way is not None:
            return way
        if said.side_question(text) is not None and not said.is_request(text) \
                and not (said.email_in(text) or said.phone_in(text)):
            # "hoe belt hij me dan als ik geen nummer geef?" after "Anoniem": a question, answered by the
            # FAQ rule; no new way or contact choice (eighth stranger test c02: it asked for a number)
            if intent in ("bevestigen", "ontkennen"):
                # "ja maar waar is die locatie nou": the question is answered here and the summary
                # comes back; the yes in front of it books nothing (nineteenth stranger test)
                self._answer_in_passing(text, dispatcher, tracker)
                return {"bevestiging": None}
            return None
        if counsellor is not None and mode is not None and mode not in counsellor.meeting_modes:
            return {"ontmoetingsvorm": None, "bevestiging": None}  # asked again, with the ways this counsellor offers
        choice = said.contact_choice(text)
        given = said.email_in(text) or said.phone_in(text)
        if choice is not None and (choice != tracker.get_slot("bereikbaar") or given):
            detail = said.email_in(text) if choice == said.EMAIL else said.phone_in(text) \
                if choice == said.PHONE else None
            return {"bereikbaar": choice, "contactgegeven": detail, "bevestiging": None}
        if intent in ("bevestigen", "ontkennen"):
            return None
        if resume.is_yes(text) or said.confirms_booking(text):
            return self._ok({"bevestiging": True})
        if intent != "nlu_fallback" or said.side_question(text) is not None:
            return None  # a question, or something another rule answers
        if _failures(tracker) >= MAX_FAILURES:
            return self._ok({"bevestiging": False})  # never booked without a clear yes
        return self._failed(tracker, "bevestiging", dispatcher, None)

    def _mode_wish(self, text: str, dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
        """"op locatie graag, woensdag", "zo snel mogelijk, telefonisch": the way of meeting is
        heard with the time, so the times offered are with counsellors who offer it, and it is not
        asked again. When none of them offers it, that is said, and it is asked later."""
        # "niet op locatie want iedereen kent me daar": not offered later (sixth stranger test c16)
        refused = {"vorm_niet": sorted(said.ways_not_wanted(text))} if said.ways_not_wanted(text) else {}
        mode = said.way_of_meeting(text) if said.is_request(text) else None
        if mode is None:
            return refused
        found = _route(_TrackerView(tracker, {"ontmoetingsvorm": mode}))
        if found.unmet == routing.VORM:
            dispatcher.utter_message(response=UNMET_RESPONSES[routing.VORM],
                                     ontmoetingsvorm_titel=content.ontmoetingsvormen()[mode],
                                     vp_namen=_names(found.counsellors))
            return {"ontmoetingsvorm": None}
        return {"ontmoetingsvorm": mode}

    def _counsellor_with_time(self, text: str) -> dict[str, Any]:
        """"Marieke dan. morgenmiddag" (seventh stranger test c18: Ruud was offered): the counsellor
        chosen with the time is the one whose times are looked for; a question about one is no choice."""
        if text.startswith("/") or said.asks_who_counsellor(text, _by_name()):
            return {}
        wish = said.counsellor_wish(text, _by_name())
        return _wish_slots(wish)

    def _to_integrity(self, requested: str, matter: str, dispatcher, tracker: Tracker) -> dict[str, Any] | None:
        """An integrity matter told while the times (or the time chosen) are with a counsellor who
        does not handle integrity: the times of one who does, said with why; when the organisation
        has nobody for integrity, that is said, and the booking goes on with who there is. None when
        the booking is with someone for integrity already (then the message is read as before)."""
        everyone = availability.active_counsellors(sessions())
        picked = _counsellor_of(tracker.get_slot("gekozen_tijd"))
        offered = _offered(tracker)
        current = [picked] if picked else _offered_counsellors(offered) if offered \
            else _route(tracker, everyone).counsellors
        if current and all(c.serves(availability.VPI) for c in current):
            return None
        if not any(c.serves(availability.VPI) for c in everyone):  # said truthfully (c05)
            dispatcher.utter_message(response="utter_afspraak_geen_integriteit", vp_namen=_names(current or everyone))
            return {requested: None, "soort": routing.INTEGRITEIT}
        heard = ("utter_afspraak_naar_integriteit", {"onderwerp": content.afspraak_onderwerpen().get(matter, matter)})
        return self._new_wish(said.CounsellorWish(kind=availability.VPI), dispatcher, tracker, heard) \
            | {requested: None, "soort": routing.INTEGRITEIT, "bevestiging": None}

    def _new_wish(self, wish: said.CounsellorWish, dispatcher, tracker: Tracker,
                  heard: tuple[str, dict[str, str]] = ("utter_vp_wens_gehoord", {})) -> dict[str, Any]:
        """Who the person wants: remembered, and the times offered again for that wish (said with
        `heard`: a response and what it fills in besides the counsellors' names and roles)."""
        changes = _wish_slots(wish)
        if wish.kind is None and tracker.get_slot("vp_soort") == "maakt_niet_uit":
            changes["vp_soort"] = None
        view = _TrackerView(tracker, changes)
        found = _route(view)
        mode = tracker.get_slot("ontmoetingsvorm")
        if found.unmet == routing.VORM:  # "bij Ruud", after "op locatie": said; asked again later
            dispatcher.utter_message(response=UNMET_RESPONSES[routing.VORM],
                                     ontmoetingsvorm_titel=content.ontmoetingsvormen()[mode],
                                     vp_namen=_names(found.counsellors))
            mode = None
            found = _route(_TrackerView(tracker, changes | {"ontmoetingsvorm": None}))
        if found.unmet == routing.ANDER:  # nobody else fits: said honestly, the person chooses
            dispatcher.utter_message(response=UNMET_RESPONSES[found.unmet],
                                     vp_namen=describe(found.counsellors, with_meeting_modes=False))
        elif found.unmet:
            dispatcher.utter_message(response=UNMET_RESPONSES[found.unmet])
        result: dict[str, Any] = changes | {"gekozen_tijd": None, "ontmoetingsvorm": mode}
        wish_text = tracker.get_slot("tijd_wens")
        now = clock.now()
        try:
            when = parse_wishes(wish_text, now) if isinstance(wish_text, str) and len(wish_text) <= MAX_WISH_CHARS \
                else None
        except ImpossibleDate:
            when = None
        offered = _offered(tracker)
        before = {c.key for c in _offered_counsellors(offered)} if offered else set()
        if not found.unmet:
            # "is er niemand anders extern die maandag kan?" while Ruud's times were offered (round 30 B c09: "Goed, ik
            # kijk naar tijden met Ruud de Boer", the same time again): nobody else fits, said plainly
            same = heard[0] == "utter_vp_wens_gehoord" and wish.key is None \
                and before == {c.key for c in found.counsellors}
            dispatcher.utter_message(response="utter_vp_wens_geen_ander" if same else heard[0],
                                     vp_met_wie=describe(found.counsellors, False),
                                     vp_namen=_names(found.counsellors), **heard[1])
        if when is None:
            return result | {"tijd_wens": None, "aangeboden_tijden": None,
                             "vp_met_wie": describe(found.counsellors)}
        # the times for that wish, said as any offer is ("Op dat moment heeft Ruud de Boer helaas geen tijd vrij")
        return result | self._offer_for(when, wish_text, now, dispatcher, _TrackerView(tracker, result),
                                        found.counsellors)

    def validate_vp_soort(self, value: Any, dispatcher, tracker, domain) -> dict[str, Any]:
        if value in (availability.VPOO, availability.VPI, "maakt_niet_uit"):
            return self._ok({"vp_soort": value})
        text = str(value or "")
        kind = said.kind_choice(text)
        if kind == said.ANY_KIND:
            return self._ok({"vp_soort": kind})
        wish = said.counsellor_wish(text, _by_name())
        if wish.kind or wish.where or wish.key:
            return self._ok({"vp_soort": wish.kind or "maakt_niet_uit"} | {k: v for k, v in _wish_slots(wish).items()
                                                                           if k != "vp_soort"})
        if kind is not None:
            return self._ok({"vp_soort": kind})
        if self._no_answer(value, dispatcher, tracker):
            return {"vp_soort": None}
        if _failures(tracker) >= MAX_FAILURES:  # the way out: whoever fits the situation told about
            return self._ok({"vp_soort": "maakt_niet_uit"})
        return self._failed(tracker, "vp_soort", dispatcher, None)

    def _after_time_picked(self, counsellor_key: str, tracker: Tracker) -> dict[str, Any]:
        counsellor = _counsellor(counsellor_key)
        if counsellor is not None and len(counsellor.meeting_modes) == 1:  # nothing to choose
            return self._mode_slots(counsellor.meeting_modes[0], counsellor)
        # One way left after a refusal ("niet op locatie", and Marieke: by phone) is still asked, with that
        # one button: "dan kan ik niet bellen op de afdeling", said of one day, made the next time "via video"
        # unasked (round 29 C c08)
        earlier = tracker.get_slot("ontmoetingsvorm")
        if counsellor is not None and earlier in counsellor.meeting_modes:  # after a correction: not asked again
            return self._mode_slots(earlier, counsellor)
        typed = _latest_text(tracker)
        told = None if typed.startswith("/") else said.way_of_meeting(typed)
        if counsellor is not None and told in counsellor.meeting_modes:
            # "13:45 video. eigenlijk, wacht, is er ook iemand intern?" (twenty-fifth stranger test C c10:
            # "Hoe wil je het gesprek voeren?" after it): the way told with the time is taken
            return self._mode_slots(told, counsellor)
        return {"ontmoetingsvorm": None}

    @staticmethod
    def _mode_slots(mode: str, counsellor) -> dict[str, Any]:
        return {"ontmoetingsvorm": mode, "ontmoetingsvorm_titel": _mode_title(mode),
                "locatie": counsellor.location if mode == "op_locatie" else None}

    @staticmethod
    def _mode_from_text(value: Any) -> Any:
        """A button value, or a typed answer read by bot.dialogue ("toch niet video maar telefonisch")."""
        if value in said.MEETING_MODES:
            return value
        return said.way_of_meeting(value)

    def _correction(self, value: Any, dispatcher, tracker: Tracker, domain, slot: str) -> dict[str, Any] | None:
        """"nee, donderdag toch" after the time was chosen: look for times again. The slot whose
        answer this was stays empty; the way of meeting is kept when the new time allows it."""
        text = str(value if isinstance(value, str) else _latest_text(tracker))
        other = self._other_counsellor(text, tracker)
        if other:  # "Ik wil toch liever Ruud de Boer." at a later step (fifteenth stranger test c12)
            return self._new_wish(other, dispatcher, tracker) | {"bevestiging": None, slot: None}
        if not self._names_a_time(text.lower()) or self._names_the_chosen_time(text, tracker):
            return None
        result = self.validate_tijd_wens(text, dispatcher, tracker, domain)
        return result | {"gekozen_tijd": None, "bevestiging": None, slot: None}

    @staticmethod
    def _names_the_chosen_time(text: str, tracker: Tracker) -> bool:
        """ "?? dat is mijn nummer. voor de afspraak morgen" at the summary of tomorrow's time (round 32 B c06: the
        times again): the day or time said is the one chosen, no new wish."""
        chosen = _decoded(tracker.get_slot("gekozen_tijd"))
        if chosen is None or said.refuses_time(text) or busy_at(text.lower()[:said.MAX_CHARS]):
            return False
        try:
            when = parse_when(text.lower()[:said.MAX_CHARS], clock.now())
        except ImpossibleDate:
            return False
        start = chosen[1]
        return when is not None and not when.asap and when.contains(start)

    @staticmethod
    def _other_counsellor(text: str, tracker: Tracker) -> said.CounsellorWish | None:
        """Another counsellor than the one of the time chosen, named by name or said not to be
        wanted ("ik wil toch liever Ruud de Boer", "nee, niet bij Marieke"), or None."""
        picked = _counsellor_of(tracker.get_slot("gekozen_tijd"))
        if picked is None or text.startswith("/") or said.asks_who_counsellor(text, _by_name()):
            return None
        wish = said.counsellor_wish(text, _by_name())
        return wish if (wish.key and wish.key != picked.key) or wish.avoid == picked.key else None

    def validate_ontmoetingsvorm(self, value: Any, dispatcher, tracker, domain) -> dict[str, Any]:
        mode = self._mode_from_text(value)
        counsellor = _counsellor_of(tracker.get_slot("gekozen_tijd"))
        starting = tracker.get_slot("requested_slot") != "ontmoetingsvorm"
        if counsellor is None and value in said.MEETING_MODES and starting:
            # said in the request to book ("... via video"): kept when the form starts and checks the
            # slots filled before; checked against the counsellor once the time is chosen (c27)
            return {"ontmoetingsvorm": value}
        asked = value not in said.MEETING_MODES and said.side_question(value) is not None
        if asked and not said.is_request(value) and self._no_answer(value, dispatcher, tracker):
            return {"ontmoetingsvorm": None}  # "is telefonisch ook anoniem?": answered, asked again
        if counsellor is not None and mode in counsellor.meeting_modes and not str(value).startswith("/") \
                and said.asks_about_place(value) and not _said_just_before(tracker, "utter_afspraak_plek_locatie") \
                and answer_about_counsellor(str(value), dispatcher, tracker):
            # "op locatie, waar is dat dan? toch niet naast het kantoor van mijn chef hoop ik" (nineteenth
            # stranger test: straight to the contact question): where it is, then the choice again
            return {"ontmoetingsvorm": None}
        if counsellor is not None and mode in counsellor.meeting_modes:
            return self._ok(self._mode_slots(mode, counsellor) | self._contact_with_mode(value, dispatcher, tracker,
                                                                                          domain))
        if counsellor is not None and str(value or "").strip().lower() == MAAKT_NIET_UIT:
            return self._ok(self._mode_slots(counsellor.meeting_modes[0], counsellor))
        corrected = self._correction(value, dispatcher, tracker, domain, "ontmoetingsvorm")
        if corrected is not None:
            return corrected | ({"ontmoetingsvorm": mode} if mode in said.MEETING_MODES
                                else {})
        if self._no_answer(value, dispatcher, tracker):
            return {"ontmoetingsvorm": None}
        if counsellor is not None and _failures(tracker) >= MAX_FAILURES:
            dispatcher.utter_message(response="utter_ontmoetingsvorm_zonder_keuze")  # the first way it offers
            return self._ok(self._mode_slots(counsellor.meeting_modes[0], counsellor))
        return self._failed(tracker, "ontmoetingsvorm", dispatcher, None)

    def _contact_with_mode(self, value: Any, dispatcher, tracker, domain) -> dict[str, Any]:
        """"ok dan liever telefonisch. mijn gsm is 0470 12 34 56" (round 30 B c03: the number asked for again): a
        number or address given with the way of meeting is the contact too (a Belgian-or-Dutch one asked next)."""
        text = str(value or "")
        if text.startswith("/") or not (said.email_in(text) or said.phone_in(text) or said.unclear_phone_in(text)):
            return {}
        found = self._validate_bereikbaar(text, dispatcher, tracker, domain)
        return {k: v for k, v in found.items() if k not in ("afspraak_fouten", "uitleg_nodig")} \
            if found.get("bereikbaar") else {}

    @staticmethod
    def _someone_elses_contact(text: str, slot: str, dispatcher) -> dict[str, Any] | None:
        """"bereikbaar via haar nummer, 0478 ..." (fifteenth stranger recheck c08: the booking for a
        colleague who knew nothing of it went through with her number): not taken; the other books
        for themselves, and the person may stop or go on for their own advice."""
        if text.startswith("/") or not followups.gives_someone_elses_contact(text):
            return None
        dispatcher.utter_message(response=f"utter_faq/{followups.AFSPRAAK_VOOR_ANDER}")
        return {slot: None, "contactgegeven": None, "afspraak_stoppen": True}

    def validate_bereikbaar(self, value: Any, dispatcher, tracker, domain) -> dict[str, Any]:
        result = self._validate_bereikbaar(value, dispatcher, tracker, domain)
        if result.get("bereikbaar") and isinstance(value, str) and not value.startswith("/"):
            # "laat maar bellen dan ipv locatie" when asked how to be reached (round 29 B c08: the summary
            # still said "op locatie"): the way of meeting changes too
            result |= self._mode_switched(value, tracker)
        return result

    def _mode_switched(self, text: str, tracker: Tracker) -> dict[str, Any]:
        """The way of meeting told instead of the one chosen ("bellen ipv locatie", "nee niet op locatie,
        bellen"), when the counsellor offers it: its slots; else nothing."""
        current = tracker.get_slot("ontmoetingsvorm")
        mode = said.way_of_meeting(text)
        counsellor = _counsellor_of(tracker.get_slot("gekozen_tijd"))
        if counsellor is None or mode is None or mode == current or mode not in counsellor.meeting_modes \
                or not (current in said.ways_not_wanted(text) or said.prefers_way(text) == mode):
            return {}
        return self._mode_slots(mode, counsellor)

    def _validate_bereikbaar(self, value: Any, dispatcher, tracker, domain) -> dict[str, Any]:
        text = str(value or "")
        if value in said.CONTACT_CHOICES:
            return self._ok({"bereikbaar": value, "contactgegeven": None})
        others = self._someone_elses_contact(text, "bereikbaar", dispatcher)
        if others is not None:
            return others
        choice = said.contact_choice(text)
        corrected = self._correction(value, dispatcher, tracker, domain, "bereikbaar") if choice is None else None
        if corrected is not None:
            return corrected
        if not (choice and said.is_request(text)) and self._no_answer(value, dispatcher, tracker):
            return {"bereikbaar": None}  # "blijf ik echt anoniem?" is a question, "kan het anoniem?" an answer
        if choice is None:
            if _failures(tracker) >= MAX_FAILURES:
                dispatcher.utter_message(response="utter_bereikbaar_zonder_gegevens")
                return self._ok({"bereikbaar": said.ANONYMOUS, "contactgegeven": None})
            return self._failed(tracker, "bereikbaar", dispatcher, "utter_bereikbaar_niet_begrepen")
        detail = said.email_in(text) if choice == said.EMAIL else said.phone_in(text) if choice == said.PHONE \
            else None
        unclear = said.unclear_phone_in(text) if choice == said.PHONE and detail is None else None
        settled = _country_said(unclear, text) if unclear is not None else None
        if settled:
            # "0476 12 34 56, belgisch nummer he" (twenty-fourth stranger test A c08: "Wat is je
            # telefoonnummer?" after the number and its country were given)
            return self._ok({"bereikbaar": choice, "contactgegeven": settled})
        if unclear is not None:  # "bel me op 0470 12 34 56": asked next (sixth stranger test c08)
            return self._ok({"bereikbaar": choice, "contactgegeven": None, "telefoon_belgisch": unclear.belgian,
                             "telefoon_nederlands": unclear.dutch})
        return self._ok({"bereikbaar": choice, "contactgegeven": detail})

    def extract_contactgegeven(self, dispatcher, tracker: Tracker, domain) -> dict[str, Any]:
        """"laat maar, doe maar anoniem" when asked for a number: the way out, whatever intent the
        classifier gave it (it may take it for stopping)."""
        text = _latest_text(tracker)
        if tracker.get_slot("requested_slot") != "contactgegeven" or text.startswith("/"):
            return {}
        if said.opens_with_a_question(text):  # "hoe belt hij me als ik geen nummer geef?": answered, asked again
            return {}
        return {"bereikbaar": said.ANONYMOUS} if said.contact_choice(text) == said.ANONYMOUS else {}

    def validate_contactgegeven(self, value: Any, dispatcher, tracker, domain) -> dict[str, Any]:
        if said.note_for_counsellor(value):
            # "06 123 45 678 maar niet inspreken want mn moeder luistert mn voicemail" (round 22 B c02: the
            # wish was dropped, later "Dat is goed"): said plainly that it cannot go with the booking
            dispatcher.utter_message(response="utter_wens_niet_doorgeven")
        others = self._someone_elses_contact(str(value or ""), "contactgegeven", dispatcher)
        if others is not None:
            return others | {"bereikbaar": None}
        email = tracker.get_slot("bereikbaar") == "email"
        unclear = {"telefoon_belgisch": None, "telefoon_nederlands": None}
        belgian = tracker.get_slot("telefoon_belgisch")
        if belgian and not email:  # the answer to "Is dit een Belgisch nummer?" (sixth stranger test c08)
            answer = self._belgian_answer(value, tracker)
            if answer is True:
                return self._ok({"contactgegeven": belgian} | unclear)
            dutch = tracker.get_slot("telefoon_nederlands")
            if answer is False and dutch:
                return self._ok({"contactgegeven": dutch} | unclear)
            if answer is False:
                dispatcher.utter_message(response="utter_telefoon_niet_nederlands")
                return {"contactgegeven": None} | unclear
        found_unclear = None if email or said.phone_in(value) is not None else said.unclear_phone_in(value)
        settled = _country_said(found_unclear, value) if found_unclear is not None else None
        if settled:
            return self._ok({"contactgegeven": settled} | unclear)
        if found_unclear is not None:
            return {"contactgegeven": None, "telefoon_belgisch": found_unclear.belgian,
                    "telefoon_nederlands": found_unclear.dutch}
        if belgian:
            return self._contactgegeven(value, dispatcher, tracker, email) | unclear
        return self._contactgegeven(value, dispatcher, tracker, email)

    @staticmethod
    def _belgian_answer(value: Any, tracker: Tracker) -> bool | None:
        intent, _ = _intent(tracker)
        if intent in ("bevestigen", "ontkennen") and str(value or "").startswith("/"):
            return intent == "bevestigen"  # the buttons
        answer = said.belgian_answer(value)
        if answer is None and intent in ("bevestigen", "ontkennen") and said.phone_in(value) is None:
            return intent == "bevestigen"
        return answer

    def _contactgegeven(self, value: Any, dispatcher, tracker, email: bool) -> dict[str, Any]:
        try:
            return self._ok({"contactgegeven": normalise_email(str(value)) if email else normalise_phone(str(value))})
        except InvalidContact:
            pass
        found = said.email_in(value) if email else said.phone_in(value)
        if found:  # "mijn mail is naam@voorbeeld.nl", "bel me op 06 ..."
            return self._ok({"contactgegeven": found})
        other = said.phone_in(value) if email else said.email_in(value)
        if other:  # the other kind given after all: taken as it is
            return self._ok({"contactgegeven": other, "bereikbaar": said.PHONE if email else said.EMAIL})
        if said.contact_choice(value) == said.ANONYMOUS and not said.opens_with_a_question(value):
            # the way out: book without a contact detail ("hoe belt hij me als ik geen nummer geef?" is a question)
            return self._ok({"contactgegeven": None, "bereikbaar": "anoniem"})
        if self._no_answer(value, dispatcher, tracker):
            return {"contactgegeven": None}
        if _failures(tracker) >= MAX_FAILURES:
            dispatcher.utter_message(response="utter_bereikbaar_zonder_gegevens")
            return self._ok({"contactgegeven": None, "bereikbaar": "anoniem"})
        english = english_line(tracker, "email_ongeldig" if email else "telefoon_ongeldig")
        if english and _failures(tracker) + 1 < MAX_FAILURES:  # "+48 ...", refused in Dutch before (c14)
            dispatcher.utter_message(text=english)
            return self._failed(tracker, "contactgegeven", dispatcher, None)
        return self._failed(tracker, "contactgegeven", dispatcher,
                            "utter_email_ongeldig" if email else "utter_telefoon_ongeldig")

    def validate_bevestiging(self, value: Any, dispatcher, tracker, domain) -> dict[str, Any]:
        if value is False:
            corrected = self._correction(_latest_text(tracker), dispatcher, tracker, domain, "bevestiging")
            if corrected is not None:
                return corrected
            if tracker.get_slot("wat_anders_gevraagd") is not True:
                # a first "nee": nothing is thrown away yet; what should change, or stop?
                dispatcher.utter_message(response="utter_afspraak_wat_anders")
                return {"bevestiging": None, "wat_anders_gevraagd": True}
        return {"bevestiging": value if isinstance(value, bool) else None}


# The matters after which help that cannot wait is named with the times (utter_tijd_kan_niet_wachten)
URGENT_MATTERS = frozenset({"agressie_geweld", "intimidatie", "seksuele_intimidatie"})


def _urgent_matter(tracker: Tracker) -> bool:
    """Violence, a threat or sexual harassment is what this conversation is about, or a crisis was
    answered in it."""
    return tracker.get_slot("situatie") in URGENT_MATTERS \
        or tracker.get_slot("crisis_soort") not in (None, "check", "gaat_goed") \
        or bool(set(_matters_told(tracker)) & URGENT_MATTERS)


def _asked_by_cue(text: str) -> str | None:
    """The FAQ answer to the first question in ``text`` found by its words (bot/dialogue/questions.py),
    for a question the ResponseSelector was unsure of."""
    keys = questions.other_questions(text, None)
    return f"utter_faq/{keys[0]}" if keys else None


def _ways_left(counsellor, tracker: Tracker) -> list[str]:
    """The ways of meeting the counsellor offers, but those the person said not to want (all of
    them when that would leave none)."""
    refused = tracker.get_slot("vorm_niet")
    refused = set(refused) if isinstance(refused, list) else set()
    return [m for m in counsellor.meeting_modes if m not in refused] or list(counsellor.meeting_modes)


class _TrackerView:
    """A tracker with some slots changed, for reading only (routing a wish before it is set)."""

    def __init__(self, tracker: Tracker, changes: dict[str, Any]) -> None:
        self._tracker, self._changes = tracker, changes

    def get_slot(self, name: str) -> Any:
        return self._changes[name] if name in self._changes else self._tracker.get_slot(name)

    def __getattr__(self, name: str) -> Any:  # everything else as the tracker has it
        return getattr(self._tracker, name)


# "ik wil hem afzeggen" while a new appointment is made (eleventh stranger test c10: "stop or go
# on?" twice, then the code read as a time): stop this booking, cancel one made before, or go on.
STOP_OR_CANCEL = "utter_afspraak_stoppen_of_afzeggen"


def _stop_offered(tracker: Tracker, dispatcher: CollectingDispatcher) -> list[EventType] | None:
    """"ik wil geen afspraak" told while the form asked: instead of the question, offer to stop
    or to go on (the form asks its question again when the person goes on); "ik wil afzeggen"
    also offers to cancel an appointment made before."""
    if tracker.get_slot("afspraak_stoppen") is not True:
        return None
    typed = not _latest_text(tracker).startswith("/")
    cancel = typed and (_intent(tracker)[0] == "afspraak_annuleren" or cancelling.cancel_wish(_latest_text(tracker)))
    dispatcher.utter_message(response=STOP_OR_CANCEL if cancel else "utter_afspraak_stoppen_vraag")
    return [SlotSet("afspraak_stoppen", None)]


def english_line(tracker: Tracker, key: str) -> str | None:
    """The short English line for a booking step (content/engels.yml, `boeking`) when the person
    wrote in English in this conversation (slot engels_gegeven), else None. The contact question
    has one for a phone number and one for an e-mail address."""
    if tracker.get_slot("engels_gegeven") is not True:
        return None
    if key == "contactgegeven":
        if tracker.get_slot("telefoon_belgisch"):
            return None  # "Is dit een Belgisch nummer?": asked about a number typed without +32
        key = "contactgegeven_email" if tracker.get_slot("bereikbaar") == said.EMAIL else "contactgegeven_telefoon"
    line = (content.engels().get("boeking") or {}).get(key)
    return line if isinstance(line, str) and line else None


class _AskWithWayOut(Action):
    """Asks the form's question; after two unusable answers it explains what it needs and offers
    a way out instead (utter_uitleg_<slot>), so that no question is asked a third time in a row."""

    slot = ask = explain = ""

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        stop = _stop_offered(tracker, dispatcher)
        if stop is not None:
            return stop
        english = english_line(tracker, self.slot)
        if english:  # written in English: a short English line before the Dutch question (c03, c14)
            dispatcher.utter_message(text=english)
        self.put(dispatcher, tracker, explain=tracker.get_slot("uitleg_nodig") is True)
        return []

    def put(self, dispatcher, tracker: Tracker, explain: bool) -> None:
        """The question itself (or its explanation)."""
        dispatcher.utter_message(response=self.explain if explain else self.ask)


class ActionAskVpSoort(_AskWithWayOut):
    slot, ask, explain = "vp_soort", "utter_ask_vp_soort", "utter_uitleg_vp_soort"


class ActionAskTijdWens(_AskWithWayOut):
    slot, ask, explain = "tijd_wens", "utter_ask_tijd_wens", "utter_uitleg_tijd_wens"


class ActionAskBereikbaar(_AskWithWayOut):
    slot, ask, explain = "bereikbaar", "utter_ask_bereikbaar", "utter_uitleg_bereikbaar"


class ActionAskContactgegeven(_AskWithWayOut):
    slot, ask, explain = "contactgegeven", "utter_ask_contactgegeven", "utter_uitleg_contactgegeven"

    def put(self, dispatcher, tracker: Tracker, explain: bool) -> None:
        if tracker.get_slot("telefoon_belgisch"):  # "0470 12 34 56": asked, never silently +31 (c08)
            dispatcher.utter_message(response="utter_telefoon_belgisch_vraag")
            return
        super().put(dispatcher, tracker, explain)


class ActionAskBevestiging(_AskWithWayOut):
    slot, ask, explain = "bevestiging", "utter_ask_bevestiging", "utter_uitleg_bevestiging"

    def put(self, dispatcher, tracker: Tracker, explain: bool) -> None:
        if tracker.get_slot("wat_anders_gevraagd") is True and _intent(tracker)[0] == "ontkennen":
            return  # "Wat wil je anders?" was just asked, with its buttons
        if not explain:  # {vp_nummer}: how to reach the counsellor when the person calls in (c17, c20)
            dispatcher.utter_message(response=self.ask, vp_nummer=vp_nummer(_chosen_counsellor(tracker)))
            return
        super().put(dispatcher, tracker, explain)


def _chosen_counsellor(tracker: Tracker):
    """The counsellor of the chosen time, or None."""
    try:
        key, _start = offer.decode(tracker.get_slot("gekozen_tijd"))
    except ValueError:
        return None
    return _counsellor(key)


class ActionAskGekozenTijd(_AskWithWayOut):
    """The free times as buttons (titles: the times in Dutch, with the counsellor's name when the
    offer holds more than one), plus "another moment"; the text says with whom and how."""

    slot, ask, explain = "gekozen_tijd", "utter_ask_gekozen_tijd", "utter_uitleg_gekozen_tijd"

    def put(self, dispatcher, tracker: Tracker, explain: bool) -> None:
        offered = _offered(tracker)
        counsellors = {c.key: c for c in _offered_counsellors(offered)}
        texts = content.afspraak_knoppen()
        buttons = []
        for option in offered:
            key, start = offer.decode(option)
            title = format_slot_nl(start)
            if len(counsellors) > 1 and key in counsellors:
                title = texts["tijd_met_naam"].replace("{tijd}", title).replace("{naam}", counsellors[key].name)
            buttons.append({"title": title, "payload": "/kies_tijd" + json.dumps({"gekozen_tijd": option})})
        buttons.append({"title": texts["ander_moment"],
                        "payload": "/kies_tijd" + json.dumps({"gekozen_tijd": ANDERS})})
        if not explain:
            _also_discuss(dispatcher, tracker, _route(tracker))
        dispatcher.utter_message(response=self.explain if explain else self.ask,
                                 buttons=buttons, vp_met_wie=describe(counsellors.values()))


class ActionAskOntmoetingsvorm(_AskWithWayOut):
    """Buttons only for the ways of meeting the chosen counsellor offers."""

    slot, ask, explain = "ontmoetingsvorm", "utter_ask_ontmoetingsvorm", "utter_uitleg_ontmoetingsvorm"

    def put(self, dispatcher, tracker: Tracker, explain: bool) -> None:
        counsellor = _counsellor_of(tracker.get_slot("gekozen_tijd"))
        meeting_modes = _ways_left(counsellor, tracker) if counsellor else ()
        titles = content.ontmoetingsvormen()
        buttons = [{"title": titles[m], "payload": "/kies_optie" + json.dumps({"ontmoetingsvorm": m})}
                   for m in meeting_modes]
        if explain and meeting_modes:  # the way out: the counsellor's first way
            buttons.append({"title": content.afspraak_knoppen()["maakt_niet_uit"], "payload": MAAKT_NIET_UIT})
        dispatcher.utter_message(response=self.explain if explain else self.ask, buttons=buttons)


class ActionAskCodeInvoer(_AskWithWayOut):
    slot, ask, explain = "code_invoer", "utter_ask_code_invoer", "utter_uitleg_code_invoer"

    def put(self, dispatcher, tracker: Tracker, explain: bool) -> None:
        """"ik heb die code niet meer" (agenda10: told where to find it only at the fourth try),
        whatever intent it was given (a new request, a question, not understood): where the code
        is, what else can be done and a way to stop, from the first time, instead of the question."""
        text = _latest_text(tracker)
        if without_code(text, tracker):  # "kun je zoeken op mijn naam?", "ik HEB geen code" (c11)
            utter_without_code(dispatcher)
            return
        if not text.startswith("/") and said.lost_code(text):
            dispatcher.utter_message(response="utter_code_kwijt")
            return
        super().put(dispatcher, tracker, explain)


ASK_ACTIONS = {"vp_soort": ActionAskVpSoort, "tijd_wens": ActionAskTijdWens, "gekozen_tijd": ActionAskGekozenTijd,
               "ontmoetingsvorm": ActionAskOntmoetingsvorm, "bereikbaar": ActionAskBereikbaar,
               "contactgegeven": ActionAskContactgegeven, "bevestiging": ActionAskBevestiging}


class ActionBeheerInBoeking(Action):
    """"Change" or "cancel" said while a new appointment is being made: the code form only when the
    message holds a code (an appointment made before); else the booking form reads it
    (beheer_wissel false: a correction like "nee toch donderdag", or a question back)."""

    def name(self) -> str:
        return "action_beheer_in_boeking"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        text = _latest_text(tracker)
        return [SlotSet("beheer_wissel", _cancels_earlier(tracker) or said.code_in(text) is not None)]


def _cancels_earlier(tracker: Tracker) -> bool:
    """"Een eerdere afspraak afzeggen" pressed, or "nee ik wil AFZEGGEN" typed, right after the
    question whether to stop this booking or cancel one made before (STOP_OR_CANCEL, eleventh
    stranger test c10): the code form takes over."""
    text = _latest_text(tracker)
    return answers.last_bot_response(tracker) == STOP_OR_CANCEL and (
        text == "/afspraak_annuleren" or (not text.startswith("/") and _intent(tracker)[0] == "afspraak_annuleren"))


class ActionAfscheidInBoeking(Action):
    """A goodbye while a form asks for a time ("vandaag nog als het kan", read as a goodbye): when
    the message names a time and is no goodbye formula ("tot morgen"), it is the time wish; the
    times for it are looked for and the form goes on (afscheid_echt false). Any other goodbye ends
    the form kindly (afscheid_echt true, data/rules)."""

    def name(self) -> str:
        return "action_afscheid_in_boeking"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        text = _latest_text(tracker)
        requested = tracker.get_slot("requested_slot")
        if not text.startswith("/") and said.back_soon(text):
            # "shit ik moet gaan, meeting. brb" (round 29 B c07: the booking stopped): it waits
            dispatcher.utter_message(response="utter_afspraak_even_weg")
            return [SlotSet("afscheid_echt", False)]
        if requested not in ("tijd_wens", "gekozen_tijd") or text.startswith("/") or said.is_farewell(text) \
                or not _TimeValidation._names_a_time(text.lower()):
            return [SlotSet("afscheid_echt", True)]
        code_form = (tracker.active_loop or {}).get("name") == "afspraak_code_form"
        form = ValidateAfspraakCodeForm() if code_form else ValidateAfspraakForm()
        wish = form.wish_with_a_question(text, dispatcher, tracker)
        if not wish:
            return [SlotSet("afscheid_echt", True)]
        return [SlotSet("afscheid_echt", False)] + [SlotSet(k, v) for k, v in (wish | {"gekozen_tijd": None}).items()]


class ActionVraagInAfspraak(Action):
    """A question while the booking form asks: a contact detail or channel in it is the answer
    ("mail is goed: naam@voorbeeld.nl" at the contact step), a question about a woman or a
    place gets what the bot knows; any other question gets its FAQ answer. The form asks on."""

    def name(self) -> str:
        return "action_vraag_in_afspraak"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        text = _latest_text(tracker)
        requested = tracker.get_slot("requested_slot")
        if crisis_follow_up(tracker, text, requested) is not None or _threat_in_booking(text, tracker) is not None:
            # "ik heb er trouwens toch twee genomen. dat mag toch wel?" read as a question (round 22 C c06:
            # "Dat is helemaal niet erg. Afzeggen mag altijd"): no FAQ answer; the form's validation answers it
            return []
        safety = _safety_question(text)
        if safety is not None:  # about thoughts of dying and 113: its answer, whatever the step (C c09)
            dispatcher.utter_message(response=f"utter_faq/{safety}")
            return []
        if said.clearly_declines(text) or _asks_if_moving(text):
            return []  # "ik wil nog geen afspraak, kan ik anoniem bellen?": the form, back, ends and answers
        own = ValidateAfspraakCodeForm()._counsellors(tracker) \
            if requested in ("tijd_wens", "gekozen_tijd") and not text.startswith("/") \
            and (tracker.active_loop or {}).get("name") == "afspraak_code_form" else []
        if own and ValidateAfspraakCodeForm._wants_someone_else(text, own):
            # "is er niemand anders?" while moving, read as a question (fourteenth stranger recheck:
            # "Die vraag kan ik nu niet goed beantwoorden"): a move stays with the same counsellor
            dispatcher.utter_message(text=content.fill(content.afspraak_knoppen()["verzetten_zelfde_vp"],
                                                       {"naam": _names(own)}))
            return []
        if requested not in (None, "code_invoer") and (tracker.active_loop or {}).get("name") == "afspraak_form" \
                and cancelling.cancel_wish(text):
            # "laat maar, dan annuleer ik hem gewoon" read as a question (fourteenth stranger recheck: the
            # answer for a cancelled appointment, then the times): stop, cancel one made before, or go on
            return [SlotSet("afspraak_stoppen", True)]
        if requested is not None and requested != "code_invoer" and said.avoids_meeting_someone(text):
            return []  # "ik wil hem niet tegenkomen": the form offers phone or video (c17)
        if requested == "code_invoer" and without_code(text, tracker):
            return []  # "kun je zoeken op mijn naam?": no FAQ answer; the code step says why not (c11)
        if requested == "code_invoer" and not text.startswith("/") and (
                said.code_in(text) is not None or said.code_attempt(text)):
            # "KXPT-7QRM" read as a question: it is the answer, checked as the code step checks it
            checked = ValidateAfspraakCodeForm().validate_code_invoer(text, dispatcher, tracker, domain)
            return [SlotSet(k, v) for k, v in checked.items()]
        if requested not in (None, "vp_soort", "contactgegeven", "code_invoer") \
                and _integrity_told(text, tracker) is not None:
            return []  # "fraude ..., is Marieke daar wel de goede persoon voor?": the form moves the times (c05)
        if requested in ("bereikbaar", "contactgegeven") \
                and said.way_corrected(text, tracker.get_slot("ontmoetingsvorm")) is not None:
            return []  # "nee wacht, liever telefonisch": the way of meeting changes (the form)
        if requested in ("bereikbaar", "contactgegeven") and not text.startswith("/"):
            answer = self._contact(text, requested, tracker, dispatcher)
            if answer is not None:
                return [SlotSet(k, v) for k, v in answer.items()]
        if requested == "gekozen_tijd" and not text.startswith("/") and "?" not in text \
                and len(text.split()) <= CLOCK_CHOICE_WORDS and exact_time(text[:200]) is not None:
            # "9u45 dan" read as a question (twelfth stranger test c03: an FAQ answer, the times again):
            # the time offered at that clock time is the choice, as the time step reads it
            checked = ValidateAfspraakForm().validate_gekozen_tijd(text, dispatcher, tracker, domain)
            return [SlotSet(k, v) for k, v in checked.items()]
        restated = self._restated(text, requested, dispatcher, tracker)
        if restated is not None:  # "video zei ik toch": the answer, no FAQ answer (seventh stranger test c27)
            return [SlotSet(k, v) for k, v in restated.items()]
        if said.side_question(text) == said.ANYONE_NOW:
            # "wie kan ik nu bellen?", "is er nu iemand?": who is there now (after hours: nobody, the
            # first time, the urgent numbers), never "Die vraag kan ik niet beantwoorden" (c14)
            dispatcher.utter_message(response="utter_afspraak_nu_iemand")
            counted = ValidateAfspraakForm._someone_now(tracker, text) \
                if requested in ("tijd_wens", "gekozen_tijd") else {}
            return [SlotSet(k, v) for k, v in counted.items()]
        if _intent(tracker)[0] == "vraag_bot_of_mens":
            dispatcher.utter_message(response="utter_ik_ben_een_bot")  # "praat ik met een mens?"
            return []
        if answer_about_counsellor(text, dispatcher, tracker):
            if requested in ("tijd_wens", "gekozen_tijd"):
                # "nee dan liever donderdag vroeg, bij een vrouw als dat kan" (round 33 A c11: the same Wednesday
                # list again): the question answered, and the day asked for looked up
                wish = ValidateAfspraakForm().wish_with_a_question(text, dispatcher, tracker)
                if wish:
                    return [SlotSet(k, v) for k, v in (wish | {"gekozen_tijd": None}).items()]
            return self._in_passing(text, requested, dispatcher, tracker)
        time_only = requested in ("tijd_wens", "gekozen_tijd") and said.only_asks_about_time(text)
        if not time_only:  # "kan het toch woensdag worden?" asks for a time, no FAQ answer (c06)
            selector = ((tracker.latest_message or {}).get("response_selector") or {}).get("faq") or {}
            name = (selector.get("response") or {}).get("utter_action")
            utter_faq(dispatcher, tracker, name if isinstance(name, str) and name.startswith("utter_faq/")
                      else "utter_afspraak_vraag_niet_begrepen")
            answers.answer_other_questions(dispatcher, text, repeats.side_answer(tracker.latest_message))
        kept = self._answer_before_the_question(text, requested, tracker)
        if kept:
            return [SlotSet(k, v) for k, v in kept.items()]
        if requested in ("tijd_wens", "gekozen_tijd"):
            # "donderdagmiddag graag, en kost dat iets?": the question is answered, the wish kept
            wish = ValidateAfspraakForm().wish_with_a_question(text, dispatcher, tracker)
            if wish:
                return [SlotSet(k, v) for k, v in (wish | {"gekozen_tijd": None}).items()]
        return self._in_passing(text, requested, dispatcher, tracker)

    @staticmethod
    def _answer_before_the_question(text: str, requested: str, tracker: Tracker) -> dict[str, Any]:
        """"telefonisch. en kees krijgt dit niet te horen he", "anoniem. maar hoort kees hiervan?" (round 32 recheck
        A c03: the question ignored, or the answer lost): the opening sentence, no question itself, answers the
        step; the question after it was answered. Empty when the opening holds no answer to the step."""
        head = text[:said.WISH_TEXT_CHARS]
        ends = [i for i in (head.find(mark) for mark in ".!?;\n") if i > 0]
        end = min(ends, default=-1)
        if text.startswith("/") or end < 0 or head[end] == "?" or not head[end + 1:].strip():
            return {}
        parts = [head[:end]]
        if said.opens_with_a_question(parts[0]):
            return {}
        if requested == "ontmoetingsvorm":
            counsellor = _counsellor_of(tracker.get_slot("gekozen_tijd"))
            mode = said.way_of_meeting(parts[0])
            if counsellor is not None and mode in counsellor.meeting_modes:
                return ValidateAfspraakForm._mode_slots(mode, counsellor) | {"afspraak_fouten": 0.0,
                                                                             "uitleg_nodig": False}
        if requested == "bereikbaar" and said.contact_choice(parts[0]) == said.ANONYMOUS:
            return {"bereikbaar": said.ANONYMOUS, "contactgegeven": None, "afspraak_fouten": 0.0,
                    "uitleg_nodig": False}
        return {}

    @staticmethod
    def _in_passing(text: str, requested: str, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        """"liefst telefonisch, ... kan iemand van een vrouw zijn?" at the time step: the question
        answered, the way of meeting in it remembered (seventh stranger test c18: asked again later)."""
        if requested not in ("tijd_wens", "gekozen_tijd") or text.startswith("/"):
            return []
        return [SlotSet(k, v) for k, v in ValidateAfspraakForm()._heard_in_passing(text, dispatcher, tracker).items()]

    @staticmethod
    def _restated(text: str, requested: str, dispatcher: CollectingDispatcher,
                  tracker: Tracker) -> dict[str, Any] | None:
        """An answer to the question asked, taken for a question: a way of meeting the counsellor
        offers, said without a question ("video zei ik toch"), or a time said again ("ik zei toch
        donderdag"). None when the message holds no such answer."""
        if text.startswith("/"):
            return None
        counsellor = _counsellor_of(tracker.get_slot("gekozen_tijd"))
        mode = said.way_of_meeting(text)
        # not "telefonisch. en kees krijgt dit niet te horen he" (round 32 recheck A c03): a question with its own
        # answer follows; answered, and the way kept (_answer_before_the_question)
        answers_it = said.restates_answer(text) or (said.side_question(text) is None
                                                    and followups.direct_answer(text) is None)
        if requested == "ontmoetingsvorm" and counsellor is not None and mode is not None and answers_it:
            if mode in counsellor.meeting_modes:
                return ValidateAfspraakForm._mode_slots(mode, counsellor) | {"afspraak_fouten": 0.0,
                                                                             "uitleg_nodig": False}
            dispatcher.utter_message(response=UNMET_RESPONSES[routing.VORM],  # "video", with Marieke: not there
                                     ontmoetingsvorm_titel=content.ontmoetingsvormen()[mode],
                                     vp_namen=_names([counsellor]))
            return {}
        if requested in ("tijd_wens", "gekozen_tijd") and said.restates_answer(text):
            wish = ValidateAfspraakForm().wish_with_a_question(text, dispatcher, tracker)
            return (wish | {"gekozen_tijd": None}) if wish else None
        return None

    @staticmethod
    def _contact(text: str, requested: str, tracker: Tracker,
                 dispatcher: CollectingDispatcher) -> dict[str, Any] | None:
        email, phone = said.email_in(text), said.phone_in(text)
        if email or phone:
            return {"bereikbaar": said.EMAIL if email else said.PHONE, "contactgegeven": email or phone,
                    "afspraak_fouten": 0.0, "uitleg_nodig": False}
        unclear = said.unclear_phone_in(text)
        if unclear is not None:
            # "0470 12 34 56, is een belgisch nummer" read as a question (round 29 B c08: the help lines from
            # abroad, then the number asked again): the number, its country asked when the message does not say
            settled = _country_said(unclear, text)
            return {"bereikbaar": said.PHONE, "contactgegeven": settled, "afspraak_fouten": 0.0, "uitleg_nodig": False,
                    **({} if settled else {"telefoon_belgisch": unclear.belgian, "telefoon_nederlands": unclear.dutch})}
        if requested == "contactgegeven" and said.contact_choice(text) == said.ANONYMOUS \
                and not said.opens_with_a_question(text):
            # "nee ik wil juist geen nummer geven. ik bel zelf wel, welk nummer?" (eighth stranger test
            # c02): no number; how calling in works is said, and the booking goes on without details
            dispatcher.utter_message(text=zelf_bellen_text())
            return {"bereikbaar": said.ANONYMOUS, "contactgegeven": None, "afspraak_fouten": 0.0,
                    "uitleg_nodig": False}
        if requested != "bereikbaar" or said.side_question(text) is not None:
            return None
        choice = said.contact_choice(text)  # "e-mail", "mail", "telefoon": the channel; the form asks for it
        return None if choice is None else {"bereikbaar": choice, "contactgegeven": None,
                                            "afspraak_fouten": 0.0, "uitleg_nodig": False}


class ActionBoekAfspraak(Action):
    """After the summary: book (or not), and say how it went through afspraak_uitkomst."""

    def name(self) -> str:
        return "action_boek_afspraak"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        if tracker.get_slot("afspraak_uitkomst") == ONDERBROKEN:
            # a crisis follow-up stopped the booking and was answered (crisis_follow_up): nothing more;
            # the time chosen waits for the next request to book (action_reset_afspraak)
            chosen = tracker.get_slot("gekozen_tijd")
            return _reset(FORM_SLOTS) + [SlotSet("afspraak_uitkomst", ONDERBROKEN),
                                         SlotSet("gepauzeerde_tijd", chosen if _decoded(chosen) else None)]
        if tracker.get_slot("bevestiging") is not True:
            # afspraak_stoppen (set when the person stopped to contact a VP themselves) stays for
            # utter_afspraak_niet_geboekt; the next booking starts without it (action_reset_afspraak)
            kept = {n for n in ("afspraak_stoppen", "afspraak_afgezegd") if tracker.get_slot(n) is True}
            return _reset(n for n in FORM_SLOTS if n not in kept) + [SlotSet("afspraak_uitkomst", "niet_bevestigd")]
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
        counsellor = _counsellor(view.counsellor_key)
        english = english_line(tracker, "geboekt_anoniem" if contact is None else "geboekt")
        if english:  # before the Dutch confirmation (eighth stranger test c14)
            dispatcher.utter_message(text=content.fill(english, {"referentiecode": view.code,
                                                                 **content.hulplijn_values()}))
        return [SlotSet("referentiecode", view.code), SlotSet("afspraak_tijd", format_slot_nl(view.starts_at)),
                SlotSet("eerder_geboekt", True),
                SlotSet("locatie", view.location), SlotSet("ics_link", ics_link(view.code)),
                SlotSet("vp_nummer", vp_nummer(counsellor)),
                SlotSet("vp_met_wie",
                        describe([counsellor], with_meeting_modes=False) if counsellor else view.counsellor_name),
                SlotSet("afspraak_uitkomst", "geboekt")] + telling.count(
                    tracker, (counters.AFSPRAAK, tracker.get_slot("situatie")))

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
            when = parse_wishes(wish, now) if isinstance(wish, str) and len(wish) <= MAX_WISH_CHARS else None
        except ImpossibleDate:
            when = None
        found = compute_offer(when, now, _route(tracker).counsellors) if when else None
        if found and found.slots:
            return events + [SlotSet(k, v) for k, v in _offer_slots(found.slots).items()]
        return events + [SlotSet("tijd_wens", None), SlotSet("aangeboden_tijden", None)]


# --- changing and cancelling by reference code --------------------------------------------------

class ActionStartBeheer(Action):
    """Remember whether the person wants to change or cancel, and start from nothing."""

    def name(self) -> str:
        return "action_start_beheer"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        if (tracker.active_loop or {}).get("name") == "afspraak_code_form" \
                and tracker.get_slot("requested_slot") == "annuleer_bevestiging" \
                and said.cancel_answer(_latest_text(tracker)) is not None:
            return []  # "ja annuleer maar" answers "Wil je die annuleren?": the form reads it
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if (tracker.active_loop or {}).get("name") == "afspraak_code_form" \
                and tracker.get_slot("requested_slot") == "code_invoer" \
                and (said.lost_code(_latest_text(tracker)) or without_code(_latest_text(tracker), tracker)):
            return []  # "ik ben die code kwijt", read as a new request: the form asks on and helps (agenda10)
        if (tracker.active_loop or {}).get("name") == "afspraak_code_form" and intent == "afspraak_wijzigen" \
                and tracker.get_slot("beheer_actie") == "wijzigen" and tracker.get_slot("referentiecode") \
                and tracker.get_slot("requested_slot") in ("tijd_wens", "gekozen_tijd"):
            return []  # "kan het donderdag bij iemand anders?" while moving: the form reads it, the code stays
        actie = {"afspraak_annuleren": "annuleren", "afspraak_bekijken": BEKIJKEN}.get(intent or "", "wijzigen")
        if actie == BEKIJKEN and not self._appointment_named(tracker):
            # "staat mijn afspraak woensdag?" after a crisis broke the booking off before it was made
            # (round 22 C c01: asked for a code that was never given): it is not made, and may be now
            told = _paused_slots(paused_booking(tracker))
            if told:
                dispatcher.utter_message(response="utter_afspraak_nog_niet_gemaakt", **told)
                return [FollowupAction("action_listen")]
        # beheer_wissel stays: the rule that switched from the booking form to this one reads it
        events = _reset(n for n in BOOKING_SLOTS if n != "beheer_wissel") + [SlotSet("beheer_actie", actie)]
        text = _latest_text(tracker)
        if actie == "annuleren" and not text.startswith("/") and crisis.threat_from_other(text):
            # "ik wil mijn afspraak afzeggen, code ... mijn teamleider zei net dat hij weet waar ik woon"
            # (nineteenth stranger recheck c04: "Je afspraak is geannuleerd", the threat unheard): the
            # threat first, the appointment stays unless the person still wants to cancel
            dispatcher.utter_message(response="utter_annuleren_na_dreiging")
        # "... met code 5YQE-777R-3CHZ maar ik wil hem verzetten"; without one, the code given
        # before in this conversation (sixth stranger test c12: "annuleer hem maar" after moving)
        code = said.code_in(text)
        known = self._code_given_before(tracker)
        # "ok annuleer dan maar. 7xhe-2cv9-rsn0" while moving that appointment (twenty-fourth stranger test A
        # c06: "Ik vond je afspraak op None"): the code of this conversation's appointment, typed again, is
        # looked up like the one remembered
        before = known if code is None or code == known else None  # both canonical (said.code_in)
        found = self._still_live(tracker, before) if before is not None else None
        if found is not None:  # the form may go on without checking the code again: what it found
            code = before
            events += [SlotSet("referentiecode", found.code), SlotSet("afspraak_tijd", format_slot_nl(found.starts_at))]
        if intent not in ("afspraak_wijzigen", "afspraak_annuleren", "afspraak_bekijken") and found is not None \
                and moves_just_made(tracker, text):
            # from action_reset_afspraak: the appointment just made is moved to the time in the message, by the
            # code form (it starts here: no rule follows a request to book with this action)
            return events + [SlotSet("code_invoer", code)] + _time_in_request(text) \
                + [FollowupAction("afspraak_code_form")]
        if actie == "wijzigen" and not text.startswith("/") and said.way_of_meeting(text) is not None:
            # "kan het telefonisch in plaats van via video?": the way is heard with the request (the
            # form checks it against the counsellor); "zelfde tijd maar telefonisch": the time stays
            events += [SlotSet("ontmoetingsvorm", said.way_of_meeting(text)),
                       SlotSet("alleen_vorm", said.only_the_way_changes(text))]
        # the form checks a code given with the request when it starts (a prefilled slot), as if typed
        return events + ([SlotSet("code_invoer", code)] if code else [])

    @staticmethod
    def _appointment_named(tracker: Tracker) -> bool:
        """An appointment made or named in this conversation (a code in the message or the slots)."""
        return bool(said.code_in(_latest_text(tracker)) or tracker.get_slot("referentiecode")
                    or tracker.get_slot("code_invoer"))

    @staticmethod
    def _still_live(tracker: Tracker, code: str) -> AppointmentView | None:
        try:
            return prove_code(tracker, code)
        except (TooManyAttempts, reference.InvalidCode):
            return None

    @staticmethod
    def _code_given_before(tracker: Tracker) -> str | None:
        """The code of the appointment this conversation is about: the one being changed, or the
        one found or made before, unless it was cancelled."""
        code = tracker.get_slot("code_invoer")
        if isinstance(code, str) and said.code_in(code):
            return said.code_in(code)
        code = tracker.get_slot("referentiecode")
        if tracker.get_slot("afspraak_uitkomst") == "geannuleerd" or not isinstance(code, str):
            return None
        return said.code_in(code)


def other_counsellors(counsellor, tracker: Tracker, view: AppointmentView | None = None) -> list:
    """Active counsellors besides the appointment's (`counsellor`, of the code in code_invoer, or
    `view`) who take its kind of matter and offer its way of meeting (or the way asked for now):
    the ones a move may go to when the own counsellor has nothing free then."""
    if view is None:
        try:
            view = prove_code(tracker, tracker.get_slot("code_invoer"))
        except (TooManyAttempts, reference.InvalidCode):
            return []
    if view is None:
        return []
    asked = tracker.get_slot("ontmoetingsvorm")
    mode = asked if asked in said.MEETING_MODES else _mode_value(view.meeting_mode)
    kind = counsellor.kind if counsellor.kind in (availability.VPOO, availability.VPI) else None
    return [c for c in availability.active_counsellors(sessions())
            if c.key != counsellor.key and c.serves(kind) and mode in c.meeting_modes]


class ValidateAfspraakCodeForm(_TimeValidation, FormValidationAction):
    def name(self) -> str:
        return "validate_afspraak_code_form"

    async def required_slots(self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker,
                             domain: DomainDict) -> list[str]:
        if tracker.get_slot("afspraak_uitkomst") in ("geen_afspraak", "nieuwe_naast_oude"):
            return []  # "ik heb nog geen afspraak": the form ends, a new booking starts (data/rules)
        if tracker.get_slot("afspraak_uitkomst") in ("te_vaak", "niet_wijzigbaar"):
            return ["code_invoer"]
        if tracker.get_slot("beheer_actie") == "annuleren":
            return ["code_invoer", "annuleer_bevestiging"]
        if tracker.get_slot("beheer_actie") == BEKIJKEN:
            return ["code_invoer"]  # "staat mijn afspraak nog?": the code alone; action_rond_beheer_af shows it
        if tracker.get_slot("alleen_vorm") is True:
            return ["code_invoer", "gekozen_tijd"]  # the time stays: gekozen_tijd is the appointment's own
        return ["code_invoer", "tijd_wens", "gekozen_tijd"]

    async def get_validation_events(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        """"welke code? ik heb nog geen afspraak. ik wil donderdag": no code to ask for. The form
        ends (afspraak_uitkomst geen_afspraak) and a new booking starts, with the time named."""
        text = _latest_text(tracker)
        requested = tracker.get_slot("requested_slot")
        if requested == "code_invoer" and not text.startswith("/") and said.code_in(text) is None \
                and (said.has_no_appointment_after_lost_code(text) if _code_lost_earlier(tracker)
                     else said.has_no_appointment(text)):
            return [SlotSet("code_invoer", None), SlotSet("afspraak_uitkomst", "geen_afspraak")]
        if requested == "code_invoer" and not text.startswith("/") and said.code_in(text) is None \
                and (said.asks_for_a_new_one(text) or _intent(tracker)[0] == BOOKING_INTENT):
            # "kan ik dan niet gewoon een nieuwe maken voor de week erna?", "nieuwe afspraak maken" (twentieth
            # round A c04: the code asked again and again): the form ends, a new booking starts
            return [SlotSet("code_invoer", None), SlotSet("afspraak_uitkomst", "nieuwe_naast_oude")]
        if requested in ("tijd_wens", "gekozen_tijd") and not text.startswith("/") \
                and tracker.get_slot("beheer_actie") == "wijzigen" and said.asks_if_still_on(text):
            # "laat maar. staat mijn afspraak nu nog wel op donderdag 9 uur?" while moving (round 22 A c02:
            # free times again, three times): the move stops and the appointment is shown as it stands
            return [SlotSet("beheer_actie", BEKIJKEN), SlotSet("tijd_wens", None), SlotSet("gekozen_tijd", None),
                    SlotSet("ontmoetingsvorm", None)]
        if requested in ("tijd_wens", "gekozen_tijd") and not text.startswith("/"):
            named = self._counsellor_named(requested, text, dispatcher, tracker)
            if named is not None:
                return named
        own = self._counsellors(tracker) if requested in ("tijd_wens", "gekozen_tijd") and not text.startswith("/") \
            else []
        if own and self._wants_someone_else(text, own):
            # "kan het donderdag bij iemand anders dan?": a move stays with the same counsellor; said
            # (once: "kan ruud morgen wel?" read as a question was answered by the rule's action, round
            # 24 A c06 printed it twice), and the time in it is still looked for with that counsellor
            if not _answered_by_a_rule(tracker):
                dispatcher.utter_message(text=content.fill(content.afspraak_knoppen()["verzetten_zelfde_vp"],
                                                           {"naam": _names(own)}))
            if not self._names_a_time(text.lower()):
                return [SlotSet(requested, None)]
        if requested in ("tijd_wens", "gekozen_tijd") and not text.startswith("/") \
                and tracker.get_slot("beheer_actie") != "annuleren" and said.way_of_meeting(text) is not None \
                and said.is_request(text):
            heard = self._way_while_moving(requested, text, dispatcher, tracker)
            if heard is not None:
                return heard
            return [SlotSet(k, v) for k, v in self._way_asked(said.way_of_meeting(text), dispatcher, tracker).items()] \
                + await super().get_validation_events(dispatcher, tracker, domain)
        return await super().get_validation_events(dispatcher, tracker, domain)

    def _own_code(self, tracker: Tracker) -> str | None:
        code = tracker.get_slot("code_invoer")
        return code if isinstance(code, str) and code else None

    def _proven(self, tracker: Tracker) -> AppointmentView | None:
        try:
            return prove_code(tracker, tracker.get_slot("code_invoer"))
        except (TooManyAttempts, reference.InvalidCode):
            return None

    def _way_asked(self, mode: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                   view: AppointmentView | None = None) -> dict[str, Any]:
        """A way of meeting asked for while moving: kept when the counsellor of the appointment
        offers it and it is another than now; said honestly when they do not."""
        view = view or self._proven(tracker)
        if view is None or mode not in said.MEETING_MODES:
            return {"ontmoetingsvorm": None}
        if mode == _mode_value(view.meeting_mode):  # "zelfde tijd maar via video", and it is by video
            dispatcher.utter_message(text=content.fill(content.afspraak_knoppen()["vorm_al"],
                                                       {"vorm": _mode_title(mode)}))
            return {"ontmoetingsvorm": None}
        counsellor = _counsellor(view.counsellor_key)
        if counsellor is not None and mode in counsellor.meeting_modes:
            return {"ontmoetingsvorm": mode, "ontmoetingsvorm_titel": _mode_title(mode),
                    "locatie": counsellor.location if mode == said.IN_PERSON else None}
        dispatcher.utter_message(response="utter_verzetten_vorm_kan_niet",
                                 ontmoetingsvorm_titel=content.ontmoetingsvormen()[mode],
                                 vp_met_wie=describe([counsellor]) if counsellor else view.counsellor_name)
        return {"ontmoetingsvorm": None}

    def _way_while_moving(self, requested: str, text: str, dispatcher, tracker: Tracker) -> list[EventType] | None:
        """"zelfde tijd maar telefonisch" in the time step: the way changes, the time stays (the
        form ends). "telefonisch graag" without a time: heard, and the question comes back. None
        when the message names a time too (the time step reads it; the way is kept)."""
        view = self._proven(tracker)
        if view is None:
            return None
        if said.keeps_the_time(text):
            way = self._way_asked(said.way_of_meeting(text), dispatcher, tracker, view)
            return [SlotSet(k, v) for k, v in (way | self._same_time(view)).items()]
        if self._names_a_time(text.lower()):
            return None
        way = self._way_asked(said.way_of_meeting(text), dispatcher, tracker, view)
        if way.get("ontmoetingsvorm"):
            dispatcher.utter_message(text=content.fill(content.afspraak_knoppen()["vorm_genoteerd"],
                                                       {"vorm": way["ontmoetingsvorm_titel"]}))
        return [SlotSet(k, v) for k, v in way.items()] + [SlotSet(requested, None)]

    @staticmethod
    def _same_time(view: AppointmentView) -> dict[str, Any]:
        """The appointment's own time as the time chosen: only the way of meeting changes."""
        return {"alleen_vorm": True, "tijd_wens": None,
                "gekozen_tijd": f"{view.counsellor_key}|{view.starts_at.astimezone(dt.timezone.utc).isoformat()}"}

    @staticmethod
    def _wants_someone_else(text: str, own: list) -> bool:
        """Another counsellor asked for, or the appointment's own counsellor (`own`, from
        _counsellors) said not to be wanted ("volgende week, maar niet bij marieke graag", fourteenth
        stranger recheck: Marieke's times three times)."""
        if said.asks_other_counsellor(text):
            return True
        wish = said.counsellor_wish(text, _all_names())
        # "zelfde tijd maar dan bij marieke" while moving Ruud's appointment (twentieth stranger test A c10)
        return bool(own) and (wish.avoid == own[0].key or (wish.key is not None and wish.key != own[0].key))

    def _offer_for(self, when: When, wish: str, now: dt.datetime, dispatcher: CollectingDispatcher,
                   tracker: Tracker, counsellors: list | None = None) -> dict[str, Any]:
        """A day the appointment's counsellor has nothing free ("kan die naar vrijdag?", and she
        does not work on Fridays): the free times of another counsellor who takes the same kind of
        matter and offers the same way of meeting, said so (sixth stranger test c12); else the own
        counsellor's first free times after it."""
        own = self._counsellors(tracker) if counsellors is None else counsellors
        found = compute_offer(when, now, own, self._own_code(tracker)) if own else None
        if counsellors is not None or found is None or (found.slots and (found.in_range or found.nearest)):
            return super()._offer_for(when, wish, now, dispatcher, tracker, own)
        # A move keeps the counsellor unless the person asks (eighth stranger test c13: a switch to
        # Ruud was offered, and "ik wil liever bij Marieke blijven" had to be said): the own
        # counsellor's first free times; another who has time then is named, to choose by name.
        result = super()._offer_for(when, wish, now, dispatcher, tracker, own)
        others = other_counsellors(own[0], tracker)
        other_offer = compute_offer(when, now, others) if others else None
        if other_offer is not None and other_offer.slots and other_offer.in_range:
            offered = _offered_counsellors([offer.encode(s) for s in other_offer.slots])
            dispatcher.utter_message(text=content.fill(content.afspraak_knoppen()["verzetten_andere_vp"], {
                "naam": own[0].name, "andere": describe(offered, with_meeting_modes=False),
                "andere_naam": _names(offered)}))
        return result

    def _counsellor_named(self, requested: str, text: str, dispatcher, tracker: Tracker) -> list[EventType] | None:
        """A counsellor named while moving: the own one ("ik wil liever bij Marieke blijven"): said
        kindly, and a time in the message looked for with them; another one who takes the same kind
        of matter and way of meeting: their times for the wish. None when no such name is in it."""
        if _decoded(text) is not None:  # an offered time's value, which holds the counsellor's key
            return None
        wish = said.counsellor_wish(text, _by_name())
        own = self._counsellors(tracker)
        if not wish.key or not own or said.asks_who_counsellor(text, _by_name()):
            return None
        if wish.key == own[0].key:
            dispatcher.utter_message(text=content.fill(content.afspraak_knoppen()["verzetten_blijft_bij"],
                                                       {"naam": own[0].name}))
            return None if self._names_a_time(text.lower()) else [SlotSet(requested, None)]
        other = next((c for c in other_counsellors(own[0], tracker) if c.key == wish.key), None)
        if other is None:
            return None
        now, earlier = clock.now(), tracker.get_slot("tijd_wens")
        asked = text if self._names_a_time(text.lower()) else earlier if isinstance(earlier, str) else None
        try:
            when = parse_wishes(asked, now) if asked and len(asked) <= MAX_WISH_CHARS else None
        except ImpossibleDate:
            when = None
        if when is None:
            return None
        found = _TimeValidation._offer_for(self, when, asked, now, dispatcher, tracker, [other])
        return [SlotSet(k, v) for k, v in self._ok(found).items()]


    def _counsellors(self, tracker: Tracker) -> list:
        """The counsellor of the proven code; no one otherwise, so nothing is offered."""
        try:
            view = prove_code(tracker, tracker.get_slot("code_invoer"))
        except (TooManyAttempts, reference.InvalidCode):
            view = None
        return [c for c in availability.active_counsellors(sessions()) if view and c.key == view.counsellor_key]

    def extract_code_invoer(self, dispatcher, tracker: Tracker, domain) -> dict[str, Any]:
        """A typed code is a code, whatever intent the classifier gave it (it may take one for a
        question)."""
        text = _latest_text(tracker)
        code = said.code_in(text) if tracker.get_slot("requested_slot") == "code_invoer" else None
        return {"code_invoer": code} if code else {}

    def validate_code_invoer(self, value: Any, dispatcher, tracker: Tracker, domain) -> dict[str, Any]:
        """Until the code is proven (a live appointment that has not started), every code gets
        the same answer: unknown, cancelled and started alike, each counted as a wrong code."""
        code = said.code_in(value)  # the whole message, or inside a sentence ("typfout: ...")
        if code is None:
            if said.lost_code(value) or without_code(str(value or ""), tracker):
                # the question step says where the code is, or why it cannot be found (ActionAskCodeInvoer)
                return self._failed(tracker, "code_invoer", dispatcher, None)
            if not said.code_attempt(value) and self._no_answer(value, dispatcher, tracker):
                return {"code_invoer": None}  # a question: answered, and the code is asked again
            return self._failed(tracker, "code_invoer", dispatcher,
                                "utter_code_ongeldig" if said.code_attempt(value) else "utter_code_kwijt")
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
        if tracker.get_slot("beheer_actie") not in ("annuleren", BEKIJKEN):
            events |= self._found_for_moving(view, dispatcher, tracker, events["afspraak_tijd"])
        return self._ok(events)

    def _found_for_moving(self, view: AppointmentView, dispatcher, tracker: Tracker, when: str) -> dict[str, Any]:
        """The appointment found: with a way of meeting asked with the request, that way (if the
        counsellor offers it); only the way ("zelfde tijd maar telefonisch"): the time stays and
        nothing more is asked; else a new time is looked for."""
        if tracker.get_slot("alleen_vorm") is True:
            asked_way = tracker.get_slot("ontmoetingsvorm")
            return self._way_asked(asked_way, dispatcher, tracker, view) | self._same_time(view)
        asked = tracker.get_slot("ontmoetingsvorm")
        if asked in said.MEETING_MODES and asked != _mode_value(view.meeting_mode):
            counsellor = _counsellor(view.counsellor_key)
            if counsellor is not None and asked in counsellor.meeting_modes:
                dispatcher.utter_message(response="utter_afspraak_gevonden_nieuwe_vorm", afspraak_tijd=when,
                                         ontmoetingsvorm_titel=_mode_title(asked))
                return self._way_asked(asked, dispatcher, tracker, view)
        dispatcher.utter_message(response="utter_afspraak_gevonden_wijzigen", afspraak_tijd=when)
        return self._way_asked(asked, dispatcher, tracker, view) | self._wish_with_the_code(view, dispatcher, tracker)

    def _wish_with_the_code(self, view: AppointmentView, dispatcher, tracker: Tracker) -> dict[str, Any]:
        """"code 7KM5-ATG5-GW33, kan die naar vrijdag?": the time named with the code is the wish,
        so the free times for it are offered at once (nothing when the message names no time)."""
        text = _latest_text(tracker)
        if text.startswith("/") or said.code_in(text) is None:
            return {}
        return self.wish_with_a_question(text, dispatcher, _TrackerView(tracker, {"code_invoer": view.code}))

    def extract_annuleer_bevestiging(self, dispatcher, tracker: Tracker, domain) -> dict[str, Any]:
        """A typed "ja annuleer maar" or "nee, laat staan" answers the question, whatever intent
        the classifier gave it (it may take one for a new cancel request, or for stopping)."""
        text = _latest_text(tracker)
        if tracker.get_slot("requested_slot") != "annuleer_bevestiging" or text.startswith("/"):
            return {}
        answer = said.cancel_answer(text)
        return {} if answer is None else {"annuleer_bevestiging": answer}

    def validate_annuleer_bevestiging(self, value: Any, dispatcher, tracker, domain) -> dict[str, Any]:
        return {"annuleer_bevestiging": value if isinstance(value, bool) else None}


class ActionRondBeheerAf(Action):
    """After the code form: cancel or move, and say how it went through afspraak_uitkomst."""

    def name(self) -> str:
        return "action_rond_beheer_af"

    @staticmethod
    def _may_move_to(key: str, proven: AppointmentView, tracker: Tracker) -> bool:
        own = _counsellor(proven.counsellor_key)
        return own is not None and tracker.get_slot("gekozen_tijd") in _offered(tracker) \
            and key in {c.key for c in other_counsellors(own, tracker, proven)}

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        outcome = tracker.get_slot("afspraak_uitkomst")
        if outcome in ("te_vaak", "niet_wijzigbaar", "geen_afspraak", "nieuwe_naast_oude"):
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
        if tracker.get_slot("beheer_actie") == BEKIJKEN:  # "staat mijn afspraak nog?": as it stands
            return [SlotSet("afspraak_uitkomst", "bekeken"), *_appointment_slots(proven)]
        code, now = proven.code, clock.now()
        try:
            if cancelling:
                cancel(sessions(), code, now)
                return [SlotSet("afspraak_uitkomst", "geannuleerd"), SlotSet("code_invoer", None),
                        SlotSet("eerder_geboekt", None)]
            key, start = offer.decode(tracker.get_slot("gekozen_tijd"))
            asked = tracker.get_slot("ontmoetingsvorm")
            mode = asked if asked in said.MEETING_MODES and asked != _mode_value(proven.meeting_mode) else None
            if start == proven.starts_at and mode is None and key == proven.counsellor_key:  # nothing changes
                return [SlotSet("afspraak_uitkomst", "niet_geannuleerd"), SlotSet("code_invoer", None),
                        SlotSet("afspraak_tijd", format_slot_nl(proven.starts_at))]
            # another counsellor's time, offered when the own one had nothing then (c12): only one of
            # the times offered, of a counsellor a move may go to; the repository checks, under both
            # counsellors' locks, that they offer that time and way of meeting
            if key != proven.counsellor_key and not self._may_move_to(key, proven, tracker):
                raise SlotNotOffered(f"{key} is not a counsellor this appointment may move to")
            view = reschedule(sessions(), code, start, offer.end_of(start), now, within_hours=True, meeting_mode=mode,
                              counsellor_key=key)
        except SlotTaken:
            return [SlotSet("afspraak_uitkomst", "bezet"), SlotSet("gekozen_tijd", None),
                    SlotSet("tijd_wens", None), SlotSet("aangeboden_tijden", None)]
        except (AppointmentNotFound, NotChangeable, BookingError, reference.InvalidCode, ValueError, TypeError):
            return [SlotSet("afspraak_uitkomst", "niet_wijzigbaar"), SlotSet("code_invoer", None)]
        outcome = "vorm_gewijzigd" if view.starts_at == proven.starts_at else "gewijzigd"
        return [SlotSet("afspraak_uitkomst", outcome), *_appointment_slots(view)]


def _appointment_slots(view: AppointmentView) -> list[EventType]:
    """The slots the responses about an appointment read: when, with whom, how, where, its code and
    its calendar link."""
    counsellor = _counsellor(view.counsellor_key)
    mode = _mode_value(view.meeting_mode)
    return [SlotSet("afspraak_tijd", format_slot_nl(view.starts_at)),
            SlotSet("ics_link", ics_link(view.code)), SlotSet("referentiecode", view.code),
            SlotSet("vp_met_wie",
                    describe([counsellor], with_meeting_modes=False) if counsellor else view.counsellor_name),
            SlotSet("ontmoetingsvorm", mode), SlotSet("ontmoetingsvorm_titel", _mode_title(mode)),
            SlotSet("locatie", view.location)]
