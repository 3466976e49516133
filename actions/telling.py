"""The anonymous counters, from the actions' side: translate the tracker into CountKeys for
bot.reporting.counters and remember in the slot `geteld` what this conversation already counted.
Counting never stands in the way of the conversation: when the database fails, nothing is counted."""

from __future__ import annotations

import logging

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from sqlalchemy.exc import SQLAlchemyError

from bot import clock, content
from bot.booking import availability
from bot.bootstrap import services
from bot.reporting import counters
from bot.scheduling.slots import is_reachable

logger = logging.getLogger(__name__)
SLOT = "geteld"


def count(tracker: Tracker, *outcomes: tuple[str, str | None], rol: str | None = None) -> list[EventType]:
    """Add one for each (outcome, situation) not yet counted in this conversation; returns the
    slot event that remembers it (or nothing). `rol`: the role found by the calling action itself
    (not yet in the tracker), else the slot's."""
    if not services().settings.count_statistics:  # BOT_COUNT_STATISTICS
        return []
    done = counters.counted(tracker.get_slot(SLOT))
    todo = [(outcome, situation) for outcome, situation in dict.fromkeys(outcomes)
            if counters.marker(outcome, situation) not in done]
    if not todo:
        return []
    now = clock.now()
    try:
        sessions = services().sessions
        # Office hours as action_check_bereikbaarheid decides them: some counsellor is at work now.
        office_hours = is_reachable(now, [c.availability for c in availability.active_counsellors(sessions)])
        role = counters.role_of(rol or tracker.get_slot("rol"), counters.manager_asked(tracker.events))
        channel = tracker.get_latest_input_channel()
        counters.increment(sessions, *(counters.key_for(now, outcome, situation, content.situaties(), channel,
                                                        office_hours, role) for outcome, situation in todo))
    except SQLAlchemyError as exc:
        logger.warning("cannot count: the database failed (%s)", type(exc).__name__)
        return []
    return [SlotSet(SLOT, done + [counters.marker(outcome, situation) for outcome, situation in todo])]
