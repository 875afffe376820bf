"""Who did an operational act: the mention a deployment, arrest, protest or clash cue
takes as its actor, else the row's default actor.

:mod:`dashboard.extract.operations` decides which cues of a sentence are acts of their own;
which mention acted is a question of its own, with rules of its own: the row's allowed kinds,
country and names (the lexicon row's ``value``), subjects before the verb (or right after it
where the finite verb stands second), the agent of a passive, the national contingent a
deployment names, the crowd on either side of a clash, a relative pronoun's antecedent; and,
when no name fits, the row's default actor or the speaker whose body may act.
"""

from __future__ import annotations

import re

from dashboard.extract.clause_gaps import determiners_only
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.rules import Act
from dashboard.extract.sentence_view import SentenceView
from dashboard.extract.subjects import not_subject

# between an agent preposition and the agent's name: at most one short word ("par les"),
# a count ("par 20 000 bandits", "by 300 rioters") and an opening quotation mark
_AGENT_GAP = re.compile(r"\s*(?:[^\W\d]{1,3}'?\s*)?\"?\s*(?:\d[\d .,]*\d\s+|\d\s+)?\"?\s*")
# between a verb of leave or order and the body told to act: up to four words ("el viernes a las")
_MANDATE_GAP = re.compile(r"\s*(?:[^\W\d]+'?\s*){0,4}")


def passive_between(view: SentenceView, lexicon: Lexicon, start: int, end: int) -> bool:
    """A passive auxiliary between two offsets ("was taking", "were also detaining": a
    present participle of the ``participle_ending`` rows as the next word is a
    progressive, not a passive)."""
    progressive = rf"\w+(?:{lexicon.alternation('participle_ending')})\b"
    return any(not re.match(progressive, view.folded[m.end():].lstrip())
               for _c, m in lexicon.finditer("passive", view.folded, start, end))


def _allowed(mention, act: Act) -> bool:
    """True when a mention is of a kind (and country, and name: a crowd needs none) the
    row allows as actor."""
    return mention.kind in act.kinds and (not act.country or mention.country == act.country) \
        and (act.names is None or mention.kind == "crowd" or bool(act.names.search(mention.actor)))


def _host_leader(speaker, home: str) -> bool:
    """True when the speaker is a person of the crisis country (its president announcing
    that foreign troops will leave)."""
    return bool(speaker) and speaker[0].kind == "person" and speaker[0].country == home


def _crowd_right_before(mentions, cue, match):
    """A crowd named right before a clash cue, even after a preposition, is who clashed
    ("police fired on protesters storming the building": the protesters stormed it); not
    before a cue that names its agent after it ("manifestants tués par la police")."""
    if cue.event_type != "violent_clash" or "crowd" not in cue.act.kinds or cue.act.agent:
        return None
    before = [m for m in mentions if m.kind == "crowd" and 0 <= match.start() - m.end <= 2]
    return before[-1] if before else None


def _crowd_right_after(view: SentenceView, lexicon: Lexicon, mentions, cue, match):
    """A crowd named right after a clash noun, one preposition apart ("столкновения между
    протестующими и силовиками", "clashes between protesters and police"), is a party to
    the clash, though no clause subject; not after a determiner ("the deadliest clashes
    between protesters and police since independence": clashes the reader knows)."""
    if cue.event_type != "violent_clash" or not cue.act.required or \
            "crowd" not in cue.act.kinds or any(
                re.fullmatch(r"\s+(?:[\w-]+\s+){0,2}", view.folded[m.end():match.start()])
                for _c, m in lexicon.finditer("determiner", view.folded,
                                              max(view.start, match.start() - 40),
                                              match.start())):
        return None
    after = [m for m in mentions if m.kind == "crowd" and m.start >= match.end()
             and re.fullmatch(r"\s+\w+\s+", view.folded[match.end():m.start])]
    return after[0] if after else None


def unnamed_actor(view: SentenceView, lexicon: Lexicon, read, actor, speaker, undergone,
                  make_default):
    """The actor of an act (``read``: its cue and match) when the names around the cue give
    ``actor`` or none: the host's leader announcing a withdrawal decides it; troops moving
    and acts undergone are the row's default actor's even when a ministry reports them
    (a removal in the passive that names no one who removed, the authorities'); an arrest
    told on a body's authority that may arrest is that body's."""
    cue, match = read
    act = cue.act
    if cue.event_type == "withdrawal" and _host_leader(speaker, view.home):
        return speaker[0]
    if actor is None and not act.required and cue.actor and (
            speaker is None or undergone
            or cue.event_type in ("military_deployment", "withdrawal", "violent_clash")):
        actor = make_default(cue.actor, match.start())
        if cue.event_type == "resignation_dismissal" and actor is not None and \
                _removed_by_no_one(view, lexicon, read, undergone, actor.actor):
            actor = make_default("@authorities", match.start()) or actor
    if actor is None and speaker and cue.event_type == "arrest" and \
            speaker[0].kind != "crowd" and _allowed(speaker[0], act):
        actor = speaker[0]  # "по данным МВД, задержаны 7939 человек": the ministry's act
    return actor


def _removed_by_no_one(view: SentenceView, lexicon: Lexicon, read, undergone: bool,
                       default: str) -> bool:
    """True when a removal is told in passing, as a past passive (``passive_backdrop``
    right before it: "who was dismissed", "had been sacked", "after being ousted",
    "qui a été limogé", "avaient été écartés", "war ... entlassen worden"), with no agent
    after it ("by", "par") and no mention of the row's default actor (the president who
    usually removes) in the sentence: the event model's actor is then the authorities,
    not a guessed president. A removal that is the sentence's news ("X was dismissed on
    Wednesday") keeps the row's default."""
    act, match = read[0].act, read[1]
    # a participle after a comma ("X, démissionnaire") may be the removed one's own act
    passive = (undergone and (act.passive or lexicon.has_trait("verb_second"))) or any(
        re.fullmatch(r"\s+(?:\w+\s+)?", view.folded[m.end():match.start()])
        for _c, m in lexicon.finditer("passive", view.folded,
                                      max(view.start, match.start() - 24), match.start()))
    told_in_passing = any(
        not re.search(r"[,;:.!?]", view.folded[m.end():match.start()])
        for _c, m in lexicon.finditer("passive_backdrop", view.folded,
                                      max(view.start, match.start() - 60), match.start()))
    if not (passive and told_in_passing) or any(m.actor == default for m in view.mentions):
        return False
    after = re.split(r"[,;:.]", view.folded[match.end():match.end() + 60])[0].split()[:6]
    return not any(word in lexicon.words("passive_agent") for word in after)


def _actor_pool(view: SentenceView, lexicon: Lexicon, cue, match, mentions, speaker,
                undergone: bool) -> list:
    """The mentions of the sentence that may be the act's actor, in text order: of the
    row's kinds, names and country; not the speaker for a noun cue; a subject (a protest's
    crowd in any position); before the verb for a decider's act; near a noun cue."""
    act = cue.act
    if act.agent:  # "tués par la police": the agent named right after the preposition
        return [m for m in mentions if _allowed(m, act)
                and _AGENT_GAP.fullmatch(view.folded, match.end(), m.start)][:1]
    troops = _troops_named(view, lexicon, act, match, mentions)
    if troops:  # "российские десантники прибыли": the contingent is its country's
        return troops
    # the speaker of a noun cue speaks of it, unless the cue is the speaking itself: "los
    # manifestantes expresaron su descontento" (the reporting verb inside the cue)
    speaking = _speaking_at(speaker) if speaker and act.required and not \
        match.start() <= speaker[1] < match.end() else None
    pool = [m for m in mentions if _allowed(m, act) and (m.start, m.actor) != speaking
            and ((m.kind == "crowd" and cue.event_type == "protest")
                 or not not_subject(view, lexicon, m))]
    if cue.event_type == "arrest" and speaker and len(pool) > 1 \
            and (pool[0].start, pool[0].actor) == _speaking_at(speaker) \
            and speaker[2] <= pool[1].start and pool[1].end <= match.start() \
            and re.fullmatch(r"[\w ]{0,12}", view.folded[pool[1].end:match.start()]) \
            and not passive_between(view, lexicon, pool[1].end, match.start()):
        pool = pool[1:]  # "the ministry said police had detained": the verb's subject acts
    if act.before:
        # the decider stands before the verb; "X was dismissed" names who was removed
        pool = [m for m in pool if m.end <= match.start() and not undergone
                and not passive_between(view, lexicon, m.end, match.start())] or (
            _after_second_verb(view, lexicon, match, pool) if not undergone else [])
    if act.required:  # a noun cue ("unrest", "clashes") takes an actor named near it
        pool = [m for m in pool if min(abs(m.start - match.end()),
                                       abs(match.start() - m.end)) <= 80]
    if cue.event_type != "violent_clash":
        return pool
    antecedent = _relative_antecedent(view, lexicon, mentions, act, match)
    return [antecedent] if antecedent else _own_clause_first(view, lexicon, pool, match)


def ordered_act(view: SentenceView, lexicon: Lexicon, act: Act, mentions, match) -> bool:
    """True when a body that may do the act is named, in the cue's clause before it, right
    after a verb of leave or order ("authorized security forces to fire on protesters",
    "a autorisé les forces de l'ordre à tirer sur les émeutiers"): the clash is the
    speaker's order, a statement, not an act of its own."""
    return any(_allowed(m, act) and m.kind != "crowd" and m.end <= match.start()
               and not re.search(r"[,;:.!?]", view.folded[m.end:match.start()])
               and _mandated(view, lexicon, m) for m in mentions)


def _mandated(view: SentenceView, lexicon: Lexicon, mention) -> bool:
    """True when a ``mandate`` verb ("authorized", "autorisé", "разрешил", "autorizó")
    stands right before a mention, at most four words (a day, an article) between and no
    punctuation ("authorized security forces to fire", "a autorisé vendredi les forces de
    l'ordre à tirer"): the body was told to act, which is the speaker's order (a
    statement), not its clash."""
    start = max(view.start, mention.start - 60)
    return any(_MANDATE_GAP.fullmatch(view.folded, m.end(), mention.start)
               for _c, m in lexicon.finditer("mandate", view.folded, start, mention.start))


def _relative_antecedent(view: SentenceView, lexicon: Lexicon, mentions, act: Act, match):
    """The mention a relative pronoun opening the cue's clause stands for, whatever its
    case ("столкновения между протестующими и силовиками, которые применяли светошумовые
    гранаты", "clashes with police, who fired tear gas"): the one right before the comma,
    of a kind the row allows."""
    text = view.folded
    breaks = [m.end() for m in re.finditer(r",", text[view.start:match.start()])]
    if not breaks:
        return None
    comma = view.start + breaks[-1]
    words = re.findall(r"\w+", text[comma:match.start()])
    if not words or words[0] not in lexicon.pooled_words("relative_pronoun"):
        return None
    before = [m for m in mentions if m.end <= comma and
              re.fullmatch(r"[\s,]*", text[m.end:comma])]
    return before[-1] if before and _allowed(before[-1], act) else None


def _own_clause_first(view: SentenceView, lexicon: Lexicon, pool: list, match) -> list:
    """The pool of a clash with the mention that opens the cue's own clause (only a
    conjunction or an article before it after the comma; no comma, semicolon or colon
    between it and the cue), its subject, put first: a clause after
    another has its own subject ("clashes between protesters and police, police used stun grenades":
    the crowd's clash and the police's are two acts)."""
    own = [m for m in pool if m.end <= match.start()
           and not re.search(r"[,;:]", view.folded[m.end:match.start()])]
    if not own or own[0] is pool[0]:
        return pool
    breaks = list(re.finditer(r"[,;:]", view.folded[view.start:own[0].start]))
    opening = view.folded[view.start + breaks[-1].end() if breaks else view.start:own[0].start]
    little = lexicon.pooled_words("conjunction") | lexicon.pooled_words("article")
    if any(word not in little for word in re.findall(r"\w+", opening)):
        return pool  # ", torched police cars": no subject of its own opens the clause
    return [own[0]] + [m for m in pool if m is not own[0]]


def _troops_named(view: SentenceView, lexicon: Lexicon, act: Act, match, mentions) -> list:
    """The national contingent the cue's own words name ("российские десантники прибыли",
    "доставили в Алматы военнослужащих ВДВ", "Russian troops arrived"): the first mention
    of a ``troops`` kind of the row inside the cue or right after its troops ("подразделения
    ВДВ"), of a country other than the crisis's, not after a preposition ("военные из
    России и Армении": senders listed are the alliance's)."""
    if not act.troops:
        return []
    prepositions, articles = lexicon.of("preposition"), lexicon.pooled_words("article")
    return [m for m in mentions if m.kind in act.troops and m.country != view.home
            and (m.start <= match.end() + 1 and match.start() < m.end
                 or act.before and _sender_before(view, lexicon, m, match))
            and (m.start == match.start() or not any(
                cue.regex.fullmatch(word) and word not in articles
                for cue in prepositions  # "des troupes russes": an article, French "des"
                for word in view.folded[max(view.start, m.start - 20):m.start].split()[-1:]))
            ][:1]


def _after_second_verb(view: SentenceView, lexicon: Lexicon, match, pool) -> list:
    """Where the finite verb stands second (lexicon ``trait`` ``verb_second``), a clause
    opened by a time, a place or a source has its subject right after the verb, a
    determiner apart ("Am Donnerstag schickte Russland Truppen"): that mention of ``pool``."""
    words = match.group(0).split()
    if not words or not lexicon.has_trait("verb_second"):
        return []
    verb_end = match.start() + len(words[0])
    return [m for m in pool if verb_end <= m.start
            and determiners_only(view.folded[verb_end:m.start], lexicon)][:1]


def _sender_before(view: SentenceView, lexicon: Lexicon, mention, match) -> bool:
    """True when a mention is the subject right before the act's verb ("Russia dispatched
    paratroopers", "Armenia on Friday sent 100 soldiers"): at most three words between,
    no punctuation, no passive, not the object of another verb before it."""
    gap = view.folded[mention.end:match.start()]
    return len(gap) >= 0 and len(gap.split()) <= 3 and not re.search(r"[,;:()\"]", gap) \
        and not passive_between(view, lexicon, mention.end, match.start()) \
        and not not_subject(view, lexicon, mention)


def _speaking_at(speaker) -> tuple:
    """The (start, actor) of a speaker's mention (``speaker``: mention, cue start, cue end)."""
    return speaker[0].start, speaker[0].actor


def act_actor(view: SentenceView, lexicon: Lexicon, read, mentions, speaker, undergone: bool,
              backdrop: bool):
    """The actor the sentence names for an act (``read``: its cue and match), and whether
    the pool of the sentence's possible actors gave one (a default actor is less sure): a
    crowd right before a clash cue, else the first of the pool, else a crowd right after a
    clash noun. A dated backdrop ("police died in Tuesday's riots") is not the act of
    anyone named in the pool."""
    cue, match = read
    pool = [] if backdrop else _actor_pool(view, lexicon, cue, match, mentions, speaker,
                                           undergone)
    actor = _crowd_right_before(mentions, cue, match) or (pool[0] if pool else None) \
        or _crowd_right_after(view, lexicon, mentions, cue, match)
    return actor, bool(pool)
