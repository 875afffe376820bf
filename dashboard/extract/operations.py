"""Operational events: deployments, withdrawals, arrests, resignations, emergency rule,
protests and clashes.

An operational cue takes as actor a mention of an allowed kind (the lexicon row's
``value``: ``kinds=``, ``country=``, ``names=``, ``before``), else the row's default actor
(unless ``require``, or when someone is speaking: reported words usually characterise
events rather than report new ones). An act named as the object of a stance verb
("concern over the decision to send troops") or negated ("no arrests") is not an event;
nor is one a call asks for, an undated backdrop ("despite the curfew"), a protest a rule
bans (``ban`` rows), a clash a body was ordered to (``mandate``), or troops moving on a
condition (``condition``: "will leave once the mission is over"); see :func:`_ruled_out`.
Operational events carry no stance, except protests (a crowd's position on fuel prices
or on a change of leadership).

Who did an act (the mention a cue takes, else the row's default actor) is decided in
``act_actors``; which issue it is about, in ``act_issues``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from dashboard.extract.act_actors import act_actor, ordered_act, unnamed_actor
from dashboard.extract.act_issues import act_issue, grievance_named, second_grievance
from dashboard.extract.clause_gaps import asked_for, opens_own_clause
from dashboard.extract.coding import Finding
from dashboard.extract.embedded import askers
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.rules import Act
from dashboard.extract.sentence_view import SentenceView, cue_matches
from dashboard.extract.subjects import pronoun_mentions
from dashboard.extract.verdicts import judged, listed_with

# troops moving: an act that a speaker may name as a condition or a promise
_MOVES = ("military_deployment", "withdrawal")


def _removed(mentions, match, undergone: bool, actor) -> str:
    """Who was removed: the one named before a passive form ("Massimov, dismissed"), else
    the first person or body named just after the verb ("fired Karim Massimov")."""
    if undergone:
        before = [m for m in mentions if m.end <= match.start() and m.kind == "person"]
        return before[-1].actor if before else ""
    after = [m for m in mentions if m.end > match.start() and m.start - match.end() <= 40
             and m.actor != actor.actor
             and m.kind in ("person", "government_body")]
    return after[0].actor if after else ""


def _negated_act(view: SentenceView, lexicon: Lexicon, match) -> bool:
    """A negation before or inside an operational cue ("no arrests", "troops did not
    arrive"); one after a noun belongs to the next verb ("le retrait ne doit pas durer")."""
    window = (max(view.start, match.start() - 20), match.end())
    return any(True for _ in lexicon.finditer("negation", view.folded, *window)) or \
        _denied_after(view, lexicon, match)


def _denied_after(view: SentenceView, lexicon: Lexicon, match) -> bool:
    """A negation with a ``passive`` auxiliary right after it ("не было") a few words
    after the cue, in its clause, denies the act too ("задержаний в ходе акции не было")."""
    clause = re.split(r"[,.;:!?]", view.folded[match.end():match.end() + 40])[0]
    for _, negation in lexicon.finditer("negation", view.folded, match.end(),
                                        match.end() + len(clause)):
        rest = view.folded[negation.end():negation.end() + 12]
        if any(verb.start() - negation.end() == 1 and not rest[:1].strip()
               for _, verb in lexicon.finditer("passive", view.folded, negation.end(),
                                               negation.end() + 12)):
            return True
    return False


def _inside_the_crowds_name(view: SentenceView, cue, match) -> bool:
    """True for a protest word inside the words that name the crowd ("участники
    протестов", "Teilnehmer der Proteste")."""
    return cue.event_type == "protest" and any(
        m.kind == "crowd" and m.start <= match.start() and match.end() <= m.end
        and (m.start, m.end) != (match.start(), match.end()) for m in view.mentions)


def _crowd_named_by_protest(view: SentenceView, cues) -> set[int]:
    """Starts of protest words inside the crowd's name when the sentence tells another act
    a crowd may do ("участники протеста ворвались в здание") or an arrest ("задержало
    более 200 участников протестов", "detained participants of the protests"): the words
    say who acted or was detained, not that a protest took place (alone, "participants of
    the rallies demanded ...", they still tell the protest)."""
    named = {m.start() for c, m in cues if _inside_the_crowds_name(view, c, m)}
    acts = [m for c, m in cues if ("crowd" in c.act.kinds or c.event_type == "arrest")
            and m.start() not in named]
    return named if acts else set()


def _governs(view: SentenceView, backdrop, match) -> bool:
    """True when a backdrop word ("despite", "in the wake of", "после") governs a cue:
    at most three words, and no clause break, between them ("in the wake of massive
    anti-government protests")."""
    gap = view.folded[backdrop.end():match.start()]
    return backdrop.end() <= match.start() and not re.search(r"[,;:.!?\"()]", gap) and \
        len(gap.split()) <= 3


def _banned(view: SentenceView, ban, match) -> bool:
    """True when a ``ban`` word ("banned", "interdit", "запрещены") governs a protest cue:
    six words at most, and no punctuation, between them, so a list of what is banned
    counts whole ("interdit les manifestations et les grèves")."""
    gap = view.folded[ban.end():match.start()]
    return ban.end() <= match.start() and not re.search(r"[,;:.!?\"()]", gap) and \
        len(gap.split()) <= 6


def _opens_passive(view: SentenceView, lexicon: Lexicon, match) -> bool:
    """True when a cue begins with a passive auxiliary ("was fired", "a été limogé"):
    the auxiliary is read up to each word break inside the cue, as before a verb."""
    text, start = view.folded, match.start()
    return any(m.start() == start
               for end in range(start + 1, match.end()) if text[end - 1] == " "
               for _c, m in lexicon.finditer("passive", text, start, end))


def _closes_passive(view: SentenceView, lexicon: Lexicon, match) -> bool:
    """True when, where the participle closes the clause (``verb_second``), a passive
    auxiliary stands right after the cue ("Massimow war entlassen worden")."""
    return lexicon.has_trait("verb_second") and any(
        m.start() == match.end() + 1 and view.folded[match.end()] == " "
        for _c, m in lexicon.finditer("passive", view.folded, match.end(), match.end() + 12))


def _undergone(view: SentenceView, lexicon: Lexicon, act: Act, match) -> bool:
    """True when the cue names what someone underwent, so the mention before it is not
    the one who acted: a passive form (``passive`` in the row's value: "освобождён от
    должности") or a participle set off by a comma ("Karim Massimov, limogé mercredi",
    "Massimov, dismissed on Wednesday")."""
    if act.passive or _opens_passive(view, lexicon, match) or _closes_passive(view, lexicon,
                                                                               match):
        return True  # the row says so, or an auxiliary opens the cue ("was fired")
    participle = re.match(  # a past participle ("dismissed", "limogé"), not "renvoyant"
        rf"\w+?(?:{lexicon.alternation('past_participle_ending')})\b", match.group(0))
    return act.before and participle is not None and \
        view.folded[max(view.start, match.start() - 2):match.start()].strip() == ","


def _dated_act(view: SentenceView, match, dated) -> bool:
    """True when a date of the sentence follows a cue in its clause ("in the wake of
    protests that began on 2 January", "was fired on Wednesday"): a backdrop the text
    dates is an event too."""
    return any(0 <= start - match.end() <= 40
               and not re.search(r"[,;:.]", view.folded[match.end():start])
               for start, _end in dated)


def operational_findings(view: SentenceView, lexicon: Lexicon, make_default,
                         speaker=None, dated=()) -> list[Finding]:
    """Operational events (deployment, arrest, protest, clash, emergency ...).

    ``make_default(name, position)`` builds a mention for a row's default actor; in
    reported speech ("Wang said ... the riots ...") the default is not used, since the
    words there usually characterise events rather than report a new one. ``dated``:
    the (start, end) spans of the sentence's own dates.
    """
    findings: list[Finding] = []
    words = _sentence_words(view, lexicon)
    mentions = words.mentions
    seen: dict[str, set[str]] = {}  # event type -> kinds of the actors found for it
    cues = cue_matches(lexicon, "operational", view)
    crowd_named = _crowd_named_by_protest(view, cues)
    for cue, match in cues:
        # "..., as protests spread to Almaty": a second act of a kind in a clause of its own
        # (after a ``clause_opener`` valued ``comma``)
        own = opens_own_clause(view.folded, lexicon, view.start, match.start(), comma=True)
        # the words reported stop where a clause of its own opens after them
        voice = None if own and speaker and speaker[2] <= match.start() else speaker
        if (cue.event_type in seen and cue.event_type != "violent_clash" and not own) or \
                _negated_act(view, lexicon, match) or match.start() in crowd_named or any(
                f.cue_start <= match.start() and match.end() <= f.cue_end for f in findings):
            continue  # a cue inside one already read ("murieron en los disturbios") too
        backdrop = any(_governs(view, m, match) for m in words.backdrops)
        if _ruled_out(view, lexicon, (cue, match), words, (backdrop, dated)):
            continue
        act = cue.act
        undergone = _undergone(view, lexicon, act, match)
        actor, named = act_actor(view, lexicon, (cue, match), mentions, voice, undergone,
                                 backdrop)
        if cue.event_type in seen and not own and (actor is None
                                                   or actor.kind in seen[cue.event_type]):
            continue  # one act of a kind per actor kind (the police's and the crowd's clash)
        actor = unnamed_actor(view, lexicon, (cue, match), actor, voice, undergone,
                              make_default)
        if actor is None:
            continue
        seen.setdefault(cue.event_type, set()).add(actor.kind)
        for agent in listed_with(view, lexicon, mentions, actor, match.start(), (actor.kind,)) \
                if act.before else [actor]:
            findings.append(_act_finding(view, lexicon, (cue, match), agent, mentions,
                                         (voice, undergone, named), words.restricted))
            findings += second_grievance(view, lexicon, cue, findings[-1])
    return findings


class _Words(NamedTuple):
    """What the operational coder reads of a sentence besides its act cues: the mentions
    that may act (with pronouns, not who asked for the act), the matches of its stance
    verbs (``stances``: not "at the request of"), verdicts, calls, backdrops and bans, and
    the topic rows that only refine an act's type (``restricted``)."""

    mentions: list
    stances: list
    verdicts: list
    calls: list
    backdrops: list
    bans: list
    restricted: list


def _sentence_words(view: SentenceView, lexicon: Lexicon) -> _Words:
    """Read once per sentence what :func:`operational_findings` weighs each act cue against."""
    restricted = [c for c, _m in cue_matches(lexicon, "topic", view) if c.event_type]
    mentions = sorted(view.mentions + pronoun_mentions(view, lexicon), key=lambda m: m.start)
    predicates = cue_matches(lexicon, "predicate", view)
    # "Auf Bitten Kasachstans schickte die OVKS ...": who asked for the act did not do it
    asking = askers(view, predicates)
    mentions = [m for m in mentions if all(m is not a for a in asking)]
    stances = [m for c, m in predicates if c.value in ("", "verdict")]  # not "at the request of"
    verdicts = [m for c, m in predicates if c.value == "verdict"]
    calls = [m for c, m in predicates if c.stance == "call"]  # what a call asks is no act
    backdrops = [m for _c, m in cue_matches(lexicon, "backdrop", view)]  # "despite the ..."
    bans = [m for _c, m in cue_matches(lexicon, "ban", view)]  # "banned rallies"
    return _Words(mentions, stances, verdicts, calls, backdrops, bans, restricted)


def _ruled_out(view: SentenceView, lexicon: Lexicon, read, words: _Words, context) -> bool:
    """True when an act cue (``read``: cue and match) names no act of its own, whoever did
    it: a banned protest, an act a stance verb characterises or a call asks for, a backdrop
    with no date of its own (``context``: whether a backdrop governs it, the sentence's
    dates), a clash ordered, or troops moving on a condition."""
    cue, match = read
    backdrop, dated = context
    if cue.event_type == "protest" and any(_banned(view, m, match) for m in words.bans):
        return True  # "the decree banned rallies and strikes": a rule, not a protest
    if _characterised(view, lexicon, cue, match, words.stances, words.verdicts) or any(
            asked_for(view.folded, lexicon, m, match.start()) for m in words.calls) or (
            backdrop and not _dated_act(view, match, dated)):
        return True  # "concern over the decision to send troops", "despite the curfew"
    if cue.event_type == "violent_clash" and ordered_act(view, lexicon, cue.act,
                                                         words.mentions, match):
        return True  # "authorized security forces to fire on protesters": an order
    # "will leave once their mission is over": a condition, no news
    return cue.event_type in _MOVES and _conditional(view, lexicon, match)


def _conditional(view: SentenceView, lexicon: Lexicon, match) -> bool:
    """True when a troop movement is named as a condition, a commitment or a goal: a
    ``condition`` word of the language in its clause, 60 characters at most before or after
    the cue ("until the forces withdraw", "their commitment to withdraw", "se retirará una
    vez concluida su misión"), or opening a clause right after a comma after it ("...
    verlassen, sobald ..."), or opening the sentence before it, one comma apart ("Once the
    mission is over, the troops will leave"): no act told."""
    text = view.folded
    for _c, word in lexicon.finditer("condition", text, max(view.start, match.start() - 90),
                                     min(view.end, match.end() + 60)):
        if word.end() <= match.start():
            gap = text[word.end():match.start()]
            opens = not re.search(r"\w", text[view.start:word.start()])
            if len(gap) <= 60 and not re.search(r"[,;:.!?]", gap) or \
                    opens and len(re.findall(r",", gap)) == 1 and not re.search(r"[;:.!?]", gap):
                return True
        elif re.fullmatch(r"[^,;:.!?]*(?:,\s*)?", text[match.end():word.start()]):
            return True  # ", sobald ...", ", как только ...": a clause of condition
    return False


def _act_finding(view: SentenceView, lexicon: Lexicon, read, agent, mentions, context,
                 restricted) -> Finding:
    """The finding of one act (``read``: its cue and match) by ``agent``; ``context`` is the
    sentence's speaker, whether the act was undergone, and whether a name was found for it
    (a default actor is less sure). Its issue may depend on who acted (an official's arrest)."""
    cue, match = read
    speaker, undergone, named = context
    issue = act_issue(view, lexicon, cue, match, mentions, (agent, *(speaker or ())[:1]))
    return Finding(cue.event_type, agent, issue, "", match.start(),
                   target=_removed(mentions, match, undergone, agent)
                   if cue.event_type == "resignation_dismissal" else "",
                   cue_end=match.end(), act=True, by_agent=cue.act.agent and named,
                   confidence=0.6 if named else 0.45,
                   restricted=[c for c in restricted if c.event_type == cue.event_type])


def _characterised(view: SentenceView, lexicon: Lexicon, cue, match, stances,
                   verdicts=()) -> bool:
    """True when a stance cue ending shortly before the act's cue characterises it
    ("concern over the decision to send troops"), or a verdict shortly after it judges it
    ("the dispatch of troops was justified"), rather than reports it, unless the act is
    a protest told with its grievance ("opposed protests over fuel prices"). A clause
    break between them ends that ("in answer to the request, Armenia sent troops")."""
    before = any(0 <= match.start() - m.end() <= 60
                 and not re.search(r"[,;:.!?]", view.folded[m.end():match.start()])
                 for m in stances)
    # "the dispatch of troops was justified": judged, not reported
    return (before or judged(view.folded, match.end(), verdicts)) and not (
        cue.act.cause and grievance_named(view.folded, lexicon, cue.issue, match.start()))
