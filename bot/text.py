"""Text normalisation shared by the pattern matchers (crisis net, perspective, Dutch dates)."""

from __future__ import annotations

import re
import unicodedata


def normalise(text: str) -> str:
    """Lower case, accents stripped ("vóór" -> "voor", "patiënt" -> "patient"), curly quotes and
    backticks straightened to "'", whitespace collapsed to single spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char)).lower()
    text = re.sub(r"[\u2018\u2019\u201b`]", "'", text)
    return re.sub(r"\s+", " ", text).strip()
