"""What the coders read of one sentence: its span, folded text and actor mentions, and the
discourse's last referents (:class:`SentenceView`), and the cue matches of a kind inside it
(:func:`cue_matches`: cue words inside a longer actor name do not count).

Every coder (speakers, subjects, positions, calls, acts) reads the sentence through these two;
they sit apart so that each coder can import them without importing the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dashboard.extract.actors import Mention
from dashboard.extract.lexicon import Lexicon


@dataclass
class SentenceView:
    """What coding needs to know about one sentence."""

    start: int
    end: int
    folded: str
    mentions: list[Mention]
    last_speaker: Mention | None
    last_person: Mention | None = None
    last_body: Mention | None = None
    last_organisation: Mention | None = None
    last_president: Mention | None = None
    home: str = ""  # the crisis's country (ISO3), set by the extractor from its config
    quotes: tuple[tuple[int, int], ...] = ()  # the article's quotations (quotes.quotations)
    last_mention: Mention | None = None  # the last actor named before the sentence
    last_country: str = ""  # the country of the last subject before the sentence (ISO3)
    # (folded role, country, actor, kind) of the actor book's bodies, for "МИД страны"
    offices: tuple[tuple[str, str, str, str], ...] = ()


def cue_matches(lexicon: Lexicon, kind: str, view: SentenceView):
    """Cue matches in the sentence; cue words inside a longer actor name ("human rights" in
    "Human Rights Watch", "states" in "United States") do not count, a whole name ("CSTO"),
    or one made only of such words ("миротворцы ОДКБ"), does; topic words inside a topic
    row valued ``venue`` ("at the CSTO videoconference") do not count either, nor does
    the venue itself."""
    found = list(lexicon.finditer(kind, view.folded, view.start, view.end))
    if kind not in ("topic", "predicate", "reporting"):
        return found
    names = [(m.start, m.end) for m in view.mentions if m.via == "alias"]
    def inside_name(match) -> bool:
        for a, b in names:
            if a <= match.start() and match.end() <= b:
                rest = list(view.folded[a:b])
                for _c, m in found:  # the name's letters no cue of the kind covers
                    if a <= m.start() and m.end() <= b:
                        rest[m.start() - a:m.end() - a] = " " * (m.end() - m.start())
                return bool(re.search(r"[^\W\d_]{3}", "".join(rest)))
        return False

    kept = [(c, m) for c, m in found if not inside_name(m)]
    if kind == "topic":  # "at the CSTO summit": a meeting of the body, where words were said
        venues = [m for c, m in kept if c.value == "venue"]
        kept = [(c, m) for c, m in kept if c.value != "venue" and not any(
            v.start() <= m.start() and m.end() <= v.end() for v in venues)]
    if kind == "predicate":  # "sur la demande de": the longer cue, not "demande" inside it
        kept = [(c, m) for c, m in kept if not any(
            o.start() <= m.start() and m.end() <= o.end() and o.end() - o.start() >
            m.end() - m.start() for _c, o in kept)]
    return kept
