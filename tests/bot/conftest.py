"""Shared fixtures for the App's tests: a fresh SQLite database, settings, signed deliveries."""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
import uuid
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr
from sqlalchemy.engine import Engine

from bot.settings import Settings
from bot.storage.db import init_db, make_engine

WEBHOOK_FIXTURES = Path(__file__).parent / "fixtures" / "webhooks"
TEST_SECRET = "It's a Secret to Everybody"

Payload = dict[str, Any]


@cache
def _fixture_text(name: str) -> str:
    return (WEBHOOK_FIXTURES / f"{name}.json").read_text(encoding="utf-8")


@pytest.fixture
def payload() -> Callable[[str], Payload]:
    """A fresh (deep) copy of ``fixtures/webhooks/<name>.json`` that a test may edit."""

    def load(name: str) -> Payload:
        return copy.deepcopy(json.loads(_fixture_text(name)))

    return load


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'warden.db'}")
    init_db(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        APP_ID="12345",
        WEBHOOK_SECRET=SecretStr(TEST_SECRET),
        DATABASE_URL=f"sqlite:///{tmp_path / 'warden.db'}",
        WARDEN_REVIEW_DRAFTS=False,
        WARDEN_BOT_NAME="warden",
        WARDEN_JOB_MAX_ATTEMPTS=3,
    )


Deliver = Callable[..., httpx.Response]


@pytest.fixture
def deliver_to() -> Callable[[Any], Deliver]:
    """``deliver_to(client)``: a function that posts signed deliveries through that client."""
    return make_deliver


@pytest.fixture
def signer() -> Callable[[str, bytes], str]:
    return sign


def make_deliver(client: Any, path: str = "/api/github/webhooks") -> Deliver:
    """POST a payload the way GitHub does: serialise once, sign those bytes, send those bytes."""

    def deliver(
        event: str,
        body: Payload | bytes,
        *,
        delivery: str | None = None,
        secret: str | None = TEST_SECRET,
        signature: str | None = None,
        content_type: str = "application/json",
    ) -> httpx.Response:
        raw = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
        headers = {
            "X-GitHub-Event": event,
            "X-GitHub-Delivery": delivery or str(uuid.uuid4()),
            "Content-Type": content_type,
            "User-Agent": "GitHub-Hookshot/test",
        }
        if signature is not None:
            headers["X-Hub-Signature-256"] = signature
        elif secret is not None:
            headers["X-Hub-Signature-256"] = sign(secret, raw)
        response: httpx.Response = client.post(path, content=raw, headers=headers)
        return response

    return deliver
