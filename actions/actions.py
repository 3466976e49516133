"""Rasa SDK actions: thin adapters between Rasa's tracker and the logic in `bot/`.

The actions only decide and remember (slots); what the bot says next follows from the rules
in data/rules and the responses in domain/. No user-facing text lives here.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, EventType, FollowupAction, SessionStarted, SlotSet, UserUttered
from rasa_sdk.executor import CollectingDispatcher

from actions import answers, telling
from actions.afspraak import BOOKING_SLOTS, _said_just_before, answer_about_counsellor, asks_about_counsellor
from actions.answers import last_bot_response
from bot import clock, content
from bot.booking.routing import OMGANGSVORMEN
from bot.bootstrap import services
from bot.content import Situatie
from bot.dialogue import (
    booking,
    crisis,
    followups,
    minors,
    perspective,
    questions,
    repeats,
    requests,
    resume,
    roles,
    routes,
    situations,
    slurs,
)
from bot.nlu import crisis_patterns, language
from bot.privacy import storage
from bot.reporting import counters
from bot.scheduling.slots import DEFAULT_POLICY
from bot.vocabulary import OUTSIDE_TASK

DISCRIMINATIE = "discriminatie"
ENGLISH_SITUATION_MIN_CONFIDENCE = 0.3  # the fallback threshold of config.yml
CONVERSATION_SLOTS = ("situatie", "situatie_label", "tweede_situatie", "tweede_situatie_label", "soort", "rol", "route",
                      "open_vraag", "crisis_soort", "crisis_actief", "luisteren", "luisteren_gezegd", "vorig_antwoord",
                      "al_hervat", "grond", "minderjarige", "crisis_detail", "eerder_geboekt")
CRISIS_SLOTS = ("crisis_soort", "crisis_actief", "crisis_detail", "hulplijn_geweigerd")


def _huisarts_nu() -> str:
    """Who looks at an injury now (bot.dialogue.crisis.medical_help_now): for {huisarts_nu}."""
    return crisis.medical_help_now(clock.now_for(services().settings), content.hulplijnen()["huisarts"])


def _situation_events(sit: Situatie, open_vraag: str | None) -> list[EventType]:
    return [
        SlotSet("situatie", sit.key),
        SlotSet("situatie_label", sit.label),
        SlotSet("soort", sit.soort),
        SlotSet("open_vraag", open_vraag),
    ]


def _counted_situation(tracker: Tracker, sit: Situatie, open_vraag: str, confirmed: bool,
                       rol: str | None = None) -> list[EventType]:
    """The anonymous counters (bot/reporting) for what follows from `open_vraag`: a confirmed
    situation, then either the options (information) or, outside the VP's task, the referral."""
    outcomes = [(counters.BEVESTIGD, sit.key)] if confirmed else []
    if open_vraag == resume.OPTIES:
        outcomes.append((counters.INFORMATIE, sit.key))
    elif open_vraag == resume.BUITEN_OOK_GEDRAG:
        outcomes.append((counters.DOORVERWEZEN, sit.key))
    return telling.count(tracker, *outcomes, rol=rol) if outcomes else []


class ActionSessionStart(Action):
    """A new conversation: nothing carried over; the facts the bot may state come from settings
    (how long it keeps the conversation), the running configuration (where it keeps it:
    bot/privacy/storage.py with content/privacy.yml), content/hulplijnen.yml (help lines and
    external routes) and content/uitleg.yml (shared explanations)."""

    def name(self) -> str:
        return "action_session_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        settings = services().settings
        slots = set(domain.get("slots", {}))
        events: list[EventType] = [SessionStarted()]
        events.append(SlotSet("bewaartermijn_minuten", str(settings.conversation.ttl_minutes)))
        if "bewaartermijn_afspraak_dagen" in slots:
            events.append(SlotSet("bewaartermijn_afspraak_dagen", str(settings.booking.retention_days)))
        if "afspraak_minuten" in slots:
            events.append(SlotSet("afspraak_minuten", str(DEFAULT_POLICY.slot_minutes)))
        facts = {**content.hulplijn_values(), **content.uitleg(), "engels_contact": content.engels()["contact"],
                 "agenda_titel": content.agenda()["titel"],
                 **storage.privacy_texts(storage.describe(settings), content.privacy(), settings.count_statistics)}
        if "huisarts_nu" in slots:
            facts["huisarts_nu"] = _huisarts_nu()
        events += [SlotSet(k, v) for k, v in facts.items() if k in slots]
        events.append(ActionExecuted("action_listen"))
        return events


class ActionHerkenSituatie(Action):
    """After a description: remember which situation it looks like, and whether the person is a
    witness, so that the bot can name it and check it."""

    def name(self) -> str:
        return "action_herken_situatie"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        told = tracker.latest_message.get("text") or ""
        drowsy = _drowsy_after_pills(dispatcher, tracker)
        if drowsy is not None:
            # "ik word een beetje duizelig" after a strip of pills with wine (twenty-fifth stranger test C
            # c02: "Klopt het dat het gaat om agressie of geweld?"): the danger first
            return drowsy
        if tracker.get_slot("crisis_actief") and not told.startswith("/") and crisis.false_alarm(told):
            # "Ik ben er weer. ... er stond gewoon een klant ... Er is niets aan de hand. Waar waren we?" read as
            # aggression (round 30 A c08 replay: the aggression text and the options): no danger after all
            dispatcher.utter_message(response=crisis.VALS_ALARM)
            return [SlotSet("crisis_actief", False), SlotSet("crisis_soort", None), SlotSet("crisis_detail", None),
                    FollowupAction("action_hervat_gesprek")]
        soort = tracker.get_slot("crisis_soort")
        if tracker.get_slot("crisis_actief") and soort in (crisis.ACUUT, crisis.ZELFMOORD) \
                and not told.startswith("/") and crisis.after_crisis(told) in REFUSALS \
                and crisis_patterns.match(told[:2000]) is None:
            # "ik sta niet hoog. ik zit in keuken. ik heb niks gedaan nog. ik wil geen 112, dan komt politie" right
            # after the acute answer, read as a work matter (round 31 recheck B c03: the bullying options): the
            # refusal answered
            dispatcher.utter_message(response=crisis.after_crisis_response(told, soort))
            return [FollowupAction("action_listen")]
        taken_back: list[EventType] = []
        if tracker.get_slot("crisis_actief") and not told.startswith("/") and _takes_back(told):
            # "Ik ben niet in gevaar en ik heb geen sombere gedachten. Ik wil informatie over het melden van fraude"
            # (round 31 C c10: the matter checked, but the 113 block came back at the next question): the alarm is
            # taken back, said once, and the matter goes on
            dispatcher.utter_message(response="utter_crisis_teruggenomen")
            taken_back = [SlotSet("crisis_actief", False)]
        return taken_back + self._recognise(dispatcher, tracker, domain, intent, told)

    def _recognise(self, dispatcher, tracker: Tracker, domain, intent: str | None, told: str) -> list[EventType]:
        if intent != "eerst_praten" and _accused_approaches(dispatcher, tracker, told):
            return [FollowupAction("action_listen")]
        _misread_said(dispatcher, tracker, _denied_in(told))
        if intent == "eerst_praten" and not tracker.get_slot("nieuw_voorval") \
                and tracker.get_slot("open_vraag") != resume.TWEE_SITUATIES and not told.startswith("/"):
            # "nee, nog geen tijd. ik wil eerst vertellen wat er speelt" in the booking, nothing told yet (round 30
            # B c06: the list of situations): an invitation to tell, the story heard first
            dispatcher.utter_message(response="utter_wil_vertellen")
            return ActionLuisteren().run(dispatcher, tracker, domain) + [FollowupAction("action_listen")]
        if intent == "eerst_praten":  # told in the middle of a booking; the person wants to talk about it first
            intent = tracker.get_slot("nieuw_voorval")
            told = resume.told_before(tracker.events)
            if intent is None and tracker.get_slot("open_vraag") == resume.TWEE_SITUATIES:
                # "eerst dat van de tellingen": which of the two matters named goes first
                intent = situations.pick_of_two(tracker.latest_message.get("intent_ranking") or [],
                                                tracker.get_slot("situatie"), tracker.get_slot("tweede_situatie"))
        sit = situations.from_key(intent)
        if sit is None:  # not a situation intent: ask which one fits
            return [SlotSet("open_vraag", resume.KIES_SITUATIE)]
        known = situations.from_key(tracker.get_slot("situatie"))
        if sit.key == ABUSE_OF_POWER and not told.startswith("/") and (
                situations.no_superior(told) or (known is not None and known.soort == "omgangsvormen"
                                                 and not situations.names_superior(told))):
            # "hij heeft geen hogere positie hoor, hij is gewoon collega", or more of a harassment story
            # with no one above the writer in it (round 22 C c02: "machtsmisbruik door iemand met een
            # hogere positie?" twice): no abuse of power. The matter told before stays; without one,
            # the list to choose from.
            if known is None or known.key == ABUSE_OF_POWER:
                dispatcher.utter_message(response="utter_kies_situatie")
                # the guess is gone (round 32 C c06: "nee. hij is gewoon collega" left the integrity kind, and only
                # the integrity counsellor's times were offered for a colleague's threat)
                gone = [SlotSet("situatie", None), SlotSet("situatie_label", None), SlotSet("soort", None)] \
                    if known is not None else []
                return gone + [SlotSet("open_vraag", resume.KIES_SITUATIE), FollowupAction("action_listen")]
            sit = known
        if (known is not None and known.key == sit.key and tracker.get_slot("open_vraag") == resume.CHECK_SITUATIE
                and not told.startswith("/") and resume.leading_answer(told) == resume.ONTKENNEN):
            # "nee, zo erg is het nie. seksueel is een groot woord" to "Klopt het dat het gaat om seksuele
            # intimidatie?" (round 21 B c01: the same question four times, the word read as the label): a no,
            # and the list to choose from
            dispatcher.utter_message(response="utter_kies_situatie")
            return [SlotSet("open_vraag", resume.KIES_SITUATIE), FollowupAction("action_listen")]
        if (known is not None and known.key != sit.key and tracker.get_slot("open_vraag") == resume.CHECK_SITUATIE
                and not told.startswith("/") and known.soort != OUTSIDE_TASK and sit.soort == known.soort
                and resume.opens_with_yes(told) and situations.matter_of_kind(told, known.soort) in (None, known.key)):
            # "ja. gisteren zei ie als je nog 1x te laat bent lig je eruit ..." to "Klopt het dat het gaat om
            # intimidatie?" (round 32 B c02: "Klopt het dat het gaat om pesten?", then intimidation asked again): the
            # yes is to the matter asked about; the details told with it do not make it another matter
            sit = known
        if (known is not None and known.key == sit.key and tracker.get_slot("open_vraag") == resume.CHECK_SITUATIE
                and not told.startswith("/") and sit.soort != OUTSIDE_TASK and resume.opens_with_yes(told)):
            # "ja mensen kunnen daar ziek van worden" to "Klopt het dat het gaat om een misstand ...?" (round 29
            # replay: the same question again, issue 10's "asked twice"): the yes, and the options
            return _situation_events(sit, resume.OPTIES) + _counted_situation(tracker, sit, resume.OPTIES, True)
        if (known is not None and known.key == sit.key and tracker.get_slot("open_vraag") in (resume.OPTIES, None)
                and requests.asks_if_allowed(tracker.latest_message.get("text") or "")):
            # "mag ze dat eigenlijk, zeggen dat klanten het niet prettig vinden?" about the matter
            # already confirmed: answered (its variant fits the matter), not checked again (c23); a
            # push or a blow in it is aggression, whatever the matter (seventh stranger test c26)
            dispatcher.utter_message(response=roles.allowed_answer(
                situations.physical_violence(told), known.key, None, None))
            return [FollowupAction("action_hervat_gesprek")]
        asked_again = _faq_asked_with_the_matter(tracker, known, sit)
        if asked_again:
            # "ik slaap slecht en zie steeds zijn hand. moet ik morgen gewoon gaan werken?" about the
            # matter confirmed (seventh stranger test c14: the same acknowledgement three times): the
            # question gets its answer
            dispatcher.utter_message(response=asked_again)
            return [FollowupAction("action_hervat_gesprek")]
        if (known is not None and known.soort == "omgangsvormen" and sit.key in VIOLENCE_TOLD_AS
                and known.key != AGRESSIE and situations.physical_violence(told)):
            # "zei een collega dat ik 'terug moet naar mijn eigen land' en hij duwde me tegen de kast",
            # told while discrimination was talked about (seventh stranger test c26): the push is
            # aggression, named with its help; the matter talked about before waits
            sit = situations.from_key(AGRESSIE)
            return _situation_events(sit, resume.OPTIES) + [
                SlotSet("tweede_situatie", known.key), SlotSet("tweede_situatie_label", known.label),
                *_counted_situation(tracker, sit, resume.OPTIES, True)]
        text = tracker.latest_message.get("text") or ""
        danger = _stay_with_danger(dispatcher, tracker, text, sit.key)
        if danger is not None:  # the threat is still there: no category now
            return danger + [FollowupAction("action_listen")]
        if sit.key in THREAT_MATTERS and followups.threat_told_for_later(text) \
                and tracker.get_slot("vorig_antwoord") != followups.VEILIG_STRAKS:
            # "... zei dat hij me vanavond opwacht bij de eindhalte. ik moet vanavond weer rijden. ik ben
            # echt bang" (twenty-sixth stranger test B c03: the suicide question, then the witness text):
            # the safety for tonight first; the matter is checked after it
            dispatcher.utter_message(response=crisis.DREIGING_LATER)
        pending = _pending_yes_no(tracker)
        if pending is not None:
            # "ja... hoewel. mijn chef wordt overgeplaatst, of is het toch slim om te gaan?" to "Wil je die
            # annuleren?" (round 22 A c05): a second yes/no question in the same turn made its "Ja" cancel
            # the appointment. A form's yes/no question stays the only question; the form asks it again.
            dispatcher.utter_message(response=pending)
            return []
        ground = situations.discrimination_ground(text) if sit.key in (DISCRIMINATIE, OUTSIDE_TASK) else None
        if ground and sit.soort == OUTSIDE_TASK:
            # "ik ben 61 ... 'dat loont bij jou toch niet meer'. en ik heb gedoe over mijn beoordeling"
            # (sixth stranger test c16): treated differently for one's age is possible discrimination
            sit = situations.from_key(DISCRIMINATIE)
        named = situations.matter_of_kind(text, "omgangsvormen") or situations.matter_of_kind(text, "integriteit") \
            if sit.soort == OUTSIDE_TASK else None
        if named is not None:
            # "ze wordt lastig gevallen door haar leidinggevende (opmerkingen over haar lijf, 1x hand op haar
            # been)" from an HR adviser (round 31 A c02: "Over je werk zelf ... oordeelt de vertrouwenspersoon
            # niet"): unwanted behaviour named in so many words is that matter, not a work dispute
            sit = situations.from_key(named)
        if sit.soort == OUTSIDE_TASK and known is not None and known.soort != OUTSIDE_TASK:
            # after bullying or harassment was told, "ik slaap er slecht van en heb me ziek gemeld" or
            # "dan krijg ik een slechte beoordeling" is part of that matter, not a matter outside the
            # VP's task: never "dit hoort niet bij de taak" to someone the VP is there for (fifth
            # stranger test c07, c19). The matter told stays, with its options.
            return _situation_events(known, resume.OPTIES)
        if _shame_after_sexual_violence(tracker, text):
            # "ik schaam me kapot, ik had dat rokje niet aan moeten trekken" right after the sexual-
            # violence answer (seventh stranger test c28): not their fault, no category check
            dispatcher.utter_message(response="utter_crisis_seksueel_geweld_schaamte")
            return [FollowupAction("action_listen")]
        taken_back: list[EventType] = []
        if tracker.get_slot("crisis_actief") and _takes_back(text):
            # "nee sorry dat was overdreven. ik bedoel dat ik doodmoe ben van het werk, ze laten me alle
            # nachtdiensten draaien" (sixth stranger test c11): the alarm is over, the story is heard
            dispatcher.utter_message(response="utter_crisis_teruggenomen")
            taken_back = [SlotSet("crisis_actief", False)]
        if tracker.get_slot("open_vraag") == resume.LUISTEREN and crisis.done_venting(text):
            # more of the story, and "bedankt voor het luisteren": that was it, no check now
            dispatcher.utter_message(response="utter_luisteren_klaar")
            return [SlotSet("open_vraag", None), SlotSet("luisteren", False), FollowupAction("action_listen")]
        going_on = crisis.follow_up_read_as_other(text, tracker.get_slot("crisis_soort")) \
            if tracker.get_slot("crisis_actief") else None
        if going_on is not None:
            # "nu niet, ik zit op kantoor met anderen. maar om 6 uur moet ik naar huis" after a threat (round 20
            # C c06: the aftercare for violence, then the category question); "ik heb haar gebeld maar ze neemt
            # niet op. ... wat moet ik doen" after a colleague's farewell (round 21 C c03: read as theft)
            dispatcher.utter_message(response=going_on)
            other = [SlotSet("crisis_soort", crisis.ZORGEN_ANDER)] if going_on == "utter_crisis_zorgen_ander" else []
            return other + [FollowupAction("action_listen")]
        aftercare: list[EventType] = []
        if _after_violence(tracker, intent, text):
            # right after the violence answer, "ik ben op de gang, hij is in zijn kamer" (read as sexual
            # harassment) says the danger is over: the aftercare first, then the violence just told
            dispatcher.utter_message(response="utter_crisis_nazorg_dreiging" if _threat_only_told(tracker)
                                     else "utter_crisis_nazorg")
            aftercare = [SlotSet("crisis_actief", False)]
            sit = situations.from_key("agressie_geweld")
        elif _unsure_after_violence(tracker, intent):
            # right after the violence answer, an unsure guess is the violence just told, not a new matter
            sit = situations.from_key("agressie_geweld")
        if sit.key in situations.SEXUAL_TOUCH_READ_AS and situations.sexual_touch(text):
            # "mijn leidinggevende legt steeds zijn hand op mijn been" read as intimidation (eighth
            # stranger test c01): unwanted sexual attention is sexual harassment
            sit = situations.from_key("seksuele_intimidatie")
        if intent in situations.SEXUAL_VIOLENCE_NEIGHBOURS and crisis_patterns.sexual_assault(text):
            # an assault described by what was done or named ("een klant heeft mij aangerand"): sexual
            # violence, and the help for it (seventh stranger test c28)
            sit = situations.from_key("seksuele_intimidatie")
            dispatcher.utter_message(response="utter_seksueel_geweld_hulp")
        if requests.asks_to_pass_on(text):  # "zou u dit voor mij willen melden?": the bot passes nothing on
            dispatcher.utter_message(response="utter_doorgeven_eerst")
        if sit.key in SLUR_NEIGHBOURS and slurs.slur_about_identity(text):
            # "werd uitgescholden voor kankermarokkaan" (c10): a slur about who someone is is
            # discrimination, also when it came with shouting or threats
            sit = situations.from_key("discriminatie")
        minor: list[EventType] = []
        if minors.minor_at_school(text) and not tracker.get_slot("minderjarige"):
            # a pupil or student under 18 at school: the duty to report (c19), named with the
            # acknowledgement of sexual harassment (utter_situatie_erkend), or right away when
            # that matter was confirmed before
            minor = [SlotSet("minderjarige", True)]
            if sit.key == "seksuele_intimidatie" and _minor_harassed(tracker, text, remembered=False):
                dispatcher.utter_message(response=_duty_to_report(tracker))
        if sit.soort == "omgangsvormen" and crisis.part_of_the_job(text):
            # "mijn leidinggevende zegt dat het erbij hoort. klopt dat?" (c14): no, and what can be done
            dispatcher.utter_message(response="utter_hoort_niet_bij_werk")
        # Just confirmed through "Bedoel je ...?": asking "Klopt het ...?" again would ask twice. The
        # matter confirmed earlier, told again or asked about ("mag ze dat eigenlijk, zeggen dat
        # klanten het niet prettig vinden?", fifth stranger test c23): not checked, nor counted, again.
        again = known is not None and sit.key == known.key and tracker.get_slot("open_vraag") == resume.OPTIES
        confirmed = again or resume.affirmed_by_button(tracker.events, intent)
        earlier = tracker.get_slot("situatie")
        if situations.takes_up_the_other(sit.key, tracker.get_slot("tweede_situatie"), earlier,
                                         tracker.get_slot("open_vraag")):
            # the matter kept for later ("Het andere kunnen we daarna bekijken") is taken up now (c10)
            open_vraag = resume.after_situation(sit.soort, confirmed=True)
            events = _situation_events(sit, open_vraag) + [SlotSet("tweede_situatie", None),
                                                           SlotSet("tweede_situatie_label", None)]
            return minor + aftercare + events + _counted_situation(tracker, sit, open_vraag, True)
        pair = tracker.latest_message.get("twee_situaties") or []
        second = situations.from_key(pair[1]) if len(pair) == 2 and pair[0] == sit.key else None
        if sit.key == situations.SIDE_JOB and earlier not in (None, situations.SIDE_JOB) and not text.startswith("/") \
                and not situations.side_interest_named(text) and situations.from_key(earlier) is not None:
            # a conflict of interest needs a word of its own (round 30 A c10: "die klant komt hier elke week. kan je
            # zoiets bij de politie melden" after racism: "Ik lees twee dingen: ... belangenverstrengeling")
            sit = situations.from_key(earlier)
        if second is None and situations.second_matter_told(earlier, sit.key, tracker.get_slot("open_vraag")):
            sit, second = situations.from_key(earlier), sit  # the first one told first
        if second is None and not tracker.get_slot("tweede_situatie"):
            # the other kind named in so many words, which the classifier did not see ("..., en hij
            # schrijft uren van zijn zwager die nooit komt", tenth stranger test c09): both named
            second = situations.from_key(situations.second_matter_named(text, sit.key))
            if second is not None and known is not None and second.key == known.key:
                second = None
        if second is not None and sit.soort == "integriteit":
            # the matter of unwanted behaviour in its own words wins over the classifier's guess
            # ("maar hij maakt ook opmerkingen over mijn hoofddoek" read as sexual harassment: c09)
            second = situations.from_key(situations.behaviour_matter(text)) or second
        if second is not None:  # two matters at once: name both, ask which first
            open_vraag = resume.TWEE_SITUATIES
            events = _situation_events(sit, open_vraag)
            events += [SlotSet("tweede_situatie", second.key), SlotSet("tweede_situatie_label", second.label)]
        elif _venting(tracker, text) and sit.soort != OUTSIDE_TASK:
            # only wants to tell: listen first, no category question yet (asked after the next message)
            open_vraag = resume.LUISTEREN
            events = _situation_events(sit, open_vraag) + [SlotSet("luisteren", False)]
        else:
            open_vraag = resume.after_situation(sit.soort, confirmed=confirmed)
            events = _situation_events(sit, open_vraag)
        rol = roles.said_role(text) or perspective.detect(text)
        if rol is None and roles.denied_role(text) is not None:
            rol = perspective.ZELF  # "nee ik ben geen leidinggevende. mijn baas ..." (seventh stranger test c05)
        if rol is not None and roles.keeps_given_role(tracker.get_slot("rol"), rol, text):
            # a manager, HR or the accused telling what someone else went through keeps that role; a
            # witness telling more of what they saw stays a witness (ninth stranger test c09, c10)
            rol = None
        events.append(SlotSet("grond", ground if sit.key == DISCRIMINATIE else None))
        if ground and sit.key == DISCRIMINATIE and rol is None:
            rol = perspective.ZELF  # "omdat ik de jongste ben": about the writer
        if rol:
            events.append(SlotSet("rol", rol))
        return minor + taken_back + aftercare + events + ([] if again else _counted_situation(tracker, sit, open_vraag,
                                                                                     confirmed, rol))


# A question about the matter already confirmed, read as the matter told again: the FAQ answer
# the response selector chose, when it is at least this sure of it.
FAQ_WITH_THE_MATTER_MIN = 0.5


def _faq_asked_with_the_matter(tracker: Tracker, known: Situatie | None, sit: Situatie) -> str | None:
    """The FAQ response for a question ("...?") told about the matter confirmed before, which the
    classifier read as that matter again, when the response selector is sure of its answer; else None."""
    text = tracker.latest_message.get("text") or ""
    if known is None or known.key != sit.key or tracker.get_slot("open_vraag") != resume.OPTIES or "?" not in text:
        return None
    selector = (tracker.latest_message.get("response_selector") or {}).get("faq") or {}
    response = selector.get("response") or {} if isinstance(selector, dict) else {}
    utter = response.get("utter_action") or ""
    sure = float(response.get("confidence") or 0.0) >= FAQ_WITH_THE_MATTER_MIN
    return utter if sure and utter.startswith("utter_faq/") else None


SLUR_NEIGHBOURS = ("agressie_geweld", "intimidatie", "pesten")  # read instead of discrimination after a slur
AGRESSIE = "agressie_geweld"
ABUSE_OF_POWER = "machtsmisbruik"
# The matters a story with a push or a blow may be read as, while it is aggression too (c26).
VIOLENCE_TOLD_AS = ("discriminatie", "pesten", "intimidatie", "agressie_geweld")
UNSURE_SITUATION = 0.5  # below this, a situation guess right after a violence answer is not trusted


def _unsure_after_violence(tracker: Tracker, intent: str | None) -> bool:
    """A violence crisis is going on and the classifier guesses another situation without being
    sure of it."""
    confidence = float((tracker.latest_message.get("intent") or {}).get("confidence") or 0.0)
    return (bool(tracker.get_slot("crisis_actief")) and tracker.get_slot("crisis_soort") == "geweld"
            and intent != "agressie_geweld" and confidence < UNSURE_SITUATION)


def _after_violence(tracker: Tracker, intent: str | None, text: str) -> bool:
    """A violence crisis is going on and the message, read as another situation, says the danger
    is over ("hij is weg", "ik ben op de gang, hij is in zijn kamer": bot.dialogue.crisis.after_violence)."""
    return (bool(tracker.get_slot("crisis_actief")) and tracker.get_slot("crisis_soort") == "geweld"
            and intent != "agressie_geweld" and crisis.after_violence(text))


def _venting(tracker: Tracker, text: str) -> bool:
    """The person said, before this story (slot `luisteren`) or in it, that they only want to
    tell, and the bot has not just listened to the previous message."""
    if tracker.get_slot("luisteren"):
        return True
    return tracker.get_slot("open_vraag") != resume.LUISTEREN and crisis.wants_to_vent(text)


BEN_BESCHULDIGD = "ben_beschuldigd"
BEN_ZELF_BETROKKEN = "ben_zelf_betrokken"


class ActionBepaalRol(Action):
    """"Het gaat om een collega, niet om mij" (intent ben_getuige): the writer is a witness, unless
    the message says it is about them after all ("collega's lachen me uit", "mijn collega is bij
    me") or only names who does it ("collega's"); then the witness answer would be wrong. Also
    for "er is een klacht over mij" (ben_beschuldigd) and "het gaat om mij" (ben_zelf_betrokken):
    the role they read as, unless the person gave another role before and does not say this one
    (bot.dialogue.roles.kept_role)."""

    def name(self) -> str:
        return "action_bepaal_rol"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        kept = roles.kept_role(intent, tracker.get_slot("rol"), text)
        if kept is not None:
            # the role the person gave stays (ninth stranger test c09, c10, c11): a manager who
            # heard a complaint is no accused, a witness no one it happened to, unless they say so
            return [SlotSet("rol", kept)] if kept != tracker.get_slot("rol") else []
        if intent == BEN_BESCHULDIGD:
            return [SlotSet("rol", roles.BESCHULDIGD)]
        if intent == BEN_ZELF_BETROKKEN:
            return [SlotSet("rol", perspective.ZELF)]
        if text.startswith("/") or perspective.witness_claim(text) and not (
                resume.opens_with_yes(text) and perspective.detect(text) != perspective.GETUIGE):
            # not "ja dat klopt denk ik. het is niet echt geweld ofzo hoor, hij is 84", the yes to the matter (round 32
            # B c01: "Goed dat je oog hebt voor je collega", to the one it happened to)
            return [SlotSet("rol", perspective.GETUIGE)]
        if crisis.support_by_colleague(text):  # "mijn collega is bij me": support, not a witness report
            dispatcher.utter_message(response="utter_crisis_nazorg_collega")
        return [SlotSet("rol", perspective.ZELF)] if perspective.detect(text) == perspective.ZELF else []


class ActionLeidinggevendeKlacht(Action):
    """A manager who heard a complaint (intent leidinggevende_klacht): the manager's answer; but the
    one a complaint is about who is also the other's manager ("ik ben haar leidinggevende, dus ik roep
    haar op mijn kamer", nineteenth stranger test B c07), known before or said in this message, gets
    the answer for the accused."""

    def name(self) -> str:
        return "action_leidinggevende_klacht"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        # the intent's slot mapping has just set rol to leidinggevende: the role before this message counts
        if _role_before_this_message(tracker) == roles.BESCHULDIGD:
            dispatcher.utter_message(response="utter_beschuldigd_leidinggevende")
            return [SlotSet("rol", roles.BESCHULDIGD)]
        if roles.said_role(tracker.latest_message.get("text")) == roles.BESCHULDIGD:
            # "er is een klacht over mij ingediend door een medewerker van mijn team, ik ben haar
            # leidinggevende" (twentieth round): the manager is the one it is about
            dispatcher.utter_message(response="utter_beschuldigd_is_leidinggevende")
            return [SlotSet("rol", roles.BESCHULDIGD)]
        dispatcher.utter_message(response="utter_leidinggevende_klacht")
        return []


def _role_before_this_message(tracker: Tracker) -> object:
    """The value slot `rol` had before the latest message (the slot mappings of its intent may have
    changed it since)."""
    value = None
    events = list(tracker.events or [])
    last_user = max((i for i, e in enumerate(events) if e.get("event") == "user"), default=len(events))
    for event in events[:last_user]:
        if event.get("event") == "slot" and event.get("name") == "rol":
            value = event.get("value")
    return value


class ActionBeantwoordRolvraag(Action):
    """A question only the person's role answers (intent rol_vraag, set by
    bot.nlu.components.RoleQuestion; bot.dialogue.roles): "moet ik hem aangeven?" from a witness,
    "mag ik ingrijpen?" from a manager, "krijgt HR een overzicht?" from HR, "kan de VP uitzoeken
    wie het zei?" or "advocaat?" from the accused. The role follows what the person says about
    themselves in this message, else the one known (slot `rol`)."""

    def name(self) -> str:
        return "action_beantwoord_rolvraag"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        before = tracker.get_slot("rol")
        if before is None and counters.manager_asked(tracker.events):
            before = roles.LEIDINGGEVENDE  # asked what to do as a manager (the manager's FAQ answer)
        if before is None:
            # "ze beweert dat ik haar heb lastiggevallen ..." told before, when the bot was unsure of the
            # matter and kept no role (conversation rol_02 on the twelfth round's model): that role
            before = _role_said_earlier(tracker)
        if before is not None and roles.denied_role(text) == before:
            before = perspective.ZELF  # "ik ben geen leidinggevende" (seventh stranger test c05)
        said = roles.said_role(text)
        if before == roles.BESCHULDIGD and said == roles.LEIDINGGEVENDE:
            said = None  # "ik ben haar leidinggevende" from the accused (B c07): still the one it is about
        rol = said or before
        if not said and before not in roles.OWN_ROLES and perspective.detect(text) == perspective.GETUIGE:
            rol = perspective.GETUIGE  # "ik zag dat ... wat moet ik daarmee?": about what the writer saw (c28)
        remembered = said or before  # what the person said they are, now or before
        events = [SlotSet("rol", remembered)] if remembered and remembered != tracker.get_slot("rol") else []
        original = tracker.latest_message.get("rol_vraag_van")
        ranking = tracker.latest_message.get("intent_ranking") or []
        if original != "faq" and any(r.get("name") == "faq" for r in ranking[:2]):
            # the FAQ class close behind ("moet ik dit bij mijn leidinggevende melden?": vraag_opties
            # 0.52, faq 0.38 since the FAQ class is weighted down, issue 11): its answer counts too
            original = "faq"
        faq_key = repeats.side_answer({**tracker.latest_message, "intent": {"name": original}})
        asked = roles.questions(text)
        kind = asked[0] if asked else None
        if kind == roles.TOEGESTAAN:
            # "mag hij dat gewoon doen?? moet ik naar de rechter?" (c26): answered from the matter
            allowed = roles.allowed_answer(situations.physical_violence(text), tracker.get_slot("situatie"), rol,
                                           faq_key if original == "faq" else None, text)
            if allowed is not None:
                dispatcher.utter_message(response=allowed)
                if roles.JURIDISCH in asked:
                    dispatcher.utter_message(response=roles.LEGAL_AFTER_ALLOWED)
                return events
            kind = asked[1] if len(asked) > 1 else roles.DILEMMA  # the accused, a manager, HR: their own answer
        if kind in (None, roles.DILEMMA) and _minor_harassed(tracker, text):
            # "moet ik dit melden bij de directie, ook al wil de student het niet?" (c19): at school,
            # about a pupil or student under 18, the law decides: the duty to report
            dispatcher.utter_message(response=_duty_to_report(tracker))
            return [SlotSet("minderjarige", True)]
        if kind in (None, roles.DILEMMA) and rol != roles.BESCHULDIGD and _pupil_told(tracker, text):
            # "ja. ... moet ik dit melden?" after a 14-year-old pupil touched by the gym teacher, the matter
            # still being confirmed (twenty-fourth stranger test B c04: "Dat beslis jij. Niets is
            # verplicht"): the duty to report; "een leerling van 15 werd door een docent geduwd. moet ik
            # dit melden?" (twenty-third B c08: "die beslist"): a child at school is not a colleague
            sexual = tracker.get_slot("situatie") == "seksuele_intimidatie" or _asked_to_confirm(
                tracker, "seksuele_intimidatie")
            dispatcher.utter_message(response=_duty_to_report(tracker) if sexual else "utter_rolvraag_getuige_leerling")
            return events + [SlotSet("minderjarige", True)]
        first = roles.intro(said, before)
        if first:
            dispatcher.utter_message(response=first)
        # the matter the question is about: the one it names, if it names one, else the one told (c28)
        # ("het gaat om seksuele intimidatie. ik ben getuige. mag ik het zelf melden?" after a wrong
        # guess of theft, sixteenth stranger test c06: the integrity answer): the matter named by word first
        named = _situation_entity(tracker) or _named_situation(tracker.latest_message.get("intent_ranking") or [])
        soort = named.soort if named is not None else tracker.get_slot("soort")
        # the own-interest answer's variant follows the slot: only when the question is about that matter
        situatie = tracker.get_slot("situatie") if named is None or named.key == tracker.get_slot("situatie") else None
        response = roles.answer(kind, rol, soort, text, situatie,
                                threat=tracker.get_slot("crisis_soort") == crisis.GEWELD)
        if response in (roles.OWN_INTEREST, "utter_rolvraag_zelf") and rol in (None, roles.ZELF) \
                and questions.manager_is_the_one(text):
            response = "utter_faq/naar_hr_of_hoger"  # "moet ik dit melden? zij is het zelf" (round 30 recheck A c06)
        if original == "faq" and roles.keeps_answer(kind, rol, faq_key, text):
            # the FAQ answer the classifier chose was written for this dilemma and this role
            dispatcher.utter_message(response=f"utter_faq/{faq_key}")
            return events
        own_interest = response == roles.OWN_INTEREST and situatie == roles.SIDE_JOB
        if original == "geen_stap_willen" and response != "utter_rolvraag_integriteit" and not own_interest:
            # "mag ik het ook laten?": that is fine (with the urgent help after a crisis); about an
            # integrity matter the dilemma itself is answered (c17)
            return events + ActionGeenStap().run(dispatcher, tracker, domain)
        if answers.bot_said(tracker.events, response=response) and response in roles.SHORT_FORM:
            response = roles.SHORT_FORM[response]  # asked again in other words: the short answer
        if first:
            response = roles.AFTER_INTRO.get(response, response)  # not what the intro just said
        dispatcher.utter_message(response=response)
        stored = "utter_faq/wat_bewaart_bot"
        if response == roles.INZAGE_ANSWER and not answers.bot_said(tracker.events, response=stored):
            # what the bot itself stores, truthfully from its configuration (the privacy answer)
            dispatcher.utter_message(response="utter_faq/wat_bewaart_bot")
        return events


NAMED_SITUATION_MIN_CONFIDENCE = 0.15


def _situation_entity(tracker: Tracker) -> Situatie | None:
    """The one situation this message names by its word (entity situatie), or None."""
    named = {e.get("value") for e in tracker.latest_message.get("entities") or [] if e.get("entity") == "situatie"}
    return situations.from_key(named.pop()) if len(named) == 1 else None


def _named_situation(ranking: list[dict]) -> Situatie | None:
    """A situation among the classifier's first two guesses (the fallback's own entry skipped)
    with some confidence: the matter a question names ("ik zag dat de directeur een stagiaire op
    haar billen sloeg. wat moet ik daarmee?"); None when it names none."""
    guesses = [r for r in ranking if r.get("name") not in ("nlu_fallback", "rol_vraag")][:2]
    return next((situations.from_key(r.get("name")) for r in guesses
                 if situations.from_key(r.get("name")) is not None
                 and float(r.get("confidence") or 0.0) >= NAMED_SITUATION_MIN_CONFIDENCE), None)


def _minor_harassed(tracker: Tracker, text: str, remembered: bool = True) -> bool:
    """Sexual harassment confirmed in this conversation, about a pupil or student under 18 at
    school named in this message (or, with ``remembered``, earlier): the duty to report applies."""
    minor = minors.minor_at_school(text) or (remembered and tracker.get_slot("minderjarige") is True)
    return tracker.get_slot("situatie") == "seksuele_intimidatie" and minor


def _pupil_told(tracker: Tracker, text: str) -> bool:
    """A pupil or student under 18 at school named in this message or an earlier one."""
    if minors.minor_at_school(text) or tracker.get_slot("minderjarige") is True:
        return True
    told = [e.get("text") or "" for e in (tracker.events or []) if e.get("event") == "user"]
    return any(minors.minor_at_school(said) for said in told[-6:] if not said.startswith("/"))


def _asked_to_confirm(tracker: Tracker, situation: str) -> bool:
    """The bot's last message asked whether the matter is `situation` (its Ja button's payload)."""
    last = next((e for e in reversed(tracker.events or []) if e.get("event") == "bot"), None)
    buttons = ((last or {}).get("data") or {}).get("buttons") or []
    return any(b.get("payload") == f"/{situation}" for b in buttons)


def _duty_to_report(tracker: Tracker) -> str:
    """The duty to report at school (c19): in full the first time, then the short form (the
    acknowledgement of a minor's harassment is the full text too)."""
    told = tracker.get_slot("minderjarige") is True and any(
        answers.bot_said(tracker.events, response=r)
        for r in ("utter_situatie_erkend", "utter_meldplicht_onderwijs", "utter_meldplicht_onderwijs_kort"))
    return "utter_meldplicht_onderwijs_kort" if told else "utter_meldplicht_onderwijs"


class ActionGeenStap(Action):
    """Not wanting to take a step (intent geen_stap_willen): "that is fine" (utter_geen_stap_willen,
    with the urgent help after a crisis), unless the message says the person wants others spared
    ("ik wil dat anderen het niet ook meemaken"): that is a wish to act (utter_anderen_beschermen)."""

    def name(self) -> str:
        return "action_geen_stap"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        if booking.note_for_counsellor(text):
            # "niks inspreken pls" about the counsellor calling (round 22 B c02: "Dat is goed", as if it
            # were arranged): it cannot be passed on, said so
            dispatcher.utter_message(response="utter_wens_niet_doorgeven")
            return []
        if _shame_after_sexual_violence(tracker, text):
            # "ik schaam me zo en ik wil geen aangifte doen" right after the sexual-violence answer: not
            # their fault, and the centre helps without a police report (seventh stranger test c28)
            dispatcher.utter_message(response="utter_crisis_seksueel_geweld_schaamte")
            return []
        if tracker.get_slot("crisis_actief"):
            sooner = _sooner_after_crisis(dispatcher, tracker.get_slot("crisis_soort"), text)
            if sooner is not None:  # "ik ga niks doen hoor. maar kan het gesprek niet eerder?" (c05)
                return sooner
        if tracker.get_slot("crisis_actief") \
                and crisis.after_crisis(text) in (crisis.GEEN_HULPLIJN, crisis.NIET_GEHOORD):
            # "ik ga niemand bellen. geen centrum, geen politie" after the sexual-violence answer (twentieth
            # stranger test C c08: the centre's number again): the refusal answered, not named again
            dispatcher.utter_message(response=crisis.after_crisis_response(text, tracker.get_slot("crisis_soort")))
            return [SlotSet("hulplijn_geweigerd", True)] if crisis.refuses_help_lines(text) else []
        if _behaviour_told(tracker) and followups.asks_if_normal(text) and not tracker.get_slot("crisis_actief"):
            # "ja, maar ik wil ook geen gesprek plannen. ik wil alleen dat iemand zegt dat dit niet normaal is van
            # hem" (twenty-seventh stranger test C09: a booking she refused, then "Dat is goed" twice): her wish
            dispatcher.utter_message(response=NIET_NORMAAL)
            return []
        protect = requests.wants_to_protect_others(text) and not tracker.get_slot("crisis_actief")
        dispatcher.utter_message(response="utter_anderen_beschermen" if protect else "utter_geen_stap_willen")
        if crisis.faces_them_again(text):
            # "ik wil geen politie. ik moet hem morgen gewoon weer zien op de afdeling en ik weet niet
            # hoe" (twelfth stranger test c14): what helps at work as well
            dispatcher.utter_message(response=crisis.HEM_WEER_ZIEN)
        return []


def _typed_this_session(tracker: Tracker) -> list[str]:
    """The person's last typed messages (no buttons) of this session, newest first, this one included:
    at most _THREAT_LOOKBACK, so the work per turn is bounded."""
    typed: list[str] = []
    for event in reversed(tracker.events or []):
        kind = event.get("event") if isinstance(event, dict) else None
        if kind == "session_started":
            break
        if kind == "user" and not (event.get("text") or "").startswith("/"):
            typed.append(event.get("text") or "")
            if len(typed) >= _THREAT_LOOKBACK:
                break
    return typed


def _opens_session(tracker: Tracker) -> bool:
    """Whether the latest message is the first the person sent in this session."""
    sent = 0
    for event in reversed(tracker.events or []):
        kind = event.get("event") if isinstance(event, dict) else None
        if kind == "session_started":
            break
        if kind == "user":
            sent += 1
            if sent > 1:
                return False
    return sent == 1


def _threat_for_later_told(tracker: Tracker) -> bool:
    """Whether a threat for later (followups.threat_told_for_later) was told in one of the person's
    last messages of this session, this one included."""
    return any(followups.threat_told_for_later(said) for said in _typed_this_session(tracker))


_THREAT_LOOKBACK = 12  # typed messages looked back at for a threat told: bounded work per turn


def later_threat_answer(tracker: Tracker) -> str:
    """After a threat for later was told: what to do until then; in short when that was given; shorter
    still right after the short form (round 28 replay: the same short text twice in a row)."""
    if any(_said_just_before(tracker, r) for r in (crisis.BANG_VOOR_STRAKS, crisis.BANG_VOOR_STRAKS_KORT)):
        return crisis.BANG_VOOR_STRAKS_KORT
    given = any(answers.bot_said(tracker.events, response=r)
                for r in (crisis.DREIGING_LATER, f"utter_faq/{followups.VEILIG_STRAKS}", "utter_afspraak_dreiging"))
    return crisis.BANG_VOOR_STRAKS if given else f"utter_faq/{followups.VEILIG_STRAKS}"


def doubt_response(tracker: Tracker, text: str) -> str:
    """The answer to a doubt (intent twijfel_vertellen). After a threat for later, fear or playing it
    down gets the safety until then: in full, or in short when it was given already (twenty-seventh
    stranger recheck A c06, c07: "Je stelt je niet aan" to "ik ben een beetje bang voor straks", and
    to "zal wel bluf zijn" from a man who meant to walk his round alone). After a story of undesirable
    behaviour, "is het normaal?" is answered plainly (C09). Else utter_twijfel_vertellen."""
    if followups.fears_or_plays_down(text) and _threat_for_later_told(tracker):
        return later_threat_answer(tracker)
    if _behaviour_told(tracker) and followups.asks_if_normal(text):
        return NIET_NORMAAL
    return "utter_twijfel_vertellen"


NIET_NORMAAL = "utter_niet_normaal"


def _behaviour_told(tracker: Tracker) -> bool:
    """Whether the matter talked about is undesirable behaviour (not integrity)."""
    sit = situations.from_key(tracker.get_slot("situatie"))
    return sit is not None and sit.soort == OMGANGSVORMEN


class ActionBeantwoordTwijfel(Action):
    """A doubt whether it is worth telling, or whether it is normal (intent twijfel_vertellen): see
    doubt_response. The open question follows (action_hervat_gesprek)."""

    def name(self) -> str:
        return "action_beantwoord_twijfel"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        dispatcher.utter_message(response=doubt_response(tracker, tracker.latest_message.get("text") or ""))
        return []


def _accused_approaches(dispatcher, tracker: Tracker, text: str) -> bool:
    """The person a complaint is about plans or asks to go to the one they suspect ("ik ga morgen gewoon
    naar die jongen toe", round 28 A c04: "Klopt het dat het gaat om seksuele intimidatie?", twice): better
    not, and why (roles.ACCUSED_CONTACT). True when answered."""
    if tracker.get_slot("rol") != roles.BESCHULDIGD or text.startswith("/") or not roles.accused_approaches(text):
        return False
    dispatcher.utter_message(response=roles.ACCUSED_CONTACT)
    return True


class ActionErkenGevoel(Action):
    """A feeling shared (intent gevoel_delen): acknowledged (utter_gevoel_erkend). After a threat for later,
    fear is answered with staying safe until then ("ik ben een beetje bang voor straks", round 28 replay:
    "Wat naar dat dit zo zwaar op je drukt ... Wil je vertellen wat er is gebeurd?"). The open question
    follows (action_hervat_gesprek)."""

    def name(self) -> str:
        return "action_erken_gevoel"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        afraid = followups.fears_or_plays_down(text) and _threat_for_later_told(tracker)
        dispatcher.utter_message(response=later_threat_answer(tracker) if afraid else "utter_gevoel_erkend")
        return []


class ActionLuisteren(Action):
    """The person said they only want to tell ("ik wil het even kwijt"): the next story is heard
    first. A question that was open waits: coming back from a side question, the bot invites them
    to tell more instead of asking it again."""

    def name(self) -> str:
        return "action_luisteren"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        events: list[EventType] = [SlotSet("luisteren", True), SlotSet("luisteren_gezegd", True)]
        text = tracker.latest_message.get("text") or ""
        if not text.startswith("/") and crisis.tells_injury(text):
            # "ik ben gewoon geschrokken. mijn nek doet nog pijn" (sixth stranger test c15, at 23:00):
            # the pain is heard, with who can look at it at this hour
            dispatcher.utter_message(response="utter_letsel_nakijken", huisarts_nu=_huisarts_nu())
        if tracker.get_slot("open_vraag") is not None:
            events.append(SlotSet("open_vraag", resume.LUISTEREN))
        return events


class ActionLuisterVerder(Action):
    """While listening, a message not understood or a side question answered: "Vertel gerust
    verder". But having to face the one
    who did it again ("ik moet morgen weer werken met hem op dezelfde afdeling", "ik wil niet met hem
    alleen zijn morgen": seventeenth stranger test, "Vertel gerust verder" three times) gets what
    helps at work (utter_hem_weer_zien)."""

    def name(self) -> str:
        return "action_luister_verder"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        faces = not text.startswith("/") and crisis.faces_them_again(text)
        dispatcher.utter_message(response=crisis.HEM_WEER_ZIEN if faces else "utter_luisteren_verder")
        return []


class ActionNaLuisteren(Action):
    """The person told their story and says that was it ("nee, dat was het"): now check the
    situation the bot recognised, or offer the list."""

    def name(self) -> str:
        return "action_na_luisteren"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        sit = situations.from_key(tracker.get_slot("situatie"))
        if sit is None:
            return [SlotSet("open_vraag", resume.KIES_SITUATIE)]
        return [SlotSet("open_vraag", resume.after_situation(sit.soort, confirmed=False))]


def _named_not_negated(tracker: Tracker) -> str | None:
    """The first situation the message names (entity situatie) that it does not deny: "huh nee geen
    belangenverstrengeling, gewoon pesten" is bullying (sixteenth stranger test B c01: the text on
    conflicts of interest)."""
    text = (tracker.latest_message.get("text") or "").lower()
    named = [e for e in tracker.latest_message.get("entities") or [] if e.get("entity") == "situatie"]
    kept = [e for e in named if not isinstance(e.get("start"), int)
            or not situations.denied_before(text[max(0, e["start"] - 12):e["start"]])]
    return kept[0].get("value") if kept else None  # "nee, geen pesten": none named


class ActionKiesSituatie(Action):
    """The situation is settled: confirmed by the person, or picked from the list."""

    def name(self) -> str:
        return "action_kies_situatie"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        drowsy = _drowsy_after_pills(dispatcher, tracker)
        if drowsy is not None:
            # "ja. sorry ik typ wat traag ik word precies wel suf" to the situation check, after pills
            # and wine (twenty-fourth stranger test C c02: the options menu): the danger first
            return drowsy
        picked = _named_not_negated(tracker)
        waiting = tracker.get_slot("tweede_situatie")
        if picked is None and situations.names_matter(tracker.latest_message.get("text") or "", waiting):
            picked = waiting  # the matter kept for later, named in its own words (c10)
        checked = situations.from_key(tracker.get_slot("situatie"))
        second = _second_matter_with_the_yes(tracker, checked, picked) if checked is not None else None
        text = tracker.latest_message.get("text") or ""
        if second is None and picked is not None and not waiting and not text.startswith("/") \
                and tracker.get_slot("open_vraag") != resume.TWEE_SITUATIES:
            # "nee, het is pesten en belangenverstrengeling denk ik" (fourteenth stranger test c16: only
            # the bullying was kept, and the booking went to a counsellor for unwanted behaviour only)
            second = situations.from_key(situations.second_matter_named(text, picked))
            checked = situations.from_key(picked) if second is not None else checked
        if second is not None:
            sit = checked
            # "ja, maar ook dat van die hoofddoek, dat is toch discriminatie?" to "Klopt het dat het gaat
            # om machtsmisbruik?" (tenth stranger test c09): both named, which first
            dispatcher.utter_message(response="utter_twee_situaties", situatie=sit.key, situatie_label=sit.label,
                                     tweede_situatie=second.key, tweede_situatie_label=second.label)
            return _situation_events(sit, resume.TWEE_SITUATIES) + [
                SlotSet("tweede_situatie", second.key), SlotSet("tweede_situatie_label", second.label),
                *_counted_situation(tracker, sit, resume.TWEE_SITUATIES, confirmed=True),
                FollowupAction("action_listen")]
        sit = situations.from_key(picked) or checked
        if sit is None:
            return [SlotSet("open_vraag", resume.KIES_SITUATIE)]
        open_vraag = resume.after_situation(sit.soort, confirmed=True)
        events = _situation_events(sit, open_vraag)
        if picked is not None and picked == waiting and tracker.get_slot("open_vraag") != resume.TWEE_SITUATIES:
            events += [SlotSet("tweede_situatie", None), SlotSet("tweede_situatie_label", None)]  # taken up
        elif tracker.get_slot("open_vraag") == resume.TWEE_SITUATIES:
            # one of two matters chosen: the other waits for later (c10)
            other = situations.from_key(situations.other_of_two(sit.key, tracker.get_slot("situatie"),
                                                                tracker.get_slot("tweede_situatie")))
            events += [SlotSet("tweede_situatie", other.key if other else None),
                       SlotSet("tweede_situatie_label", other.label if other else None)]
        allowed = _allowed_asked_with_the_yes(tracker, sit, text)
        if allowed is not None:
            dispatcher.utter_message(response=allowed)
        if _threat_for_later_with_the_yes(tracker, sit, text):
            # "morgen sta ik bij de eindhalte op je te wachten" told, then "ja denk het. hij bedreigde me" to
            # "Bedoel je: intimidatie?" (round 27 B c01 replayed): what to do until then
            dispatcher.utter_message(response=crisis.DREIGING_LATER)
        return events + _counted_situation(tracker, sit, open_vraag, confirmed=True)


def _allowed_asked_with_the_yes(tracker: Tracker, sit: Situatie, text: str) -> str | None:
    """The answer to "mag het (nou) of niet?" asked with the yes to "Klopt het dat het gaat om ...?"
    ("ja klopt. maar mag het nou of niet", twenty-sixth stranger test B c10: the options, unanswered),
    or, for a side job or an interest of one's own, asked in the story the check was about ("...
    mag ik dat doen als ik het buiten werktijd doe?"). Only for the matter checked: the answer's
    variant follows the slot. None when nothing of the kind was asked."""
    if tracker.get_slot("open_vraag") != resume.CHECK_SITUATIE or sit.key != tracker.get_slot("situatie"):
        return None
    asked = not text.startswith("/") and requests.asks_if_allowed(text)
    if not asked and sit.key == roles.SIDE_JOB:
        told = (text, _previous_user_text(tracker) or "")
        asked = any(requests.asks_if_i_may(said) for said in told if not said.startswith("/"))
    if not asked:
        return None
    return roles.allowed_answer(situations.physical_violence(text), sit.key, tracker.get_slot("rol"), None, text)


def _threat_for_later_with_the_yes(tracker: Tracker, sit: Situatie, text: str) -> bool:
    """A threat for later told in the answer to the check or in the story it was about, for a matter
    of threats, and the answer for it not given to the story already."""
    if sit.key not in THREAT_MATTERS or _said_just_before(tracker, crisis.DREIGING_LATER):
        return False
    return any(followups.threat_told_for_later(said) for said in (text, _previous_user_text(tracker) or "")
               if not said.startswith("/"))


def _second_matter_with_the_yes(tracker: Tracker, sit: Situatie, picked: str | None) -> Situatie | None:
    """The matter of the other kind told with the answer to "Klopt het dat het gaat om ...?" ("ja,
    maar ook ..."), in words or as the situation the answer names; None when there is none, or the
    bot already knows of a second matter."""
    text = tracker.latest_message.get("text") or ""
    if (tracker.get_slot("open_vraag") != resume.CHECK_SITUATIE or text.startswith("/")
            or tracker.get_slot("tweede_situatie")):
        return None
    other = situations.second_matter_named(text, sit.key)
    named = situations.from_key(picked)
    if other is None and named is not None and named.soort == situations.other_kind(sit.soort):
        other = named.key
    return situations.from_key(other)


class ActionVraagSituatie(Action):
    """The bot is about to offer the list of situations: unless the answer that led here names
    one in the words of its label ("ja, dat buitensluiten" to "Speelt dat bij jou ook?", fifth
    stranger test c27; "nee, eerder discriminatie" to "Klopt het ...?"). Then that situation is
    settled, and the options come (rule: action_vraag_situatie with open_vraag opties)."""

    def name(self) -> str:
        return "action_vraag_situatie"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        named = None
        if not text.startswith("/") and tracker.get_slot("open_vraag") != resume.TWEE_SITUATIES:
            # (which of two matters first is action_kies_situatie's: the other one waits)
            named = situations.named_matter(text, OUTSIDE_TASK)
        # "nee het is bij mij zelf hoor, niet bij een ander. maar ja buitensluiten" to "Ook als je iets bij
        # een ander ziet ... Klopt het: pesten?" (twenty-fourth stranger test B c01: the witness text twice
        # more): the no was about whom it happens to; the role is corrected, the matter stays
        own = not text.startswith("/") and tracker.get_slot("rol") == perspective.GETUIGE \
            and perspective.detect(text) == perspective.ZELF
        role = [SlotSet("rol", perspective.ZELF)] if own else []
        if named == tracker.get_slot("situatie") and tracker.get_slot("open_vraag") == resume.CHECK_SITUATIE \
                and not own:
            named = None  # "nee, het is geen pesten" to "Klopt het dat het gaat om pesten?"
        denied = _denied_in(text)
        if named in denied:
            named = None
        _misread_said(dispatcher, tracker, denied)
        dropped: list[EventType] = []
        if tracker.get_slot("open_vraag") == resume.TWEE_SITUATIES and denied:
            # "seksuele intimidatie?? nee hoor, waar haalt ge dat. het gaat over die tickets" to "Ik lees twee
            # dingen: belangenverstrengeling ... en seksuele intimidatie" (round 28 C c04: that matter chosen,
            # three times): the one not denied, and the denied one is no second matter
            pair = [tracker.get_slot("situatie"), tracker.get_slot("tweede_situatie")]
            left = [key for key in pair if key and key not in denied]
            if len(left) == 1 and len(set(pair) & denied) == 1:
                named = left[0]
                dropped = [SlotSet("tweede_situatie", None), SlotSet("tweede_situatie_label", None)]
        if named is None and not text.startswith("/") and crisis.threatened(text) and "intimidatie" not in denied:
            # "nee!! hij bedreigt me. ik moet om 5 uur naar buiten naar mijn fiets en ik durf niet" to "Klopt het:
            # seksuele intimidatie?" (round 30 A c05: the list of situations): a threat is intimidation, and
            # fear of what comes gets what to do until then
            named = "intimidatie"
            if crisis.afraid(text) or followups.threat_told_for_later(text):
                dispatcher.utter_message(response=later_threat_answer(tracker))
        sit = situations.from_key(named)
        if sit is None:
            return role + [SlotSet("open_vraag", resume.KIES_SITUATIE)]
        open_vraag = resume.after_situation(sit.soort, confirmed=True)
        events = _situation_events(sit, open_vraag)
        events += dropped
        other = situations.from_key(situations.second_matter_named(text, sit.key))
        if other is not None and other.key not in denied and not tracker.get_slot("tweede_situatie"):
            # "nee, het is pesten en belangenverstrengeling denk ik" (fourteenth stranger test c16: only
            # the bullying was kept, and the booking went to a counsellor for unwanted behaviour only):
            # the other matter is kept too, so the routes and the booking cover both
            events += [SlotSet("tweede_situatie", other.key), SlotSet("tweede_situatie_label", other.label)]
        return role + events + _counted_situation(tracker, sit, open_vraag, confirmed=True)


class ActionToonOpties(Action):
    """The bot is about to offer the options."""

    def name(self) -> str:
        return "action_toon_opties"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        return [SlotSet("open_vraag", resume.OPTIES)] + telling.count(
            tracker, (counters.INFORMATIE, tracker.get_slot("situatie")))


ACCUSED_ROUTES = ("informeel", "formeel")  # routes with a text of their own for the accused (domain/meldingen.yml)


class ActionKiesRoute(Action):
    """One of the options is asked about: by its button, or in the person's own words ("Hulp van
    buiten" typed instead of clicked, "wat kan ik doen zonder dat het een hele zaak wordt?";
    bot.dialogue.routes). When the words name no option, the options are shown again: not the
    answer of an option chosen earlier (the slot would still hold it), and not "tell me first what
    happened" to someone who already did."""

    def name(self) -> str:
        return "action_kies_route"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        named = next(tracker.get_latest_entity_values("route"), None)
        if named is None and not text.startswith("/"):
            named = routes.route_from(text)
        if named is not None:
            told = situations.matters_told(tracker.events, tracker.get_slot("situatie"),
                                           tracker.get_slot("tweede_situatie"))
            other = routes.for_the_other_matter(named, tracker.get_slot("situatie"), told, content.twee_zaken(),
                                                {**content.hulplijn_values(), **content.uitleg()})
            if other:  # two matters of both kinds (tenth stranger test c09): the route for the other too
                dispatcher.utter_message(text=other)
            if tracker.get_slot("rol") == roles.BESCHULDIGD and named in ACCUSED_ROUTES:
                # the one a complaint is about (eighteenth stranger test c02: "Die helpt je de woorden te
                # vinden om je grens aan te geven" to a man under a contact ban): that side of the route
                named = f"{named}_beschuldigd"
            return [SlotSet("route", named)]
        dispatcher.utter_message(response="utter_vraag_opties")
        return [SlotSet("route", None), SlotSet("open_vraag", resume.OPTIES), FollowupAction("action_listen")]


class ActionHervatGesprek(Action):
    """Marks the end of a side question. The rules then ask the open question again (if any),
    so the person returns to where they were. A medical question after a sexual-violence answer
    also gets the Centrum Seksueel Geweld again (unless the answer was the medical one, which
    names it). After a question about who the counsellors are, it names those it knows. It
    remembers which answer was just given, so that the same question right after gets a short
    form (bot/dialogue/repeats.py)."""

    def name(self) -> str:
        return "action_hervat_gesprek"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        if (tracker.latest_message.get("intent") or {}).get("name") == "crisis_voorbij":
            return [SlotSet("crisis_actief", False)]  # "ik heb ze gebeld": the crisis is behind them
        answer = repeats.side_answer(tracker.latest_message)
        if answer == "faq" and (tracker.latest_message.get("text") or "").startswith("/"):
            # "Ja, dat bedoel ik" to "Bedoel je: je hebt een vraag over de vertrouwenspersoon?" comes
            # back as the bare intent /faq, without the answer the question itself got (utter_faq
            # said nothing; fifth stranger test, c11, c30): that answer now
            chosen = resume.faq_answer_of(resume.asked_about(tracker.events))
            dispatcher.utter_message(response=chosen)
            answer = chosen.split("/", 1)[1]
        if (tracker.get_slot("crisis_actief") and tracker.get_slot("crisis_soort") == "seksueel_geweld"
                and answer != "dokter" and crisis.asks_medical(tracker.latest_message.get("text"))):
            # "moet ik naar een dokter?" after sexual violence: whatever the side answer was, the
            # Centrum Seksueel Geweld is the route for medical care
            dispatcher.utter_message(response="utter_crisis_dokter_csg")
        if (tracker.latest_message.get("intent") or {}).get("name") == "gevoel_delen" \
                and _shame_after_sexual_violence(tracker, tracker.latest_message.get("text") or ""):
            # "ik schaam me zo. het is ook mn eigen schuld want ik had te veel gedronken" after the sexual-
            # violence answer, read as sharing a feeling (eighteenth stranger recheck c06: no word that it
            # is not her fault): said plainly
            dispatcher.utter_message(response="utter_crisis_seksueel_geweld_schaamte")
        if crisis.fears_ambush(tracker.latest_message.get("text")):
            # "ik ben bang dat hij me opwacht. moet ik naar de politie?" (eighth stranger test c19): the
            # question got its answer; the fear is heard too, with 112 when he is there
            dispatcher.utter_message(response="utter_bang_opgewacht")
        if answer in repeats.NAMES_COUNSELLORS:
            answers.name_counsellors(dispatcher)
        if (tracker.latest_message.get("intent") or {}).get("name") == "terug" and _opens_session(tracker):
            # "sorry was even weg, waar waren we" as the first message: the conversation before was wiped
            # after the idle time (round 29 recheck A c08: back after 33 minutes, nothing said of it)
            dispatcher.utter_message(response="utter_terug_na_wissen")
        if (tracker.latest_message.get("intent") or {}).get("name") == "faq":
            answers.answer_other_questions(dispatcher, tracker.latest_message.get("text"), answer)
        slots = repeats.repeat_slots(answer, tracker.get_slot("vorig_antwoord"), tracker.get_slot("opslag_net_gezegd"))
        # the open question was asked again in full before: the rules give the short form
        # (al_hervat); the button back ("terug") gets the full question
        back = (tracker.latest_message.get("intent") or {}).get("name") == "terug"
        slots["al_hervat"] = True if not back and repeats.reasked_before(tracker.events) else None
        events: list[EventType] = [SlotSet(name, value) for name, value in slots.items()]
        events.append(SlotSet("huisarts_nu", _huisarts_nu()))  # for the next medical answer: the hour moves on
        sit = situations.from_key(tracker.get_slot("situatie"))
        if (sit is not None and tracker.get_slot("open_vraag") == resume.CHECK_SITUATIE
                and resume.check_answered_yes(tracker.events)):
            # "ja. maar is er nu iemand bereikbaar?" answered the check (c17): back to the options,
            # not "Klopt het dat het gaat om ...?" again
            open_vraag = resume.after_situation(sit.soort, confirmed=True)
            events += [SlotSet("open_vraag", open_vraag), *_counted_situation(tracker, sit, open_vraag, True)]
        return events


class ActionResetGesprek(Action):
    """Forget what this conversation was about (the person stopped, or the matter is closed),
    including any booking in progress; a crisis that is going on is not forgotten."""

    def name(self) -> str:
        return "action_reset_gesprek"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        keep = CRISIS_SLOTS if tracker.get_slot("crisis_actief") else ()
        # In a crisis, stopping says goodbye with the help in view (utter_gestopt) and keeps the
        # crisis in mind: what the person writes after it is still read with the crisis in mind.
        events: list[EventType] = [SlotSet(slot, None) for slot in CONVERSATION_SLOTS + BOOKING_SLOTS
                                   if slot not in keep]
        if "hulplijn_geweigerd" not in keep:  # false, not None: the goodbye's variants read false
            events.append(SlotSet("hulplijn_geweigerd", False))
        if (tracker.latest_message.get("intent") or {}).get("name") == "stoppen":
            events += telling.count(tracker, (counters.GESTOPT, tracker.get_slot("situatie")))
        return events


# Said after a crisis answer, not in place of it: "Als je wilt, kunnen we daarna hier verder praten."
_AFTER_THE_ANSWER = frozenset({"utter_crisis_verder", "utter_crisis_vp_later"})


def _last_crisis_response(tracker: Tracker) -> str | None:
    """The last response the bot gave, not counting the lines said after a crisis answer (round 29 B c10:
    the danger block came twice, since the last line was "Als je wilt, kunnen we daarna ...")."""
    return last_bot_response(tracker, skip=_AFTER_THE_ANSWER)


def _threat_only_told(tracker: Tracker) -> bool:
    """Whether the person's last typed messages told of a threat and none of violence to the body (hit,
    kicked, grabbed): then the aftercare has no doctor in it."""
    typed = _typed_this_session(tracker)
    return any(crisis.threatened(said) for said in typed) and not any(
        situations.physical_violence(said) or situations.sexual_touch(said) for said in typed)


def _workplace_danger_told(tracker: Tracker, text: str) -> bool:
    """A hazard to people's safety at work (locked emergency exits, a gas leak) told in this message
    or an earlier one, and nothing in this message about the writer's own life or despair."""
    if crisis_patterns.despair(text) is not None or crisis_patterns.about_own_life(text):
        return False
    told = [e.get("text") or "" for e in (tracker.events or []) if e.get("event") == "user"]
    return any(followups.workplace_hazard(said) for said in [text, *told] if not said.startswith("/"))


def _afraid_after_violence(tracker: Tracker, text: str) -> bool:
    """Afraid to go to work or to the shift (bot.dialogue.crisis.afraid_to_work), after the violence
    answer in this conversation or with aggression as the situation."""
    return _violence_told(tracker) and crisis.afraid_to_work(text)


def _violence_told(tracker: Tracker) -> bool:
    """The violence answer, the fear that he comes or the safety check was given in this
    conversation, or aggression or intimidation is the situation (eighteenth stranger test c03, c10:
    "morgen moet ik weer nachtdienst en ik durf echt niet" after a threat got the suicide question)."""
    told = (crisis.GEWELD, crisis.BANG_KOMST, crisis.VEILIGHEID)
    return tracker.get_slot("crisis_soort") in told or _earlier_crisis_soort(tracker) in told \
        or tracker.get_slot("situatie") in THREAT_SITUATIONS


def _worried_about_other(text: str) -> bool:
    """The writer worries about someone else's life, not their own (read by the crisis patterns)."""
    return perspective.worried_about_other(text, crisis_patterns.about_own_life)


def _sexual_violence_told(text: str) -> bool:
    """Sexual violence told (by its word or the act), and nothing about the writer's own life or
    despair: the sexual-violence answer, not the suicide check or the general list."""
    return (crisis_patterns.sexual_assault(text) and crisis_patterns.despair(text) is None
            and not crisis_patterns.about_own_life(text))


def _shame_after_sexual_violence(tracker: Tracker, text: str) -> bool:
    """Right after the sexual-violence answer, shame or self-blame read as a situation."""
    return bool(tracker.get_slot("crisis_actief") and tracker.get_slot("crisis_soort") == "seksueel_geweld"
                and crisis.after_crisis(text) == crisis.SCHAAMTE)


def _more_after_sexual_violence(tracker: Tracker, found: dict, text: str) -> bool:
    """Right after the sexual-violence answer, a message read as a crisis again that adds no new
    danger (no other kind of crisis, nothing about the writer's own life, no threat now)."""
    return bool(tracker.get_slot("crisis_actief") and tracker.get_slot("crisis_soort") == "seksueel_geweld"
                and not text.startswith("/")  # the button "/crisis": the answer itself
                and found.get("category") in (None, crisis_patterns.SEKSUEEL_GEWELD)
                and crisis_patterns.despair(text) is None and not crisis_patterns.about_own_life(text)
                and not crisis.danger_going_on(text))


CRISIS_OKE = "utter_crisis_oke"  # "oke" right after a crisis answer
CRISIS_JA = "utter_crisis_ja"  # a bare "ja" to a crisis answer that asked "Ben je nu in gevaar?"
# Crisis answers that ask whether the person is in danger now (or whether it was less than a week ago)
CRISIS_ASKED = frozenset({"utter_crisis_algemeen", "utter_crisis_geweld", "utter_crisis_seksueel_geweld",
                          "utter_crisis_zelfmoord"})


def _acknowledged(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> None:
    """"oke" right after a crisis answer: warm, the door open (utter_crisis_oke); but a bare "ja" to
    a crisis answer that asked "Ben je nu in gevaar?" (fifteenth recheck: "Oké. Neem de tijd die je
    nodig hebt") is a yes to danger: call now (utter_crisis_ja)."""
    # A threat for later ("hij wacht me na mijn dienst op", told from home) asked nothing about now: a "ja"
    # to "Als je wilt, kunnen we daarna hier verder praten" is a yes to talking on (round 30, conversation
    # set agressie_03: "Bel dan nu 112" to a nurse at home)
    later = tracker.get_slot("crisis_detail") == crisis.LATER
    asked = not later and crisis.says_yes(text) and any(_said_just_before(tracker, response)
                                                         for response in CRISIS_ASKED)
    # "ja" or "oke" while someone is at the door or waits for her (fifteenth stranger recheck c13:
    # "Oké. Neem de tijd die je nodig hebt" to a woman hiding in the toilet): stay with the danger
    in_danger = not later and tracker.get_slot("crisis_soort") == crisis.GEWELD \
        and tracker.get_slot("crisis_actief") is True
    dispatcher.utter_message(response=CRISIS_JA if asked or in_danger else CRISIS_OKE)


# Direct questions answered as such right after a crisis answer, not with the crisis help again.
ANSWERED_IN_A_CRISIS = frozenset({followups.POLITIE_BELLEN, followups.ZIEK_MELDEN, followups.AANGIFTE_VOOR_MIJ,
                                  followups.NUMMER_BUITENLAND, followups.GEVAAR_WERKPLEK, followups.DOUCHEN,
                                  followups.WAT_DOET_113, followups.VP_ZELFMOORDGEDACHTEN, followups.PILLEN_WEG,
                                  followups.TELT_BUITEN_WERK, followups.WEER_WERKEN, followups.VP_HOORT_CHAT_NIET})
ANDER_OVERKOMEN = "ander"  # crisis_detail: the sexual violence happened to someone else
TWIJFEL_VERTELLEN = "twijfel_vertellen"  # intent: not sure whether to tell, or whether it is "erg genoeg"
ROLE_QUESTION = "rol_vraag"  # intent set by bot.nlu.components.RoleQuestion
GAAT_GOED = "gaat_goed"  # crisis_soort: "ja hoor, het gaat wel" to the gentle check
# Not calling, not chatting, not able to, no point: after a crisis answer, answered as such.
REFUSALS = (crisis.DURFT_NIET_BELLEN, crisis.GEEN_HULPLIJN, crisis.KAN_NIET_BELLEN, crisis.HOPELOOS)
# Read as a crisis with no category right after a crisis answer, these are follow-ups to it, answered as
# such (action_crisis_vervolg): hopeless, not calling, the counsellor now, not heard, too late
FOLLOW_UPS_NOT_A_NEW_CRISIS = (crisis.HOPELOOS, crisis.DURFT_NIET_BELLEN, crisis.GEEN_HULPLIJN, crisis.VP_NU,
                               crisis.NIET_GEHOORD, crisis.TE_LAAT, crisis.BELT_NU, crisis.OM_ANDER,
                               crisis.INGENOMEN)
# The English help (content/engels.yml, antwoorden.hulp_*) for a crisis answer asked in English.
ENGLISH_HELP = {"zelfmoord": language.ZELFMOORD, "acuut": language.ZELFMOORD, "seksueel_geweld": language.SEKSUEEL,
                "geweld": language.GEVAAR, "zorgen_ander": language.ANDER}
# Open questions answered by a yes or a no (bot.dialogue.resume): the gentle check asks its own.
YES_NO_QUESTIONS = (resume.BEDOELING, resume.CHECK_SITUATIE)
THREAT_SITUATIONS = ("agressie_geweld", "intimidatie")  # a danger now after these is that threat
# Crisis patterns that read the threat still there; right after the violence answer they are that
# danger going on (utter_crisis_gevaar_nu), not the same block again.
STILL_THERE_RULES = ("opgewacht_nu", "belaagd_nu", "belaagd_aanwezig", "opgesloten_belaagd", "dreiger_nog_hier")


class ActionBepaalCrisissoort(Action):
    """Which urgent help fits: from the safety net's category in the parse result."""

    def name(self) -> str:
        return "action_bepaal_crisissoort"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        said = tracker.latest_message.get("text") or ""
        denied: list[EventType] = []
        if tracker.get_slot("open_vraag") == resume.CHECK_SITUATIE and resume.leading_answer(said) == "ontkennen":
            # "nee. beller zei net dat ie met een mes naar het stadhuis komt" to "Klopt het: belangenverstrengeling?"
            # (round 30 recheck A c07: later "moet ik dit melden?" got the answer for a side job): the guess is gone
            denied = [SlotSet("situatie", None), SlotSet("situatie_label", None), SlotSet("soort", None)]
        return denied + self._decide(dispatcher, tracker, domain)

    def _decide(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        found = tracker.latest_message.get("crisis") or {}
        previous = tracker.get_slot("crisis_soort")
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        after_check = last_bot_response(tracker) == "utter_crisis_check"
        said = tracker.latest_message.get("text")

        if after_check and intent in ("faq", ROLE_QUESTION):
            # "soms wel ja. maar ik ken dat nummer niet, is dat voor gekken?" to the check's "denk je
            # erover om er niet meer te zijn?" (twenty-third stranger test C c07: read as a side question,
            # the privacy answer): the yes first; a side question alone is answered
            return _side_question_at_check(dispatcher, tracker, said or "", domain)
        if after_check and crisis.unsure_answer(said):
            # "ik weet het niet" to "denk je erover om er niet meer te zijn?" (sixteenth stranger test
            # c23: "Je stelt je niet aan ... Wat is er gebeurd?", the pills on her table): not sure is
            # reason enough to talk to 113 now; the answer for suicidal thoughts
            return [SlotSet("crisis_soort", "zelfmoord"), SlotSet("crisis_actief", True)] + telling.count(
                tracker, (counters.CRISISHULP, tracker.get_slot("situatie")))
        if after_check and intent == TWIJFEL_VERTELLEN:
            # "ik weet niet of ik dit hier moet vertellen" after the check: its "ik wil iets vertellen"
            # side; action_crisis_vervolg invites the story (utter_twijfel_vertellen)
            return [SlotSet("crisis_soort", crisis.VERVOLG)]
        if after_check and ((intent == resume.BEVESTIGEN and resume.says_fine(said))
                            or (intent == resume.ONTKENNEN and not crisis.not_fine(said))
                            or (crisis.denies_thought(said) and crisis_patterns.match(said or "") is None)):
            # "ja hoor, gaat prima" answers "Gaat het wel goed met je?", "nee hoor, het gaat prima" the
            # suicide question (seventh stranger test c15): it goes fine
            return [SlotSet("crisis_soort", GAAT_GOED)]
        if after_check and intent in (resume.BEVESTIGEN, resume.ONTKENNEN) and crisis.fears_coming(said) \
                and crisis.threat_from_other(said or ""):
            # "nee ik wil geen einde maken aan mijn leven!! ik ben bang voor HEM, dat hij naar mijn huis
            # komt" (tenth stranger test c14: the whole crisis list): the fear of him, not suicide
            return _bang_komst(tracker)
        if after_check and intent in (resume.BEVESTIGEN, resume.ONTKENNEN):
            # "soms wel ja" to the gentle check's "denk je erover om er niet meer te zijn?", or "nee, het
            # gaat niet goed" to its "Gaat het wel goed met je?" (rules "ja/nee op de vraag van de
            # crisischeck"): the answer for suicidal thoughts
            return [SlotSet("crisis_soort", "zelfmoord"), SlotSet("crisis_actief", True)] + telling.count(
                tracker, (counters.CRISISHULP, tracker.get_slot("situatie")))
        text = tracker.latest_message.get("text") or ""
        if tracker.get_slot("crisis_actief") and previous == crisis.GEWELD and crisis.doubts_112(text) \
                and _last_crisis_response(tracker) in crisis.CRISIS_ANSWERS | {crisis.GEVAAR_NU, crisis.GEVAAR_NU_KORT}:
            # "112 voor zoiets? hij doet niks, hij staat er gewoon te roken" right after the violence answer, read
            # as a new crisis (round 29 B c10: the same block word for word): the doubt answered
            dispatcher.utter_message(response=crisis.TWIJFEL_112)
            return [FollowupAction("action_listen")]
        if tracker.get_slot("crisis_actief") and previous in (crisis.ZELFMOORD, crisis.ACUUT) \
                and crisis.after_crisis(text) == crisis.NIET_GEHOORD \
                and crisis.crisis_kind(crisis.ZELFMOORD, text, None) != crisis.ACUUT:
            # "hallo? ik zeg net dat ik er niet meer wil zijn en je begint weer over pesten" (round 22 C c01:
            # the same block again): the words quoted back to say the bot did not hear; answered as such
            return [SlotSet("crisis_soort", crisis.VERVOLG)]
        if tracker.get_slot("crisis_actief") and previous == crisis.ZELFMOORD \
                and found.get("category") == crisis.ZELFMOORD \
                and crisis.crisis_kind(crisis.ZELFMOORD, text, None) != crisis.ACUUT \
                and _last_crisis_response(tracker) == crisis.SUICIDE_ANSWER:
            # "ik ga niet bellen. ik ben gewoon zo moe van alles. soms denk ik dat het beter is als ik er niet meer
            # ben" right after the suicide answer (round 32 B c06: the same block four times, "je zegt precies
            # hetzelfde"): heard, and the help offered another way, not the block again
            dispatcher.utter_message(response=crisis.HEARD_AGAIN_NO_CALL if crisis.refuses_to_call(text)
                                     else crisis.HEARD_AGAIN)
            return [FollowupAction("action_listen")]
        if not found.get("category") and previous != crisis.VERVOLG and (
                crisis.asks_who_now(text)
                or (tracker.get_slot("crisis_actief") and crisis.follow_up(text, previous))):
            # "is er nu iemand bereikbaar?" (also before any crisis answer: the question is answered,
            # not "Gaat het wel goed met je?"), or "hij is weg nu, ik zit thuis" after the violence
            # answer, read as a crisis: a follow-up, answered by action_crisis_vervolg
            return [SlotSet("crisis_soort", crisis.VERVOLG)]
        if not found.get("category") and tracker.get_slot("crisis_actief") \
                and previous not in (None, "check", crisis.VERVOLG) \
                and crisis.after_crisis(text) in FOLLOW_UPS_NOT_A_NEW_CRISIS:
            # "ik heb 113 niet gebeld. wat heeft het voor zin" right after the suicide answer
            # (seventh stranger test c06): hopelessness or not calling is answered as such
            return [SlotSet("crisis_soort", crisis.VERVOLG)]
        still_there = (not found.get("category") or found.get("rule") in STILL_THERE_RULES
                       or (found.get("category") == crisis.GEWELD and crisis.besieged_act(text)))
        if tracker.get_slot("crisis_actief") and previous in (crisis.ZELFMOORD, crisis.ACUUT) \
                and found.get("rule") in (None, "zelfmoord_woord") \
                and followups.direct_answer(text) == followups.NUMMER_BUITENLAND:
            # "mijn zus zegt dat ik de zelfmoordlijn 1813 kan bellen, is dat hetzelfde?" right after the
            # suicide answer (twenty-fifth stranger test C c07: the 113 block again, for the sixth time):
            # the Belgian line, answered by action_crisis_vervolg
            return [SlotSet("crisis_soort", crisis.VERVOLG)]
        arrived_after_threat = found.get("category") == crisis.GEWELD and crisis.help_arrived(text) \
            and not crisis.danger_going_on(text) and not crisis_patterns.about_own_life(text)
        if (still_there or arrived_after_threat) and previous == crisis.GEWELD and tracker.get_slot("crisis_actief") \
                and (crisis.help_called(text) or crisis.help_arrived(text)):
            # also "politie is er nu, ze zoeken hem. dit is de 3e keer deze maand dat ik bedreigd word" (twenty-
            # fifth stranger test C c06: the threat read again, "Ben je nu in gevaar? ... bel 112")
            # "mijn collega heeft de politie gebeld", "de agenten zijn er nu" while someone was at the
            # door (tenth stranger test c05), or a client with a knife inside (eighteenth stranger test
            # c07): help on its way or there, not the same block again
            return [SlotSet("crisis_soort", crisis.VERVOLG)]
        if tracker.get_slot("crisis_actief") and previous == crisis.ZORGEN_ANDER \
                and crisis.after_worry_for_other(text) is not None and not crisis_patterns.about_own_life(text) \
                and crisis_patterns.despair(text) is None:
            # "hij leeft, hij had pillen genomen, ligt nu op spoed. ik tril helemaal" after the answer for
            # worry about a colleague (twenty-fourth stranger test C c06: that answer again): the writer now
            return [SlotSet("crisis_soort", crisis.VERVOLG)]
        if tracker.get_slot("crisis_actief") and previous in (crisis.ZELFMOORD, crisis.ACUUT, "algemeen") \
                and (not found.get("category") or found.get("rule") == "overdosis_genomen") \
                and (crisis.called_for_help(text) or crisis.help_arrived(text)
                     or (previous == crisis.ACUUT and crisis.after_acute(text) is not None)):
            # "ik heb 112 gebeld, ze komen eraan" right after "Bel nu meteen 112" (twenty-third stranger
            # test C c03, C c08: the same block again): well done, not alone until they are there
            return [SlotSet("crisis_soort", crisis.VERVOLG)]
        if still_there and previous == crisis.GEWELD \
                and tracker.get_slot("crisis_actief") and crisis.stays_with_danger(text):
            # "hij staat nog steeds voor de deur", "ik durf niet te bellen, hij hoort me" right after
            # the violence answer (sixth stranger test c23), also when a pattern reads the threat again
            # ("NEE IK WIL NIET DOOD. IK DURF NIET NAAR BUITEN HIJ STAAT DAAR NU", eighth stranger test
            # c07): the bot stays with that danger, not the same block again
            return [SlotSet("crisis_soort", crisis.VERVOLG)]
        if _more_after_sexual_violence(tracker, found, text):
            # "hij zat met zijn handen onder mijn jurk ... ik voel me vies" right after the sexual-
            # violence answer (seventh stranger test c28): heard warmly, not the whole block again
            return [SlotSet("crisis_soort", crisis.VERVOLG)]
        if not found.get("category") and crisis.afraid_going_home(text) and not crisis.danger_going_on(text) \
                and crisis_patterns.despair(text) is None and not crisis_patterns.about_own_life(text):
            # "ik durf straks niet alleen naar huis. mijn dienst is om 2 uur klaar" after a threat
            # (seventeenth stranger test c09k: every help line, no step): answered by
            # action_crisis_vervolg (someone walks along, the manager on duty, 112 if he is there)
            return [SlotSet("crisis_soort", crisis.VERVOLG)]
        if found.get("level") == "check" and _workplace_danger_told(tracker, text):
            # "als er dan brand uitbreekt zitten we als ratten in de val. wat moet ik NU doen" after locked
            # emergency exits were told (nineteenth stranger test A c04: the suicide question, three times):
            # danger to people at work, answered by action_crisis_vervolg
            return [SlotSet("crisis_soort", crisis.VERVOLG)]
        if found.get("level") == "check" and tracker.get_slot("crisis_actief") \
                and previous in ("seksueel_geweld", crisis.GEWELD, crisis.BANG_KOMST) \
                and crisis.faces_them_again(text) and crisis_patterns.despair(text) is None:
            # "ik durf nie meer terug de winkel in hij staat daar gewoon" after the sexual-violence answer
            # (nineteenth stranger test B c02: the suicide question): what helps at work, not the check
            return [SlotSet("crisis_soort", crisis.VERVOLG)]
        if found.get("level") == "check" and _afraid_after_violence(tracker, text):
            # "moet ik vanavond wel gaan rijden? ik durf niet" after a threat: answered, not checked
            return [SlotSet("crisis_soort", crisis.VERVOLG)]
        if found.get("level") == "check" and not found.get("category") and crisis_patterns.despair(text) is None \
                and not crisis_patterns.about_own_life(text) and _threat_for_later_told(tracker):
            # a threat for later told, then "ik ben om 9 uur klaar en fiets gewoon naar huis, zal wel meevallen
            # toch" or "een foto van mijn voordeur met 'tot vanavond'" read as an unsure crisis (round 28 B c03,
            # c07: the suicide question): staying safe until then, not the check
            if _loop_before_this_message(tracker) == "afspraak_form":
                # told while booking ("een foto van mijn voordeur met 'tot vanavond'", round 28 B c07): what to do
                # until then, and the booking goes on (the crisis rule stopped the form for this message)
                dispatcher.utter_message(response="utter_afspraak_dreiging")
                return _booking_asked("/afspraak_maken")
            dispatcher.utter_message(response=later_threat_answer(tracker))
            return [FollowupAction("action_listen")]
        if found.get("level") == "check":  # only an unsure classifier: the gentle check ...
            if tracker.get_slot("crisis_actief") and previous not in (None, "check", crisis.VERVOLG):
                if crisis.after_crisis(text):  # "moet ik naar een dokter?": answered, not the same help again
                    return [SlotSet("crisis_soort", crisis.VERVOLG)]
                if previous == crisis.GEWELD and crisis.fears_coming_home(text) and not crisis.besieged_now(text):
                    return _bang_komst(tracker)  # "en als hij vanavond bij mijn huis staat?" after a threat
                return [SlotSet("crisis_soort", previous)]  # ... unless a crisis is going on: its help again
            if crisis.besieged_now(text) and not crisis_patterns.about_own_life(text):
                # ... unless someone is at the door, tries to get in or follows the writer now ("hij
                # staat voor mijn deur", ninth stranger test c28: the suicide question): danger now
                soort = crisis.GEWELD
            elif _sexual_violence_told(text):
                # ... unless an assault is told ("hij raakte me aan, ik zei nee en hij ging door", "een
                # collega heeft mij aangerand", seventh stranger test c28): the Centrum Seksueel Geweld
                soort = "seksueel_geweld"
            elif _worried_about_other(text):
                soort = crisis.ZORGEN_ANDER  # ... or the worry is about someone else's life
            elif crisis.fears_for_someone_else(text) and crisis_patterns.despair(text) is None:
                # ... or that fear for someone else ("en als hij vanavond weer bij haar voor de deur staat?
                # wat moet zij dan doen?", twenty-first stranger test B c03: the answer to the one threatened,
                # to her manager): what she and the writer can do
                return _fear_for_someone_else(dispatcher)
            elif crisis.fears_coming(text) and crisis_patterns.despair(text) is None \
                    and not crisis_patterns.about_own_life(text):
                # ... or the fear that the one who hit or threatened comes (back) ("als die klant nu
                # terug binnenkomt, wat doe ik dan?", fifteenth stranger test c03): that fear
                return _bang_komst(tracker)
            elif crisis.finds_out_feared(text) and crisis_patterns.despair(text) is None \
                    and not crisis_patterns.about_own_life(text) and not crisis.threat_from_other(text):
                # ... or the fear that he learns of it ("ik ben bang dat hij erachter komt dat ik met iemand
                # gepraat heb", twenty-first stranger test A c04: "Bel dan meteen 112", three times): he
                # hears nothing from the bot or the counsellor; no danger, no check, whatever was open goes on
                dispatcher.utter_message(response=f"utter_faq/{followups.DADER_HOORT_NIETS}")
                return [FollowupAction("action_listen")]
            elif crisis.threat_from_other(text) and crisis_patterns.despair(text) is None:
                # ... or a threat or fear of someone (c14): a check about safety, not about suicide;
                # afraid that he comes to the writer's home (tenth stranger test c14): that fear
                if crisis.fears_coming(text):
                    return _bang_komst(tracker)
                if not crisis.threat_later(text):
                    return [SlotSet("crisis_soort", crisis.VEILIGHEID)]
                # "ja denk het. hij bedreigde me gewoon. ik moet morgen weer die lijn rijden om 7 uur" (twenty-
                # seventh stranger test B c01: the safety check, then "Dat beslis jij"): the threat for later,
                # with what to do until then (the violence answer's variant for it)
                soort = crisis.GEWELD
            else:
                # The check asks a yes-or-no question of its own: a question left open before ("Bedoel je:
                # pesten?") must not take its answer (eighteenth stranger test c11: "ja soms. maar goed
                # daar gaat het nu niet om" to the suicide question got the list of situations)
                closed = [SlotSet("open_vraag", None)] if tracker.get_slot("open_vraag") in YES_NO_QUESTIONS else []
                if language.continues_in_english(text, _previous_user_text(tracker)):
                    # "i just cant do this anymore": the check in English first, the Dutch one follows
                    dispatcher.utter_message(text=answers.english_help("check"))
                return [SlotSet("crisis_soort", "check"), *closed]
        else:
            threat_told = (tracker.get_slot("situatie") in THREAT_SITUATIONS
                           or _earlier_crisis_soort(tracker) == crisis.GEWELD)
            soort = crisis.crisis_kind(situations.crisis_soort(found.get("category")), text, previous, threat_told)
            if crisis_patterns.overdose_taken(text) or crisis_patterns.body_emergency(text):
                soort = crisis.ACUUT  # "6 of 8 slaappillen genomen met wijn" (twenty-third stranger test C c02)
            if soort in (crisis.ZELFMOORD, "algemeen") and crisis.care_with_writer(text) \
                    and not _worried_about_other(text):
                # "mn vriend heeft 112 gebeld ... nu zijn er 2 agenten en iemand van de crisisdienst in de
                # woonkamer. ik schaam me dood" (twenty-fifth stranger test C c04: every number, "Bel 112"):
                # help is with her; talk to them
                return _care_with_writer(dispatcher, tracker, text)
            if soort in crisis.ABOUT_ONES_LIFE and _worried_about_other(text):
                soort = crisis.ZORGEN_ANDER  # "mijn collega zegt dat hij er een eind aan wil maken"
            elif soort == "algemeen" and _sexual_violence_told(text):
                soort = "seksueel_geweld"  # an assault told, no word of one's own life: not the whole list
            elif soort in ("algemeen", crisis.GEWELD) and crisis.fears_for_someone_else(text) \
                    and not crisis.besieged_now(text) and not found.get("category"):
                return _fear_for_someone_else(dispatcher)
            elif soort in ("algemeen", crisis.GEWELD) and crisis.fears_coming(text) and crisis.threat_from_other(text) \
                    and not crisis.besieged_now(text) and not found.get("category"):
                # "ik ben bang voor HEM, dat hij naar mijn huis komt" (tenth stranger test c14): afraid he
                # comes, not at the door now; no pattern read danger now: that fear, not the whole list
                return _bang_komst(tracker)
        if soort in ENGLISH_HELP and language.continues_in_english(text, _previous_user_text(tracker)):
            # "i might take them all tonight" (eighteenth stranger test c09, an intern who reads little
            # Dutch): the English help first (content/engels.yml); the Dutch answer with its numbers follows
            dispatcher.utter_message(text=answers.english_help(ENGLISH_HELP[soort]))
        events: list[EventType] = [SlotSet("crisis_soort", soort), SlotSet("crisis_actief", True)]
        if soort != previous and tracker.get_slot("hulplijn_geweigerd"):
            events.append(SlotSet("hulplijn_geweigerd", False))  # a new danger: its help may be named again
        detail = _crisis_detail(soort, text, tracker.get_slot("rol"))
        if detail == crisis.LATER and tracker.get_slot("situatie") == "seksuele_intimidatie" \
                and not crisis.threatened(text):
            detail = crisis.DIENST  # afraid of the next shift with the one who touched her, no threat told
        if detail or tracker.get_slot("crisis_detail"):
            events.append(SlotSet("crisis_detail", detail))
        if detail == ANDER_OVERKOMEN and tracker.get_slot("rol") is None:
            # a witness: "moet ik haar bellen? mag ik hem zelf melden?" next gets the witness's answer
            # (B c19: the text on addressing the other oneself)
            events.append(SlotSet("rol", perspective.GETUIGE))
        if soort == "seksueel_geweld" and tracker.get_slot("open_vraag") == resume.CHECK_SITUATIE:
            # "Klopt het: agressie?" is answered by what she told: it is not asked again afterwards;
            # "Klopt het: machtsmisbruik?" neither (fifteenth stranger test c13: asked again after the
            # sexual-violence answer, and her "nee dat zei ik toch al" got the cancelling text)
            events += _situation_events(situations.from_key("seksuele_intimidatie"), None)
        elif tracker.get_slot("open_vraag") in YES_NO_QUESTIONS:
            # "Bedoel je: pesten?" asked before the crisis answer does not take the next yes ("ja soms.
            # maar goed daar gaat het nu niet om", eighteenth stranger test c11: the list of situations)
            events.append(SlotSet("open_vraag", None))
        return events + telling.count(tracker, (counters.CRISISHULP, tracker.get_slot("situatie")))


def _previous_user_text(tracker: Tracker) -> str | None:
    """What the person wrote before this message (typed, not a button), or None."""
    users = [e for e in (tracker.events or []) if e.get("event") == "user"][:-1]
    for event in reversed(users):
        text = event.get("text") or ""
        if text and not text.startswith("/"):
            return text
    return None


def _role_said_earlier(tracker: Tracker) -> str | None:
    """The role the person gave themselves in an earlier message of this conversation (the latest
    one said), or None."""
    users = [e for e in (tracker.events or []) if e.get("event") == "user"][:-1]
    for event in reversed(users):
        text = event.get("text") or ""
        said = None if text.startswith("/") else roles.said_role(text)
        if said is not None:
            return said
    return None


def _sooner_after_crisis(dispatcher: CollectingDispatcher, soort: str | None, text: str) -> list[EventType] | None:
    """"ik ga niks doen hoor. maar kan het gesprek niet eerder?" right after the suicide answer
    (twelfth stranger test c05: the 113 text again, the wish lost; read as a follow-up or as not
    wanting a step): heard, 113 named once more, and the first free times looked for. None when the
    message asks no sooner talk, or tells a crisis of its own."""
    if soort not in (crisis.ZELFMOORD, crisis.ACUUT) or not crisis.wants_sooner(text) \
            or crisis_patterns.match(text) is not None:
        return None
    dispatcher.utter_message(response="utter_crisis_eerder_gesprek")
    return [SlotSet("crisis_actief", False)] + _booking_asked("zo snel mogelijk")


def _denied_in(text: str) -> frozenset[str]:
    """The matters a typed message denies by name (situations.denied_matters); none for a button."""
    return frozenset() if text.startswith("/") else situations.denied_matters(text)


def _misread_said(dispatcher, tracker: Tracker, denied: frozenset[str]) -> None:
    """A matter the bot named or took before, now denied by name ("nee!! het is GEEN seksuele intimidatie",
    round 28 C c04: "Sorry, ik las het verkeerd" is what a counsellor would say first): the apology."""
    if denied and denied & (answers.values_set(tracker, "situatie") | answers.values_set(tracker, "tweede_situatie")):
        dispatcher.utter_message(response="utter_verkeerd_gelezen")


def _loop_before_this_message(tracker: Tracker) -> str | None:
    """The form that was active when the latest message came (a rule may have stopped it since)."""
    seen_user = False
    for event in reversed(tracker.events or []):
        kind = event.get("event") if isinstance(event, dict) else None
        if kind == "user":
            seen_user = True
        elif kind == "active_loop" and seen_user:
            return event.get("name")
    return None


def _booking_asked(text: str) -> list[EventType]:
    """The booking goes on as if the person asked for it with ``text`` (the bot's own words: the
    button payload, or "zo snel mogelijk" as the time wish)."""
    parse = {"text": text, "intent": {"name": "afspraak_maken", "confidence": 1.0},
             "entities": [], "intent_ranking": [{"name": "afspraak_maken", "confidence": 1.0}]}
    return [ActionExecuted("action_listen"), UserUttered(text, parse)]


def _care_with_writer(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> list[EventType]:
    """Help (the crisis service, the police, an ambulance) with the writer now, after their own life was
    in danger: talk to them; the full answer once, then the short one. The crisis stays on, so what
    follows is answered by action_crisis_vervolg; then the bot waits."""
    first = tracker.get_slot("crisis_soort") != crisis.HULP_BIJ_JOU
    dispatcher.utter_message(response=crisis.HULP_BIJ_JOU_ANTWOORD if first else crisis.HULP_BIJ_JOU_VERVOLG)
    return [SlotSet("crisis_soort", crisis.HULP_BIJ_JOU), SlotSet("crisis_actief", True),
            *telling.count(tracker, (counters.CRISISHULP, tracker.get_slot("situatie"))),
            FollowupAction("action_listen")]


def _fear_for_someone_else(dispatcher: CollectingDispatcher) -> list[EventType]:
    """The fear that he comes, for someone else (utter_crisis_bang_komst_ander); then the bot waits."""
    dispatcher.utter_message(response="utter_crisis_bang_komst_ander")
    return [FollowupAction("action_listen")]


def _bang_komst(tracker: Tracker) -> list[EventType]:
    """Afraid that the one who threatened comes (utter_crisis_bang_komst): a crisis answer with 112, so
    the crisis is on (crisis_actief): what follows ("en als hij toch bij mijn huis staat?", "ik ga bij
    mijn zus slapen", eleventh stranger test c02) is answered by action_crisis_vervolg."""
    return [SlotSet("crisis_soort", crisis.BANG_KOMST), SlotSet("crisis_actief", True)]


def _side_question_at_check(dispatcher: CollectingDispatcher, tracker: Tracker, said: str,
                            domain) -> list[EventType]:
    """A message read as a side question right after the gentle check: a yes in it ("soms wel ja.
    maar ...") is the answer for suicidal thoughts (and what 113 is, when asked); else the question
    is answered and the conversation goes on."""
    if crisis.yes_to_check(said) and not crisis.denies_thought(said):
        if crisis.after_crisis(said) == crisis.ONBEKEND_113:
            dispatcher.utter_message(response="utter_faq/wat_doet_113")
        return [SlotSet("crisis_soort", "zelfmoord"), SlotSet("crisis_actief", True)] + telling.count(
            tracker, (counters.CRISISHULP, tracker.get_slot("situatie")))
    if (tracker.latest_message.get("intent") or {}).get("name") == ROLE_QUESTION:
        return ActionBeantwoordRolvraag().run(dispatcher, tracker, domain) + [FollowupAction("action_hervat_gesprek")]
    key = repeats.side_answer(tracker.latest_message)
    dispatcher.utter_message(response=f"utter_faq/{key}" if key and key != "faq" else "utter_default",
                             huisarts_nu=_huisarts_nu())
    return [FollowupAction("action_hervat_gesprek")]


def _crisis_detail(soort: str, text: str, role: object = None) -> str | None:
    """What the crisis answer also names (slot crisis_detail, eighth stranger test): someone waits
    for the writer now (c07), the means are laid ready (c21), fear told with sexual violence (c19);
    sexual violence done to someone else, told by a witness (sixteenth stranger test B c19)."""
    if soort == crisis.GEWELD and crisis_patterns.drunk_driving_now(text):
        return crisis.VERKEER  # someone about to drive drunk: 112, keep him from the wheel if safe
    if soort == crisis.GEWELD and crisis.other_in_danger(text):
        return ANDER_OVERKOMEN  # a colleague in danger now (round 33 A c07): 112 now, not towards him, the BHV
    if soort == crisis.GEWELD and crisis.besieged_act(text):
        return crisis.BELAAGD
    if soort == crisis.GEWELD and crisis.armed_inside(text):
        return crisis.BINNEN  # inside with him now (round 33 recheck c02): not "stay inside, not to your car"
    if soort == crisis.GEWELD and (crisis_patterns.waiting_now(text) or crisis_patterns.waiting_now_en(text)):
        return crisis.OPGEWACHT
    if soort == crisis.GEWELD and crisis.besieged_now(text):
        return crisis.BELAAGD
    if soort == crisis.GEWELD and crisis.threat_later(text):
        return crisis.LATER  # "komt morgen terug. met mes zei hij": what to do before then
    if soort == crisis.ACUUT and crisis_patterns.body_emergency(text):
        return crisis.LICHAAM  # no air, chest pain: a doctor now
    if soort == crisis.ACUUT and crisis_patterns.overdose_taken(text):
        return crisis.MIDDEL_INGENOMEN  # what was taken, nothing more, not alone
    if soort == crisis.ACUUT and crisis.means_ready(text):
        return crisis.MIDDEL_KLAAR
    if soort == "seksueel_geweld" and perspective.done_to_someone_else(text, role):
        return ANDER_OVERKOMEN
    if soort == "seksueel_geweld" and crisis.afraid(text):
        return crisis.BANG
    return None


class ActionCrisisVervolg(Action):
    """Right after a crisis answer, a message read as something else ("kun jij 112 bellen?", "ik
    durf niet te bellen", "is het erg genoeg?"): the bot cannot call anyone and says what the person
    can do instead, or gives the crisis answer again (bot.dialogue.crisis.after_crisis_response)."""

    def name(self) -> str:
        return "action_crisis_vervolg"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        soort = tracker.get_slot("crisis_soort")
        events: list[EventType] = []
        if soort == crisis.VERVOLG:  # set by action_bepaal_crisissoort for this message: the kind goes back
            soort = _earlier_crisis_soort(tracker)
            events.append(SlotSet("crisis_soort", soort))
        if soort == "algemeen" and _threat_for_later_told(tracker) and crisis_patterns.despair(text) is None \
                and not crisis_patterns.about_own_life(text):
            # every help line given (the crisis button), and a threat for later told ("een foto van mijn voordeur
            # met 'tot vanavond'", round 28 B c07: that list twice more): the danger is the threat
            soort = crisis.GEWELD
            events.append(SlotSet("crisis_soort", soort))
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        level = (tracker.latest_message.get("crisis") or {}).get("level")
        if soort in (crisis.ZELFMOORD, "algemeen", crisis.HULP_BIJ_JOU) and crisis.care_with_writer(text) \
                and crisis.after_crisis(text) != crisis.OM_ANDER:
            # "112 is al HIER. lees je wel. moet ik met ze praten?" (twenty-fifth stranger test C c04: the
            # text on addressing the other person): help is with her; talk to them
            first = soort != crisis.HULP_BIJ_JOU
            dispatcher.utter_message(response=crisis.HULP_BIJ_JOU_ANTWOORD if first else crisis.HULP_BIJ_JOU_VERVOLG)
            return events + [SlotSet("crisis_soort", crisis.HULP_BIJ_JOU)]
        if soort == crisis.HULP_BIJ_JOU:
            # anything else while the help is with her ("zeg nou gewoon of ik eerlijk moet zijn tegen die
            # mensen"): the short answer; a side question asked after it gets its own answer
            key = repeats.side_answer(tracker.latest_message) if intent == "faq" else None
            if key and key != "faq" and last_bot_response(tracker) == crisis.HULP_BIJ_JOU_VERVOLG:
                dispatcher.utter_message(response=f"utter_faq/{key}", huisarts_nu=_huisarts_nu())
            else:
                dispatcher.utter_message(response=crisis.HULP_BIJ_JOU_VERVOLG)
            return events
        if crisis.refuses_help_lines(text):
            # "stop met die nummers" (twentieth stranger test C c08): the goodbye names none again
            events.append(SlotSet("hulplijn_geweigerd", True))
        if level == "check" and _workplace_danger_told(tracker, text):
            # danger to people at work read as an unsure crisis (see action_bepaal_crisissoort)
            dispatcher.utter_message(response=f"utter_faq/{followups.GEVAAR_WERKPLEK}")
            # asked again right away, the short form (the variant on vorig_antwoord)
            shown = repeats.repeat_slots(followups.GEVAAR_WERKPLEK, tracker.get_slot("vorig_antwoord"), False)
            return events + [SlotSet("vorig_antwoord", shown["vorig_antwoord"])]
        if crisis.after_crisis(text) is None and not (tracker.latest_message.get("crisis") or {}).get("category") \
                and asks_about_counsellor(text) and answer_about_counsellor(text, dispatcher, tracker):
            # "ik vroeg of marieke jansen ook de vertrouwenspersoon is van de collega die over mij klaagt"
            # (twentieth round B c04: the suicide answer again, turns after it was given): about the
            # counsellor, answered
            return events
        if soort == "check" and intent == TWIJFEL_VERTELLEN:
            # after the gentle check, unsure whether to tell (not whether she thinks of dying)
            dispatcher.utter_message(response=doubt_response(tracker, text))
            return events
        if soort == crisis.VEILIGHEID:
            # after the gentle check about safety: "de politie heeft hem meegenomen" (eleventh stranger
            # test c01) says help is there; anything else read as a side question gets its answer
            if crisis.help_arrived(text):
                dispatcher.utter_message(response=crisis.HULP_IS_ER)
                return events
            if crisis.afraid_to_leave(text):
                # "weet niet of het gevaar is. hij doet niks, hij staat er alleen. maar ik durf niet naar mijn fiets"
                # (round 34 recheck R2 c01: no answer at all): he waits for her; what to do now
                return events + [SlotSet("crisis_soort", crisis.GEWELD), SlotSet("crisis_detail", crisis.OPGEWACHT),
                                 SlotSet("crisis_actief", True), FollowupAction("utter_crisis_geweld")]
            key = repeats.side_answer(tracker.latest_message) if intent == "faq" else None
            # only an answer the selector chose: "utter_faq/crisis" does not exist, and nothing was said (R2 c01)
            dispatcher.utter_message(response=f"utter_faq/{key}" if key and key != "faq" else "utter_default",
                                     huisarts_nu=_huisarts_nu())
            return events
        if soort == crisis.ACUUT and tracker.get_slot("crisis_detail") == crisis.LICHAAM and crisis.body_easing(text):
            # "het zakt weer een beetje ... denk een paniekaanval ... sorry" (twenty-seventh stranger recheck B
            # c07: "De nummers staan hierboven"): good that it eases; checked anyway; 112 when it comes back
            dispatcher.utter_message(response=crisis.LICHAAM_ZAKT, huisarts_nu=_huisarts_nu())
            return events
        early = crisis.after_acute(text) if soort == crisis.ACUUT else \
            crisis.after_worry_for_other(text) if soort == crisis.ZORGEN_ANDER else None
        if early is None and soort in (crisis.ZELFMOORD, crisis.ACUUT) and crisis.called_for_help(text):
            early = crisis.after_crisis_response(text, soort, intent)
        if early is None and soort == crisis.ACUUT and intent == "gevoel_delen":
            dispatcher.utter_message(response="utter_gevoel_erkend")  # a feeling, no sign of the danger
            return events
        if early is not None:
            # "hij belt nu 112. ik ben bang dat ze op mijn werk dit te weten komen" right after the acute
            # answer (twenty-fourth stranger test C c02: read as a side question, "hoort hij niets"), "heb
            # gebeld ... heb ik het goed gedaan?" after the suicide answer (C c07: unanswered three
            # times): the call first
            dispatcher.utter_message(response=early)
            return events
        side_question = (soort == crisis.GEWELD and intent == "faq" and not _about_the_violence(text)) or (
            soort in (crisis.ZELFMOORD, crisis.ACUUT, "algemeen") and intent in ("faq", ROLE_QUESTION)
            and crisis.after_crisis(text) is None) or (
            soort == "seksueel_geweld" and intent in ("faq", ROLE_QUESTION) and crisis.after_crisis(text) is None
            and not crisis.faces_them_again(text)) or (
            soort == crisis.ZORGEN_ANDER and intent == "faq" and crisis.after_crisis(text) is None
            and not crisis.asks_112_for_other(text))
        if side_question:
            # a real side question during the violence crisis or right after the suicide answer ("is dit
            # anoniem?"): its own answer
            if intent == ROLE_QUESTION:
                return events + ActionBeantwoordRolvraag().run(dispatcher, tracker, domain)
            key = repeats.side_answer(tracker.latest_message)
            if key in FOR_BYSTANDERS and soort in (crisis.ZELFMOORD, crisis.ACUUT):
                # "ok. morgen om 8 sta ik er weer. ik weet niet hoe ik dat moet doen" after the suicide answer
                # (round 28 recheck B c04: "Maak je je zorgen dat iemand een eind aan zijn leven wil maken?"): the
                # answers for someone worried about another are not for the one at risk
                dispatcher.utter_message(response=crisis.ZELFMOORD_MORGEN)
                return events
            if key and key != "faq":
                dispatcher.utter_message(response=f"utter_faq/{key}", huisarts_nu=_huisarts_nu())
                return events
        sooner = _sooner_after_crisis(dispatcher, soort, text)
        if sooner is not None:
            return events + sooner
        asked = followups.direct_answer(text)
        need = crisis.after_crisis(text)
        if need == crisis.NIET_GEHOORD and asked not in (followups.TELT_BUITEN_WERK, followups.VP_HOORT_CHAT_NIET):
            # "ik zeg net dat ik er niet meer wil zijn en je ...": no question about telling the VP. But "je
            # zegt steeds hetzelfde. ik vroeg of het telt als het na de borrel was" (twenty-fifth stranger
            # test C c05) asks again what was not answered: answered now
            asked = None
        if soort == crisis.ZORGEN_ANDER and crisis.asks_112_for_other(text):
            asked = None  # "kan ik 112 bellen zonder adres?" about a colleague's life: 112 now (twentieth C c05)
        if asked == followups.WEER_WERKEN and crisis.afraid_to_work(text):
            asked = None  # "moet ik dan wel gaan rijden vanavond? ik durf echt niet": the fear first (werk_veilig)
        if asked in ANSWERED_IN_A_CRISIS:
            # "hij zei dat hij me weet te vinden, moet ik nu de politie bellen? ik ben thuis" right after
            # the violence answer (sixteenth stranger test B c07: the aftercare text): the question first
            dispatcher.utter_message(response=f"utter_faq/{asked}")
            if crisis.says_no_danger(text):  # "nee geen gevaar, ... mag ik me ziekmelden?" (twentieth C c02)
                events.append(SlotSet("crisis_actief", False))
            return events
        if _takes_back(text):
            # "nee sorry dat was overdreven, ik bedoel doodmoe", "ik heb echt geen 113 nodig" (sixth
            # stranger test c11): believed; the crisis is over, the story or its options go on
            return events + _crisis_taken_back(dispatcher, tracker)
        if crisis.acknowledges(text) and crisis.after_crisis(text) is None:
            _acknowledged(dispatcher, tracker, text)  # "oke", read as not understood: warm, the door open
            return events
        response = crisis.after_crisis_response(text, soort, intent)
        if need == crisis.OM_ANDER and response == "utter_crisis_zorgen_ander":
            events.append(SlotSet("crisis_soort", crisis.ZORGEN_ANDER))  # "nee niet ik, het gaat om haar!!"
        if soort == crisis.GEWELD and crisis.help_called(text) and not crisis.help_arrived(text) \
                and (tracker.get_slot("crisis_detail") == crisis.BELAAGD or not crisis.threat_gone(text)) \
                and response in (crisis.GEVAAR_NU, "utter_crisis_geweld", "utter_crisis_nazorg"):
            # someone at the door, or a man with a knife inside ("heb 112 gebeld ze komen eraan", eighteenth
            # stranger test c07: "Als je nu veilig bent ... Laat je lichaam nakijken"), help called: stay
            # inside until it is there
            response = crisis.HULP_ONDERWEG
        given = _last_crisis_response(tracker)
        if response == crisis.GEVAAR_NU and crisis.doubts_112(text) \
                and given in crisis.CRISIS_ANSWERS | {crisis.GEVAAR_NU, crisis.GEVAAR_NU_KORT}:
            # "112 voor zoiets? hij doet niks, hij staat er gewoon te roken" right after the danger answer (round 29
            # B c10: the same block word for word): the doubt answered
            response = crisis.TWIJFEL_112
        if response == crisis.GEVAAR_NU and given in (crisis.GEVAAR_NU, crisis.GEVAAR_NU_KORT):
            response = crisis.GEVAAR_NU_KORT  # still there: the short form, not the same block again
        if response == crisis.HULP_IS_ER:  # the police or security are there: the danger is over
            events.append(SlotSet("crisis_actief", False))
        if response == crisis.VALS_ALARM:  # "er stond gewoon een klant. Er is niets aan de hand": no danger
            dispatcher.utter_message(response=response)
            return events + [SlotSet("crisis_actief", False), SlotSet("crisis_soort", None),
                             SlotSet("crisis_detail", None), FollowupAction("action_hervat_gesprek")]
        if response == last_bot_response(tracker) and response in crisis.CRISIS_ANSWERS:
            # the same crisis block just given, and no new sign of danger: not a third time in a row
            dispatcher.utter_message(response="utter_crisis_herhaald")
            return events + _options_again(dispatcher, tracker)
        if response == "utter_crisis_nazorg":  # the violence is over: aftercare, the crisis is behind them
            if _threat_only_told(tracker):
                response = "utter_crisis_nazorg_dreiging"  # a threat only: no doctor (round 29 B c10)
            if crisis.support_by_colleague(text):
                dispatcher.utter_message(response="utter_crisis_nazorg_collega")
            events.append(SlotSet("crisis_actief", False))
            if crisis.wants_booking(text):
                # "beveiliging is erbij en hij is weg. kunnen we die afspraak nog afmaken?" (fifth
                # stranger test, c21): acknowledged, the help after a threat named once, and the
                # booking goes on, instead of the crisis answer again
                dispatcher.utter_message(response="utter_crisis_nazorg_afspraak")
                return events + _booking_asked("/afspraak_maken")
        if response == "utter_faq/dokter":  # after violence, "moet ik met mijn nek naar de dokter?"
            dispatcher.utter_message(response=response, huisarts_nu=_huisarts_nu())
            return events
        dispatcher.utter_message(response=response)
        return events


# FAQ answers written for someone worried about another's life or safety (112 in doubt, direct danger)
FOR_BYSTANDERS = frozenset({followups.BELLEN_112, followups.DIRECT_GEVAAR})


def _about_the_violence(text: str) -> bool:
    """After the violence answer, a message about that danger (still there, over, cannot call, who
    can be reached, afraid to go to work or home, a medical question, warning others: "moet ik mijn
    collegas waarschuwen?", eighteenth stranger recheck c04: "Nee, dat hoeft niet"), not a side
    question."""
    return (crisis.follow_up(text, crisis.GEWELD) or crisis.after_crisis(text) is not None
            or crisis.afraid_to_work(text) or crisis.asks_whom_to_call(text) or crisis.warns_others(text)
            or crisis.afraid_going_home(text))


# A form's pending yes/no question -> what is said to a story told there, before it is asked again.
_PENDING_YES_NO = {
    ("afspraak_code_form", "annuleer_bevestiging"): "utter_annuleren_twijfel",
    ("afspraak_form", "bevestiging"): "utter_bevestiging_verhaal",
}


def _pending_yes_no(tracker: Tracker) -> str | None:
    """The response for a story told while a form waits for a yes or no, or None: the check
    "Klopt het dat het gaat om ...?" would put a second pair of Ja/Nee buttons beside the form's."""
    loop = (tracker.active_loop or {}).get("name")
    return _PENDING_YES_NO.get((loop, tracker.get_slot("requested_slot")))


# Matters in which a threat for later (bot.dialogue.followups.threat_for_later) gets the answer on
# staying safe until then, also when it is told within the story.
THREAT_MATTERS = frozenset({AGRESSIE, "intimidatie", "pesten", "discriminatie", "seksuele_intimidatie"})


def _stay_with_danger(dispatcher, tracker: Tracker, text: str, matter: str | None = None) -> list[EventType] | None:
    """Right after the violence answer, a message read as something else (a situation, a question
    not understood) that says the threat is still there or that calling is not possible ("hij
    staat nog steeds voor de deur", "ik durf niet te bellen hij hoort me dan": sixth stranger test
    c23): answered about that danger, no category check, no options. Also after a threat or
    aggression was told without a crisis answer, someone at the door, outside or following the
    writer now ("hij wacht buiten", "hij staat voor mijn deur": ninth stranger test c28): the danger
    now, and the violence crisis from here on. The events when answered, else None."""
    if (tracker.get_slot("crisis_actief") and tracker.get_slot("crisis_soort") == crisis.GEWELD
            and crisis.help_arrived(text)):
        # "de agenten zijn er nu, ze hebben hem meegenomen" read as a situation (tenth stranger test
        # c05): the danger is over, said so; the category can wait
        dispatcher.utter_message(response=crisis.HULP_IS_ER)
        return [SlotSet("crisis_actief", False)]
    if tracker.get_slot("crisis_actief") and tracker.get_slot("crisis_soort") == crisis.GEWELD \
            and crisis.warns_others(text):
        # "er slapen nog 20 bewoners beneden, moet ik die niet waarschuwen??" with a man with a knife
        # inside (eighteenth stranger test c07: "Bedoel je: een misstand?"): through 112, not alone
        dispatcher.utter_message(response=crisis.ANDEREN_WAARSCHUWEN)
        return []
    if (tracker.get_slot("crisis_actief") and tracker.get_slot("crisis_soort") == crisis.GEWELD
            and tracker.get_slot("crisis_detail") == crisis.BELAAGD and not crisis.stays_with_danger(text)
            and not crisis.safe_or_away(text) and not crisis.help_arrived(text)):
        # someone is at the door and the message tells more (who he is, that a colleague calls 112;
        # tenth stranger test c05: the category question, then the answer as if it were over): the
        # bot stays with the danger until the person says it is over
        dispatcher.utter_message(response=crisis.HULP_ONDERWEG if crisis.help_called(text) else crisis.GEVAAR_NU_KORT)
        return []
    if not (tracker.get_slot("crisis_actief") and tracker.get_slot("crisis_soort") == crisis.GEWELD
            and crisis.stays_with_danger(text)):
        # the threat told in this very message counts too ("gast zei hij wacht buiten tot ik klaar ben",
        # twenty-sixth stranger test B c03: the category check and the options, alone at night)
        if not ((_threat_told(tracker) or matter in THREAT_SITUATIONS) and crisis.besieged_now(text)):
            return None
        dispatcher.utter_message(response=crisis.GEVAAR_NU)
        return [SlotSet("crisis_soort", crisis.GEWELD), SlotSet("crisis_actief", True),
                SlotSet("crisis_detail", crisis.BELAAGD)] + telling.count(
            tracker, (counters.CRISISHULP, tracker.get_slot("situatie")))
    response = crisis.after_crisis_response(text, crisis.GEWELD)
    if response == crisis.GEVAAR_NU and last_bot_response(tracker) in (crisis.GEVAAR_NU, crisis.GEVAAR_NU_KORT):
        response = crisis.GEVAAR_NU_KORT
    dispatcher.utter_message(response=response)
    return []


def _threat_told(tracker: Tracker) -> bool:
    """A threat or aggression was told in this conversation (the matter, or an earlier violence answer)."""
    return tracker.get_slot("situatie") in THREAT_SITUATIONS or _earlier_crisis_soort(tracker) == crisis.GEWELD


def _drowsy_after_pills(dispatcher, tracker: Tracker) -> list[EventType] | None:
    """Drowsiness told after pills or suicidal thoughts earlier in this conversation, whatever the
    message was read as: the answer for it (112 now), the crisis active again; None otherwise."""
    text = tracker.latest_message.get("text") or ""
    if text.startswith("/") or crisis.after_acute(text) != crisis.ACUUT_SUF \
            or not answers.values_set(tracker, "crisis_soort") & {crisis.ACUUT, crisis.ZELFMOORD}:
        return None
    dispatcher.utter_message(response=crisis.ACUUT_SUF)
    return [SlotSet("crisis_soort", crisis.ACUUT), SlotSet("crisis_actief", True), FollowupAction("action_listen")]


def _takes_back(text: str) -> bool:
    """The alarm taken back, and no crisis sign in the same message ("het was maar een grapje, maar
    ik wil echt niet meer leven" is none)."""
    return crisis.takes_back(text) and crisis_patterns.match(text[:2000]) is None


def _crisis_taken_back(dispatcher, tracker: Tracker) -> list[EventType]:
    """The alarm taken back: said so once, the crisis over, and the options of the matter told
    (if any) again."""
    dispatcher.utter_message(response="utter_crisis_teruggenomen")
    return [SlotSet("crisis_actief", False)] + _options_again(dispatcher, tracker)


def _options_again(dispatcher, tracker: Tracker) -> list[EventType]:
    """The options of the matter confirmed before, when there is one; else nothing."""
    if tracker.get_slot("situatie") and tracker.get_slot("open_vraag") == resume.OPTIES:
        dispatcher.utter_message(response="utter_vraag_opties")
    return []


def _earlier_crisis_soort(tracker: Tracker) -> str | None:
    """The kind of crisis answered before the follow-up (crisis_soort before it was set to
    VERVOLG), or None when there was none."""
    for event in reversed(tracker.events or []):
        if event.get("event") == "slot" and event.get("name") == "crisis_soort" \
                and event.get("value") != crisis.VERVOLG:
            return event.get("value")
    return None


class ActionEngels(Action):
    """A message in English only: a short English answer (content/engels.yml, organisation-editable)."""

    def name(self) -> str:
        return "action_engels"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        texts = content.engels()
        values = {**content.hulplijn_values(), "contact": texts["contact"]}
        text = tracker.latest_message.get("text") or ""
        after_crisis = tracker.get_slot("crisis_soort") not in (None, "check")
        if after_crisis and crisis.safe_again(text):  # "I called them" after the crisis answer
            dispatcher.utter_message(text=content.fill(texts["veilig"], values))
            return []
        ander = answers.english_help(language.ANDER)
        if language.mentions_emergency(text) and answers.bot_said(tracker.events, text=ander):
            # "ok I am calling 112 now. what should I tell them?" after the help for a colleague (nineteenth
            # stranger recheck c09: "I work in Dutch"): the short help about her, what to tell them
            dispatcher.utter_message(text=content.fill(texts["antwoorden"]["hulp_ander_kort"], values))
            return []
        topic = language.english_topic(text)
        # cost, confidentiality, the employer or agency, what is stored (from the running configuration)
        answer = answers.english_topic_answer(tracker, text)
        if topic == language.HULP:  # a real crisis signal: the help that fits it, before anything else
            kind = language.english_urgent(text)
            full = answers.english_help(kind)
            # someone else's life: the short form about her or him (nineteenth stranger test C c05: "If
            # you are in danger" to someone asking whether to call 112 for a colleague)
            short = "hulp_ander_kort" if kind == language.ANDER else "hulp_kort"
            if answers.bot_said(tracker.events, text=full) and texts["antwoorden"].get(short):
                # asked again (c09): the short form, not the whole text once more
                dispatcher.utter_message(text=content.fill(texts["antwoorden"][short], values))
                return []
            dispatcher.utter_message(text=full)
        events: list[EventType] = []
        sit = _english_situation(tracker)
        known = situations.from_key(tracker.get_slot("situatie"))
        if sit is not None and known is not None and sit.key == known.key:
            sit = None  # the matter told before, told or asked about again: not "It sounds like" again
        if sit is not None:
            # what it sounds like, and what that kind of matter is in plain words (fifth stranger
            # test, c18); remembered, so that a booking goes to the counsellor of that kind
            said = content.fill(texts["herkend"], {"situatie": texts["situaties"][sit.key]})
            explained = texts["uitleg"].get(sit.key)
            dispatcher.utter_message(text=f"{said} {content.fill(explained, values)}" if explained else said)
            events += _situation_events(sit, tracker.get_slot("open_vraag"))
        elif known is not None and topic is None and language.asks_if_allowed(text) and texts["uitleg"].get(known.key):
            # "I just want to know if he is allowed to ask this" about the matter told before (c18);
            # "is this even considered discrimination? I don't want to overreact" (sixth, c05)
            explained = content.fill(texts["uitleg"][known.key], values)
            if answers.bot_said(tracker.events, text=explained, within=True) and language.asks_whether_it_counts(text):
                dispatcher.utter_message(text=content.fill(texts["antwoorden"].get("telt_mee") or texts["jij_beslist"],
                                                           values))
                return events
            dispatcher.utter_message(text=explained)
            dispatcher.utter_message(text=content.fill(texts["jij_beslist"], values))
            return events
        later = answer if topic != language.HULP else None  # "Is it free?": its own answer
        if later and tracker.get_slot("crisis_actief"):
            # "can i just chat somewhere?" after a crisis answer (nineteenth stranger recheck c11): the
            # answer, not the general English introduction first
            dispatcher.utter_message(text=content.fill(later, values))
            return events
        if tracker.get_slot("engels_gegeven"):  # the whole answer once per conversation, then short
            if topic != language.HULP:
                short = texts["jij_beslist"] if sit is not None else texts["kort"]
                dispatcher.utter_message(text=content.fill(later or short, values))
            return events
        dispatcher.utter_message(text=content.fill(texts["antwoord"], values))
        if later:
            dispatcher.utter_message(text=content.fill(later, values))
        return events + [SlotSet("engels_gegeven", True)]


def _english_situation(tracker: Tracker) -> Situatie | None:
    """The situation an English message is about: named in words the classifier may miss
    (bot.nlu.language.english_situation_cue), else the classifier's top guess (its sentence
    embedding is multilingual; the fallback's own entry skipped) when it is a situation and
    confident enough."""
    cue = language.english_situation_cue(tracker.latest_message.get("text") or "")
    ranking = [r for r in tracker.latest_message.get("intent_ranking") or [] if r.get("name") != "nlu_fallback"]
    top = ranking[0] if ranking else {}
    if cue is None and float(top.get("confidence") or 0.0) < ENGLISH_SITUATION_MIN_CONFIDENCE:
        return None
    sit = situations.from_key(cue or top.get("name"))
    return sit if sit is not None and sit.key in content.engels()["situaties"] else None


class ActionOudeKnop(Action):
    """A choice that belongs to the booking form (a time, an option) outside it. A pressed button
    (its payload starts with "/") of a question no longer open gets utter_knop_verlopen; typed
    text ("next week", "donderdag") was no button, so the bot offers to plan a talk instead (in
    English after the English answer)."""

    def name(self) -> str:
        return "action_oude_knop"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        text = (tracker.latest_message.get("text") or "").strip()
        if text.startswith("/"):
            dispatcher.utter_message(response="utter_knop_verlopen")
        elif tracker.get_slot("engels_gegeven"):
            texts = content.engels()
            dispatcher.utter_message(text=content.fill(texts["tijd_zonder_vraag"], {"contact": texts["contact"]}))
        else:
            dispatcher.utter_message(response="utter_tijd_zonder_vraag")
        return []


UNCLEAR_FOLLOW_UP = "utter_vervolg_onduidelijk"
STORY_WORDS = 15  # an unsure message this long tells a story: thanked for before "Bedoel je ...?"


class ActionDefaultAskAffirmation(Action):
    """Dutch replacement for Rasa's English "Did you mean ...?" in the two-stage fallback."""

    def name(self) -> str:
        return "action_default_ask_affirmation"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        danger = _stay_with_danger(dispatcher, tracker, text)
        if danger is not None:  # "ik durf niet te bellen hij hoort me dan" (c23), "hij wacht buiten" (c28)
            return danger
        if _accused_approaches(dispatcher, tracker, text):
            return []
        if _afraid_after_violence(tracker, text):
            # "ik moet om 18:00 beginnen aan mijn dienst en ik durf niet. moet ik gaan?" after a
            # threat: his question answered, not "Bedoel je ...?"
            dispatcher.utter_message(response=crisis.WERK_VEILIG)
            return []
        if _violence_told(tracker) and crisis.afraid_going_home(text) and not crisis.danger_going_on(text):
            dispatcher.utter_message(response=crisis.NAAR_HUIS)  # "ik durf straks niet alleen naar huis"
            return []
        if _minor_harassed(tracker, text, remembered=False):
            # "ze is minderjarig en het is een docent" after harassment was told (c19): the duty
            # to report, not "Bedoel je ...?"
            dispatcher.utter_message(response=_duty_to_report(tracker))
            return [SlotSet("minderjarige", True)]
        if not text.startswith("/") and crisis.asks_who_now(text):
            # "... hij me wel weet te vinden. kan ik nu iemand bellen?" at night (fourteenth stranger
            # test c12: "Bedoel je: seksuele intimidatie?"): who can be called now, before any guess
            dispatcher.utter_message(response="utter_crisis_wie_nu")
            return []
        if not text.startswith("/") and not tracker.get_slot("situatie") and crisis.wants_to_vent(text) \
                and not tracker.get_slot("crisis_actief"):
            # "ik moet gewoon even mijn ei kwijt ... ik wil geen afspraak en geen gedoe" with a story the
            # classifier is unsure of (thirteenth stranger test c12: "Bedoel je: discriminatie?"):
            # heard, no guess to confirm; the next message is heard first as well
            dispatcher.utter_message(response="utter_luisteren_zonder_soort")
            return [SlotSet("luisteren", True), SlotSet("luisteren_gezegd", True),
                    SlotSet("open_vraag", resume.LUISTEREN)]
        ranking = tracker.latest_message.get("intent_ranking") or []
        labels = content.bedoeling_labels()
        candidates = [r.get("name") for r in ranking if r.get("name") not in (None, "nlu_fallback")]
        if roles.not_a_manager(text):  # "mag ik haar teamleider inlichten?": never "Bedoel je: je bent leidinggevende?"
            candidates = [c for c in candidates if c != MANAGER_INTENT]
        intent = candidates[0] if candidates else None
        if roles.said_role(text) == roles.BESCHULDIGD \
                and (BEN_BESCHULDIGD in candidates[:2] or len(text.split()) <= SHORT_ROLE_WORDS):
            # "Een collega ... heeft mij bij HR beschuldigd van seksuele intimidatie ..." at 0.30 after
            # the seventeenth round's data (conversation rol_01: "Vertel het gerust in je eigen
            # woorden"): the person says they are the one accused, so the answer for the accused
            dispatcher.utter_message(response="utter_beschuldigd")
            return [SlotSet("rol", roles.BESCHULDIGD)]
        if MANAGER_INTENT in candidates[:2] and _writes_as_manager(tracker):
            # "Mag ik die collega er gewoon op aanspreken?" from a manager who told of a complaint,
            # unsure between the manager's intent and an FAQ answer: the manager's answer
            response = "utter_rolvraag_leidinggevende"
            if answers.bot_said(tracker.events, response=response):
                response = roles.SHORT_FORM[response]
            dispatcher.utter_message(response=response)
            return []
        if requests.asks_to_pass_on(text) and not tracker.get_slot("situatie"):
            # "kan je tegen mijn leidinggevende zeggen dat ik me ziek meld ..." with an unsure
            # classifier: the bot passes nothing on, and says so, not "Bedoel je ...?"
            dispatcher.utter_message(response="utter_doorgeven")
            return []
        if intent == DOUBT_INTENT:
            # "moet ik dat zeker weten voor ik iets zeg?": asking a doubting person to confirm the
            # doubt helps nobody; the doubt is answered (the earlier question keeps its buttons)
            dispatcher.utter_message(response=doubt_response(tracker, text))
            return []
        if intent == "faq" and tracker.get_slot("situatie") == "maatschappelijke_misstand" \
                and followups.asks_how_soon(text):
            # "hoe snel moet dit gemeld worden? ... die kinderen spelen daar" (twenty-first stranger test B
            # c08: "Sorry, ik weet niet zeker wat je bedoelt"): a wrong that harms the public does not wait
            dispatcher.utter_message(response=f"utter_faq/{followups.DRINGEND_EXTERN}")
            return []
        if intent == "faq" and tracker.get_slot("situatie"):
            # "uh en dan?" once the matter is known: "Bedoel je: je hebt een vraag over de
            # vertrouwenspersoon?" helps nobody; what the bot can say about the matter does
            dispatcher.utter_message(response=UNCLEAR_FOLLOW_UP)
            return []
        if (intent in situations.SEXUAL_TOUCH_READ_AS or intent in ("kies_situatie", "ontkennen")) \
                and situations.sexual_touch(text) and tracker.get_slot("situatie") != "seksuele_intimidatie":
            # a hand on the leg guessed as intimidation (eighth stranger test c01), "nee?? diefstal? hij
            # zat aan haar" to a wrong guess (sixteenth stranger test c06): the guess asked is sexual
            # harassment (action_herken_situatie reads the same words after a yes)
            intent = "seksuele_intimidatie"
        if intent in labels:
            if situations.from_key(intent) is not None and len(text.split()) >= STORY_WORDS:
                dispatcher.utter_message(response="utter_verhaal_erkend")  # a story told, not a keyword
            if followups.threat_told_for_later(text) and not _said_just_before(tracker, crisis.DREIGING_LATER):
                # 'hij zei "ik sta vanavond op je te wachten als je klaar bent". waarschijnlijk niks hoor' with an
                # unsure classifier (round 28 B c03: "Bedoel je: intimidatie?" and nothing on tonight): the
                # safety until then first; the guess is checked after it
                dispatcher.utter_message(response=crisis.DREIGING_LATER)
            dispatcher.utter_message(response="utter_ask_affirmation", intent=intent, label=labels[intent])
            return [SlotSet("open_vraag", resume.BEDOELING)]  # a typed yes or no answers it
        if tracker.get_slot("situatie"):
            # the matter is known ("dus mag het of niet?", eighth stranger test c28): what the bot
            # can say about it, with the options, not the intake again
            dispatcher.utter_message(response=UNCLEAR_FOLLOW_UP)
            return []
        dispatcher.utter_message(response="utter_vaag_hulp")  # "gedoe op werk": help to tell it
        return []


MANAGER_INTENT = "leidinggevende_klacht"
DOUBT_INTENT = "twijfel_vertellen"
SHORT_ROLE_WORDS = 8  # "ik ben de BESCHULDIGDE": the role said in so few words is the message


def _writes_as_manager(tracker: Tracker) -> bool:
    """Whether the person wrote as a manager or HR in this session: the role said, the manager's
    FAQ question, or a message read as a manager with a complaint (intent leidinggevende_klacht)."""
    if tracker.get_slot("rol") in (roles.LEIDINGGEVENDE, roles.HR) or counters.manager_asked(tracker.events):
        return True
    for event in reversed(tracker.events or []):
        kind = event.get("event") if isinstance(event, dict) else None
        if kind == "session_started":
            return False
        if kind == "user" and ((event.get("parse_data") or {}).get("intent") or {}).get("name") == MANAGER_INTENT:
            return True
    return False


def _wrong_guess(dispatcher, intent: str | None) -> None:
    """"Nee, iets anders" to "Bedoel je ...?": the bot guessed wrong. Said so, and after a wrong
    situation the list of situations follows, so the person can pick instead of rephrasing."""
    dispatcher.utter_message(response="utter_bedoeling_niet")
    if situations.from_key(intent) is not None:
        dispatcher.utter_message(response="utter_kies_situatie")


class ActionDefaultAskRephrase(Action):
    """Dutch replacement for Rasa's rephrase step of the two-stage fallback, which runs when the
    person clicks "Nee, iets anders" (/out_of_scope) under "Bedoel je ...?": before, the bot said
    "Sorry, dat begreep ik niet goed", as if the person had been unclear. A click on the list
    ends Rasa's fallback loop like a clear message would."""

    def name(self) -> str:
        return "action_default_ask_rephrase"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        intent = resume.affirmation_asked(tracker.events)
        if intent is None:  # no "Bedoel je ...?" just before: the bot did not understand
            if last_bot_response(tracker) == "utter_vaag_hulp":  # still vague ("weet niet"): examples to pick from
                dispatcher.utter_message(response="utter_kies_situatie")
                return []
            dispatcher.utter_message(response="utter_ask_rephrase")
            return []
        _wrong_guess(dispatcher, intent)
        return []


class ActionBedoelingBevestigd(Action):
    """"Bedoel je ...?" answered by typing ("ja", "klopt", "nee") instead of a button. Rasa's
    two-stage fallback takes the typed answer for a clarification: it reverts the question and
    replays the answer, so the rules see a "ja" or "nee" to no open question. This replays a yes
    as the yes button (the intent it offered), so the situation counts as confirmed and is not
    checked a second time; a no gets "say it another way"; a yes or no long after the question
    (or to none) gets the opening question."""

    def name(self) -> str:
        return "action_bedoeling_bevestigd"

    def run(self, dispatcher, tracker: Tracker, domain) -> list[EventType]:
        latest = tracker.latest_message or {}
        intent = resume.affirmation_asked(tracker.events)
        said_yes = (latest.get("intent") or {}).get("name") == "bevestigen" or resume.is_yes(latest.get("text"))
        if intent and said_yes:
            text = f"/{intent}"
            parse = {"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": [],
                     "intent_ranking": [{"name": intent, "confidence": 1.0}]}
            return [SlotSet("open_vraag", None), ActionExecuted("action_listen"), UserUttered(text, parse)]
        # a no to "Bedoel je ...?": the guess was wrong (as after the button); a yes or no to nothing: an opening
        if intent:
            _wrong_guess(dispatcher, intent)
        elif last_bot_response(tracker) == "utter_vaag_hulp":
            # "weet niet" to "Gaat het om iets wat jou overkwam, of wat je zag?": examples to pick from
            dispatcher.utter_message(response="utter_kies_situatie")  # its buttons answer it
        elif tracker.get_slot("crisis_actief") and (
                crisis.after_crisis(latest.get("text")) in REFUSALS
                or (tracker.get_slot("crisis_soort") in (crisis.GEWELD, crisis.BANG_KOMST)
                    and crisis.danger_later(latest.get("text")))):
            # "nu niet. morgen wel" to "Ben je nu in gevaar?" (twentieth stranger test C c10: "Waarmee kan
            # ik je helpen?", the knife threat forgotten): what to do before then
            # "nee ik ga echt niet bellen. en chatten met 113 ook niet" right after the suicide answer, read
            # as a no (eighteenth stranger recheck c03: "Waarmee kan ik je helpen?"): the refusal answered
            dispatcher.utter_message(response=crisis.after_crisis_response(
                latest.get("text"), _earlier_crisis_soort(tracker) or tracker.get_slot("crisis_soort")))
        elif tracker.get_slot("crisis_actief") and (crisis.acknowledges(latest.get("text"))
                                                    or crisis.yes_to_check(latest.get("text"))):
            # "oke" right after a crisis answer (seventh stranger test c06), "ja soms. maar goed daar gaat het
            # nu niet om" (eighteenth stranger test c11: "Waarmee kan ik je helpen?"): warm, the help one tap away
            _acknowledged(dispatcher, tracker, latest.get("text") or "")
        else:
            dispatcher.utter_message(response="utter_waarmee_helpen")
        return [SlotSet("open_vraag", None)]
