"""In-process workers of ``warden serve``: claim jobs from the queue and run them in threads.

``run_job(kind, payload, ctx)`` is the dispatch; it knows nothing about the
queue, so a distributed engine can call it unchanged. ``WorkerPool`` is the
embedded engine: ``WARDEN_WORKERS`` asyncio tasks, each running one job at a
time in its own thread (PyGithub blocks), with a heartbeat while it runs and a
periodic sweep that requeues jobs orphaned by dead processes.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import functools
import json
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy.engine import Engine

from bot import queue
from bot.jobs import CommandRequest, JobContext, PermanentJobError, RetryableJobError, ReviewRequest
from bot.logs import log_context
from bot.metrics import JOB_DURATION, JOBS_FINISHED
from bot.settings import Settings
from bot.storage.models import JobKind, JobStatus

log = logging.getLogger(__name__)

Runner = Callable[[queue.ClaimedJob, JobContext], None]


def run_job(kind: str, payload: str, ctx: JobContext) -> None:
    """Run one job: ``bot.pipeline.run_review`` or ``run_command`` (imported lazily)."""
    try:
        data = json.loads(payload)
        if kind == JobKind.REVIEW:
            review = ReviewRequest.from_json(data)
        elif kind == JobKind.COMMAND:
            command = CommandRequest.from_json(data)
        else:
            raise PermanentJobError(f"unknown job kind {kind!r}")
    except (TypeError, ValueError) as exc:
        raise PermanentJobError(f"unreadable {kind} job payload: {exc}") from None
    from bot import pipeline  # lazy: the pipeline pulls in PyGithub and the analyser

    if kind == JobKind.REVIEW:
        pipeline.run_review(review, ctx)
    else:
        pipeline.run_command(command, ctx)


def dispatch(job: queue.ClaimedJob, ctx: JobContext) -> None:
    run_job(job.kind, job.payload, ctx)


class WorkerPool:
    def __init__(
        self,
        settings: Settings,
        engine: Engine,
        *,
        runner: Runner = dispatch,
        workers: int | None = None,
        poll_interval: float = 2.0,
        heartbeat_interval: float = queue.HEARTBEAT_SECONDS,
        stale_after: float = queue.STALE_AFTER_SECONDS,
    ) -> None:
        self.settings = settings
        self.engine = engine
        self.runner = runner
        self.size = workers or settings.WARDEN_WORKERS
        self.poll_interval = poll_interval
        self.heartbeat_interval = heartbeat_interval
        self.stale_after = stale_after
        self._wake = asyncio.Event()
        self._stopping = False
        self._stop = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        # Jobs get their own threads so long reviews never starve the webhook's DB calls.
        self._executor = ThreadPoolExecutor(max_workers=self.size, thread_name_prefix="warden-job")

    async def start(self) -> None:
        """Requeue orphaned jobs, then start the workers and the orphan sweep."""
        n = await asyncio.to_thread(self._recover)
        if n:
            log.warning("requeued %d job(s) left unfinished by a previous run", n)
        for slot in range(self.size):
            self._tasks.append(asyncio.create_task(self._work(f"{queue.PROCESS_ID}:{slot}"), name=f"worker-{slot}"))
        self._tasks.append(asyncio.create_task(self._sweep(), name="orphan-sweep"))
        log.info("started %d worker(s)", self.size)

    def wake(self) -> None:
        """A job was committed: idle workers look at the queue now instead of at the next poll."""
        self._wake.set()

    async def stop(self, grace: float = 30.0) -> None:
        """Let running jobs finish (up to ``grace`` seconds), then cancel what is left.

        A job still running after the grace period stays ``running`` in the table; the next
        start (or another process's sweep) requeues it.
        """
        self._stopping = True
        self._stop.set()
        self._wake.set()
        if self._tasks:
            _, pending = await asyncio.wait(self._tasks, timeout=grace)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
        self._executor.shutdown(wait=False, cancel_futures=True)
        log.info("workers stopped")

    def _recover(self) -> int:
        return queue.recover(
            self.engine, max_attempts=self.settings.WARDEN_JOB_MAX_ATTEMPTS, stale_after=self.stale_after
        )

    async def _work(self, worker_id: str) -> None:
        while not self._stopping:
            self._wake.clear()  # before the claim, so a wake during the claim is not lost
            try:
                job = await asyncio.to_thread(queue.claim, self.engine, worker_id)
            except Exception:
                log.exception("claiming a job failed")
                job = None
            if job is None:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), timeout=self.poll_interval)
                continue
            await self._run(job)

    async def _run(self, job: queue.ClaimedJob) -> None:
        ctx = JobContext(settings=self.settings, engine=self.engine)
        with log_context(**job.log_fields()):
            log.info("job started")
            beat = asyncio.create_task(self._heartbeat(job))
            started = time.monotonic()
            try:
                await self._in_thread(self.runner, job, ctx)
            except Exception as exc:
                if not isinstance(exc, PermanentJobError | RetryableJobError):
                    # Not one of the pipeline's own verdicts: keep the traceback for the bug report.
                    log.warning("job raised %s", type(exc).__name__, exc_info=True)
                status = await asyncio.to_thread(
                    queue.fail, self.engine, job, exc, max_attempts=self.settings.WARDEN_JOB_MAX_ATTEMPTS
                )
                result = "retry" if status == JobStatus.QUEUED else "failed"
            else:
                await asyncio.to_thread(queue.complete, self.engine, job)
                result = "done"
                log.info("job done in %.2fs", time.monotonic() - started)
            finally:
                beat.cancel()
            JOB_DURATION.labels(kind=job.kind).observe(time.monotonic() - started)
            JOBS_FINISHED.labels(kind=job.kind, result=result).inc()

    async def _in_thread(self, fn: Callable[..., Any], *args: Any) -> Any:
        loop = asyncio.get_running_loop()
        ctx = contextvars.copy_context()  # the log context follows the job into its thread
        return await loop.run_in_executor(self._executor, functools.partial(ctx.run, fn, *args))

    async def _heartbeat(self, job: queue.ClaimedJob) -> None:
        while True:
            await asyncio.sleep(self.heartbeat_interval)
            try:
                held = await asyncio.to_thread(queue.heartbeat, self.engine, job)
            except Exception:
                log.exception("heartbeat failed")
                continue
            if not held:
                log.warning("lost the lock on a running job (taken over after a stale heartbeat)")
                return

    async def _sweep(self) -> None:
        while not self._stopping:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), timeout=self.stale_after / 2)
            if self._stopping:
                return
            try:
                n = await asyncio.to_thread(self._recover)
            except Exception:
                log.exception("orphan sweep failed")
                continue
            if n:
                log.warning("requeued %d orphaned job(s)", n)
                self.wake()
