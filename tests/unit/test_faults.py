"""bot.channels.faults against Rasa's real classes, without the network: the fault answer, the
patch points still exist in the installed Rasa (an upgrade that moves them fails here), and a turn
fails only after a failed action. A failing action server and an unreachable tracker store are in
tests/integration/test_faults_services.py."""

from __future__ import annotations

import pytest
from rasa.core.actions.action import RemoteAction
from rasa.core.processor import MessageProcessor
from rasa.core.tracker_store import FailSafeTrackerStore, InMemoryTrackerStore
from rasa.shared.core.domain import Domain

from bot.channels import faults
from tests import texts


def test_the_fault_answer_is_filled_in():
    answer = faults.fault_text()
    assert "{" not in answer and texts.number("spoed") in answer and texts.number("zelfmoordpreventie") in answer
    assert faults.fault_messages("rest-x") == [{"recipient_id": "rest-x", "text": answer}]


def test_the_patch_points_exist_and_install_is_idempotent():
    assert callable(MessageProcessor.handle_message) and callable(MessageProcessor.save_tracker)
    assert callable(RemoteAction.run)
    assert FailSafeTrackerStore(InMemoryTrackerStore(Domain.empty()))._on_tracker_store_error is None
    faults.install()
    patched = (MessageProcessor.handle_message, MessageProcessor.save_tracker, RemoteAction.run)
    faults.install()
    assert (MessageProcessor.handle_message, MessageProcessor.save_tracker, RemoteAction.run) == patched


def test_a_turn_fails_only_after_a_failed_action():
    faults.note_failed_action("outside")  # outside a message: nothing to note, nothing raised
    faults.check_turn()
    token = faults._failed.set([])
    try:
        faults.check_turn()
        faults.note_failed_action("action_boek_afspraak")
        with pytest.raises(faults.DialogueFailed, match="action_boek_afspraak"):
            faults.check_turn()
    finally:
        faults._failed.reset(token)


