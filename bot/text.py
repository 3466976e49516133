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


def shouted(text: str) -> bool:
    """True for a message written (almost) all in capitals ("IK BEN HET ZAT. HIJ STAAT NU BUITEN"):
    three words or more, twelve letters or more, at least four in five of them capitals. A
    reference code alone ("R1Q3-9Y7T-Z6B5") has too few letters."""
    letters = [char for char in text if char.isalpha()]
    if len(letters) < 12 or len(text.split()) < 3:
        return False
    return sum(1 for char in letters if char.isupper()) >= 0.8 * len(letters)


def lowered_in_place(text: str) -> str:
    """The text in lower case, character by character, keeping its length (a character whose
    lower case is longer stays as it is), so that positions in it still hold."""
    return "".join(low if len(low := char.lower()) == 1 else char for char in text)
