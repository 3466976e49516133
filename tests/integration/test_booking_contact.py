"""Contact checks (pure functions; kept with the booking tests)."""

import pytest

from bot.contact import (
    InvalidContact,
    normalise_contact,
    normalise_email,
    normalise_phone,
    normalise_pseudonym,
)


@pytest.mark.parametrize(("typed", "e164"), [
    ("06-12345678", "+31612345678"),
    ("0612345678", "+31612345678"),
    ("06 1234 5678", "+31612345678"),
    ("+31 6 12345678", "+31612345678"),
    ("+31612345678", "+31612345678"),
    ("+31 (0)6 12 34 56 78", "+31612345678"),
    ("0031 6 12345678", "+31612345678"),
    ("+31 06 12345678", "+31612345678"),
    ("0201234567", "+31201234567"),
    ("020-1234567", "+31201234567"),
    ("(020) 123 45 67", "+31201234567"),
    ("0101234567", "+31101234567"),
    ("085-1234567", "+31851234567"),
    ("088-1331000", "+31881331000"),
])
def test_dutch_phone_numbers_become_e164(typed, e164):
    assert normalise_phone(typed) == e164


# A Flemish employee (third stranger test, c04): a Belgian number with its country code is used
# as it is; with only a trunk 0 the person is asked (sixth stranger test c08, tests/unit).
@pytest.mark.parametrize(("typed", "e164"), [
    ("+32 475 12 34 56", "+32475123456"),
    ("0032 475 12 34 56", "+32475123456"),
    ("+32 (0)475 12 34 56", "+32475123456"),
    ("+32 2 123 45 67", "+3221234567"),
    ("+31 475 12 34 56", "+31475123456"),  # with +31 it is Dutch (Roermond): nothing to ask
])
def test_belgian_numbers_with_their_country_code(typed, e164):
    assert normalise_phone(typed) == e164


# Other countries with their country code (eighth stranger test c14: a Polish number was refused).
@pytest.mark.parametrize(("typed", "e164"), [
    ("+48 601 234 567", "+48601234567"),
    ("0048 601 234 567", "+48601234567"),
    ("+49 151 23456789", "+4915123456789"),
    ("0049301234567", "+49301234567"),
    ("+44 7700 900123", "+447700900123"),
    ("+44 (0)7700 900123", "+447700900123"),
    ("+33 6 12 34 56 78", "+33612345678"),
    ("+40 712 345 678", "+40712345678"),
    ("+39 06 1234 5678", "+390612345678"),  # Italy keeps the 0 of a landline
])
def test_numbers_of_other_countries_with_their_country_code(typed, e164):
    assert normalise_phone(typed) == e164


@pytest.mark.parametrize(("typed", "reason"), [
    ("", "empty"),
    ("06-1234567", "10 digits"),
    ("06-123456789", "10 digits"),
    ("612345678", "starts with 0"),
    ("+33 6 12 34 56 7", "9 to 9 digits"),  # another country: refused when the length does not fit it
    ("+48 601 234 56", "9 to 9 digits"),
    ("+44 7700 9001", "9 to 10 digits"),
    ("+999 123 456 789", "country code"),
    ("+1 555 0100", "10 to 10 digits"),
    ("+32 900 12 345", "Belgian"),
    ("+32 12 34", "Belgian"),
    ("06-1234567a", "digits only"),
    ("0900-1234567", "premium"),
    ("0900123456", "premium"),
    ("0800123456", "premium"),
    ("0842123456", "premium"),
    ("+31 0", "10 digits"),
    ("06-١٢٣٤٥٦٧٨", "digits only"),  # Arabic-Indic digits pass str.isdigit()
])
def test_other_phone_numbers_are_refused(typed, reason):
    with pytest.raises(InvalidContact, match=reason):
        normalise_phone(typed)


@pytest.mark.parametrize(("typed", "normalised"), [
    ("sam@example.nl", "sam@example.nl"),
    ("  Sam.de-Vries+vp@Mail.Example.NL ", "Sam.de-Vries+vp@mail.example.nl"),
    ("x@sub-domain.example.co.uk", "x@sub-domain.example.co.uk"),
    ("a@xn--bcher-kva.example", "a@xn--bcher-kva.example"),
])
def test_email_addresses(typed, normalised):
    assert normalise_email(typed) == normalised


@pytest.mark.parametrize("typed", [
    "", "sam", "sam@", "@example.nl", "sam@example", "sam@@example.nl", "sam@exa mple.nl",
    ".sam@example.nl", "sam.@example.nl", "sa..m@example.nl", "sam@-example.nl", "sam@example.n",
    "Sam <sam@example.nl>", "sam@example.nl\nBcc: x@example.nl", "sam@[127.0.0.1]",
    "a" * 65 + "@example.nl", "a@" + "b" * 250 + ".nl",
])
def test_bad_email_addresses(typed):
    with pytest.raises(InvalidContact):
        normalise_email(typed)


def test_email_at_the_length_limit():
    local = "a" * 64
    domain = "b" * 60 + "." + "b" * 60 + "." + "b" * 59 + ".example"  # 64 + 1 + 189 = 254
    assert len(f"{local}@{domain}") == 254
    assert normalise_email(f"{local}@{domain}") == f"{local}@{domain}"
    with pytest.raises(InvalidContact, match="254"):
        normalise_email(f"{local}@x{domain}")


def test_contact_is_phone_or_email():
    assert normalise_contact("06 12345678").kind == "phone"
    assert normalise_contact("06 12345678").value == "+31612345678"
    assert normalise_contact("Sam@Example.nl").value == "Sam@example.nl"
    assert normalise_contact("Sam@Example.nl").kind == "email"
    with pytest.raises(InvalidContact):
        normalise_contact("bel me maar")


@pytest.mark.parametrize(("typed", "normalised"), [
    ("Sam", "Sam"),
    ("  Zoë   van   Dijk ", "Zoë van Dijk"),
    ("Anne-Marie 2", "Anne-Marie 2"),
    ("Ömer", "Ömer"),
    ("x", "x"),
    ("a" * 40, "a" * 40),
])
def test_pseudonyms(typed, normalised):
    assert normalise_pseudonym(typed) == normalised


@pytest.mark.parametrize(("typed", "reason"), [
    ("", "empty"),
    ("   ", "empty"),
    ("a" * 41, "at most 40"),
    ("Sam!", "letters, digits"),
    ("Sam <script>", "letters, digits"),
    ("O'Brien", "letters, digits"),
    ("sam@example.nl", "letters, digits"),
    ("Sam\nvan Dijk", None),  # a newline is just whitespace: collapsed
    ("--", "at least one letter"),
])
def test_bad_pseudonyms(typed, reason):
    if reason is None:
        assert normalise_pseudonym(typed) == "Sam van Dijk"
        return
    with pytest.raises(InvalidContact, match=reason):
        normalise_pseudonym(typed)
