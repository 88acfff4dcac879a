"""``POST {WEBHOOK_PATH}``: size cap -> signature -> parse -> record delivery + enqueue -> answer.

Nothing is parsed or stored before the ``X-Hub-Signature-256`` HMAC of the
raw body checks out. The delivery id is inserted under a unique constraint in
the same transaction as the job, so a redelivery creates no second job. The
request never does review work: it answers as soon as the job is committed.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlmodel import Session, select
from starlette.requests import ClientDisconnect

from bot import queue
from bot.events import (
    Action,
    CancelReviews,
    EnqueueCommand,
    EnqueueReviews,
    Ignore,
    InstallationChange,
    PayloadError,
    Pong,
    route,
)
from bot.logs import log_context
from bot.metrics import DELIVERIES
from bot.settings import Settings
from bot.storage.db import write_session
from bot.storage.installations import apply_installation_change
from bot.storage.models import Delivery

log = logging.getLogger(__name__)


class BodyError(ValueError):
    """The body is not a JSON object in a form GitHub sends (answered with 400)."""


def signature_ok(secret: bytes, body: bytes, header: str | None) -> bool:
    """GitHub's check: ``sha256=`` + hex HMAC-SHA256 of the raw body, compared in constant time."""
    if not header:
        return False
    expected = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode("ascii"), header.strip().encode("utf-8", "replace"))


def parse_body(content_type: str, body: bytes) -> dict[str, Any]:
    """The payload of a JSON or form-encoded (``payload=``) delivery; BodyError when malformed."""
    media = content_type.split(";", 1)[0].strip().lower()
    try:
        if media == "application/x-www-form-urlencoded":
            fields = parse_qs(body.decode("utf-8"), strict_parsing=False)
            if "payload" not in fields:
                raise BodyError("form-encoded body without a 'payload' field")
            data = json.loads(fields["payload"][0])
        else:
            data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BodyError(f"body is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise BodyError("payload is not a JSON object")
    return data


@dataclass(frozen=True, slots=True)
class Outcome:
    status_code: int
    outcome: str  # metric label and response "status"
    detail: str = ""
    job_ids: tuple[int, ...] = ()

    def response(self) -> JSONResponse:
        content: dict[str, Any] = {"status": self.outcome}
        if self.detail:
            content["detail"] = self.detail
        if self.job_ids:
            content["job_ids"] = list(self.job_ids)
        return JSONResponse(content, status_code=self.status_code)


def webhook_router(settings: Settings, engine: Engine, on_enqueued: Callable[[], None] | None = None) -> APIRouter:
    """The webhook endpoint; ``on_enqueued`` wakes the workers after a job is committed."""
    router = APIRouter()
    secret = settings.WEBHOOK_SECRET.get_secret_value().encode("utf-8") if settings.WEBHOOK_SECRET else None

    @router.post(settings.WEBHOOK_PATH, include_in_schema=False)
    async def receive(request: Request) -> JSONResponse:
        event = request.headers.get("x-github-event", "")
        delivery_id = request.headers.get("x-github-delivery") or None
        with log_context(delivery=delivery_id, event=event or None):
            result = await _receive(request, event, delivery_id)
        DELIVERIES.labels(event=event or "unknown", outcome=result.outcome).inc()
        if result.job_ids and on_enqueued is not None:
            on_enqueued()
        return result.response()

    async def _receive(request: Request, event: str, delivery_id: str | None) -> Outcome:
        try:
            body = await _read_capped(request, settings.WARDEN_MAX_BODY_BYTES)
        except ClientDisconnect:
            log.info("client went away before sending the whole body")
            return Outcome(400, "disconnected", "incomplete body")
        if body is None:
            log.warning("webhook body over WARDEN_MAX_BODY_BYTES=%d", settings.WARDEN_MAX_BODY_BYTES)
            return Outcome(413, "too_large", "body too large")
        if secret is None:
            log.error("WEBHOOK_SECRET is not set: refusing every delivery")
            return Outcome(401, "bad_signature", "signature cannot be verified")
        if not signature_ok(secret, body, request.headers.get("x-hub-signature-256")):
            log.warning("webhook signature missing or wrong")
            return Outcome(401, "bad_signature", "missing or invalid X-Hub-Signature-256")
        if not event:
            return Outcome(400, "malformed", "missing X-GitHub-Event header")
        try:
            payload = parse_body(request.headers.get("content-type", "application/json"), body)
            action = route(event, payload, settings, delivery_id)
        except (BodyError, PayloadError) as exc:
            log.warning("malformed webhook: %s", exc)
            return Outcome(400, "malformed", str(exc))
        if isinstance(action, Pong):
            return Outcome(200, "pong")
        if isinstance(action, Ignore):
            log.debug("ignored: %s", action.reason)
            return Outcome(202, "ignored", action.reason)
        if delivery_id is None:
            return Outcome(400, "malformed", "missing X-GitHub-Delivery header")
        try:
            return await asyncio.to_thread(_apply, engine, delivery_id, event, payload.get("action"), action)
        except SQLAlchemyError:
            log.exception("could not record the delivery")
            return Outcome(503, "error", "database unavailable")

    return router


async def _read_capped(request: Request, limit: int) -> bytes | None:
    """The raw body, or None as soon as it exceeds ``limit`` (Content-Length checked first)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        return None
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _apply(engine: Engine, delivery_id: str, event: str, action_name: Any, action: Action) -> Outcome:
    """Record the delivery and carry out ``action`` in one transaction; a redelivery is a no-op."""
    delivery = Delivery(delivery_id=delivery_id, event=event, action=str(action_name) if action_name else None)
    try:
        with write_session(engine) as session:
            session.add(delivery)
            session.flush()  # the unique delivery id fails here on a redelivery
            outcome = _carry_out(session, action)
            if outcome.job_ids:
                delivery.job_id = outcome.job_ids[0]
                session.add(delivery)
    except IntegrityError:
        if not _delivery_known(engine, delivery_id):
            raise
        log.info("redelivery of a known delivery: nothing to do")
        return Outcome(200, "duplicate", "delivery already processed")
    return outcome


def _carry_out(session: Session, action: Action) -> Outcome:
    if isinstance(action, EnqueueReviews):
        ids: list[int] = []
        results = []
        for request in action.requests:
            with log_context(repo=request.repo, pr=request.pr_number, sha=request.head_sha):
                result = queue.enqueue_review(session, request, event_at=action.event_at)
                log.info("review %s", result.outcome.value, extra={"job_id": result.job_id})
            results.append(result.outcome.value)
            if result.outcome == queue.EnqueueOutcome.QUEUED and result.job_id is not None:
                ids.append(result.job_id)
        if ids:
            return Outcome(202, "queued", job_ids=tuple(ids))
        return Outcome(202, results[0] if len(set(results)) == 1 else "collapsed")
    if isinstance(action, EnqueueCommand):
        req = action.request
        result = queue.enqueue_command(session, req)
        log.info("command queued", extra={"repo": req.repo, "pr": req.pr_number, "job_id": result.job_id})
        return Outcome(202, "queued", job_ids=(result.job_id,) if result.job_id is not None else ())
    if isinstance(action, CancelReviews):
        n = queue.cancel_reviews(session, action.repo, action.pr_number, action.reason)
        fields = {"repo": action.repo, "pr": action.pr_number}
        log.info("cancelled %d queued review(s): %s", n, action.reason, extra=fields)
        return Outcome(202, "cancelled", f"{n} queued review(s) cancelled")
    if isinstance(action, InstallationChange):
        apply_installation_change(session, action)
        log.info("installation %s", action.change, extra={"installation": action.installation_id})
        return Outcome(202, "recorded")
    raise AssertionError(f"unhandled action {action!r}")  # route() returns only the types above


def _delivery_known(engine: Engine, delivery_id: str) -> bool:
    with Session(engine) as session:
        return session.exec(select(Delivery.id).where(Delivery.delivery_id == delivery_id)).first() is not None
