"""Shared set-up for tests that talk to the project's fake GitHub over real HTTP on 127.0.0.1.

Imported as ``tests.bot.github_fixtures`` (the test modules put the repository root on ``sys.path``)."""

from __future__ import annotations

from bot.github.auth import make_github, token_for
from bot.github.client import GitHubClient
from bot.settings import Settings
from tests.fakegithub.keys import app_key
from tests.fakegithub.server import FakeGitHub

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
    return Settings.model_validate(values)


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
