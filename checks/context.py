"""What a rule receives: one parsed file plus the shared analysis, computed lazily once."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tree_sitter import Node

from checks.analysis import syntax as sx
from checks.analysis.entry_points import EntryPoint, find_entry_points
from checks.analysis.flow import Analyzer, Flow
from checks.analysis.module import Function, Module
from checks.config import Config
from checks.model import Confidence, Finding, Fix, RuleMeta, make_fingerprint

# Client-only React hooks: a component calling one cannot be a server component.
_CLIENT_HOOK = re.compile(
    rb"\buse(State|Effect|LayoutEffect|Reducer|Ref|Transition|ActionState|FormState|FormStatus|Optimistic|Router|"
    rb"SearchParams|Pathname)\s*[(<]"
)


def _call_order(call: Node) -> tuple[int, int]:
    return (call.start_byte, -call.end_byte)


@dataclass(eq=False)
class FileContext:
    module: Module
    analyzer: Analyzer
    config: Config
    fixes: bool = True  # False while re-checking a fix: no fixes of fixes
    _entry_points: list[EntryPoint] | None = None
    _flows: dict[int, Flow] = field(default_factory=dict)
    _declared: dict[int, dict[str, Node]] = field(default_factory=dict)  # `first_declarators` by node id
    # missing-authorization's project helpers called as statements in a function (by its node's id)
    helper_calls: dict[int, list[tuple[Node, Function]]] = field(default_factory=dict)
    # the file's calls named like a rate limit (`ratelimit.limit(ip)`), found once: missing-rate-limit asks
    # of each entry point whether it calls one (most call none)
    _limiter_calls: list[Node] | None = None
    # the file's calls by the last name of their callee (`list.map(...)` under "map"), in source order: for
    # rules that ask an entry point for its calls of a few method names (`calls_named`)
    _calls_by_last: dict[str, list[Node]] | None = None
    # a package action a use-server module elsewhere exposes (`bound_entry_points`), analysed here where
    # its code is: every finding in its body is reported on that module's export
    hosted: EntryPoint | None = None
    # the module's path and bytes, as plain attributes: read millions of times per scan
    path: str = field(init=False)
    src: bytes = field(init=False)

    def __post_init__(self) -> None:
        self.path = self.module.path
        self.src = self.module.src

    def text(self, node: Node | None) -> str:
        if node is None:
            return ""
        return self.src[node.start_byte : node.end_byte].decode("utf-8", "replace")  # (`sx.text`, inlined)

    @property
    def is_client_file(self) -> bool:
        """Marked "use client", or a component file calling client-only React hooks (`useState`,
        `useEffect`, `useRouter`...): server components cannot, so it only ever runs in the browser
        (as a child of a client component, which needs no directive of its own)."""
        directive = self.module.directive
        if directive is not None:
            return directive == "use client"
        return self.path.endswith((".tsx", ".jsx")) and _CLIENT_HOOK.search(self.src) is not None

    @property
    def entry_points(self) -> list[EntryPoint]:
        if self._entry_points is None:
            self._entry_points = find_entry_points(self.analyzer, self.module)
        return self._entry_points

    def flow(self, ep: EntryPoint) -> Flow:
        key = ep.fn.node.start_byte
        if key not in self._flows:
            self._flows[key] = self.analyzer.flow(ep.fn, ep.initial_state(), entry=True)
        return self._flows[key]

    def first_declarators(self, node: Node) -> dict[str, Node]:
        """`sx.first_declarators` of a node of this file, once per node (the file's tree, alive as long
        as this context, keeps node ids unique)."""
        found = self._declared.get(node.id)
        if found is None:
            found = self._declared[node.id] = sx.first_declarators(self.src, node)
        return found

    def limiter_within(self, node: Node) -> bool:
        """Is a call named like a rate limit below ``node`` (a node of this file; nested functions included)?"""
        found = self._limiter_calls
        if found is None:
            is_rate_limit = self.analyzer.vocab.is_rate_limit
            src = self.src
            found = self._limiter_calls = [
                c for c in self.module.parsed.find(("call_expression",)) if is_rate_limit(sx.callee_name(src, c))
            ]
        s, e = node.start_byte, node.end_byte
        return any(s <= c.start_byte and c.end_byte <= e for c in found)

    def calls_named(self, node: Node, names: frozenset[str]) -> list[Node]:
        """``sx.find(node, ("call_expression",))`` (a node of this file, nested functions included) of the calls
        whose callee's last name is in ``names``, in the same order: answered from an index of the file's
        calls by that name, built once (not a test of every call of the node per question)."""
        index = self._calls_by_last
        if index is None:
            index = self._calls_by_last = {}
            src = self.src
            for c in self.module.parsed.find(("call_expression",)):
                last = sx.last_name(sx.callee_name(src, c))
                same = index.get(last)
                if same is None:
                    index[last] = [c]
                else:
                    same.append(c)
        s, e = node.start_byte, node.end_byte
        out = [c for name in names for c in index.get(name, ()) if s <= c.start_byte and c.end_byte <= e]
        if len(out) > 1:
            # source order, as the file's search gives it: by start, the longer (outer) call first
            out.sort(key=_call_order)
        return out

    def enclosing_function(self, node: Node) -> Function | None:
        fn = sx.enclosing_function(node)
        return self.module.function_for(fn) if fn is not None else None

    def finding(
        self,
        meta: RuleMeta,
        message_id: str,
        node: Node,
        function: Function | None = None,
        fix: Fix | None = None,
        confidence: Confidence | None = None,
        **data: str,
    ) -> Finding:
        """Build a finding; positions are converted from tree-sitter exactly once, here."""
        parsed = self.module.parsed
        path = self.path
        text = self.text
        fn_span: Node | None = None
        fn_name: str | None = None
        foreign = next((ep for ep in self._entry_points or () if ep.anchor is node and ep.anchor_module), None)
        hosted = self.hosted
        code = text(node) if node.end_byte - node.start_byte < 4000 else text(node)[:4000]
        if hosted is not None and hosted.anchor_module is not None and sx.contains(hosted.fn.node, node):
            # (no fix: its edits would be of this file, the finding is of the other)
            foreign, node, fix = hosted, hosted.anchor, None
        if foreign is not None and foreign.anchor_module is not None:
            # an operation analysed here and exported by an action elsewhere: reported on the export
            parsed, path, text = foreign.anchor_module.parsed, foreign.anchor_module.path, foreign.anchor_module.text
            fn_span, fn_name = _declaration_of(node), foreign.name
            function = None
        elif function is not None and function.module is not self.module:
            function = None  # a handler re-exported from another file: no span in this file
        if function is None and foreign is None:
            function = self.enclosing_function(node)
        if function is not None:
            fn_span, fn_name = function.node, function.name
            if _is_option_property(function.node):
                # an action a project wrapper made from an options object (`x = wrap({ callback: async
                # () => ... })`): named by the export it is, as its messages name it, not by its key
                fn_name = next((ep.name for ep in self._entry_points or () if ep.fn is function), fn_name)
        message = meta.messages[message_id].format(**data)
        severity = self.config.severity_for(meta.id, meta.severity)
        anchor = node
        # anchor multi-line function heads on their first line
        return Finding(
            rule_id=meta.id,
            severity=severity,
            confidence=confidence or meta.confidence,
            path=path,
            span=parsed.span(anchor),
            message=message,
            help=meta.help,
            message_id=message_id,
            fingerprint=make_fingerprint(meta.id, path, fn_name, code),
            function_name=fn_name,
            function_span=parsed.span(fn_span) if fn_span is not None else None,
            fix=fix,
        )


def _is_option_property(fn: Node) -> bool:
    """A function written as a property of an object literal handed to a call (`wrap({ callback: ... })`,
    `wrap({ async callback() {} })`)."""
    holder = fn if fn.type == "method_definition" else fn.parent
    if holder is None or holder.type not in ("pair", "method_definition"):
        return False
    obj = holder.parent
    return obj is not None and obj.type == "object" and obj.parent is not None and obj.parent.type == "arguments"


def _declaration_of(node: Node) -> Node:
    """The statement declaring an exported name (`export const x = toAction(ops.x)`), for its span."""
    p: Node | None = node
    while p is not None and p.type not in ("export_statement", "lexical_declaration"):
        p = p.parent
    return p if p is not None else node


def short(text: str, limit: int = 60) -> str:
    """One-line, bounded excerpt of code for messages. Messages quote code in single-backtick
    spans, which cannot hold a backtick: a template literal's own backticks are shown as the
    look-alike modifier letter grave accent (U+02CB)."""
    one = " ".join(text.split()).replace("`", "\u02cb")
    return one if len(one) <= limit else one[: limit - 1] + "…"
