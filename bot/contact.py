"""Checking what a person leaves behind for a booking: a pseudonym and, if they want, a contact.

Pure functions. Each returns the normalised value or raises InvalidContact with an English
reason (for logs and admins; the bot words its own answer in Dutch from its domain).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from bot.patterns import UNICODE_SPACE, linear

PSEUDONYM_MAX = 40
EMAIL_MAX = 254  # RFC 5321 path limit
EMAIL_LOCAL_MAX = 64


class InvalidContact(ValueError):
    """A phone number, e-mail address or pseudonym that cannot be used."""


# --- phone -----------------------------------------------------------------------------------

# Characters people write in phone numbers besides digits and a leading plus.
_PHONE_PUNCTUATION = linear(rf"[{UNICODE_SPACE}.\-/()\x{{a0}}\x{{2010}}-\x{{2015}}]", name="contact.phone_punctuation")
# Dutch numbers after the trunk 0: 9 digits. Not allowed: 09xx (premium and information
# services), 0800 and 084 (free and paid service numbers): a counsellor should never be asked
# to call one of those.
_NL_SUBSCRIBER = linear(r"[1-8][0-9]{8}", name="contact.nl_subscriber")
_DIGITS = linear(r"[0-9]+", name="contact.digits")  # ASCII only: str.isdigit() also accepts other scripts' digits
_NL_REFUSED_PREFIXES = ("9", "800", "84")
_TRUNK_ZERO = linear(rf"^(?:\+|00)[{UNICODE_SPACE}]*([1-9][0-9]{{0,2}})[{UNICODE_SPACE}]*\(0\)",
                     name="contact.trunk_zero")

# Numbers of other countries (eighth stranger test c14: "+48 601 234 567", a Polish temp worker),
# written with their country code: the lengths of the national number (after the country code, without
# a trunk 0) each country uses, so that a number of the wrong length is still refused. Country codes
# are prefix-free, so the first one that fits is the one. Not listed: refused (the person can use
# e-mail, or call in themselves). +31 and +32 are checked more closely below.
_NATIONAL_LENGTHS: dict[str, tuple[int, int]] = {
    "1": (10, 10),  # USA, Canada
    "7": (10, 10), "20": (9, 10), "27": (9, 9), "30": (10, 10), "33": (9, 9), "34": (9, 9), "36": (8, 9),
    "39": (6, 11), "40": (9, 9), "41": (9, 9), "43": (7, 13), "44": (9, 10), "45": (8, 8), "46": (7, 9),
    "47": (8, 8), "48": (9, 9), "49": (7, 12), "51": (9, 9), "52": (10, 10), "54": (10, 11), "55": (10, 11),
    "57": (10, 10), "58": (10, 10), "60": (9, 10), "61": (9, 9), "62": (9, 12), "63": (10, 10), "64": (8, 10),
    "66": (9, 9), "81": (10, 10), "82": (9, 10), "84": (9, 10), "86": (10, 11), "90": (10, 10), "91": (10, 10),
    "92": (10, 10), "93": (9, 9), "98": (10, 10),
    "212": (9, 9), "213": (9, 9), "216": (8, 8), "233": (9, 9), "234": (10, 10), "251": (9, 9), "254": (9, 9),
    "291": (7, 7), "297": (7, 7), "351": (9, 9), "352": (8, 11), "353": (7, 9), "354": (7, 7), "355": (8, 9),
    "356": (8, 8), "357": (8, 8), "358": (6, 10), "359": (8, 9), "370": (8, 8), "371": (8, 8), "372": (7, 8),
    "373": (8, 8), "375": (9, 9), "380": (9, 9), "381": (8, 9), "385": (8, 9), "386": (8, 8), "387": (8, 8),
    "389": (8, 8), "420": (9, 9), "421": (9, 9), "597": (6, 7), "599": (7, 7), "963": (9, 9), "964": (10, 10),
}
_KEEPS_TRUNK_ZERO = ("39",)  # Italy: a landline's 0 is part of the number ("+39 06 ...")


_BE_SUBSCRIBER = linear(r"[1-9][0-9]{7,8}", name="contact.be_subscriber")  # 8 digits, mobiles 9 (4xx)

# Dutch numbers in the 04 region: only these area codes exist (040 Eindhoven, 043 Maastricht, 045
# Heerlen, 046 Sittard; 0411 Boxtel ... 0499 Best), written here without the trunk 0. Belgian
# mobiles are 04xx xx xx xx: ten digits with the trunk 0, like a Dutch number, in the ranges
# 0455-0456 and 0460-0499. Written without +32 such a number is Belgian when it is no Dutch
# number ("0470 12 34 56": Dutch 0470 does not exist), and either when it is both ("0475 12 34 56":
# also Roermond, "0465 ...": also Sittard): then the person is asked, never silently +31.
_NL_04_AREAS = ("40", "43", "45", "46", "411", "412", "413", "416", "418", "475", "478", "481", "485", "486",
                "487", "488", "492", "493", "495", "497", "499")
_BE_MOBILE = ("455", "456", "46", "47", "48", "49")


class PhoneCountryUnclear(InvalidContact):
    """A number written without a country code that is, or may be, a Belgian mobile number:
    `belgian` is its +32 form, `dutch` its +31 form when it is also a Dutch number (else None).
    The bot asks which it is."""

    def __init__(self, belgian: str, dutch: str | None) -> None:
        super().__init__("a Belgian mobile number without +32" if dutch is None
                         else "a Dutch or Belgian number without a country code")
        self.belgian, self.dutch = belgian, dutch


def normalise_phone(raw: str) -> str:
    """A Dutch phone number in E.164 form: "06-12345678", "+31 (0)6 1234 5678", "020-1234567"
    and "0031 20 123 4567" become "+31612345678" and "+31201234567". A Belgian number is
    accepted with its country code ("+32 475 12 34 56", "0032 ..."), and so is a number of
    another country ("+48 601 234 567", "0049 151 23456789") when its length fits that country
    (_NATIONAL_LENGTHS; eighth stranger test c14). Written with only a trunk 0,
    a Belgian mobile ("0470 12 34 56") raises PhoneCountryUnclear, also when it is a Dutch number
    too ("0475 12 34 56", Roermond): the person says which it is. A 04 number that is neither
    (no such Dutch area code) is refused."""
    if not isinstance(raw, str) or not raw.strip():
        raise InvalidContact("empty phone number")
    text = unicodedata.normalize("NFKC", raw).strip()
    # "+31 (0)6 ..." is a common way of writing: the (0) is not dialled from abroad.
    text = _TRUNK_ZERO.sub(lambda m: "+" + m.group(1), text)
    compact = _PHONE_PUNCTUATION.sub("", text)
    plus = compact.startswith("+")
    digits = compact[1:] if plus else compact
    if not _DIGITS.fullmatch(digits):
        raise InvalidContact("a phone number holds digits only")
    belgian = digits[2:] if plus and digits.startswith("32") else digits[4:] if digits.startswith("0032") else None
    if belgian is not None:
        belgian = belgian[1:] if belgian.startswith("0") else belgian  # "+32 (0)475 ..."
        if not _BE_SUBSCRIBER.fullmatch(belgian) or belgian.startswith(("70", "77", "78", "800", "9")):
            raise InvalidContact("a Belgian number has 8 or 9 digits after +32 (no service numbers)")
        return "+32" + belgian
    if plus and not digits.startswith("31"):
        return _international(digits)
    if plus:
        national = digits[2:]
    elif digits.startswith("0031"):
        national = digits[4:]
    elif digits.startswith("00"):
        return _international(digits[2:])
    elif digits.startswith("0"):
        national = digits[1:]
    else:
        raise InvalidContact("a Dutch number starts with 0 or +31")
    if national.startswith("0"):  # "+31 06 ..." written without the (0) brackets
        national = national[1:]
    if national.startswith(_NL_REFUSED_PREFIXES):
        raise InvalidContact("service and premium-rate numbers are not accepted")
    if not _NL_SUBSCRIBER.fullmatch(national):
        raise InvalidContact("a Dutch number has 10 digits, starting with 0")
    if national.startswith("4"):
        dutch = national.startswith(_NL_04_AREAS)
        if not plus and not digits.startswith("0031") and national.startswith(_BE_MOBILE):
            raise PhoneCountryUnclear("+32" + national, "+31" + national if dutch else None)
        if not dutch:
            raise InvalidContact("no Dutch area code")
    return "+31" + national


def _international(digits: str) -> str:
    """A number of another country (not +31 or +32), its digits after + or 00, in E.164 form when
    its country code is known and the national number has a length that country uses."""
    code = next((digits[:n] for n in (1, 2, 3) if digits[:n] in _NATIONAL_LENGTHS), None)
    if code is None:
        raise InvalidContact("a country code the bot does not know")
    national = digits[len(code):]
    if national.startswith("0") and code not in _KEEPS_TRUNK_ZERO:  # "+44 07700 900123": the trunk 0 is not dialled
        national = national[1:]
    shortest, longest = _NATIONAL_LENGTHS[code]
    if not shortest <= len(national) <= longest or national.startswith("0") and code not in _KEEPS_TRUNK_ZERO:
        raise InvalidContact(f"a number with +{code} has {shortest} to {longest} digits after the country code")
    if len(code) + len(national) > 15:  # E.164
        raise InvalidContact("an international number has at most 15 digits")
    return "+" + code + national


# --- e-mail ----------------------------------------------------------------------------------

_LOCAL = linear(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*", name="contact.email_local")
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_DOMAIN = linear(rf"(?:{_LABEL}\.)+(?:[A-Za-z]{{2,63}}|xn--[A-Za-z0-9-]{{1,59}})", name="contact.email_domain")


def normalise_email(raw: str) -> str:
    """A plain address like "naam@voorbeeld.nl" (domain in lower case). No display names, no
    comments, no quoted local parts, no IP literals: a simple form that is hard to abuse."""
    if not isinstance(raw, str) or not raw.strip():
        raise InvalidContact("empty e-mail address")
    text = raw.strip()
    if len(text) > EMAIL_MAX:
        raise InvalidContact(f"an e-mail address has at most {EMAIL_MAX} characters")
    local, sep, domain = text.rpartition("@")
    if not sep or not local or not domain:
        raise InvalidContact("an e-mail address looks like name@domain.nl")
    if len(local) > EMAIL_LOCAL_MAX:
        raise InvalidContact(f"the part before @ has at most {EMAIL_LOCAL_MAX} characters")
    if not _LOCAL.fullmatch(local) or not _DOMAIN.fullmatch(domain):
        raise InvalidContact("an e-mail address looks like name@domain.nl")
    return f"{local}@{domain.lower()}"


# --- either ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Contact:
    kind: str  # "phone" or "email"
    value: str  # normalised


def normalise_contact(raw: str) -> Contact:
    """A phone number or an e-mail address, whichever the text is."""
    if isinstance(raw, str) and "@" in raw:
        return Contact("email", normalise_email(raw))
    return Contact("phone", normalise_phone(raw))


# --- pseudonym -------------------------------------------------------------------------------

def normalise_pseudonym(raw: str) -> str:
    """1 to 40 letters (any script, accents included), digits, spaces and hyphens; runs of
    spaces become one, and leading and trailing spaces go."""
    if not isinstance(raw, str):
        raise InvalidContact("a pseudonym must be text")
    text = " ".join(unicodedata.normalize("NFC", raw).split())
    if not text:
        raise InvalidContact("empty pseudonym")
    if len(text) > PSEUDONYM_MAX:
        raise InvalidContact(f"a pseudonym has at most {PSEUDONYM_MAX} characters")
    for ch in text:
        if not (ch.isalpha() or ch in "0123456789 -"):
            raise InvalidContact("a pseudonym holds letters, digits, spaces and hyphens only")
    if not any(ch.isalnum() for ch in text):
        raise InvalidContact("a pseudonym needs at least one letter or digit")
    return text
