"""The store: events, sources, articles and reviews in a database (SQLAlchemy 2, Alembic).

Embedded SQLite by default (``data/local/crisis.sqlite``); PostgreSQL when ``DATABASE_URL``
is set (``postgresql://user@host:port/db``). Same code, same migrations. Modules:

- :mod:`dashboard.db.api`: :func:`open_store` and :class:`Store`, the interface for the app,
  the CLI and the importers (save articles and events, review, read frames);
- :mod:`dashboard.db.writes`, :mod:`dashboard.db.bulk` and :mod:`dashboard.db.reads`: the
  write steps and the read queries behind it, each on the caller's connection;
- :mod:`dashboard.db.load`: the shipped folders into the store (curated events as
  ``accepted``, the sample articles' machine events as ``unreviewed``), idempotently;
- :mod:`dashboard.db.engine`: the URL, the engine's SQLite settings, migrations;
- :mod:`dashboard.db.tables`: the tables; :mod:`dashboard.db.rows`: row conversions and ids.
"""

from dashboard.db.api import ArticleRef, SaveResult, Store, open_store
from dashboard.db.reads import PENDING_ORDERS, REVIEW_FILTERS
from dashboard.db.writes import ACTIONS

__all__ = ["ACTIONS", "PENDING_ORDERS", "REVIEW_FILTERS", "ArticleRef", "SaveResult", "Store",
           "open_store"]
