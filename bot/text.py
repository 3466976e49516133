"""Text normalisation shared by the pattern matchers (crisis net, perspective, Dutch dates).

No regular expressions: str methods only, linear in the length of the text."""

from __future__ import annotations

import unicodedata

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201b": "'", "`": "'"})


def normalise(text: str) -> str:
    """Lower case, accents stripped ("vóór" -> "voor", "patiënt" -> "patient"), curly quotes and
    backticks straightened to "'", whitespace collapsed to single spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char)).lower()
    # str.split() splits on exactly the characters that re's \s matches (str.isspace)
    return " ".join(text.translate(_QUOTES).split())
