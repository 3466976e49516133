"""The simplest serious baseline the chosen pipeline has to beat (`make evaluate` shows it as a row).

TF-IDF over word 1-2-grams and character 2-5-grams (within word boundaries), one logistic
regression, trained on the same intent examples of data/nlu (retrieval intents such as
``faq/kosten`` count as ``faq``, as Rasa's intent classifier sees them). No spaCy, no embedding,
no crisis safety net. C is chosen by cross-validation on the training data only (never on a
held-out file), so the baseline is not handicapped by an arbitrary setting.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import make_pipeline, make_union

C_GRID = (1.0, 10.0, 100.0)


def base_intent(name: str) -> str:
    return name.split("/", 1)[0]


def make_model(C: float, seed: int = 42):
    features = make_union(
        TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, lowercase=True),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, lowercase=True),
    )
    return make_pipeline(features, LogisticRegression(C=C, max_iter=3000, random_state=seed))


@dataclass
class Baseline:
    C: float
    cv_macro_f1: dict[float, float]
    model: object

    def predict(self, texts: Sequence[str]) -> list[str]:
        return list(self.model.predict(list(texts)))


def fit(texts: Sequence[str], labels: Sequence[str], macro_f1, folds: int = 5, seed: int = 42) -> Baseline:
    """Pick C from C_GRID by `folds`-fold CV (scored with `macro_f1(gold, predicted)`), then fit on all."""
    labels = [base_intent(x) for x in labels]
    y = np.asarray(labels)
    cv = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    scores = {}
    for C in C_GRID:
        predicted = cross_val_predict(make_model(C, seed), list(texts), y, cv=cv)
        scores[C] = macro_f1(labels, list(predicted))
    best = max(scores, key=scores.get)
    return Baseline(best, scores, make_model(best, seed).fit(list(texts), y))
