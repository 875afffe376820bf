"""One cell of untrusted text -> one typed value, or a message saying what is wrong with it.

The event files, the extractor's rows and the link parameters are all text. The readers here
are strict so that whatever they accept can never fail later, in pandas or on a chart:

- whole numbers are ASCII digits only (Python's ``int`` also takes ``4_3`` and Arabic-Indic
  digits, which pandas then refuses), decimals are ASCII digits with one ``.``;
- dates are ``YYYY-MM-DD`` inside :data:`DATE_WINDOW` (pandas cannot hold ``0001-01-01``
  or ``9999-12-31`` as a timestamp, and no event of a modern crisis is that far out);
- text is NFC-normalised, held to a length limit, and refused when it carries a character
  that changes how the text around it is shown without being seen itself: bidirectional
  controls (a right-to-left override makes ``\\u202eaissuR`` display as "Russia"), zero-width
  and other invisible format characters (``Rus\\u200bsia`` looks like, but is not, "Russia"),
  and control characters. Refusing (not silently deleting) keeps a data file and what the
  dashboard shows the same; the message says which character and where, so it can be
  removed. Free text (a summary, a quotation) may keep the zero-width (non-)joiner, which
  Persian and Indic spelling and emoji need, and line breaks.

Messages quote the value shortened and with invisible characters written as ``\\uXXXX``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime

# The dates the project accepts anywhere (events, sources, link parameters). Wide enough
# for any source about a crisis of our time, well inside pandas' timestamp range.
DATE_WINDOW = (date(1990, 1, 1), date(2100, 12, 31))

# Embeddings, overrides and isolates (U+202A-202E, U+2066-2069): they reorder the text
# around them. Other invisible characters (zero-width space U+200B, the direction marks
# U+200E/U+200F/U+061C, word joiner U+2060, byte-order mark U+FEFF, soft hyphen...) are
# found by their Unicode category, Cf ("format").
BIDI_CONTROLS = frozenset(map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]))
JOINERS = frozenset("\u200c\u200d")  # allowed in free text only
FREE_TEXT_CONTROLS = frozenset("\n\r\t")

# What visible_text removes from article text: control characters other than line breaks
# and tabs (vertical tab and form feed become line breaks), the bidirectional controls and
# marks, the zero-width space, word joiner and invisible operators, the byte-order mark, the
# soft hyphen, the Mongolian vowel separator, deprecated format characters and tags.
# The zero-width (non-)joiner stays: Persian and Indic spelling need it.
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f\u00ad\u061c\u180e\u200b\u200e\u200f"
                        "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\U000e0000-\U000e007f]")
_BREAKS = str.maketrans("\x0b\x0c", "\n\n")
_WHOLE = re.compile(r"[0-9]{1,12}")
_DECIMAL = re.compile(r"[+-]?(?:[0-9]{1,15}(?:\.[0-9]{0,15})?|\.[0-9]{1,15})")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def is_missing(value: object) -> bool:
    """``None``, a float NaN, pandas' ``NA`` or ``NaT``: an empty cell."""
    return value is None or (isinstance(value, float) and math.isnan(value)) or \
        type(value).__name__ in ("NAType", "NaTType")


def as_text(value: object) -> str:
    """A cell of any type (JSON numbers, pandas values) as stripped text; missing -> ''."""
    return "" if is_missing(value) else str(value).strip()


def shown(value: str, limit: int = 60) -> str:
    """The value as a message quotes it: shortened, invisible characters as ``\\uXXXX``."""
    short = value if len(value) <= limit else value[:limit] + "…"
    return "".join(ch if ch.isprintable() or ch == " " else f"\\u{ord(ch):04x}"
                   for ch in short)


def clean_text(value: str, limit: int, *, free: bool = False) -> str:
    """Check a text cell and return it NFC-normalised.

    Parameters
    ----------
    value : str
        The cell, already stripped of surrounding spaces.
    limit : int
        Most characters allowed.
    free : bool
        Free text (summary, quotation, evidence, note, titles): line breaks and the
        zero-width (non-)joiner are allowed.

    Raises
    ------
    ValueError
        Naming the length, or the first forbidden character and its position.
    """
    if len(value) > limit:
        raise ValueError(f"is {len(value):,} characters long; the limit for this field is "
                         f"{limit:,}")
    if not value.isprintable():  # the fast path: almost every cell is printable
        for position, ch in enumerate(value, start=1):
            problem = _forbidden(ch, free)
            if problem:
                name = unicodedata.name(ch, "unnamed")
                raise ValueError(f"contains U+{ord(ch):04X} ({name}) at character "
                                 f"{position}: {problem}; remove it")
    return unicodedata.normalize("NFC", value)


def _forbidden(ch: str, free: bool) -> str:
    """Why a character may not stand in a cell ('' when it may)."""
    if ch in BIDI_CONTROLS:
        return "a bidirectional control that reorders the text shown around it"
    category = unicodedata.category(ch)
    if category == "Cf" and not (free and ch in JOINERS):
        return "an invisible character that can make a name look like another"
    if category == "Cc" and not (free and ch in FREE_TEXT_CONTROLS):
        return "a control character"
    if category == "Cs":
        return "half of a broken character (a lone surrogate)"
    return ""


def visible_text(text: str) -> str:
    """Article text as the extractor reads it: NFC, without invisible format characters.

    Removing them before extraction (rather than refusing the article) lets ``Rus\u200bsia``
    be read as Russia, and keeps them out of the evidence and quotes the rows carry, which
    :func:`clean_text` would refuse. Offsets of evidence then point into this text.
    """
    text = _INVISIBLE.sub("", text).translate(_BREAKS)
    return unicodedata.normalize("NFC", text)


def read_whole(value: object, low: int = 0, high: int = 10**12) -> int | None:
    """A whole number (an ``int``, or ASCII digits) within ``low..high``; ``None`` if empty."""
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    else:
        text = as_text(value)
        if not text:
            return None
        if not _WHOLE.fullmatch(text):
            raise ValueError(f"'{shown(text)}' is not a whole number (digits 0-9 only)")
        number = int(text)
    if not low <= number <= high:
        raise ValueError(f"{number} is outside {low}..{high}")
    return number


def read_decimal(value: object, low: float, high: float) -> float | None:
    """A number (``int``/``float``, or ASCII digits with one ``.``) within ``low..high``;
    ``None`` for an empty cell."""
    if isinstance(value, int | float) and not isinstance(value, bool) and not is_missing(value):
        number, text = float(value), str(value)
    else:
        text = as_text(value)
        if not text:
            return None
        if not _DECIMAL.fullmatch(text):
            raise ValueError(f"'{shown(text)}' is not a number (digits 0-9 and one '.')")
        number = float(text)
    if not (math.isfinite(number) and low <= number <= high):
        raise ValueError(f"{shown(text)} is outside {low:g}..{high:g}")
    return number


def read_date(value: object, *, window: bool = True) -> date:
    """A date (a ``date``, or ``YYYY-MM-DD`` text) inside :data:`DATE_WINDOW`.

    ``window=False`` skips the window (for callers that clamp a date themselves, like the
    link's date range); the result is still a real calendar date in ASCII digits.
    """
    if isinstance(value, datetime):
        day = value.date()
    elif isinstance(value, date):
        day = value
    else:
        text = as_text(value)
        if not _ISO_DATE.fullmatch(text):
            raise ValueError(f"'{shown(text)}' is not an ISO date (YYYY-MM-DD)")
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"'{text}' is not a valid date") from None
    earliest, latest = DATE_WINDOW
    if window and not earliest <= day <= latest:
        raise ValueError(f"'{day.isoformat()}' is outside the accepted dates "
                         f"({earliest.isoformat()} to {latest.isoformat()})")
    return day
