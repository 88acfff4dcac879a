"""The durable job queue: a table in the App's database, claimed by in-process workers.

Rules it guarantees:
- per pull request, a review of a newer head sha supersedes queued reviews of older ones, and
  the same (repo, pr, head sha) queued twice collapses into one job;
- a claim is atomic (SQLite: ``BEGIN IMMEDIATE``; PostgreSQL: ``FOR UPDATE SKIP LOCKED``) and at
  most one job runs per pull request (also enforced by a partial unique index);
- failures retry with exponential backoff (or the ``retry_after`` GitHub asked for) and give up
  after ``max_attempts``;
- a job left ``running`` by a dead process goes back to the queue (dead holder on this host, or a
  heartbeat older than ``stale_after`` anywhere).

Enqueue functions take the caller's session so the webhook records the delivery and the job in
one transaction; the worker-side functions take the engine and run their own short transactions.
"""

from __future__ import annotations

import json
import logging
import os
import random
import socket
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import exists, func, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from bot.jobs import CommandRequest, PermanentJobError, RetryableJobError, ReviewRequest
from bot.storage.db import is_sqlite, write_session
from bot.storage.models import Job, JobKind, JobStatus, utcnow

log = logging.getLogger(__name__)

BACKOFF_BASE_SECONDS = 30.0
BACKOFF_MAX_SECONDS = 1800.0
STALE_AFTER_SECONDS = 120.0  # a running job whose heartbeat is older than this is orphaned
HEARTBEAT_SECONDS = 15.0
_CLAIM_RETRIES = 5  # PostgreSQL: concurrent claimers racing for two jobs of one PR
_ERROR_CHARS = 4000

# Identifies this process in `locked_by`: "<host>:<pid>:<boot id>"; workers append ":<slot>".
PROCESS_ID = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:12]}"


class EnqueueOutcome(StrEnum):
    QUEUED = "queued"
    COLLAPSED = "collapsed"  # the same head sha is already queued or running
    STALE = "stale"  # a newer head of the PR is already queued


@dataclass(frozen=True, slots=True)
class Enqueued:
    outcome: EnqueueOutcome
    job_id: int | None


@dataclass(frozen=True, slots=True)
class ClaimedJob:
    id: int
    kind: str
    repo: str
    pr_number: int
    head_sha: str | None
    payload: str
    attempts: int  # including this one
    delivery_id: str | None
    locked_by: str

    def log_fields(self) -> dict[str, Any]:
        return {
            "job_id": self.id,
            "kind": self.kind,
            "repo": self.repo,
            "pr": self.pr_number,
            "sha": self.head_sha,
            "delivery": self.delivery_id,
            "attempt": self.attempts,
        }


# --- enqueue (webhook side) -----------------------------------------------------------------


def enqueue_review(session: Session, request: ReviewRequest, *, event_at: datetime | None = None) -> Enqueued:
    """Queue a review of ``request.head_sha`` unless the same or a newer head is already queued."""
    pending = session.exec(
        select(Job)
        .where(Job.kind == JobKind.REVIEW, Job.repo == request.repo, Job.pr_number == request.pr_number)
        .where(col(Job.status).in_((JobStatus.QUEUED, JobStatus.RUNNING)))
        .order_by(col(Job.id))
    ).all()
    for job in pending:
        if job.head_sha == request.head_sha:
            return Enqueued(EnqueueOutcome.COLLAPSED, job.id)
    if event_at is not None and _newer_review_exists(session, request, event_at):
        return Enqueued(EnqueueOutcome.STALE, None)
    # A re-run of one sha (no event time: check_run.rerequested) supersedes nothing: the user
    # asked for that commit, and a newer head queued meanwhile must still be reviewed.
    queued = [j for j in pending if j.status == JobStatus.QUEUED] if event_at is not None else []
    now = utcnow()
    for job in queued:
        job.status = JobStatus.SUPERSEDED
        job.last_error = f"superseded by head {request.head_sha}"
        job.updated_at = now
        session.add(job)
    job = Job(
        kind=JobKind.REVIEW,
        repo=request.repo,
        pr_number=request.pr_number,
        head_sha=request.head_sha,
        event_at=event_at,
        payload=json.dumps(request.to_json()),
        delivery_id=request.delivery_id,
        run_after=now,
        created_at=now,
        updated_at=now,
    )
    session.add(job)
    session.flush()
    return Enqueued(EnqueueOutcome.QUEUED, job.id)


def _newer_review_exists(session: Session, request: ReviewRequest, event_at: datetime) -> bool:
    """A review of this PR (any status) was queued for a later state of the PR than ``event_at``.

    Deliveries arrive out of order; a late `opened` must neither supersede nor follow the review
    of a head pushed after it.
    """
    newer = (
        select(Job.id)
        .where(Job.kind == JobKind.REVIEW, Job.repo == request.repo, Job.pr_number == request.pr_number)
        .where(col(Job.event_at) > event_at, col(Job.head_sha) != request.head_sha)
        .limit(1)
    )
    return session.exec(newer).first() is not None


def enqueue_command(session: Session, request: CommandRequest) -> Enqueued:
    """Queue a comment command; commands never collapse (each comment gets its answer)."""
    now = utcnow()
    job = Job(
        kind=JobKind.COMMAND,
        repo=request.repo,
        pr_number=request.pr_number,
        payload=json.dumps(request.to_json()),
        delivery_id=request.delivery_id,
        run_after=now,
        created_at=now,
        updated_at=now,
    )
    session.add(job)
    session.flush()
    return Enqueued(EnqueueOutcome.QUEUED, job.id)


def cancel_reviews(session: Session, repo: str, pr_number: int, reason: str) -> int:
    """Mark the PR's queued review jobs superseded (e.g. the PR was closed); returns how many."""
    result = session.execute(
        update(Job)
        .where(col(Job.repo) == repo, col(Job.pr_number) == pr_number)
        .where(col(Job.kind) == JobKind.REVIEW, col(Job.status) == JobStatus.QUEUED)
        .values(status=JobStatus.SUPERSEDED, last_error=reason, updated_at=utcnow())
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


# --- worker side -----------------------------------------------------------------------------


def claim(engine: Engine, worker_id: str, *, now: datetime | None = None) -> ClaimedJob | None:
    """Take the oldest runnable job whose PR has no running job; None when there is none."""
    for _ in range(_CLAIM_RETRIES):
        try:
            return _claim_once(engine, worker_id, now or utcnow())
        except IntegrityError:
            # Another claimer (PostgreSQL) took a job of the same PR in parallel; look again.
            continue
    return None


def _claim_once(engine: Engine, worker_id: str, now: datetime) -> ClaimedJob | None:
    running = aliased(Job)
    busy_pr = (
        exists()
        .where(col(running.repo) == col(Job.repo), col(running.pr_number) == col(Job.pr_number))
        .where(col(running.status) == JobStatus.RUNNING)
    )
    stmt = (
        select(Job)
        .where(Job.status == JobStatus.QUEUED, col(Job.run_after) <= now, ~busy_pr)
        .order_by(col(Job.run_after), col(Job.id))
        .limit(1)
    )
    if not is_sqlite(engine):
        stmt = stmt.with_for_update(skip_locked=True, of=Job)
    with write_session(engine) as session:
        job = session.exec(stmt).first()
        if job is None:
            return None
        job.status = JobStatus.RUNNING
        job.attempts += 1
        job.locked_by = worker_id
        job.locked_at = now
        job.updated_at = now
        session.add(job)
        session.flush()
        assert job.id is not None
        return ClaimedJob(
            id=job.id,
            kind=job.kind,
            repo=job.repo,
            pr_number=job.pr_number,
            head_sha=job.head_sha,
            payload=job.payload,
            attempts=job.attempts,
            delivery_id=job.delivery_id,
            locked_by=worker_id,
        )


def heartbeat(engine: Engine, job: ClaimedJob) -> bool:
    """Refresh the job's lock; False when this worker no longer holds it."""
    with write_session(engine) as session:
        result = session.execute(_owned(job).values(locked_at=utcnow()))
        return bool(result.rowcount)  # type: ignore[attr-defined]


def complete(engine: Engine, job: ClaimedJob) -> bool:
    with write_session(engine) as session:
        result = session.execute(
            _owned(job).values(
                status=JobStatus.DONE, locked_by=None, locked_at=None, last_error=None, updated_at=utcnow()
            )
        )
        done = bool(result.rowcount)  # type: ignore[attr-defined]
    if not done:
        log.warning("job finished but its lock was taken over; result not recorded", extra=job.log_fields())
    return done


def fail(
    engine: Engine,
    job: ClaimedJob,
    error: BaseException,
    *,
    max_attempts: int,
    now: datetime | None = None,
    backoff_base: float = BACKOFF_BASE_SECONDS,
    backoff_max: float = BACKOFF_MAX_SECONDS,
) -> str:
    """Record a failed run: requeue with backoff, or give up. Returns the job's new status."""
    now = now or utcnow()
    message = f"{type(error).__name__}: {error}"[:_ERROR_CHARS]
    permanent = isinstance(error, PermanentJobError)
    if permanent or job.attempts >= max_attempts:
        values: dict[str, Any] = {"status": JobStatus.FAILED, "locked_by": None, "locked_at": None}
        new_status: str = JobStatus.FAILED
    else:
        delay = backoff_delay(job.attempts, error, base=backoff_base, cap=backoff_max)
        values = {
            "status": JobStatus.QUEUED,
            "locked_by": None,
            "locked_at": None,
            "run_after": now + timedelta(seconds=delay),
        }
        new_status = JobStatus.QUEUED
    with write_session(engine) as session:
        result = session.execute(_owned(job).values(last_error=message, updated_at=now, **values))
        if not result.rowcount:  # type: ignore[attr-defined]
            log.warning("job failed but its lock was taken over; failure not recorded", extra=job.log_fields())
            return JobStatus.RUNNING
    if new_status == JobStatus.FAILED:
        why = "permanent error" if permanent else f"gave up after {job.attempts} attempts"
        log.error("JOB FAILED (%s): %s", why, message, extra=job.log_fields())
    else:
        log.warning("job failed, retrying at %s: %s", values["run_after"].isoformat(), message, extra=job.log_fields())
    return new_status


def backoff_delay(attempts: int, error: BaseException, *, base: float, cap: float) -> float:
    """Seconds before the next try: GitHub's ``retry_after`` when given, else capped exponential + jitter."""
    if isinstance(error, RetryableJobError) and error.retry_after is not None:
        return max(0.0, error.retry_after)
    exp: float = min(cap, base * 2 ** max(0, attempts - 1))
    return exp * random.uniform(0.8, 1.0)  # jitter: retries of a burst do not all land together


def _owned(job: ClaimedJob) -> Any:
    """UPDATE for the job only while this worker still holds it."""
    return update(Job).where(
        col(Job.id) == job.id, col(Job.status) == JobStatus.RUNNING, col(Job.locked_by) == job.locked_by
    )


def recover(
    engine: Engine,
    *,
    max_attempts: int,
    stale_after: float = STALE_AFTER_SECONDS,
    process_id: str = PROCESS_ID,
    now: datetime | None = None,
) -> int:
    """Put jobs orphaned by a dead worker back in the queue (or fail those out of attempts).

    A running job is orphaned when its holder is a process of this host that no longer exists
    (or an earlier life of this very pid, as in containers where every start is pid 1), or when
    its heartbeat is older than ``stale_after`` (holders on other hosts). Returns how many.
    """
    now = now or utcnow()
    cutoff = now - timedelta(seconds=stale_after)
    recovered = 0
    with write_session(engine) as session:
        running = session.exec(select(Job).where(Job.status == JobStatus.RUNNING)).all()
        for job in running:
            stale = job.locked_at is None or job.locked_at < cutoff
            if not (stale or _holder_is_dead(job.locked_by, process_id)):
                continue
            fields = {"job_id": job.id, "repo": job.repo, "pr": job.pr_number, "sha": job.head_sha}
            job.locked_by = None
            job.locked_at = None
            job.updated_at = now
            if job.attempts >= max_attempts:
                job.status = JobStatus.FAILED
                job.last_error = f"worker died during attempt {job.attempts}; gave up"
                log.error("JOB FAILED: its worker died during the last allowed attempt", extra=fields)
            else:
                job.status = JobStatus.QUEUED
                job.run_after = now
                job.last_error = f"worker died during attempt {job.attempts}; requeued"
                log.warning("requeued a job orphaned by a dead worker", extra=fields)
            session.add(job)
            recovered += 1
    return recovered


def _holder_is_dead(locked_by: str | None, process_id: str) -> bool:
    if not locked_by:
        return True
    parts = locked_by.split(":")
    mine = process_id.split(":")
    if len(parts) < 3 or len(mine) < 3 or parts[0] != mine[0]:
        return False  # another host (or an unknown format): only the heartbeat rule applies
    if parts[1] == mine[1]:
        return parts[2] != mine[2]  # same pid, other boot id: an earlier life of this process
    try:
        pid = int(parts[1])
    except ValueError:
        return False
    return not _pid_alive(pid)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


def status_counts(engine: Engine) -> dict[str, int]:
    """Number of jobs per status (every status present, zero when none)."""
    with Session(engine) as session:
        rows = session.execute(select(Job.status, func.count()).group_by(Job.status)).all()
    counts = dict.fromkeys(JobStatus.ALL, 0)
    counts.update({status: int(n) for status, n in rows})
    return counts
