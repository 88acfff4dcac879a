"""`warden review` against the fake GitHub with a token (the GitHub Actions mode)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[2]))  # the repo root: `tests.*` helpers are importable

from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.github.auth import installation_tokens
from tests.bot.github_fixtures import APP_ID, FakeGitHub, app_key, make_settings

ACTIONS = (
    '"use server";\n'
    'import { Pool } from "pg";\n'
    "const db = new Pool();\n"
    "\n"
    "export async function deletePost(formData: FormData) {\n"
    '  const id = String(formData.get("id"));\n'
    "  await db.query(`DELETE FROM posts WHERE id = '${id}'`);\n"
    "}\n"
)


@pytest.fixture
def fake(tmp_path: Path) -> Iterator[FakeGitHub]:
    from tests.oracles import require_spec

    require_spec()
    with FakeGitHub(tmp_path / "gh", app_id=APP_ID, app_public_key=app_key().public_pem) as server:
        server.repo.commit("main", {"README.md": "# shop\n"}, "base")
        server.repo.commit("feature", {"app/actions.ts": ACTIONS}, "add action")
        server.open_pull("feature")
        yield server


def env_for(fake: FakeGitHub, tmp_path: Path) -> dict[str, str]:
    token = installation_tokens(make_settings(fake)).token(fake.installation_id)
    return {
        "GITHUB_TOKEN": token,
        "GITHUB_API_URL": fake.base_url,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'state.db'}",
        "APP_ID": "",
    }


def test_dry_run_prints_and_posts_nothing(fake: FakeGitHub, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["review", "--repo", fake.full_name, "--pr", "1", "--dry-run"], env=env_for(fake, tmp_path)
    )
    assert result.exit_code == 0, result.output
    assert "## Inline comments" in result.output and "app/actions.ts:7" in result.output
    assert "## Check run `Warden`: failure" in result.output
    writes = [r for r in fake.requests() if r.method in ("POST", "PATCH") and "access_tokens" not in r.path]
    assert writes == []


def test_posts_with_token(fake: FakeGitHub, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["review", "--repo", fake.full_name, "--pr", "1"], env=env_for(fake, tmp_path))
    assert result.exit_code == 0, result.output
    assert len(fake.reviews(1)) == 1
    assert fake.check_runs(fake.store.pulls[1].head_sha)[0]["conclusion"] == "failure"


def test_errors_exit_2(fake: FakeGitHub, tmp_path: Path) -> None:
    runner = CliRunner()
    bad_repo = runner.invoke(app, ["review", "--repo", "nope", "--pr", "1"], env=env_for(fake, tmp_path))
    assert bad_repo.exit_code == 2 and "error: --repo" in bad_repo.stderr
    missing = runner.invoke(app, ["review", "--repo", fake.full_name, "--pr", "7"], env=env_for(fake, tmp_path))
    assert missing.exit_code == 2 and "error:" in missing.stderr
