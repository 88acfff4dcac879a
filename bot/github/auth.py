"""GitHub App authentication: App JWT -> installation token, cached per installation.

PyGithub's ``Auth.AppAuth`` signs the JWT (RS256, ``iat`` = now - 60 s,
``exp`` = now + 300 s, ``iss`` = APP_ID) and ``GithubIntegration`` exchanges
it for an installation token (``POST /app/installations/{id}/access_tokens``).
Tokens live an hour; we keep them until five minutes before ``expires_at`` so
a job never starts with a token that dies halfway through.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from github import Auth, Github, GithubIntegration

from bot.settings import Settings, SettingsError

log = logging.getLogger(__name__)

REFRESH_MARGIN = timedelta(minutes=5)
JWT_EXPIRY_S = 540  # GitHub allows at most 600 s


@dataclass(frozen=True, slots=True)
class CachedToken:
    token: str
    expires_at: datetime

    def fresh(self, now: datetime) -> bool:
        return self.expires_at - REFRESH_MARGIN > now


class InstallationTokens:
    """Installation tokens of one App, keyed by installation id (thread-safe)."""

    def __init__(self, settings: Settings) -> None:
        if not settings.APP_ID:
            raise SettingsError("APP_ID must be set")
        app_auth = Auth.AppAuth(settings.APP_ID, settings.private_key_pem(), jwt_expiry=JWT_EXPIRY_S)
        # retry=None: minting a token twice is harmless, but we want one retry policy (bot.github.client).
        self._integration = GithubIntegration(
            auth=app_auth,
            base_url=settings.api_url,
            timeout=int(settings.WARDEN_HTTP_TIMEOUT),
            retry=None,
            seconds_between_requests=None,
            seconds_between_writes=None,
        )
        self._tokens: dict[int, CachedToken] = {}
        self._lock = threading.Lock()

    def token(self, installation_id: int) -> str:
        now = datetime.now(UTC)
        with self._lock:
            cached = self._tokens.get(installation_id)
            if cached is not None and cached.fresh(now):
                return cached.token
            auth = self._integration.get_access_token(installation_id)
            expires = auth.expires_at
            if expires is None:
                expires = now + timedelta(hours=1)
            elif expires.tzinfo is None:
                expires = expires.replace(tzinfo=UTC)
            self._tokens[installation_id] = CachedToken(auth.token, expires)
            log.info("minted installation token for installation %s (expires %s)", installation_id, expires.isoformat())
            return auth.token

    def invalidate(self, installation_id: int) -> None:
        """Forget a token GitHub refused (401), so the next call mints a new one."""
        with self._lock:
            self._tokens.pop(installation_id, None)


_caches: dict[tuple[str, str], InstallationTokens] = {}
_caches_lock = threading.Lock()


def installation_tokens(settings: Settings) -> InstallationTokens:
    """The process-wide token cache for this App and API URL."""
    key = (settings.api_url, settings.APP_ID or "")
    with _caches_lock:
        cache = _caches.get(key)
        if cache is None:
            cache = _caches[key] = InstallationTokens(settings)
        return cache


def make_github(settings: Settings, token: str) -> Github:
    """A PyGithub client for ``token`` with PyGithub's own retries and throttling off.

    PyGithub's default ``GithubRetry`` retries POSTs blindly (the double-post bug of
    peer bots); ``bot.github.client`` retries instead, looking for the object first.
    """
    return Github(
        auth=Auth.Token(token),
        base_url=settings.api_url,
        timeout=int(settings.WARDEN_HTTP_TIMEOUT),
        retry=None,
        per_page=100,
        seconds_between_requests=None,
        seconds_between_writes=None,
        lazy=True,
    )


def token_for(settings: Settings, installation_id: int | None) -> str:
    """App mode: the installation's token. Token mode (``warden review``): GITHUB_TOKEN."""
    if installation_id is not None and settings.APP_ID:
        return installation_tokens(settings).token(installation_id)
    if settings.GITHUB_TOKEN is not None:
        return settings.GITHUB_TOKEN.get_secret_value()
    raise SettingsError("GITHUB_TOKEN must be set (or APP_ID + PRIVATE_KEY with an installation id)")
