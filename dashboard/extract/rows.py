"""Event rows: a coded finding plus date, place and provenance, as the event model says."""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime
from pathlib import Path

from dashboard.schema import EVENT_COLUMNS, OPERATIONAL_TYPES, vocabulary_label

CODE_VERSION = "extract-0.4.0"


def extractor_version(lexicon_dirs: tuple[Path, ...], knowledge_dirs: tuple[Path, ...]) -> str:
    """The code version and a short digest of the lexicons and of the actor and place
    knowledge, so that a changed rule, alias or place changes the version (cached
    extractions are redone when it changes)."""
    names = ("actors.csv", "actor_aliases.csv", "places.csv", "place_names.csv")
    files = [path for folder in lexicon_dirs for path in sorted(folder.glob("*"))]
    files += [folder / name for folder in knowledge_dirs for name in names]
    digest = hashlib.sha256()
    for path in files:
        if path.suffix in (".csv", ".json", ".txt") and path.is_file():
            digest.update(path.name.encode() + path.read_bytes())
    return f"{CODE_VERSION}.{digest.hexdigest()[:8]}"


def _shipped_version() -> str:
    """The default crisis's: the shared lexicons and knowledge, then its pack's."""
    from dashboard.extract.config import default_config

    config = default_config()
    return extractor_version(config.lexicon_dirs, config.knowledge_dirs)


# The version of the shipped crisis's extractor (an Extractor's ``version`` is its own).
EXTRACTOR_VERSION = _shipped_version()

_QUOTE = re.compile(r"[\"«“„]([^\"«»“”„]{3,300})[\"»”“]")
_VERBS = {
    "statement": "made a statement on", "support": "expressed support on",
    "opposition": "voiced opposition on", "appeal_request": "made a request on",
    "call_for_restraint": "called for restraint on", "phone_call": "held a call about",
    "military_deployment": "deployed forces", "withdrawal": "withdrew forces",
    "protest": "protested over", "violent_clash": "took part in a clash",
    "arrest": "made arrests", "resignation_dismissal": "was involved in a resignation "
    "or dismissal", "state_of_emergency": "declared or extended a state of emergency",
}


def parse_published(value) -> tuple[date | None, int | None]:
    """Read a publication date given as ``date``, ``YYYY-MM-DD`` or ``YYYY-MM``.

    Returns
    -------
    (date or None, year or None)
        A month-only value gives its year but no day (weekdays then stay unresolved).

    Raises
    ------
    ValueError
        When the value is none of these forms.
    """
    if value is None or value == "":
        return None, None
    if isinstance(value, datetime):
        return value.date(), value.year
    if isinstance(value, date):
        return value, value.year
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return None, int(text[:4])
    try:
        day = date.fromisoformat(text[:10])
    except ValueError:
        raise ValueError(f"published '{value}' is not a date (YYYY-MM-DD or YYYY-MM)") from None
    return day, day.year


def _summary(finding, target: str, location: str) -> str:
    verb = _VERBS.get(finding.event_type, finding.event_type)
    issue = vocabulary_label(finding.issue)
    if finding.event_type in OPERATIONAL_TYPES:
        text = f"{finding.actor.actor} {verb}"
    elif finding.event_type == "phone_call":
        text = f"{finding.actor.actor} {verb} {issue}" + (f" with {target}" if target else "")
    else:
        text = f"{finding.actor.actor} {verb} {issue}" + (
            f" ({finding.stance or finding.note})" if finding.stance or finding.note else "")
    return text + (f" in {location}" if location else "") + "."


def _quote(evidence: str, finding) -> str:
    if finding.event_type in OPERATIONAL_TYPES:
        return ""
    for match in _QUOTE.finditer(evidence):
        words = match.group(1).split()
        if 1 <= len(words) <= 25:
            return f'"{match.group(1).strip()}"'
    return ""


def _geo(places: list) -> dict[str, str]:
    if not places:
        return {}
    first = places[0]
    precision = {"country": "country", "region": "region"}.get(first.kind, "point")
    geo = {"location": "; ".join(p.name for p in places), "country": first.country,
           "admin1": first.admin1, "geo_precision": precision}
    if precision != "country":
        geo.update(latitude=f"{first.latitude:.5f}", longitude=f"{first.longitude:.5f}")
    return geo


def make_row(doc, sentence, finding, when: date | None, places: list) -> dict[str, str]:
    """Build one event row (all EVENT_COLUMNS, string values) from a finding."""
    evidence = doc.text[sentence.start:sentence.end]
    source = doc.source
    row = dict.fromkeys(EVENT_COLUMNS, "")
    row.update(_geo(places))
    stance = "" if finding.event_type in OPERATIONAL_TYPES else finding.stance
    digest = hashlib.sha1(  # noqa: S324 - an identifier, not security
        f"{source.get('url', '')}|{sentence.start}|{finding.event_type}|"
        f"{finding.actor.actor}|{finding.issue}|{row['location']}".encode()).hexdigest()
    row.update(
        event_id=f"X{digest[:12]}", date=when.isoformat() if when else "",
        date_precision="day" if when else "", actor=finding.actor.actor,
        actor_country=finding.actor.country, event_type=finding.event_type,
        target=finding.target, issue=finding.issue, stance=stance,
        summary=_summary(finding, finding.target, row["location"]),
        quote=_quote(evidence, finding), evidence=evidence, note=finding.note,
        evidence_start=str(sentence.start), evidence_end=str(sentence.end),
        source_title=(source.get("title") or "").replace("|", "-"),
        source_publisher=source.get("publisher") or "", source_url=source.get("url") or "",
        source_language=source.get("language") or "",
        source_published=source.get("published") or "", method="extracted",
        confidence=f"{finding.confidence:.2f}", extractor_version=doc.version,
        review_status="unreviewed")
    return row
