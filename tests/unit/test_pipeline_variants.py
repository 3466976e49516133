"""The pipelines used instead of config.yml when a full Dutch spaCy model is installed
(scripts/select-config.sh) are config.yml with another spaCy base: same components, same
settings, same policies. They drifted once (no English, two-matter or yes/no step)."""

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


def _load(path):
    return yaml.safe_load((ROOT / path).read_text(encoding="utf-8"))


@pytest.mark.parametrize("variant", ["pipelines/nl_core_news_sm.yml", "pipelines/nl_core_news_md.yml"])
def test_variant_is_config_with_another_spacy_base(variant):
    chosen, other = _load("config.yml"), _load(variant)
    # the spaCy base differs, and the md model's word vectors may add a SpacyFeaturizer
    strip = [c for c in other["pipeline"] if c["name"] != "SpacyFeaturizer"]
    base = next(i for i, c in enumerate(strip) if c["name"] == "SpacyNLP")
    assert strip[base]["model"].startswith("nl_core_news")
    assert chosen["pipeline"][base]["name"] == "SpacyNLP"
    assert strip[:base] + strip[base + 1:] == chosen["pipeline"][:base] + chosen["pipeline"][base + 1:]
    assert other["policies"] == chosen["policies"]
