"""Which counsellors a booking goes to, and how to say who they are. Pure: no database, no Rasa.

Routing: a kind the person chose (VPOO or VPI) wins; otherwise the kind of the situation they
told about (integriteit -> VPI, omgangsvormen -> VPOO), when the organisation has a counsellor
of that kind; otherwise any counsellor. An explicit wish narrows further: internal or external,
or one counsellor by name (only counsellors with by_name), and a way of meeting ("op locatie"):
only counsellors who offer it. A counsellor the person would rather not see ("iemand anders dan
Marieke") is left out whenever anyone else fits. A wish that cannot be honoured is reported
(`unmet`), and the booking goes on with who there is.

Two matters of both kinds in one conversation (`both`: unwanted behaviour and integrity, tenth
stranger test c09): a counsellor who covers both (BEIDE) when the organisation has one; otherwise
the integrity counsellor, and the route says so (`only_integrity`) so that the bot can add that
the other matter can be discussed there too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from bot.booking.availability import VPI, VPOO, CounsellorInfo

INTERN, EXTERN = "intern", "extern"
VORM = "vorm"  # the unmet wish: nobody in the pool offers the way of meeting asked for
ANDER = "ander"  # the unmet wish: nobody fits but the counsellor the person would rather not see
INTEGRITEIT, OMGANGSVORMEN = "integriteit", "omgangsvormen"  # the kinds of situation (content/situaties.yml)
SITUATION_KIND = {INTEGRITEIT: VPI, OMGANGSVORMEN: VPOO}


@dataclass(frozen=True)
class Route:
    counsellors: list[CounsellorInfo]
    kind: str | None  # the kind the booking is for (VPOO, VPI) or None: any
    # "naam", "soort", "intern", "extern", "vorm" or "ander": a wish that could not be honoured
    unmet: str | None = None
    # both matters told, but nobody covers both: the booking goes to integrity only
    only_integrity: bool = False


def route(counsellors: Sequence[CounsellorInfo], *, chosen_kind: str | None = None, soort: str | None = None,
          where: str | None = None, key: str | None = None, mode: str | None = None,
          avoid: str | None = None, both: bool = False) -> Route:
    everyone = list(counsellors)
    if key == avoid:
        key = None
    if key:
        named = [c for c in everyone if c.key == key and c.by_name]
        if named:  # the person's choice stands; a way of meeting this counsellor does not offer is said
            return Route(named, None, VORM if mode and mode not in named[0].meeting_modes else None)
    unmet = "naam" if key else None
    explicit = chosen_kind in (VPOO, VPI)
    kind = chosen_kind if explicit else SITUATION_KIND.get(soort or "")
    pool = [c for c in everyone if c.serves(kind)]
    only_integrity = False
    if both and not explicit:
        covering = [c for c in everyone if c.serves(VPOO) and c.serves(VPI)]
        integrity = [c for c in everyone if c.serves(VPI)]
        if covering:
            pool, kind = covering, None
        elif integrity:
            pool, kind, only_integrity = integrity, VPI, True
    if not pool:  # nobody of that kind: any counsellor ("to any VP when it has one")
        unmet = unmet or ("soort" if explicit else None)
        pool, kind = everyone, None
    if avoid:  # "iemand anders dan Marieke": never offered when anyone else fits
        others = [c for c in pool if c.key != avoid]
        if others:
            pool = others
        elif any(c.key == avoid for c in pool):
            unmet = unmet or ANDER
    if where in (INTERN, EXTERN):
        narrowed = [c for c in pool if c.internal == (where == INTERN)]
        if narrowed:
            pool = narrowed
        else:
            unmet = unmet or where
    if mode:
        offering = [c for c in pool if mode in c.meeting_modes]
        if offering:
            pool = offering
        else:
            unmet = unmet or VORM
    return Route(pool, kind, unmet, only_integrity and all(not c.serves(VPOO) for c in pool))


def role(counsellor: CounsellorInfo, roles: Mapping[str, Mapping[str, str]]) -> str:
    return roles[counsellor.kind][INTERN if counsellor.internal else EXTERN]


def join(words: Sequence[str], last: str) -> str:
    """["a", "b", "c"], "of" -> "a, b of c"."""
    words = list(words)
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {last} {words[-1]}"


def describe(counsellors: Iterable[CounsellorInfo], texts: Mapping[str, str], roles: Mapping[str, Mapping[str, str]],
             mode_titles: Mapping[str, str], with_meeting_modes: bool = True) -> str:
    """"Ruud de Boer, externe vertrouwenspersoon integriteit (telefonisch of via video)", for each
    counsellor once, joined with the content's "en"."""
    parts: list[str] = []
    seen: set[str] = set()
    for c in counsellors:
        if c.key in seen:
            continue
        seen.add(c.key)
        template = texts["met_wie_en_hoe"] if with_meeting_modes else texts["met_wie"]
        ways = join([mode_titles[m] for m in c.meeting_modes], texts["of"])
        parts.append(template.replace("{naam}", c.name).replace("{rol}", role(c, roles)).replace("{wijzen}", ways))
    return join(parts, texts["en"])
