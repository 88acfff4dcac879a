"""The queue tests of test_queue.py, rerun against PostgreSQL (``FOR UPDATE SKIP LOCKED`` path).

Needs ``WARDEN_TEST_POSTGRES_URL`` (``eval "$(.ci/postgres.sh)"`` starts a local server and prints
it); skipped otherwise. Each test starts from empty queue tables in that database.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

from bot.storage.db import init_db, make_engine

# The same test functions, collected again here where `queue_engine` below is PostgreSQL.
_sqlite_suite = importlib.import_module("test_queue")
globals().update({name: getattr(_sqlite_suite, name) for name in dir(_sqlite_suite) if name.startswith("test_")})

POSTGRES_URL = os.environ.get("WARDEN_TEST_POSTGRES_URL", "")

pytestmark = pytest.mark.skipif(
    not POSTGRES_URL,
    reason='WARDEN_TEST_POSTGRES_URL not set; run `eval "$(.ci/postgres.sh)"` to start a local PostgreSQL',
)


@pytest.fixture
def queue_engine() -> Iterator[Engine]:
    engine = make_engine(POSTGRES_URL)
    tables = [SQLModel.metadata.tables[name] for name in ("job", "delivery", "installation")]
    SQLModel.metadata.drop_all(engine, tables=tables)
    init_db(engine)
    yield engine
    engine.dispose()


def test_the_engine_really_is_postgresql(queue_engine: Engine) -> None:
    assert queue_engine.dialect.name == "postgresql"
    assert queue_engine.dialect.driver == "psycopg"
