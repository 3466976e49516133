"""The simplest serious baseline the chosen pipeline has to beat (`make evaluate` shows it as a row).

TF-IDF over word 1-2-grams and character 2-5-grams (within word boundaries), one logistic
regression, trained on the same intent examples of data/nlu (retrieval intents such as
``faq/kosten`` count as ``faq``, as Rasa's intent classifier sees them). No spaCy, no embedding,
no crisis safety net. C is chosen by cross-validation on the training data only (never on a
held-out file), so the baseline is not handicapped by an arbitrary setting.

The cross-validation fits the TF-IDF features once per fold (they do not depend on C), walks the
C grid upwards from the previous solution (warm start: the same convex optimum, fewer
iterations) and runs the folds in parallel, one per core. The predictions are those of
``cross_val_predict`` with one pipeline per C (equal up to the solver's tolerance); it is several
times faster, which matters because `make test` runs it (scripts/evaluate_heldout.py).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from joblib import Parallel, delayed
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import make_pipeline, make_union

C_GRID = (1.0, 10.0, 100.0)


def base_intent(name: str) -> str:
    return name.split("/", 1)[0]


def make_features():
    return make_union(
        TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, lowercase=True),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, lowercase=True),
    )


def make_classifier(C: float, seed: int = 42, warm_start: bool = False) -> LogisticRegression:
    return LogisticRegression(C=C, max_iter=3000, random_state=seed, warm_start=warm_start)


def make_model(C: float, seed: int = 42):
    return make_pipeline(make_features(), make_classifier(C, seed))


@dataclass
class Baseline:
    C: float
    cv_macro_f1: dict[float, float]
    model: object

    def predict(self, texts: Sequence[str]) -> list[str]:
        return list(self.model.predict(list(texts)))


def _fold(texts: np.ndarray, y: np.ndarray, train: np.ndarray, test: np.ndarray, seed: int) -> dict[float, np.ndarray]:
    """Predictions for one fold's test part, one array per C of the grid."""
    features = make_features()
    x_train = features.fit_transform(texts[train])
    x_test = features.transform(texts[test])
    classifier = make_classifier(min(C_GRID), seed, warm_start=True)
    predicted = {}
    for C in sorted(C_GRID):
        classifier.set_params(C=C)
        predicted[C] = classifier.fit(x_train, y[train]).predict(x_test)
    return predicted


def fit(texts: Sequence[str], labels: Sequence[str], macro_f1, folds: int = 5, seed: int = 42,
        n_jobs: int | None = None) -> Baseline:
    """Pick C from C_GRID by `folds`-fold CV (scored with `macro_f1(gold, predicted)`), then fit on all."""
    labels = [base_intent(x) for x in labels]
    x, y = np.asarray(list(texts), dtype=object), np.asarray(labels)
    splits = list(StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed).split(x, y))
    jobs = n_jobs or min(folds, os.cpu_count() or 1)
    per_fold = Parallel(n_jobs=jobs)(delayed(_fold)(x, y, train, test, seed) for train, test in splits)
    scores = {}
    for C in C_GRID:
        predicted = np.empty(len(y), dtype=y.dtype)
        for (_, test), fold_predicted in zip(splits, per_fold):
            predicted[test] = fold_predicted[C]
        scores[C] = macro_f1(labels, list(predicted))
    best = max(scores, key=scores.get)
    return Baseline(best, scores, make_model(best, seed).fit(list(texts), y))
