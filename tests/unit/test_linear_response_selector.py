"""LinearResponseSelector (bot.nlu.components): trains on the examples of one retrieval intent,
survives saving and loading, and writes the parse result in the shape Rasa's ResponseSelector
writes, which `utter_faq` (ActionRetrieveResponse) and our actions read."""

import numpy as np
import scipy.sparse as sp
from rasa.core.actions.action import ActionRetrieveResponse
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT, INTENT_RESPONSE_KEY, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.components import LinearResponseSelector

VOCAB = ["kost", "geld", "betalen", "gratis", "anoniem", "naam", "geheim", "wie", "pest", "collega"]


def _message(text, intent=None, key=None):
    row = np.array([[1.0 if w in text else 0.0 for w in VOCAB]])
    message = Message(data={TEXT: text})
    if intent:
        message.set(INTENT, intent)
    if key:
        message.set(INTENT_RESPONSE_KEY, key)
    message.add_features(Features(sp.coo_matrix(row), "sentence", TEXT, "CountVectorsFeaturizer"))
    message.add_features(Features(row / max(row.sum(), 1.0), "sentence", TEXT, "Embedding"))
    return message


TRAIN = [("kost het geld", "faq", "faq/kosten"), ("moet ik betalen", "faq", "faq/kosten"),
         ("is het gratis", "faq", "faq/kosten"), ("kost dat geld of is het gratis", "faq", "faq/kosten"),
         ("kan ik anoniem blijven", "faq", "faq/anoniem"), ("moet ik mijn naam geven", "faq", "faq/anoniem"),
         ("blijft mijn naam geheim", "faq", "faq/anoniem"), ("anoniem zonder naam", "faq", "faq/anoniem"),
         ("mijn collega pest me", "pesten", None), ("wie pest die collega", "pesten", None)]


def _trained(tmp_path):
    storage = LocalModelStorage(tmp_path)
    resource = Resource("selector")
    context = ExecutionContext(graph_schema=None, model_id="m")
    selector = LinearResponseSelector.create({"retrieval_intent": "faq"}, storage, resource, context)
    data = TrainingData([_message(t, i, k) for t, i, k in TRAIN],
                        responses={"utter_faq/kosten": [{"text": "Het is gratis."}],
                                   "utter_faq/anoniem": [{"text": "Je naam is niet nodig."}],
                                   "utter_pest": [{"text": "niet van de selector"}]})
    selector.train(data)
    return LinearResponseSelector.load({"retrieval_intent": "faq"}, storage, resource, context)


def test_it_answers_in_the_shape_rasa_reads_after_loading(tmp_path):
    selector = _trained(tmp_path)
    message = _message("moet ik daar geld voor betalen")
    selector.process([message])
    chosen = message.get("response_selector")["faq"]
    assert chosen["response"][INTENT_RESPONSE_KEY] == "faq/kosten"
    assert chosen["response"]["utter_action"] == "utter_faq/kosten"
    assert chosen["response"]["responses"] == [{"text": "Het is gratis."}]
    assert 0.5 < chosen["response"]["confidence"] <= 1.0
    assert [r[INTENT_RESPONSE_KEY] for r in chosen["ranking"]] == ["faq/kosten", "faq/anoniem"]
    assert message.get("response_selector")["all_retrieval_intents"] == ["faq"]
    assert "response_selector" in message.as_dict(only_output_properties=True)


def test_rasa_s_retrieval_action_finds_the_answer(tmp_path):
    selector = _trained(tmp_path)
    message = _message("blijft mijn naam geheim als ik anoniem wil")
    selector.process([message])
    parse = {"response_selector": message.get("response_selector")}
    said = UserUttered("x", {"name": "faq", "confidence": 1.0}, parse_data=parse)
    tracker = DialogueStateTracker.from_events("s", [said])
    assert ActionRetrieveResponse("utter_faq").get_full_retrieval_name(tracker) == "utter_faq/anoniem"


def test_only_the_retrieval_intent_s_examples_are_labels(tmp_path):
    selector = _trained(tmp_path)
    message = _message("mijn collega pest me")
    selector.process([message])
    keys = {r[INTENT_RESPONSE_KEY] for r in message.get("response_selector")["faq"]["ranking"]}
    assert keys == {"faq/kosten", "faq/anoniem"}


def test_untrained_it_leaves_the_message_alone(tmp_path):
    storage = LocalModelStorage(tmp_path)
    context = ExecutionContext(graph_schema=None, model_id="m")
    selector = LinearResponseSelector.load({"retrieval_intent": "faq"}, storage, Resource("none"), context)
    message = _message("kost het geld")
    selector.process([message])
    assert message.get("response_selector") is None


def test_the_witness_answer_chosen_for_a_message_about_the_writer_becomes_about_the_writer(tmp_path):
    """Third stranger test, c20: "ik zie het niet alleen, het gebeurt met mij" is no witness
    question; the intent becomes ben_zelf_betrokken ("het gaat om jou"), not the witness answer."""
    storage = LocalModelStorage(tmp_path)
    resource = Resource("selector")
    context = ExecutionContext(graph_schema=None, model_id="m")
    selector = LinearResponseSelector.create({"retrieval_intent": "faq"}, storage, resource, context)
    train = TRAIN + [("wie pest die collega wat doe ik", "faq", "faq/getuige"),
                     ("ik zie een collega die gepest wordt", "faq", "faq/getuige")]
    selector.train(TrainingData([_message(t, i, k) for t, i, k in train]))
    selector = LinearResponseSelector.load({"retrieval_intent": "faq"}, storage, resource, context)
    about_me = _message("ik zie het niet alleen bij een collega, het gebeurt met mij. wie pest")
    about_me.set(INTENT, {"name": "faq", "confidence": 0.6})
    witness = _message("wie pest die collega, wat doe ik")
    witness.set(INTENT, {"name": "faq", "confidence": 0.6})
    selector.process([about_me, witness])
    assert about_me.get("response_selector")["faq"]["response"][INTENT_RESPONSE_KEY] == "faq/getuige"
    assert about_me.get(INTENT)["name"] == "ben_zelf_betrokken"
    assert witness.get(INTENT)["name"] == "faq"


def test_the_intent_classifier_passes_class_weight_to_the_model(tmp_path):
    # config.yml can set `class_weight: balanced` (issue 11); the default stays unweighted
    from bot.nlu.components import LinearIntentClassifier

    context = ExecutionContext(graph_schema=None, model_id="m")
    examples = [_message(t, i) for t, i, _ in TRAIN]
    for config, expected in (({}, None), ({"class_weight": "balanced"}, "balanced")):
        clf = LinearIntentClassifier.create(config, LocalModelStorage(tmp_path), Resource(f"c{expected}"), context)
        clf._fit(examples, [e.get(INTENT) for e in examples])
        assert clf._model.class_weight == expected
