"""Side answers shared by the actions outside and inside the booking form."""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from bot import content
from bot.booking import availability, routing
from bot.bootstrap import services
from bot.dialogue import questions, repeats


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
