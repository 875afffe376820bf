"""Article text -> events of the event model (see ``extract_events``).

``pipeline.Extractor`` is made once from a ``config.ExtractorConfig`` (lexicon and knowledge
folders, the crisis's country, period and default year; ``default_config()`` reads today's
files) and runs an ordered list of named components on a typed ``document.Document``:
``components`` (per article: tokens, places, actors, dateline, unknown people, sentences,
headline dates, dedupe) and ``sentence_steps`` (per sentence: dates, places, speakers,
attribution, coding, rows, advance). ``extract_events`` is the thin call on the default
extractor. The finders they call are usable on their own: ``text`` (decoding, HTML,
boilerplate), ``metadata`` (language, header lines, datelines), ``sentences``, ``tokens``,
``actors``, ``people`` (names of people the actor book does not know), ``places``,
``dates``, ``dating``, ``quotes`` (quotations and who spoke them), ``speakers``,
``coding`` (positions), ``calls`` (phone calls and meetings),
``operations`` (deployments, arrests, protests, clashes ...), ``rows``; then ``batch``
(``extract_paths``) and ``evaluate`` (the event model's scoring). The cue words are data
(``data/lexicons/``), read into validated typed rules by ``rules`` and ``lexicon``.
"""

from dashboard.extract.batch import FileResult, extract_paths
from dashboard.extract.config import ExtractorConfig, default_config
from dashboard.extract.pipeline import Extractor, extract_events
from dashboard.extract.rows import EXTRACTOR_VERSION

__all__ = ["EXTRACTOR_VERSION", "Extractor", "ExtractorConfig", "FileResult", "default_config",
           "extract_events", "extract_paths"]
