"""The deliveries the e2e tests send are real-shaped: they validate against GitHub's webhook schemas."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e import nextjs
from tests.e2e.webhooks import pull_request_event, review_comment_event, sign
from tests.fakegithub.keys import app_key
from tests.fakegithub.openapi import component_errors
from tests.fakegithub.server import FakeGitHub
from tests.oracles import require_spec, require_webhook_examples


@pytest.fixture
def fake(tmp_path: Path) -> Iterator[FakeGitHub]:
    require_spec()
    require_webhook_examples()
    with FakeGitHub(tmp_path, app_id=4242, app_public_key=app_key().public_pem) as server:
        server.repo.commit("main", nextjs.BASE_FILES, "skeleton")
        server.repo.commit("feature", {"app/actions.ts": nextjs.ACTIONS_VULNERABLE}, "vulnerable")
        yield server


def test_github_signature_test_vector() -> None:
    # docs.github.com "Validating webhook deliveries" (github-app.md §1.2)
    assert sign("It's a Secret to Everybody", b"Hello, World!") == (
        "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"
    )


@pytest.mark.parametrize("action", ["opened", "synchronize", "reopened", "ready_for_review"])
def test_pull_request_deliveries_match_the_webhook_schema(fake: FakeGitHub, action: str) -> None:
    pr = fake.open_pull("feature")
    before = pr.head_sha
    if action == "synchronize":
        fake.push(pr.number, {"app/actions.ts": nextjs.ACTIONS_FIXED})
    payload = pull_request_event(fake, pr, action, before=before)
    schema = "webhook-pull-request-" + action.replace("_", "-")
    if action in ("opened", "synchronize"):
        assert component_errors(schema, payload) == []
    assert payload["pull_request"]["head"]["sha"] == pr.head_sha
    assert payload["repository"]["full_name"] == fake.full_name
    assert payload["installation"]["id"] == fake.installation_id
    if action == "synchronize":
        assert (payload["before"], payload["after"]) == (before, pr.head_sha)


def test_review_comment_delivery_matches_the_webhook_schema(fake: FakeGitHub) -> None:
    pr = fake.open_pull("feature")
    line = min(fake.diff_at(pr)["app/actions.ts"].hunks[0].right)
    finding = fake.bot_review_comment(pr.number, "app/actions.ts", line, "missing-auth")
    reply = fake.human_review_comment(pr.number, finding["id"], "alice", "@warden ignore missing-auth -- internal")
    payload = review_comment_event(fake, pr, reply)
    assert component_errors("webhook-pull-request-review-comment-created", payload) == []
    assert payload["comment"]["in_reply_to_id"] == finding["id"]
    assert payload["sender"]["login"] == "alice"
