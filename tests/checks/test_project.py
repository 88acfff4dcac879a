"""Import resolution as TypeScript/Next.js do it: relative paths, extensions, index files,
`.js` specifiers for `.ts` sources, tsconfig/jsconfig `baseUrl` + `paths` (JSONC, `extends`),
and the nearest config winning in a monorepo."""

from __future__ import annotations

from pathlib import Path

import pytest

from checks.analysis.program import Program
from checks.config import Config
from checks.engine import scan_paths
from checks.project import ProjectIndex, import_specifiers, resolve_import
from checks.sources import DiskTree, MemoryTree, find_workspace


def _index(files: dict[str, str]) -> ProjectIndex:
    return ProjectIndex(MemoryTree(files))


@pytest.fixture
def plain() -> ProjectIndex:
    return _index(
        {
            "lib/a.ts": "",
            "lib/b.ts": "",
            "lib/view.tsx": "",
            "lib/legacy.js": "",
            "lib/utils/index.ts": "",
            "lib/both.ts": "",
            "lib/both.tsx": "",
            "app/posts/[id]/actions.ts": "",
        }
    )


@pytest.mark.parametrize(
    ("spec", "origin", "expected"),
    [
        ("./b", "lib/a.ts", "lib/b.ts"),
        ("./b.ts", "lib/a.ts", "lib/b.ts"),
        ("../../../lib/b", "app/posts/[id]/actions.ts", "lib/b.ts"),
        ("./view", "lib/a.ts", "lib/view.tsx"),
        ("./legacy", "lib/a.ts", "lib/legacy.js"),
        ("./utils", "lib/a.ts", "lib/utils/index.ts"),
        ("./b.js", "lib/a.ts", "lib/b.ts"),  # ESM-style specifier for a TypeScript source
        ("./view.jsx", "lib/a.ts", "lib/view.tsx"),
        ("./both", "lib/a.ts", "lib/both.ts"),  # .ts is probed before .tsx, as tsc does
    ],
)
def test_relative_specifiers(plain: ProjectIndex, spec: str, expected: str, origin: str) -> None:
    assert plain.resolve(spec, origin) == expected
    assert resolve_import(plain, spec, origin) == expected


@pytest.mark.parametrize("spec", ["./missing", "../../outside", "react", "next/navigation", "@prisma/client"])
def test_unresolvable_specifiers_give_none(plain: ProjectIndex, spec: str) -> None:
    assert plain.resolve(spec, "lib/a.ts") is None


def test_tsconfig_paths_with_base_url() -> None:
    index = _index(
        {
            "tsconfig.json": (
                '{"compilerOptions": {"baseUrl": ".", "paths": {"@/*": ["./src/*"], "~db": ["./src/db/index.ts"]}}}'
            ),
            "src/lib/auth.ts": "",
            "src/db/index.ts": "",
            "src/app/actions.ts": "",
        }
    )
    assert index.resolve("@/lib/auth", "src/app/actions.ts") == "src/lib/auth.ts"
    assert index.resolve("~db", "src/app/actions.ts") == "src/db/index.ts"  # exact (non-wildcard) alias
    assert index.resolve("@/lib/missing", "src/app/actions.ts") is None


def test_base_url_alone_resolves_bare_specifiers() -> None:
    index = _index({"tsconfig.json": '{"compilerOptions": {"baseUrl": "src"}}', "src/lib/db.ts": "", "src/x.ts": ""})
    assert index.resolve("lib/db", "src/x.ts") == "src/lib/db.ts"
    assert index.resolve("react", "src/x.ts") is None


def test_paths_fall_back_through_their_targets() -> None:
    index = _index(
        {
            "tsconfig.json": '{"compilerOptions": {"paths": {"#/*": ["./src/*", "./generated/*"]}}}',
            "generated/client.ts": "",
            "src/a.ts": "",
        }
    )
    assert index.resolve("#/client", "src/a.ts") == "generated/client.ts"
    assert index.resolve("#/a", "src/a.ts") == "src/a.ts"


def test_jsonc_comments_and_trailing_commas() -> None:
    config = """{
  // Next.js writes comments into tsconfig.json
  "compilerOptions": {
    /* block comment */
    "baseUrl": ".",
    "paths": { "@/*": ["./*"], }, // trailing comma
  },
}"""
    index = _index({"tsconfig.json": config, "lib/db.ts": "", "app/page.ts": ""})
    assert index.resolve("@/lib/db", "app/page.ts") == "lib/db.ts"


def test_comment_markers_inside_strings_are_kept() -> None:
    config = '{"compilerOptions": {"paths": {"@//*": ["./src//*"]}, "baseUrl": "."}}'
    index = _index({"tsconfig.json": config, "src/x.ts": "", "a.ts": ""})
    config_ = index.tsconfig_for("a.ts")
    assert config_ is not None
    assert config_.paths == (("@//*", ("./src//*",)),)


def test_extends_inherits_paths_relative_to_the_base_config() -> None:
    index = _index(
        {
            "config/tsconfig.base.json": (
                '{"compilerOptions": {"baseUrl": "..", "paths": {"@shared/*": ["packages/shared/*"]}}}'
            ),
            "apps/web/tsconfig.json": (
                '{"extends": "../../config/tsconfig.base.json", "compilerOptions": {"strict": true}}'
            ),
            "packages/shared/format.ts": "",
            "apps/web/app/page.ts": "",
        }
    )
    assert index.resolve("@shared/format", "apps/web/app/page.ts") == "packages/shared/format.ts"


def test_extends_without_json_suffix() -> None:
    index = _index(
        {
            "tsconfig.base.json": '{"compilerOptions": {"baseUrl": ".", "paths": {"@/*": ["./src/*"]}}}',
            "tsconfig.json": '{"extends": "./tsconfig.base"}',
            "src/lib/x.ts": "",
            "src/a.ts": "",
        }
    )
    assert index.resolve("@/lib/x", "src/a.ts") == "src/lib/x.ts"


def test_child_paths_resolve_against_an_inherited_base_url() -> None:
    # The app sets `paths` only; `baseUrl` comes from the shared base config one folder up.
    index = _index(
        {
            "tsconfig.base.json": '{"compilerOptions": {"baseUrl": "."}}',
            "apps/web/tsconfig.json": (
                '{"extends": "../../tsconfig.base.json", "compilerOptions": {"paths": {"@/*": ["apps/web/src/*"]}}}'
            ),
            "apps/web/src/lib/auth.ts": "",
            "apps/web/src/app/actions.ts": "",
        }
    )
    assert index.resolve("@/lib/auth", "apps/web/src/app/actions.ts") == "apps/web/src/lib/auth.ts"


def test_child_paths_without_any_base_url_resolve_from_the_child() -> None:
    index = _index(
        {
            "tsconfig.base.json": '{"compilerOptions": {"strict": true}}',
            "apps/web/tsconfig.json": (
                '{"extends": "../../tsconfig.base.json", "compilerOptions": {"paths": {"@/*": ["./src/*"]}}}'
            ),
            "apps/web/src/lib/auth.ts": "",
            "apps/web/src/app/actions.ts": "",
        }
    )
    assert index.resolve("@/lib/auth", "apps/web/src/app/actions.ts") == "apps/web/src/lib/auth.ts"


def test_extends_a_workspace_package_config_and_a_list() -> None:
    index = _index(
        {
            "packages/tsconfig/package.json": '{"name": "@repo/tsconfig"}',
            "packages/tsconfig/nextjs.json": '{"compilerOptions": {"paths": {"~/*": ["../../apps/web/src/*"]}}}',
            "apps/web/tsconfig.json": '{"extends": ["@tsconfig/strictest", "@repo/tsconfig/nextjs.json"]}',
            "apps/web/src/lib/db.ts": "",
            "apps/web/src/app/actions.ts": "",
        }
    )
    assert index.resolve("~/lib/db", "apps/web/src/app/actions.ts") == "apps/web/src/lib/db.ts"


def test_later_extends_entry_wins() -> None:
    index = _index(
        {
            "a.json": '{"compilerOptions": {"paths": {"@/*": ["./old/*"]}}}',
            "b.json": '{"compilerOptions": {"paths": {"@/*": ["./new/*"]}}}',
            "tsconfig.json": '{"extends": ["./a.json", "./b.json"]}',
            "old/x.ts": "",
            "new/x.ts": "",
            "main.ts": "",
        }
    )
    assert index.resolve("@/x", "main.ts") == "new/x.ts"


def test_nearest_config_wins_in_a_monorepo() -> None:
    index = _index(
        {
            "tsconfig.json": '{"compilerOptions": {"baseUrl": ".", "paths": {"@/*": ["./packages/root/*"]}}}',
            "apps/web/tsconfig.json": '{"compilerOptions": {"baseUrl": ".", "paths": {"@/*": ["./src/*"]}}}',
            "apps/admin/jsconfig.json": '{"compilerOptions": {"baseUrl": ".", "paths": {"@/*": ["./*"]}}}',
            "apps/web/src/lib/auth.ts": "",
            "apps/admin/lib/auth.ts": "",
            "packages/root/lib/auth.ts": "",
            "apps/web/src/app/actions.ts": "",
            "apps/admin/app/actions.js": "",
            "scripts/seed.ts": "",
        }
    )
    assert index.resolve("@/lib/auth", "apps/web/src/app/actions.ts") == "apps/web/src/lib/auth.ts"
    assert index.resolve("@/lib/auth", "apps/admin/app/actions.js") == "apps/admin/lib/auth.ts"
    assert index.resolve("@/lib/auth", "scripts/seed.ts") == "packages/root/lib/auth.ts"
    web = index.tsconfig_for("apps/web/src/app/actions.ts")
    assert web is not None and web.path == "apps/web/tsconfig.json"


def test_default_next_alias_without_any_config() -> None:
    index = _index({"src/lib/db.ts": "", "src/app/actions.ts": "", "lib/auth.ts": ""})
    assert index.resolve("@/lib/db", "src/app/actions.ts") == "src/lib/db.ts"
    assert index.resolve("@/lib/auth", "src/app/actions.ts") == "lib/auth.ts"


@pytest.mark.parametrize("broken", ["{not json", "[1, 2]", "", '{"compilerOptions": {"paths": "nope"}}'])
def test_broken_config_does_not_crash(broken: str) -> None:
    index = _index({"tsconfig.json": broken, "lib/db.ts": "", "app/a.ts": ""})
    assert index.resolve("./db", "lib/x.ts") == "lib/db.ts"
    assert index.resolve("@/lib/db", "app/a.ts") == "lib/db.ts"


def test_import_specifiers_finds_every_import_form() -> None:
    source = b"""
import { auth } from "@/auth";
import type { User } from './types';
import db, { sql } from "../lib/db";
import "server-only";
export { GET, POST } from "@/modules/handlers";
export * from "./reexported";
const mod = await import("./lazy");
const legacy = require('legacy-lib');
"""
    assert import_specifiers(source) == [
        "@/auth",
        "./types",
        "../lib/db",
        "server-only",
        "@/modules/handlers",
        "./reexported",
        "./lazy",
        "legacy-lib",
    ]


def test_import_specifiers_of_binary_or_empty_input() -> None:
    assert import_specifiers(b"") == []
    assert import_specifiers(bytes(range(256))) == []


def _program(files: dict[str, str]) -> Program:
    return Program(MemoryTree(files), Config())


def test_calls_through_namespace_imports_resolve_to_the_module_export() -> None:
    program = _program(
        {
            "lib/db/queries.ts": "export async function saveChat() {}\nconst hidden = () => 1;\n",
            "lib/db/index.ts": 'export * as store from "./queries";\nexport * from "./other";\n',
            "lib/db/other.ts": "export function other() {}\n",
            "app/a.ts": 'import * as q from "@/lib/db/queries";\nimport { store, other } from "@/lib/db";\n',
        }
    )
    mod = program.module("app/a.ts")
    assert mod is not None
    direct = program.resolve_function(mod, "q.saveChat")
    assert direct is not None and direct.module.path == "lib/db/queries.ts"
    via_reexport = program.resolve_function(mod, "store.saveChat")
    assert via_reexport is not None and via_reexport.module.path == "lib/db/queries.ts"
    assert program.resolve_function(mod, "q.hidden") is None  # not exported
    assert program.resolve_function(mod, "q.missing") is None
    assert program.resolve_function(mod, "other") is not None  # `export *` still re-exports names
    index = program.module("lib/db/index.ts")
    assert index is not None
    # `export * as store` exports one name, not the module's names one by one
    assert program.resolve_export(index, "saveChat") is None


def test_workspace_package_imports_resolve_to_their_source() -> None:
    """`@acme/auth` names the package whose package.json says so; the App's prefetch follows it too."""
    index = _index(
        {
            "packages/auth/package.json": '{"name": "@acme/auth", "exports": {".": "./dist/index.js"}}',
            "packages/auth/src/index.ts": "",
            "packages/auth/src/session.ts": "",
            "apps/web/app/actions.ts": "",
        }
    )
    assert index.resolve("@acme/auth", "apps/web/app/actions.ts") is None  # not a project path
    assert resolve_import(index, "@acme/auth", "apps/web/app/actions.ts") == "packages/auth/src/index.ts"
    assert resolve_import(index, "@acme/auth/session", "apps/web/app/actions.ts") == "packages/auth/src/session.ts"
    assert resolve_import(index, "@acme/other", "apps/web/app/actions.ts") is None


def _write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


_MONOREPO = {
    "package.json": '{"name": "acme", "workspaces": ["apps/*", "packages/*", "!packages/legacy"]}',
    "apps/web/package.json": '{"name": "web"}',
    "apps/web/tsconfig.json": '{"extends": "@acme/tsconfig/next.json"}',
    "apps/web/app/actions.ts": "",
    "apps/web/lib/x.ts": "",
    "packages/tsconfig/package.json": '{"name": "@acme/tsconfig"}',
    "packages/tsconfig/next.json": '{"compilerOptions": {"paths": {"@ui/*": ["../../packages/ui/src/*"]}}}',
    "packages/ui/package.json": '{"name": "@acme/ui"}',
    "packages/ui/src/button.ts": "",
    "packages/auth/package.json": '{"name": "@acme/auth", "exports": {".": "./dist/index.js"}}',
    "packages/auth/tsconfig.json": '{"compilerOptions": {"paths": {"#/*": ["./src/*"]}}}',
    "packages/auth/src/index.ts": "",
    "packages/auth/src/session.ts": "",
    "packages/auth/dist/index.js": "",
    "packages/auth/node_modules/dep/index.ts": "",
    "packages/legacy/package.json": '{"name": "@acme/legacy"}',
    "packages/legacy/index.ts": "",
}


def test_an_app_scanned_alone_reads_its_workspace_packages_as_context(tmp_path: Path) -> None:
    top = _write(tmp_path / "mono", _MONOREPO)
    assert find_workspace(top / "apps" / "web") == top.resolve()
    assert find_workspace(top) is None  # the workspace's own top: everything is in the tree already
    tree = DiskTree(top / "apps" / "web", find_workspace(top / "apps" / "web"))
    # discovery is the app's alone
    assert sorted(tree.paths()) == ["app/actions.ts", "lib/x.ts", "package.json", "tsconfig.json"]
    index = ProjectIndex(tree)
    at = "app/actions.ts"
    # a package by name, by a relative path leaving the app, by an alias of a config the app extends
    assert resolve_import(index, "@acme/auth", at) == "../../packages/auth/src/index.ts"
    assert index.resolve("../../../packages/auth/src/session", at) == "../../packages/auth/src/session.ts"
    assert index.resolve("@ui/button", at) == "../../packages/ui/src/button.ts"
    # a path that comes back into the app is the app's own path
    assert index.resolve("../../web/lib/x", at) == "lib/x.ts"
    assert index.resolve("@/lib/x", at) == "lib/x.ts"
    # inside a package: its own config's aliases, never the app's `@/`
    assert index.resolve("#/session", "../../packages/auth/src/index.ts") == "../../packages/auth/src/session.ts"
    assert index.resolve("@/lib/x", "../../packages/auth/src/index.ts") is None
    # skipped folders, excluded packages and files outside the workspace stay unknown
    assert index.resolve("../../../packages/auth/node_modules/dep", at) is None
    assert resolve_import(index, "@acme/legacy", at) is None
    assert index.resolve("../../../../outside", at) is None
    assert not index.client_only("../../packages/auth/src/index.ts")


def test_a_folder_outside_any_workspace_has_no_context(tmp_path: Path) -> None:
    files = {k: v for k, v in _MONOREPO.items() if k != "package.json"}
    top = _write(tmp_path / "loose", files)
    assert find_workspace(top / "apps" / "web") is None
    index = ProjectIndex(DiskTree(top / "apps" / "web", find_workspace(top / "apps" / "web")))
    assert resolve_import(index, "@acme/auth", "app/actions.ts") is None
    assert index.resolve("../../../packages/auth/src/session", "app/actions.ts") is None


def test_workspace_markers_stop_at_the_git_work_tree(tmp_path: Path) -> None:
    _write(tmp_path, {"package.json": '{"name": "outer", "workspaces": ["*"]}'})
    inner = _write(tmp_path / "repo", {"apps/web/package.json": "{}", "package.json": '{"name": "r"}'})
    (inner / ".git").mkdir()
    assert find_workspace(inner / "apps" / "web") is None
    (inner / "turbo.json").write_text("{}")
    assert find_workspace(inner / "apps" / "web") == inner.resolve()


def test_findings_of_an_app_scanned_alone_stay_inside_it(tmp_path: Path) -> None:
    top = _write(
        tmp_path / "mono",
        {
            **_MONOREPO,
            "packages/auth/src/index.ts": '"use server";\nexport async function drop(id: string) {\n'
            "  await db.user.delete({ where: { id } });\n}\n",
            "apps/web/app/actions.ts": '"use server";\nimport { drop } from "@acme/auth";\n'
            "export async function dropUser(id: string) {\n  await drop(id);\n}\n",
        },
    )
    result, root = scan_paths([top / "apps" / "web"], Config(), jobs=1)
    assert root == (top / "apps" / "web").resolve()
    assert result.files_scanned == 2
    assert result.findings and all(f.path == "app/actions.ts" for f in result.findings)
    assert all(not d.path.startswith("..") for d in result.diagnostics)
    # the same folder scanned from the workspace's top: the package's own action is reported there
    whole, _ = scan_paths([top], Config(), jobs=1)
    assert any(f.path == "packages/auth/src/index.ts" for f in whole.findings)
