"""docs/texts.md is the one place an organisation's vertrouwenspersoon reviews every sentence the
bot can say: it must match domain/, the FAQ answers and content/ as they are now."""

import importlib.util
from pathlib import Path

import yaml

from bot.domain_files import load_domain

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("texts_doc", ROOT / "scripts" / "texts_doc.py")
texts_doc = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(texts_doc)


def test_docs_texts_md_is_up_to_date():
    assert texts_doc.main(["--check"]) == 0, "run: python scripts/texts_doc.py"


def test_every_response_and_every_content_file_is_in_it():
    doc = texts_doc.render()
    responses = load_domain(ROOT)["responses"]
    faq = yaml.safe_load((ROOT / "data" / "nlu" / "faq.yml").read_text(encoding="utf-8"))["responses"]
    for name in [*responses, *faq]:
        assert f"### `{name}`" in doc, name
    for path in (ROOT / "content").rglob("*"):
        if path.is_file():
            assert f"### `{path.relative_to(ROOT).as_posix()}`" in doc, path
    # every variant's text, e.g. the integrity variant of the options
    for variants in [*responses.values(), *faq.values()]:
        for variant in variants:
            assert " ".join(variant["text"].split()) in doc
