"""Only offered buttons reach Rasa as an intent; typed '/...' becomes plain text (bot.channels.offers)."""

import pytest

from bot.channels.offers import OfferedButtons, dialogue_text, payloads_in, strip_command


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


@pytest.mark.parametrize("typed, plain", [
    ("/bevestigen", "bevestigen"),
    ("/ /bevestigen", "bevestigen"),
    ("  //x{\"a\": 1}", "x{\"a\": 1}"),
    ("\x00/x", "x"),
    ("\u200b/x", "x"),
    ("\u3000/x", "x"),
    ("\x1c/x", "x"),  # Python's str.strip() (Rasa's) removes \x1c too
    ("\ufeff/x", "x"),
    ("hallo /x", "hallo /x"),
    ("///", ""),
])
def test_typed_commands_lose_every_leading_slash(typed, plain):
    assert strip_command(typed) == plain
    assert not strip_command(typed).strip().startswith("/")


def test_only_the_latest_offered_payloads_pass_per_conversation():
    book = OfferedButtons(ttl_seconds=60)
    book.offer("a", ["/bevestigen", "/ontkennen"])
    assert dialogue_text(book, "a", "/bevestigen") == "/bevestigen"
    assert dialogue_text(book, "a", "  /ontkennen ") == "/ontkennen"
    assert dialogue_text(book, "b", "/bevestigen") == "bevestigen"  # not offered in b
    assert dialogue_text(book, "a", '/bevestigen{"x": 1}') == 'bevestigen{"x": 1}'
    book.offer("a", ["/stoppen"])  # a new answer replaces the old buttons
    assert dialogue_text(book, "a", "/bevestigen") == "bevestigen"
    book.offer("a", [])
    assert dialogue_text(book, "a", "/stoppen") == "stoppen"


def test_offers_expire_with_the_conversation_and_are_bounded():
    clock = Clock()
    book = OfferedButtons(ttl_seconds=60, max_conversations=3, clock=clock)
    book.offer("a", ["/x"])
    clock.now = 61
    assert not book.was_offered("a", "/x") and len(book) == 0
    for key in "bcde":
        book.offer(key, ["/x"])
    assert len(book) == 3 and not book.was_offered("b", "/x") and book.was_offered("e", "/x")
    book.offer("f", [f"/p{i}" for i in range(100)] + ["no-slash", "/" + "y" * 600])
    assert book.was_offered("f", "/p29") and not book.was_offered("f", "/p30")
    assert not book.was_offered("f", "no-slash")


def test_payloads_are_read_from_collected_answers():
    collected = [{"text": "a", "buttons": [{"title": "Ja", "payload": "/bevestigen"}]},
                 {"text": "b"}, {"buttons": [{"title": "x"}, "odd"]}]
    assert payloads_in(collected) == ["/bevestigen"]


# --- fourth stranger test (c07, c10, c20, c25, c27): a button's title typed instead of clicked ---

from bot.channels.offers import buttons_in  # noqa: E402


def test_a_typed_title_of_an_offered_button_is_that_button():
    book = OfferedButtons(ttl_seconds=60)
    book.offer("a", ['/kies_route{"route":"extern"}', "/afspraak_maken"],
               titles=[("Hulp van buiten", '/kies_route{"route":"extern"}'),
                       ("Zelf iets doen (informeel)", '/kies_route{"route":"informeel"}'),
                       ("Een afspraak met de vertrouwenspersoon", "/afspraak_maken")])
    assert dialogue_text(book, "a", "Hulp van buiten") == '/kies_route{"route":"extern"}'
    assert dialogue_text(book, "a", "  hulp van buiten. ") == '/kies_route{"route":"extern"}'
    assert dialogue_text(book, "a", "Zelf iets doen") == '/kies_route{"route":"informeel"}'
    assert dialogue_text(book, "a", "zelf iets doen (informeel)") == '/kies_route{"route":"informeel"}'
    assert dialogue_text(book, "a", "een afspraak met de vertrouwenspersoon!") == "/afspraak_maken"
    # more words than the title, another conversation, or no longer offered: typed text
    assert dialogue_text(book, "a", "hulp van buiten, welke instanties zijn er?") == \
        "hulp van buiten, welke instanties zijn er?"
    assert dialogue_text(book, "b", "Hulp van buiten") == "Hulp van buiten"
    book.offer("a", ["/bevestigen"], titles=[("Ja, dat klopt", "/bevestigen")])
    assert dialogue_text(book, "a", "Hulp van buiten") == "Hulp van buiten"
    assert dialogue_text(book, "a", "ja dat klopt") == "/bevestigen"


def test_titles_with_accents_and_dynamic_titles_match_and_ambiguous_titles_do_not():
    book = OfferedButtons(ttl_seconds=60)
    book.offer("a", [], titles=[("Een officiële stap (formeel)", '/kies_route{"route":"formeel"}'),
                                ("pesten of buitensluiten", '/kies_situatie{"situatie":"pesten"}'),
                                ("Zelfde", "/een"), ("zelfde", "/twee")])
    assert dialogue_text(book, "a", "een officiele stap") == '/kies_route{"route":"formeel"}'
    assert dialogue_text(book, "a", "Pesten of buitensluiten") == '/kies_situatie{"situatie":"pesten"}'
    assert dialogue_text(book, "a", "zelfde") == "zelfde"  # two buttons, one title: no guess


def test_titles_survive_the_shared_store_and_old_entries_still_read():
    from bot.channels import guards
    store = guards.MemoryStore()
    book = OfferedButtons(ttl_seconds=60, store=store, clock=lambda: 0.0)
    book.offer("a", ["/afspraak_maken"], titles=[("Een afspraak maken", "/afspraak_maken")])
    assert book.was_offered("a", "/afspraak_maken")
    assert dialogue_text(book, "a", "een afspraak maken") == "/afspraak_maken"
    store.put(book._key("old"), '["/bevestigen"]', 60, 0.0)  # written before titles were kept
    assert book.was_offered("old", "/bevestigen") and book.payload_for_title("old", "ja") is None


def test_buttons_are_read_from_collected_answers_with_their_titles():
    collected = [{"text": "a", "buttons": [{"title": "Ja", "payload": "/bevestigen"}]},
                 {"text": "b"}, {"buttons": [{"title": "x"}, "odd", {"payload": "/p"}]}]
    assert buttons_in(collected) == [("Ja", "/bevestigen")]


def test_teams_and_slack_answers_keep_the_titles_of_their_buttons(monkeypatch):
    import asyncio

    from bot.channels.slack.channel import SlackOutput
    from bot.channels.teams import channel as teams_channel
    from bot.channels.teams.channel import TeamsOutput

    class Quiet:
        async def send(self, *args):
            return True

        async def call(self, *args):
            return {}

    buttons = [{"title": "Hulp van buiten", "payload": '/kies_route{"route":"extern"}'},
               {"title": "Intranet", "url": "https://example.org"}]
    monkeypatch.setattr(teams_channel, "buttons_activity", lambda *args: {})
    teams = TeamsOutput(Quiet(), None)
    teams.__dict__["_send"] = lambda activity: asyncio.sleep(0)
    asyncio.run(teams.send_text_with_buttons("x", "tekst", buttons))
    slack = SlackOutput(Quiet(), "C1", None)
    slack.__dict__["post"] = lambda text, buttons=(): asyncio.sleep(0)
    asyncio.run(slack.send_text_with_buttons("x", "tekst", buttons[:1]))
    assert teams.titles == slack.titles == [("Hulp van buiten", '/kies_route{"route":"extern"}')]
