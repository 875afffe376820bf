"""Secondary events embedded in a sentence whose main event is another one (issue 8).

One verb governs each topic word of a sentence (``coding``), so a second act named in the
same sentence needs its own reading:

- **a request named with its asker after it** ("the CSTO sent troops at the request of
  Tokayev", "à la demande du président", "по просьбе Казахстана", "auf Bitten der
  Regierung", "a petición de"): the asker's own request, beside whatever the sentence's
  verb says of the same issue ("China accepted the intervention, made at Tokayev's
  request"); on the issue of the topic nearest the cue, else of the deployment the
  sentence reports. A phrase "at the request of X" carries no date of its own: the
  sentence's date is that of its verb's act, so such a request is left undated (the
  real-news annotation dates a background request only by a date of its own);
- **a verb of backing or criticism in a passive participle with its agent** ("Tokayev,
  backed by Moscow, said ...", "soutenu par la Russie", "X was criticised by Y"): the
  agent's stance, told in passing, not the clause subject's: it takes no stance in the
  sentence (lexicon word kind ``passive_agent``; en, fr: German "von" and Spanish "por"
  also follow active verbs and nouns, "Unterstützung von", "agradeció por");
- **an act the protests turned into** ("protests turned into riots", "протесты переросли
  в беспорядки"): a lexicon matter, the crowd's clash beside its protest (``operational``
  rows of each language).
"""

from __future__ import annotations

import re

from dashboard.extract.actors import Mention
from dashboard.extract.governing import nearest
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.sentence_view import SentenceView, cue_matches


def named_after(view: SentenceView, match) -> Mention | None:
    """The party named right after a cue that puts its agent after it ("at the request
    of President Tokayev", "à la demande du président kazakh", "по просьбе Токаева")."""
    after = [m for m in view.mentions if m.start >= match.end()
             and m.start - match.end() <= 30 and m.kind not in ("crowd", "unknown")]
    # "a request from Kazakhstan's embattled president": a possessive names no party
    if after and re.match(r"'s?\s", view.folded[after[0].end:after[0].end + 3]):
        return None
    return after[0] if after else None


def askers(view: SentenceView, predicates) -> list[Mention]:
    """The parties named after the sentence's request cues ("auf Bitten Kasachstans
    schickte die OVKS ..."): who asked for an act did not do it."""
    return [a for a in (named_after(view, m) for c, m in predicates if c.value == "after")
            if a is not None]


def named_requests(view: SentenceView, lexicon: Lexicon, predicates, held,
                   seen) -> list[tuple]:
    """The requests whose asker is named after their cue and that govern no topic of
    their own: ``(event type, asker, issue, stance, topic start)`` each. ``held``: the
    (actor, event type) pairs the sentence already gives; ``seen``: the sentence's topics
    (cue, match) and the starts of the verbs that already govern one."""
    topics, used = seen
    asking = [(c, m) for c, m in predicates if c.value == "after" and c.stance == "request"
              and m.start() not in used]
    if not asking:
        return []
    topics = topics or [(c, m) for c, m in cue_matches(lexicon, "operational", view)
                        if c.event_type == "military_deployment"]
    found, held = [], set(held)
    for cue, match in asking:
        asker, topic = named_after(view, match), nearest(topics, match.start())
        if asker is None or topic is None or (asker.actor, cue.event_type) in held:
            continue
        issue = topic[0].issue
        stance, override = lexicon.stances.get((issue, "request"), (topic[0].stance, ""))
        held.add((asker.actor, cue.event_type))
        found.append((override or cue.event_type, asker, issue, stance, topic[1].start()))
    return found


def passive_participle(view: SentenceView, lexicon: Lexicon, cue, match) -> bool:
    """True when a verb of backing or criticism is followed at once by a word introducing
    a passive's agent (``passive_agent``, this language's: "backed by", "soutenu par") and
    a party named right after it (an article apart). Not one of concern: "alarmed by the
    violence" is its subject's own concern."""
    words = lexicon.words("passive_agent")
    if cue.stance not in ("support", "oppose"):
        return False
    after = re.match(r"\s+(\w+)\s+(?:\w+\s+)?", view.folded[match.end():view.end])
    if not words or after is None or after.group(1) not in words:
        return False
    # the agent is a party ("backed by Moscow"), not what moved the subject ("appalled by
    # the use of live ammunition": the subject's own reaction)
    return any(0 <= m.start - match.end() <= after.end() for m in view.mentions)
