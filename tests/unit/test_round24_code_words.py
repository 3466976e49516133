"""Twenty-fourth stranger test A c06: "ok annuleer dan maar. 7xhe-2cv9-rsn0" was read as the code
MAAR7XHE2CV9 (then "Ik vond je afspraak op None"); half of all codes typed after a word of four
letters were misread."""

import pytest

from bot.booking import reference
from bot.dialogue.booking import code_in

CODES = ["7XHE2CV9RSN0", "G0P6FM8KMGRQ", "NAZT9YFDMGB3", "5XA52KWDQVPM", "MCBVQKD1VKH7"]


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("before, after", [
    ("ok annuleer dan maar. ", ""), ("dan maar ", ""), ("mijn code is ", " dank"), ("code: ", " graag"), ("", ""),
])
@pytest.mark.parametrize("style", ["hyphens", "spaces", "shown"])
def test_a_code_after_or_before_a_four_letter_word_is_read_whole(code, before, after, style):
    low = code.lower()
    typed = {"hyphens": f"{low[:4]}-{low[4:8]}-{low[8:]}", "spaces": f"{low[:4]} {low[4:8]} {low[8:]}",
             "shown": reference.display(code)}[style]
    assert code_in(before + typed + after) == code


def test_four_letter_words_alone_are_still_no_code():
    assert code_in("ik heb die code niet meer") is None
