"""Reading a link's query parameters: bounded, checked, each problem noted.

:meth:`dashboard.filters.FilterState.from_query` reads a link through these helpers. A link
comes from anyone, so every value is bounded (count and length), checked against what it
may hold, and every value dropped or moved is named in a note the page shows; a value named
in a note is made printable and short first (:func:`shown_value`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Mapping, Sequence
from datetime import date

from dashboard.schema import parse_iso_date

# A link longer than this (keys and values) is cut: no filter needs more, and parsing or
# describing thousands of values would slow every rerun.
MAX_QUERY_CHARS = 2000
MAX_VALUES = 50  # values read per repeated key
SHOWN_CHARS = 60  # a dropped value is named by this many characters at most
# Dates a link may hold when the caller gives no bounds (pandas' range ends in 2262).
DATE_WINDOW = (date(1900, 1, 1), date(2200, 12, 31))


def as_list(value: str | Sequence[str] | None) -> list[str]:
    """A parameter's values as a list (one value or several), empty ones left out."""
    if value is None:
        return []
    items = [value] if isinstance(value, str) else list(value)
    return [item for item in items if item]


def last_value(value: str | Sequence[str] | None) -> str:
    """The last non-empty value of a parameter (a repeated single-valued key: the last
    wins, as in a form), or ``""``."""
    items = as_list(value)
    return items[-1] if items else ""


def bounded_params(params: Mapping[str, str | Sequence[str]],
                   notes: list[str]) -> dict[str, list[str]]:
    """The parameters as lists, cut to :data:`MAX_VALUES` per key and
    :data:`MAX_QUERY_CHARS` in all (in the link's order), each cut noted."""
    kept: dict[str, list[str]] = {}
    used, cut = 0, 0
    for key, value in params.items():
        items = as_list(value)
        if len(items) > MAX_VALUES:
            notes.append(f"only the first {MAX_VALUES} of {len(items)} values of "
                         f"{quoted([key])} were read")
            items = items[:MAX_VALUES]
        for item in items:
            used += len(key) + len(item) + 2  # "key=value&"
            if used > MAX_QUERY_CHARS:
                cut += 1
                continue
            kept.setdefault(key, []).append(item)
    if cut:
        notes.append(f"the link's parameters are longer than {MAX_QUERY_CHARS:,} characters: "
                     f"the last {cut} value(s) were ignored")
    return kept


def crisis_param(params: Mapping[str, list[str]], known: Mapping[str, Collection[str]] | None,
                 notes: list[str]) -> dict[str, object]:
    """``crisis`` from the link: the last value, kept when ``known`` lists it (or gives no
    list), else dropped with a note saying the default crisis is shown."""
    chosen = last_value(params.get("crisis"))
    if not chosen:
        return {}
    if known is not None and "crisis" in known and chosen not in known["crisis"]:
        notes.append(f"ignored unknown crisis {quoted([chosen])}: the default crisis is "
                     f"shown (crises: {quoted(sorted(known['crisis']))})")
        return {}
    return {"crisis": chosen}


def date_params(params: Mapping[str, list[str]], bounds: tuple[date, date] | None,
                notes: list[str]) -> dict[str, object]:
    """``date_from``/``date_to`` from ``from``/``to``: invalid ones dropped, outside
    ``bounds`` moved to the bound, each noted."""
    values: dict[str, object] = {}
    bounds = bounds or DATE_WINDOW
    for key, attr in (("from", "date_from"), ("to", "date_to")):
        raw = last_value(params.get(key))
        if not raw:
            continue
        try:
            day = parse_iso_date(raw)
        except ValueError:
            notes.append(f"ignored '{key}' value {quoted([raw])}: not a date (YYYY-MM-DD)")
            continue
        if not bounds[0] <= day <= bounds[1]:
            moved = min(max(day, bounds[0]), bounds[1])
            notes.append(f"'{key}' {day} is outside the data ({bounds[0]} to {bounds[1]}): "
                         f"{moved} is used")
            day = moved
        values[attr] = day
    return values


def flag_param(params: Mapping[str, list[str]], key: str, notes: list[str]) -> bool | None:
    """A 0/1 parameter: ``None`` when absent or not understood (then noted)."""
    flag = last_value(params.get(key)).lower()
    if flag in ("0", "false", "no"):
        return False
    if flag in ("1", "true", "yes"):
        return True
    if flag:
        notes.append(f"ignored '{key}' value {quoted([flag])} (use 0 or 1)")
    return None


def shown_value(value: str) -> str:
    """A value from a link, safe and short enough to name in a note: invisible and
    control characters as ``\\uXXXX``, cut to :data:`SHOWN_CHARS` characters."""
    text = "".join(c if c.isprintable() else f"\\u{ord(c):04x}"
                   for c in unicodedata.normalize("NFC", str(value)))
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def quoted(values: Sequence[str]) -> str:
    """``'a', 'b'``: values quoted for a note (the first ten, then how many more)."""
    shown = ", ".join(f"'{shown_value(v)}'" for v in values[:10])
    return shown + (f" and {len(values) - 10} more" if len(values) > 10 else "")
