"""Pure reading of booking messages (bot/dialogue/booking.py) and routing (bot/booking/routing.py)."""

from __future__ import annotations

import pytest

from bot.booking.availability import CounsellorInfo
from bot.booking.routing import describe, join, route
from bot.db.models import MeetingMode
from bot.dialogue import booking as b
from bot.dialogue import resume
from bot.scheduling.slots import Availability


@pytest.mark.parametrize(("text", "index"), [
    ("de eerste", 0), ("doe maar de tweede", 1), ("nummer 3 graag", 2), ("3", 2), ("de laatste", 2),
    ("ok, de 2e", 1), ("die eerste tijd is goed", 0), ("twee", 1),
    ("over twee weken", None), ("een dinsdag", None), ("de eerste week van april", None),
    ("op een dinsdag in de ochtend", None), ("kan het met een externe", None), ("nummer 4", None), ("", None),
    ("de eerste " + "x" * 400, None),
])
def test_ordinal_choice_only_for_a_message_that_is_a_choice(text, index):
    assert b.ordinal_choice(text, 3) == index


NAMES = {"ruud-de-boer": "Ruud de Boer", "marieke-jansen": "Marieke Jansen"}


@pytest.mark.parametrize(("text", "wish"), [
    ("ik wil liever de externe vertrouwenspersoon", b.CounsellorWish(where="extern")),
    ("liever iemand van buiten de organisatie", b.CounsellorWish(where="extern")),
    ("liever niet extern", b.CounsellorWish(where="intern")),
    ("kan het bij de vertrouwenspersoon integriteit", b.CounsellorWish(kind="VPI")),
    ("de vp voor ongewenste omgangsvormen graag", b.CounsellorWish(kind="VPOO")),
    ("bij Marieke graag", b.CounsellorWish(key="marieke-jansen")),
    ("mijn baas pleegt fraude", b.CounsellorWish()),
    ("via internet", b.CounsellorWish()),
    ("dinsdagmiddag", b.CounsellorWish()),
    # sixth stranger test c09: a name said to be avoided is no choice of that counsellor
    ("iemand anders dan Marieke graag", b.CounsellorWish(avoid="marieke-jansen")),
    ("liever niet bij Marieke, die kent mijn collega", b.CounsellorWish(avoid="marieke-jansen")),
    ("geen marieke aub", b.CounsellorWish(avoid="marieke-jansen")),
    ("ik wil niet dinsdag, met marieke graag", b.CounsellorWish(key="marieke-jansen")),
])
def test_counsellor_wish(text, wish):
    assert b.counsellor_wish(text, NAMES) == wish


def test_a_name_is_only_heard_for_counsellors_that_may_be_chosen_by_name():
    assert b.counsellor_wish("bij Marieke graag", {}) == b.CounsellorWish()


@pytest.mark.parametrize(("text", "kind"), [
    ("wat kost het?", b.QUESTION), ("met wie praat ik dan", b.WITH_WHOM), ("is er nu iemand?", b.ANYONE_NOW),
    ("is er op dit moment iemand bereikbaar", b.ANYONE_NOW), ("weet ik niet", None), ("dinsdag", None),
    ("/kies_tijd", None),
])
def test_side_question(text, kind):
    assert b.side_question(text) == kind


@pytest.mark.parametrize(("text", "code"), [
    ("ABCD-EFGH-JKMN", True), ("mijn code is abcd efgh jkmn", True), ("wat is een code?", False), ("x" * 5000, False)])
def test_looks_like_code(text, code):
    assert b.looks_like_code(text) is code


def test_wants_to_continue():
    assert b.wants_to_continue("ik wil verder met de afspraak")
    assert b.wants_to_continue("kunnen we doorgaan met boeken")
    assert not b.wants_to_continue("ik wil mijn afspraak verzetten")


def _c(key, kind, internal, by_name=True, meeting_modes=("telefoon",)):
    return CounsellorInfo(key, kind, meeting_modes, None, Availability(key, ()), key.title(), internal, by_name)


VPOO_IN, VPI_EX, VPI_IN = _c("a", "VPOO", True), _c("b", "VPI", False), _c("c", "VPI", True, by_name=False)


@pytest.mark.parametrize(("kwargs", "keys", "unmet"), [
    ({}, ["a", "b", "c"], None),
    ({"soort": "integriteit"}, ["b", "c"], None),
    ({"soort": "omgangsvormen"}, ["a"], None),
    ({"soort": "integriteit", "chosen_kind": "VPOO"}, ["a"], None),  # the person's choice wins
    ({"soort": "integriteit", "where": "extern"}, ["b"], None),
    ({"soort": "omgangsvormen", "where": "extern"}, ["a"], "extern"),  # no external VPOO: who there is
    ({"key": "c"}, ["a", "b", "c"], "naam"),  # c may not be chosen by name
    ({"key": "b", "soort": "omgangsvormen"}, ["b"], None),
])
def test_route(kwargs, keys, unmet):
    found = route([VPOO_IN, VPI_EX, VPI_IN], **kwargs)
    assert ([c.key for c in found.counsellors], found.unmet) == (keys, unmet)


def test_route_to_anyone_when_the_organisation_has_no_counsellor_of_that_kind():
    found = route([VPOO_IN], soort="integriteit")
    assert [c.key for c in found.counsellors] == ["a"] and found.unmet is None


def test_describe_and_join():
    texts = {"met_wie": "{naam}, {rol}", "met_wie_en_hoe": "{naam}, {rol} ({wijzen})", "of": "of", "en": "en"}
    roles = {"VPOO": {"intern": "vpoo", "extern": "externe vpoo"}, "VPI": {"intern": "vpi", "extern": "externe vpi"}}
    two = _c("b", "VPI", False, meeting_modes=("telefoon", "video"))
    assert describe([two, two], texts, roles, {"telefoon": "telefonisch", "video": "via video"}) == \
        "B, externe vpi (telefonisch of via video)"
    assert join(["a", "b", "c"], "of") == "a, b of c"


# --- issue 10, booking off-script: reading answers inside sentences -------------------------------

@pytest.mark.parametrize(("text", "mode"), [
    ("telefonisch", "telefoon"), ("bellen is prima", "telefoon"), ("via video graag", "video"),
    ("beeldbellen", "video"), ("via teams", "video"), ("ik kom liever langs", "op_locatie"),
    ("op locatie", "op_locatie"), ("in het echt", "op_locatie"),
    # corrections and negations: the way that is wanted, not the first one named
    ("toch niet video maar telefonisch", "telefoon"), ("nee geen telefoon, liever via video", "video"),
    ("niet bellen maar langskomen", "op_locatie"),
    # words that merely contain a way of meeting
    ("liever niet", None), ("dat is belangrijk voor me", None), ("vandaag", None), ("weet ik niet", None),
    ("geen video", None),
])
def test_way_of_meeting(text, mode):
    assert b.way_of_meeting(text) == mode


@pytest.mark.parametrize(("text", "choice"), [
    ("telefoon", "telefoon"), ("bel me maar", "telefoon"), ("per mail graag", "email"), ("e-mail", "email"),
    ("anoniem", "anoniem"), ("zonder gegevens", "anoniem"), ("stuur maar een mailtje", "email"),
    ("niet via mail maar telefonisch", "telefoon"), ("toch liever anoniem, niet bellen", "anoniem"),
    ("mail naar jan@voorbeeld.nl", "email"), ("mijn nummer is 06 12 34 56 78", "telefoon"),
    ("ik vertel liever niets", None), ("niet anoniem", None), ("dat is belangrijk", None), ("vandaag", None),
])
def test_contact_choice(text, choice):
    assert b.contact_choice(text) == choice


@pytest.mark.parametrize(("text", "email"), [
    ("jan@voorbeeld.nl", "jan@voorbeeld.nl"),
    ("mijn mail is Jan.Jansen@Voorbeeld.NL, graag daar", "Jan.Jansen@voorbeeld.nl"),
    ("stuur het naar <p.de.vries@werk.nl>.", "p.de.vries@werk.nl"), ("mijn mail weet ik niet", None),
    ("a@b", None),
])
def test_email_in(text, email):
    assert b.email_in(text) == email


@pytest.mark.parametrize(("text", "phone"), [
    ("0612345678", "+31612345678"), ("bel me op 06 12 34 56 78 na vijven", "+31612345678"),
    ("mijn nummer is 06-12345678.", "+31612345678"), ("+31 6 1234 5678 graag", "+31612345678"),
    ("om 9 uur", None), ("mijn nummer is geheim", None),
])
def test_phone_in(text, phone):
    assert b.phone_in(text) == phone


@pytest.mark.parametrize(("text", "hm"), [
    ("om 9:45", (9, 45)), ("9.45 graag", (9, 45)), ("die van 13:00", (13, 0)), ("om 14 uur", (14, 0)),
    # the clock in words (fifth stranger test c13: "doe maar kwart voor tien" was not read)
    ("doe maar kwart voor tien", (9, 45)), ("half elf", (10, 30)), ("kwart over 2", (14, 15)),
    ("over twee weken", None), ("12 maart", None), ("", None), ("kwart voor tien " + "x" * 400, None),
])
def test_clock_time(text, hm):
    assert b.clock_time(text) == hm


CODE = "K7QM-3XPD-RT5W"


@pytest.mark.parametrize(("text", "code"), [
    (CODE, "K7QM3XPDRT5W"), ("typfout: k7qm3xpdrt5w", "K7QM3XPDRT5W"),
    ("ik wil annuleren, mijn code is K7QM 3XPD RT5W dank je", "K7QM3XPDRT5W"),
    ("sorry ik bedoelde K7QM-3XPD-RT5W!", "K7QM3XPDRT5W"),
    ("waar vind ik mijn afspraakcode", None), ("ik heb geen code", None), ("wat is een code?", None),
])
def test_code_in(text, code):
    assert b.code_in(text) == code


@pytest.mark.parametrize(("text", "declines"), [
    ("ik wil geen afspraak", True), ("toch maar geen afspraak", True), ("laat die afspraak maar zitten", True),
    ("ik wil nog geen afspraak maken", True), ("hoeft niet meer", True),
    ("ik wil een afspraak", False), ("geen idee", False), ("niet op maandag", False), ("vandaag", False),
    ("laat maar, dan zonder gegevens", False), ("laat maar", False),
])
def test_declines_booking(text, declines):
    assert b.declines_booking(text) is declines


@pytest.mark.parametrize("text", ["ja", "klopt", "yes", "Ja, dat klopt.", "jep", "ja precies", "dat bedoel ik",
                                  "yes indeed"])
def test_typed_yes(text):
    assert resume.is_yes(text)


@pytest.mark.parametrize("text", ["nee", "ja maar niet helemaal", "jaloers", "klopt niet", "geen idee"])
def test_not_a_typed_yes(text):
    assert not resume.is_yes(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("blijf ik echt anoniem? ook voor mijn leidinggevende?", b.PRIVACY), ("komt mijn baas dit te weten?", b.PRIVACY),
    ("wie krijgt mijn gegevens?", b.PRIVACY), ("met wie praat ik?", b.WITH_WHOM),
    ("kan ik met iemand praten die hier werkt maar het niet doorvertelt?", b.PRIVACY),  # twelfth stranger test c14
])
def test_side_question_about_privacy(text, kind):
    assert b.side_question(text) == kind


@pytest.mark.parametrize(("text", "asks"), [
    ("kan het anoniem?", True), ("mag ik gebeld worden?", True), ("telefonisch", True),
    ("blijf ik echt anoniem?", False), ("wat kost het?", False),
])
def test_is_request(text, asks):
    assert b.is_request(text) is asks


@pytest.mark.parametrize(("text", "story"), [
    ("vandaag gaf mijn chef me weer een klap op mijn billen waar iedereen bij stond", True),
    ("vandaag nog", False), ("volgende week dinsdag of woensdag", False), ("", False)])
def test_tells_a_story(text, story):
    assert b.tells_a_story(text) is story


@pytest.mark.parametrize(("text", "kind"), [
    ("maakt niet uit", b.ANY_KIND), ("allebei goed", b.ANY_KIND), ("die van integriteit", b.VPI),
    ("ongewenste omgangsvormen", b.VPOO), ("iemand voor ongewenst gedrag", b.VPOO), ("vpi", b.VPI),
    ("hmm", None), ("ik weet het niet", None), ("dat maakt mij niet zoveel uit", b.ANY_KIND),
])
def test_kind_choice(text, kind):
    assert b.kind_choice(text) == kind


@pytest.mark.parametrize(("text", "other"), [
    ("een ander moment", True), ("andere tijd graag", True), ("geen van deze", True), ("past allemaal niet", True),
    ("de eerste", False), ("dinsdag", False)])
def test_wants_other_moment(text, other):
    assert b.wants_other_moment(text) is other


@pytest.mark.parametrize(("text", "attempt"), [
    ("KXPT-7QRM", True), ("k7qm 3xpd", True), ("ABCD", True), ("die heb ik niet meer", False), ("weet ik niet", False)])
def test_code_attempt(text, attempt):
    assert b.code_attempt(text) is attempt


@pytest.mark.parametrize("text, answer", [
    ("ja annuleer maar", True), ("ja", True), ("doe maar", True), ("annuleer hem maar", True),
    ("nee laat toch maar staan", False), ("nee", False), ("stop", False), ("laat hem maar staan", False),
    ("toch niet", False), ("hou die afspraak maar", False),
    ("wat gebeurt er met mijn gegevens?", None), ("", None), ("x" * 400, None),
])
def test_a_typed_answer_to_the_cancel_question(text, answer):
    assert b.cancel_answer(text) is answer


@pytest.mark.parametrize("text, answer", [
    ("ja, het gaat om de bewoners", resume.BEVESTIGEN),
    ("klopt. maar het is al lang zo", resume.BEVESTIGEN),
    ("nee verder is iedereen aardig", resume.ONTKENNEN),
    ("nee, niet echt", resume.ONTKENNEN),
    ("ja", resume.BEVESTIGEN),
    ("janneke doet raar", None),
    ("neem contact op", None),
    ("ja " + "x" * 200, None),
])
def test_a_leading_yes_or_no_in_a_longer_message(text, answer):
    assert resume.leading_answer(text) == answer


@pytest.mark.parametrize("text, answer", [
    ("laat maar, doe maar anoniem", b.ANSWER_ANONIEM),
    ("stop maar, liever zonder gegevens", b.ANSWER_ANONIEM),
    ("nee laat toch maar staan", b.ANSWER_NEE),
    ("laat hem maar staan", b.ANSWER_NEE),
    ("stop", None), ("laat maar", None), ("ik wil stoppen met dit gesprek", None),
])
def test_a_stop_that_is_an_answer(text, answer):
    assert b.stop_as_answer(text) == answer


def test_the_ways_of_meeting_are_the_stored_ones():
    assert set(b.MEETING_MODES) == {mode.value for mode in MeetingMode}


# --- third stranger test (c27): a way of meeting asked for selects who offers it ---------------

ON_SITE = _c("m", "VPOO", True, meeting_modes=("telefoon", "op_locatie"))
REMOTE = _c("r", "VPOO", False, meeting_modes=("telefoon", "video"))


@pytest.mark.parametrize(("kwargs", "keys", "unmet"), [
    ({"mode": "op_locatie"}, ["m"], None),
    ({"mode": "video"}, ["r"], None),
    ({"mode": "telefoon"}, ["m", "r"], None),
    ({"mode": "op_locatie", "where": "extern"}, ["r"], "vorm"),  # nobody external on site: said, who there is
    ({"mode": "video", "key": "m"}, ["m"], "vorm"),  # the one chosen by name does not do video: said
])
def test_route_by_way_of_meeting(kwargs, keys, unmet):
    found = route([ON_SITE, REMOTE], **kwargs)
    assert ([c.key for c in found.counsellors], found.unmet) == (keys, unmet)


# --- third stranger test (c03): "laat maar ... ik bel zelf wel" stops the booking ---------------

@pytest.mark.parametrize("text", [
    "laat maar. ik snap het niet meer, ik bel zelf wel", "ik bel zelf wel", "ik regel het zelf wel",
    "ik bel ze zelf wel", "ik neem zelf wel contact op", "laat maar, ik snap er niks van", "ik geef het op",
    "ik zoek het zelf wel uit"])
def test_gives_up(text):
    assert b.gives_up(text)


@pytest.mark.parametrize("text", [
    "bel me maar", "ik wil bellen", "laat maar, doe maar anoniem", "kan ik zelf bellen?",
    "ik snap het niet, wat bedoel je?", "laat maar", "ik bel zelf wel " + "x" * 400])
def test_does_not_give_up(text):
    assert not b.gives_up(text)


def test_i_will_call_myself_may_answer_how_to_be_reached():
    assert not b.gives_up("ik bel zelf wel", asked_for_contact=True)
    assert b.gives_up("laat maar, ik bel zelf wel", asked_for_contact=True)


def test_the_word_code_before_a_code_is_not_part_of_it():
    # "code" + "W2TH" + "QPRT" is 4-4-4 and valid, but the code is W2TH-QPRT-NYX3 (third stranger test, c28)
    assert b.code_in("Ik heb een afspraak met code W2TH-QPRT-NYX3 maar ik wil hem verzetten") == "W2THQPRTNYX3"


@pytest.mark.parametrize(("text", "other"), [
    ("kan het donderdag bij iemand anders dan?", True), ("liever een andere vertrouwenspersoon", True),
    ("kan het bij een ander?", True), ("bij een andere vp graag", True), ("donderdag", False),
    ("een ander moment", False), ("iemand anders deed het", True)])
def test_asks_other_counsellor(text, other):
    assert b.asks_other_counsellor(text) is other


@pytest.mark.parametrize(("text", "mode"), [
    ("ik zei op locatie, niet telefonisch of video", "op_locatie"), ("niet video of telefonisch", None),
    ("niet telefonisch maar video", "video"), ("liever niet via video, telefonisch", "telefoon"),
    ("op locatie graag", "op_locatie")])
def test_a_negation_covers_a_list_of_ways(text, mode):
    # third stranger test, c27
    assert b.way_of_meeting(text) == mode


# Third stranger test, c09: asking who a counsellor is is no wish for that counsellor.
NAMES = {"marieke-jansen": "Marieke Jansen", "ruud-de-boer": "Ruud de Boer"}


@pytest.mark.parametrize("text", ["wie is die Marieke eigenlijk? werkt ze hier in het bedrijf?",
                                  "wie is Ruud?", "is ze extern?", "werkt hij zelf ook bij ons?",
                                  # sixth stranger test, c18
                                  "ik wil een afspraak maken. o wacht, eerst: is de vertrouwenspersoon eigenlijk "
                                  "een collega of iemand van buiten?",
                                  "ja maar je beantwoordt mijn vraag niet. is het een collega of iemand van buiten?"])
def test_a_question_who_a_counsellor_is(text):
    assert b.asks_who_counsellor(text, NAMES)


@pytest.mark.parametrize("text", ["liever bij Ruud de Boer", "wie is er dinsdag vrij?", "met Marieke graag",
                                  "kan het ook met een externe vertrouwenspersoon?"])
def test_a_wish_or_time_question_is_no_question_who_a_counsellor_is(text):
    assert not b.asks_who_counsellor(text, NAMES)


# --- fourth stranger test (docs/stranger-tests/2026-11-30-fourth.md): declining, moving ---------

@pytest.mark.parametrize("text", [
    "wacht ik wil nog geen afspraak, ik vroeg of het anoniem kan",  # c02
    "ik wil nog geen afspraak", "wacht even, ik wil eerst iets weten", "nee ik wil alleen informatie",
    "stop, I'll think about it", "stop ik denk er nog over na",  # c24
    "ok laat maar even, ik wil er nog over nadenken", "not now", "nee, nu even niet",
    "ik wil geen afspraak", "laat die afspraak maar zitten",
    "ik hoef eigenlijk nog geen afspraak, kan ik anoniem bellen?",
    "ik moet er eerst nog even over nadenken", "I'd rather think about it first", "misschien later",
    "ik wil eigenlijk alleen wat informatie",
])
def test_a_message_that_clearly_declines_the_booking(text):
    assert b.clearly_declines(text)


@pytest.mark.parametrize("text", [
    "ik wil een afspraak", "geen idee", "niet op maandag", "ik wil geen afspraak op maandag",
    "ik wil geen afspraak via video", "ik heb nog geen afspraak, ik wil donderdag", "laat maar",
    "laat maar, dan zonder gegevens", "wacht, is het eigenlijk gratis?", "donderdag, niet eerder",
    "ik wil geen afspraak met Marieke", "hoeft niet meer", "liever niet telefonisch", "stop met video, liever bellen",
    "ik denk donderdag", "x" * 400,
])
def test_a_message_that_does_not_clearly_decline_the_booking(text):
    assert not b.clearly_declines(text)


@pytest.mark.parametrize(("text", "asks"), [
    ("wacht ik wil nog geen afspraak, ik vroeg of het anoniem kan", True),
    ("ik wil nog geen afspraak. kan ik anoniem bellen?", True),
    ("nee ik wil eerst weten wie de externe is", True),
    ("ik vraag me af of mijn baas het hoort", True),
    ("ik wil nog geen afspraak", False), ("stop, I'll think about it", False),
    ("wacht even, ik wil eerst iets weten", False),
])
def test_a_question_asked_in_passing(text, asks):
    assert b.asks_something(text) is asks


@pytest.mark.parametrize(("text", "mode"), [
    ("kan het telefonisch in plaats van via video?", "telefoon"),  # c29
    ("telefonisch ipv video", "telefoon"), ("liever video in plaats van bellen", "video"),
    ("i.p.v. video liever telefonisch", "telefoon"), ("in plaats van telefonisch via video", "video"),
])
def test_instead_of_negates_the_way_named_after_it(text, mode):
    assert b.way_of_meeting(text) == mode


@pytest.mark.parametrize(("text", "keeps"), [
    ("zelfde tijd maar telefonisch", True), ("ik wil mijn afspraak wijzigen. code B0G1-PD1K-38PP. zelfde tijd maar "
                                             "telefonisch", True),
    ("de tijd mag blijven, alleen telefonisch", True), ("op dezelfde tijd, maar dan via video", True),
    ("same time but by phone", True), ("kan het telefonisch in plaats van via video?", True),
    ("kan het telefonisch in plaats van via video? en kan het een uurtje later?", False),
    ("ik wil mijn afspraak verzetten, en telefonisch graag", False), ("kan het donderdag telefonisch?", False),
    ("kan het eerder, telefonisch?", False), ("ik wil mijn afspraak wijzigen", False),
])
def test_only_the_way_of_meeting_changes(text, keeps):
    assert b.only_the_way_changes(text) is keeps


@pytest.mark.parametrize("text", ["wie is external?", "wie is de externe?", "wie is de externe vertrouwenspersoon?",
                                  "ok thanks. maar honestly, wie is external? i'd rather niet praten met iemand "
                                  "van binnen, the office is small", "who is the external one?"])
def test_asking_who_the_external_counsellor_is(text):
    assert b.asks_who_counsellor(text, NAMES)


@pytest.mark.parametrize("text", ["i'd rather niet praten met iemand van binnen",
                                  "liever niet met iemand van binnen", "not someone internal please",
                                  "liever iemand external"])
def test_not_wanting_an_internal_counsellor_is_a_wish_for_an_external_one(text):
    assert b.counsellor_wish(text, NAMES).where == b.EXTERN


@pytest.mark.parametrize("text", ["Thursday please, not today", "not today, next week", "donderdag, not today",
                                  "not today but tomorrow afternoon"])
def test_not_today_with_another_day_does_not_decline(text):
    assert not b.clearly_declines(text)


@pytest.mark.parametrize("text", ["not today", "not today, sorry", "no, not today"])
def test_not_today_alone_still_declines(text):
    assert b.clearly_declines(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("donderdag 9 uur bij Marieke", True),
    ("het was met mevrouw de Vries geloof ik", True),
    ("ik kom van de afdeling inkoop", False),  # "van" in a name never counts alone
    ("", False),
])
def test_names_a_counsellor_shares_the_name_lookup(text, expected):
    names = {"vp1": "Marieke Jansen", "vp2": "Anna van de Vries"}
    assert b.names_a_counsellor(text, names) is expected
