"""Where the store is and how to talk to it: the URL, the engine, the schema migrations.

- ``DATABASE_URL`` set: that database. ``postgresql://user@host:port/db`` (or
  ``postgres://``) is read as PostgreSQL through the psycopg 3 driver; a ``sqlite:///PATH``
  URL is accepted too (tests point the store at a temporary file this way).
- Not set: an embedded SQLite file, ``data/local/crisis.sqlite`` (git-ignored local state),
  created on first use. Nothing to install or start.

SQLite connections are set up on connect: write-ahead log (readers never block the one
writer), a busy timeout (a writer waits for the other instead of failing at once), foreign
keys enforced. The driver's own transaction handling is switched off and ``BEGIN`` is
issued here, ``BEGIN IMMEDIATE`` for a connection marked ``write=True``: a writing
transaction takes SQLite's write lock before it reads, so two writers never read the same
old value and then both write (the lost update that a deferred BEGIN allows).

:func:`migrate` brings a database to the newest schema with Alembic (the revisions ship in
``dashboard/db/migrations``); ``alembic upgrade head`` from the project folder does the same.
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine, make_url

URL_ENV = "DATABASE_URL"
DEFAULT_PATH = Path(__file__).resolve().parents[2] / "data" / "local" / "crisis.sqlite"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_S = 30.0


def database_url(value: str | None = None) -> URL:
    """The store's URL: ``value``, else ``$DATABASE_URL``, else the local SQLite file.

    Raises
    ------
    ValueError
        For a URL of another kind of database, naming it.
    """
    text = value if value is not None else os.environ.get(URL_ENV, "")
    if not text.strip():
        return URL.create("sqlite", database=str(DEFAULT_PATH))
    try:
        url = make_url(text.strip())
    except sa.exc.ArgumentError:
        raise ValueError(f"{URL_ENV} '{_hide_password(text)}' is not a database URL") from None
    if url.drivername in ("postgresql", "postgres", "postgresql+psycopg2"):
        url = url.set(drivername="postgresql+psycopg")
    if url.drivername not in ("postgresql+psycopg", "sqlite", "sqlite+pysqlite"):
        raise ValueError(f"{URL_ENV}: '{url.drivername}' is not supported "
                         "(use postgresql://... or sqlite:///PATH)")
    return url


def _hide_password(text: str) -> str:
    head, sep, tail = text.rpartition("@")
    return f"{head.split(':')[0]}:***@{tail}" if sep and ":" in head.split("//")[-1] else text


def make_engine(url: URL | str | None = None) -> Engine:
    """An engine for the store (not migrated: see :func:`migrate`)."""
    url = database_url(url if isinstance(url, str) else None) if not isinstance(url, URL) \
        else url
    if url.get_backend_name() != "sqlite":
        return sa.create_engine(url, pool_pre_ping=True)
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})
    sa.event.listen(engine, "connect", _sqlite_connect)
    sa.event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connect(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # BEGIN is issued by _sqlite_begin
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL: a crash loses no commit
    cursor.close()


def _sqlite_begin(connection) -> None:
    write = connection.get_execution_options().get("write", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def describe(url: URL) -> str:
    """The URL as it may be shown: no password, the SQLite file relative to the project."""
    if url.get_backend_name() == "sqlite":
        path = Path(url.database or ":memory:")
        try:
            path = path.resolve().relative_to(DEFAULT_PATH.parents[2])
        except ValueError:
            path = Path(path.name)
        return f"SQLite {path.as_posix()}"
    return f"PostgreSQL {url.render_as_string(hide_password=True)}"


def alembic_config(connection: sa.Connection | None = None):
    """Alembic's configuration for the shipped revisions (optionally bound to a connection)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest schema revision shipped."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at (``None`` when it has no store yet)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrade the database to ``revision`` (default: the newest), in one transaction.

    Safe when several processes start at once: on PostgreSQL an advisory lock, on SQLite
    the write lock, lets one migrate while the others wait and then find nothing to do.
    """
    from alembic import command

    with engine.connect().execution_options(write=True) as connection, connection.begin():
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(726354)")
        command.upgrade(alembic_config(connection), revision)
