"""Reference codes: unguessable (60 bits), easy to read out, forgiving about form, strict about content."""

import math
from collections import Counter

import pytest

from bot.booking import reference
from bot.booking.reference import ALPHABET, BITS, LENGTH, InvalidCode


def test_crockford_alphabet_and_at_least_60_bits():
    assert ALPHABET == "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    assert not set(ALPHABET) & set("ILOU")
    assert len(set(ALPHABET)) == len(ALPHABET) == 32
    assert LENGTH * math.log2(len(ALPHABET)) == BITS >= 60


def test_generated_codes_are_canonical_and_unique():
    codes = [reference.generate() for _ in range(5000)]
    assert all(len(c) == LENGTH and set(c) <= set(ALPHABET) for c in codes)
    assert all(reference.normalise(c) == c for c in codes[:100])
    assert len(set(codes)) == len(codes)


def test_generated_symbols_are_spread_evenly():
    counts = Counter("".join(reference.generate() for _ in range(5000)))
    assert set(counts) == set(ALPHABET)
    expected = 5000 * LENGTH / len(ALPHABET)  # 1875 each
    assert all(0.8 * expected < n < 1.2 * expected for n in counts.values()), counts


def test_display_groups_in_fours():
    assert reference.display("K7QM3XPDRT5W") == "K7QM-3XPD-RT5W"
    assert reference.display("k7qm 3xpd rt5w") == "K7QM-3XPD-RT5W"


@pytest.mark.parametrize("typed", [
    "K7QM-3XPD-RT5W", "k7qm-3xpd-rt5w", "K7QM3XPDRT5W", " k7qm 3xpd rt5w ", "K7 QM 3X PD RT 5W",
    "k7qm\u20133xpd\u2013rt5w", "K7QM.3XPD.RT5W", "K7QM_3XPD_RT5W",
    "\uff2b\uff17\uff31\uff2d-\uff13\uff38\uff30\uff24-\uff32\uff34\uff15\uff37",  # full-width
])
def test_normalise_accepts_common_ways_of_typing(typed):
    assert reference.normalise(typed) == "K7QM3XPDRT5W"
    assert reference.is_valid(typed)


@pytest.mark.parametrize(("typed", "canonical"), [
    ("A0B1-C2D3-E4F5", "A0B1C2D3E4F5"),
    ("AOB1-C2D3-E4F5", "A0B1C2D3E4F5"),  # O read as zero
    ("aob1-c2d3-e4f5", "A0B1C2D3E4F5"),
    ("A0BI-C2D3-E4F5", "A0B1C2D3E4F5"),  # I and L read as one
    ("A0Bl-C2D3-E4F5", "A0B1C2D3E4F5"),
])
def test_look_alikes_are_folded(typed, canonical):
    assert reference.normalise(typed) == canonical


@pytest.mark.parametrize(("typed", "reason"), [
    ("K7QM-3XPD-RT5", "12 characters, got 11"),
    ("K7QM-3XPD-RT5WW", "12 characters, got 13"),
    ("K7QM-3XPD", "12 characters, got 8"),  # the short codes of before
    ("", "empty"),
    (" - ", "empty"),
    ("K7QM-3XPD-RT5U", "unexpected"),  # U is no Crockford symbol
    ("K7QM#3XPD-RT5W", "unexpected"),
    ("K7QM-3XPD-RT5É", "unexpected"),
    ("K" * 101, "more than 100"),
])
def test_normalise_rejects_what_cannot_be_a_code(typed, reason):
    with pytest.raises(InvalidCode, match=reason):
        reference.normalise(typed)
    assert not reference.is_valid(typed)


def test_non_text_is_rejected():
    with pytest.raises(InvalidCode):
        reference.normalise(123456789012)


def test_display_lenient_keeps_codes_in_an_older_format():
    assert reference.display_lenient("K7QM3XPD") == "K7QM3XPD"
    assert reference.display_lenient("K7QM3XPDRT5W") == "K7QM-3XPD-RT5W"
