"""Runtime settings, read from the environment with Probot's variable names.

One pydantic-settings class; ``get_settings()`` is cached and tests build
``Settings(...)`` directly. Secrets are ``SecretStr`` so they never show up in
logs or reprs.
"""

from __future__ import annotations

import base64
from functools import lru_cache
from pathlib import Path

from pydantic import AnyHttpUrl, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class SettingsError(ValueError):
    """A missing or malformed setting; the message names the variable."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_ignore_empty=True, extra="ignore", case_sensitive=True)

    APP_ID: str | None = None
    PRIVATE_KEY: SecretStr | None = None
    PRIVATE_KEY_PATH: Path | None = None
    WEBHOOK_SECRET: SecretStr | None = None
    WEBHOOK_PATH: str = "/api/github/webhooks"
    GITHUB_API_URL: AnyHttpUrl = AnyHttpUrl("https://api.github.com")
    GITHUB_TOKEN: SecretStr | None = None  # `warden review` (Actions step) instead of App auth
    DATABASE_URL: str = "sqlite:///warden.db"
    HOST: str = "0.0.0.0"  # noqa: S104 - a server in a container listens on all interfaces
    PORT: int = Field(default=3000, ge=1, le=65535)
    LOG_LEVEL: str = "info"

    # Warden's own knobs.
    WARDEN_WORKERS: int = Field(default=4, ge=1, le=64)  # concurrent jobs overall
    WARDEN_MAX_BODY_BYTES: int = Field(default=26_214_400, gt=0)  # GitHub caps payloads at 25 MB
    WARDEN_REVIEW_DRAFTS: bool = False
    WARDEN_REQUEST_CHANGES: bool = False
    WARDEN_MAX_INLINE_COMMENTS: int = Field(default=30, ge=0, le=100)
    WARDEN_MAX_FILES: int = Field(default=300, ge=1)  # changed files analysed per PR
    WARDEN_MAX_FILE_BYTES: int = Field(default=1_000_000, gt=0)
    WARDEN_MAX_FETCH_BYTES: int = Field(default=20_000_000, gt=0)  # all files fetched for one PR
    WARDEN_MAX_EXTRA_FILES: int = Field(default=200, ge=0)  # imported project files fetched
    WARDEN_HTTP_TIMEOUT: float = Field(default=15.0, gt=0)
    WARDEN_MAX_RETRIES: int = Field(default=5, ge=0, le=20)
    WARDEN_RETRY_MAX_WAIT: float = Field(default=120.0, ge=0)  # cap on one back-off sleep (s)
    WARDEN_JOB_MAX_ATTEMPTS: int = Field(default=5, ge=1)
    WARDEN_BOT_NAME: str = "warden"  # comment commands: `@warden review`
    WARDEN_DOCS_URL: str = "https://github.com/warden-dev/warden/blob/main/docs/rules"
    WARDEN_LLM_BASE_URL: str | None = None
    WARDEN_LLM_API_KEY: SecretStr | None = None
    WARDEN_LLM_MODEL: str = "gpt-4.1-mini"
    WARDEN_LLM_TIMEOUT: float = Field(default=30.0, gt=0)

    @field_validator("LOG_LEVEL")
    @classmethod
    def _level(cls, v: str) -> str:
        v = v.lower()
        allowed = {"trace", "debug", "info", "warn", "warning", "error", "fatal", "silent"}
        if v not in allowed:
            raise ValueError(f"must be one of {', '.join(sorted(allowed))}")
        return v

    @field_validator("WEBHOOK_PATH")
    @classmethod
    def _path(cls, v: str) -> str:
        if not v.startswith("/"):
            raise ValueError("must start with '/'")
        return v

    @property
    def api_url(self) -> str:
        return str(self.GITHUB_API_URL).rstrip("/")

    @property
    def graphql_url(self) -> str:
        """github.com: https://api.github.com/graphql; GHES: https://HOST/api/graphql."""
        base = self.api_url
        if base.endswith("/api/v3"):
            return base[: -len("/v3")] + "/graphql"
        return base + "/graphql"

    def private_key_pem(self) -> str:
        """The App's PEM key from PRIVATE_KEY (PEM or base64 of it) or PRIVATE_KEY_PATH."""
        if self.PRIVATE_KEY is not None:
            raw = self.PRIVATE_KEY.get_secret_value().strip()
            if "-----BEGIN" not in raw:
                try:
                    raw = base64.b64decode(raw, validate=True).decode("utf-8")
                except ValueError:
                    raise SettingsError("PRIVATE_KEY: neither a PEM key nor base64 of one") from None
            return raw.replace("\\n", "\n")
        if self.PRIVATE_KEY_PATH is not None:
            try:
                text = self.PRIVATE_KEY_PATH.read_text(encoding="utf-8")
            except OSError as exc:
                raise SettingsError(f"PRIVATE_KEY_PATH: cannot read {self.PRIVATE_KEY_PATH}: {exc.strerror}") from None
            if "-----BEGIN" not in text:
                raise SettingsError(f"PRIVATE_KEY_PATH: {self.PRIVATE_KEY_PATH} does not hold a PEM key")
            return text
        raise SettingsError("PRIVATE_KEY or PRIVATE_KEY_PATH must be set")

    def require_app(self) -> None:
        """What `warden serve` needs; raises SettingsError naming the first missing variable."""
        if not self.APP_ID:
            raise SettingsError("APP_ID must be set")
        if self.WEBHOOK_SECRET is None:
            raise SettingsError("WEBHOOK_SECRET must be set")
        self.private_key_pem()


def load_settings() -> Settings:
    """Build settings from the environment, turning pydantic's error into one naming the variable."""
    try:
        return Settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        name = ".".join(str(p) for p in first["loc"])
        raise SettingsError(f"{name}: {first['msg']}") from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()
