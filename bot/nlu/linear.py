"""A linear intent model over feature blocks: tf-idf scaled sparse counts and dense embeddings.

Pure numpy/scipy/scikit-learn, no Rasa (the Rasa adapter is
``bot.nlu.components.LinearIntentClassifier``). Each feature block (word counts, character
n-gram counts, a sentence embedding) is scaled on its own so that no block drowns the others:

- sparse count blocks: ``log(1 + count) * idf``, then each row L2-normalised;
- dense blocks: L2-normalised and multiplied by ``dense_weight``.

Then one multinomial logistic regression. Why this and not DIET: on this project's data it
scored higher in cross-validation and trains in seconds (docs/nlu-evaluation.md).
The fitted model is plain arrays (``to_arrays``/``from_arrays``), saved without pickle.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import normalize

FAQ_CLASS = "faq"
FAQ_WEIGHTED = "faq"  # class_weight: only the FAQ class weighted down (LinearIntentModel.class_weight)

Block = sp.spmatrix | np.ndarray


@dataclass
class LinearIntentModel:
    C: float = 20.0
    dense_weight: float = 2.0
    max_iter: int = 3000
    seed: int = 42
    # None, "balanced" (scikit-learn's meaning) or "faq": only the class "faq" (every faq/* question
    # is one class for the classifier, a quarter of the data) weighted down to an average class's
    # weight, n / (classes * n_faq); used in fit only
    class_weight: str | None = None
    kinds: list[str] = field(default_factory=list)  # "sparse" | "dense", one per block
    idf: list[np.ndarray] = field(default_factory=list)  # per sparse block (empty for dense)
    classes: np.ndarray | None = None
    coef: np.ndarray | None = None
    intercept: np.ndarray | None = None

    # --- training and prediction --------------------------------------------------------
    def fit(self, blocks: Sequence[Block], labels: Sequence[str]) -> LinearIntentModel:
        if not blocks:
            raise ValueError("no feature blocks to learn from")
        n = blocks[0].shape[0]
        if n == 0 or len(labels) != n or any(b.shape[0] != n for b in blocks):
            raise ValueError("every block needs one row per label")
        self.kinds = ["sparse" if sp.issparse(b) else "dense" for b in blocks]
        self.idf = []
        for block, kind in zip(blocks, self.kinds):
            if kind == "sparse":
                df = np.asarray((sp.csr_matrix(block) > 0).sum(axis=0)).ravel()
                self.idf.append(np.log((1.0 + n) / (1.0 + df)) + 1.0)
            else:
                self.idf.append(np.zeros(0))
        clf = LogisticRegression(C=self.C, max_iter=self.max_iter, random_state=self.seed,
                                 class_weight=self._weights(np.asarray(labels)))
        clf.fit(self._design(blocks), np.asarray(labels))
        self.classes, self.coef, self.intercept = clf.classes_, clf.coef_, clf.intercept_
        return self

    def _weights(self, labels: np.ndarray) -> str | dict[str, float] | None:
        if self.class_weight != FAQ_WEIGHTED:
            return self.class_weight
        n_faq = int(np.sum(labels == FAQ_CLASS))
        return {FAQ_CLASS: len(labels) / (len(set(labels.tolist())) * n_faq)} if n_faq else None

    def predict_proba(self, blocks: Sequence[Block]) -> np.ndarray:
        if self.coef is None:
            raise RuntimeError("the model is not trained")
        scores = self._design(blocks) @ self.coef.T + self.intercept
        if self.coef.shape[0] == 1:  # two classes: scikit-learn keeps one row of weights
            scores = np.hstack([-scores, scores])
        scores = np.asarray(scores)
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)

    def rank(self, blocks: Sequence[Block], top: int = 10) -> list[list[tuple[str, float]]]:
        """For each row: the `top` most likely labels with their probability, best first."""
        probs = self.predict_proba(blocks)
        order = np.argsort(-probs, axis=1)[:, :top]
        return [[(str(self.classes[j]), float(probs[i, j])) for j in row] for i, row in enumerate(order)]

    def _design(self, blocks: Sequence[Block]) -> sp.csr_matrix:
        if len(blocks) != len(self.kinds):
            raise ValueError(f"expected {len(self.kinds)} feature blocks, got {len(blocks)}")
        parts = []
        for block, kind, idf in zip(blocks, self.kinds, self.idf):
            if kind == "sparse":
                if not sp.issparse(block) or block.shape[1] != idf.shape[0]:
                    raise ValueError("a sparse block changed shape since training")
                scaled = sp.csr_matrix(block, dtype=np.float64).log1p() @ sp.diags(idf)
                parts.append(normalize(scaled))
            else:
                dense = np.asarray(block, dtype=np.float64)
                parts.append(sp.csr_matrix(normalize(dense) * self.dense_weight))
        return sp.hstack(parts).tocsr()

    # --- persistence as plain arrays (np.savez, no pickle) -------------------------------
    def to_arrays(self) -> dict[str, np.ndarray]:
        """The fitted model as arrays; weights and idf as float32, which halves the file and the
        memory (38 classes x ~39k features: 12 MB as float64) and changes probabilities by
        less than 1e-6."""
        if self.coef is None:
            raise RuntimeError("the model is not trained")
        arrays = {
            "params": np.array([self.C, self.dense_weight, self.max_iter, self.seed], dtype=np.float64),
            "kinds": np.array(self.kinds), "classes": self.classes.astype(str),
            "coef": np.asarray(self.coef, dtype=np.float32), "intercept": np.asarray(self.intercept, dtype=np.float32),
        }
        arrays.update({f"idf_{i}": np.asarray(idf, dtype=np.float32) for i, idf in enumerate(self.idf)})
        return arrays

    @classmethod
    def from_arrays(cls, arrays) -> LinearIntentModel:
        C, dense_weight, max_iter, seed = (float(x) for x in arrays["params"])
        kinds = [str(k) for k in arrays["kinds"]]
        return cls(C=C, dense_weight=dense_weight, max_iter=int(max_iter), seed=int(seed), kinds=kinds,
                   idf=[np.asarray(arrays[f"idf_{i}"]) for i in range(len(kinds))],
                   classes=np.asarray(arrays["classes"]), coef=np.asarray(arrays["coef"]),
                   intercept=np.asarray(arrays["intercept"]))
