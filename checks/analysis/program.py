"""All modules of one scan: lazy parsing, a module cache and cross-file symbol lookup."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from tree_sitter import Node

from checks.analysis import syntax as sx
from checks.analysis import vocabulary as vocab
from checks.analysis.calls import classify_db
from checks.analysis.module import AdaptedMiddleware, Function, Module, index_module
from checks.config import Config
from checks.model import Diagnostic
from checks.parsing import first_error, parse, register
from checks.project import ProjectIndex
from checks.sources import DiskTree, MemoryTree, SourceTree, is_source_path, read_once, tree_fact

# specifiers that already read as the project's (or a scoped workspace package's) by their spelling
_PROJECT_PREFIXES = (".", "@", "~", "#", "/")


# Source bytes of the modules a scan keeps from one engine batch for the next (`KeptModules`).
KEEP_BYTES = 2_000_000


class KeptModules:
    """Modules parsed and indexed in an earlier batch of a scan, for its later batches: the modules a
    batch's files import (auth helpers, the data layer) are mostly imported by the next batch's files too,
    and kept they are not parsed and indexed again. Only their parse and index are kept: their Function
    objects are dropped with each batch (`Module.release`), so that each batch works out its own
    summaries (but the settled ones without nodes the engine hands on: `Analyzer.portable_summaries`),
    and what a batch finds never depends on what an earlier one asked. The most
    recently imported first, up to ``KEEP_BYTES`` of their sources."""

    def __init__(self) -> None:
        self.modules: dict[str, tuple[Module, list[Diagnostic]]] = {}  # oldest first
        self.size = 0

    def keep(self, mod: Module, found: list[Diagnostic]) -> None:
        old = self.modules.pop(mod.path, None)
        if old is not None:
            self.size -= len(old[0].src)
        self.modules[mod.path] = (mod, found)
        self.size += len(mod.src)
        while self.size > KEEP_BYTES and self.modules:
            oldest = next(iter(self.modules))
            self.size -= len(self.modules.pop(oldest)[0].src)


@dataclass(eq=False)
class Program:
    tree: SourceTree
    config: Config
    index: ProjectIndex = field(init=False)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    _modules: dict[str, Module | None] = field(default_factory=dict)
    _functions: dict[tuple[str, str], Function | None] = field(default_factory=dict)
    # (module, callee) -> what calling it is in Genkit's terms (`genkit_call`), asked once per pair
    _genkit: dict[tuple[str, str], str | None] = field(default_factory=dict)
    # (module, receiver) -> is it Firebase Admin's auth client (`firebase_admin_auth`)
    _firebase_auth: dict[tuple[str, str], bool] = field(default_factory=dict)
    # `resolve_export` answers by (module, name, packages): a barrel's `export *` list is searched once per name
    _exports: dict[tuple[str, str, bool], tuple[Module, Node] | None] = field(default_factory=dict)
    # defining module path -> (method, where the declaration is, route file) re-exported by route
    # files, and operation module path -> (action module, where the exported wrapper call is, argument
    # index) that expose its operations: `entry_points`' tables, worked out once per source tree
    # (`tree_fact`) and kept here too, for a tree that cannot be weakly referenced. Nodes are named by
    # their child indices from the root: a batch finds them again in its own parse of the module.
    route_reexports: dict[str, list[tuple[str, tuple[int, ...], str]]] | None = None
    operation_exports: dict[str, list[tuple[str, tuple[int, ...], int]]] | None = None
    # per-program memos of the rules, by name (for the same reason an attribute: `sql_injection` keeps
    # its cross-file constant tables and helper verdicts here, living and dying with the program)
    memos: dict[str, object] = field(default_factory=dict)
    # source bytes parsed so far: what the engine bounds a project model by (its trees and the
    # analysis kept of them grow with it)
    parsed_bytes: int = 0
    # what parsing a file found wrong, for a file first parsed as another's import and only then
    # analysed itself (`module(path, report=True)`): reported then, as if parsed for itself
    _unreported: dict[str, list[Diagnostic]] = field(default_factory=dict)
    # modules kept across the batches of a scan of a tree on disk, and what parsing each found wrong
    _kept: KeptModules | None = None
    _found: dict[str, list[Diagnostic]] = field(default_factory=dict)
    # modules asked for as another file's import (not as a target of the scan): offered to `_kept`
    _imported: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.index = ProjectIndex(self.tree)
        if isinstance(self.tree, DiskTree | MemoryTree):  # (another tree, the App's, may learn of files)
            self._kept = tree_fact(self.tree, "kept_modules", KeptModules)

    def release(self) -> None:
        """The end of the project model's scan: break the reference cycles of its modules
        (`Module.release`), so that they are freed as soon as the model is. The modules other files
        imported are kept for the scan's next batch (`KeptModules`)."""
        for mod in self._modules.values():
            if mod is not None:
                mod.release()
        kept = self._kept
        if kept is not None:
            for path in self._imported:
                mod = self._modules.get(path)
                if mod is not None:
                    kept.keep(mod, self._found.get(path, []))

    def _kept_module(self, path: str, data: bytes | None) -> tuple[Module, list[Diagnostic]] | None:
        kept = self._kept.modules.get(path) if self._kept is not None else None
        if kept is None or len(kept[0].src) > self.config.max_file_size:
            return None
        if data is not None and data is not kept[0].src and data != kept[0].src:
            return None
        return kept

    def module(self, path: str, report: bool = False, data: bytes | None = None) -> Module | None:
        """Parse and index a file once. ``report``: record diagnostics (target files only);
        ``data``: the file's bytes when the caller has read them already."""
        if not report:
            self._imported.add(path)
        if path in self._modules:
            if report:
                self.diagnostics.extend(self._unreported.pop(path, ()))
            return self._modules[path]
        mod: Module | None = None
        found: list[Diagnostic] = []
        kept = self._kept_module(path, data) if self._kept is not None else None
        if kept is not None:
            mod, found = kept[0], list(kept[1])
            register(mod.parsed)  # (a node of it is then found in its file, as if parsed in this batch)
            self.parsed_bytes += len(mod.src)  # (batches end where they did)
            self._found[path] = found
        elif is_source_path(path):
            if data is None:
                data = read_once(self.tree, path)
            if data is None:
                found.append(Diagnostic(path, "unreadable", "file could not be read"))
            elif len(data) > self.config.max_file_size:
                found.append(
                    Diagnostic(
                        path,
                        "too-large",
                        f"skipped: {len(data):,} bytes is over the {self.config.max_file_size:,}-byte limit",
                    )
                )
            elif b"\0" in data[:8192]:
                found.append(Diagnostic(path, "unreadable", "skipped: binary content"))
            else:
                parsed = parse(path, data)
                self.parsed_bytes += len(data)
                if parsed.has_error:
                    where = first_error(parsed)
                    found.append(
                        Diagnostic(
                            path,
                            "parse-error",
                            "syntax errors: analysed where the tree allows",
                            where[0] if where else None,
                        )
                    )
                mod = index_module(parsed)
                self._mark_project_imports(mod)
                self._found[path] = list(found)
        if report:
            self.diagnostics.extend(found)
        elif found:
            self._unreported[path] = found
        self._modules[path] = mod
        return mod

    def _mark_project_imports(self, mod: Module) -> None:
        """Mark the imports whose bare specifier names a file of the project (`ImportBinding.project`),
        so that the checks telling a package's names from the project's own by the specifier's
        spelling (`@/`, `./`) see them as the project's."""
        for name, binding in mod.imports.items():
            if not binding.spec.startswith(_PROJECT_PREFIXES) and self.index.resolve(binding.spec, mod.path):
                mod.imports[name] = replace(binding, project=True)

    def imported_module(self, mod: Module, spec: str, packages: bool = True) -> Module | None:
        """``packages``: also follow imports of the monorepo's own workspace packages present in the
        scanned tree (the default since pass 18: a root scan sees the session checks, form-field
        checks and writes of `packages/*`; `packages=False` asks for the project's own paths only)."""
        target = self.index.resolve(spec, mod.path)
        if target is None and packages:
            target = self.index.resolve_package(spec)
        return self.module(target) if target else None

    def resolve_value(
        self, mod: Module, name: str, depth: int = 0, packages: bool = True
    ) -> tuple[Module, Node] | None:
        """The declaration behind a local name, following imports and re-exports across files
        (``packages``: and into the monorepo's workspace packages)."""
        if depth > 8:
            return None
        value = mod.values.get(name)
        if value is not None:
            return (mod, value)
        binding = mod.imports.get(name)
        if binding is None:
            # `dbActions.createChat` with `import * as dbActions from "@/lib/db/actions"`
            head, dot, member = name.partition(".")
            if not dot or "." in member:
                return None
            ns = self.namespace_module(mod, head, depth + 1, packages)
            return self.resolve_export(ns, member, depth + 1, packages) if ns is not None else None
        if binding.imported == "*":
            return None
        target = self.imported_module(mod, binding.spec, packages)
        if target is None:
            return None
        return self.resolve_export(target, binding.imported, depth + 1, packages)

    def namespace_module(self, mod: Module, name: str, depth: int = 0, packages: bool = True) -> Module | None:
        """The module a local name stands for as a whole: `import * as ns from "./x"`, or a name
        imported from a module that re-exports one (`export * as ns from "./x"`)."""
        binding = mod.imports.get(name)
        if binding is None or depth > 8:
            return None
        target = self.imported_module(mod, binding.spec, packages)
        if target is None or binding.imported == "*":
            return target
        return self._exported_namespace(target, binding.imported, depth + 1, packages)

    def _exported_namespace(self, mod: Module, name: str, depth: int, packages: bool) -> Module | None:
        if depth > 8:
            return None
        exported = mod.exports.get(name)
        if isinstance(exported, str):  # `import * as ns from "./x"; export { ns }`
            return self.namespace_module(mod, exported, depth + 1, packages)
        if exported is not None:
            return None
        if name in mod.reexports:
            spec, imported = mod.reexports[name]
            target = self.imported_module(mod, spec, packages)
            if target is None or imported == "*":
                return target
            return self._exported_namespace(target, imported, depth + 1, packages)
        for spec in mod.star_reexports:
            target = self.imported_module(mod, spec, packages)
            found = self._exported_namespace(target, name, depth + 1, packages) if target is not None else None
            if found is not None:
                return found
        return None

    def resolve_export(
        self, mod: Module, name: str, depth: int = 0, packages: bool = True
    ) -> tuple[Module, Node] | None:
        """The declaration ``mod`` exports as ``name``. Memoised: workspace packages' barrels re-export
        whole folders (`export * from "./x"`), and every import of them walks that list. A miss is kept only
        when found with the whole depth budget (a deeper call may have stopped short)."""
        if depth > 8:
            return None
        key = (mod.path, name, packages)
        if key in self._exports:
            return self._exports[key]
        found = self._resolve_export(mod, name, depth, packages)
        if found is not None or depth == 0:
            self._exports[key] = found
        return found

    def _resolve_export(self, mod: Module, name: str, depth: int, packages: bool) -> tuple[Module, Node] | None:
        exported = mod.exports.get(name)
        if isinstance(exported, str):
            return self.resolve_value(mod, exported, depth + 1, packages)
        if exported is not None:
            return (mod, exported)
        if name in mod.reexports:
            spec, imported = mod.reexports[name]
            if imported == "*":  # `export * as ns from "./x"`: a module object, not a declaration
                return None
            target = self.imported_module(mod, spec, packages)
            return self.resolve_export(target, imported, depth + 1, packages) if target else None
        for spec in mod.star_reexports:
            target = self.imported_module(mod, spec, packages)
            if target is not None:
                found = self.resolve_export(target, name, depth + 1, packages)
                if found:
                    return found
        return None

    def resolve_function(self, mod: Module, name: str) -> Function | None:
        """A project function called by ``name`` in ``mod`` (local or imported). Memoised: the
        flow walk asks once per call, and modules do not change during a scan."""
        key = (mod.path, name)
        if key in self._functions:
            return self._functions[key]
        fn = self._functions[key] = self._resolve_function(mod, name)
        return fn

    def _resolve_function(self, mod: Module, name: str) -> Function | None:
        found = self.resolve_value(mod, name)
        if found is None:
            return self._destructured_product(mod, name)
        owner, declared = found
        node = sx.strip_types(declared)
        if node is None:
            return None
        if sx.is_function(node):
            return owner.function_for(node, name if owner is mod else None)
        # `export const requireUser = cache(async () => {...})` (React cache / unstable_cache)
        if node.type == "call_expression":
            callee = sx.last_name(sx.callee_name(owner.src, node))
            if callee in ("cache", "unstable_cache", "memoize"):
                args = sx.call_args(node)
                inner = sx.strip_types(args[0]) if args else None
                if inner is not None and sx.is_function(inner):
                    return owner.function_for(inner, name)
                if inner is not None and inner.type == "identifier":
                    # `const cachedGetUser = cache(getUser)`: the function declared under that name
                    wrapped = self.resolve_value(owner, sx.text(owner.src, inner))
                    value = sx.strip_types(wrapped[1]) if wrapped is not None else None
                    if wrapped is not None and value is not None and sx.is_function(value):
                        return wrapped[0].function_for(value, sx.text(owner.src, inner))
            if self.genkit_call(owner, sx.callee_name(owner.src, node)) == "flow":
                # `const titleFlow = ai.defineFlow({ name, inputSchema }, async (input) => ...)`: calling the
                # flow runs the function it was given
                for arg in reversed(sx.call_args(node)):
                    fn = sx.strip_types(arg)
                    if fn is not None and sx.is_function(fn):
                        return owner.function_for(fn, name)
            made = self._schema_validator_made(owner, node)
            if made is not None:
                return made
            plain = _plain_zsa_handler(owner, node)
            if plain is not None:
                return plain
            return self._adapted_middleware(owner, node, name)
        return None

    def genkit_call(self, mod: Module, callee: str) -> str | None:
        """What a call of ``callee`` in ``mod`` is in Genkit: "model" (`ai.generate(...)` on the instance
        `genkit(...)` made, also in another file; or a prompt `ai.definePrompt(...)` made, called), "flow"
        (`ai.defineFlow(config, fn)`) or "prompt" (`ai.definePrompt(...)`), by the package it comes from;
        else None."""
        if not callee or callee.count(".") > 1:
            return None
        key = (mod.path, callee)
        if key not in self._genkit:
            self._genkit[key] = self._genkit_call(mod, callee)
        return self._genkit[key]

    def _genkit_call(self, mod: Module, callee: str) -> str | None:
        root, dot, method = callee.partition(".")
        if dot:
            role = vocab.GENKIT_METHODS.get(method)
            return role if role is not None and self._genkit_instance(mod, root) else None
        binding = mod.imports.get(callee)
        if binding is not None and not binding.project and (binding.spec, binding.imported) in vocab.GENKIT_LEGACY:
            return vocab.GENKIT_LEGACY[(binding.spec, binding.imported)]
        # `const titlePrompt = ai.definePrompt({...})`, then `await titlePrompt(input)`: the model asked
        found = self.resolve_value(mod, callee)
        value = sx.unwrap(found[1]) if found is not None else None
        if found is None or value is None or value.type != "call_expression":
            return None
        made = self.genkit_call(found[0], sx.callee_name(found[0].src, value))
        return "model" if made == "prompt" else None

    def _genkit_instance(self, mod: Module, name: str) -> bool:
        """`ai` of `export const ai = genkit({ plugins: [googleAI()] })`, `genkit` imported from its package."""
        found = self.resolve_value(mod, name)
        value = sx.unwrap(found[1]) if found is not None else None
        if found is None or value is None or value.type != "call_expression":
            return False
        head = sx.strip_types(value.child_by_field_name("function"))
        binding = found[0].imports.get(sx.text(found[0].src, head)) if head is not None else None
        return (
            head is not None
            and head.type == "identifier"
            and binding is not None
            and binding.spec in vocab.GENKIT_IMPORTS
            and binding.imported == "genkit"
        )

    def firebase_admin_auth(self, mod: Module, receiver: str) -> bool:
        """Is ``receiver`` (of `<receiver>.verifyIdToken(...)`) Firebase Admin's auth client: `getAuth()`
        of `firebase-admin/auth`, `admin.auth()` of `firebase-admin`, or a name bound to one of those
        (`export const adminAuth = getAuth(app)` in another file)?"""
        key = (mod.path, receiver)
        known = self._firebase_auth.get(key)
        if known is None:
            known = self._firebase_auth[key] = self._firebase_admin_auth(mod, receiver)
        return known

    def _firebase_admin_auth(self, mod: Module, receiver: str) -> bool:
        if receiver.endswith("()"):
            return self._firebase_auth_maker(mod, receiver[:-2])
        if not receiver or "." in receiver or "(" in receiver:
            return False
        found = self.resolve_value(mod, receiver)
        value = sx.unwrap(found[1]) if found is not None else None
        if found is None or value is None or value.type != "call_expression":
            return False
        return self._firebase_auth_maker(found[0], sx.callee_name(found[0].src, value))

    def _firebase_auth_maker(self, mod: Module, maker: str) -> bool:
        """`getAuth` (`firebase-admin/auth`), `admin.auth` / `auth` (`firebase-admin`) as imported in ``mod``."""
        head, dot, member = maker.partition(".")
        binding = mod.imports.get(head)
        if binding is None or binding.project or "." in member:
            return False
        if dot:
            return member == "auth" and binding.spec == "firebase-admin" and binding.imported in ("default", "*")
        return (binding.spec, binding.imported) in vocab.FIREBASE_ADMIN_AUTH_MAKERS

    def _schema_validator_made(self, mod: Module, call: Node) -> Function | None:
        """`export const validateLogin = createValidateFunction(loginSchema)` of a project factory
        answering `(data) => schema.parse(data)`: the validator it returns, a schema parse of what its
        caller hands it (only such one-line parsers: other factories keep their own reading)."""
        head = sx.strip_types(call.child_by_field_name("function"))
        if head is None or head.type != "identifier":
            return None
        factory = self.resolve_function(mod, sx.text(mod.src, head))
        if factory is None or factory.body is None or len(factory.params) != 1:
            return None
        src = factory.module.src
        body = factory.body
        returned: Node | None = body if body.type != "statement_block" else None
        if returned is None:
            stmts = [c for c in body.named_children if c.type != "comment"]
            if len(stmts) != 1 or stmts[0].type != "return_statement" or not stmts[0].named_children:
                return None
            returned = stmts[0].named_children[0]
        inner = sx.strip_types(returned)
        if inner is None or inner.type not in ("arrow_function", "function_expression", "function"):
            return None
        made = factory.module.function_for(inner, None)
        if made is None or len(made.params) != 1 or made.body is None:
            return None
        made_body: Node | None = made.body
        if made_body is not None and made_body.type == "statement_block":
            stmts = [c for c in made_body.named_children if c.type != "comment"]
            if len(stmts) != 1 or stmts[0].type not in ("return_statement", "expression_statement"):
                return None
            made_body = stmts[0].named_children[0] if stmts[0].named_children else None
        parsed = sx.unwrap(made_body)
        if parsed is None or parsed.type != "call_expression":
            return None
        fn = sx.strip_types(parsed.child_by_field_name("function"))
        args = sx.call_args(parsed)
        if (
            fn is None
            or fn.type != "member_expression"
            or sx.text(src, fn.child_by_field_name("object")) != factory.params[0]
            or sx.text(src, fn.child_by_field_name("property")) not in ("parse", "parseAsync")
            or len(args) != 1
            or sx.text(src, args[0]) != made.params[0]
        ):
            return None
        return made

    def dynamic_import_function(self, mod: Module, spec: str, imported: str) -> Function | None:
        """`const { validateSession: validate } = await import("@/lib/session")`: the project function
        the module at ``spec`` exports as ``imported``."""
        target = self.imported_module(mod, spec)
        found = self.resolve_export(target, imported) if target is not None else None
        if found is None:
            return None
        owner, declared = found
        node = sx.strip_types(declared)
        return owner.function_for(node, None) if node is not None and sx.is_function(node) else None

    def _destructured_product(self, mod: Module, name: str) -> Function | None:
        """`export const { signedInUser } = makeSessionUtils(config)` (imported, or re-exported, by
        ``name``): the function the project factory's returned object holds under that key, so a
        session reader built per config summarises like one declared directly."""
        declared = self._destructured(mod, name, 0)
        if declared is None:
            return None
        owner, key, value = declared
        call = sx.strip_types(value)
        if call is not None and call.type == "await_expression" and call.named_children:
            call = sx.strip_types(call.named_children[0])
        if call is None or call.type != "call_expression":
            return None
        factory = self.resolve_function(owner, sx.callee_name(owner.src, call))
        if factory is None or factory.body is None:
            return None
        made = _returned_method(factory, key)
        if made is not None:
            return made
        # `const signedInUser = cache(async () => ...); return { signedInUser }`
        src = factory.module.src
        for ret in sx.find(factory.body, ("return_statement",), into_functions=False):
            obj = sx.strip_types(ret.named_children[0]) if ret.named_children else None
            for member in obj.named_children if obj is not None and obj.type == "object" else ():
                if member.type == "shorthand_property_identifier" and sx.text(src, member) == key:
                    local = sx.strip_types(local_const(src, factory.body, key))
                    return _memoised_function(factory.module, local, key)
        return None

    def _destructured(self, mod: Module, name: str, depth: int) -> tuple[Module, str, Node] | None:
        """The module declaring ``name`` (a local or imported one) by destructuring a call's result,
        the key it reads, and the call."""
        if depth > 8:
            return None
        hit = mod.destructured.get(name)
        if hit is not None:
            return (mod, hit[0], hit[1])
        binding = mod.imports.get(name)
        if binding is None or binding.imported in ("*", "default"):
            return None
        target = self.imported_module(mod, binding.spec)
        return self._exported_destructured(target, binding.imported, depth + 1) if target is not None else None

    def _exported_destructured(self, mod: Module, name: str, depth: int) -> tuple[Module, str, Node] | None:
        if depth > 8:
            return None
        exported = mod.exports.get(name)
        if isinstance(exported, str):
            return self._destructured(mod, exported, depth + 1)
        if exported is not None:
            return None
        if name in mod.reexports:
            spec, imported = mod.reexports[name]
            target = self.imported_module(mod, spec) if imported != "*" else None
            return self._exported_destructured(target, imported, depth + 1) if target is not None else None
        for spec in mod.star_reexports:
            target = self.imported_module(mod, spec)
            found = self._exported_destructured(target, name, depth + 1) if target is not None else None
            if found is not None:
                return found
        return None

    def _adapted_middleware(self, mod: Module, call: Node, name: str) -> AdaptedMiddleware | None:
        """`const validateSession = initMiddleware(check())`, the project adapter returning
        `(req, res) => new Promise((resolve) => middleware(req, res, resolve-ing callback))`: the
        middleware (or the one its factory returns), to be summarised as the adapter runs it."""
        adapter = self.resolve_function(mod, sx.callee_name(mod.src, call))
        slot = _promise_adapter_slot(adapter) if adapter is not None else None
        args = sx.call_args(call)
        if slot is None or slot[0] >= len(args):
            return None
        arg = sx.strip_types(args[slot[0]])
        mw: Function | None = None
        if arg is not None and sx.is_function(arg):
            mw = mod.function_for(arg)
        elif arg is not None and arg.type == "identifier":
            mw = self.resolve_function(mod, sx.text(mod.src, arg))
        elif arg is not None and arg.type == "call_expression":
            # `check()`: the middleware a project factory returns
            factory = self.resolve_function(mod, sx.callee_name(mod.src, arg))
            inner = _returned_function(factory.node) if factory is not None else None
            mw = factory.module.function_for(inner) if factory is not None and inner is not None else None
        if mw is None:
            return None
        return AdaptedMiddleware(mw.module, mw.node, name, mw.name_node, done=slot[1])

    def factory_product(self, mod: Module, call: Node) -> Function | None:
        """`limitAttempts({ max: 5 })`: the function a project factory returns (a middleware made per
        use), to be summarised as the code that runs."""
        factory = self.resolve_function(mod, sx.callee_name(mod.src, call))
        inner = _returned_function(factory.node, factory.module.src) if factory is not None else None
        return factory.module.function_for(inner) if factory is not None and inner is not None else None

    def resolve_static_method(self, mod: Module, cls: str, method: str) -> Function | None:
        """``Cls.method(...)``: a static method (or static arrow field) of a project class,
        local or imported, so its summary applies like a plain project function's."""
        key = (mod.path, f"{cls}::{method}")  # not `cls.method`: a namespace member's key
        if key in self._functions:
            return self._functions[key]
        fn: Function | None = None
        found = self.resolve_value(mod, cls)
        if found is not None and found[1].type in ("class_declaration", "abstract_class_declaration"):
            owner, declared = found
            fn = static_member(owner, declared, method)
        self._functions[key] = fn
        return fn

    def resolve_instance_method(self, mod: Module, cls: str, method: str) -> Function | None:
        """``new Cls().method(...)`` (through a local): a method of a project class, local or imported,
        that an instance of it runs (memoised like a plain function)."""
        key = (mod.path, f"{cls}#{method}")
        if key in self._functions:
            return self._functions[key]
        fn: Function | None = None
        found = self.resolve_value(mod, cls)
        if found is not None and found[1].type in ("class_declaration", "abstract_class_declaration"):
            fn = instance_member(found[0], found[1], method)
        self._functions[key] = fn
        return fn

    def resolve_factory_method(self, mod: Module, obj: str, method: str) -> Function | None:
        """``codes.validateCode(x)`` with ``const codes = createCodeHandler({...})``: the method of
        the object literal the project factory returns (memoised like a plain function)."""
        key = (mod.path, f"{obj}->{method}")
        if key in self._functions:
            return self._functions[key]
        fn: Function | None = None
        found = self.resolve_value(mod, obj)
        value = sx.strip_types(found[1]) if found is not None else None
        if found is not None and value is not None and value.type == "call_expression":
            factory = self.resolve_function(found[0], sx.callee_name(found[0].src, value))
            if factory is not None and factory.body is not None:
                fn = _returned_method(factory, method)
        self._functions[key] = fn
        return fn

    def resolve_object_method(self, mod: Module, obj: str, method: str) -> Function | None:
        """``chatStore.deleteThread(id)`` with ``chatStore`` a project object: an object literal
        (`export const pgChatStore: ChatStore = { deleteThread: async (id) => {...} }`), an instance of a
        project class (`export const chatStore = new PgChatStore()`), or a name for either
        (`export const chatStore = pgChatStore`, the module choosing an implementation): the method's
        function, so its summary (the queries in its body) applies like a plain project function's.
        Memoised like a plain function."""
        key = (mod.path, f"{obj}=>{method}")
        if key in self._functions:
            return self._functions[key]
        fn: Function | None = None
        found = self.resolve_value(mod, obj)
        for _ in range(6):
            if found is None:
                break
            owner, value = found[0], sx.strip_types(found[1])
            if value is not None and value.type == "identifier":
                found = self.resolve_value(owner, sx.text(owner.src, value))
                continue
            if value is not None and value.type == "object":
                fn = _object_method(owner, value, method, obj)
            elif value is not None and value.type == "call_expression" and method in _TASK_STARTS:
                fn = _job_task_run(owner, value, obj)
            elif value is not None and value.type == "new_expression":
                cls = sx.strip_types(value.child_by_field_name("constructor"))
                declared = self.resolve_value(owner, sx.text(owner.src, cls)) if cls is not None else None
                if (
                    declared is not None
                    and cls is not None
                    and cls.type == "identifier"
                    and declared[1].type in ("class_declaration", "abstract_class_declaration")
                ):
                    fn = instance_member(declared[0], declared[1], method)
            break
        self._functions[key] = fn
        return fn

    def is_project_import(self, mod: Module, name: str) -> bool:
        binding = mod.imports.get(name)
        return binding is not None and self.index.resolve(binding.spec, mod.path) is not None

    def package_import(self, mod: Module, name: str) -> bool:
        """``name`` (or the namespace its first part names) is imported from one of the monorepo's
        workspace packages, not from the project's own files by path or alias."""
        binding = mod.imports.get(name.split(".", 1)[0])
        return (
            binding is not None
            and self.index.resolve(binding.spec, mod.path) is None
            and self.index.resolve_package(binding.spec) is not None
        )

    def import_source(self, mod: Module, name: str) -> str | None:
        binding = mod.imports.get(name)
        return binding.spec if binding else None


def static_member(mod: Module, cls: Node, method: str) -> Function | None:
    body = cls.child_by_field_name("body")
    for member in body.named_children if body is not None else ():
        if not any(c.type == "static" for c in member.children):
            continue
        name = member.child_by_field_name("name") or member.child_by_field_name("property")
        if name is None or sx.text(mod.src, name) != method:
            continue
        node = member if member.type == "method_definition" else sx.strip_types(member.child_by_field_name("value"))
        if node is not None and sx.is_function(node):
            return mod.function_for(node, f"{sx.text(mod.src, cls.child_by_field_name('name'))}.{method}", name)
    return None


def instance_member(mod: Module, cls: Node, method: str) -> Function | None:
    """A method (or arrow-function field) of a project class, not a static one: what an instance of
    it runs. Inherited methods are not followed."""
    node = _instance_member_node(mod, cls, method)
    if node is None or (_calls_own_method(mod.src, node) and not _delegates_query(mod, cls, node, 0)):
        return None
    name = node.child_by_field_name("name") if node.type == "method_definition" else None
    if name is None and node.parent is not None:
        name = node.parent.child_by_field_name("name") or node.parent.child_by_field_name("property")
    return mod.function_for(node, f"{sx.text(mod.src, cls.child_by_field_name('name'))}.{method}", name)


def _instance_member_node(mod: Module, cls: Node, method: str) -> Node | None:
    body = cls.child_by_field_name("body")
    for member in body.named_children if body is not None else ():
        if any(c.type == "static" for c in member.children):
            continue
        name = member.child_by_field_name("name") or member.child_by_field_name("property")
        if name is None or sx.text(mod.src, name) != method:
            continue
        node = member if member.type == "method_definition" else sx.strip_types(member.child_by_field_name("value"))
        return node if node is not None and sx.is_function(node) else None
    return None


def _calls_own_method(src: bytes, fn: Node) -> bool:
    """`return this.send("DELETE", path)`: the work is in another method of the instance, which a
    summary of this one does not follow (rules that read such clients whole see it instead), unless
    that work is a query (`_delegates_query`)."""
    for call in sx.find(fn, ("call_expression",)):
        callee = sx.strip_types(call.child_by_field_name("function"))
        member = callee is not None and callee.type == "member_expression"
        obj = callee.child_by_field_name("object") if callee is not None and member else None
        if obj is not None and obj.type == "this":
            return True
    return False


def _delegates_query(mod: Module, cls: Node, fn: Node, depth: int) -> bool:
    """`rename(id, title) { return this.write(id, { title }) }` in a service class: an own method it
    calls (or one that method calls, a few steps down) runs a database query, so the flow follows
    `this.*()` into it. Request helpers (`this.send(...)` to `fetch`) and key builders are not queries."""
    for call in sx.find(fn, ("call_expression",)):
        callee = sx.strip_types(call.child_by_field_name("function"))
        if callee is None or callee.type != "member_expression":
            continue
        obj, prop = callee.child_by_field_name("object"), callee.child_by_field_name("property")
        if obj is None or obj.type != "this" or prop is None:
            continue
        inner = _instance_member_node(mod, cls, sx.text(mod.src, prop))
        if inner is None or inner.start_byte == fn.start_byte:
            continue
        if any(classify_db(mod, c) is not None for c in sx.find(inner, ("call_expression",))):
            return True
        if depth < 2 and _delegates_query(mod, cls, inner, depth + 1):
            return True
    return False


def _object_method(mod: Module, obj: Node, method: str, owner: str) -> Function | None:
    """``{ async deleteThread(id) {...}, renameThread: async (id, t) => ..., removeAll }``: the member
    named ``method`` of an object literal (a shorthand member: the module's function of that name)."""
    for member in obj.named_children:
        if member.type == "shorthand_property_identifier" and sx.text(mod.src, member) == method:
            return mod.local_function(method)
        name = member.child_by_field_name("name") or member.child_by_field_name("key")
        if name is None or name.type not in ("property_identifier", "identifier") or sx.text(mod.src, name) != method:
            continue
        node = member if member.type == "method_definition" else sx.strip_types(member.child_by_field_name("value"))
        if node is not None and sx.is_function(node):
            return mod.function_for(node, f"{owner}.{method}", name)
        if node is not None and node.type == "identifier":
            return mod.local_function(sx.text(mod.src, node))
        return None
    return None


def _plain_zsa_handler(mod: Module, call: Node) -> Function | None:
    """``export const unsubscribe = createServerAction().input(s).handler(async ({ input }) => ...)`` of
    zsa with no procedure: called from server code (`await unsubscribe({ email })`), it runs its handler
    with what it is handed and checks nobody on the way, so the handler is the code that runs (an
    action built on a procedure keeps its own reading: the procedure would run first)."""
    head = sx.strip_types(call.child_by_field_name("function"))
    if (
        head is None
        or head.type != "member_expression"
        or sx.text(mod.src, head.child_by_field_name("property")) != "handler"
    ):
        return None
    args = sx.call_args(call)
    handler = sx.strip_types(args[0]) if len(args) == 1 else None
    if handler is None or not sx.is_function(handler):
        return None
    root: Node | None = head.child_by_field_name("object")
    while root is not None and root.type == "call_expression":
        fn = sx.strip_types(root.child_by_field_name("function"))
        if fn is not None and fn.type == "identifier":
            binding = mod.imports.get(sx.text(mod.src, fn))
            made_by_zsa = binding is not None and binding.spec == "zsa" and binding.imported == "createServerAction"
            return mod.function_for(handler, None) if made_by_zsa and not sx.call_args(root) else None
        root = fn.child_by_field_name("object") if fn is not None and fn.type == "member_expression" else None
    return None


# Trigger.dev: `myTask.trigger(payload)` queues a run of the task's `run(payload)` with the payload as
# handed; the run does the work (with the server's keys) for the caller that started it
_TASK_STARTS = frozenset({"trigger", "triggerAndWait"})
_TASK_FACTORIES = frozenset({"task", "schemaTask"})


def _job_task_run(mod: Module, call: Node, owner: str) -> Function | None:
    """``export const sendInvites = task({ id, run: async (payload) => {...} })`` of the Trigger.dev
    SDK: the ``run`` function a ``sendInvites.trigger(payload)`` starts."""
    head = sx.strip_types(call.child_by_field_name("function"))
    binding = mod.imports.get(sx.text(mod.src, head)) if head is not None and head.type == "identifier" else None
    if binding is None or binding.imported not in _TASK_FACTORIES or not binding.spec.startswith("@trigger.dev/sdk"):
        return None
    args = sx.call_args(call)
    options = sx.strip_types(args[0]) if args else None
    return _object_method(mod, options, "run", owner) if options is not None and options.type == "object" else None


def _returned_method(factory: Function, method: str) -> Function | None:
    """``return { async validateCode(code) {...}, revoke: async (id) => ... }``: a member of an object
    the factory returns."""
    src = factory.module.src
    for ret in sx.find(factory.body, ("return_statement",), into_functions=False) if factory.body else ():
        obj = sx.strip_types(ret.named_children[0]) if ret.named_children else None
        for member in obj.named_children if obj is not None and obj.type == "object" else ():
            name = member.child_by_field_name("name") or member.child_by_field_name("key")
            if name is None or sx.text(src, name) != method:
                continue
            node = member if member.type == "method_definition" else sx.strip_types(member.child_by_field_name("value"))
            if node is not None and sx.is_function(node):
                return factory.module.function_for(node, f"{factory.name}.{method}", name)
    return None


def _memoised_function(mod: Module, value: Node | None, name: str) -> Function | None:
    """A function value, or one wrapped in React `cache(...)` / `unstable_cache(...)` / `memoize(...)`."""
    if value is not None and value.type == "call_expression":
        if sx.last_name(sx.callee_name(mod.src, value)) not in ("cache", "unstable_cache", "memoize"):
            return None
        args = sx.call_args(value)
        value = sx.strip_types(args[0]) if args else None
    return mod.function_for(value, name) if value is not None and sx.is_function(value) else None


def _returned_function(fn: Node, src: bytes | None = None) -> Node | None:
    """The function a function returns: its concise body, or the value of its one `return` (with
    ``src``: also a local `const` holding a function, returned by name)."""
    body = fn.child_by_field_name("body")
    if body is None:
        return None
    if body.type != "statement_block":
        value = sx.strip_types(body)
        return value if value is not None and sx.is_function(value) else None
    rets = sx.find(body, ("return_statement",), into_functions=False)
    value = sx.strip_types(rets[0].named_children[0]) if len(rets) == 1 and rets[0].named_children else None
    if value is not None and value.type == "identifier" and src is not None:
        # `const mw = async (...) => {...}; return mw;`: the function bound to that local name
        value = sx.strip_types(local_const(src, body, sx.text(src, value)))
    return value if value is not None and sx.is_function(value) else None


def local_const(src: bytes, body: Node, name: str) -> Node | None:
    """The value of the `const name = ...` declared directly in ``body`` (not in nested functions)."""
    for decl in sx.find(body, ("lexical_declaration",), into_functions=False):
        for d in decl.named_children:
            ident = d.child_by_field_name("name") if d.type == "variable_declarator" else None
            if ident is not None and ident.type == "identifier" and sx.text(src, ident) == name:
                return d.child_by_field_name("value")
    return None


def _promise_adapter_slot(adapter: Function) -> tuple[int, int] | None:
    """`(mw) => (req, res) => new Promise((resolve, reject) => mw(req, res, (r) => ... resolve(r)))`:
    the adapter's parameter holding the middleware, and the position of the callback it hands the
    middleware, which settles the promise. The middleware receives the returned function's own
    arguments first, in order."""
    src = adapter.module.src
    params = adapter.params
    inner = _returned_function(adapter.node)
    if not params or inner is None or src.find(b"Promise", inner.start_byte, inner.end_byte) == -1:
        return None
    handed = sx.param_names(src, inner)
    for new in sx.find(inner, ("new_expression",)):
        if sx.text(src, new.child_by_field_name("constructor")) != "Promise":
            continue
        args = new.child_by_field_name("arguments")
        executor = sx.strip_types(args.named_children[0]) if args is not None and args.named_children else None
        settle = sx.param_names(src, executor)[:1] if executor is not None and sx.is_function(executor) else []
        for call in sx.find(executor, ("call_expression",)) if executor is not None and settle else ():
            callee = sx.callee_name(src, call)
            if callee not in params:
                continue
            cargs = [sx.strip_types(a) for a in sx.call_args(call)]
            for j, a in enumerate(cargs):
                if a is None or not sx.is_function(a):
                    continue
                leading = [sx.text(src, b) for b in cargs[:j] if b is not None]
                if leading == handed[:j] and any(sx.text(src, i) == settle[0] for i in sx.find(a, ("identifier",))):
                    return (params.index(callee), j)
    return None
