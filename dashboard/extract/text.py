"""Article text: bytes to clean text.

Decoding tries UTF-8 first and then charset detection (agency copy in cp1251 or latin-1 is
common); HTML goes through trafilatura, which keeps the article body and drops scripts,
menus and footers; boilerplate lines (share buttons, bylines, "Partagez cet article") are
dropped with patterns kept in ``data/lexicons/boilerplate.txt``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from dashboard.cells import visible_text
from dashboard.extract.lexicon import LEXICON_DIR

# Refuse files above this size: agency copy is a few kilobytes; a huge file is a mistake.
MAX_BYTES = 5_000_000

_HTML_HINT = re.compile(rb"<\s*(html|body|div|p|article|script|head)\b", re.IGNORECASE)


class BadInput(ValueError):
    """An input that cannot be read as an article; the message says what was wrong."""


def decode_bytes(data: bytes) -> str:
    """Decode article bytes (see :func:`decode`); the text only."""
    return decode(data)[0]


def decode(data: bytes, *, visible: bool = True) -> tuple[str, str]:
    """Decode article bytes: UTF-8 first, then the encoding charset-normalizer detects.

    Parameters
    ----------
    data : bytes
        Raw file content.
    visible : bool
        Also normalise to NFC and remove bidirectional controls and other invisible
        characters (:func:`dashboard.cells.visible_text`), as for articles. Data files are
        decoded with ``visible=False``: their validation refuses such characters, by name.

    Returns
    -------
    (str, str)
        The decoded text, a leading byte-order mark removed, and the encoding used
        (``utf_8`` or the detected one, e.g. ``cp1251``).

    Raises
    ------
    BadInput
        When the content is empty, binary (NUL bytes), or no encoding fits.
    """
    if not data.strip():
        raise BadInput("file is empty")
    try:  # valid UTF-8 with a stray NUL is text; the control-character count below decides
        text, encoding = data.decode("utf-8"), "utf_8"
    except UnicodeDecodeError:
        if b"\x00" in data[:4096]:
            raise BadInput("file is binary (NUL bytes), not text") from None
        text, encoding = _detect(data)
    sample = text[:4096]
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    if control > len(sample) * 0.05:
        raise BadInput("file is binary (control characters), not text")
    text = text.lstrip("\ufeff")
    return (visible_text(text) if visible else text), encoding


# Encodings agency copy actually comes in; preferred among charset-normalizer's candidates,
# which on short texts often ranks exotic code pages (cp775, cp1250) first.
_USUAL_ENCODINGS = ("cp1251", "cp1252", "latin_1", "iso8859_15", "koi8_r", "utf_16", "mac_cyrillic")


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    results = list(from_bytes(data))
    if not results:
        raise BadInput("file is not text in any encoding that could be detected")
    usual = [r for r in results if r.encoding in _USUAL_ENCODINGS]
    best = usual[0] if usual else results[0]
    return str(best), best.encoding


def looks_like_html(text: str) -> bool:
    """True when the text is an HTML page rather than plain article text."""
    return bool(_HTML_HINT.search(text[:5000].encode("utf-8", "ignore")))


def html_to_text(html: str) -> str:
    """Return the main text of an HTML page (trafilatura), or raise ``BadInput``.

    Scripts, styles, menus and comments are dropped; paragraphs are separated by blank
    lines so that the sentence and paragraph steps see the article's structure.
    """
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_recall=True)
    if not text or not text.strip():
        raise BadInput("HTML page holds no article text (only scripts, menus or markup)")
    return "\n\n".join(line for line in text.splitlines() if line.strip())


@lru_cache(maxsize=1)
def _boilerplate() -> re.Pattern[str]:
    lines = (LEXICON_DIR / "boilerplate.txt").read_text(encoding="utf-8").splitlines()
    patterns = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def strip_boilerplate(text: str) -> str:
    """Blank out boilerplate lines (share buttons, editors, bullets) keeping offsets.

    Lines are replaced by spaces of the same length, so character offsets computed on the
    cleaned text are offsets into the original text too.
    """
    pattern = _boilerplate()
    out = []
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip() and pattern.search(body.strip()):
            line = " " * len(body) + line[len(body):]
        out.append(line)
    return "".join(out)


def read_text_file(path: Path, max_bytes: int = MAX_BYTES) -> str:
    """Read one file as article text (HTML converted), refusing oversized files."""
    return read_article_file(path, max_bytes)[0]


def read_article_file(path: Path, max_bytes: int = MAX_BYTES) -> tuple[str, str]:
    """Read one file as article text (HTML converted); also return its encoding.

    Raises
    ------
    BadInput
        Naming what was wrong: too large, empty, binary, undecodable, HTML without text.
    """
    size = path.stat().st_size
    if size > max_bytes:
        raise BadInput(f"file is {size / 1e6:.1f} MB, above the {max_bytes / 1e6:.0f} MB limit "
                       "for one article")
    return article_text(path.read_bytes(), path.suffix)


def article_text(data: bytes, suffix: str = ".txt") -> tuple[str, str]:
    """The article text of a file's bytes (HTML converted) and the encoding it was in.

    ``suffix`` is the file's (``.html``/``.htm`` are read as HTML; other text is too when
    it looks like a page). Raises ``BadInput`` as :func:`decode` and :func:`html_to_text`.
    """
    text, encoding = decode(data)
    if suffix.lower() in (".html", ".htm") or looks_like_html(text):
        text = html_to_text(text)
    return text, encoding
