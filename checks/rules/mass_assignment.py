r"""Client-controlled object written to the database wholesale.

## What it does
Flags a database write that receives a client-controlled object as a whole
(`data: input`, `...input`, `Object.fromEntries(formData)`, `.set(body)`,
`.values(body)`, `Model.create(req.body)`), or that writes a privileged field
(`role`, `isAdmin`, `permissions`, `plan`, `credits`, `balance`, `emailVerified` …)
from client input.

## Why is this bad?
The caller decides which columns are written: they add `role: "admin"` or
`credits: 1e9` to the request and the database takes it (CWE-915).

## Example
```ts
"use server";
import { auth } from "@/auth";
import { db } from "@/lib/db";

export async function updateProfile(formData: FormData) {
  const session = await auth();
  if (!session?.user) throw new Error("Unauthorized");
  await db.user.update({
    where: { id: session.user.id },
    data: Object.fromEntries(formData),
  });
}
```

## Use instead
```ts
"use server";
import { z } from "zod";
import { auth } from "@/auth";
import { db } from "@/lib/db";

const profile = z.object({ name: z.string().max(80), bio: z.string().max(500) });

export async function updateProfile(formData: FormData) {
  const session = await auth();
  if (!session?.user) throw new Error("Unauthorized");
  const data = profile.parse(Object.fromEntries(formData));
  await db.user.update({ where: { id: session.user.id }, data });
}
```

## Not flagged
The result of a zod object parse (unknown keys are stripped) unless the schema itself
admits a privileged field; objects built field by field (also when bound to a local and
spread); privileged fields set from server-side values, including data the server fetched
with client input (a payment provider's API, a stored invitation row); writes after a role
check (an admin changing a role is the feature); signature-verified webhooks.

## References
- https://cwe.mitre.org/data/definitions/915.html
"""

from __future__ import annotations

from collections.abc import Iterator

from tree_sitter import Node

from checks.analysis import syntax as sx
from checks.analysis import vocabulary as vocab
from checks.analysis.calls import object_keys
from checks.analysis.entry_points import EntryPoint
from checks.analysis.flow import Event, identifiers
from checks.analysis.module import Module
from checks.analysis.program import Program
from checks.context import FileContext, short
from checks.model import Confidence, Finding, RuleMeta, Severity
from checks.rules._describe import endpoint

META = RuleMeta(
    id="mass-assignment",
    title="Client-controlled object written to the database",
    severity=Severity.ERROR,
    confidence=Confidence.MEDIUM,
    cwe=(915,),
    owasp=("API3:2023",),
    messages={
        "wholesale": "{endpoint} writes client-controlled `{value}` to the database wholesale",
        "privileged": "{endpoint} writes privileged field `{field}` from client input `{value}`",
    },
    help="Pick the fields to write explicitly, or parse the input with a schema that lists only the editable "
    "fields; never take roles, plans or balances from the request.",
    abuse="A caller adds fields such as `role: \"admin\"` or `credits` to the request and the database stores them.",
    references=("https://cwe.mitre.org/data/definitions/915.html",),
)
_PRIVILEGED_SKIP = vocab.OWNER_FIELDS  # reported by missing-authorization


_PARSE_METHODS = frozenset({"parse", "safeParse", "parseAsync", "safeParseAsync", "validate", "validateSync"})


def _schema_keys(mod: Module, node: Node | None, program: Program, depth: int = 0) -> dict[str, Node] | None:
    """Keys of the object schema ``node`` names (`z.object({...}).strict()`, an imported schema), if known."""
    node = sx.strip_types(node)
    if node is None or depth > 4:
        return None
    if node.type == "identifier":
        found = program.resolve_value(mod, mod.text(node))
        return _schema_keys(found[0], found[1], program, depth + 1) if found else None
    if node.type == "call_expression":
        if sx.last_name(sx.callee_name(mod.src, node)) == "object":
            args = sx.call_args(node)
            return object_keys(mod.src, args[0]) if args else None
        fn = sx.strip_types(node.child_by_field_name("function"))
        if fn is not None and fn.type == "member_expression":  # z.object({...}).strict() / .refine(...)
            return _schema_keys(mod, fn.child_by_field_name("object"), program, depth + 1)
    return None


def _schema_admits_privileged(ctx: FileContext, ev: Event, name: str) -> str | None:
    """``name`` holds `schema.parse(...)` (or a safeParse result): does that schema list a privileged key?"""
    src = ctx.src
    scope = sx.enclosing_function(ev.node) or ctx.module.parsed.root
    for node in sx.walk(scope):
        if node.type != "variable_declarator" or ctx.text(node.child_by_field_name("name")) != name:
            continue
        value = sx.unwrap(node.child_by_field_name("value"))
        if value is None or value.type != "call_expression":
            continue
        callee = sx.callee_name(src, value)
        fn = sx.strip_types(value.child_by_field_name("function"))
        schema: Node | None = None
        if sx.last_name(callee) in _PARSE_METHODS and fn is not None and fn.type == "member_expression":
            obj = fn.child_by_field_name("object")
            # valibot `v.parse(Schema, raw)`: the schema is the first argument
            schema = sx.call_args(value)[0] if ctx.text(obj) in ("v", "valibot") and sx.call_args(value) else obj
        keys = _schema_keys(ctx.module, schema, ctx.analyzer.program) if schema is not None else None
        for key in keys or {}:
            if key in vocab.PRIVILEGED_FIELDS:
                return key
        return None
    return None


def _admitted_by_input_schema(ctx: FileContext, ep: EntryPoint) -> str | None:
    """A privileged key that a safe-action/zsa input schema (possibly in another file) admits."""
    for mod, node in ep.schemas:
        hit = sorted(set(_schema_keys(mod, node, ctx.analyzer.program) or ()) & vocab.PRIVILEGED_FIELDS)
        if hit:
            return hit[0]
    return None


def _wholesale(ctx: FileContext, ev: Event, data: Node, ep: EntryPoint) -> tuple[str, Node] | None:
    src = ctx.src
    st = ev.state
    node = sx.strip_types(data)
    if node is None:
        return None
    if node.type == "identifier":
        name = ctx.text(node)
        if name in st.client:
            if name in st.validated and _stripped(ctx, ep, name):
                key = _schema_admits_privileged(ctx, ev, name) or _admitted_by_input_schema(ctx, ep)
                return (f"{name}` (its schema admits `{key}`", node) if key else None
            return (name, node)
        return None
    if node.type == "member_expression":
        root = sx.root_identifier(src, node)
        if root in st.client and root not in st.validated and ctx.text(node).endswith(("body", "query", "data")):
            return (ctx.text(node), node)
        if root is not None and root in st.validated and ctx.text(node) == f"{root}.data":  # safeParse result
            key = _schema_admits_privileged(ctx, ev, root)
            return (f"{root}.data` (its schema admits `{key}`", node) if key else None
        return None
    if node.type == "call_expression" and sx.callee_name(src, node) == "Object.fromEntries":
        refs = identifiers(src, node)
        if refs & st.client:
            return (short(ctx.text(node), 40), node)
    if node.type == "object":
        for child in node.named_children:
            if child.type == "spread_element":
                inner = sx.strip_types(child.named_children[0]) if child.named_children else None
                if inner is None:
                    continue
                refs = identifiers(src, inner)
                behind = _literal_behind(ctx, ep, inner)
                if behind is not inner:  # `...updateData` built field by field on the server
                    nested = _wholesale(ctx, ev, behind, ep)
                    if nested is not None:
                        return nested
                    continue
                stripped = refs <= st.validated and all(_stripped(ctx, ep, r) for r in refs & st.client)
                if refs & st.client and not stripped and inner.type in ("identifier", "member_expression",
                                                                                   "call_expression"):
                    return (ctx.text(inner), child)
    return None


# Calls that hand client input through unchanged (or merely coerced): anything else, such as a
# payment provider's API or a database read, gives server-side data.
_PASS_THROUGH = frozenset(
    {"json", "formData", "text", "get", "getAll", "fromEntries", "String", "Number", "Boolean", "parseInt",
     "parseFloat", "trim", "toLowerCase", "toUpperCase", "toString", "parse", "safeParse", "parseAsync", "cast"}
)


def _binding(ctx: FileContext, fn: Node, name: str) -> Node | None:
    """The value a local `const`/`let` of ``fn`` binds ``name`` to (destructuring included)."""
    for n in sx.walk(fn):
        if n.type == "variable_declarator":
            target = n.child_by_field_name("name")
            if target is not None and name in sx.pattern_names(ctx.src, target):
                return n.child_by_field_name("value")
    return None


def _client_derived(ctx: FileContext, ep: EntryPoint, node: Node | None, depth: int = 0) -> bool:
    """Does ``node`` carry the client's own input, rather than data the server fetched with it
    (`stripe.checkout.sessions.retrieve(id)`, `db.invite.findUnique(...)`, a provider's webhook body)?"""
    node = sx.unwrap(node)
    if node is None or depth > 6:
        return False
    src = ctx.src
    if node.type == "call_expression":
        if sx.last_name(sx.callee_name(src, node)) not in _PASS_THROUGH:
            return False
        fn = sx.strip_types(node.child_by_field_name("function"))
        parts = [*sx.call_args(node)]
        if fn is not None and fn.type == "member_expression":
            parts.append(fn.child_by_field_name("object"))  # type: ignore[arg-type]
        return any(_client_derived(ctx, ep, a, depth + 1) for a in parts)
    if node.type == "ternary_expression":  # the condition only picks which value is written
        branches = (node.child_by_field_name("consequence"), node.child_by_field_name("alternative"))
        return any(_client_derived(ctx, ep, b, depth + 1) for b in branches)
    if node.type in ("identifier", "member_expression", "subscript_expression", "shorthand_property_identifier"):
        root = sx.root_identifier(src, node) if node.type != "shorthand_property_identifier" else ctx.text(node)
        if root is None:
            return False
        if root in ep.input_params:
            return True
        value = _binding(ctx, ep.fn.node, root)
        return value is not None and value is not node and _client_derived(ctx, ep, value, depth + 1)
    return any(
        _client_derived(ctx, ep, c, depth + 1)
        for c in node.named_children
        if c.type not in ("property_identifier", "comment")
    )


def _stripped(ctx: FileContext, ep: EntryPoint, name: str) -> bool:
    """``name`` holds what a schema parse *returned* (unknown keys dropped), not an object that was
    only checked in place (`validateInputs([input, Schema])`, `schema.parse(input);` as a statement)."""
    if name in ep.input_params:
        return ep.schema_validated  # next-safe-action / zsa `parsedInput`
    value = sx.unwrap(_binding(ctx, ep.fn.node, name))
    if value is None or value.type != "call_expression":
        return False
    callee = sx.callee_name(ctx.src, value)
    return sx.last_name(callee) in _PARSE_METHODS or ctx.analyzer.vocab.is_validation(callee)


def _literal_behind(ctx: FileContext, ep: EntryPoint, data: Node) -> Node:
    """`data: newMember` where `const newMember = { ... }`: judge the literal the server built."""
    node = sx.strip_types(data)
    if node is not None and node.type == "identifier":
        value = sx.strip_types(_binding(ctx, ep.fn.node, ctx.text(node)))
        if value is not None and value.type == "object":
            return value
    return data


def check(ctx: FileContext) -> Iterator[Finding]:
    src = ctx.src
    for ep in ctx.entry_points:
        for ev in ctx.flow(ep).events:
            if ev.kind != "db" or ev.op is None or ev.op.kind != "write" or ev.op.api == "helper":
                continue
            if ev.state.auth == "secret":
                continue  # a signature-verified webhook: the body comes from the provider, not a user
            reported = False
            for written in ev.op.data:
                data = _literal_behind(ctx, ep, written)
                found = _wholesale(ctx, ev, data, ep)
                if found is not None:
                    value, node = found
                    node = node if data is written else written  # anchor on the write, not the literal
                    yield ctx.finding(META, "wholesale", node, function=ep.fn, endpoint=endpoint(ep), value=value)
                    reported = True
                    break
                for key, value_node in object_keys(src, data).items():
                    if key not in vocab.PRIVILEGED_FIELDS or key in _PRIVILEGED_SKIP or ev.state.role:
                        continue  # an admin (role-checked) setting a role or plan is the feature itself
                    refs = identifiers(src, value_node, into_functions=True)
                    if key == "stripeCustomerId" and "customer" in ev.op.model.lower():
                        continue  # the customer record's own provider id, not a privilege of the caller
                    if refs & ev.state.client and _client_derived(ctx, ep, value_node):
                        yield ctx.finding(META, "privileged", value_node, function=ep.fn, endpoint=endpoint(ep),
                                          field=key, value=short(ctx.text(value_node), 40),
                                          confidence=Confidence.HIGH)
                        reported = True
                        break
                if reported:
                    break
