"""bot.nlu.baseline: the faster cross-validation picks C as the plain one would (one pipeline per
C through sklearn's cross_val_predict), on a small made-up training set."""

from __future__ import annotations

import numpy as np
from sklearn.model_selection import StratifiedKFold, cross_val_predict

from bot.nlu import baseline

WORDS = {
    "pesten": ["ze lachen me uit", "ik word buitengesloten", "ze negeren me steeds", "roddels over mij"],
    "fraude": ["hij vervalst bonnen", "ze sjoemelen met uren", "valse declaraties", "geld verduisterd"],
    "diefstal": ["hij steelt spullen", "geld uit de kas weg", "laptop meegenomen", "ze pikt voorraad"],
}


def _data():
    texts, labels = [], []
    for label, lines in WORDS.items():
        for i, line in enumerate(lines):
            for extra in ("", " echt", " al weken", " op het werk", " bij ons"):
                texts.append(f"{line}{extra} {i}")
                labels.append(label)
    return texts, labels


def _macro_f1(gold, predicted):
    labels = sorted(set(gold))
    f1 = []
    for label in labels:
        tp = sum(g == p == label for g, p in zip(gold, predicted))
        fp = sum(p == label != g for g, p in zip(gold, predicted))
        fn = sum(g == label != p for g, p in zip(gold, predicted))
        f1.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1) / len(f1)


def test_the_cv_scores_equal_one_pipeline_per_c():
    texts, labels = _data()
    fitted = baseline.fit(texts, labels, _macro_f1, folds=3, n_jobs=1)
    cv = StratifiedKFold(n_splits=3, shuffle=True, random_state=42)
    plain = {C: _macro_f1(labels, list(cross_val_predict(baseline.make_model(C), texts, np.asarray(labels), cv=cv)))
             for C in baseline.C_GRID}
    # Warm starts reach the same optimum up to the solver's tolerance; on data this small, exactly.
    assert all(abs(fitted.cv_macro_f1[C] - plain[C]) < 1e-9 for C in plain), (fitted.cv_macro_f1, plain)
    assert fitted.C == max(plain, key=plain.get)
    assert fitted.predict(["ze lachen me uit"]) == ["pesten"]


def test_retrieval_intents_count_as_their_base_intent():
    texts, labels = _data()
    labels = ["faq/kosten" if label == "fraude" else label for label in labels]
    fitted = baseline.fit(texts, labels, _macro_f1, folds=3, n_jobs=2)
    assert set(fitted.predict(["valse declaraties"])) == {"faq"}
