"""The durable job queue against a real database (SQLite here; test_queue_postgres.py reruns these on PostgreSQL)."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from bot import queue
from bot.jobs import CommandRequest, PermanentJobError, RetryableJobError, ReviewRequest
from bot.storage.db import init_db, make_engine, write_session
from bot.storage.models import Job, JobStatus, utcnow

ROOT = Path(__file__).resolve().parents[2]
ME = queue.PROCESS_ID  # "<host>:<pid>:<boot id>"


@pytest.fixture
def queue_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'queue.db'}")
    init_db(engine)
    yield engine
    engine.dispose()


def review(pr: int, sha: str, repo: str = "acme/shop") -> ReviewRequest:
    return ReviewRequest(installation_id=7, repo=repo, pr_number=pr, head_sha=sha, delivery_id=f"d-{pr}-{sha}")


def command(pr: int, comment_id: int = 1, repo: str = "acme/shop") -> CommandRequest:
    return CommandRequest(7, repo, pr, comment_id, "issue_comment", "octocat", "@warden review")


def add(engine: Engine, *requests: ReviewRequest | CommandRequest) -> list[queue.Enqueued]:
    """Enqueue like the webhook does: a review carries the time of its PR event (now)."""
    with write_session(engine) as session:
        return [
            queue.enqueue_review(session, r, event_at=utcnow())
            if isinstance(r, ReviewRequest)
            else queue.enqueue_command(session, r)
            for r in requests
        ]


def job(engine: Engine, job_id: int | None) -> Job:
    with Session(engine) as session:
        row = session.get(Job, job_id)
        assert row is not None
        return row


def age_lock(engine: Engine, job_id: int, age: timedelta) -> None:
    """Pretend the holder's last heartbeat was ``age`` ago."""
    with write_session(engine) as session:
        row = session.get(Job, job_id)
        assert row is not None and row.locked_at is not None
        row.locked_at = row.locked_at - age
        session.add(row)


def statuses(engine: Engine) -> list[tuple[int | None, str | None, str]]:
    with Session(engine) as session:
        return [(j.pr_number, j.head_sha, j.status) for j in session.exec(select(Job).order_by(Job.id))]  # type: ignore[arg-type]


# --- enqueue ---------------------------------------------------------------------------------


def test_same_head_queued_twice_collapses_into_one_job(queue_engine: Engine) -> None:
    first, second = add(queue_engine, review(1, "a" * 40), review(1, "a" * 40))
    assert first.outcome == queue.EnqueueOutcome.QUEUED
    assert (second.outcome, second.job_id) == (queue.EnqueueOutcome.COLLAPSED, first.job_id)
    assert statuses(queue_engine) == [(1, "a" * 40, JobStatus.QUEUED)]


def test_newer_head_supersedes_queued_older_reviews_of_that_pr_only(queue_engine: Engine) -> None:
    add(queue_engine, review(1, "a" * 40), review(2, "x" * 40), command(1))
    add(queue_engine, review(1, "b" * 40))
    assert statuses(queue_engine) == [
        (1, "a" * 40, JobStatus.SUPERSEDED),
        (2, "x" * 40, JobStatus.QUEUED),  # another PR: untouched
        (1, None, JobStatus.QUEUED),  # a command is never superseded
        (1, "b" * 40, JobStatus.QUEUED),
    ]


def test_a_running_review_is_not_superseded_and_its_head_collapses(queue_engine: Engine) -> None:
    add(queue_engine, review(1, "a" * 40))
    running = queue.claim(queue_engine, f"{ME}:0")
    assert running is not None
    (again,) = add(queue_engine, review(1, "a" * 40))
    assert again.outcome == queue.EnqueueOutcome.COLLAPSED
    add(queue_engine, review(1, "b" * 40))
    assert statuses(queue_engine) == [(1, "a" * 40, JobStatus.RUNNING), (1, "b" * 40, JobStatus.QUEUED)]


def test_an_older_event_does_not_supersede_a_newer_queued_head(queue_engine: Engine) -> None:
    now = utcnow()
    with write_session(queue_engine) as session:
        queue.enqueue_review(session, review(1, "b" * 40), event_at=now)
        late = queue.enqueue_review(session, review(1, "a" * 40), event_at=now - timedelta(minutes=5))
    assert late == queue.Enqueued(queue.EnqueueOutcome.STALE, None)
    assert statuses(queue_engine) == [(1, "b" * 40, JobStatus.QUEUED)]


def test_a_late_event_for_an_old_head_is_stale_even_after_the_newer_review_ran(queue_engine: Engine) -> None:
    now = utcnow()
    with write_session(queue_engine) as session:
        queue.enqueue_review(session, review(1, "b" * 40), event_at=now)
    newer = queue.claim(queue_engine, f"{ME}:0")
    assert newer is not None and queue.complete(queue_engine, newer)
    with write_session(queue_engine) as session:
        late = queue.enqueue_review(session, review(1, "a" * 40), event_at=now - timedelta(seconds=1))
        pushed_again = queue.enqueue_review(session, review(1, "c" * 40), event_at=now + timedelta(seconds=1))
    assert late.outcome == queue.EnqueueOutcome.STALE
    assert pushed_again.outcome == queue.EnqueueOutcome.QUEUED


def test_a_rerun_of_one_sha_supersedes_nothing(queue_engine: Engine) -> None:
    with write_session(queue_engine) as session:
        queue.enqueue_review(session, review(1, "b" * 40), event_at=utcnow())
        rerun = queue.enqueue_review(session, review(1, "a" * 40))  # check_run.rerequested: no event time
    assert rerun.outcome == queue.EnqueueOutcome.QUEUED
    assert statuses(queue_engine) == [(1, "b" * 40, JobStatus.QUEUED), (1, "a" * 40, JobStatus.QUEUED)]


def test_cancel_reviews_marks_queued_reviews_of_the_pr(queue_engine: Engine) -> None:
    add(queue_engine, review(1, "a" * 40), review(2, "x" * 40), command(1))
    with write_session(queue_engine) as session:
        assert queue.cancel_reviews(session, "acme/shop", 1, "pull request closed") == 1
    assert [s for *_, s in statuses(queue_engine)] == [JobStatus.SUPERSEDED, JobStatus.QUEUED, JobStatus.QUEUED]


# --- claim -----------------------------------------------------------------------------------


def test_claim_takes_jobs_in_order_and_returns_none_when_empty(queue_engine: Engine) -> None:
    ids = [r.job_id for r in add(queue_engine, review(1, "a" * 40), review(2, "b" * 40))]
    first = queue.claim(queue_engine, f"{ME}:0")
    second = queue.claim(queue_engine, f"{ME}:1")
    assert first is not None and second is not None
    assert [first.id, second.id] == ids
    assert (first.kind, first.repo, first.pr_number, first.head_sha, first.attempts) == (
        "review",
        "acme/shop",
        1,
        "a" * 40,
        1,
    )
    assert ReviewRequest.from_json(json.loads(first.payload)) == review(1, "a" * 40)
    assert queue.claim(queue_engine, f"{ME}:2") is None
    assert job(queue_engine, first.id).locked_by == f"{ME}:0"


def test_at_most_one_job_runs_per_pull_request(queue_engine: Engine) -> None:
    add(queue_engine, review(1, "a" * 40), command(1), review(2, "b" * 40))
    a = queue.claim(queue_engine, f"{ME}:0")
    other_pr = queue.claim(queue_engine, f"{ME}:1")
    assert a is not None and other_pr is not None and other_pr.pr_number == 2
    assert queue.claim(queue_engine, f"{ME}:2") is None  # the command waits for PR 1's review
    assert queue.complete(queue_engine, a)
    cmd = queue.claim(queue_engine, f"{ME}:2")
    assert cmd is not None and (cmd.kind, cmd.pr_number) == ("command", 1)


def test_the_database_refuses_a_second_running_job_for_a_pr(queue_engine: Engine) -> None:
    first, second = add(queue_engine, review(1, "a" * 40), command(1))
    with pytest.raises(IntegrityError), write_session(queue_engine) as session:
        for job_id in (first.job_id, second.job_id):
            row = session.get(Job, job_id)
            assert row is not None
            row.status = JobStatus.RUNNING
            session.add(row)
            session.flush()


def test_concurrent_claims_never_hand_out_a_job_twice(queue_engine: Engine) -> None:
    url = queue_engine.url.render_as_string(hide_password=False)
    add(queue_engine, *[review(pr, f"{pr:040x}") for pr in range(1, 61)])
    claimed: dict[str, list[int]] = {"w0": [], "w1": []}
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def worker(name: str) -> None:
        engine = make_engine(url)  # one engine per thread, like two processes
        try:
            start.wait()
            while (got := queue.claim(engine, f"{ME}:{name}")) is not None:
                claimed[name].append(got.id)
        except BaseException as exc:  # surfaced below
            errors.append(exc)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=worker, args=(name,)) for name in claimed]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    all_ids = claimed["w0"] + claimed["w1"]
    assert len(all_ids) == 60 and len(set(all_ids)) == 60
    assert {s for *_, s in statuses(queue_engine)} == {JobStatus.RUNNING}


def test_concurrent_claims_on_one_pr_run_one_job(queue_engine: Engine) -> None:
    url = queue_engine.url.render_as_string(hide_password=False)
    add(queue_engine, *[command(1, comment_id=i) for i in range(10)])
    results: list[queue.ClaimedJob | None] = []
    lock = threading.Lock()
    start = threading.Barrier(4)

    def worker(n: int) -> None:
        engine = make_engine(url)
        try:
            start.wait()
            got = queue.claim(engine, f"{ME}:{n}")
            with lock:
                results.append(got)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert len(results) == 4
    assert sum(r is not None for r in results) == 1


# --- finish, retry, give up ------------------------------------------------------------------


def test_complete_marks_done(queue_engine: Engine) -> None:
    add(queue_engine, review(1, "a" * 40))
    got = queue.claim(queue_engine, f"{ME}:0")
    assert got is not None and queue.complete(queue_engine, got)
    done = job(queue_engine, got.id)
    assert (done.status, done.locked_by, done.locked_at) == (JobStatus.DONE, None, None)


def test_retry_after_from_github_is_honoured(queue_engine: Engine) -> None:
    add(queue_engine, review(1, "a" * 40))
    got = queue.claim(queue_engine, f"{ME}:0")
    assert got is not None
    now = utcnow()
    error = RetryableJobError("secondary rate limit", retry_after=90)
    assert queue.fail(queue_engine, got, error, max_attempts=3, now=now) == JobStatus.QUEUED
    row = job(queue_engine, got.id)
    assert row.run_after == now + timedelta(seconds=90)
    assert row.last_error == "RetryableJobError: secondary rate limit"
    assert queue.claim(queue_engine, f"{ME}:0", now=now + timedelta(seconds=89)) is None
    again = queue.claim(queue_engine, f"{ME}:0", now=now + timedelta(seconds=91))
    assert again is not None and again.attempts == 2


def test_backoff_grows_exponentially_and_is_capped() -> None:
    error = RuntimeError("boom")
    delays = [queue.backoff_delay(n, error, base=30, cap=600) for n in (1, 2, 3, 10)]
    assert 24 <= delays[0] <= 30
    assert 48 <= delays[1] <= 60
    assert 96 <= delays[2] <= 120
    assert 480 <= delays[3] <= 600
    assert queue.backoff_delay(4, RetryableJobError("x", retry_after=5), base=30, cap=600) == 5


def test_gives_up_after_max_attempts_loudly(queue_engine: Engine, caplog: pytest.LogCaptureFixture) -> None:
    add(queue_engine, review(1, "a" * 40))
    now = utcnow()
    outcomes = []
    job_ids = set()
    for attempt in range(3):
        at = now + timedelta(hours=attempt)
        got = queue.claim(queue_engine, f"{ME}:0", now=at)
        assert got is not None and got.attempts == attempt + 1
        job_ids.add(got.id)
        with caplog.at_level(logging.WARNING, logger="bot.queue"):
            outcomes.append(queue.fail(queue_engine, got, RuntimeError("GitHub 502"), max_attempts=3, now=at))
    assert outcomes == [JobStatus.QUEUED, JobStatus.QUEUED, JobStatus.FAILED]
    (job_id,) = job_ids
    row = job(queue_engine, job_id)
    assert (row.status, row.attempts, row.last_error) == (JobStatus.FAILED, 3, "RuntimeError: GitHub 502")
    assert queue.claim(queue_engine, f"{ME}:0", now=now + timedelta(days=1)) is None
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1 and "gave up after 3 attempts" in errors[0].getMessage()


def test_permanent_error_fails_at_once(queue_engine: Engine) -> None:
    add(queue_engine, review(1, "a" * 40))
    got = queue.claim(queue_engine, f"{ME}:0")
    assert got is not None
    assert queue.fail(queue_engine, got, PermanentJobError("PR gone"), max_attempts=5) == JobStatus.FAILED


def test_a_worker_that_lost_its_lock_cannot_overwrite_the_job(queue_engine: Engine) -> None:
    add(queue_engine, review(1, "a" * 40))
    got = queue.claim(queue_engine, "otherhost:1:dead:0")
    assert got is not None
    age_lock(queue_engine, got.id, timedelta(hours=1))
    assert queue.recover(queue_engine, max_attempts=5, stale_after=60) == 1
    again = queue.claim(queue_engine, f"{ME}:0")
    assert again is not None and again.id == got.id
    assert not queue.heartbeat(queue_engine, got)
    assert not queue.complete(queue_engine, got)
    assert job(queue_engine, got.id).locked_by == f"{ME}:0"
    assert queue.heartbeat(queue_engine, again)


# --- recovery --------------------------------------------------------------------------------

_CRASH = """
import os, sys
from bot import queue
from bot.storage.db import make_engine
got = queue.claim(make_engine(sys.argv[1]), queue.PROCESS_ID + ":0")
print(got.id if got else "none", flush=True)
os.kill(os.getpid(), 9)  # die mid-job, like an OOM kill or a power cut
"""


def test_a_job_left_running_by_a_killed_process_is_requeued_at_once(queue_engine: Engine) -> None:
    add(queue_engine, review(1, "a" * 40))
    url = queue_engine.url.render_as_string(hide_password=False)
    crashed = subprocess.run(
        [sys.executable, "-c", _CRASH, url], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert crashed.returncode == -9, crashed.stderr
    job_id = int(crashed.stdout.strip())
    assert job(queue_engine, job_id).status == JobStatus.RUNNING
    # The heartbeat is fresh, but the holder is a dead process of this host: no need to wait.
    assert queue.recover(queue_engine, max_attempts=5, stale_after=3600) == 1
    row = job(queue_engine, job_id)
    assert (row.status, row.locked_by) == (JobStatus.QUEUED, None)
    again = queue.claim(queue_engine, f"{ME}:0")
    assert again is not None and (again.id, again.attempts) == (job_id, 2)


def test_recovery_by_stale_heartbeat_for_holders_on_other_hosts(queue_engine: Engine) -> None:
    add(queue_engine, review(1, "a" * 40), review(2, "b" * 40))
    stale = queue.claim(queue_engine, "host-a:1:boot:0")
    fresh = queue.claim(queue_engine, "host-b:1:boot:0")
    assert stale is not None and fresh is not None
    age_lock(queue_engine, stale.id, timedelta(minutes=10))
    age_lock(queue_engine, fresh.id, timedelta(seconds=10))
    assert queue.recover(queue_engine, max_attempts=5, stale_after=120) == 1
    assert job(queue_engine, stale.id).status == JobStatus.QUEUED
    assert job(queue_engine, fresh.id).status == JobStatus.RUNNING


def test_an_earlier_life_of_the_same_pid_counts_as_dead(queue_engine: Engine) -> None:
    """In a container every start is pid 1: the boot id tells the lives apart."""
    add(queue_engine, review(1, "a" * 40), review(2, "b" * 40))
    host, pid, _boot = ME.split(":")
    earlier = queue.claim(queue_engine, f"{host}:{pid}:previous:0")
    current = queue.claim(queue_engine, f"{ME}:1")
    assert earlier is not None and current is not None
    assert queue.recover(queue_engine, max_attempts=5, stale_after=3600) == 1
    assert job(queue_engine, earlier.id).status == JobStatus.QUEUED
    assert job(queue_engine, current.id).status == JobStatus.RUNNING


def test_a_job_that_kills_its_worker_every_time_ends_failed(queue_engine: Engine) -> None:
    (enqueued,) = add(queue_engine, review(1, "a" * 40))
    for attempt in range(2):
        got = queue.claim(queue_engine, "host-a:1:boot:0")
        assert got is not None and got.attempts == attempt + 1
        age_lock(queue_engine, got.id, timedelta(hours=1))
        assert queue.recover(queue_engine, max_attempts=2, stale_after=60) == 1
    row = job(queue_engine, enqueued.job_id)
    assert row.status == JobStatus.FAILED and "gave up" in (row.last_error or "")


def test_status_counts(queue_engine: Engine) -> None:
    add(queue_engine, review(1, "a" * 40), review(1, "b" * 40), review(2, "c" * 40))
    assert queue.claim(queue_engine, f"{ME}:0") is not None
    assert queue.status_counts(queue_engine) == {
        "queued": 1,
        "running": 1,
        "done": 0,
        "failed": 0,
        "superseded": 1,
    }
