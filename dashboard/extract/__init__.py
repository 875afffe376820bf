"""Article text -> events of the event model (see ``extract_events``).

``pipeline.Extractor`` is made once from a ``config.ExtractorConfig`` (lexicon and knowledge
folders, the crisis's country, period and default year; ``default_config()`` reads today's
files) and runs an ordered list of named components on a typed ``document.Document``:
``components`` (per article: tokens, places, actors, dateline, unknown people, sentences,
headline dates, dedupe) and ``sentence_steps`` (per sentence: dates, places, speakers,
attribution, coding, rows, advance). ``extract_events`` is the thin call on the default
extractor. The modules, by what they answer:

- reading an article: ``text`` (decoding, HTML, boilerplate), ``metadata`` (language, header
  lines, datelines), ``sentences``, ``tokens``, ``spans`` (fast span look-ups);
- mentions: ``actors``, ``people`` (names the actor book does not know), ``places``,
  ``dates`` and ``dating`` (date expressions, and which day an event gets),
  ``knowledge_base`` (the actor book and gazetteer an extractor matches against);
- who speaks and who acts: ``quotes`` (quotations and who spoke them), ``speakers``,
  ``sentence_view`` (what the coders read of one sentence), ``subjects`` (clause subjects,
  pronouns), ``clause_gaps`` (what the words between a name and a verb say),
  ``stance_holders``, ``act_actors``, ``state_voices`` (a foreign state's words given to
  the official of it the article names);
- what happened: ``coding``, ``topics`` (which issues a sentence speaks of) and ``governing``
  (positions), ``finding_filters`` (positions that are background to another),
  ``verdicts`` (verdicts and lists), ``calls`` (phone calls and meetings), ``operations``
  (deployments, arrests, protests, clashes ...), ``act_issues`` (which issue an act is
  about), ``embedded`` (requests inside another act's sentence);
- rows: ``rows`` and ``row_rules`` (own event or backdrop, and where it happened);
- running: ``config``, ``document``, ``components``, ``sentence_steps``, ``coding_steps``,
  ``pipeline``; then ``batch`` (``extract_paths``), ``cluster`` (the same over Dask workers),
  ``evaluate`` (the event model's scoring), ``errors`` (the error breakdown) and ``cli``.

The cue words are data (``data/lexicons/``), read into validated typed rules by ``rules`` and
``lexicon``.
"""

from dashboard.extract.batch import FileResult, extract_paths
from dashboard.extract.config import ExtractorConfig, default_config
from dashboard.extract.pipeline import Extractor, extract_events
from dashboard.extract.rows import EXTRACTOR_VERSION

__all__ = ["EXTRACTOR_VERSION", "Extractor", "ExtractorConfig", "FileResult", "default_config",
           "extract_events", "extract_paths"]
