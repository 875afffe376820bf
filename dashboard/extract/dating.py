"""Which day an extracted event gets (the event model's date rules, applied per article).

``dates.find_dates`` finds the date expressions of a span; these functions choose among
them for one event, using what the article said before: the nearest date in the event's
sentence; otherwise the date of the occasion its paragraph is about, the article's lead
date (a dated headline or the first dated report), or the dateline's date. Nothing dated
gives no date (never the publication date). The running state lives in the ``Document``'s
``Discourse``.
"""

from __future__ import annotations

import re
from datetime import date

from dashboard.extract.clause_gaps import clause_nearness
from dashboard.extract.dates import DateMention, find_dates
from dashboard.extract.document import Document
from dashboard.extract.sentences import Sentence

_CLOCK = re.compile(r"\b\d{1,2}[:h]\d{2}\b")


def headline_dates(doc: Document, start: int, end: int) -> None:
    """Dates in the headline blocks: a block that is only a date ("Thursday 6 January
    2022" above a live blog) is the day the entries below report; a date inside a headline
    ("Chronicle: Wednesday, 5 January") is a last resort like the dateline's. A first block
    of several lines is a page header (outlet, publication stamp) and does not count, nor
    does a block with a clock time ("09.01.2022 14:04"): it stamps the page, it dates no
    act."""
    for index, (block_start, block) in enumerate(_blocks(doc.folded, start, end)):
        if index == 0 and "\n" in block.strip() or _CLOCK.search(block):
            continue  # a page header, or a publication stamp ("09.01.2022 14:04")
        block_end = block_start + len(block)
        dates = find_dates(doc.folded, block_start, block_end, doc.lexicon, doc.ctx)
        if dates and only_a_date(doc.folded, block_start, block_end, dates):
            doc.state.lead_date = doc.state.lead_date or dates[0].value
        if dates:
            doc.state.filed_date = doc.state.filed_date or dates[0].value


def _blocks(text: str, start: int, end: int):
    """``(offset, block)`` of the paragraphs (blank-line separated) of a span."""
    offset = start
    for block in re.split(r"(\n\s*\n)", text[start:end]):
        if block.strip():
            yield offset, block
        offset += len(block)


def only_a_date(folded: str, start: int, end: int, dates: list[DateMention]) -> bool:
    """True when a span holds a date and at most two other words (a dated heading)."""
    if not dates:
        return False
    rest, cursor = [], start
    for mention in dates:
        rest.append(folded[cursor:mention.start])
        cursor = mention.end
    rest.append(folded[cursor:end])
    return len(re.findall(r"[^\W\d_]+", " ".join(rest))) <= 2


def sentence_dates(doc: Document, sentence: Sentence) -> tuple[list, list]:
    """(dates usable for the sentence's events, dates the sentence itself gives).

    The dateline's date ("ALMATY, Jan 5 (Reuters) -") is when the dispatch was filed: an
    act's date only when its sentence gives no other, and the article's last resort.
    """
    dates = find_dates(doc.folded, sentence.start, sentence.end, doc.lexicon, doc.ctx,
                       doc.state.previous_date)
    filed = [d for d in dates if doc.dateline_end >= 0 and 0 <= d.start - doc.dateline_end <= 20
             and not re.search(r"[^\W\d_]", doc.folded[doc.dateline_end:d.start])]
    own = [d for d in dates if d not in filed]
    if filed and doc.state.filed_date is None:
        doc.state.filed_date = filed[0].value
    return own or filed, own


def date_for(doc: Document, dates: list[DateMention], position: int) -> date | None:
    """Nearest date in the sentence (dates after publication only if nothing else); a
    date in the cue's clause (no comma, bracket or dash between them) before one set off
    from it: "The troops, which were sent on 6 January, began leaving on Thursday"."""
    published = doc.ctx.published
    past = [d for d in dates if published is None or d.value <= published]
    if past or dates:
        return min(past or dates,
                   key=lambda d: clause_nearness(doc.folded, d.start, d.end, position)).value
    return doc.state.paragraph_date or doc.state.lead_date or doc.state.filed_date


def attributes_previous(doc: Document, sentence: Sentence,
                        following: Sentence | None) -> bool:
    """Whether ``following`` opens by attributing ``sentence`` to someone ("Об этом
    заявил ...", "C'est ce qu'a déclaré ..."): a reporting cue of kind 'previous' at its start,
    in the same or the next paragraph."""
    if following is None or following.paragraph - sentence.paragraph > 1:
        return False
    head = doc.folded[following.start:min(following.end, following.start + 30)]
    return any(m.start() <= 2 for cue, m in doc.lexicon.finditer("reporting", head)
               if cue.value == "previous")


def attribution_dates(doc: Document, sentence: Sentence,
                      following: Sentence | None) -> list[DateMention]:
    """The dates of the next sentence when it attributes this one ("... . Об этом он
    заявил 5 января.", "C'est ce qu'a déclaré mardi X."): the words were said that day."""
    if not attributes_previous(doc, sentence, following):
        return []
    return find_dates(doc.folded, following.start, following.end, doc.lexicon, doc.ctx,
                      doc.state.previous_date)
