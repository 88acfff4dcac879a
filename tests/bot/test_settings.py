"""Settings from the environment: errors name the variable, secrets never show, `warden serve` stops cleanly."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
import typer
from pydantic import SecretStr
from typer.testing import CliRunner

from bot.commands.serve import serve_command
from bot.settings import Settings, SettingsError, load_settings
from bot.storage.db import DatabaseURLError, make_engine

SECRET = "whsec-very-secret-value"
PEM = "-----BEGIN PRIVATE KEY-----\nMIIBVAIBADANBgkqhkiG9w0BAQEFAASCAT4wggE6AgEAAkEA\n-----END PRIVATE KEY-----\n"
ENV_NAMES = [name for name in Settings.model_fields]


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No variable of the developer's shell and no stray .env file leak into a test."""
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


def serve(args: list[str] | None = None) -> tuple[int, str, str]:
    app = typer.Typer()
    app.command()(serve_command)
    result = CliRunner().invoke(app, args or [])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("PORT", "http"),
        ("PORT", "70000"),
        ("WARDEN_WORKERS", "0"),
        ("WARDEN_MAX_BODY_BYTES", "-1"),
        ("LOG_LEVEL", "loud"),
        ("WEBHOOK_PATH", "api/github/webhooks"),
        ("GITHUB_API_URL", "not a url"),
        ("WARDEN_REVIEW_DRAFTS", "perhaps"),
    ],
)
def test_a_malformed_variable_is_named_in_the_error(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as info:
        load_settings()
    assert str(info.value).startswith(f"{name}: ")


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({}, "APP_ID"),
        ({"APP_ID": "1"}, "WEBHOOK_SECRET"),
        ({"APP_ID": "1", "WEBHOOK_SECRET": SECRET}, "PRIVATE_KEY"),
    ],
)
def test_a_missing_app_variable_is_named(monkeypatch: pytest.MonkeyPatch, env: dict[str, str], missing: str) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError, match=missing):
        load_settings().require_app()


def test_defaults_follow_probot() -> None:
    settings = load_settings()
    assert settings.WEBHOOK_PATH == "/api/github/webhooks"
    assert settings.PORT == 3000
    assert settings.api_url == "https://api.github.com"
    assert settings.DATABASE_URL == "sqlite:///warden.db"


def test_private_key_may_be_pem_base64_or_a_path(tmp_path: Path) -> None:
    assert Settings(PRIVATE_KEY=SecretStr(PEM)).private_key_pem() == PEM.strip()
    encoded = base64.b64encode(PEM.encode()).decode()
    assert Settings(PRIVATE_KEY=SecretStr(encoded)).private_key_pem() == PEM
    key = tmp_path / "app.pem"
    key.write_text(PEM)
    assert Settings(PRIVATE_KEY_PATH=key).private_key_pem() == PEM
    with pytest.raises(SettingsError, match="PRIVATE_KEY_PATH"):
        Settings(PRIVATE_KEY_PATH=tmp_path / "missing.pem").private_key_pem()


def test_secrets_are_not_in_repr_str_or_dumps(tmp_path: Path) -> None:
    settings = Settings(
        APP_ID="1",
        WEBHOOK_SECRET=SecretStr(SECRET),
        PRIVATE_KEY=SecretStr(PEM),
        GITHUB_TOKEN=SecretStr("ghs_tokenvalue123"),
        WARDEN_LLM_API_KEY=SecretStr("sk-llm-key-456"),
    )
    rendered = [repr(settings), str(settings), settings.model_dump_json(), str(settings.model_dump())]
    for text in rendered:
        for secret in (SECRET, "MIIBVAIBADANBgkqhkiG9w0", "ghs_tokenvalue123", "sk-llm-key-456"):
            assert secret not in text
    assert settings.WEBHOOK_SECRET is not None and settings.WEBHOOK_SECRET.get_secret_value() == SECRET


def test_database_url_errors_name_the_variable_and_hide_the_password() -> None:
    with pytest.raises(DatabaseURLError, match=r"^DATABASE_URL: unsupported database 'mysql'") as info:
        make_engine("mysql://root:hunter2@db/warden")
    assert "hunter2" not in str(info.value)
    with pytest.raises(DatabaseURLError, match=r"^DATABASE_URL"):
        make_engine("::not a url::")
    assert make_engine("postgres://u:p@127.0.0.1:1/db").dialect.driver == "psycopg"


# --- warden serve ----------------------------------------------------------------------------


def test_serve_without_settings_exits_2_with_one_line_naming_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEBHOOK_SECRET", SECRET)
    code, out, err = serve(["--port", "0"])
    assert code == 2
    assert err == "error: APP_ID must be set\n"
    assert SECRET not in out + err and "Traceback" not in out + err


def test_serve_with_a_bad_private_key_never_prints_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APP_ID", "1")
    monkeypatch.setenv("WEBHOOK_SECRET", SECRET)
    monkeypatch.setenv("PRIVATE_KEY", "definitely-not-a-key-but-secret")
    code, out, err = serve()
    assert code == 2
    assert err.startswith("error: PRIVATE_KEY")
    assert "definitely-not-a-key-but-secret" not in out + err and SECRET not in out + err


def test_serve_with_a_malformed_variable_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PORT", "eighty")
    code, _, err = serve()
    assert code == 2 and err.startswith("error: PORT: ")


def test_serve_with_an_unsupported_database_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APP_ID", "1")
    monkeypatch.setenv("WEBHOOK_SECRET", SECRET)
    monkeypatch.setenv("PRIVATE_KEY", PEM)
    monkeypatch.setenv("DATABASE_URL", "mysql://root:hunter2@db/warden")
    code, out, err = serve()
    assert code == 2 and err.startswith("error: DATABASE_URL: ")
    assert "hunter2" not in out + err
