"""Reference codes: unguessable, easy to read out, forgiving about form, strict about content."""

from collections import Counter

import pytest

from bot.booking import reference
from bot.booking.reference import ALPHABET, LENGTH, InvalidCode


def test_alphabet_has_no_look_alikes_and_enough_codes():
    assert not set(ALPHABET) & set("01ILO")
    assert len(set(ALPHABET)) == len(ALPHABET) == 31
    assert len(ALPHABET) ** LENGTH > 8e11  # about 40 bits


def test_generated_codes_are_canonical_and_unique():
    codes = [reference.generate() for _ in range(5000)]
    assert all(len(c) == LENGTH and set(c) <= set(ALPHABET) for c in codes)
    assert all(reference.normalise(c) == c for c in codes[:100])
    assert len(set(codes)) == len(codes)


def test_generated_symbols_are_spread_evenly():
    counts = Counter("".join(reference.generate() for _ in range(5000)))
    assert set(counts) == set(ALPHABET)
    expected = 5000 * LENGTH / len(ALPHABET)  # about 1290 each
    assert all(0.75 * expected < n < 1.25 * expected for n in counts.values()), counts


def test_display_groups_in_fours():
    assert reference.display("K7QM3XPD") == "K7QM-3XPD"
    assert reference.display("k7qm 3xpd") == "K7QM-3XPD"


@pytest.mark.parametrize("typed", [
    "K7QM-3XPD", "k7qm-3xpd", "K7QM3XPD", " k7qm 3xpd ", "K7 QM 3X PD", "k7qm\u20133xpd", "K7QM.3XPD",
    "K7QM_3XPD", "\uff2b\uff17\uff31\uff2d-\uff13\uff38\uff30\uff24",  # full-width, as some keyboards type it
])
def test_normalise_accepts_common_ways_of_typing(typed):
    assert reference.normalise(typed) == "K7QM3XPD"
    assert reference.is_valid(typed)


@pytest.mark.parametrize(("typed", "reason"), [
    ("K7QM-3XP0", "never contain 0"),
    ("K7QM-3XPO", "never contain O"),
    ("K7QM-3XP1", "never contain 1"),
    ("K7QM-3XPI", "never contain I"),
    ("k7qm-3xpl", "never contain L"),
    ("K7QM-3XP", "8 characters, got 7"),
    ("K7QM-3XPDD", "8 characters, got 9"),
    ("", "empty"),
    (" - ", "empty"),
    ("K7QM#3XPD", "unexpected"),
    ("K7QM-3XPÉ", "unexpected"),
])
def test_normalise_rejects_what_cannot_be_a_code(typed, reason):
    with pytest.raises(InvalidCode, match=reason):
        reference.normalise(typed)
    assert not reference.is_valid(typed)


def test_non_text_is_rejected():
    with pytest.raises(InvalidCode):
        reference.normalise(12345678)


def test_display_lenient_keeps_codes_in_an_older_format():
    assert reference.display_lenient("ABC234") == "ABC234"
    assert reference.display_lenient("K7QM3XPD") == "K7QM-3XPD"
