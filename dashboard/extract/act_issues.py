"""Which issue an act is about, once its cue and actor are read (``operations``).

A row's issue, unless the row says otherwise: a protest's usual grievance (``cause``, fuel
prices) only when the article names it, else ``other``; the ``person_issue`` when the act
befell a person of the actor book (the arrest of a removed official); the ``body_issue``
when a body, not a crowd, acted; a protest-only topic of its sentence refines a protest's
issue and gives its stance.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.extract.act_actors import passive_between
from dashboard.extract.coding import Finding, stance_table
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.sentence_view import SentenceView, cue_matches


def act_issue(view: SentenceView, lexicon: Lexicon, cue, match, mentions, agents) -> str:
    """The issue of an act (``agents``: its actor, then the speaker if any), as its row
    says: the named grievance of a protest (``cause``), the ``person_issue`` when the act
    befell a person of the actor book (the arrest of a removed official), the
    ``body_issue`` when a body rather than a crowd acted, else the row's issue."""
    act = cue.act
    if act.cause:
        return _protest_cause(view, lexicon, cue.issue)
    if act.person_issue and _befell_person(view, lexicon, match, mentions,
                                           {m.actor for m in agents}):
        return act.person_issue
    return act.body_issue if act.body_issue and agents[0].kind != "crowd" else cue.issue


def _befell_person(view: SentenceView, lexicon: Lexicon, match, mentions,
                   agents: set[str]) -> bool:
    """True when a person the actor book knows (not the actor or the speaker) underwent
    the act: named (or referred to) just before a passive cue, with at most one other word
    and an aside in commas between ("Massimov was arrested", "Massimov, has been arrested",
    "il, désormais prisonnier, est incarcéré"; the auxiliary may open the clause: "wurde
    Massimow festgenommen"), or right after the cue with no clause break ("detained
    Massimov", "задержан Масимов")."""
    text = view.folded
    for mention in mentions:
        if mention.kind != "person" or mention.actor in agents:
            continue
        if mention.end <= match.start():
            gap = text[mention.end:match.start()]
            for _c, aux in lexicon.finditer("passive", text, mention.end, match.start()):
                gap = gap.replace(text[aux.start():aux.end()], " ", 1)
            gap = re.sub(r",[^,;:.!?]{0,40},", " ", gap)  # an aside: ", now a prisoner,"
            if _bracketed(view, lexicon, mention, match) or \
                    len(gap) <= 40 and len(re.findall(r"\w+", gap)) <= 1 and (
                    passive_between(view, lexicon, mention.end, match.start())
                    or passive_between(view, lexicon, max(view.start, mention.start - 12),
                                       mention.start)):
                return True
        elif mention.start - match.end() <= 40 and \
                not re.search(r"[,;:.!?\"()]", text[match.end():mention.start]):
            return True
    return False


def _bracketed(view: SentenceView, lexicon: Lexicon, mention, cue) -> bool:
    """Where the finite verb stands second and the participle closes the clause, a passive
    auxiliary right after a name, or before it with at most three words of its own between
    (an article, a title: no ``preposition``), and the cue after a few words of its clause
    ("Massimow wurde wegen Hochverrats festgenommen", "zufolge wurde Massimow am Samstag
    festgenommen", "Am Samstag wurde der frühere Geheimdienstchef Massimow festgenommen");
    or the perfect passive, its auxiliary right after the cue ("Massimow ist wegen
    Hochverrats festgenommen worden"): the named person underwent the act."""
    if not lexicon.has_trait("verb_second") or mention.end > cue.start():
        return False
    text = view.folded
    if re.search(r"[,;:.!?\"()]", text[mention.end:cue.start()]) or \
            cue.start() - mention.end > 40:
        return False
    if any(m.start() - cue.end() == 1
           for _c, m in lexicon.finditer("passive", text, cue.end(), cue.end() + 12)):
        return True
    return any(0 <= m.start() - mention.end <= 1 or 0 <= mention.start - m.end() <= 1
               or _title_gap(text[m.end():mention.start], lexicon)
               for _c, m in lexicon.finditer("passive", text, max(view.start,
                                                                  mention.start - 40), cue.start())
               if m.end() <= mention.start or m.start() >= mention.end)


def _title_gap(gap: str, lexicon: Lexicon) -> bool:
    """True when ``gap``, between a passive auxiliary and a name after it, holds at most
    three words and none of them a ``preposition`` (an article and a title: "der frühere
    Geheimdienstchef"; not "bei Protesten gegen")."""
    words = re.findall(r"[\w-]+", gap)
    if not gap.strip() or len(words) > 3 or re.search(r"[^\w\s-]", gap):
        return False
    return not any(next(lexicon.finditer("preposition", f" {w} "), None) for w in words)


def grievance_named(folded: str, lexicon: Lexicon, issue: str, start: int) -> bool:
    """True when a protest's grievance (a topic of ``issue``) is named in the words that
    follow its cue at ``start``, with no clause break ("protests over fuel prices",
    "protests against the price rise"): the protest is told as an event of its own, even
    beside another act or a stance verb."""
    if issue == "other":
        return False
    window = re.match(r"[^,;:.!?]{0,70}", folded[start:]).group(0)
    return any(cue.regex.search(window) for cue in lexicon.of("topic")
               if cue.issue == issue and not cue.event_type)


def _protest_cause(view: SentenceView, lexicon: Lexicon, issue: str) -> str:
    """A row's issue marked ``cause`` (the crowd's usual grievance: fuel prices) holds only
    when the article names that grievance somewhere ("protests over the gas price", a
    paragraph on the price rise); otherwise the cause is unknown: ``other``, no stance
    (the event model's convention for protests whose issue is not stated)."""
    named = any(True for cue in lexicon.of("topic") if cue.issue == issue
                and not cue.event_type and cue.regex.search(view.folded))
    return issue if named else "other"


def second_grievance(view: SentenceView, lexicon: Lexicon, cue, finding: Finding) -> list:
    """A protest whose sentence names both the crowd's usual grievance and a protest-only
    topic ("protests against the gas price soon turned against the regime") is a protest
    on each: the grievance's own row beside the one the topic refines."""
    if not (cue.act.cause and finding.restricted and finding.issue == cue.issue) or not any(
            t.issue == cue.issue and not t.event_type
            for t, _m in cue_matches(lexicon, "topic", view)):
        return []
    # the topic must be the crowd's: close after a protest's cue, no one else named between
    # ("Nach Protesten gegen den Gaspreis nahm Tokajew den Rücktritt der Regierung an": no)
    protests = [m for c, m in cue_matches(lexicon, "operational", view)
                if c.event_type == "protest"]
    topics = [m for c, m in cue_matches(lexicon, "topic", view) if c.event_type == "protest"]
    if not any(0 <= t.start() - p.end() <= 80 and not any(
            p.end() <= m.start < t.start() and m.kind != "crowd" for m in view.mentions)
            for p in protests for t in topics):
        return []
    return [replace(finding, restricted=[])]


def refine_operational(finding: Finding, stances: dict | None = None) -> None:
    """Issue and stance of a protest once its actor is known (a clash's issue is set when
    it is found: its row's ``body_issue`` when a body acted, see :class:`Act`).

    A protest takes the issue of a protest-only topic cue in its sentence ("Shal ket" ->
    ``leadership_change``), else its row's issue, and the stance a protest expresses on
    that issue (``oppose`` for fuel prices, ``support`` for a change).
    """
    if finding.event_type == "protest":
        if finding.restricted:
            finding.issue = finding.restricted[0].issue
        finding.stance = "" if finding.issue == "other" else \
            (stance_table() if stances is None else stances).get(
                (finding.issue, "oppose"), ("oppose", ""))[0]
