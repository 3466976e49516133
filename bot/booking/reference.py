"""Reference codes: how a person finds their appointment again without giving a name.

A code is 12 symbols of Crockford's base32 alphabet (digits and capitals without I, L, O and U),
drawn with `secrets`: 32**12 = 2**60 codes, so guessing one is hopeless even without a limit
across all conversations. Shown as three groups of four: "K7QM-3XPD-RT5W". The database stores
the canonical form without dashes (12 characters; the column holds 16).

Input is forgiving: lower case, spaces, dots, underscores and any kind of dash are removed, and
the look-alikes are folded as Crockford defines: O is read as 0, I and L as 1. Anything else
outside the alphabet (U included) is rejected.
"""

from __future__ import annotations

import secrets
import unicodedata

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 12
GROUP = 4
BITS = 60  # LENGTH * log2(len(ALPHABET))
_FOLD = str.maketrans({"O": "0", "I": "1", "L": "1"})
_ALLOWED = frozenset(ALPHABET)
# Spaces, dots, underscores and the dashes phones and word processors put in.
_SEPARATORS = frozenset(" \t\r\n._-\u00a0\u2010\u2011\u2012\u2013\u2014\u2212")
_MAX_INPUT = 100  # longer text is no code; refused before any work on it


class InvalidCode(ValueError):
    """The text cannot be a reference code. The message says why (for logs and admins)."""


def generate() -> str:
    """A new random code in canonical form (12 symbols, no dash)."""
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalise(raw: str) -> str:
    """The canonical form of a code someone typed or read out, or InvalidCode."""
    if not isinstance(raw, str):
        raise InvalidCode("a code must be text")
    if len(raw) > _MAX_INPUT:
        raise InvalidCode(f"a code has {LENGTH} characters, got more than {_MAX_INPUT}")
    # NFKC folds full-width letters and similar variants onto plain ASCII.
    text = unicodedata.normalize("NFKC", raw).upper()
    code = "".join(ch for ch in text if ch not in _SEPARATORS).translate(_FOLD)
    if not code:
        raise InvalidCode("empty code")
    unknown = sorted(set(code) - _ALLOWED)
    if unknown:
        raise InvalidCode(f"unexpected character(s): {''.join(unknown)!r}")
    if len(code) != LENGTH:
        raise InvalidCode(f"a code has {LENGTH} characters, got {len(code)}")
    return code


def is_valid(raw: str) -> bool:
    try:
        normalise(raw)
    except InvalidCode:
        return False
    return True


def display(code: str) -> str:
    """The grouped form to show and read out: "K7QM-3XPD-RT5W"."""
    canonical = normalise(code)
    return "-".join(canonical[i:i + GROUP] for i in range(0, LENGTH, GROUP))


def display_lenient(stored: str) -> str:
    """`display` for a stored code, or the stored text itself when it is not in today's format
    (the 8-symbol codes of before issue 9, until their appointments are purged)."""
    try:
        return display(stored)
    except InvalidCode:
        return stored
