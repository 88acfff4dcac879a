"""The in-process workers: webhook -> queue -> worker thread -> job function, through the real app.

The job function is injected (``runner=``) so these tests exercise the queue and the pool
without GitHub; the real ``bot.pipeline`` has its own tests.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot import queue
from bot.app import create_app
from bot.jobs import JobContext, PermanentJobError, RetryableJobError, ReviewRequest
from bot.settings import Settings
from bot.storage.db import write_session
from bot.storage.models import Job, JobStatus, utcnow
from bot.worker import run_job

Payload = dict[str, Any]
Load = Callable[[str], Payload]
DeliverTo = Callable[[Any], Callable[..., Any]]


def wait_for(predicate: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.02)


def all_jobs(engine: Engine) -> list[Job]:
    with Session(engine) as session:
        return list(session.exec(select(Job).order_by(Job.id)).all())  # type: ignore[arg-type]


def finished(engine: Engine, n: int) -> Callable[[], bool]:
    return lambda: sum(j.status in (JobStatus.DONE, JobStatus.FAILED) for j in all_jobs(engine)) >= n


def with_head(body: Payload, pr: int, sha: str) -> Payload:
    body = json.loads(json.dumps(body))
    body["number"] = body["pull_request"]["number"] = pr
    body["pull_request"]["head"]["sha"] = sha
    return body


# --- dispatch --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "payload"),
    [("review", "{not json"), ("review", '{"repo": "a/b"}'), ("command", "[]"), ("deploy", "{}")],
)
def test_unreadable_jobs_fail_permanently(settings: Settings, engine: Engine, kind: str, payload: str) -> None:
    with pytest.raises(PermanentJobError):
        run_job(kind, payload, JobContext(settings=settings, engine=engine))


# --- the pool inside the app -----------------------------------------------------------------


def test_a_delivered_pull_request_is_run_by_a_worker(
    settings: Settings, engine: Engine, payload: Load, deliver_to: DeliverTo
) -> None:
    seen: list[tuple[ReviewRequest, JobContext, str]] = []

    def runner(job: queue.ClaimedJob, ctx: JobContext) -> None:
        seen.append((ReviewRequest.from_json(json.loads(job.payload)), ctx, threading.current_thread().name))

    with TestClient(create_app(settings, engine, runner=runner)) as client:
        assert deliver_to(client)("pull_request", payload("pull_request.opened"), delivery="d-1").status_code == 202
        wait_for(finished(engine, 1))
        metrics = client.get("/metrics").text
    ((request, ctx, thread),) = seen
    assert (request.repo, request.pr_number, request.delivery_id) == ("Codertocat/Hello-World", 2, "d-1")
    assert ctx.engine is engine and ctx.settings is settings
    assert thread.startswith("warden-job")  # ran off the event loop
    (job,) = all_jobs(engine)
    assert (job.status, job.attempts, job.locked_by) == (JobStatus.DONE, 1, None)
    assert 'warden_jobs_finished_total{kind="review",result="done"}' in metrics
    assert "warden_job_duration_seconds_count" in metrics


def test_a_retryable_failure_is_requeued_with_githubs_delay(
    settings: Settings, engine: Engine, payload: Load, deliver_to: DeliverTo
) -> None:
    def runner(job: queue.ClaimedJob, ctx: JobContext) -> None:
        raise RetryableJobError("secondary rate limit", retry_after=3600)

    with TestClient(create_app(settings, engine, runner=runner)) as client:
        deliver_to(client)("pull_request", payload("pull_request.opened"))
        wait_for(lambda: any(j.attempts == 1 and j.status == JobStatus.QUEUED for j in all_jobs(engine)))
    (job,) = all_jobs(engine)
    assert job.run_after > utcnow() + timedelta(minutes=55)
    assert job.last_error == "RetryableJobError: secondary rate limit"


def test_a_permanent_failure_is_not_retried(
    settings: Settings, engine: Engine, payload: Load, deliver_to: DeliverTo
) -> None:
    def runner(job: queue.ClaimedJob, ctx: JobContext) -> None:
        raise PermanentJobError("installation lacks pull_requests: write")

    with TestClient(create_app(settings, engine, runner=runner)) as client:
        deliver_to(client)("pull_request", payload("pull_request.opened"))
        wait_for(finished(engine, 1))
    (job,) = all_jobs(engine)
    assert (job.status, job.attempts) == (JobStatus.FAILED, 1)


def test_jobs_of_different_prs_run_concurrently_but_one_pr_runs_one_at_a_time(
    settings: Settings, engine: Engine, payload: Load, deliver_to: DeliverTo
) -> None:
    both_prs_running = threading.Barrier(2, timeout=15)  # breaks unless PR 1 and PR 2 overlap
    lock = threading.Lock()
    running_per_pr: dict[int, int] = {}
    most_per_pr: dict[int, int] = {}

    def runner(job: queue.ClaimedJob, ctx: JobContext) -> None:
        with lock:
            running_per_pr[job.pr_number] = running_per_pr.get(job.pr_number, 0) + 1
            most_per_pr[job.pr_number] = max(most_per_pr.get(job.pr_number, 0), running_per_pr[job.pr_number])
        try:
            if json.loads(job.payload).get("head_sha") in ("1" * 40, "2" * 40):
                both_prs_running.wait()
        finally:
            with lock:
                running_per_pr[job.pr_number] -= 1

    comment = payload("issue_comment.created")
    comment["issue"]["pull_request"] = {"url": "x"}
    comment["issue"]["number"] = 1
    comment["comment"]["body"] = "@warden review"
    with TestClient(create_app(settings, engine, runner=runner)) as client:
        deliver = deliver_to(client)
        deliver("pull_request", with_head(payload("pull_request.opened"), 1, "1" * 40))
        deliver("issue_comment", comment)  # a second job for PR 1: must wait for the review
        deliver("pull_request", with_head(payload("pull_request.opened"), 2, "2" * 40))
        wait_for(finished(engine, 3))
    assert [j.status for j in all_jobs(engine)] == [JobStatus.DONE] * 3
    assert most_per_pr == {1: 1, 2: 1}


def test_jobs_left_running_by_a_previous_life_run_again_at_startup(settings: Settings, engine: Engine) -> None:
    host, pid, _ = queue.PROCESS_ID.split(":")
    with write_session(engine) as session:
        queue.enqueue_review(session, ReviewRequest(1, "acme/shop", 5, "e" * 40))
    crashed = queue.claim(engine, f"{host}:{pid}:earlier-life:0")  # same pid, other boot: a restart
    assert crashed is not None
    ran: list[int] = []

    def runner(job: queue.ClaimedJob, ctx: JobContext) -> None:
        ran.append(job.id)

    with TestClient(create_app(settings, engine, runner=runner)):
        wait_for(finished(engine, 1))
    (job,) = all_jobs(engine)
    assert ran == [crashed.id]
    assert (job.status, job.attempts) == (JobStatus.DONE, 2)


def test_shutdown_waits_for_the_running_job(
    settings: Settings, engine: Engine, payload: Load, deliver_to: DeliverTo
) -> None:
    started = threading.Event()
    results: list[str] = []

    def runner(job: queue.ClaimedJob, ctx: JobContext) -> None:
        started.set()
        time.sleep(0.3)
        results.append("finished")

    client: Any = TestClient(create_app(settings, engine, runner=runner))
    with client:
        deliver_to(client)("pull_request", payload("pull_request.opened"))
        assert started.wait(15)
    # Leaving the block ran the app's shutdown: it let the job end and recorded it.
    assert results == ["finished"]
    assert [j.status for j in all_jobs(engine)] == [JobStatus.DONE]
