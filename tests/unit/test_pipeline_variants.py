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
    assert strip[0]["name"] == "SpacyNLP" and strip[0]["model"].startswith("nl_core_news")
    assert strip[1:] == chosen["pipeline"][1:]
    assert other["policies"] == chosen["policies"]
