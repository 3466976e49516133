import pytest

from bot.nlu.language import is_english, wants_appointment


@pytest.mark.parametrize("text", [
    "my manager keeps touching me and I don't know what to do",
    "Do you speak English?",
    "hi, I work here as an expat and a colleague is bullying me",
    "who can I talk to about harassment at work",
    "I think someone in finance is faking invoices",
])
def test_english(text):
    assert is_english(text)


@pytest.mark.parametrize("text", [
    "mijn manager is echt toxic en hij pest me",
    "ik word gepest door mijn collega's",
    "hallo", "help", "ok", "",
    "hij zegt steeds dat ik a bitch ben",
    "kan ik een afspraak maken met de vertrouwenspersoon",
    "ik heb een burn-out door de werkdruk, het is too much",
])
def test_not_english(text):
    assert not is_english(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("I would like to make an appointment with a confidential counsellor", True),
    ("Can I book a meeting with a counsellor?", True),
    ("I want a talk with a confidential counsellor", True),
    ("please book me in", True),
    ("I want to cancel my appointment", False),
    ("Can I reschedule the appointment?", False),
    ("in the meeting he yelled at me", False),
    ("Is there a counsellor who speaks English?", False),
    ("my colleague keeps bullying me", False),
    # fifth stranger test c03: the word the English answer tells people to type, in a sentence
    ("ok I want talk to someone. afspraak", True),
    ("I need to speak to someone about this", True),
    ("he told me to talk to someone else or leave", False),
])
def test_an_english_request_to_book(text, expected):
    assert wants_appointment(text) is expected


# Third stranger test, c05/c22: the commonest English questions get their own short answer.
@pytest.mark.parametrize(("text", "topic"), [
    ("Is it free?", "kosten"),
    ("do I have to pay for the counsellor?", "kosten"),
    ("how much does it cost", "kosten"),
    ("Is my name protected if I report to the company?", "vertrouwelijk"),
    ("will my manager find out that it was me?", "vertrouwelijk"),
    ("is this confidential?", "vertrouwelijk"),
    ("can I stay anonymous", "vertrouwelijk"),
    ("my manager keeps touching me", None),
    ("do you speak english", None),
])
def test_an_english_question_on_cost_or_confidentiality(text, topic):
    from bot.nlu.language import english_topic

    assert english_topic(text) == topic


def test_a_short_english_question_on_cost_is_english():
    assert is_english("Is it free?")


# Fourth stranger test, c09: sexual assault told in English, "is there anyone I can call right
# now?", "please, emergency number? I feel unsafe" got only "I work in Dutch": urgent help first.
@pytest.mark.parametrize("text", [
    "My supervisor touched me last night in the storage room and I don't know what to do. It was really scary",
    "He pushed me against the wall and put his hands under my shirt. Is there anyone I can call right now?",
    "please, emergency number? I feel unsafe",
    "he hit me and I am afraid to go home",
    "I was raped by a colleague",
    "I don't want to live anymore, I think about suicide",
])
def test_english_urgent_help_comes_first(text):
    from bot.nlu.language import english_topic

    assert english_topic(text) == "hulp"


@pytest.mark.parametrize("text", ["Is it free?", "is this confidential?", "my manager keeps touching me",
                                  "this deadline is killing me haha", "do you speak english"])
def test_no_urgent_help_for_ordinary_english(text):
    from bot.nlu.language import english_topic

    assert english_topic(text) != "hulp"


# Fourth stranger test, c03: "is it stored somewhere?", "how long do you keep my messages?" got
# only "I work in Dutch". Questions on storage and who reads the chat have their own topic.
@pytest.mark.parametrize("text", [
    "and what about this chat, is it stored somewhere?",
    "how long do you keep my messages?",
    "who can read this?",
    "is this chat stored?",
    "do you save what I write",
    "what data do you keep about me",
    "can my boss see this chat?",
    "are my messages deleted afterwards",
])
def test_an_english_question_on_storage_or_readers(text):
    from bot.nlu.language import english_topic

    assert english_topic(text) == "privacy"


@pytest.mark.parametrize(("text", "topic"), [
    ("is this confidential?", "vertrouwelijk"), ("will my team lead find out that I talked to you?", "vertrouwelijk"),
    ("he hit me, who can I call now", "hulp"), ("Is it free?", "kosten"),
])
def test_other_topics_stay_as_they_were(text, topic):
    from bot.nlu.language import english_topic

    assert english_topic(text) == topic


@pytest.mark.parametrize("text", ["is this chat stored?", "are my messages saved?", "who can read this?"])
def test_a_short_english_question_on_storage_is_english(text):
    assert is_english(text)


# Fifth stranger test, c18: "... otherwise he will not extend my contract. My visa depends on it.
# I am scared. Is this normal?" got 112, the Centrum Seksueel Geweld and 113. Fear alone is no
# crisis; the help that comes fits the signal (no suicide line after an assault, and so on).
C18 = ("hi, I am a postdoc from India at a university lab. My professor says I have to work weekends and do "
       "his private house moving, otherwise he will not extend my contract. My visa depends on it. I am "
       "scared. Is this normal in the Netherlands?")


@pytest.mark.parametrize("text", [C18, "no, no violence. I just want to know if he is allowed to ask this",
                                  "I am afraid I will lose my job", "I'm scared to tell my manager"])
def test_fear_alone_is_no_english_crisis(text):
    from bot.nlu.language import english_topic, english_urgent

    assert english_urgent(text) is None and english_topic(text) != "hulp"


@pytest.mark.parametrize(("text", "kind"), [
    ("I don't want to live anymore, I think about suicide", "zelfmoord"),
    ("He pushed me against the wall and put his hands under my shirt. Is there anyone I can call right now?",
     "seksueel"),
    ("My supervisor touched me last night in the storage room and I don't know what to do. It was really scary",
     "seksueel"),
    ("please, emergency number? I feel unsafe", "gevaar"),
    ("he hit me and I am afraid to go home", "gevaar"),
])
def test_english_urgent_help_by_kind(text, kind):
    from bot.nlu.language import english_urgent

    assert english_urgent(text) == kind


@pytest.mark.parametrize(("text", "asks"), [
    ("no, no violence. I just want to know if he is allowed to ask this", True),
    ("Is this normal in the Netherlands?", True), ("is that legal?", True),
    ("how long do you keep my messages?", False), ("Is it free?", False),
])
def test_asks_if_allowed(text, asks):
    from bot.nlu.language import asks_if_allowed

    assert asks_if_allowed(text) is asks
