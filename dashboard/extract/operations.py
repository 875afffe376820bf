"""Operational events: deployments, withdrawals, arrests, resignations, emergency rule,
protests and clashes.

An operational cue takes as actor a mention of an allowed kind (the lexicon row's
``value``: ``kinds=``, ``country=``, ``names=``, ``before``), else the row's default actor
(unless ``require``, or when someone is speaking: reported words usually characterise
events rather than report new ones). An act named as the object of a stance verb
("concern over the decision to send troops") or negated ("no arrests") is not an event.
Operational events carry no stance, except protests (a crowd's position on fuel prices
or on a change of leadership).

Who did an act (the mention a cue takes, else the row's default actor) is decided in
``act_actors``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.extract.act_actors import act_actor, ordered_act, passive_between, unnamed_actor
from dashboard.extract.clause_gaps import asked_for, opens_own_clause
from dashboard.extract.coding import Finding, stance_table
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


def _undergone(view: SentenceView, lexicon: Lexicon, act: Act, match) -> bool:
    """True when the cue names what someone underwent, so the mention before it is not
    the one who acted: a passive form (``passive`` in the row's value: "освобождён от
    должности") or a participle set off by a comma ("Karim Massimov, limogé mercredi",
    "Massimov, dismissed on Wednesday")."""
    if act.passive or _opens_passive(view, lexicon, match):
        return True  # the row says so, or the cue opens with an auxiliary ("was fired")
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
    restricted = [c for c, _m in cue_matches(lexicon, "topic", view) if c.event_type]
    seen: dict[str, set[str]] = {}  # event type -> kinds of the actors found for it
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
        if cue.event_type == "protest" and any(_banned(view, m, match) for m in bans):
            continue  # "the decree banned rallies and strikes": a rule, not a protest
        backdrop = any(_governs(view, m, match) for m in backdrops)
        if _characterised(view, lexicon, cue, match, stances, verdicts) or any(
                asked_for(view.folded, lexicon, m, match.start()) for m in calls) or (
                backdrop and not _dated_act(view, match, dated)):
            continue  # "concern over the decision to send troops", "despite the curfew"
        act = cue.act
        if cue.event_type == "violent_clash" and ordered_act(view, lexicon, act, mentions, match):
            continue  # "authorized security forces to fire on protesters": an order
        if cue.event_type in _MOVES and _conditional(view, lexicon, match, dated):
            continue  # "will leave once their mission is over": a condition, no news
        undergone = _undergone(view, lexicon, act, match)
        actor, named = act_actor(view, lexicon, (cue, match), mentions, voice, undergone,
                                 backdrop)
        if cue.event_type in seen and not own and (actor is None
                                                   or actor.kind in seen[cue.event_type]):
            continue  # one act of a kind per actor kind (the police's and the crowd's clash)
        actor = unnamed_actor(view, (cue, match), actor, voice, undergone, make_default)
        if actor is None:
            continue
        seen.setdefault(cue.event_type, set()).add(actor.kind)
        for agent in listed_with(view, lexicon, mentions, actor, match.start(), (actor.kind,)) \
                if act.before else [actor]:
            findings.append(_act_finding(view, lexicon, (cue, match), agent, mentions,
                                         (voice, undergone, named), restricted))
            findings += _second_grievance(view, lexicon, cue, findings[-1])
    return findings


def _conditional(view: SentenceView, lexicon: Lexicon, match, dated) -> bool:
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


def _second_grievance(view: SentenceView, lexicon: Lexicon, cue, finding: Finding) -> list:
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


def _act_finding(view: SentenceView, lexicon: Lexicon, read, agent, mentions, context,
                 restricted) -> Finding:
    """The finding of one act (``read``: its cue and match) by ``agent``; ``context`` is the
    sentence's speaker, whether the act was undergone, and whether a name was found for it
    (a default actor is less sure). Its issue may depend on who acted (an official's arrest)."""
    cue, match = read
    speaker, undergone, named = context
    issue = _act_issue(view, lexicon, cue, match, mentions, (agent, *(speaker or ())[:1]))
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


def _act_issue(view: SentenceView, lexicon: Lexicon, cue, match, mentions, agents) -> str:
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
            if _bracketed(view, lexicon, mention, match.start()) or \
                    len(gap) <= 40 and len(re.findall(r"\w+", gap)) <= 1 and (
                    passive_between(view, lexicon, mention.end, match.start())
                    or passive_between(view, lexicon, max(view.start, mention.start - 12),
                                       mention.start)):
                return True
        elif mention.start - match.end() <= 40 and \
                not re.search(r"[,;:.!?\"()]", text[match.end():mention.start]):
            return True
    return False


def _bracketed(view: SentenceView, lexicon: Lexicon, mention, cue: int) -> bool:
    """Where the finite verb stands second and the participle closes the clause, a passive
    auxiliary right after a name, or right before it, and the cue after a few words of its
    clause ("Massimow wurde wegen Hochverrats festgenommen", "zufolge wurde Massimow am
    Samstag festgenommen"): the named person underwent the act."""
    if not lexicon.has_trait("verb_second") or mention.end > cue:
        return False
    aux = next((m for _c, m in lexicon.finditer("passive", view.folded,
                                                max(view.start, mention.start - 8), cue)
                if 0 <= m.start() - mention.end <= 1 or 0 <= mention.start - m.end() <= 1),
               None)
    return aux is not None and cue - mention.end <= 40 and \
        not re.search(r"[,;:.!?\"()]", view.folded[mention.end:cue])


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
