"""The database engine: SQLite (default, a file in the working directory) or PostgreSQL.

SQLite is opened in WAL mode with a busy timeout so the webhook handler and
the worker threads can write concurrently without "database is locked"
errors. SQLAlchemy emits BEGIN itself (pysqlite's legacy transaction handling
is switched off) so that writers can ask for ``BEGIN IMMEDIATE``: a write
transaction that takes the write lock up front cannot deadlock on a lock
upgrade, which is what makes the queue's claim atomic on SQLite.
"""

from __future__ import annotations

import importlib
import logging
import threading
import weakref
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlmodel import Session, SQLModel, create_engine

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 30_000
# Execution option read by the BEGIN hook: "IMMEDIATE" for write transactions.
_BEGIN_OPTION = "warden_sqlite_begin"


class DatabaseURLError(ValueError):
    """DATABASE_URL cannot be used; the message says why (never echoes a password)."""


def normalise_url(url: str) -> str:
    """Map ``postgres://`` / ``postgresql://`` to the psycopg 3 driver; keep everything else."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def make_engine(database_url: str) -> Engine:
    """An engine for DATABASE_URL; raises DatabaseURLError for an unsupported or malformed URL."""
    try:
        url = make_url(normalise_url(database_url))
    except ArgumentError:
        raise DatabaseURLError(
            "DATABASE_URL: not a database URL (expected sqlite:///FILE or postgresql://...)"
        ) from None
    backend = url.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(url.render_as_string(hide_password=False))
    if backend == "postgresql":
        if url.get_driver_name() != "psycopg":
            raise DatabaseURLError("DATABASE_URL: PostgreSQL is supported through psycopg 3 (postgresql://...)")
        # pre_ping: a restarted database server must not fail the next webhook.
        return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)
    raise DatabaseURLError(f"DATABASE_URL: unsupported database {backend!r} (use sqlite or postgresql)")


def _sqlite_engine(url: str) -> Engine:
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN (see _on_begin)
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL; a crash loses no committed txn
            cursor.execute("PRAGMA foreign_keys=ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


# One lock per SQLite engine: writers of this process queue on it instead of in SQLite's busy
# handler, which polls with sleeps of up to 100 ms and made a burst of webhooks crawl.
_sqlite_write_locks: weakref.WeakKeyDictionary[Engine, threading.Lock] = weakref.WeakKeyDictionary()
_locks_guard = threading.Lock()


def _write_lock(engine: Engine) -> AbstractContextManager[object]:
    if not is_sqlite(engine):
        return nullcontext()
    with _locks_guard:
        lock = _sqlite_write_locks.get(engine)
        if lock is None:
            lock = _sqlite_write_locks[engine] = threading.Lock()
    return lock


@contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    """A session whose transaction takes the write lock at BEGIN on SQLite; commits on success.

    On PostgreSQL this is an ordinary transaction (row locks do the work there). On SQLite,
    writers of this process also take turns on a lock; other processes wait in busy_timeout.
    """
    with _write_lock(engine), engine.connect() as conn:
        if is_sqlite(engine):
            conn = conn.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
        with Session(bind=conn, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise


def init_db(engine: Engine) -> None:
    """Create every table that does not exist yet (ours and the review-state tables)."""
    importlib.import_module("bot.storage.models")  # registers the tables on SQLModel.metadata

    try:
        importlib.import_module("bot.storage.review_state")  # tables of the review pipeline
    except ModuleNotFoundError as exc:
        if exc.name != "bot.storage.review_state":
            raise
        log.debug("bot.storage.review_state not present yet; its tables are not created")
    SQLModel.metadata.create_all(engine)


def check_db(engine: Engine) -> bool:
    """Readiness: True when the database answers a trivial query."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        log.warning("database not reachable: %s", type(exc).__name__)
        return False
    return True
