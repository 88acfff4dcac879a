"""``warden serve``: run the GitHub App (webhook server + in-process workers)."""

from __future__ import annotations

import logging
import sys
from typing import Annotated

import typer

# FastAPI, uvicorn and SQLAlchemy are imported inside the command: `warden scan` shares
# this CLI and must not pay for the App's imports on every run.

log = logging.getLogger("bot.serve")


def _fail(message: str, code: int = 2) -> typer.Exit:
    print(f"error: {message}", file=sys.stderr)
    return typer.Exit(code)


def serve_command(
    host: Annotated[str | None, typer.Option("--host", help="Interface to bind (default: HOST or 0.0.0.0).")] = None,
    port: Annotated[int | None, typer.Option("--port", help="Port to listen on (default: PORT or 3000).")] = None,
) -> None:
    """Serve the GitHub App: webhooks at WEBHOOK_PATH, /healthz, /readyz, /metrics."""
    import uvicorn
    from sqlalchemy.exc import SQLAlchemyError

    from bot.app import create_app
    from bot.logs import LEVELS, configure_logging
    from bot.settings import SettingsError, load_settings
    from bot.storage.db import DatabaseURLError, init_db, make_engine

    try:
        settings = load_settings()
        settings.require_app()
        engine = make_engine(settings.DATABASE_URL)
    except (SettingsError, DatabaseURLError) as exc:
        raise _fail(str(exc)) from None
    configure_logging(settings.LOG_LEVEL)
    try:
        init_db(engine)  # fail fast, before binding the port, when the database is unusable
    except SQLAlchemyError as exc:
        first_line = str(getattr(exc, "orig", None) or exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise _fail(f"DATABASE_URL: cannot open the database: {first_line}", code=1) from None
    bind_host = host or settings.HOST
    bind_port = port or settings.PORT
    log.info("warden serve on %s:%d, webhooks at %s", bind_host, bind_port, settings.WEBHOOK_PATH)
    uvicorn.run(
        create_app(settings, engine),
        host=bind_host,
        port=bind_port,
        log_config=None,  # our root handler formats uvicorn's records too
        log_level=LEVELS.get(settings.LOG_LEVEL, logging.INFO),
        proxy_headers=True,
    )
