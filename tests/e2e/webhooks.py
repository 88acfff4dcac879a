"""Signed webhook deliveries built from ``@octokit/webhooks-examples`` payloads.

The examples are real payloads of the Codertocat/Hello-World repository; we point them at the
fake's repository, pull request and commits, serialise once and sign those exact bytes.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from typing import Any

import httpx

from tests.fakegithub.server import FakeGitHub
from tests.fakegithub.state import JSON, PullRequest
from tests.oracles import webhook_example


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def _repository(fake: FakeGitHub, template: JSON) -> JSON:
    repo = dict(template)
    repo.setdefault("has_discussions", False)  # missing from the older examples; required by spec 23.0.2
    repo.update(
        {
            "id": fake.shapes.repo_id,
            "name": fake.name,
            "full_name": fake.full_name,
            "owner": {**template["owner"], "login": fake.owner},
            "private": True,
            "default_branch": fake.repo.default_branch,
            "url": fake.shapes.repo_api,
            "html_url": fake.shapes.html,
        }
    )
    return repo


def pull_request_event(fake: FakeGitHub, pr: PullRequest, action: str = "opened", *, before: str | None = None) -> JSON:
    """A ``pull_request`` payload for ``pr`` as it is now in the fake."""
    source = "synchronize" if action == "synchronize" else "opened"
    payload = webhook_example("pull_request", source)
    payload["action"] = action
    repo = _repository(fake, payload["repository"])
    payload["repository"] = repo
    payload["number"] = pr.number
    payload["installation"] = {"id": fake.installation_id, "node_id": "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ=="}
    pull = payload["pull_request"]
    pull.update(
        {
            "number": pr.number,
            "id": 70_000 + pr.number,
            "state": pr.state,
            "draft": pr.draft,
            "title": pr.title,
            "url": f"{fake.shapes.repo_api}/pulls/{pr.number}",
            "html_url": f"{fake.shapes.html}/pull/{pr.number}",
            "user": {**pull["user"], "login": pr.user},
        }
    )
    pull["head"] = {
        **pull["head"],
        "sha": pr.head_sha,
        "ref": pr.head_ref,
        "label": f"{fake.owner}:{pr.head_ref}",
        "repo": repo,
    }
    pull["base"] = {
        **pull["base"],
        "sha": pr.base_sha,
        "ref": pr.base_ref,
        "label": f"{fake.owner}:{pr.base_ref}",
        "repo": repo,
    }
    if action == "synchronize":
        payload["before"] = before or pr.base_sha
        payload["after"] = pr.head_sha
    return payload


def review_comment_event(fake: FakeGitHub, pr: PullRequest, comment: JSON) -> JSON:
    """``pull_request_review_comment.created`` for a comment the fake holds (a person's reply)."""
    payload = webhook_example("pull_request_review_comment", "created")
    payload["repository"] = _repository(fake, payload["repository"])
    payload["installation"] = {"id": fake.installation_id, "node_id": "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ=="}
    payload["pull_request"].update(
        {"number": pr.number, "url": f"{fake.shapes.repo_api}/pulls/{pr.number}", "state": pr.state}
    )
    payload["pull_request"]["head"] = {
        **payload["pull_request"]["head"],
        "sha": pr.head_sha,
        "ref": pr.head_ref,
        "repo": payload["repository"],
    }
    payload["pull_request"]["base"] = {
        **payload["pull_request"]["base"],
        "sha": pr.base_sha,
        "ref": pr.base_ref,
        "repo": payload["repository"],
    }
    payload["comment"] = {**payload["comment"], **comment}
    payload["sender"] = {**payload["sender"], "login": comment["user"]["login"], "type": comment["user"]["type"]}
    return payload


def deliver(
    url: str,
    secret: str | None,
    event: str,
    payload: JSON | bytes,
    *,
    delivery_id: str | None = None,
    signature: str | None = None,
    timeout: float = 10.0,
) -> httpx.Response:
    """POST one delivery as GitHub does; ``secret=None`` sends no signature header at all."""
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    headers: dict[str, Any] = {
        "Content-Type": "application/json",
        "User-Agent": "GitHub-Hookshot/fake",
        "X-GitHub-Event": event,
        "X-GitHub-Delivery": delivery_id or str(uuid.uuid4()),
        "X-GitHub-Hook-ID": "1",
        "X-GitHub-Hook-Installation-Target-Type": "integration",
        "X-GitHub-Hook-Installation-Target-ID": "4242",
    }
    if signature is not None:
        headers["X-Hub-Signature-256"] = signature
    elif secret is not None:
        headers["X-Hub-Signature-256"] = sign(secret, body)
    return httpx.post(url, content=body, headers=headers, timeout=timeout)
