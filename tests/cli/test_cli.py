"""``warden scan`` and ``warden rules`` end to end: the venv's ``warden`` console script in a
subprocess, on small realistic Next.js projects written to a temporary folder (and a real
git repository for ``--diff``)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import jsonschema  # type: ignore[import-untyped,unused-ignore]
import pytest

from checks.registry import RULE_IDS

ROOT = Path(__file__).resolve().parents[2]
WARDEN = Path(sys.executable).parent / "warden"
REPORT_SCHEMA = ROOT / "checks" / "schemas" / "warden-report-v1.json"
SARIF_SCHEMA = Path(os.environ.get("WARDEN_ORACLES_DIR", ROOT / ".oracles")) / "sarif" / "sarif-schema-2.1.0.json"
ANSI = re.compile(r"\x1b\[[0-9;]*m")

# A "use server" module: `deletePost` deletes rows with no session check at all.
ACTIONS_TS = """\
"use server";

import { db } from "@/lib/db";

export async function deletePost(id: string) {
  await db.post.delete({ where: { id } });
}
"""
# The same delete, done by a second unguarded action (used by the --diff test).
TWO_ACTIONS_TS = """\
"use server";

import { db } from "@/lib/db";

export async function deletePost(id: string) {
  await db.post.delete({ where: { id } });
}

export async function deleteComment(id: string) {
  await db.comment.delete({ where: { id } });
}
"""
DB_TS = """\
import { PrismaClient } from "@prisma/client";

export const db = new PrismaClient();
"""
TSCONFIG = '{"compilerOptions": {"baseUrl": ".", "paths": {"@/*": ["./*"]}}}\n'
# Client component: nothing server-side to check.
BUTTON_TSX = """\
"use client";

export function Button({ label }: { label: string }) {
  return <button>{label}</button>;
}
"""


def warden(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    full_env.update(env or {})
    return subprocess.run(
        [str(WARDEN), *args], cwd=cwd, env=full_env, capture_output=True, text=True, timeout=120, check=False
    )


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def vulnerable(tmp_path: Path) -> Path:
    return write(tmp_path / "shop", {"app/actions.ts": ACTIONS_TS, "lib/db.ts": DB_TS, "tsconfig.json": TSCONFIG})


@pytest.fixture
def clean(tmp_path: Path) -> Path:
    return write(tmp_path / "ui", {"components/button.tsx": BUTTON_TSX, "tsconfig.json": TSCONFIG})


def all_rules_at(level: str) -> str:
    return "rules:\n" + "".join(f"  {r}: {level}\n" for r in RULE_IDS)


def assert_one_line_error(proc: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, proc.stderr
    for needle in needles:
        assert needle in lines[0]


# --- exit codes and text output -----------------------------------------------------------


def test_clean_project_exits_0(clean: Path) -> None:
    proc = warden("scan", ".", cwd=clean)
    assert proc.returncode == 0, proc.stderr
    assert "No problems found in" in proc.stdout


def test_unguarded_action_exits_1_with_ruff_style_text(vulnerable: Path) -> None:
    proc = warden("scan", ".", cwd=vulnerable)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert re.search(r"^app/actions\.ts:5:\d+  error  missing-auth  .*`deletePost`", proc.stdout, re.M)
    assert "  > 5 | export async function deletePost(id: string) {" in proc.stdout
    assert re.search(r"^  missing-auth +1$", proc.stdout, re.M)
    assert not ANSI.search(proc.stdout)  # not a TTY: no colour


def test_default_path_is_the_current_folder(vulnerable: Path) -> None:
    assert warden("scan", cwd=vulnerable).returncode == 1


def test_fail_on_threshold(vulnerable: Path) -> None:
    assert warden("scan", ".", "--fail-on", "never", cwd=vulnerable).returncode == 0
    notes = vulnerable / "notes.yml"
    notes.write_text(all_rules_at("note"), encoding="utf-8")
    # every finding downgraded to a note: below the default threshold (error)...
    proc = warden("scan", ".", "--config", str(notes), cwd=vulnerable)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "note  missing-auth" in proc.stdout
    # ...but not below --fail-on note, nor below a fail_on set in the config
    assert warden("scan", ".", "--config", str(notes), "--fail-on", "note", cwd=vulnerable).returncode == 1
    notes.write_text(all_rules_at("note") + "fail_on: note\n", encoding="utf-8")
    assert warden("scan", ".", "--config", str(notes), cwd=vulnerable).returncode == 1


def test_repository_config_is_found_in_dot_github(vulnerable: Path) -> None:
    write(vulnerable, {".github/warden.yml": "rules:\n  missing-auth: off\n"})
    proc = warden("scan", "app", "--format", "json", "--fail-on", "never", cwd=vulnerable)
    assert proc.returncode == 0, proc.stderr
    assert "missing-auth" not in {f["rule_id"] for f in json.loads(proc.stdout)["findings"]}


SUPPRESSED_TS = """\
"use server";

import { db } from "@/lib/db";

// warden-ignore missing-auth -- demo data, reset every night
export async function deletePost(id: string) {
  await db.post.delete({ where: { id } });
}

// warden-ignore missing-auth
export async function deleteAll() {
  await db.post.deleteMany({});
}
"""


def test_suppressions_are_counted_and_shown_in_sarif(vulnerable: Path) -> None:
    write(vulnerable, {"app/actions.ts": SUPPRESSED_TS})
    text = warden("scan", ".", cwd=vulnerable)
    # the reasonless comment is ignored (with a diagnostic), so deleteAll is still reported
    assert re.search(r"^app/actions\.ts:11:\d+  error  missing-auth  .*`deleteAll`", text.stdout, re.M)
    assert "app/actions.ts:10  diagnostic  suppression" in text.stdout
    assert "1 finding suppressed; 1 diagnostic." in text.stdout
    run = json.loads(warden("scan", ".", "-f", "sarif", cwd=vulnerable).stdout)["runs"][0]
    suppressed = [r for r in run["results"] if "suppressions" in r]
    assert [(r["ruleId"], r["suppressions"][0]["justification"]) for r in suppressed] == [
        ("missing-auth", "demo data, reset every night")
    ]
    (note,) = run["invocations"][0]["toolExecutionNotifications"]
    assert note["descriptor"]["id"] == "suppression"


# --- usage errors -------------------------------------------------------------------------


def test_unknown_config_key_exits_2_naming_the_key(vulnerable: Path) -> None:
    bad = vulnerable / "bad.yml"
    bad.write_text("exclude: []\nfail_onn: warning\n", encoding="utf-8")
    assert_one_line_error(warden("scan", ".", "--config", str(bad), cwd=vulnerable), "fail_onn", "bad.yml")


def test_unknown_rule_in_config_exits_2(vulnerable: Path) -> None:
    write(vulnerable, {".github/warden.yml": "rules:\n  missing-authz: off\n"})
    assert_one_line_error(warden("scan", ".", cwd=vulnerable), "missing-authz")


def test_missing_path_and_unwritable_output_exit_2(vulnerable: Path) -> None:
    assert_one_line_error(warden("scan", "nope/", cwd=vulnerable), "nope")
    assert_one_line_error(warden("scan", ".", "--output", "no/such/dir/report.json", cwd=vulnerable), "cannot write")


def test_bad_option_values_exit_2(vulnerable: Path) -> None:
    proc = warden("scan", ".", "--format", "xml", cwd=vulnerable)
    assert proc.returncode == 2 and "xml" in proc.stderr
    proc = warden("scan", ".", "--fail-on", "sometimes", cwd=vulnerable)
    assert proc.returncode == 2 and "sometimes" in proc.stderr


# --- formats and --output -----------------------------------------------------------------


def test_json_output_matches_the_shipped_schema(vulnerable: Path) -> None:
    proc = warden("scan", ".", "--format", "json", "--jobs", "1", cwd=vulnerable)
    assert proc.returncode == 1, proc.stderr
    data = json.loads(proc.stdout)
    schema = json.loads(REPORT_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema)(schema).validate(data)
    assert data["root"] == vulnerable.resolve().as_posix()
    (auth,) = [f for f in data["findings"] if f["rule_id"] == "missing-auth"]
    assert (auth["path"], auth["function_name"], auth["span"]["start"]["line"]) == ("app/actions.ts", "deletePost", 5)
    assert data["summary"]["by_rule"]["missing-auth"] == 1


def test_sarif_output_validates_against_the_official_schema(vulnerable: Path) -> None:
    proc = warden("scan", ".", "--format", "sarif", cwd=vulnerable)
    assert proc.returncode == 1, proc.stderr
    log = json.loads(proc.stdout)
    run = log["runs"][0]
    assert sorted(r["id"] for r in run["tool"]["driver"]["rules"]) == sorted(RULE_IDS)
    (auth,) = [r for r in run["results"] if r["ruleId"] == "missing-auth"]
    assert auth["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "app/actions.ts"
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"official SARIF 2.1.0 schema missing at {SARIF_SCHEMA}: run `bash tests/oracles_sarif.sh`")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in jsonschema.Draft4Validator(schema).iter_errors(log)]
    assert not errors, errors[:5]


def test_github_output_is_workflow_commands(vulnerable: Path) -> None:
    proc = warden("scan", ".", "--format", "github", cwd=vulnerable)
    assert proc.returncode == 1, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines and all(ln.startswith(("::error ", "::warning ", "::notice ")) for ln in lines)
    assert any(ln.startswith("::error file=app/actions.ts,line=5,") and "missing-auth" in ln for ln in lines)


def test_output_file_receives_the_report(vulnerable: Path) -> None:
    proc = warden("scan", ".", "-f", "sarif", "--output", "out/warden.sarif", cwd=write(vulnerable, {"out/.keep": ""}))
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout == ""
    log = json.loads((vulnerable / "out" / "warden.sarif").read_text(encoding="utf-8"))
    assert log["version"] == "2.1.0"


# --- --diff on a real git repository ------------------------------------------------------


def git(repo: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.test",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.test",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    return subprocess.run(["git", "-C", str(repo), *args], env=env, capture_output=True, text=True, check=True).stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = write(
        tmp_path / "repo",
        {"app/actions.ts": TWO_ACTIONS_TS, "lib/db.ts": DB_TS, "tsconfig.json": TSCONFIG, "README.md": "shop\n"},
    )
    git(root, "init", "-q", "-b", "main")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "two unguarded actions")
    return root


def test_diff_reports_only_functions_the_range_touched(repo: Path) -> None:
    before = json.loads(warden("scan", ".", "-f", "json", cwd=repo).stdout)
    assert {f["function_name"] for f in before["findings"] if f["rule_id"] == "missing-auth"} == {
        "deletePost",
        "deleteComment",
    }
    edited = TWO_ACTIONS_TS.replace("await db.comment.delete", "await db.comment.deleteMany")
    write(repo, {"app/actions.ts": edited})
    git(repo, "commit", "-q", "-am", "touch deleteComment only")

    proc = warden("scan", ".", "-f", "json", "--diff", "HEAD~1..HEAD", cwd=repo)
    assert proc.returncode == 1, proc.stderr
    after = json.loads(proc.stdout)
    assert after["findings"], "the touched function's findings are kept"
    assert {f["function_name"] for f in after["findings"]} == {"deleteComment"}
    assert {f["rule_id"] for f in after["findings"]} >= {"missing-auth"}


def test_diff_without_code_changes_reports_nothing(repo: Path) -> None:
    write(repo, {"README.md": "shop, now documented\n"})
    git(repo, "commit", "-q", "-am", "docs only")
    proc = warden("scan", ".", "--diff", "HEAD~1..HEAD", cwd=repo)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "No problems found" in proc.stdout


def test_diff_with_a_deletion_inside_a_function_keeps_it(repo: Path) -> None:
    signature = "export async function deletePost(id: string) {\n"
    edited = TWO_ACTIONS_TS.replace(signature, signature + "  // todo\n")
    write(repo, {"app/actions.ts": edited})
    git(repo, "commit", "-q", "-am", "add a comment inside deletePost")
    write(repo, {"app/actions.ts": edited.replace("  // todo\n", "")})
    git(repo, "commit", "-q", "-am", "remove it again")
    proc = warden("scan", ".", "-f", "json", "--diff", "HEAD~1..HEAD", cwd=repo)
    assert {f["function_name"] for f in json.loads(proc.stdout)["findings"]} == {"deletePost"}


def test_diff_with_a_bad_range_exits_2(repo: Path) -> None:
    assert_one_line_error(warden("scan", ".", "--diff", "nope..HEAD", cwd=repo), "nope")
    assert_one_line_error(warden("scan", ".", "--diff", "HEAD", cwd=repo), "BASE..HEAD")


def test_diff_outside_a_git_repository_exits_2(vulnerable: Path) -> None:
    assert_one_line_error(warden("scan", ".", "--diff", "main..HEAD", cwd=vulnerable), "git diff main..HEAD failed")


# --- warden rules -------------------------------------------------------------------------


def test_rules_lists_every_rule_with_severity_and_title(tmp_path: Path) -> None:
    proc = warden("rules", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    for rule_id in RULE_IDS:
        assert re.search(rf"^{rule_id} +(error|warning|note) +\S", proc.stdout, re.M), rule_id


def test_rules_id_prints_the_rule_documentation(tmp_path: Path) -> None:
    from checks.registry import rule_doc

    proc = warden("rules", "missing-auth", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("missing-auth: ")
    assert rule_doc("missing-auth").splitlines()[0] in proc.stdout


def test_rules_unknown_id_exits_2_with_the_list(tmp_path: Path) -> None:
    proc = warden("rules", "nope", cwd=tmp_path)
    assert_one_line_error(proc, "unknown rule 'nope'", *RULE_IDS)


def test_github_annotations_use_repository_paths_for_a_subfolder(repo: Path) -> None:
    proc = warden("scan", "app", "--format", "github", cwd=repo)
    assert proc.returncode == 1, proc.stderr
    assert any(ln.startswith("::error file=app/actions.ts,line=5,") for ln in proc.stdout.splitlines())
    # a subfolder of a project is scanned as part of that project: paths name files from its top
    data = json.loads(warden("scan", "app", "--format", "json", cwd=repo).stdout)
    assert {f["path"] for f in data["findings"]} == {"app/actions.ts"}
    assert data["root"] == str(repo.resolve())


GUARD_TS = """\
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";

export async function currentMember() {
  const session = await auth();
  if (!session?.user) redirect("/login");
  return session.user;
}
"""
GUARDED_ACTION_TS = """\
"use server";

import { db } from "@/lib/db";
import { currentMember } from "@/lib/guard";

export async function deletePost(id: string) {
  const user = await currentMember();
  await db.post.deleteMany({ where: { id, authorId: user.id } });
}
"""


def test_one_file_is_scanned_with_its_project_so_guards_elsewhere_count(tmp_path: Path) -> None:
    """`warden scan app/posts/actions.ts` (a pre-commit hook on changed files) must still see the
    guard in lib/: the project's top (the folder with package.json or tsconfig.json) is the root."""
    shop = write(
        tmp_path / "shop",
        {
            "app/posts/actions.ts": GUARDED_ACTION_TS,
            "lib/guard.ts": GUARD_TS,
            "lib/db.ts": DB_TS,
            "package.json": "{}\n",
            "tsconfig.json": TSCONFIG,
        },
    )
    proc = warden("scan", "app/posts/actions.ts", "--format", "json", "--fail-on", "error", cwd=shop)
    data = json.loads(proc.stdout)
    assert proc.returncode == 0, data["findings"]
    assert data["summary"]["files_scanned"] == 1
    assert {f["path"] for f in data["findings"]} <= {"app/posts/actions.ts"}
    assert "missing-auth" not in {f["rule_id"] for f in data["findings"]}
    # without the project around it the same file is reported: the guard is what makes it clean
    alone = write(tmp_path / "alone", {"actions.ts": GUARDED_ACTION_TS})
    proc = warden("scan", "actions.ts", "--format", "json", cwd=alone)
    assert proc.returncode == 1
    assert {f["rule_id"] for f in json.loads(proc.stdout)["findings"]} >= {"missing-auth"}


def _run_on_a_tty(args: list[str], cwd: Path, env: dict[str, str]) -> str:
    """Run warden with stdout on a pseudo-terminal; return what it printed there."""
    import pty

    master, slave = pty.openpty()
    full_env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")} | env
    proc = subprocess.Popen([str(WARDEN), *args], cwd=cwd, env=full_env, stdout=slave, stderr=subprocess.DEVNULL)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    proc.wait(timeout=120)
    return b"".join(chunks).decode("utf-8", "replace")


def test_colour_only_on_a_terminal_and_never_with_no_color(vulnerable: Path) -> None:
    coloured = _run_on_a_tty(["scan", "."], vulnerable, {"TERM": "xterm"})
    assert ANSI.search(coloured) and "missing-auth" in coloured
    plain = _run_on_a_tty(["scan", "."], vulnerable, {"TERM": "xterm", "NO_COLOR": "1"})
    assert "missing-auth" in plain and not ANSI.search(plain)


# One app of a monorepo: its guard lives in a workspace package (`@north/auth`), its unguarded write
# in another (`@north/data`), and the root `package.json` declares the workspace.
MONOREPO = {
    "package.json": '{"name": "north", "private": true, "workspaces": ["apps/*", "packages/*"]}\n',
    "packages/auth/package.json": '{"name": "@north/auth", "main": "./dist/index.js"}\n',
    "packages/auth/src/index.ts": """\
import { getServerSession } from "next-auth";

export async function mustBeSignedIn() {
  const session = await getServerSession();
  if (!session) throw new Error("unauthorized");
  return session;
}
""",
    "packages/data/package.json": '{"name": "@north/data", "exports": {"./notes": "./src/notes.ts"}}\n',
    "packages/data/src/notes.ts": """\
import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();

export async function eraseNote(id: string) {
  await prisma.note.delete({ where: { id } });
}
""",
    "packages/data/src/unused.ts": '"use server";\nexport async function wipe() { await fetch("x"); }\n',
    "apps/web/package.json": '{"name": "web", "private": true}\n',
    "apps/web/tsconfig.json": TSCONFIG,
    "apps/web/app/notes/actions.ts": """\
"use server";

import { mustBeSignedIn } from "@north/auth";
import { eraseNote } from "@north/data/notes";

export async function eraseMyNote(id: string) {
  await mustBeSignedIn();
  await eraseNote(id);
}

export async function eraseAnyNote(id: string) {
  await eraseNote(id);
}
""",
}


def test_one_app_of_a_monorepo_reads_its_workspace_packages_but_reports_only_itself(tmp_path: Path) -> None:
    repo = write(tmp_path / "north", MONOREPO)
    proc = warden("scan", "apps/web", "--format", "json", "--fail-on", "never", cwd=repo)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    found = {(f["path"], f["function_name"], f["rule_id"]) for f in report["findings"]}
    # the package's guard counts; the package's unguarded delete still makes the action's finding
    assert ("app/notes/actions.ts", "eraseAnyNote", "missing-auth") in found
    assert not any(name == "eraseMyNote" and rule == "missing-auth" for _, name, rule in found)
    # nothing of packages/* is scanned, counted or reported on
    assert all(not f["path"].startswith(("..", "/", "packages")) for f in report["findings"])
    assert all(not d["path"].startswith("..") for d in report["diagnostics"])
    assert report["summary"]["files_scanned"] == 1
    # `--no-workspace`: the app alone, as before (the helpers are unknown code)
    alone = warden("scan", "apps/web", "--no-workspace", "--format", "json", "--fail-on", "never", cwd=repo)
    assert alone.returncode == 0, alone.stderr
    assert not any(f["function_name"] == "eraseAnyNote" for f in json.loads(alone.stdout)["findings"])
