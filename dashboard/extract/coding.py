"""Coding one sentence: who speaks, who acts, and which events the cues describe.

Rules (all cue words are data in ``data/lexicons/<lang>.csv``):

- **Speaker**: a reporting cue ("said", "a souligné", "заявил", "selon") takes the actor
  mention closest before it (not after a preposition, nominative in Russian); the mention
  right after it wins when the cue follows a comma, a quote or a dash ("..., a dit Wang
  Yi"), or when the cue says so (``after``: "selon X"); a person named right after a body
  speaks for it ("said the MFA spokesman Wang Wenbin"). A pronoun or generic reference
  ("il", "the minister", "он") stands for the first person named earlier in the sentence,
  else the last person spoken of; "the ministry" for the last body. With several
  reporting cues in a sentence each issue goes to the nearest speaker.
- **Reported speech** (event model: "the speaker is the actor; when a speaker reports
  another party's act, the actor is the party who acted"). Decision taken here: another
  party is a *person or an international organisation* that is the subject of the stance
  verb inside the reported clause ("Tokayev said Putin backed ..." -> Putin; "M. Wang a
  souligné que Xi Jinping a envoyé un message ... exprimant l'opposition de la Chine" ->
  Xi Jinping). A state or a ministry named in the clause is the speaker's
  characterisation, and the speaker's own state is the speaker ("Wang Yi said China agrees
  with Tokayev's assessment" -> Wang Yi); a clause of obligation ("must", "doivent") stays
  the speaker's.
- **Positions**: each issue named in the sentence (``topic`` rows) gets the predicate that
  governs it (decided in ``governing``): a call or request before it, else a rejection
  before it, else the nearest stance verb before it, else after it. A negation next to the
  verb flips support and opposition; ``stances.csv`` maps (issue, polarity) to the stance
  and event type. An issue with neither a speaker nor a stance verb is narrative, not an
  event; "weak" issue words need a verb; stability named beside a more specific issue is
  background, unless its words say it was reached (``claim``: "order has been restored");
  that rule and the others that drop a position as background to another are in
  ``finding_filters``.
  A second verb of another kind joined by "and" on the same issue ("condemned the
  violence and called for restraint") is a second event (``governing.second_positions``).
  A topic on issue ``other`` with a ``note`` ("an attempted coup") is a statement with no
  stance, kept beside the speaker's positions. An issue named only by the actor's own
  name ("the CSTO" said, "стран ОДКБ") is no position of that actor.
- **Operational events** take as actor a mention of an allowed kind (the row's ``value``),
  else the row's default actor (unless ``require``, or when someone is speaking), and carry
  no stance; an act named as the object of a stance verb or negated is not an event.

Who holds a position (the subject near its verb, the speaker, or a third party the speaker
reports; who made a request) is decided in ``stance_holders``; which issues a sentence
speaks of, in ``topics``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from dashboard.extract.actors import Mention, is_troops
from dashboard.extract.clause_gaps import asked_for
from dashboard.extract.embedded import named_requests, passive_participle
from dashboard.extract.finding_filters import drop_background_stability, prefer_predicated
from dashboard.extract.governing import (
    asks_for_act,
    governing,
    is_partner,
    negated,
    second_positions,
    under_obligation,
)
from dashboard.extract.lexicon import LEXICON_DIR, Cue, Lexicon, load_stances
from dashboard.extract.rules import WEAK_VALUES
from dashboard.extract.sentence_view import SentenceView, cue_matches
from dashboard.extract.stance_holders import (
    asked_once,
    asker,
    main_subject,
    nearest_voice,
    position_actor,
    stance_holder,
)
from dashboard.extract.subjects import subject_after_source
from dashboard.extract.topics import WEAK_REACH, spoken_of
from dashboard.extract.verdicts import listed_with

FLIP = {"support": "oppose", "oppose": "support"}
# a negated stance verb's type: "did not support" opposes, "was not illegal" backs
FLIP_TYPE = {"support": "opposition", "opposition": "support"}
SPEAKING = ("person", "state", "government_body", "international_organisation", "ngo")


@dataclass
class Finding:
    """One event found in a sentence, before dates, places and provenance are added."""

    event_type: str
    actor: Mention
    issue: str
    stance: str
    cue_start: int
    target: str = ""
    confidence: float = 0.5
    restricted: list[Cue] = field(default_factory=list)
    sentence_start: int = 0
    sentence_end: int = 0
    cue_end: int = 0
    predicated: bool = False
    act: bool = False  # found by an operational cue: placed like an act, whatever its type
    by_agent: bool = False  # its actor is named as a passive's agent ("tués par la police")
    undated: bool = False  # in a phrase with no date of its own ("at the request of X")
    claim: bool = False  # its topic says a state was reached ("order has been restored")
    note: str = ""  # a claim on issue ``other`` its topic names ("attempted coup")


@lru_cache(maxsize=1)
def stance_table() -> dict[tuple[str, str], tuple[str, str]]:
    """(issue, polarity) -> (stance, event type override) from the shipped ``stances.csv``
    (an extractor uses its lexicon's ``stances``, read from its configuration's folders)."""
    return load_stances((LEXICON_DIR,))


def _grievance(lexicon: Lexicon, topic) -> bool:
    """True when the topic's issue is a crowd's grievance (the issue of a ``cause`` row)."""
    return any(c.act.cause and c.issue == topic.issue for c in lexicon.of("operational"))


def position_findings(view: SentenceView, lexicon: Lexicon,
                      speakers: list[tuple[Mention, int, int]]) -> list[Finding]:
    """Stance-bearing events: one per issue named in the sentence (see module rules).

    With several speakers in one sentence ("X said ..., and Y said ..."), each issue is
    given to the speaker whose reporting cue is nearest.
    """
    predicates, owned = _stance_verbs(view, lexicon)
    modals = [m for _c, m in cue_matches(lexicon, "modal", view)]
    modal = bool(modals)
    findings: list[Finding] = []
    used: set[int] = set()  # the starts of the stance verbs that govern a topic
    named = [(c, m) for c, m in cue_matches(lexicon, "topic", view) if not c.event_type]
    topics = [(c.issue, m.start()) for c, m in named]
    strong = [m.start() for c, m in named if c.value not in WEAK_VALUES]
    claims = {c.issue for c, _m in named if c.value == "claim"}
    chosen: dict[str, tuple] = {}  # issue -> (its verb's start, event type, polarity)
    for topic, match in spoken_of(view, lexicon, predicates):
        verb = _stance_verb(view, lexicon, (topic, match), predicates, modals,
                            (topics, strong))
        if verb is None:
            continue  # "violence" counts only when a verb takes a stance on it
        found = _topic_findings(view, lexicon, speakers, (topic, match), verb,
                                (modal, predicates, claims))
        used.update([verb[0][1].start()] if verb[0] else [])
        findings += found
        if found and verb[0]:
            chosen[topic.issue] = (verb[0][1].start(), found[0].event_type, verb[1])
    for topic, match, verb in second_positions(view, lexicon, named, predicates, chosen):
        findings += _topic_findings(view, lexicon, speakers, (topic, match), verb,
                                    (modal, predicates, claims))
    if not findings:
        findings = _plain_statement(view, lexicon, speakers, predicates)
    findings += _owned_requests(view, lexicon, owned, findings)
    findings += [Finding(*found, confidence=0.6, predicated=True, undated=True)
                 for found in named_requests(view, lexicon, predicates, {
                     (f.actor.actor, f.event_type) for f in findings}, (named, used))]
    return drop_background_stability(prefer_predicated(asked_once(findings), view, lexicon), view,
                                     lexicon)


def _topic_findings(view: SentenceView, lexicon: Lexicon, speakers, spoken_of, verb,
                    context) -> list[Finding]:
    """The positions taken on one topic (``spoken_of``: its cue and match) by the verb that
    governs it (``verb``, from :func:`_stance_verb`): one finding, or one per name of a
    list of speakers. ``context``: whether the sentence holds an obligation, its stance
    verbs, and the issues its topic words claim reached."""
    topic, match = spoken_of
    modal, predicates, claims = context
    pred = verb[0]
    anchor = pred[1].start() if pred else match.start()
    speaker = nearest_voice(view, lexicon, speakers, anchor)
    actor = stance_holder(view, lexicon, pred, speaker, (anchor, match.start()), modal,
                          predicates)
    if actor is not None and pred and pred[0].stance in ("call", "request"):
        actor = asker(view, lexicon, actor, topic.issue)
    if actor is None or actor.start <= match.start() < actor.end or is_troops(actor):
        return []  # an actor's own name ("the CSTO") is the issue spoken of, not its words
    stance, event_type = _stance_and_type(view, lexicon, (topic, match), actor, verb)
    confidence = 0.45 + 0.2 * bool(pred) + 0.15 * bool(speaker)
    # "Washington and Brussels called for restraint": each name of the list speaks
    return [Finding(event_type, who, topic.issue, stance, match.start(),
                    confidence=round(confidence, 2), predicated=bool(pred),
                    undated=bool(pred) and pred[0].value == "after",
                    claim=topic.issue in claims, note=topic.note)
            for who in (listed_with(view, lexicon, view.mentions, actor, anchor, SPEAKING)
                        if actor.end <= anchor and actor.via != "anaphora" else [actor])]


def _stance_verbs(view: SentenceView, lexicon: Lexicon) -> tuple[list, list]:
    """The sentence's stance verbs, and apart from them the requests named as their
    owner's noun (``possessor`` predicates): a verb read as a passive participle, or as
    the asking of such a request ("Kazakhstan's decision to ask the CSTO"), is none."""
    predicates = cue_matches(lexicon, "predicate", view)
    owned = [(c, m) for c, m in predicates if c.value == "possessor"]
    return [(c, m) for c, m in predicates if c.value != "possessor"
            and not passive_participle(view, lexicon, c, m)
            and not _owned_ask(view, (c, m), owned + predicates)], owned


def _stance_and_type(view: SentenceView, lexicon: Lexicon, spoken_of, actor: Mention,
                     verb) -> tuple[str, str]:
    """The stance and event type of ``actor``'s position on a topic (``spoken_of``: its cue
    and match), from the verb that takes it (``verb``: predicate or ``None``, polarity,
    flipped by a negation) and the lexicon's ``stances``.

    A claim on no issue (a ``note`` topic: "described the unrest as an attempted coup") is
    a statement with no stance whatever verb stands near, an opposition when rejected.
    The crowd's grievance (fuel prices) is no one else's position unless a verb criticises
    it ("condemned the price rise"): the authorities set the price, and others name it as
    the protests' cause ("protests, which were sparked by fuel prices") or deny it was one.
    """
    topic, match = spoken_of
    pred, polarity, flipped = verb
    stance, override = lexicon.stances.get((topic.issue, polarity), (topic.stance, ""))
    if topic.note:  # a claim on no issue ("an attempted coup"): made, or else rejected
        return "", "opposition" if polarity == "reject" else "statement"
    if polarity == "none" and topic.stance:
        stance = topic.stance  # the topic's own colour ("chaos" is a concern)
    if polarity in ("call", "request") and topic.stance and stance != topic.stance \
            and asks_for_act(view, lexicon, pred[1], match):
        return topic.stance, "statement"  # an order of the act: "urged them to open fire"
    if actor.kind != "crowd" and _grievance(lexicon, topic) and (
            polarity != "oppose" or _protests_cause(view, lexicon, match.start())):
        stance = ""
    if topic.value == "request" and polarity in ("call", "request"):
        override = "appeal_request"  # "called for an investigation": an action asked for
    event_type = override or (pred and FLIP_TYPE.get(pred[0].event_type, pred[0].event_type)
                              if flipped else pred[0].event_type if pred else "statement")
    return stance, event_type


def _protests_cause(view: SentenceView, lexicon: Lexicon, start: int) -> bool:
    """True when a protest's cue stands up to 80 characters before ``start`` in the
    sentence, across at most one comma ("protests, which began over ...", "Proteste, die
    durch ... ausgelöst"): the words at ``start`` tell what the crowd protested."""
    window = view.folded[max(view.start, start - 80):start]
    return any(c.event_type == "protest" and c.act.cause and
               not re.search(r"[;:.!?]", window[m.end():]) and window.count(",", m.end()) <= 1
               for c, m in lexicon.finditer("operational", window))


def _owned_ask(view: SentenceView, read, predicates) -> bool:
    """True for a plain verb of asking in the clause of a request named with its owner
    ("Kazakhstan's decision to ask the CSTO", "решению Казахстана обратиться к ОДКБ"): the
    asking is the owner's, not the sentence subject's or speaker's; up to 60 characters
    after the owned cue, no clause break between."""
    cue, match = read
    return cue.stance in ("request", "call") and not cue.value and any(
        c.stance == "request" and c.value in ("after", "possessor")
        and 0 <= match.start() - m.start() <= 60
        and not re.search(r"[.;:!?]", view.folded[m.end():match.start()])
        for c, m in predicates)


def _owned_requests(view: SentenceView, lexicon: Lexicon, owned, findings) -> list[Finding]:
    """A request named as its owner's noun ("agreed to Tokayev's request for military
    aid", a ``possessor`` predicate): the owner's request on the issue of the words asked
    for, beside whatever the sentence's verb says of it ("questioned Kazakhstan's request
    for help" is the questioner's concern and Kazakhstan's request)."""
    found = []
    for cue, match in owned:
        owner = _possessor(view, match)
        topic = next((t for t, m in cue_matches(lexicon, "topic", view) if not t.event_type
                      and match.start() <= m.start() <= match.end() + 20), None)
        if owner is None or topic is None or any(
                f.actor.actor == owner.actor and f.issue == topic.issue for f in findings):
            continue
        stance, override = lexicon.stances.get((topic.issue, cue.stance), (topic.stance, ""))
        found.append(Finding(override or cue.event_type, owner, topic.issue, stance,
                             match.start(), confidence=0.55, predicated=True))
    return found


def _stance_verb(view: SentenceView, lexicon: Lexicon, spoken_of, predicates, modals,
                 named):
    """The verb that takes a stance on a topic (``spoken_of``: its cue and match) and the
    polarity it gives: ``(predicate or None, polarity, flipped by a negation)``; ``None``
    when the topic counts only under a verb and none takes it ("violence" alone), or when
    the verb's object is another issue named between them ("blamed terrorists for the
    violence": the violence is what the terrorists are blamed for). An obligation
    ("must") before a restraint topic, with no verb, is a call for it. ``named``: the
    (issue, start) of the sentence's topics and the starts of those not weak."""
    topic, match = spoken_of
    topics, strong = named
    objects = [start for _issue, start in topics]
    pred = governing(predicates, match.start(), lexicon, objects)
    if pred and pred[0].stance == "reject" and is_partner(view, lexicon, topic, match,
                                                          pred[1], topics):
        # "rejected talks with the terrorists": the talks, not the framing; another verb
        # may still take the partner ("warned he would not talk with terrorists")
        others = [p for p in predicates if p[1] is not pred[1] and p[0].stance != "reject"]
        pred = governing(others, match.start(), lexicon, objects) if others else None
    obliged = pred is None and under_obligation(modals, match) and \
        lexicon.stances.get((topic.issue, "call"), ("", ""))[1] == "call_for_restraint"
    if topic.value in WEAK_VALUES and not obliged and \
            (pred is None or abs(pred[1].start() - match.start()) > WEAK_REACH and not (
                pred[0].stance == "call" and asked_for(view.folded, lexicon, pred[1],
                                                       match.start()))
             or any(pred[1].end() <= s < match.start() for s in strong)):
        return None
    polarity = pred[0].stance if pred else "call" if obliged else "none"
    flipped = bool(pred) and negated(view, lexicon, pred[1]) and polarity in FLIP
    return pred, FLIP[polarity] if flipped else polarity, flipped


def _plain_statement(view: SentenceView, lexicon: Lexicon, speakers,
                     predicates) -> list[Finding]:
    """Words that touch no issue of the crisis are still an act of their speaker.

    A backing or a criticism ("praised his courage", "раскритиковал бездействие") is
    support or opposition on issue ``other``, with no stance (its object is no issue of
    the crisis); a person's plain words ("Japarov admitted that ...", "Tokayev announced
    plans to ...") are a statement with no stance. Only a person named in the sentence
    speaks so (not a pronoun, not a quotation carried over from the sentence before).
    """
    named = [s for s in speakers if s[1] != s[2] and s[0].kind in
             ("person", "government_body", "international_organisation", "state")
             and view.start <= s[0].start < view.end]
    # a verdict judging nothing of the crisis ("legitimate demands") is no act of its own
    stance = [(c, m) for c, m in predicates if c.stance in ("support", "oppose")
              and c.event_type in ("support", "opposition") and c.value == ""]
    if stance:
        cue, match = stance[0]
        actor = min(named, key=lambda s: abs(s[1] - match.start()))[0] if named else \
            main_subject(view, lexicon, stance, None)
        if named:  # "Dem Kreml zufolge bedankte sich Tokajew": the verb's own subject;
            # "According to the State Department, Blinken criticised Moscow": a person of
            # the reported clause holds it, as on an issue (position_actor)
            voice = min(named, key=lambda s: abs(s[1] - match.start()))
            held = position_actor(view, lexicon, voice, match.start(), True, False)
            actor = subject_after_source(view, lexicon, named[-1], match.start()) or (
                held if _after_source(voice, held, match.start()) else actor)
        polarity = FLIP[cue.stance] if negated(view, lexicon, match) else cue.stance
        if actor is not None and actor.kind != "crowd" and not is_troops(actor):
            # the type says which way; a stance on an unnamed issue would be a guess
            return [Finding("support" if polarity == "support" else "opposition", actor,
                            "other", "", match.start(), confidence=0.45,
                            predicated=True)]
    named = [s for s in named if s[0].kind == "person"
             and s[0].via not in ("anaphora", "pronoun")]
    if not named:
        return []
    speaker = min(named, key=lambda s: s[1])
    return [Finding("statement", speaker[0], "other", "", speaker[1], confidence=0.4)]


def _after_source(voice, held: Mention | None, verb: int) -> bool:
    """True when ``held``, a person, is the subject of a clause that a source phrase opens
    ("According to the State Department, Blinken criticised Moscow": the cue, then the
    source's name, then the person, then the verb), so the person, not the source, acts."""
    return held is not None and held is not voice[0] and held.kind == "person" and \
        voice[2] <= voice[0].start and voice[0].end <= held.start < verb


def _possessor(view: SentenceView, match) -> Mention | None:
    """The party whose noun a cue is: named right before it with a possessive "'s"
    ("Tokayev's request", "the Kazakh president's request"), or the last person spoken
    of for "his"/"her" ("his request for help")."""
    before = view.folded[max(view.start, match.start() - 4):match.start()]
    if re.search(r"'s?\s+$", before):
        cut = match.start() - len(re.search(r"'s?\s+$", before).group(0))
        owner = [m for m in view.mentions if m.end == cut and m.kind not in ("crowd",)]
        return owner[0] if owner else None
    return None
