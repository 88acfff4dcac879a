"""One file's declarations: directive, imports, top-level functions and values, exports."""

from __future__ import annotations

from dataclasses import dataclass, field

from tree_sitter import Node

from checks.analysis import syntax as sx
from checks.parsing import ParsedFile


@dataclass(frozen=True)
class ImportBinding:
    local: str
    spec: str  # module specifier as written
    imported: str  # exported name, "default" or "*"
    # a bare specifier that the project's tsconfig `baseUrl`/`paths` resolve to one of its own files
    # (`database/user` with `"paths": { "*": ["src/*"] }`): read like a package's by its spelling alone,
    # it is the project's module (set by `Program.module`)
    project: bool = False


@dataclass(eq=False)
class Function:
    """A function we can reason about: its node, a display name and where it lives."""

    module: Module
    node: Node
    name: str
    name_node: Node  # anchor for "missing X" findings
    # the parameters' names, read once (asked ~50k times on dub, mostly of helpers in other files than
    # the one under analysis, whose per-file memo does not hold them)
    _params: list[str] | None = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # (set here, not by a field default: mypyc's compiled class leaves an `init=False` default unset)
        self._params = None

    @property
    def body(self) -> Node | None:
        return self.node.child_by_field_name("body")

    @property
    def is_async(self) -> bool:
        return sx.is_async(self.node)

    @property
    def params(self) -> list[str]:
        names = self._params
        if names is None:
            names = self._params = sx.param_names(self.module.src, self.node)
        return list(names)  # (a copy: callers may change their list)

    def param_nodes(self) -> list[Node]:
        params = self.node.child_by_field_name("parameters")
        if params is None:
            single = self.node.child_by_field_name("parameter")
            return [single] if single is not None else []
        return [p for p in params.named_children if p.type != "comment"]

    @property
    def key(self) -> tuple[str, int]:
        return (self.module.path, self.node.start_byte)


@dataclass(eq=False)
class AdaptedMiddleware(Function):
    """A connect-style middleware `(req, res, next)` run through a promise adapter
    (`const guard = initMiddleware(check())`, awaited as `await guard(req, res)`): the promise
    settles only when the middleware calls its callback, at position ``done``. Keyed apart from
    the middleware itself, whose direct calls mean something else."""

    done: int = 2

    @property
    def key(self) -> tuple[str, int]:
        return (f"{self.module.path}#adapted", self.node.start_byte)


@dataclass(eq=False)
class Module:
    parsed: ParsedFile
    directive: str | None = None
    imports: dict[str, ImportBinding] = field(default_factory=dict)
    # top-level `const x = <value>` / `function x() {}` by local name
    values: dict[str, Node] = field(default_factory=dict)
    # exported name -> local name, or the exported value node itself
    exports: dict[str, str | Node] = field(default_factory=dict)
    reexports: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (spec, imported)
    star_reexports: list[str] = field(default_factory=list)
    # top-level `const { key: name } = call(...)` by local name: (key, the call)
    destructured: dict[str, tuple[str, Node]] = field(default_factory=dict)
    _functions: dict[int, Function] = field(default_factory=dict)
    # `calls.local_client_alias`: local name -> the names each `const x = a || b` gives it (one pass
    # over the source per module, not one per call asked about)
    client_aliases: dict[str, list[list[str]]] | None = None
    # the parsed file's path and bytes, as plain attributes: read millions of times per scan
    path: str = field(init=False)
    src: bytes = field(init=False)

    def __post_init__(self) -> None:
        self.path = self.parsed.path
        self.src = self.parsed.source

    def text(self, node: Node | None) -> str:
        if node is None:
            return ""
        return self.src[node.start_byte : node.end_byte].decode("utf-8", "replace")  # (`sx.text`, inlined)

    def function_for(self, node: Node, name: str | None = None, name_node: Node | None = None) -> Function:
        """The Function object for a function node (one per node)."""
        fn = self._functions.get(node.start_byte)
        if fn is None or fn.node.type != node.type:
            fn = Function(self, node, name or guess_name(self, node), name_node or guess_name_node(node))
            self._functions[node.start_byte] = fn
        return fn

    def release(self) -> None:
        """Drop the Function objects (each refers back to its module): once the scan is done with the
        module, reference counting frees it and all it holds, without the cyclic collector's pass."""
        self._functions.clear()

    def local_function(self, name: str) -> Function | None:
        value = sx.strip_types(self.values.get(name))
        if value is not None and sx.is_function(value):
            return self.function_for(value, name)
        return None


def guess_name_node(fn: Node) -> Node:
    name = fn.child_by_field_name("name")
    if name is not None:
        return name
    parent = fn.parent
    while parent is not None and parent.type in sx.TRANSPARENT:
        parent = parent.parent
    if parent is not None and parent.type == "variable_declarator":
        n = parent.child_by_field_name("name")
        if n is not None:
            return n
    if parent is not None and parent.type == "pair":
        k = parent.child_by_field_name("key")
        if k is not None:
            return k
    # arrow functions passed to a call: anchor on the `async (...) =>` head, one line
    return fn


def guess_name(module: Module, fn: Node) -> str:
    n = guess_name_node(fn)
    if n is not fn:
        return module.text(n)
    # `export const x = client.action(async () => ...)`: name after the declarator
    p = fn.parent
    while p is not None:
        if p.type == "variable_declarator":
            return module.text(p.child_by_field_name("name"))
        if p.type == "export_statement" and any(c.type == "default" for c in p.children):
            return "default"
        if p.type in sx.FUNCTION_TYPES or p.type == "program":
            break
        p = p.parent
    return "<anonymous>"


def index_module(parsed: ParsedFile) -> Module:
    src = parsed.source
    root = parsed.root
    top = [c for c in root.named_children]
    mod = Module(parsed, directive=sx.directive(src, top))
    for stmt in top:
        t = stmt.type
        if t == "import_statement":
            _index_import(mod, stmt)
        elif t == "export_statement":
            _index_export(mod, stmt)
        elif t in ("lexical_declaration", "variable_declaration"):
            _index_declaration(mod, stmt)
        elif t in (
            "function_declaration",
            "generator_function_declaration",
            "enum_declaration",
            "class_declaration",  # `AdminGate.check(req)`: static methods resolve through the class
        ):
            name = stmt.child_by_field_name("name")
            if name is not None:
                mod.values[sx.text(src, name)] = stmt
    return mod


def _index_import(mod: Module, stmt: Node) -> None:
    src = mod.src
    source = stmt.child_by_field_name("source")
    spec = sx.string_value(src, source)
    if spec is None:
        return
    for clause in stmt.named_children:
        if clause.type != "import_clause":
            continue
        for part in clause.named_children:
            if part.type == "identifier":
                name = sx.text(src, part)
                mod.imports[name] = ImportBinding(name, spec, "default")
            elif part.type == "namespace_import":
                ids = [c for c in part.named_children if c.type == "identifier"]
                if ids:
                    name = sx.text(src, ids[0])
                    mod.imports[name] = ImportBinding(name, spec, "*")
            elif part.type == "named_imports":
                for specifier in part.named_children:
                    if specifier.type != "import_specifier":
                        continue
                    imported = sx.text(src, specifier.child_by_field_name("name"))
                    alias = specifier.child_by_field_name("alias")
                    local = sx.text(src, alias) if alias is not None else imported
                    mod.imports[local] = ImportBinding(local, spec, imported)


def _index_declaration(mod: Module, stmt: Node, exported: bool = False) -> None:
    for decl in stmt.named_children:
        if decl.type != "variable_declarator":
            continue
        name_node = decl.child_by_field_name("name")
        value = decl.child_by_field_name("value")
        if name_node is None or value is None:
            continue
        if name_node.type == "identifier":
            name = mod.text(name_node)
            mod.values[name] = value
            if exported:
                mod.exports[name] = name
        else:
            if name_node.type == "object_pattern" and value.type in ("call_expression", "await_expression"):
                _index_destructured(mod, name_node, value)
            if exported:
                for name in sx.pattern_names(mod.src, name_node):
                    mod.exports[name] = name


def _index_destructured(mod: Module, pattern: Node, value: Node) -> None:
    """`export const { auth, handlers } = NextAuth(config)`, `const { signedIn: reader } = makeReaders()`:
    each name the pattern binds directly, with the key it reads off the call's result."""
    for prop in pattern.named_children:
        if prop.type == "shorthand_property_identifier_pattern":
            name = mod.text(prop)
            mod.destructured[name] = (name, value)
        elif prop.type == "pair_pattern":
            key, bound = prop.child_by_field_name("key"), prop.child_by_field_name("value")
            if key is not None and bound is not None and bound.type == "identifier":
                mod.destructured[mod.text(bound)] = (mod.text(key).strip("'\""), value)


def _index_export(mod: Module, stmt: Node) -> None:
    src = mod.src
    source = stmt.child_by_field_name("source")
    spec = sx.string_value(src, source) if source is not None else None
    decl = stmt.child_by_field_name("declaration")
    if decl is not None:
        if decl.type in ("lexical_declaration", "variable_declaration"):
            _index_declaration(mod, decl, exported=True)
        elif decl.type in (
            "function_declaration",
            "generator_function_declaration",
            "class_declaration",
            "enum_declaration",
        ):
            name_node = decl.child_by_field_name("name")
            if name_node is not None:
                declared = sx.text(src, name_node)
                mod.values[declared] = decl
                mod.exports[declared] = declared
                # `export default async function handler() {}` lands here in the TS grammar
                if any(c.type == "default" for c in stmt.children):
                    mod.exports["default"] = declared
        return
    is_default = any(c.type == "default" for c in stmt.children)
    value = stmt.child_by_field_name("value")
    if is_default:
        # `export default async function handler() {}` puts the function in `declaration`
        # in some grammar versions and in `value` in others: accept both.
        target = value
        if target is None:
            for c in stmt.named_children:
                if sx.is_function(c) or c.type in ("identifier", "call_expression"):
                    target = c
                    break
        if target is not None:
            if target.type == "identifier":
                mod.exports["default"] = sx.text(src, target)
            else:
                mod.exports["default"] = target
        return
    clause = next((c for c in stmt.named_children if c.type == "export_clause"), None)
    if clause is None:
        ns = next((c for c in stmt.named_children if c.type == "namespace_export"), None)
        ids = [c for c in ns.named_children if c.type in ("identifier", "string")] if ns is not None else []
        if spec is not None and ids:  # `export * as ns from "./x"`: one name, the whole module
            mod.reexports[sx.text(src, ids[0]).strip("'\"")] = (spec, "*")
        elif spec is not None and ns is None:
            mod.star_reexports.append(spec)
        return
    for specifier in clause.named_children:
        if specifier.type != "export_specifier":
            continue
        name = sx.text(src, specifier.child_by_field_name("name"))
        alias = specifier.child_by_field_name("alias")
        exported = sx.text(src, alias) if alias is not None else name
        if spec is not None:
            mod.reexports[exported] = (spec, name)
        else:
            mod.exports[exported] = name
