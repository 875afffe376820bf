"""What the words between a name and a verb say about the clause they stand in.

The speaker and subject rules (``speakers``) often turn on a short gap of text: does a
``complementizer`` ("that", "que", "что") open a reported clause after the verb; does a
comma before a name close an apposition (", Josep Borrell, said") or break the clause; is
the gap after a verb only a ``determiner`` ("forderte die EU"). These tests read only a
string and the lexicon's function words, so they live apart from the mentions they are
asked about.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard.extract.lexicon import Lexicon

# what sets a clause or an aside apart from the words around it: a comma, a semicolon,
# a colon, a bracket or a dash (the scope of a date or a place, see ``dating``, ``places``)
CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]")


def clause_nearness(folded: str, start: int, end: int, position: int) -> tuple[bool, int]:
    """How near a span (a date, a place) is to a position, as a sort key: first whether a
    ``CLAUSE_BREAK`` stands between them (a span of the position's own clause comes first),
    then the characters between the nearer ends."""
    gap = folded[end:position] if end <= position else folded[position:start]
    return bool(CLAUSE_BREAK.search(gap)), min(abs(start - position), abs(end - position))


def complementizers(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(opens the text, or a colon; stands as a word) regexes of the ``complementizer``
    words ("que", "that", "что") of every language, as the regexes in code had them."""
    return _complementizer_regexes(lexicon.alternation("complementizer"))


@lru_cache(maxsize=16)
def _complementizer_regexes(alternation: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return re.compile(rf"\s*(?:{alternation}|:)"), re.compile(rf"\b(?:{alternation})\b")


def apposition_close(gap: str, lexicon: Lexicon) -> bool:
    """True for the comma closing an apposition before the verb ("Josep Borrell, a pour sa
    part demandé", "the Kazakh president, Kassym-Jomart Tokayev, requested": one comma,
    then the verb, or an ``auxiliary`` and the verb; "Wang Yi, who ..., has said" is not
    this), or for a ``relative_pronoun`` right before it ("Serdyukov, who thanked",
    "Serdiukov, quien agradeció"), an ``aside`` between commas before either."""
    auxiliary = lexicon.alternation("auxiliary")
    # an ``aside`` between commas ("Putin, for his part, welcomed", "Песков, в свою очередь,
    # заявил") leaves the name before it the verb's subject
    gap = re.sub(rf"^,\s*(?:{lexicon.alternation('aside')})\s*(?=,)", "", gap)
    return bool(re.fullmatch(rf",\s*(?:(?:{auxiliary})\b[^,;:—–]*)?", gap)) or bool(
        re.fullmatch(rf",\s*(?:{lexicon.alternation('relative_pronoun')})\s*", gap))


def determiners_only(gap: str, lexicon: Lexicon) -> bool:
    """True for an empty gap or one determiner ("forderte die EU", "lobte el Gobierno"), a
    reflexive pronoun of the language's verb before it ("bedankte sich der Präsident")."""
    words = gap.split()
    if words and words[0] in lexicon.words("reflexive"):
        words = words[1:]
    return not words or (len(words) == 1 and any(
        cue.regex.fullmatch(words[0]) for cue in lexicon.of("determiner")))


def comma_before(head: str, lexicon: Lexicon) -> bool:
    """True when a comma ends ``head`` (the sentence up to a mention), an ``article`` apart
    at most (", Josep Borrell, said", "Ned Price, the State Department spokesman, said")."""
    head = head.rstrip()
    last = head.rsplit(None, 1)
    if len(last) == 2 and last[1] in lexicon.pooled_words("article"):
        head = last[0].rstrip()
    return head.endswith(",")


def clause_openers(folded: str, lexicon: Lexicon, start: int, end: int,
                   comma: bool | None = None):
    """Yield the match of every ``clause_opener`` of the language in ``folded[start:end]``
    ("tandis que", "alors qu'", ", as", ", while"): a clause with its own subject, acts and
    places opens there. A row valued ``comma`` opens one only right after a comma in the
    range (", as protests spread to Almaty", not "such as"). ``comma`` set keeps only the
    rows so valued (``True``) or only the others (``False``), for the two effects that
    differ between them (see ``data/lexicons/README.md``)."""
    for cue, match in lexicon.finditer("clause_opener", folded, start, end):
        if comma is not None and (cue.value == "comma") != comma:
            continue
        if cue.value != "comma" or re.search(r",\s*$", folded[start:match.start()]):
            yield match


def clause_between(folded: str, lexicon: Lexicon, start: int, end: int,
                   comma: bool | None = None) -> bool:
    """True when a clause of its own opens between two positions (see
    :func:`clause_openers`, ``comma`` likewise): a stance verb on one side governs no
    topic on the other, a subject named after it is no speaker's, and a town named after
    it is no place of an act before it (nor, past an opener with no ``comma`` value such
    as "tandis que", a town named before it of an act after it: ``places.places_for``)."""
    return start < end and any(clause_openers(folded, lexicon, start, end, comma))


def opens_own_clause(folded: str, lexicon: Lexicon, start: int, position: int,
                     comma: bool | None = None) -> bool:
    """True when the words at ``position`` open a clause after a ``clause_opener``
    ("..., as protests spread to Almaty"; ``comma`` as in :func:`clause_openers`): up to
    two words (an article, an adjective) between the opener and them."""
    return any(len(folded[match.end():position].split()) <= 2
               for match in clause_openers(folded, lexicon, start, position, comma))


def asked_for(folded: str, lexicon: Lexicon, call, position: int) -> bool:
    """True when the words at ``position`` are what a call (``call``: its match) asks for,
    after its addressees and an ``infinitive_marker`` ("called on everyone, including the
    security forces, protesters and others, to refrain from violence"): the marker within
    100 characters of the call, the words within 40 of the marker, no sentence break."""
    if not call.end() <= position <= call.end() + 140:
        return False
    gap = folded[call.end():position]
    markers = list(re.finditer(rf"\b(?:{lexicon.alternation('infinitive_marker')})\b", gap))
    marker = markers[-1] if markers else None
    return marker is not None and marker.start() <= 100 and len(gap) - marker.end() <= 40 \
        and not re.search(r"[;.!?]", gap)
