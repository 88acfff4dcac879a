"""The webhook endpoint over HTTP (FastAPI TestClient), with real example payloads and a real SQLite file.

Workers are off (``run_workers=False``) so the queue's contents after each delivery can be read back.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, select

from bot.app import create_app
from bot.events import mentions
from bot.jobs import CommandRequest, ReviewRequest
from bot.settings import Settings
from bot.storage.db import make_engine
from bot.storage.models import Delivery, Installation, Job, JobStatus
from bot.webhook import signature_ok

Payload = dict[str, Any]
Load = Callable[[str], Payload]
Deliver = Callable[..., httpx.Response]
DeliverTo = Callable[[Any], Deliver]
Sign = Callable[[str, bytes], str]
TEST_SECRET = "It's a Secret to Everybody"  # what the `settings` fixture configures
HEAD = "ec26c3e57ca3a959ca5aad62de7213c562f8c821"  # head sha of every pull_request example


@pytest.fixture
def client(settings: Settings, engine: Engine) -> Iterator[TestClient]:
    with TestClient(create_app(settings, engine, run_workers=False)) as client:
        yield client


@pytest.fixture
def deliver(client: TestClient, deliver_to: DeliverTo) -> Deliver:
    return deliver_to(client)


def rows(engine: Engine, model: type[SQLModel]) -> list[Any]:
    with Session(engine) as session:
        return list(session.exec(select(model)).all())


def jobs(engine: Engine) -> list[Job]:
    with Session(engine) as session:
        return list(session.exec(select(Job).order_by(Job.id)).all())  # type: ignore[arg-type]


def pushed(pr: Payload, sha: str, updated_at: str) -> Payload:
    """A `synchronize` delivery for a new head commit, derived from the real example."""
    pr = json.loads(json.dumps(pr))
    pr["before"], pr["after"] = pr["pull_request"]["head"]["sha"], sha
    pr["pull_request"]["head"]["sha"] = sha
    pr["pull_request"]["updated_at"] = updated_at
    return pr


# --- signature -------------------------------------------------------------------------------


def test_signature_matches_githubs_official_test_vector(signer: Sign) -> None:
    header = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"
    assert signature_ok(b"It's a Secret to Everybody", b"Hello, World!", header)
    assert signer("It's a Secret to Everybody", b"Hello, World!") == header
    assert not signature_ok(b"It's a Secret to Everybody", b"Hello, World?", header)
    assert not signature_ok(b"another secret", b"Hello, World!", header)
    assert not signature_ok(b"It's a Secret to Everybody", b"Hello, World!", None)
    assert not signature_ok(b"It's a Secret to Everybody", b"Hello, World!", "sha1=" + header[7:])
    assert not signature_ok(b"It's a Secret to Everybody", b"Hello, World!", "sha256=é")  # non-ASCII, no crash


@pytest.mark.parametrize(
    "signature",
    [
        None,  # header missing
        "sha256=" + "0" * 64,  # wrong digest
        "sha256=" + hmac.new(b"not the secret", b"{}", hashlib.sha256).hexdigest(),  # another secret
        "garbage",
    ],
)
def test_missing_or_wrong_signature_is_401_and_stores_nothing(
    deliver: Deliver, engine: Engine, payload: Load, signature: str | None
) -> None:
    body = payload("pull_request.opened")
    if signature is None:
        response = deliver("pull_request", body, secret=None)
    else:
        response = deliver("pull_request", body, signature=signature)
    assert response.status_code == 401
    assert rows(engine, Delivery) == [] and jobs(engine) == []


def test_signature_is_over_the_exact_bytes(deliver: Deliver, engine: Engine, payload: Load, signer: Sign) -> None:
    raw = json.dumps(payload("pull_request.opened")).encode()
    response = deliver("pull_request", raw + b" ", signature=signer(TEST_SECRET, raw))
    assert response.status_code == 401
    assert jobs(engine) == []


def test_without_a_configured_secret_every_delivery_is_refused(
    settings: Settings, engine: Engine, payload: Load, deliver_to: DeliverTo
) -> None:
    unsigned = settings.model_copy(update={"WEBHOOK_SECRET": None})
    with TestClient(create_app(unsigned, engine, run_workers=False)) as client:
        response = deliver_to(client)("pull_request", payload("pull_request.opened"))
    assert response.status_code == 401
    assert jobs(engine) == []


# --- body ------------------------------------------------------------------------------------


@pytest.mark.parametrize("raw", [b"{not json", b"[1, 2]", b"\xff\xfe", b""])
def test_malformed_signed_body_is_400(deliver: Deliver, engine: Engine, raw: bytes) -> None:
    response = deliver("pull_request", raw)
    assert response.status_code == 400
    assert response.json()["status"] == "malformed"
    assert jobs(engine) == []


def test_payload_without_the_head_sha_is_400_naming_the_field(deliver: Deliver, engine: Engine, payload: Load) -> None:
    body = payload("pull_request.opened")
    del body["pull_request"]["head"]["sha"]
    response = deliver("pull_request", body)
    assert response.status_code == 400
    assert "pull_request.head.sha" in response.json()["detail"]
    assert jobs(engine) == []


def test_form_encoded_delivery_is_accepted(deliver: Deliver, engine: Engine, payload: Load) -> None:
    raw = urlencode({"payload": json.dumps(payload("pull_request.opened"))}).encode()
    response = deliver("pull_request", raw, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 202
    assert [(j.repo, j.pr_number, j.head_sha) for j in jobs(engine)] == [("Codertocat/Hello-World", 2, HEAD)]


def test_form_encoded_delivery_without_payload_field_is_400(deliver: Deliver) -> None:
    response = deliver("pull_request", b"other=1", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400


def test_body_over_the_cap_is_413_before_anything_is_stored(
    settings: Settings, engine: Engine, payload: Load, deliver_to: DeliverTo, signer: Sign
) -> None:
    small = settings.model_copy(update={"WARDEN_MAX_BODY_BYTES": 1000})
    raw = json.dumps(payload("pull_request.opened")).encode()
    assert len(raw) > 1000
    with TestClient(create_app(small, engine, run_workers=False)) as client:
        declared = deliver_to(client)("pull_request", raw)

        def chunks() -> Iterator[bytes]:  # no Content-Length: the cap applies while streaming
            for i in range(0, len(raw), 256):
                yield raw[i : i + 256]

        headers = {
            "X-GitHub-Event": "pull_request",
            "X-GitHub-Delivery": "d",
            "X-Hub-Signature-256": signer(TEST_SECRET, raw),
        }
        streamed = client.post("/api/github/webhooks", content=chunks(), headers=headers)
    assert declared.status_code == 413
    assert streamed.status_code == 413
    assert jobs(engine) == [] and rows(engine, Delivery) == []


# --- events ----------------------------------------------------------------------------------


def test_ping_is_200(deliver: Deliver, payload: Load) -> None:
    response = deliver("ping", payload("ping"))
    assert response.status_code == 200
    assert response.json()["status"] == "pong"


@pytest.mark.parametrize(
    ("event", "name"),
    [
        ("pull_request", "pull_request.labeled"),
        ("pull_request", "pull_request.converted_to_draft"),
        ("star", "ping"),  # an event Warden does not subscribe to
    ],
)
def test_unhandled_events_are_202_ignored(
    deliver: Deliver, engine: Engine, payload: Load, event: str, name: str
) -> None:
    response = deliver(event, payload(name))
    assert response.status_code == 202
    assert response.json()["status"] == "ignored"
    assert jobs(engine) == [] and rows(engine, Delivery) == []


@pytest.mark.parametrize("name", ["opened", "reopened", "synchronize", "ready_for_review"])
def test_review_actions_enqueue_a_review_of_the_head_sha(
    deliver: Deliver, engine: Engine, payload: Load, name: str
) -> None:
    response = deliver("pull_request", payload(f"pull_request.{name}"), delivery=f"delivery-{name}")
    assert response.status_code == 202
    (job,) = jobs(engine)
    assert response.json()["job_ids"] == [job.id]
    assert (job.kind, job.repo, job.pr_number, job.head_sha, job.status) == (
        "review",
        "Codertocat/Hello-World",
        2,
        HEAD,
        JobStatus.QUEUED,
    )
    request = ReviewRequest.from_json(json.loads(job.payload))
    assert request == ReviewRequest(1, "Codertocat/Hello-World", 2, HEAD, f"delivery-{name}", name)
    (delivery,) = rows(engine, Delivery)
    assert (delivery.delivery_id, delivery.event, delivery.action, delivery.job_id) == (
        f"delivery-{name}",
        "pull_request",
        name,
        job.id,
    )


def test_redelivery_creates_no_second_job(deliver: Deliver, engine: Engine, payload: Load) -> None:
    body = payload("pull_request.opened")
    first = deliver("pull_request", body, delivery="72d3162e-cc78-11e3-81ab-4c9367dc0958")
    again = deliver("pull_request", body, delivery="72d3162e-cc78-11e3-81ab-4c9367dc0958")
    assert first.status_code == 202
    assert again.status_code == 200 and again.json()["status"] == "duplicate"
    assert len(jobs(engine)) == 1 and len(rows(engine, Delivery)) == 1


def test_second_delivery_for_the_same_head_collapses(deliver: Deliver, engine: Engine, payload: Load) -> None:
    assert deliver("pull_request", payload("pull_request.opened")).status_code == 202
    response = deliver("pull_request", payload("pull_request.reopened"))
    assert response.status_code == 202 and response.json()["status"] == "collapsed"
    assert len(jobs(engine)) == 1


def test_synchronize_supersedes_the_queued_review_of_the_old_head(
    deliver: Deliver, engine: Engine, payload: Load
) -> None:
    opened = payload("pull_request.opened")
    deliver("pull_request", opened)
    deliver("pull_request", pushed(payload("pull_request.synchronize"), "b" * 40, "2019-05-15T15:30:00Z"))
    old, new = jobs(engine)
    assert (old.head_sha, old.status) == (HEAD, JobStatus.SUPERSEDED)
    assert (new.head_sha, new.status) == ("b" * 40, JobStatus.QUEUED)


def test_an_older_delivery_arriving_late_does_not_supersede_a_newer_head(
    deliver: Deliver, engine: Engine, payload: Load
) -> None:
    newer = pushed(payload("pull_request.synchronize"), "c" * 40, "2019-05-15T16:00:00Z")
    deliver("pull_request", newer)
    late = deliver("pull_request", payload("pull_request.opened"))  # updated_at 15:20:33, head ec26…
    assert late.status_code == 202 and late.json()["status"] == "stale"
    assert [(j.head_sha, j.status) for j in jobs(engine)] == [("c" * 40, JobStatus.QUEUED)]


def test_drafts_are_skipped_unless_configured(
    settings: Settings, engine: Engine, deliver: Deliver, payload: Load, deliver_to: DeliverTo
) -> None:
    draft = payload("pull_request.opened")
    draft["pull_request"]["draft"] = True
    skipped = deliver("pull_request", draft)
    assert skipped.status_code == 202 and skipped.json()["status"] == "ignored"
    assert "draft" in skipped.json()["detail"]
    assert jobs(engine) == []

    drafts_on = settings.model_copy(update={"WARDEN_REVIEW_DRAFTS": True})
    with TestClient(create_app(drafts_on, engine, run_workers=False)) as c:
        queued = deliver_to(c)("pull_request", draft)
    assert queued.status_code == 202 and len(jobs(engine)) == 1


def test_base_branch_change_is_reviewed_but_other_edits_are_not(
    deliver: Deliver, engine: Engine, payload: Load
) -> None:
    edited = payload("pull_request.opened")
    edited["action"] = "edited"
    edited["changes"] = {"title": {"from": "old title"}}
    assert deliver("pull_request", edited).json()["status"] == "ignored"
    edited["changes"] = {"base": {"ref": {"from": "develop"}, "sha": {"from": "f" * 40}}}
    assert deliver("pull_request", edited).json()["status"] == "queued"
    (job,) = jobs(engine)
    assert json.loads(job.payload)["reason"] == "edited"


def test_closing_the_pull_request_cancels_its_queued_review(deliver: Deliver, engine: Engine, payload: Load) -> None:
    deliver("pull_request", payload("pull_request.opened"))
    response = deliver("pull_request", payload("pull_request.closed"))
    assert response.status_code == 202 and response.json()["status"] == "cancelled"
    (job,) = jobs(engine)
    assert job.status == JobStatus.SUPERSEDED and job.last_error == "pull request closed"


def test_installation_events_are_recorded(deliver: Deliver, engine: Engine, payload: Load) -> None:
    assert deliver("installation", payload("installation.created")).status_code == 202
    (inst,) = rows(engine, Installation)
    assert (inst.id, inst.account, inst.repository_selection, json.loads(inst.repositories)) == (
        957387,
        "Codertocat",
        "selected",
        ["Codertocat/Hello-World"],
    )
    deliver("installation_repositories", payload("installation_repositories.added"))
    (inst,) = rows(engine, Installation)
    assert json.loads(inst.repositories) == ["Codertocat/Hello-World", "Codertocat/Space"]

    removed = payload("installation_repositories.removed")
    removed["installation"]["id"] = 957387
    removed["repositories_removed"][0]["full_name"] = "Codertocat/Hello-World"
    deliver("installation_repositories", removed)
    suspend = payload("installation.suspend")
    suspend["installation"]["id"] = 957387
    deliver("installation", suspend)
    (inst,) = rows(engine, Installation)
    assert json.loads(inst.repositories) == ["Codertocat/Space"] and inst.suspended

    deleted = payload("installation.deleted")
    deleted["installation"]["id"] = 957387
    deliver("installation", deleted)
    assert rows(engine, Installation) == []
    assert jobs(engine) == []


def _pr_comment(payload: Load, body: str) -> Payload:
    """The example issue comment, moved onto a pull request (the examples only have issue comments)."""
    comment = payload("issue_comment.created")
    comment["issue"]["pull_request"] = {"url": "https://api.github.com/repos/Codertocat/Hello-World/pulls/1"}
    comment["comment"]["body"] = body
    return comment


def test_a_pr_comment_mentioning_the_bot_queues_a_command(deliver: Deliver, engine: Engine, payload: Load) -> None:
    body = _pr_comment(payload, "@warden review")
    response = deliver("issue_comment", body, delivery="c-1")
    assert response.status_code == 202
    (job,) = jobs(engine)
    assert (job.kind, job.repo, job.pr_number, job.head_sha) == ("command", "Codertocat/Hello-World", 1, None)
    request = CommandRequest.from_json(json.loads(job.payload))
    assert request == CommandRequest(
        installation_id=body["installation"]["id"],
        repo="Codertocat/Hello-World",
        pr_number=1,
        comment_id=body["comment"]["id"],
        comment_kind="issue_comment",
        author="Codertocat",
        body="@warden review",
        delivery_id="c-1",
    )


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        (lambda c: c["comment"].update(body="thanks, will fix"), "does not mention"),
        (lambda c: c["comment"].update(body="ping @warden-bot please"), "does not mention"),
        (lambda c: c["sender"].update(type="Bot"), "bot"),
        (lambda c: c["issue"].pop("pull_request"), "not a pull request"),
        (lambda c: c.update(action="edited"), "issue_comment.edited"),
    ],
)
def test_comments_that_are_not_commands_are_ignored(
    deliver: Deliver, engine: Engine, payload: Load, edit: Callable[[Payload], Any], reason: str
) -> None:
    body = _pr_comment(payload, "@warden review")
    edit(body)
    response = deliver("issue_comment", body)
    assert response.status_code == 202 and reason in response.json()["detail"]
    assert jobs(engine) == []


def test_a_review_thread_reply_mentioning_the_bot_queues_a_command(
    deliver: Deliver, engine: Engine, payload: Load
) -> None:
    body = payload("pull_request_review_comment.created")
    body["comment"]["body"] = "@Warden ignore sql-injection -- the input is a constant enum"
    body["comment"]["in_reply_to_id"] = 2_900_000_001  # ids above 2**31 survive the JSON payload
    assert deliver("pull_request_review_comment", body).status_code == 202
    (job,) = jobs(engine)
    request = CommandRequest.from_json(json.loads(job.payload))
    assert (request.comment_kind, request.pr_number, request.in_reply_to_id) == ("review_comment", 2, 2_900_000_001)


def test_check_run_rerequested_reviews_that_head_again(deliver: Deliver, engine: Engine, payload: Load) -> None:
    body = payload("check_run.rerequested")
    unlinked = deliver("check_run", body)  # the example run has no pull request (like a fork head)
    assert unlinked.status_code == 202 and unlinked.json()["status"] == "ignored"
    repo = body["repository"]
    body["check_run"]["pull_requests"] = [
        {"number": 7, "base": {"repo": {"id": repo["id"]}}, "head": {"sha": body["check_run"]["head_sha"]}},
        {"number": 9, "base": {"repo": {"id": repo["id"] + 1}}},  # same commit, another repository
    ]
    assert deliver("check_run", body).status_code == 202
    (job,) = jobs(engine)
    assert (job.repo, job.pr_number, job.head_sha) == (repo["full_name"], 7, body["check_run"]["head_sha"])
    assert json.loads(job.payload)["reason"] == "rerequested"


def test_mentions() -> None:
    assert mentions("@warden review", "warden")
    assert mentions("Hey @WARDEN, review please", "warden")
    assert mentions("(@warden) review", "warden")
    assert not mentions("@wardens review", "warden")
    assert not mentions("@warden-bot review", "warden")
    assert not mentions("mail me at ops@warden.dev", "warden")
    assert not mentions("warden review", "warden")


# --- service endpoints -----------------------------------------------------------------------


def test_health_readiness_and_metrics(client: TestClient, deliver: Deliver, payload: Load) -> None:
    deliver("pull_request", payload("pull_request.opened"))
    deliver("pull_request", payload("pull_request.opened"), secret=None)
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").status_code == 200
    metrics = client.get("/metrics")
    assert metrics.status_code == 200
    text = metrics.text
    assert 'warden_webhook_deliveries_total{event="pull_request",outcome="queued"}' in text
    assert 'warden_webhook_deliveries_total{event="pull_request",outcome="bad_signature"}' in text
    assert 'warden_jobs{status="queued"} 1.0' in text


def test_readiness_fails_when_the_database_is_unreachable(settings: Settings, tmp_path: Any) -> None:
    broken = make_engine(f"sqlite:///{tmp_path / 'missing-dir' / 'warden.db'}")
    client = TestClient(create_app(settings, broken, run_workers=False))  # no lifespan: init_db would fail
    response = client.get("/readyz")
    assert response.status_code == 503
    assert client.get("/healthz").status_code == 200
