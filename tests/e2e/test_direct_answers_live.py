"""Direct questions from the second stranger test (docs/stranger-tests/2026-11-30-second.md,
part C, D and G) against the real bot: each gets its own short answer, a yes or no first where
it asks one, and no answer comes twice in a row in the same words.

The messages are the testers' own; none of them is in data/nlu (the NLU examples are other
phrasings), so this also checks the trained model."""

from __future__ import annotations

import itertools

import pytest

from tests import texts
from tests.e2e.conftest import rest_post, start_bot

pytestmark = pytest.mark.e2e
_senders = itertools.count()


@pytest.fixture(scope="module")
def bot(tmp_path_factory):
    with start_bot(tmp_path_factory.mktemp("var"), database=True) as running:
        yield running


def talk(bot, *messages: str) -> list[str]:
    """One new conversation; the bot's texts for the last message, joined."""
    sender = f"direct-{next(_senders)}"
    replies: list[dict] = []
    for message in messages:
        replies = rest_post(bot["port"], sender, message)
    return [r.get("text", "") for r in replies]


def starts_with(answer: list[str], response: str, **slots) -> bool:
    return any(text.startswith(texts.fixed_start(response, **slots)) for text in answer)


@pytest.mark.parametrize(("messages", "response"), [
    (["moet ik eerst intern melden?"], "utter_faq/eerst_intern"),
    (["mijn directeur laat facturen van zijn eigen bedrijf betalen", "moet ik eerst intern melden?"],
     "utter_faq/eerst_intern"),
    (["wist de bot dit gesprek nu meteen?"], "utter_faq/gesprek_wissen"),
    (["kan ik naar het college voor de rechten van de mens"], "utter_faq/college_mensenrechten"),
    (["wat gebeurt er als ik een afspraak maak, moet ik dan meteen een klacht indienen?"],
     "utter_faq/afspraak_geen_klacht"),
    (["ziet mijn manager het als ik een afspraak maak? in mijn agenda?"], "utter_faq/agenda"),
    (["en als ik bel, ziet de vertrouwenspersoon dan mijn nummer?"], "utter_faq/nummer_zien"),
    (["maar hoe belt ze me dan als ze mijn nummer niet heeft?"], "utter_faq/anoniem_bellen"),
])
def test_a_direct_question_gets_its_own_answer(bot, messages, response):
    assert starts_with(talk(bot, *messages), response), response


def test_a_doctor_question_gets_yes_with_the_centre_from_the_help_lines(bot):
    answer = talk(bot, "moet ik naar een dokter?")
    assert starts_with(answer, "utter_faq/dokter")
    assert texts.number("seksueel_geweld") in " ".join(answer)


def test_a_manager_asked_to_keep_it_secret_is_told_not_to_promise_it(bot):
    answer = talk(bot, "ik ben teamleider en een medewerker vertelde me dat een collega haar steeds kleineert",
                  "Ze vroeg me het geheim te houden. Moet ik dat beloven?")
    assert starts_with(answer, "utter_faq/geheim_beloven")


def test_a_witness_asking_about_the_manager_leaves_the_choice_to_the_colleague(bot):
    answer = talk(bot, "ik zag dat mijn collega steeds wordt uitgelachen door een andere collega",
                  "moet ik het melden bij de manager?")
    assert starts_with(answer, "utter_faq/melden_bij_manager", rol="getuige")


def test_after_nothing_is_passed_on_the_counsellor_is_who_can_help(bot):
    answer = talk(bot, "kun jij dit aan mijn manager doorgeven?", "ok wie kan het dan wel voor mij doen")
    assert starts_with(answer, "utter_faq/wie_helpt_melden")


def test_who_our_counsellors_are_names_them_from_the_database(bot):
    joined = " ".join(talk(bot, "wie is de vertrouwenspersoon bij ons eigenlijk? intern of extern?"))
    assert "Marieke Jansen, interne vertrouwenspersoon" in joined
    assert "Ruud de Boer, externe vertrouwenspersoon" in joined


@pytest.mark.parametrize("doubt", ["Is dat erg genoeg om bij jullie te komen?",
                                   "moet ik dat zeker weten voor ik iets zeg?"])
def test_a_doubt_after_the_story_is_answered_before_the_question_comes_back(bot, doubt):
    answer = talk(bot, "mijn collega maakt steeds grapjes over mijn afkomst waar iedereen bij is", doubt)
    assert answer[0] == texts.text("utter_twijfel_vertellen", open_vraag="check_situatie")


def test_oversensitive_after_a_story_of_undesirable_behaviour_hears_it_is_not_normal(bot):
    # twenty-seventh stranger test C09: "Je stelt je niet aan ... Wat is er gebeurd?" after she had told it
    answer = talk(bot, "mijn collega maakt steeds grapjes over mijn afkomst waar iedereen bij is",
                  "ben ik nou overgevoelig?")
    assert answer[0] == texts.text("utter_niet_normaal")


def test_the_storage_answer_asked_twice_is_short_the_second_time(bot):
    sender = f"direct-{next(_senders)}"
    first = [r.get("text", "") for r in rest_post(bot["port"], sender, "wat bewaar je van dit gesprek?")]
    second = [r.get("text", "") for r in rest_post(bot["port"], sender, "en wat sla je dan op?")]
    assert first[0] != second[0]
    assert second[0].startswith("Kort gezegd:")


def test_a_teams_user_hears_about_the_teams_administrators_first(bot):
    answer = talk(bot, "ik praat met je via teams, wie kan dit gesprek lezen?")
    assert answer[0].startswith("Praat je met me in Teams?")


def test_the_manager_block_is_not_given_twice_in_a_row(bot):
    sender = f"direct-{next(_senders)}"
    said = []
    for message in ("ik ben leidinggevende en een medewerker kwam bij me met een klacht over een collega",
                    "wat moet ik als leidinggevende doen met zo'n klacht?"):
        said.append([r.get("text", "") for r in rest_post(bot["port"], sender, message)][0])
    assert said[0] != said[1]


# --- fifth stranger test (docs/stranger-tests/2026-11-30-fifth.md), the testers' own messages ---
C20 = ("Mijn leidinggevende laat mij elke vrijdag zijn privé boodschappen doen en zijn auto wassen onder werktijd. "
       "als ik nee zeg krijg ik de rotklussen. kan dat zomaar?")
C23 = ('sinds ik hoofddoek draag krijg ik geen klantcontact meer van mijn teamleider, "klanten vinden dat niet '
       'prettig" zegt ze. ik werk bij een bank in utrecht al 6 jaar')
C29 = ("Ik werk bij een zorginstelling op de administratie. Ik zie dat er structureel uren bij de zorgverzekeraar "
       "worden gedeclareerd voor cliënten die al maanden niet meer in zorg zijn. Ik wil dit officieel melden. "
       "Wat gebeurt er dan precies?")
C18 = ("hi, I am a postdoc from India at a university lab. My professor says I have to work weekends and do his "
       "private house moving, otherwise he will not extend my contract. My visa depends on it. I am scared. Is "
       "this normal in the Netherlands?")


def test_may_he_ask_that_about_abuse_of_power_gets_the_answer_for_abuse_of_power(bot):
    answer = talk(bot, C20, "ja", "maar kan dat zomaar dan? mag hij dat vragen?")
    assert starts_with(answer, "utter_faq/ongelijke_behandeling_mag_niet", situatie="machtsmisbruik")
    assert texts.number("mensenrechten") not in " ".join(answer)


def test_may_she_say_that_about_confirmed_discrimination_is_answered(bot):
    answer = talk(bot, C23, "Ja, dat klopt", "Hulp van buiten",
                  "mag ze dat eigenlijk, zeggen dat klanten het niet prettig vinden?")
    assert starts_with(answer, "utter_faq/ongelijke_behandeling_mag_niet", situatie="discriminatie")


def test_can_the_counsellor_arrange_another_department_gets_an_honest_answer(bot):
    answer = talk(bot, "ik wil geen aangifte. ik wil alleen niet meer met hem op dezelfde afdeling werken. kan de "
                       "vertrouwenspersoon dat regelen zonder dat hij weet dat het van mij komt?")
    assert starts_with(answer, "utter_faq/vp_regelen")


def test_acknowledgement_and_how_long_after_a_formal_report_gets_7_days_and_3_months(bot):
    answer = talk(bot, C29, "ja", "Een officiële stap (formeel)",
                  "krijg ik dan een bevestiging? en hoe lang duurt het voor ik iets hoor?")
    assert "7 dagen" in answer[0] and "3 maanden" in answer[0]  # utter_faq/melding_integriteit (data/nlu)


def test_an_english_story_of_abuse_of_power_gets_an_answer_and_no_crisis_lines(bot):
    sender = f"direct-{next(_senders)}"
    first = " ".join(r.get("text", "") for r in rest_post(bot["port"], sender, C18))
    assert "abuse of power" in first and texts.number("seksueel_geweld") not in first
    assert texts.number("spoed") not in first
    again = " ".join(r.get("text", "") for r in rest_post(
        bot["port"], sender, "no, no violence. I just want to know if he is allowed to ask this"))
    assert "not normal" in again and "I work in Dutch" not in again
