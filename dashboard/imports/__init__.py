"""Imports of the standard event data sets (ACLED, GDELT 2.0) into the event model.

``python -m dashboard import acled FILE`` and ``python -m dashboard import gdelt FILE`` read a
source file, map every row to the event model (``data/imports/`` holds the type and country
tables, ``data/imports/README.md`` explains them), keep the rows inside the crisis's
countries and dates, validate them with :func:`dashboard.schema.validate_event`, and write
them in one transaction per file, idempotently by the source's own ids
(``ACLED:<event_id_cnty>``, ``GDELT:<GLOBALEVENTID>``).
"""

from dashboard.imports.common import CrisisScope, Parsed
from dashboard.imports.run import FileSummary, import_file, import_upload, parse_file, sniff_kind

__all__ = ["CrisisScope", "FileSummary", "Parsed", "import_file", "import_upload", "parse_file",
           "sniff_kind"]
