"""Parsing with tree-sitter: grammar choice, and position conversion done once.

The TypeScript grammar handles ``.ts .mts .cts``; the TSX grammar handles
``.tsx .js .jsx .mjs .cjs`` (JSX is legal there, and TSX is a superset of
the JavaScript we meet in Next.js apps).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache

import tree_sitter_typescript as tst
from tree_sitter import Language, Node, Parser, Query, QueryCursor, Tree

from checks.model import Position, Span

_TS_SUFFIXES = (".ts", ".mts", ".cts")


@cache
def typescript() -> Language:
    return Language(tst.language_typescript())


@cache
def tsx() -> Language:
    return Language(tst.language_tsx())


def language_for(path: str) -> Language:
    return typescript() if path.endswith(_TS_SUFFIXES) else tsx()


@cache
def _parser(lang_name: str) -> Parser:
    return Parser(typescript() if lang_name == "ts" else tsx())


@dataclass(eq=False)
class ParsedFile:
    path: str
    source: bytes
    tree: Tree
    _line_starts: list[int] = field(default_factory=list, repr=False)
    # the shared search: where each kind is in it, its nodes, their starts and ends
    _shared: tuple[list[str], list[Node], list[int], list[int]] | None = field(default=None, repr=False)
    _by_types: dict[tuple[str, ...], tuple[list[int], list[int], list[Node], list[str]]] = field(
        default_factory=dict, repr=False
    )
    _kind_at: dict[str, list[int]] | None = field(default=None, repr=False)  # where each kind is in the search
    # answers of `find` and `syntax.find_outside_functions` below a node of this file, by (kinds, into
    # functions, the node's id): rules and the flow walk ask the same of a node several times (a
    # copy is handed out: callers may change their list)
    found: dict[tuple[tuple[str, ...], bool, int], list[Node]] = field(default_factory=dict, repr=False)
    callees: dict[int, str] = field(default_factory=dict, repr=False)  # `syntax.callee_name` by call node id
    # `syntax.find`'s answers for nodes it found to be of this file, by (kinds, into functions, the node's
    # id): asked again, no ownership test and no grammar lookup (a copy is handed out)
    asked: dict[tuple[tuple[str, ...], bool, int], list[Node]] = field(default_factory=dict, repr=False)
    # `syntax.exits`, `syntax.param_names` and `calls.object_keys` by node id (each asked again of most
    # nodes it is asked of: branches, functions and options objects are read by several rules)
    exits: dict[int, str | None] = field(default_factory=dict, repr=False)
    params: dict[int, list[str]] = field(default_factory=dict, repr=False)
    keys: dict[int, dict[str, Node]] = field(default_factory=dict, repr=False)
    patterns: dict[int, list[str]] = field(default_factory=dict, repr=False)  # `syntax.pattern_names` by node id
    # a function body's `const`/`let` declarators named by a plain identifier, by name, outside the functions
    # it nests (`calls.held_sql` asks for each identifier handed to a call), by the body's node id
    declarators: dict[int, dict[str, list[Node]]] = field(default_factory=dict, repr=False)
    # per function node id, the locals it binds to a client factory's answer (`taint._handed_made_client`,
    # asked of every call handed a plain identifier)
    made_clients: dict[int, frozenset[str]] = field(default_factory=dict, repr=False)

    @property
    def root(self) -> Node:
        return self.tree.root_node

    @property
    def language(self) -> Language:
        return language_for(self.path)

    def find(self, types: tuple[str, ...], node: Node | None = None) -> list[Node]:
        """Every node of the given types below ``node`` (default: the whole file), in source
        order. The traversal runs in tree-sitter's C code: several times faster than walking
        the tree from Python."""
        if not _SHARED_SET.issuperset(types):
            return query_captures(self.path.endswith(_TS_SUFFIXES), types, node if node is not None else self.root)
        index = self._by_types.get(types)
        starts, ends, nodes, _kinds = index if index is not None else self._index(types)
        if node is None:
            return list(nodes)
        key = (types, True, node.id)
        known = self.found.get(key)
        if known is not None:
            return list(known)
        s, e = node.start_byte, node.end_byte
        out = []
        for i in range(bisect_left(starts, s), bisect_right(starts, e)):
            ns, ne = starts[i], ends[i]
            if ne > e:
                continue
            # a zero-width node at an edge, or one spanning exactly `node`, may lie outside it
            if (ns == ne or (ns == s and ne == e)) and not _descends(nodes[i], node):
                continue
            out.append(nodes[i])
        self.found[key] = out
        return list(out)

    def find_kinds(self, types: tuple[str, ...], node: Node) -> tuple[list[Node], list[str], list[int], list[int]]:
        """``find(types, node)`` with each node's kind, start and end (read once per file from the
        shared search, not once per question: each read of a node's ``type`` makes a new str)."""
        if not _SHARED_SET.issuperset(types):
            found = self.find(types, node)
            return found, [n.type for n in found], [n.start_byte for n in found], [n.end_byte for n in found]
        index = self._by_types.get(types)
        starts, ends, nodes, kinds = index if index is not None else self._index(types)
        s, e = node.start_byte, node.end_byte
        lo, hi = bisect_left(starts, s), bisect_right(starts, e)
        # a zero-width node at an edge, or one spanning exactly `node`, may lie outside it (as in `find`)
        picked = [
            i
            for i in range(lo, hi)
            if ends[i] <= e
            and not ((starts[i] == ends[i] or (starts[i] == s and ends[i] == e)) and not _descends(nodes[i], node))
        ]
        if len(picked) == hi - lo:  # (most questions: every node starting in `node` lies in it)
            return nodes[lo:hi], kinds[lo:hi], starts[lo:hi], ends[lo:hi]
        out = [nodes[i] for i in picked]
        return out, [kinds[i] for i in picked], [starts[i] for i in picked], [ends[i] for i in picked]

    def _index(self, types: tuple[str, ...]) -> tuple[list[int], list[int], list[Node], list[str]]:
        # The kinds several rules and the flow walk ask for come from one whole-file search:
        # a query's cost is its traversal of the tree, whatever it looks for.
        # Each combination of kinds asked gets its own slice of it, made once: a search then only
        # steps over nodes of the kinds it wants.
        index = self._by_types.get(types)
        if index is None:
            if self._shared is None:
                found = query_captures(self.path.endswith(_TS_SUFFIXES), SHARED_TYPES, self.root)
                # each node's kind, one shared str per kind (a node's `type` is a new str per read;
                # a list of them costs the batch less than lists of positions per kind)
                kinds = [_KIND_NAMES.get(t) or _KIND_NAMES.setdefault(t, t) for t in [n.type for n in found]]
                self._shared = (kinds, found, [n.start_byte for n in found], [n.end_byte for n in found])
            all_kinds, all_nodes, all_starts, all_ends = self._shared
            # the kinds asked, in source order: a slice made of rare kinds (functions, loops) does not
            # step over every call of the file (made from where each kind is, found in one pass per
            # file, not in one pass over the whole search per combination asked)
            at = self._kind_at
            if at is None:
                at = self._kind_at = {}
                for i, k in enumerate(all_kinds):
                    spots = at.get(k)
                    if spots is None:
                        at[k] = [i]
                    else:
                        spots.append(i)
            groups = [at[k] for k in frozenset(types) if k in at]
            picked = groups[0] if len(groups) == 1 else sorted([i for g in groups for i in g])
            index = self._by_types[types] = (
                [all_starts[i] for i in picked],
                [all_ends[i] for i in picked],
                [all_nodes[i] for i in picked],
                [all_kinds[i] for i in picked],
            )
        return index

    @property
    def has_error(self) -> bool:
        return self.tree.root_node.has_error

    def text(self, node: Node | None) -> str:
        if node is None:
            return ""
        return self.source[node.start_byte : node.end_byte].decode("utf-8", "replace")

    def _column(self, row: int, byte_col: int) -> int:
        if not self._line_starts:
            starts = [0]
            src = self.source
            i = src.find(b"\n")
            while i != -1:
                starts.append(i + 1)
                i = src.find(b"\n", i + 1)
            self._line_starts = starts
        if row >= len(self._line_starts):
            return byte_col + 1
        start = self._line_starts[row]
        return len(self.source[start : start + byte_col].decode("utf-8", "replace")) + 1

    def position(self, row: int, byte_col: int) -> Position:
        return Position(row + 1, self._column(row, byte_col))

    def span(self, node: Node) -> Span:
        return Span(
            self.position(node.start_point.row, node.start_point.column),
            self.position(node.end_point.row, node.end_point.column),
        )

    @property
    def line_count(self) -> int:
        return self.source.count(b"\n") + (0 if self.source.endswith(b"\n") else 1)


SHARED_TYPES = (
    "call_expression",
    "new_expression",
    "binary_expression",
    "pair",
    "method_definition",
    "arrow_function",
    "function",
    "function_declaration",
    "function_expression",
    "generator_function",
    "generator_function_declaration",
    # what the rules ask of a function (`syntax.find`): a few more kinds cost the one search little
    "variable_declarator",
    "assignment_expression",
    # asked once or twice per entry point by missing-input-validation and missing-rate-limit
    "for_in_statement",
    "await_expression",
    # asked per entry point or per helper by the rules (exits, returns, guards, destructured bindings):
    # rare kinds, which each cost a tree-sitter search of their own per question before
    "if_statement",
    "return_statement",
    "throw_statement",
    "catch_clause",
    "augmented_assignment_expression",
    "object_pattern",
    # `syntax.const_values` (asked per condition by the flow walk) and `flow._schema_call_alias`: ~2,000
    # tree-sitter searches of their own on dub before
    "lexical_declaration",
    "try_statement",
)
SHARED_SET = _SHARED_SET = frozenset(SHARED_TYPES)
_KIND_NAMES: dict[str, str] = {}  # one str per node kind, shared by every file's search


def _descends(n: Node | None, ancestor: Node) -> bool:
    """``n`` is ``ancestor`` or below it (checked on the tree, not on byte ranges)."""
    s, e = ancestor.start_byte, ancestor.end_byte
    while n is not None and s <= n.start_byte and n.end_byte <= e:
        if n == ancestor:
            return True
        n = n.parent
    return False


@cache
def _query(is_ts: bool, types: tuple[str, ...]) -> Query:
    lang = typescript() if is_ts else tsx()
    known = [t for t in types if lang.id_for_node_kind(t, True)]  # e.g. jsx_* only exist in TSX
    return Query(lang, "[" + " ".join(f"({t})" for t in known or ["program"]) + "] @n")


def query_captures(is_ts: bool, types: tuple[str, ...], node: Node) -> list[Node]:
    found = QueryCursor(_query(is_ts, types)).captures(node).get("n", [])
    return sorted(found, key=lambda n: (n.start_byte, -n.end_byte))


def parse(path: str, source: bytes) -> ParsedFile:
    global _last
    last = _last
    if last is not None and last.path == path and last.source == source:
        return last  # fixes.recheck parses a patched file, then scans it: the same bytes twice
    lang = "ts" if path.endswith(_TS_SUFFIXES) else "tsx"
    tree = _parser(lang).parse(blank_tag_type_arguments(source))
    _last = parsed = ParsedFile(path, source, tree)
    if len(_by_root) >= _MAX_REGISTERED:
        _by_root.clear()  # (parsing outside a scan, which swaps in a registry of its own)
    _by_root[tree.root_node.id] = parsed
    return parsed


# `sql<Row[]>\`...\``: valid TypeScript that tree-sitter-typescript (0.23) cannot parse. It reads
# `sql < Row > \`...\`` (comparisons) or, after `await`, an instantiation missing a `!`. The type
# arguments are blanked out to spaces before parsing (same byte offsets and lines, so every
# position and `text()`, which reads the original bytes, stays right): the tree is then the tagged
# template call TypeScript sees, parameterised as any tagged template is.
# the `>` that closes them, right before the template (not the `=>` of an arrow: tested by hand, since a
# pattern opening on a lookbehind, `(?<!=)>`, is tried at every offset; one opening on `>` is searched for it)
_TAG_TYPE_ARGS_END = re.compile(rb">\s*`")
_TYPE_ARGS_LOOKBACK = 600
_NOT_IN_TYPES = frozenset(b"`+*/%@#\\^~")
_IDENT_END = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$")


def blank_tag_type_arguments(source: bytes) -> bytes:
    """``source`` with the type arguments of tagged templates (`tag<T>` before a template) as spaces."""
    if b"`" not in source:
        return source
    out: bytearray | None = None
    for m in _TAG_TYPE_ARGS_END.finditer(source):
        if m.start() > 0 and source[m.start() - 1] == 61:  # `=>`
            continue
        start = _type_arguments_start(source, m.start())
        if start is None:
            continue
        if out is None:
            out = bytearray(source)
        for i in range(start, m.start() + 1):
            if out[i] not in (10, 13):  # keep line breaks: lines stay where they were
                out[i] = 32
    return bytes(out) if out is not None else source


def _type_arguments_start(source: bytes, close: int) -> int | None:
    """Where the `<` that the `>` at ``close`` closes is, when what lies between reads as type
    arguments right after a tag name (an identifier or a member's last name)."""
    depth, i, floor = 1, close - 1, max(0, close - _TYPE_ARGS_LOOKBACK)
    brackets = 0
    while i > floor:
        c = source[i]
        if c == 62:  # `>`
            if source[i - 1] == 61:  # `=>` of a function type
                i -= 2
                continue
            depth += 1
        elif c == 60:  # `<`
            depth -= 1
            if depth == 0:
                break
        elif c in _NOT_IN_TYPES or (c == 61 and source[i + 1] != 62) or (c == 36 and source[i + 1] == 123):
            return None  # an operator, a template or a `${`: not a type
        elif c in b"{[(":
            brackets += 1
        elif c in b"}])":
            brackets -= 1
        i -= 1
    else:
        return None
    inner = source[i + 1 : close]
    if brackets or not inner.strip() or (source[i - 1] not in _IDENT_END and source[i - 1] < 128):
        return None
    if inner.count(b'"') % 2 or inner.count(b"'") % 2:
        return None
    return i


_last: ParsedFile | None = None  # everything a ParsedFile caches derives from its bytes: shareable
# The files parsed in this scan batch by their root node's id: a node of any of them (an imported
# helper's body) is answered from its own file's shared search (`syntax.find`). Each batch (and a
# fix's re-check in the middle of one) swaps in its own registry, which frees the batch's trees.
_by_root: dict[int, ParsedFile] = {}
_MAX_REGISTERED = 50_000


def swap_registry(registry: dict[int, ParsedFile]) -> dict[int, ParsedFile]:
    """Make ``registry`` the one ``parse`` fills; returns the one it replaces."""
    global _by_root
    previous, _by_root = _by_root, registry
    return previous


def register(parsed: ParsedFile) -> None:
    """Enter a file parsed in an earlier batch (`Program`'s kept modules) in this batch's registry."""
    _by_root[parsed.tree.root_node.id] = parsed


def parsed_of(node: Node) -> ParsedFile | None:
    """The file of this batch that ``node`` belongs to, if it was parsed here."""
    root, up = node, node.parent
    while up is not None:
        root, up = up, up.parent
    found = _by_root.get(root.id)
    return found if found is not None and found.root == root else None


def first_error(parsed: ParsedFile) -> tuple[int, int] | None:
    """(line, column) of the first syntax error, for the diagnostic."""
    stack = [parsed.root]
    while stack:
        node = stack.pop()
        if not node.has_error:
            continue
        if node.is_error or node.is_missing:
            p = parsed.position(node.start_point.row, node.start_point.column)
            return (p.line, p.column)
        stack.extend(reversed(node.children))
    return None
