"""Phone calls and meetings: one ``phone_call`` finding per call, from the side reported
from (the sentence's subject) to the other side.

The other side is the person named after a comitative word ("with", "avec", "с", "con",
"mit": the lexicon's ``comitative`` rows) following the cue; when the cue opens the sentence
("In a phone call with Putin, Tokayev ...", "En una conversación telefónica con X, ... Y ha
garantizado"), the side reported from is the subject named after that complement, not the
person the complement names. A list of people after the cue ("with Tokayev, Aliyev and
Japarov") gives one call each.
"""

from __future__ import annotations

import re

from dashboard.extract.actors import Mention
from dashboard.extract.coding import Finding
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.sentence_view import SentenceView, cue_matches
from dashboard.extract.subjects import not_subject, pronoun_mentions

# how far after the cue a comitative word may introduce the other side
_REACH = 80


def phone_findings(view: SentenceView, lexicon: Lexicon,
                   speaker: tuple[Mention, int, int] | None) -> list[Finding]:
    """A call or meeting: actor = the side reported from (first subject), target = other.
    Talks with no known other side named inside a quotation ("«what talks with
    killers?»") are the speaker's words, not a call the text reports."""
    cues = cue_matches(lexicon, "phone", view)
    if not cues:
        return []
    _cue, match = cues[0]
    actor, reporter = _reported_side(view, lexicon, speaker, match)
    if actor is None:
        return []
    others = [m for m in view.mentions if m.actor not in (actor.actor, reporter)
              and m.kind != "crowd"]
    people = [m for m in others if m.kind == "person"]
    target = (people or others or [None])[0]
    if target is None and (actor.via == "anaphora" or any(a < match.start() < b
                                                          for a, b in view.quotes)
                           or _refused(view, lexicon, match)):
        return []  # "he blasted calls for talks", "«what talks with killers?»": no call
    # the call's own words ("телефонные переговоры": talks) are not what it was about; a
    # topic of calls only ("discussed the situation in the country") is
    topics = [t for t, m in cue_matches(lexicon, "topic", view)
              if t.event_type in ("", "phone_call")
              and not (m.start() < match.end() and match.start() < m.end())]
    issue = topics[0].issue if topics else ""
    stance = lexicon.stances.get((issue, "none"), ("", ""))[0] if issue else ""
    listed = _listed_people(view, lexicon, [m for m in view.mentions if m.start > match.start()
                                            and m.kind in ("person", "unknown")
                                            and m.actor not in (actor.actor, reporter)
                                            and not (speaker and speaker[1] > match.end()
                                                     and m.actor == speaker[0].actor)])
    return [Finding("phone_call", actor, issue, stance, match.start(),
                    target=other.actor if other else "", confidence=0.7)
            for other in (listed if len(listed) > 1 else [target])]


def _reported_side(view: SentenceView, lexicon: Lexicon,
                   speaker: tuple[Mention, int, int] | None, match) -> tuple:
    """(the side a call at ``match`` is reported from, the reporter's actor when another
    than that side): the first subject named before the cue, a person first, else a
    pronoun, else the speaker; the speaker when a side of the call itself; a side named
    in the clause the speaker reports, or after "between"; the person named besides the
    other side when the cue opens the sentence ("In a phone call with Putin, Tokayev")."""
    heads = [m for m in view.mentions if m.start < match.start()
             and not not_subject(view, lexicon, m)]
    if not heads:  # "Il s'est entretenu avec ...": the pronoun is the side reported from
        heads = [m for m in pronoun_mentions(view, lexicon) if m.start < match.start()
                 and not not_subject(view, lexicon, m)]
    people = [m for m in heads if m.kind == "person"]
    actor = (people or heads or [speaker[0] if speaker else None])[0]
    reporter = None
    # "Kremlangaben zufolge dankte Tokajew in einem Telefonat Putin": a source that is
    # itself a side of the call (named again in the sentence) is the side reported from
    party = speaker is not None and speaker[2] <= match.start() and any(
        m.actor == speaker[0].actor and m.start >= speaker[2] for m in view.mentions)
    if party and actor is not None:
        actor = speaker[0]
    elif speaker and actor is not None and actor.actor == speaker[0].actor:
        # "Peskov said Putin and Tokayev spoke by phone": a side named in the clause the
        # speaker reports, not the speaker, is the side reported from
        reported = [m for m in (people or heads) if m.start >= speaker[2]
                    and m.actor != speaker[0].actor]
        if reported and speaker[2] <= match.start():
            actor, reporter = reported[0], speaker[0].actor
        elif between := _between(view, lexicon, match):
            # "Dujarric said there was a call between Gherman and Tileuberdi": the first
            # side named after "between" is the side reported from, not the speaker
            actor, reporter = between, speaker[0].actor
    partner = _with_complement(view, lexicon, match)
    if actor is None or (partner is not None and actor.actor == partner.actor and not heads):
        # the cue opens the sentence: the side reported from is named after "with X"
        actor = next((m for m in view.mentions if m.kind == "person"
                      and (partner is None or m.actor != partner.actor)), None)
    return actor, reporter


def _between(view: SentenceView, lexicon: Lexicon, match) -> Mention | None:
    """The first person named after a ``reciprocal`` word ("between", "entre", "между",
    "zwischen") that follows the call cue, with no clause break between: one side of a
    call whose two sides the text names together."""
    words = lexicon.pooled_words("reciprocal")
    for found in re.finditer(r"\w+", view.folded[match.end():min(view.end,
                                                                  match.end() + _REACH)]):
        if found.group(0) in words:
            start = match.end() + found.end()
            named = [m for m in view.mentions if m.kind in ("person", "unknown")
                     and m.start >= start
                     and not re.search(r"[.;:!?,]", view.folded[start:m.start])]
            return named[0] if named and named[0].kind == "person" else None
    return None


def _refused(view: SentenceView, lexicon: Lexicon, match) -> bool:
    """True when the talks are denied or refused ("keine Gespräche mit den Banditen",
    "lehnte Gespräche mit ... ab"): a negation right before the cue (a word apart), or a
    rejecting verb opening shortly before it."""
    head = view.folded[max(view.start, match.start() - 30):match.start()].split()[-2:]
    return any(cue.regex.fullmatch(word) for word in head for cue in lexicon.of("negation")) \
        or any(c.stance == "reject" and 0 <= match.start() - m.start() <= 30
               for c, m in cue_matches(lexicon, "predicate", view))


def _with_complement(view: SentenceView, lexicon: Lexicon, match) -> Mention | None:
    """The first person named after a comitative word that follows the call cue, with no
    clause break between ("a call with Putin", "conversación telefónica con el ministro
    kazajo, Mujtar Tileuberdi"): the other side of the call. A comma after an unnamed
    complement ("avec son homologue kazakh, Xi Jinping a ...") closes it: the person
    after it is the side reported from."""
    words = lexicon.pooled_words("comitative")
    for mention in view.mentions:
        gap = view.folded[match.start():mention.start]
        if mention.kind != "person" or mention.start < match.end() or len(gap) > _REACH:
            continue
        # "with his Kazakh counterpart, Xi said": a comma after the complement ends it,
        # unless the name stands in apposition to it ("con el ministro, Mujtar X.")
        linked = [w for w in re.finditer(r"\w+", gap) if w.group(0) in words]
        closed = bool(linked) and "," in gap[linked[-1].end():] and not re.match(
            r"\s*(?:[,.;)]|$)", view.folded[mention.end:view.end])
        return mention if linked and not closed and not re.search(r"[.;:!?]", gap) else None
    return None


def _listed_people(view: SentenceView, lexicon: Lexicon,
                   people: list[Mention]) -> list[Mention]:
    """The people named one after another in a list ("with Tokayev, Aliyev and
    Japarov"): a call with each of them is a call of its own (one event per call). Up to
    three words of a title may stand before a name ("and Tajik President Emomali
    Rahmon", "and Armenian Prime Minister Nikol Pashinyan")."""
    listed = people[:1]
    for mention in people[1:]:
        gap = view.folded[listed[-1].end:mention.start]
        if not gap.strip():  # "President" read as a name of its own, then the name itself
            listed[-1] = mention
            continue
        if not re.fullmatch(rf"\s*(?:,|,?\s*(?:{lexicon.alternation('conjunction')}))\s*"
                            r"(?:[\w-]+\s+){0,3}", gap):
            break
        listed.append(mention)
    # people the book does not know still link the list, but are no target
    return [m for m in listed if m.kind == "person"]
