"""Article text -> events of the event model (see ``extract_events``).

Components, each usable on its own: ``text`` (decoding, HTML, boilerplate), ``metadata``
(language, header lines), ``sentences``, ``tokens``, ``actors``, ``places``, ``dates``,
``coding`` (cue lexicons in ``data/lexicons``), ``pipeline`` (``extract_events``), ``batch``
(``extract_paths``) and ``evaluate`` (the event model's scoring).
"""

from dashboard.extract.pipeline import extract_events
from dashboard.extract.rows import EXTRACTOR_VERSION

__all__ = ["EXTRACTOR_VERSION", "extract_events"]
