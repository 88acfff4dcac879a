"""Persistence for the App: engine, tables, sessions (SQLite by default, PostgreSQL via DATABASE_URL)."""

from bot.storage.db import check_db, init_db, make_engine, write_session

__all__ = ["check_db", "init_db", "make_engine", "write_session"]
