"""Auth.js (NextAuth) credentials providers of a project: their `authorize` callbacks, whether an
Auth.js route is built from the options declaring them, and which providers server code signs in with.

`Credentials({ authorize })` from `next-auth/providers/credentials` is the project's own sign-in code,
run by the library's catch-all route (`POST /api/auth/callback/<id>`) or by a server-side
`signIn("<id>", ...)` call. Facts are worked out once per tree."""

from __future__ import annotations

import re
from dataclasses import dataclass

from checks.analysis import syntax as sx
from checks.analysis.calls import object_keys
from checks.analysis.program import Program
from checks.sources import read_once, tree_fact


@dataclass(frozen=True)
class Authorizer:
    provider: str  # the provider's id (`credentials` unless it says `id: "..."`)
    path: str
    start: int  # byte range of the `authorize` function
    end: int
    # the options holding it reach `NextAuth(...)` (inline, or by the name they are bound to): a route
    # serves the callback. Options only read by `getServerSession(options)` serve nothing.
    mounted: bool


def credentials_authorizers(program: Program) -> list[Authorizer]:
    """Every Auth.js credentials provider's `authorize` function the project declares."""
    return tree_fact(program.tree, "credentials_authorizers", lambda: _read_authorizers(program))


def server_sign_in_providers(program: Program) -> frozenset[str]:
    """Provider ids server code signs in with (`await signIn("credentials", {...})` in an action):
    there the sign-in entry point is that code, not the library's callback route."""
    return tree_fact(program.tree, "server_sign_in_providers", lambda: _read_server_sign_ins(program))


_SIGN_IN_CALL = re.compile(rb"""\b\w*(?:signIn|SignIn)\(\s*["'`]([\w-]+)["'`]""")
_CLIENT_FILE = re.compile(rb"""^\s*["']use client["']|next-auth/react""", re.M)


def _source_paths(program: Program) -> list[str]:
    return [
        p for p in program.index.paths if "node_modules" not in p and p.endswith((".ts", ".tsx", ".js", ".jsx", ".mjs"))
    ]


def _read_server_sign_ins(program: Program) -> frozenset[str]:
    out: set[str] = set()
    for path in _source_paths(program):
        data = read_once(program.tree, path)
        # (`ignIn(`: an alias `authSignIn(` too; the browser's `signIn` from `next-auth/react` posts to the route)
        if data is None or b"ignIn(" not in data or _CLIENT_FILE.search(data):
            continue
        out.update(m.group(1).decode() for m in _SIGN_IN_CALL.finditer(data))
    return frozenset(out)


def _read_authorizers(program: Program) -> list[Authorizer]:
    paths = _source_paths(program)
    found: list[tuple[str, str, int, int, bool, str | None]] = []
    for path in paths:
        data = read_once(program.tree, path)
        mod = program.module(path, data=data) if data is not None and b"providers/credentials" in data else None
        if mod is None:
            continue
        for call in sx.find(mod.parsed.root, ("call_expression",)):
            binding = mod.imports.get(sx.callee_name(mod.src, call))
            args = sx.call_args(call)
            if binding is None or not binding.spec.endswith("providers/credentials") or not args:
                continue
            options = sx.strip_types(args[0])
            keys = object_keys(mod.src, options)
            provider = (sx.string_value(mod.src, keys["id"]) if "id" in keys else None) or "credentials"
            authorize = sx.strip_types(keys.get("authorize"))
            if authorize is None and options is not None:  # `async authorize(credentials) { ... }`
                authorize = next(
                    (
                        m
                        for m in options.named_children
                        if m.type == "method_definition" and mod.text(m.child_by_field_name("name")) == "authorize"
                    ),
                    None,
                )
            if authorize is None or not sx.is_function(authorize):
                continue
            inline, holder = False, None
            node = call.parent
            while node is not None:
                if node.type == "call_expression" and sx.callee_name(mod.src, node) == "NextAuth":
                    inline = True
                    break
                if node.type == "variable_declarator":
                    name = node.child_by_field_name("name")
                    holder = mod.text(name) if name is not None and name.type == "identifier" else None
                node = node.parent
            found.append((provider, path, authorize.start_byte, authorize.end_byte, inline, holder))
    holders = {h for *_, h in found if h}
    mounted_names: set[str] = set()
    if holders:
        # `NextAuth(authOptions)`, `NextAuth({ ...authConfig, session })`: the options handed to the library
        pattern = re.compile(
            rb"\bNextAuth\(\s*(?:\{[^()]*?\.\.\.\s*)?(" + b"|".join(re.escape(h.encode()) for h in holders) + rb")\b"
        )
        for path in paths:
            data = read_once(program.tree, path)
            if data is not None and b"NextAuth(" in data:
                mounted_names.update(m.group(1).decode() for m in pattern.finditer(data))
    return [
        Authorizer(provider, path, start, end, inline or (holder is not None and holder in mounted_names))
        for provider, path, start, end, inline, holder in found
    ]
