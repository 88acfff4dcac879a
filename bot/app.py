"""The FastAPI application of ``warden serve``: webhook, health, readiness, metrics, workers."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from bot import queue
from bot.metrics import JOBS_BY_STATUS
from bot.settings import Settings
from bot.storage.db import check_db, init_db
from bot.webhook import webhook_router
from bot.worker import Runner, WorkerPool, dispatch

log = logging.getLogger(__name__)


def create_app(settings: Settings, engine: Engine, *, run_workers: bool = True, runner: Runner = dispatch) -> FastAPI:
    """The App. ``run_workers=False`` serves webhooks only (jobs stay queued for another process)."""
    pool: WorkerPool | None = None

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        nonlocal pool
        await asyncio.to_thread(init_db, engine)
        if run_workers:
            pool = WorkerPool(settings, engine, runner=runner)
            await pool.start()
        try:
            yield
        finally:
            if pool is not None:
                await pool.stop()
                pool = None

    def wake_workers() -> None:
        if pool is not None:
            pool.wake()

    app = FastAPI(title="Warden", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    app.include_router(webhook_router(settings, engine, on_enqueued=wake_workers))

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz")
    async def readyz() -> JSONResponse:
        if await asyncio.to_thread(check_db, engine):
            return JSONResponse({"status": "ready"})
        return JSONResponse({"status": "database unreachable"}, status_code=503)

    @app.get("/metrics")
    async def metrics() -> Response:
        try:
            counts = await asyncio.to_thread(queue.status_counts, engine)
        except SQLAlchemyError:
            log.warning("metrics: job counts unavailable (database error)")
        else:
            for status, n in counts.items():
                JOBS_BY_STATUS.labels(status=status).set(n)
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    return app
