"""The project model: which files exist, tsconfig/jsconfig aliases, import resolution.

Import resolution follows TypeScript's rules closely enough for Next.js apps:
relative specifiers, extension and ``index`` probing, and ``baseUrl`` +
``paths`` aliases from the nearest ``tsconfig.json`` / ``jsconfig.json``
(with relative ``extends``), so monorepos with one config per app work.
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from checks.sources import DiskTree, MemoryTree, SourceTree, is_source_path, read_once, tree_fact

RESOLVE_SUFFIXES = (".ts", ".tsx", ".js", ".jsx", ".mts", ".cts", ".mjs", ".cjs")
CONFIG_NAMES = ("tsconfig.json", "jsconfig.json")
_COMMENT = re.compile(r'("(?:\\.|[^"\\])*")|//[^\n]*|/\*.*?\*/', re.S)
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
# (each branch starts with a literal: the regex engine then skips to the bytes an import can start
# at, instead of trying the whole pattern at every byte of every file of the tree)
_IMPORT_RE = re.compile(
    rb"""import\s[^'"`;]*?from\s*['"]([^'"]+)['"]|export\s[^'"`;]*?from\s*['"]([^'"]+)['"]|"""
    rb"""import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)"""
)


def _loads_jsonc(text: str) -> object:
    """tsconfig files allow comments and trailing commas."""
    no_comments = _COMMENT.sub(lambda m: m.group(1) or "", text)
    return json.loads(_TRAILING_COMMA.sub(r"\1", no_comments))


@dataclass(frozen=True)
class TsConfig:
    path: str  # the config file
    base_dir: str  # directory aliases resolve against (baseUrl, else the config's folder)
    paths: tuple[tuple[str, tuple[str, ...]], ...] = ()
    base_url: bool = False  # a `baseUrl` is set (here or in a config it extends): bare specifiers resolve there


def _overlay(earlier: TsConfig | None, later: TsConfig) -> TsConfig:
    """Two configs of one `extends` list: the later one's settings win, key by key."""
    if earlier is None:
        return later
    return TsConfig(
        later.path,
        later.base_dir if later.base_url or not earlier.base_url else earlier.base_dir,
        later.paths or earlier.paths,
        later.base_url or earlier.base_url,
    )


def import_specifiers(source: bytes) -> list[str]:
    """Module specifiers a file imports or re-exports (static and dynamic).

    A cheap byte-level scan, used by the App to decide which files to fetch."""
    out: list[str] = []
    for m in _IMPORT_RE.finditer(source):
        spec = next(g for g in m.groups() if g)
        out.append(spec.decode("utf-8", "replace"))
    return out


# what `ProjectIndex` shares between the indexes of one tree: files, folders, configs by folder, answers
# of `resolve` and `resolve_package`, and the workspace packages (a list holding them once read)
_IndexTables = tuple[
    set[str],
    set[str],
    dict[str, TsConfig | None],
    dict[tuple[str, str], str | None],
    dict[str, str | None],
    list[dict[str, tuple[str, dict[str, object]]]],
]


@dataclass
class ProjectIndex:
    """Answers "which file does this import mean?" over a SourceTree."""

    tree: SourceTree
    _context: DiskTree | None = None
    _paths: set[str] = field(default_factory=set)
    _dirs: set[str] = field(default_factory=set)
    _configs: dict[str, TsConfig | None] = field(default_factory=dict)
    _packages: dict[str, tuple[str, dict[str, object]]] | None = None  # workspace package name -> (dir, package.json)
    _client_only: frozenset[str] | None = None
    _never_built: frozenset[str] | None = None
    # answers of `resolve` by (specifier, importing folder), and of `resolve_package` by specifier:
    # both depend on nothing else (the index's files and configs are read once)
    _resolved: dict[tuple[str, str], str | None] = field(default_factory=dict)
    _packages_resolved: dict[str, str | None] = field(default_factory=dict)
    _shared_packages: list[dict[str, tuple[str, dict[str, object]]]] = field(default_factory=list)

    def __post_init__(self) -> None:
        # the read-only workspace context of an app scanned alone (see `DiskTree`), or None
        self._context = self.tree if isinstance(self.tree, DiskTree) and self.tree.workspace is not None else None
        # Every batch of a scan builds its own index over the same tree: the file and folder sets, the
        # configs read and the answers worked out depend on the tree alone, so they are shared by
        # all of them (`tree_fact`; its tables hold no reference back to the tree, which would keep it alive).
        # Only for the trees whose files never change (the App's pull-request tree learns of files as it goes).
        if isinstance(self.tree, DiskTree | MemoryTree):
            shared = tree_fact(self.tree, "project_index", self._tables)
        else:
            shared = self._tables()
        self._paths, self._dirs, self._configs, self._resolved, self._packages_resolved, self._shared_packages = shared

    def _tables(self) -> _IndexTables:
        paths = set(self.tree.paths())
        dirs: set[str] = set()
        for p in paths:
            d = posixpath.dirname(p)
            while d and d not in dirs:
                dirs.add(d)
                d = posixpath.dirname(d)
        return paths, dirs, {}, {}, {}, []

    def _file(self, path: str) -> bool:
        """A file of the tree, or of its workspace context (a path leaving the root)."""
        if path in self._paths:
            return True
        return self._context is not None and path.startswith("../") and self._context.context_file(path)

    def _dir(self, path: str) -> bool:
        if not path or path in self._dirs:
            return True
        return self._context is not None and path.startswith("../") and self._context.context_dir(path)

    def is_dir(self, path: str) -> bool:
        """A folder of the tree (one holding a file at some depth)."""
        return bool(path) and self._dir(path)

    def client_only(self, path: str) -> bool:
        """Only ever runs in the browser (see `client_only_modules`). Answered only for trees that
        hold every file (the App's pull-request tree fetches files on demand: its importers are
        unknown, and the answer is False)."""
        if not isinstance(self.tree, DiskTree | MemoryTree) or path.startswith("../"):
            return False  # (a workspace context file: its importers outside the root are unknown)
        if self._client_only is None:
            # one answer per tree, not per batch: each batch builds its own index over the same tree
            self._client_only = tree_fact(self.tree, "client_only", lambda: client_only_modules(self))
        return path in self._client_only

    def never_built(self, path: str) -> bool:
        """Never compiled into the app (see `never_built_modules`). Answered only for trees that hold
        every file, as `client_only`."""
        if not isinstance(self.tree, DiskTree | MemoryTree) or path.startswith("../"):
            return False
        if self._never_built is None:
            self._never_built = tree_fact(self.tree, "never_built", lambda: never_built_modules(self))
        return path in self._never_built

    def tsconfig_excludes(self, cfg_path: str) -> tuple[str, ...]:
        """The `exclude` entries of one config file (its own, not inherited), as regexes over tree paths."""
        raw = self.tree.read(cfg_path)
        if raw is None:
            return ()
        try:
            data = _loads_jsonc(raw.decode("utf-8", "replace"))
        except ValueError:
            return ()
        entries = data.get("exclude") if isinstance(data, dict) else None
        if not isinstance(entries, list):
            return ()
        cfg_dir = posixpath.dirname(cfg_path)
        out = []
        for e in entries:
            if not isinstance(e, str) or not e.strip() or e.startswith(".."):
                continue
            rel = posixpath.normpath(posixpath.join(cfg_dir, e.strip())).strip("/")
            if rel in (".", "") or "node_modules" in rel:
                continue
            out.append(_exclude_regex(rel))
        return tuple(out)

    def exists(self, path: str) -> bool:
        return path in self._paths

    @property
    def paths(self) -> Iterable[str]:
        return self._paths

    def tsconfig_for(self, path: str) -> TsConfig | None:
        """The nearest tsconfig.json/jsconfig.json above ``path`` (nearest wins)."""
        d = posixpath.dirname(path)
        seen: list[str] = []
        while True:
            if d in self._configs:
                found = self._configs[d]
                break
            seen.append(d)
            found = None
            for name in CONFIG_NAMES:
                cand = posixpath.join(d, name) if d else name
                if self._file(cand):
                    found = self._load_config(cand, 0)
                    break
            # (a context file's folders end at the workspace's top, `../..`: never the root's own)
            if found is not None or not d or all(part == ".." for part in d.split("/")):
                break
            d = posixpath.dirname(d)
        for s in seen:
            self._configs[s] = found
        return found

    def _load_config(self, cfg_path: str, depth: int) -> TsConfig | None:
        raw = self.tree.read(cfg_path)
        if raw is None or depth > 5:
            return None
        try:
            data = _loads_jsonc(raw.decode("utf-8", "replace"))
        except ValueError:
            return None
        if not isinstance(data, dict):
            return None
        cfg_dir = posixpath.dirname(cfg_path)
        parent: TsConfig | None = None
        ext = data.get("extends")
        # TS 5 allows a list; later entries override earlier ones.
        for spec in ext if isinstance(ext, list) else [ext]:
            target = self._extends_target(spec, cfg_dir) if isinstance(spec, str) else None
            loaded = self._load_config(target, depth + 1) if target else None
            if loaded is not None:
                parent = _overlay(parent, loaded)
        opts = data.get("compilerOptions")
        opts = opts if isinstance(opts, dict) else {}
        base_url = opts.get("baseUrl")
        paths = opts.get("paths")
        base_dir = posixpath.normpath(posixpath.join(cfg_dir, base_url)) if isinstance(base_url, str) else None
        if base_dir == ".":
            base_dir = ""
        if isinstance(paths, dict):
            parsed = tuple(
                (str(k), tuple(str(x) for x in v if isinstance(x, str)))
                for k, v in paths.items()
                if isinstance(v, list)
            )
            # `paths` without a `baseUrl` of its own resolve against an inherited `baseUrl`, else this folder.
            if base_dir is None and parent is not None and parent.base_url:
                base_dir_for_paths = parent.base_dir
            else:
                base_dir_for_paths = base_dir if base_dir is not None else cfg_dir
            return TsConfig(
                cfg_path,
                base_dir_for_paths,
                parsed,
                base_dir is not None or (parent is not None and parent.base_url),
            )
        if parent is not None:
            return TsConfig(
                cfg_path,
                base_dir if base_dir is not None else parent.base_dir,
                parent.paths,
                base_dir is not None or parent.base_url,
            )
        return TsConfig(cfg_path, base_dir if base_dir is not None else cfg_dir, (), base_dir is not None)

    def _extends_target(self, spec: str, cfg_dir: str) -> str | None:
        """The config file an `extends` entry names: a relative path, or a file of a workspace package
        (`@repo/typescript-config/nextjs.json`, or the package's own `tsconfig.json`)."""
        if spec.startswith("."):
            target = posixpath.normpath(posixpath.join(cfg_dir, spec))
        else:
            packages = self._workspace_packages()
            name = next((n for n in packages if spec == n or spec.startswith(n + "/")), None)
            if name is None:
                return None  # a published preset (`@tsconfig/next`): no aliases of this project
            sub = spec[len(name) :].lstrip("/") or "tsconfig.json"
            target = posixpath.normpath(posixpath.join(packages[name][0], sub))
        return target if target.endswith(".json") else target + ".json"

    def _probe(self, base: str) -> str | None:
        base = posixpath.normpath(base)
        if base.startswith("../") or base == "..":
            # outside the root: a file of the workspace context (an app scanned alone), else unknown
            outside = self._context.context_path(base) if self._context is not None else None
            if outside is None:
                return None
            base = outside
        if base == ".":
            base = ""
        if self._file(base) and base.endswith(RESOLVE_SUFFIXES):
            return base
        # `./x.js` written for a `x.ts` source (ESM style)
        stem, dot, ext = base.rpartition(".")
        if dot and "." + ext in (".js", ".jsx", ".mjs", ".cjs"):
            for suf in (".ts", ".tsx", ".mts", ".cts"):
                if self._file(stem + suf):
                    return stem + suf
        for suf in RESOLVE_SUFFIXES:
            if self._file(base + suf):
                return base + suf
        if self._dir(base):
            for suf in RESOLVE_SUFFIXES:
                cand = posixpath.join(base, "index" + suf) if base else "index" + suf
                if self._file(cand):
                    return cand
        return None

    def resolve(self, spec: str, from_path: str) -> str | None:
        """The project file an import specifier names, or None (a package, or unknown)."""
        return self.resolve_in(spec, posixpath.dirname(from_path))

    def resolve_in(self, spec: str, folder: str) -> str | None:
        """`resolve` from a file of ``folder`` (its callers resolving many imports of one file work the
        folder out once)."""
        key = (spec, folder)
        if key in self._resolved:
            return self._resolved[key]
        found = self._resolved[key] = self._resolve(spec, folder)
        return found

    def _resolve(self, spec: str, folder: str) -> str | None:
        if spec.startswith("."):
            return self._probe(posixpath.join(folder, spec))
        # (`tsconfig_for` reads only the folder of the path it is given)
        cfg = self.tsconfig_for(posixpath.join(folder, "_"))
        if cfg is not None:
            for pattern, targets in cfg.paths:
                star = pattern.find("*")
                if star == -1:
                    if spec != pattern:
                        continue
                    captured = ""
                else:
                    prefix, suffix = pattern[:star], pattern[star + 1 :]
                    if not (spec.startswith(prefix) and spec.endswith(suffix) and len(spec) >= len(prefix + suffix)):
                        continue
                    captured = spec[len(prefix) : len(spec) - len(suffix)]
                for target in targets:
                    found = self._probe(posixpath.join(cfg.base_dir, target.replace("*", captured)))
                    if found:
                        return found
            # (`"baseUrl": "."` at the root: `src/lib/auth` from the tree's top, an empty base_dir)
            if cfg.base_url or cfg.base_dir or any(True for _ in cfg.paths):
                found = self._probe(posixpath.join(cfg.base_dir, spec))
                if found:
                    return found
        if spec.startswith(("@/", "~/")) and not folder.startswith(".."):
            # Next.js' default alias when no config says otherwise: `@/x` -> `./x` or `./src/x`.
            rest = spec[2:]
            for prefix in ("", "src/"):
                found = self._probe(prefix + rest)
                if found:
                    return found
        return None

    def _workspace_packages(self) -> dict[str, tuple[str, dict[str, object]]]:
        """Package name -> (folder, package.json) of the tree's packages, then of the packages of
        its workspace context (an app scanned alone sees the monorepo's others)."""
        if self._packages is None and self._shared_packages:
            self._packages = self._shared_packages[0]  # (read by another batch's index of the tree)
        if self._packages is None:
            self._packages = {}
            self._shared_packages.append(self._packages)
            manifests = sorted(p for p in self._paths if posixpath.basename(p) == "package.json")
            if self._context is not None:
                manifests.extend(self._context.workspace_manifests())
            for p in manifests:
                raw = self.tree.read(p)
                try:
                    data = json.loads(raw.decode("utf-8", "replace")) if raw else None
                except ValueError:
                    continue
                if isinstance(data, dict) and isinstance(data.get("name"), str):
                    self._packages.setdefault(data["name"], (posixpath.dirname(p), data))
        return self._packages

    def resolve_package(self, spec: str) -> str | None:
        """The source file a workspace package import names (`@acme/shared`, `@acme/shared/src/server`
        in a monorepo): the package.json `exports`/`types`/`main` target mapped back from its build
        folder to the source, else the subpath probed in the package folder and its `src/`.
        Not part of `resolve` (which stays the project's own paths and aliases): `Program.imported_module`
        falls back to it, so function summaries, entry points and constants see through the packages
        of the scanned tree (a scan of one app folder has no package.json of the others: unknown)."""
        if spec in self._packages_resolved:
            return self._packages_resolved[spec]
        found = self._packages_resolved[spec] = self._resolve_package(spec)
        return found

    def _resolve_package(self, spec: str) -> str | None:
        if spec.startswith((".", "/")):
            return None
        packages = self._workspace_packages()
        name = next((n for n in packages if spec == n or spec.startswith(n + "/")), None)
        if name is None:
            return None
        pkg_dir, data = packages[name]
        sub = spec[len(name) :].lstrip("/")
        targets: list[str] = []
        exports = data.get("exports")
        entry = exports.get("./" + sub if sub else ".") if isinstance(exports, dict) else None
        if entry is None and not sub and isinstance(exports, str):
            entry = exports
        targets.extend(_export_targets(entry))
        if not sub:
            targets.extend(str(data[k]) for k in ("types", "module", "main") if isinstance(data.get(k), str))
        for target in targets:
            target = target.removeprefix("./")
            built = [target.removeprefix(out + "/") for out in _BUILD_DIRS if target.startswith(out + "/")]
            for cand in (target, *built):
                for stem in (cand, cand.removesuffix(".d.ts")):
                    found = self._probe(posixpath.join(pkg_dir, stem))
                    if found and not found.endswith(".d.ts"):
                        return found
        for base in (sub, posixpath.join("src", sub) if sub else "src"):
            found = self._probe(posixpath.join(pkg_dir, base) if base else pkg_dir)
            if found:
                return found
        return None


_BUILD_DIRS = ("dist", "build", "lib", "out")


def _export_targets(entry: object, depth: int = 0) -> list[str]:
    """The file paths of one package.json `exports` entry (a string, or conditions such as
    `{"types": ..., "import": ...}`, possibly nested)."""
    if isinstance(entry, str):
        return [entry]
    if isinstance(entry, dict) and depth < 4:
        return [t for v in entry.values() for t in _export_targets(v, depth + 1)]
    return []


def resolve_import(index: ProjectIndex, spec: str, from_path: str) -> str | None:
    """The project file an import names, as the analysis follows it: a project path first, then a
    workspace package of the monorepo (so the App prefetches the package code the summaries read)."""
    return index.resolve(spec, from_path) or index.resolve_package(spec)


# Next.js serves `<app>/public/` verbatim as static files: nothing in it runs on the server.
_NEXT_CONFIG = re.compile(r"(^|/)next\.config\.(js|mjs|cjs|ts|mts)$")


def next_public_dirs(paths: Iterable[str]) -> frozenset[str]:
    """The `public/` folders of the Next.js apps of a tree: the `public` folder beside a
    `next.config.*` (`apps/web/public` next to `apps/web/next.config.mjs`). A `public` folder
    elsewhere (a package's `src/public/api.ts`) is ordinary source."""
    return frozenset(posixpath.join(posixpath.dirname(p), "public") for p in paths if _NEXT_CONFIG.search(p))


def in_dirs(path: str, dirs: frozenset[str]) -> bool:
    """``path`` lies inside one of ``dirs`` (at any depth)."""
    d = posixpath.dirname(path)
    while True:
        if d in dirs:
            return True
        if not d:
            return False
        d = posixpath.dirname(d)


_DIRECTIVE = re.compile(rb"""^\s*+(?>(?://[^\n]*+|/\*.*?\*/)\s*+)*+['"](use client|use server)['"]""", re.S)
# Importers that never ship: tests, stories, mocks
_NOT_SHIPPED = re.compile(r"(^|/)(__tests__|__mocks__|tests?|e2e)/|\.(test|spec|stories)\.[cm]?[jt]sx?$")
# Files Next.js itself loads on the server, whoever else imports them
# (under `app/` only the convention files are loaded by the framework: a colocated `_components/utils.ts`
# is a plain module; every file under `pages/` is a page or an API route)
_NEXT_CONVENTION = re.compile(
    r"(^|/)pages/|(^|/)(middleware|proxy|instrumentation|page|layout|template|route|default|loading|error|"
    r"global-error|not-found|forbidden|unauthorized|opengraph-image|twitter-image|icon|apple-icon|sitemap|robots|"
    r"manifest)\.[cm]?[jt]sx?$"
)

# A pages-router page (UI rendered on both sides): under `pages/`, neither an API route nor `_document`
_PAGES_UI = re.compile(r"(^|/)pages/(?!api/)(?!_document\.)(?![^\n]*(^|/)route\.)[^\n]*\.[cm]?[jt]sx?$")
_COMPONENT = (".tsx", ".jsx")
_CLIENT_HOOK = re.compile(
    rb"\buse(State|Effect|LayoutEffect|Reducer|Ref|Transition|ActionState|FormState|FormStatus|Optimistic|Router|"
    rb"SearchParams|Pathname)\s*[(<]"
)


def import_graph(index: ProjectIndex) -> tuple[dict[str, set[str]], dict[str, bytes]]:
    """(file -> the shipped files importing it, file -> its "use client"/"use server" directive),
    read once per tree from every source file (tests, stories and mocks do not count as importers:
    they never ship). Only whole trees are read (see `client_only_modules`)."""
    return tree_fact(index.tree, "import_graph", lambda: _read_import_graph(index))


def _read_import_graph(index: ProjectIndex) -> tuple[dict[str, set[str]], dict[str, bytes]]:
    importers: dict[str, set[str]] = {}
    marked: dict[str, bytes] = {}
    for p in index.paths:
        if not is_source_path(p) or _NOT_SHIPPED.search(p):
            continue
        data = read_once(index.tree, p)
        if data is None:
            continue
        m = _DIRECTIVE.match(data)
        if m:
            marked[p] = m.group(1)
        elif p.endswith((".tsx", ".jsx")) and not _NEXT_CONVENTION.search(p) and _CLIENT_HOOK.search(data):
            marked[p] = b"hooks"  # a component calling client-only hooks: browser code without a directive
        folder = posixpath.dirname(p)
        for spec in import_specifiers(data):
            target = index.resolve_in(spec, folder) or index.resolve_package(spec)
            if target is not None and target != p:
                importers.setdefault(target, set()).add(p)
    return importers, marked


def _exclude_regex(pattern: str) -> str:
    """A tsconfig `exclude` glob (`deprecated`, `src/**/*.test.ts`, `scripts/*`) as a regex matching the
    paths it excludes: the entry itself, and everything inside it when it names a folder."""
    out = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:[^/]+/)*")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return "^" + "".join(out) + "(?:/.*)?$"


def never_built_modules(index: ProjectIndex) -> frozenset[str]:
    """Files Next.js never compiles: excluded by the `exclude` list of their nearest tsconfig/jsconfig
    (a `deprecated/` or `legacy/` folder kept in the repo), outside the app's routing folders (`app/`,
    `src/app/`, `pages/`, `src/pages/` beside that config: the framework builds those by their place,
    whatever the config says), and imported by no file that is built (a shipped module importing an
    excluded one bundles it all the same). Tests, stories and mocks do not count as importers."""
    excluded: set[str] = set()
    patterns: dict[str, list[re.Pattern[str]]] = {}
    for p in index.paths:
        if not is_source_path(p):
            continue
        cfg = index.tsconfig_for(p)
        if cfg is None:
            continue
        if cfg.path not in patterns:
            patterns[cfg.path] = [re.compile(x) for x in index.tsconfig_excludes(cfg.path)]
        if not patterns[cfg.path] or not any(r.match(p) for r in patterns[cfg.path]):
            continue
        top = posixpath.dirname(cfg.path)
        rel = p[len(top) + 1 :] if top else p
        if rel.startswith(("app/", "src/app/", "pages/", "src/pages/")) or "/" not in rel:
            continue  # (a routing folder, or a file beside the config: `middleware.ts`, `instrumentation.ts`)
        excluded.add(p)
    if not excluded:
        return frozenset()
    importers, _marked = import_graph(index)
    # Greatest fixpoint: an excluded file stays dead while every importer is dead too
    dead = set(excluded)
    changed = True
    while changed:
        changed = False
        for p in list(dead):
            if not importers.get(p, set()) <= dead:
                dead.discard(p)
                changed = True
    return frozenset(dead)


def client_only_modules(index: ProjectIndex) -> frozenset[str]:
    """Modules that only ever run in the browser: marked "use client", or unmarked modules every
    shipped importer of which is client-only (a form helper imported only by client components
    is bundled only for the browser). At least one importer is needed: a module nobody imports
    (a script, an entry the framework loads) is not known to be client code. Built from every
    source file of the tree, so an importer missing from the tree would mislead it: callers ask
    only of trees that hold all files (a folder on disk, a map in memory)."""
    importers, marked = import_graph(index)
    client = {p for p, d in marked.items() if d != b"use server"}
    candidates = {p for p in importers if p not in marked and p not in client and not _NEXT_CONVENTION.search(p)}
    # Pages-router pages (not API routes, not `_document`) render UI: a component module (`.tsx`/`.jsx`)
    # they import is UI code too, not server code. A plain `.ts` module they import may serve their
    # `getServerSideProps`, so pages count as browser importers of component modules only.
    pages_ui = {q for s in importers.values() for q in s if _PAGES_UI.search(q)}
    # Greatest fixpoint: drop a candidate while some importer is neither client code nor a candidate
    # still standing, so a cycle of unmarked modules (MobX stores importing each other) imported only
    # from client code is client code too; one server importer anywhere keeps the whole cycle server.
    imports: dict[str, set[str]] = {}
    for target, sources in importers.items():
        for source in sources:
            imports.setdefault(source, set()).add(target)
    standing = set(candidates)
    # (a worklist: dropping a module re-examines only the modules it imports)
    allowed = client | standing  # (one union, not one per module)
    allowed_ui = allowed | pages_ui
    queue = [p for p in standing if not importers[p] <= (allowed_ui if p.endswith(_COMPONENT) else allowed)]
    while queue:
        p = queue.pop()
        if p not in standing:
            continue
        standing.discard(p)
        queue.extend(q for q in imports.get(p, ()) if q in standing)
    # ... and only what client code actually reaches (an isolated cycle nobody ships stays server)
    frontier = [p for p in standing if importers[p] & client or (p.endswith(_COMPONENT) and importers[p] & pages_ui)]
    while frontier:
        p = frontier.pop()
        if p in client:
            continue
        client.add(p)
        frontier.extend(q for q in imports.get(p, ()) if q in standing and q not in client)
    return frozenset(client)
