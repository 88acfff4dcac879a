"""Fixtures for the end-to-end tests: a fake GitHub and a ``warden serve`` subprocess wired to it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e import nextjs
from tests.e2e.harness import WardenServer
from tests.e2e.webhooks import deliver, pull_request_event
from tests.fakegithub.keys import app_key
from tests.fakegithub.server import FakeGitHub
from tests.fakegithub.state import JSON, PullRequest
from tests.oracles import require_spec, require_webhook_examples

APP_ID = 4242
SECRET = "It's a Secret to Everybody"
JOB_TIMEOUT = 60.0  # a warm review of a few files takes ~2 s, a cold one ~10 s; generous for loaded CI machines


@dataclass
class App:
    """The system under test and its GitHub, as one handle for the scenarios."""

    fake: FakeGitHub
    warden: WardenServer
    has_base: bool = False
    barriers: int = 0

    def open_pr(
        self, files: dict[str, str], *, branch: str = "feature", title: str = "Add post actions"
    ) -> PullRequest:
        if not self.has_base:
            self.fake.repo.commit("main", nextjs.BASE_FILES, "Project skeleton")
            self.has_base = True
        self.fake.repo.commit(branch, files, title)
        return self.fake.open_pull(branch, title=title)

    def send(self, event: str, payload: JSON | bytes, **kwargs: object) -> int:
        response = deliver(self.warden.webhook_url, SECRET, event, payload, **kwargs)  # type: ignore[arg-type]
        return response.status_code

    def send_pr(
        self, pr: PullRequest, action: str = "opened", *, delivery_id: str | None = None, before: str | None = None
    ) -> int:
        return self.send(
            "pull_request", pull_request_event(self.fake, pr, action, before=before), delivery_id=delivery_id
        )

    def wait_for_check(self, head_sha: str, timeout: float = JOB_TIMEOUT) -> JSON:
        """The completed ``Warden`` check run on ``head_sha`` (the last thing a review job does)."""

        def done() -> JSON | None:
            runs = [r for r in self.fake.check_runs(head_sha) if r["name"] == "Warden" and r["status"] == "completed"]
            return runs[-1] if runs else None

        try:
            what = f"a completed Warden check run on {head_sha[:7]}"
            result: JSON = self.fake.wait_until(done, timeout, message=what)
        except TimeoutError as exc:
            raise AssertionError(f"{exc}\n--- warden log ---\n{self.warden.log_tail()}") from None
        return result

    def barrier(self) -> PullRequest:
        """Open another pull request and wait for its check run, then for quiet.

        The queue hands out the oldest job first, so any job an earlier delivery created has been
        claimed by the time this one completes: "nothing happened" is then a fact, not a race.
        """
        self.barriers += 1
        pr = self.open_pr(
            {f"app/barrier{self.barriers}/actions.ts": nextjs.CLEAN_ACTION},
            branch=f"barrier-{self.barriers}",
            title="barrier",
        )
        assert self.send_pr(pr) in (200, 201, 202, 204)
        self.wait_for_check(pr.head_sha)
        self.fake.settle()
        return pr

    def wait(self, predicate: Callable[[], object], what: str, timeout: float = JOB_TIMEOUT) -> object:
        try:
            return self.fake.wait_until(predicate, timeout, message=what)
        except TimeoutError as exc:
            raise AssertionError(f"{exc}\n--- warden log ---\n{self.warden.log_tail()}") from None


@contextmanager
def running_app(root: Path, *, api_prefix: str = "", env: dict[str, str] | None = None) -> Iterator[App]:
    """A fake GitHub (REST under ``api_prefix``, e.g. GHES's /api/v3) and a ``warden serve`` wired to it."""
    require_spec()
    require_webhook_examples()
    key = app_key()
    with FakeGitHub(root / "github", app_id=APP_ID, app_public_key=key.public_pem, api_prefix=api_prefix) as fake:
        warden = WardenServer(
            root / "warden", api_url=fake.base_url, app_id=APP_ID, key=key, secret=SECRET, extra_env=env
        )
        with warden:
            yield App(fake, warden)


@pytest.fixture
def app(tmp_path: Path) -> Iterator[App]:
    with running_app(tmp_path) as handle:
        yield handle
