"""Builds the offline Dutch spaCy base: a blank Dutch pipeline with the lookup lemmatizer.

`nl_core_news_sm`/`md` cannot be downloaded here; `spacy.blank("nl")` gives spaCy's Dutch
tokenizer, and `spacy-lookups-data` ships the Dutch lemma lookup table, so we get real Dutch
tokens and lemmas ("gepest" -> "pesten", "legde" -> "leggen") with no network.
"""

from __future__ import annotations

from pathlib import Path

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "build" / "spacy-nl"


def build(target: Path = DEFAULT_PATH) -> Path:
    import spacy

    nlp = spacy.blank("nl")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()  # loads the lookup table from spacy-lookups-data
    nlp.meta["name"] = "blank_lookup"
    nlp.meta["description"] = "spacy.blank('nl') + lookup lemmatizer (built offline by `make`)"
    target.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    return target
