"""Shared set-up for tests that talk to the project's fake GitHub over real HTTP on 127.0.0.1."""

from __future__ import annotations

import sys
from pathlib import Path

# The fake GitHub package lives in tests/ (tests/fakegithub); make it importable from tests/bot.
_TESTS = str(Path(__file__).resolve().parents[1])
if _TESTS not in sys.path:
    sys.path.insert(0, _TESTS)

from fakegithub.keys import app_key  # noqa: E402
from fakegithub.server import FakeGitHub  # noqa: E402

from bot.github.auth import make_github, token_for  # noqa: E402
from bot.github.client import GitHubClient  # noqa: E402
from bot.settings import Settings  # noqa: E402

APP_ID = 4242

__all__ = ["APP_ID", "FakeGitHub", "Sleeps", "app_key", "make_client", "make_settings"]


def make_settings(fake: FakeGitHub, **extra: object) -> Settings:
    values: dict[str, object] = {
        "APP_ID": str(APP_ID),
        "PRIVATE_KEY": app_key().private_pem,
        "GITHUB_API_URL": fake.base_url,
        "WARDEN_MAX_RETRIES": 3,
        "WARDEN_RETRY_MAX_WAIT": 5.0,
        "WARDEN_DOCS_URL": "https://docs.example/rules",
        **extra,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


class Sleeps:
    """Records the back-off sleeps instead of sleeping (tenacity's ``sleep`` hook)."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


def make_client(fake: FakeGitHub, settings: Settings, sleeps: Sleeps | None = None) -> GitHubClient:
    token = token_for(settings, fake.installation_id)
    return GitHubClient(
        make_github(settings, token),
        settings,
        lock_key=str(fake.installation_id),
        sleep=sleeps if sleeps is not None else Sleeps(),
        write_interval=0.0,
    )
