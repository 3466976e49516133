"""Reference codes: how a person finds their appointment again without giving a name.

A code is 8 symbols from a 31-letter alphabet without the look-alikes 0/O and 1/I/L, drawn with
`secrets` (31**8 is about 8.5e11, close to 40 bits), shown as two groups of four: "K7QM-3XPD".
The database stores the canonical form without the dash.

Input is forgiving about form, strict about content: lower case, spaces, dots, underscores and
any kind of dash are accepted and removed. The excluded look-alikes are rejected, not guessed at:
since no code contains 0, O, 1, I or L, mapping one onto another cannot recover what was meant.
"""

from __future__ import annotations

import secrets
import unicodedata

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
LENGTH = 8
GROUP = 4
LOOK_ALIKES = frozenset("01ILO")
_ALLOWED = frozenset(ALPHABET)
# Spaces, dots, underscores and the dashes phones and word processors put in.
_SEPARATORS = frozenset(" \t\r\n._-\u00a0\u2010\u2011\u2012\u2013\u2014\u2212")


class InvalidCode(ValueError):
    """The text cannot be a reference code. The message says why (for logs and admins)."""


def generate() -> str:
    """A new random code in canonical form (8 symbols, no dash)."""
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalise(raw: str) -> str:
    """The canonical form of a code someone typed or read out, or InvalidCode."""
    if not isinstance(raw, str):
        raise InvalidCode("a code must be text")
    # NFKC folds full-width letters and similar variants onto plain ASCII.
    text = unicodedata.normalize("NFKC", raw).upper()
    code = "".join(ch for ch in text if ch not in _SEPARATORS)
    if not code:
        raise InvalidCode("empty code")
    look_alikes = sorted(set(code) & LOOK_ALIKES)
    if look_alikes:
        raise InvalidCode(f"codes never contain {', '.join(look_alikes)}")
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
    """The grouped form to show and read out: "K7QM-3XPD"."""
    canonical = normalise(code)
    return "-".join(canonical[i:i + GROUP] for i in range(0, LENGTH, GROUP))


def display_lenient(stored: str) -> str:
    """`display` for a stored code, or the stored text itself when it is not in today's format."""
    try:
        return display(stored)
    except InvalidCode:
        return stored
