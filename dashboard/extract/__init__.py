"""Article text -> events of the event model (see ``extract_events``).

Components, each usable on its own: ``text`` (decoding, HTML, boilerplate), ``metadata``
(language, header lines, datelines), ``sentences``, ``tokens``, ``actors``, ``places``,
``dates``, ``speakers``, ``coding`` (positions and calls), ``operations`` (deployments,
arrests, protests, clashes ...), ``rows``, ``pipeline`` (``extract_events``), ``batch``
(``extract_paths``) and ``evaluate`` (the event model's scoring). The cue words are data:
``data/lexicons/``.
"""

from dashboard.extract.batch import FileResult, extract_paths
from dashboard.extract.pipeline import extract_events
from dashboard.extract.rows import EXTRACTOR_VERSION

__all__ = ["EXTRACTOR_VERSION", "FileResult", "extract_events", "extract_paths"]
