"""Which names a value is *built from*: data flow, not control flow, lookups or answers.

`identifiers()` lists every name an expression mentions. For taint that over-approximates:
`await db.rule.create({ data: input })` mentions `input` but returns a database row,
`provider.getMessage(id)` returns the provider's message, `x === "a"` is a boolean and
`LISTS[key]` one of the module's constants. Here a call's result carries its inputs only
when the call transforms them (a method of the value itself, `JSON.parse`, a project
function whose returned value derives from its parameters, an unknown free function);
coercions (`Number(x)`, `new Date(x)`) and `typeof`-guarded ternaries give a checked value.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING

from tree_sitter import Node

from checks.analysis import syntax as sx
from checks.analysis import vocabulary as vocab

if TYPE_CHECKING:
    from checks.analysis.flow import Analyzer
    from checks.analysis.module import Function, Module

# Result has the input's type fixed: a number, a boolean or a Date (Invalid Date at worst)
COERCIONS = frozenset(
    {
        "Number",
        "parseInt",
        "parseFloat",
        "BigInt",
        "Boolean",
        "Number.parseInt",
        "Number.parseFloat",
        "Date.parse",
        "Math.floor",
        "Math.ceil",
        "Math.round",
        "Math.trunc",
        "Math.min",
        "Math.max",
        "Math.abs",
    }
)
# Of those, the ones that fix a type but not a value: `Number("abc")` is NaN, `parseInt("-5")` a negative,
# `new Date("x")` an Invalid Date. A clamp (`Math.min`/`Math.max`) bounds the value and `Boolean` has no
# invalid answer: those stay checks whoever asks.
TYPE_COERCIONS = COERCIONS - {"Boolean", "Math.min", "Math.max"}
# Whether a type coercion counts as a check (the default, for every rule but missing-input-validation,
# which asks whether the value was *validated*: see `coercions_unchecked`)
_COERCION_CHECKS: ContextVar[bool] = ContextVar("_COERCION_CHECKS", default=True)


@contextmanager
def coercions_unchecked() -> Iterator[None]:
    """Within this block `value_refs` follows a value through a type coercion (`Number(x)`, `parseInt`,
    `new Date(x)`, `+x`, `list.map(Number)`) as through any transform: the rule contract's "schema or
    explicit runtime check" is not met by a coercion, whose NaN, negative or Invalid Date goes on."""
    token = _COERCION_CHECKS.set(False)
    try:
        yield
    finally:
        _COERCION_CHECKS.reset(token)


def _coercion_passes(callee: str, call: Node) -> bool:
    """A type coercion followed as a transform under `coercions_unchecked`."""
    if _COERCION_CHECKS.get():
        return False
    return callee in TYPE_COERCIONS or (call.type == "new_expression" and callee == "Date")


# Static helpers of the language and common utility namespaces: their result is made from their arguments
_PURE_NAMESPACES = frozenset(
    {
        "JSON",
        "Object",
        "Array",
        "Promise",
        "Buffer",
        "String",
        "Number",
        "Math",
        "Date",
        "URL",
        "URLSearchParams",
        "path",
        "querystring",
        "qs",
        "_",
        "lodash",
        "structuredClone",
        "encodeURIComponent",
        "decodeURIComponent",
        # data-format parsers: `Papa.parse(csvText).data` holds the rows the text held
        "Papa",
        "papa",
        "yaml",
        "YAML",
        "JSON5",
        "json5",
        "toml",
        "TOML",
    }
)
_DATA_CONSTRUCTORS = frozenset(
    {
        "URL",
        "URLSearchParams",
        "Map",
        "Set",
        "Array",
        "Object",
        "String",
        "Headers",
        "Request",
        "Response",
        "Blob",
        "File",
        "FormData",
        "Uint8Array",
        "TextEncoder",
        "RegExp",
        "Error",
        "NextResponse",
        "WeakMap",
    }
)
# Project checks named for what they do: `sanitizeRedirectPath(p)`, `validateEmail(e)` return a checked value
_SANITIZER = re.compile(r"(?i)^(sanitize|sanitise|validate|safe|escape|normalize)[A-Z_]")
# `safeJsonParse(text)`: "safe" says the parse does not throw (a try/catch around `JSON.parse`), not that
# anything in the JSON was checked
_SAFE_JSON = re.compile(r"(?i)^safe\w*json")


def _sanitizer_name(last: str) -> bool:
    return bool(_SANITIZER.match(last)) and not _SAFE_JSON.match(last)


def sanitizer_call(callee: str) -> bool:
    """`sanitizeReturnPath(x)`, `validateSlug(x)`: a project checker by its name (counted as a check by the walk)."""
    return _sanitizer_name(sx.last_name(callee))


# SDK client factories (`createServerClient(url, key, { cookies: ... })`, `createClient(...)`): the
# answer is a connection acting for the request's session, like `new GmailProvider(client)`, not data.
_CLIENT_FACTORY = re.compile(r"^create\w*Client$")
# `slugify(x, { strict: true })`: the slugify package throws on anything but a string and answers
# only a slug's alphabet (a project `slugify` that lower-cases and replaces fails on a non-string too)
_SLUGGERS = frozenset({"slugify"})
_BITWISE = frozenset({"|", "&", "^", "<<", ">>", ">>>"})
_COMPARISONS = frozenset({"===", "!==", "==", "!=", "<", ">", "<=", ">=", "instanceof", "in"})
_HTTP_CALLS = ("axios.get", "axios.post", "axios.put", "axios.patch", "axios.delete", "axios", "got", "ky")

# Calls that answer whether a value is acceptable: `isUnit(v)`, `ALLOWED.includes(v)`, `set.has(v)`.
_PREDICATE = re.compile(r"^(is[A-Z_]\w*|includes|has|test)$")


def constant_flag(mod: Module, cond: Node | None) -> bool | None:
    """The value of a module-level `const FLAG = true` (or `false`) that ``cond`` names; None otherwise."""
    cond = sx.unwrap(cond)
    if cond is None or cond.type != "identifier":
        return None
    value = mod.values.get(sx.text(mod.src, cond))
    decl = value.parent if value is not None else None
    if value is None or value.type not in ("true", "false") or decl is None or decl.parent is None:
        return None
    first = decl.parent.children[0] if decl.parent.children else None
    if decl.parent.type != "lexical_declaration" or first is None or sx.text(mod.src, first) != "const":
        return None
    return value.type == "true"


def value_refs(az: Analyzer, mod: Module, node: Node | None, client: set[str]) -> tuple[set[str], set[str]]:
    """(names whose value flows unchecked into ``node``'s value, names that flow in only through
    a coercion or a type check). ``client`` holds the names known to carry client input, to tell
    `input.items.map(...)` (the value's own method) from `provider.getMessage(id)` (an answer)."""
    flow: set[str] = set()
    checked: set[str] = set()
    _walk(az, mod, node, client, flow, checked, 0)
    return flow, checked - flow


def _typeof_tested(src: bytes, cond: Node | None) -> set[str]:
    """The locals a ternary's condition tests with `typeof x === "<type>"` in a top-level `&&` (not
    `"object"`, which any JSON passes, nor `"undefined"`; not `!==` or `||`: either side may pass)."""
    from checks.analysis.flow import typeof_test

    node = sx.unwrap(cond)
    if node is None or node.type != "binary_expression":
        return set()
    op = sx.text(src, node.child_by_field_name("operator"))
    left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
    if op == "&&":
        return _typeof_tested(src, left) | _typeof_tested(src, right)
    if op not in ("==", "==="):
        return set()
    name = typeof_test(src, left, right)
    kinds = {sx.string_value(src, sx.strip_types(n)) for n in (left, right)}
    return {name} if name is not None and "undefined" not in kinds else set()


def _typed_arm_names(src: bytes, fn: Node, names: set[str]) -> set[str]:
    """Of ``names``, those every mention of which in the callback ``fn`` sits in the arm a `typeof`
    test opens (`...(typeof id === "number" ? [eb("id", "=", id)] : [])` in a Kysely `where` callback)
    or in that test itself: there the value has the tested type, as inside `if (typeof id === "number")`."""
    guarded: dict[str, bool] = {}
    for n in sx.walk(fn):
        if n.type not in ("identifier", "shorthand_property_identifier"):
            continue
        name = sx.text(src, n)
        if name not in names or guarded.get(name) is False:
            continue
        ok = False
        child, parent = n, n.parent
        if (
            parent is not None
            and parent.type == "unary_expression"
            and sx.text(src, parent.child_by_field_name("operator")) == "typeof"
        ):
            ok = True  # the test's own operand
        while not ok and parent is not None and child.id != fn.id:
            if (
                parent.type == "ternary_expression"
                and child == parent.child_by_field_name("consequence")
                and name in _typeof_tested(src, parent.child_by_field_name("condition"))
            ):
                ok = True
            child, parent = parent, parent.parent
        guarded[name] = ok
    return {name for name, ok in guarded.items() if ok}


def _walk(
    az: Analyzer, mod: Module, node: Node | None, client: set[str], flow: set[str], checked: set[str], depth: int
) -> None:
    if node is None:
        return
    src = mod.src
    t = node.type
    if depth > 60:  # pathological nesting: fall back to every name
        from checks.analysis.flow import identifiers

        flow |= identifiers(src, node, into_functions=True)
        return
    if t in ("identifier", "shorthand_property_identifier"):
        flow.add(sx.text(src, node))
        return
    if sx.is_function(node):
        # an inline callback handed to a sink (`$transaction(async (tx) => ...)`): what it mentions
        from checks.analysis.flow import identifiers

        names = identifiers(src, node, into_functions=True)
        typed = _typed_arm_names(src, node, names) if b"typeof" in src[node.start_byte : node.end_byte] else set()
        flow |= names - typed
        checked |= typed
        return
    if t in ("call_expression", "new_expression"):
        _call(az, mod, node, client, flow, checked, depth)
        return
    if t == "subscript_expression":
        obj = sx.strip_types(node.child_by_field_name("object"))
        index = node.child_by_field_name("index")
        if obj is not None and obj.type == "identifier" and _constant_table(az, mod, sx.text(src, obj)):
            # `ENDPOINTS[listId]`: one of the module's constants (or undefined), whatever the key
            sub_flow: set[str] = set()
            _walk(az, mod, index, client, sub_flow, checked, depth + 1)
            checked |= sub_flow
            return
    elif t == "member_expression":
        _walk(az, mod, node.child_by_field_name("object"), client, flow, checked, depth + 1)
        return
    elif t == "binary_expression":
        op = node.child_by_field_name("operator")
        if op is not None and sx.text(src, op) in _COMPARISONS:
            return  # a boolean
        if op is not None and sx.text(src, op) in _BITWISE and not _COERCION_CHECKS.get():
            # `Number(start) | 0`: a 32-bit integer whatever the operands were (NaN gives 0), the
            # operands' values not carried as such
            sub: set[str] = set()
            for operand in ("left", "right"):
                _walk(az, mod, node.child_by_field_name(operand), client, sub, checked, depth + 1)
            checked |= sub
            return
    elif t == "unary_expression":
        unary = sx.text(src, node.child_by_field_name("operator"))
        if unary in ("!", "typeof", "void", "delete"):
            return
        if unary in ("+", "-", "~") and _COERCION_CHECKS.get():
            sub = set()
            _walk(az, mod, node.child_by_field_name("argument"), client, sub, checked, depth + 1)
            checked |= sub
            return
    elif t == "ternary_expression":
        cond = node.child_by_field_name("condition")
        fixed = constant_flag(mod, cond)
        if fixed is not None:
            # `const NEW_APP = true; redirect(NEW_APP ? current : legacy)`: only the live arm is ever the value
            _walk(
                az,
                mod,
                node.child_by_field_name("consequence" if fixed else "alternative"),
                client,
                flow,
                checked,
                depth + 1,
            )
            return
        typed = (
            {
                sx.text(src, n.child_by_field_name("argument"))
                for n in sx.walk(cond)
                if n.type == "unary_expression" and sx.text(src, n.child_by_field_name("operator")) == "typeof"
            }
            if cond is not None
            else set()
        )
        # `isTemperatureUnit(v) ? v : "celsius"`, `ALLOWED.includes(v) ? v : null`: a predicate guard
        for n in sx.walk(cond) if cond is not None else []:
            if n.type == "call_expression" and _PREDICATE.match(sx.last_name(sx.callee_name(src, n))):
                typed |= {sx.text(src, a) for a in sx.call_args(n) if a.type == "identifier"}
        paths = {p.replace("?.", ".") for p in typed if "." in p}
        for side in (node.child_by_field_name("consequence"), node.child_by_field_name("alternative")):
            sub = set()
            _walk(az, mod, side, client, sub, checked, depth + 1)
            if paths and side is not None and _under_paths(src, side, sub, paths):
                checked |= sub  # `typeof req.body?.email === "string" ? req.body.email.trim() : null`
                continue
            flow |= sub - typed
            checked |= sub & typed  # `typeof v === "string" ? v : null`
        return
    elif t == "pair":
        _walk(az, mod, node.child_by_field_name("value"), client, flow, checked, depth + 1)
        key = node.child_by_field_name("key")
        if key is not None and key.type == "computed_property_name":
            _walk(az, mod, key, client, flow, checked, depth + 1)
        return
    for c in node.named_children:
        _walk(az, mod, c, client, flow, checked, depth + 1)


def _call(
    az: Analyzer, mod: Module, call: Node, client: set[str], flow: set[str], checked: set[str], depth: int
) -> None:
    src = mod.src
    # (`await redis.get<string>(key)` parses as a call of `await redis.get`)
    fn = sx.unwrap(call.child_by_field_name("function" if call.type == "call_expression" else "constructor"))
    args = call.child_by_field_name("arguments")
    if fn is None:
        return
    callee = sx.callee_name(src, call) if call.type == "call_expression" else ""
    if not callee and fn.type in ("identifier", "member_expression"):
        callee = sx.text(src, fn).replace("?.", ".")
    last = sx.last_name(callee)  # (asked of up to ten tests below: read once)
    if _coercion_passes(callee, call):
        _walk(az, mod, args, client, flow, checked, depth + 1)  # (`Number(x)` is `x`'s value, made a number)
        return
    if (
        callee in COERCIONS
        or (call.type == "new_expression" and callee == "Date")
        or _sanitizer_name(last)
        or last in _SLUGGERS
    ):
        sub: set[str] = set()
        _walk(az, mod, args, client, sub, checked, depth + 1)
        checked |= sub
        return
    if last == "map" and fn.type == "member_expression" and _maps_to_strings(src, call):
        # `tags.map((t) => t.trim())`: JSON holds no other value with a `map` and no other element with a
        # `trim`, so what comes out is a list of strings or the call throws (its type fixed, as `Number(x)`)
        sub = set()
        _walk(az, mod, fn.child_by_field_name("object"), client, sub, checked, depth + 1)
        checked |= sub
        return
    if last == "toISOString" and fn.type == "member_expression" and not _COERCION_CHECKS.get():
        # `new Date(body.expiresAt).toISOString()`: an ISO text of a real date, or a throw (RangeError on an
        # Invalid Date; a text or a number has no such method): refused, not carried on
        sub = set()
        _walk(az, mod, fn.child_by_field_name("object"), client, sub, checked, depth + 1)
        checked |= sub
        return
    if last == "map" and fn.type == "member_expression" and _COERCION_CHECKS.get() and _maps_to_numbers(src, call):
        # `buckets.map(Number)`, `.map((b) => parseInt(b, 10))`: each element coerced, a list of numbers
        # (NaN at worst), as `Number(x)` is for one value
        sub = set()
        _walk(az, mod, fn.child_by_field_name("object"), client, sub, checked, depth + 1)
        checked |= sub
        return
    if last == "filter" and fn.type == "member_expression" and allowlist_filter(src, call, client):
        # `list.split(",").filter((c) => Object.hasOwn(COLUMNS, c))`: only allow-listed items are left
        sub = set()
        _walk(az, mod, fn.child_by_field_name("object"), client, sub, checked, depth + 1)
        checked |= sub
        return
    if last == "filter" and fn.type == "member_expression" and _keeps_numbers(src, call):
        # `.filter((b) => Number.isInteger(b) && b > 0)`: only numbers are kept (`Number.isInteger("5")` is false)
        sub = set()
        _walk(az, mod, fn.child_by_field_name("object"), client, sub, checked, depth + 1)
        checked |= sub
        return
    if last == "filter" and fn.type == "member_expression" and _callback_only(call):
        # `kept = list.filter((b) => b > 0)`: some of the receiver's own elements; what the callback
        # reads only answers yes or no for each
        _walk(az, mod, fn.child_by_field_name("object"), client, flow, checked, depth + 1)
        return
    if call.type == "new_expression":
        # `new URL(x)`, `new URLSearchParams(body)`: built from the arguments; `new GmailProvider(client)`
        # is a service object, whose answers are not the client's
        if callee in _DATA_CONSTRUCTORS:
            _walk(az, mod, args, client, flow, checked, depth + 1)
        return
    if callee == "fetch" or callee.endswith(_HTTP_CALLS) or _db_call(az, mod, call):
        return  # the response of another server; a database row or a write's result
    target = az.target(mod, call)
    if az.vocab.is_auth_source(callee):
        return  # `getServerAuthSession({ req, res })`: the session it verified, not what the caller sent
    if target is not None:
        # (a project function's summary is cached for every rule: worked out with the default reading)
        token = _COERCION_CHECKS.set(True)
        try:
            summary = az.summary(target)
        finally:
            _COERCION_CHECKS.reset(token)
        if not summary.returns_input:
            return
        sub = set()
        for returned in _returned_args(target, summary.returned_params, args):
            _walk(az, mod, returned, client, sub, checked, depth + 1)
        if summary.returns_unchecked:
            flow |= sub
        else:  # returns its input only after checking it (`typeof v === "string" ? v : null`)
            checked |= sub
        return
    if fn.type == "identifier" and _answers_from_wrapper(az, mod, sx.text(src, fn)):
        return
    if _CLIENT_FACTORY.match(last):
        return  # a library's client object built for the request (its cookies, its bearer header)
    if fn.type == "identifier" and _handed_made_client(src, call):
        # `getInviteQuery(supabase, code)` of a data package outside the app scanned, handed a database
        # client the function made (`const supabase = await createClient()`): a query, whose answer is a row
        return
    if fn.type == "member_expression":
        obj = fn.child_by_field_name("object")
        recv_flow: set[str] = set()
        recv_checked: set[str] = set()
        _walk(az, mod, obj, client, recv_flow, recv_checked, depth + 1)
        # `input.items.map(...)`, `formData.get("x")`: a method of the client value itself, or a
        # static helper (`JSON.parse(text)`); `provider.getMessage(id)`: a service's answer
        root = sx.root_identifier(mod.src, obj) or ""
        binding = mod.imports.get(root)
        # `import * as utils from "@/lib/utils"; utils.titleCase(x)` (not an imported client object)
        pure = (
            root in _PURE_NAMESPACES
            or (binding is not None and binding.imported == "*" and az.program.is_project_import(mod, root))
            or (binding is not None and binding.spec in vocab.FORMAT_PARSER_PACKAGES)
        )
        if not pure and not (recv_flow | recv_checked) & client:
            return
        flow |= recv_flow
        checked |= recv_checked
    # an unknown free function (`titleCase(x)`): assume it transforms its input
    _walk(az, mod, args, client, flow, checked, depth + 1)


# Methods only a string has (no array, number, boolean or plain object of JSON has them), answering a string
_STRING_METHODS = frozenset(
    {
        "trim",
        "trimStart",
        "trimEnd",
        "toLowerCase",
        "toUpperCase",
        "toLocaleLowerCase",
        "toLocaleUpperCase",
        "normalize",
        "replace",
        "replaceAll",
        "substring",
        "padStart",
        "padEnd",
    }
)


def _one_param_arrow(src: bytes, call: Node) -> tuple[str, Node | None] | None:
    """The parameter name and (unwrapped) body of a call's one argument when it is an arrow function of
    one parameter (`.map((t) => t.trim())`); None otherwise."""
    args = sx.call_args(call)
    cb = sx.unwrap(args[0]) if len(args) == 1 else None
    if cb is None or cb.type != "arrow_function":
        return None
    params = sx.param_names(src, cb)
    return (params[0], sx.unwrap(cb.child_by_field_name("body"))) if len(params) == 1 else None


def _maps_to_strings(src: bytes, call: Node) -> bool:
    """`.map((t) => t.trim())`, `.map((t: string) => t.trim().toLowerCase())`: a callback that answers a
    string method's result called on its own element; also `.map(String)`, `.map((x) => String(x))`,
    whose answer is a string whatever the element was (a list of texts, as the trimmed one)."""
    if _maps_through_string(src, call):
        return _array_checked_here(src, call)
    one = _one_param_arrow(src, call)
    body = one[1] if one is not None else None
    if one is None or body is None or body.type != "call_expression":
        return False
    params = [one[0]]
    node: Node | None = body
    while node is not None and node.type == "call_expression":
        fn = sx.strip_types(node.child_by_field_name("function"))
        if fn is None or fn.type != "member_expression":
            return False
        if sx.text(src, fn.child_by_field_name("property")) not in _STRING_METHODS:
            return False
        node = sx.unwrap(fn.child_by_field_name("object"))
    return node is not None and node.type == "identifier" and sx.text(src, node) == params[0]


def _maps_through_string(src: bytes, call: Node) -> bool:
    """`.map(String)`, `.map((x) => String(x))`: each element made a text by `String` itself."""
    args = sx.call_args(call)
    cb = sx.strip_types(args[0]) if len(args) == 1 else None
    if cb is not None and cb.type == "identifier":
        return sx.text(src, cb) == "String"
    one = _one_param_arrow(src, call)
    body = one[1] if one is not None else None
    if one is None or body is None or body.type != "call_expression" or sx.callee_name(src, body) != "String":
        return False
    return [sx.text(src, sx.unwrap(a)) for a in sx.call_args(body)] == [one[0]]


def _array_checked_here(src: bytes, call: Node) -> bool:
    """`Array.isArray(ids) ? ids.map(String) : []`: the list the call maps was checked to be one in the
    test of the branch it is in (a hand-written shape check; `String`
    alone never refuses anything, so an unchecked list, `formData.getAll("roles").map(String)`, stays input)."""
    fn = sx.unwrap(call.child_by_field_name("function"))
    receiver = sx.text(src, fn.child_by_field_name("object")) if fn is not None else ""
    child, up = call, call.parent
    while up is not None and not sx.is_function(up):
        test: Node | None = None
        if up.type == "ternary_expression" and up.child_by_field_name("consequence") == child:
            test = up.child_by_field_name("condition")
        for c in sx.find(test, ("call_expression",)) if test is not None else []:
            if sx.callee_name(src, c) == "Array.isArray" and [sx.text(src, a) for a in sx.call_args(c)] == [receiver]:
                return True
        child, up = up, up.parent
    return False


def _callback_only(call: Node) -> bool:
    """The call's one argument is an inline function (`.filter((b) => b > 0)`)."""
    args = sx.call_args(call)
    return len(args) == 1 and sx.is_function(sx.strip_types(args[0]) or args[0])


# Tests passed only by a number of the language (they do not coerce their argument, as `isFinite` does)
_NUMBER_ONLY_TESTS = frozenset({"Number.isFinite", "Number.isInteger", "Number.isSafeInteger"})


def _keeps_numbers(src: bytes, call: Node) -> bool:
    """`.filter((b) => Number.isInteger(b) && b < 1000)`: a callback every kept element passed
    such a test in (a conjunction's operand)."""
    one = _one_param_arrow(src, call)
    if one is None or one[1] is None:
        return False
    params, body = [one[0]], one[1]
    return any(
        c.type == "call_expression"
        and sx.callee_name(src, c) in _NUMBER_ONLY_TESTS
        and [sx.text(src, a) for a in sx.call_args(c)][:1] == params
        for c in _conjuncts(src, body)
    )


def _conjuncts(src: bytes, node: Node | None) -> list[Node]:
    """The operands of a top-level `a && b && c` (unwrapped; the node itself when it is no `&&`)."""
    node = sx.unwrap(node)
    if node is None:
        return []
    if node.type == "binary_expression" and sx.text(src, node.child_by_field_name("operator")) == "&&":
        return _conjuncts(src, node.child_by_field_name("left")) + _conjuncts(src, node.child_by_field_name("right"))
    return [node]


def _maps_to_numbers(src: bytes, call: Node) -> bool:
    """`.map(Number)`, `.map(Math.floor)`, `.map((b) => Number(b))`, `.map((w) => parseInt(w, 10))`,
    `.map((x) => +x)`: a callback whose answer is a coercion's, a number whatever the element was."""
    args = sx.call_args(call)
    cb = sx.strip_types(args[0]) if len(args) == 1 else None
    if cb is None:
        return False
    if cb.type in ("identifier", "member_expression"):
        return sx.text(src, cb) in COERCIONS
    if cb.type != "arrow_function":
        return False
    body = sx.unwrap(cb.child_by_field_name("body"))
    if body is None:
        return False
    if body.type == "unary_expression":
        return sx.text(src, body.child_by_field_name("operator")) in ("+", "-")
    return body.type == "call_expression" and sx.callee_name(src, body) in COERCIONS


# A predicate checking a value's format by name (`isValidEmail`, `isUuid`, `validatePhone`)
_FORMAT_CHECK = re.compile(
    r"^(is_?)?valid(ate)?_?[A-Z]\w*$|^is_?(e_?mail|uuid|url|e164|phone|mobile)\w*$|^isValid$", re.IGNORECASE
)


def allowlist_filter(src: bytes, call: Node, client: set[str]) -> bool:
    """`.filter((c) => Object.hasOwn(T, c))`, `.filter((s) => ALLOWED.includes(s))`, `.has(s)`,
    `s in T`: a callback that keeps an item only when a list or table of the server's holds it;
    also a format check of each item (`.filter(isValidEmail)`, `.filter((e) => EMAIL_RE.test(e))`)."""
    args = sx.call_args(call)
    cb = sx.strip_types(args[0]) if len(args) == 1 else None
    if cb is not None and cb.type == "identifier" and _FORMAT_CHECK.match(sx.text(src, cb)):
        return True
    found = sx.predicate_callback(src, call)
    if found is None:
        return False
    item, body = found
    if body.type == "call_expression" and [sx.text(src, a) for a in sx.call_args(body)] == [item]:
        tester = sx.unwrap(body.child_by_field_name("function"))
        if tester is not None and tester.type == "identifier" and _FORMAT_CHECK.match(sx.text(src, tester)):
            return True  # `(e) => isValidEmail(e)`
        if (
            tester is not None
            and tester.type == "member_expression"
            and sx.text(src, tester.child_by_field_name("property")) == "test"
        ):
            pattern = sx.unwrap(tester.child_by_field_name("object"))
            # `(e) => EMAIL_RE.test(e)`, `/^[^@\s]+@[^@\s]+$/.test(e)`: a server pattern each item matched
            if pattern is not None and (pattern.type == "regex" or _server_table(src, pattern, item, client)):
                return True
    if body.type == "binary_expression" and sx.text(src, body.child_by_field_name("operator")) == "in":
        left, table = body.child_by_field_name("left"), body.child_by_field_name("right")
        return left is not None and sx.text(src, left) == item and _server_table(src, table, item, client)
    if body.type != "call_expression":
        return False
    callee = sx.callee_name(src, body)
    given = [sx.text(src, a) for a in sx.call_args(body)]
    if callee in ("Object.hasOwn", "Object.prototype.hasOwnProperty.call") and given[1:2] == [item]:
        return _server_table(src, sx.call_args(body)[0], item, client)
    fn = sx.unwrap(body.child_by_field_name("function"))
    if sx.last_name(callee) in ("includes", "has", "hasOwnProperty") and given == [item] and fn is not None:
        return fn.type == "member_expression" and _server_table(src, fn.child_by_field_name("object"), item, client)
    return False


def _server_table(src: bytes, node: Node | None, item: str, client: set[str]) -> bool:
    """A named list or table that is neither the item nor the caller's input (`COLUMNS`, `config.sorts`)."""
    root = sx.root_identifier(src, sx.strip_types(node))
    return root is not None and root != item and root not in client


def _returned_args(target: Function, returned: frozenset[str] | None, args: Node | None) -> list[Node]:
    """The arguments a helper hands back: `putFile(key, bytes, type)` returning `key` answers with its
    first argument only (all of them when that is not known, or a spread fills the parameters)."""
    if args is None:
        return []
    given = [a for a in args.named_children if a.type != "comment"]
    # (a destructured parameter's names are not its position's: keep every argument then)
    if returned is None or not returned <= set(target.params) or any(a.type == "spread_element" for a in given):
        return [args]
    return [a for i, a in enumerate(given) if i < len(target.params) and target.params[i] in returned]


def _answers_from_wrapper(az: Analyzer, mod: Module, name: str) -> bool:
    """`export const getConfig = withProjectAuth(async (user, db, project, error) => ...)`: calling
    it runs the handler the wrapper returns, which hands the callback only values of its own (a
    session, a row it loaded, a failure): the answer carries none of the caller's arguments."""
    found = az.program.resolve_value(mod, name)
    value = sx.unwrap(found[1]) if found is not None else None
    if found is None or value is None or value.type != "call_expression":
        return False
    owner = found[0]
    args = [sx.unwrap(a) for a in sx.call_args(value)]
    index = next((i for i, a in enumerate(args) if a is not None and sx.is_function(a)), -1)
    wrapper = az.target(owner, value) if index >= 0 else None
    if wrapper is None:
        return False
    summary = az.summary(wrapper)
    failure = summary.failure_callbacks.get(index)
    own = summary.gated_callbacks.get(index) if failure is None else failure[1] | {failure[0]}
    callback = args[index]
    return own is not None and callback is not None and set(range(len(owner.function_for(callback).params))) <= own


def _handed_made_client(src: bytes, call: Node) -> bool:
    """An argument of ``call`` is a local the enclosing function bound to a client factory's answer
    (`const supabase = await createClient()`, `createServerClient(...)`): a service or database client."""
    names = {sx.text(src, a) for a in sx.call_args(call) if a.type == "identifier"}
    fn = sx.enclosing_function(call) if names else None
    if fn is None:
        return False
    # (the function's client locals found once: asked of each call in it, a walk of all its declarators cost)
    made: frozenset[str] = sx.once_per_node(src, fn, lambda parsed: parsed.made_clients, _made_client_names)
    return not names.isdisjoint(made)


def _made_client_names(src: bytes, fn: Node) -> frozenset[str]:
    """The plain locals ``fn`` (outside the functions it nests) binds to a client factory's answer."""
    made = set()
    for d in sx.find(fn, ("variable_declarator",), into_functions=False):
        pattern, value = d.child_by_field_name("name"), sx.unwrap(d.child_by_field_name("value"))
        if (
            pattern is not None
            and pattern.type == "identifier"
            and value is not None
            and value.type == "call_expression"
            and _CLIENT_FACTORY.match(sx.last_name(sx.callee_name(src, value)))
        ):
            made.add(sx.text(src, pattern))
    return frozenset(made) if made else _NO_NAMES


_NO_NAMES: frozenset[str] = frozenset()


def _db_call(az: Analyzer, mod: Module, call: Node) -> bool:
    node: Node | None = call
    for _ in range(8):  # `db.select().from(t).where(...)`: the op is on an inner call
        if node is not None and node.type == "identifier":
            return _db_fallback(az, mod, node)
        if node is None or node.type != "call_expression":
            return False
        if az.classify(mod, node) is not None:
            return True
        fn = sx.strip_types(node.child_by_field_name("function"))
        if fn is None or fn.type != "member_expression":
            return False
        node = sx.unwrap(fn.child_by_field_name("object"))
    return False


def _db_fallback(az: Analyzer, mod: Module, ident: Node) -> bool:
    """`executor` in `const executor = options?.tx ?? db`: the caller's transaction or the database
    itself, a database handle either way (its answers are rows, not the parameter it came in)."""
    # (the cheap test first: a name no declaration of the module gives such a fallback is none, known
    # without climbing to the enclosing function, which tree-sitter finds from the root down)
    names = az.db_fallback_names.get(mod.path)
    if names is None:
        names = az.db_fallback_names[mod.path] = frozenset(
            name for name, fallback in _db_fallbacks(az, mod, mod.parsed.root, everywhere=True).items() if fallback
        )
    if sx.text(mod.src, ident) not in names:
        return False
    fn = sx.enclosing_function(ident)
    body = fn.child_by_field_name("body") if fn is not None else None
    if body is None:
        return False
    # (the verdict of each local's first declaration, once per function: asked of every method
    # call on a local, a search of all the function's declarations each time cost)
    key = (mod.path, body.start_byte, body.end_byte)
    verdicts = az.db_fallbacks.get(key)
    if verdicts is None:
        verdicts = az.db_fallbacks[key] = _db_fallbacks(az, mod, body)
    return verdicts.get(sx.text(mod.src, ident), False)


def _db_fallbacks(az: Analyzer, mod: Module, body: Node, everywhere: bool = False) -> dict[str, bool]:
    """Per name declared in ``body`` (its first declaration with a value): is it a database handle
    by fallback? (``everywhere``: per name, is any of its declarations in ``body``, nested functions
    included, such a fallback?)"""
    out: dict[str, bool] = {}
    for n in sx.find(body, ("variable_declarator",), everywhere):
        value = sx.unwrap(n.child_by_field_name("value"))
        name = sx.text(mod.src, n.child_by_field_name("name"))
        if value is None or (name in out and not (everywhere and not out[name])):
            continue
        if value.type != "binary_expression" or sx.text(mod.src, value.child_by_field_name("operator")) not in (
            "??",
            "||",
        ):
            out[name] = False
            continue
        fallback = sx.unwrap(value.child_by_field_name("right"))
        out[name] = fallback is not None and fallback.type == "identifier" and sx.text(mod.src, fallback) in az.db_roots
    return out


def _constant_table(az: Analyzer, mod: Module, name: str) -> bool:
    """A module-level constant object literal (`const ENDPOINTS = { a: "...", b: "..." } as const`)."""
    found = mod.values.get(name)
    value = sx.strip_types(found) if found is not None else None
    if value is None or value.type != "object":
        return False
    return all(
        c.type == "pair"
        and (sx.strip_types(c.child_by_field_name("value")) or c).type in ("string", "number", "template_string")
        for c in value.named_children
        if c.type != "comment"
    )


def param_sources(az: Analyzer, fn: Function, cut: frozenset[str] = frozenset()) -> dict[str, set[str]]:
    """For each local of ``fn`` built from its parameters, which parameters
    (`const merged = { ...existing, ...preferences }` -> {"preferences"}). Locals in ``cut`` are
    built from none (a coerced number, for what reaches a sink unchecked)."""
    src = fn.module.src
    sources: dict[str, set[str]] = {p: {p} for p in fn.params}
    decls: list[tuple[list[str], Node]] = []
    for n in sx.find(fn.node, ("variable_declarator", "assignment_expression", "for_in_statement")):
        # (`for (const slip of input.slips)`: each element is built from the list)
        left = n.child_by_field_name("name" if n.type == "variable_declarator" else "left")
        value = n.child_by_field_name("value" if n.type == "variable_declarator" else "right")
        if left is not None and value is not None and left.type != "member_expression":
            decls.append((sx.pattern_names(src, left), value))
        elif left is not None and value is not None and left.type in ("member_expression", "subscript_expression"):
            # `where.platform = opts.platform`: a local object filled in field by field holds what it is given
            root = sx.root_identifier(src, left)
            if root is not None and root != "this" and not _type_tested_on_the_way(src, fn.node, n, value):
                decls.append(([root], value))
    # `conditions.push({ title: { contains: opts.term } })`: a local list holds what is pushed onto it
    for call in sx.find(fn.node, ("call_expression",)):
        callee = sx.strip_types(call.child_by_field_name("function"))
        target = (
            callee.child_by_field_name("object") if callee is not None and callee.type == "member_expression" else None
        )
        if (
            target is None
            or target.type != "identifier"
            or sx.last_name(sx.text(src, callee)) not in ("push", "unshift")
        ):
            continue
        args = call.child_by_field_name("arguments")
        if args is not None and not any(
            _type_tested_on_the_way(src, fn.node, call, v)
            for v in sx.find(args, ("member_expression", "identifier"))
            if sx.root_identifier(src, v) not in (None, sx.text(src, target))
        ):
            decls.append(([sx.text(src, target)], args))
    # (`lines.map((line) => tx\`... ${line.qty}\`)`: each element the callback is handed is built from the
    # list, as a loop's is)
    for call in sx.find(fn.node, ("call_expression",)):
        element = _element_param(src, call)
        if element is not None:
            decls.append((sx.pattern_names(src, element[0]), element[1]))
    # what flows into a value is among the names it mentions: a value whose bytes hold none of the
    # names built from a parameter (most, in a helper's body) is skipped without following its calls
    needles: dict[str, bytes] = {}
    for _ in range(4):
        grew = False
        for names, value in decls:
            start, end = value.start_byte, value.end_byte
            for name in sources:
                needle = needles.get(name)
                if needle is None:
                    needle = needles[name] = name.encode()
                # (a name decoded with replacement characters is not searched for: always followed)
                if b"\xef\xbf\xbd" in needle or src.find(needle, start, end) != -1:
                    break
            else:
                continue
            vflow, vchecked = value_refs(az, fn.module, value, set(sources))
            reach = {p for r in vflow | vchecked if r in sources for p in sources[r]}
            for name in names:
                if name in cut:
                    continue
                if reach and not reach <= sources.get(name, set()):
                    sources.setdefault(name, set()).update(reach)
                    grew = True
        if not grew:
            break
    return sources


# a runtime type test of one value: `typeof x === "string"`, `Array.isArray(x)`, `Number.isInteger(x)`
_TYPE_TEST_CALLS = frozenset({"Array.isArray", "Number.isInteger", "Number.isSafeInteger", "Number.isFinite"})


def _type_tested_on_the_way(src: bytes, fn: Node, node: Node, value: Node) -> bool:
    """``node`` (a field set on a local, an item pushed onto one) runs only inside an `if` whose condition
    tests the runtime type of ``value`` (`if (typeof f?.term === "string") where.term = f.term`): what
    the local is given is checked, as a value a ternary's `typeof` test picks is."""
    wanted = sx.text(src, sx.unwrap(value)).replace("?.", ".")
    p: Node | None = node
    while p is not None and p is not fn:
        parent = p.parent
        if parent is not None and parent.type == "if_statement" and p == parent.child_by_field_name("consequence"):
            cond = parent.child_by_field_name("condition")
            for t in sx.find(cond, ("unary_expression", "call_expression")) if cond is not None else []:
                if t.type == "unary_expression" and sx.text(src, t).startswith("typeof"):
                    operand = t.named_children[0] if t.named_children else None
                elif t.type == "call_expression" and sx.callee_name(src, t) in _TYPE_TEST_CALLS:
                    operand = next(iter(sx.call_args(t)), None)
                else:
                    continue
                if operand is not None and sx.text(src, sx.unwrap(operand)).replace("?.", ".") == wanted:
                    return True
        p = parent
    return False


# Array methods whose callback's first parameter is an element of the list
_ELEMENT_METHODS = frozenset({"forEach", "map", "flatMap"})


def _element_param(src: bytes, call: Node) -> tuple[Node, Node] | None:
    """`list.map((item) => ...)`: the callback's element parameter and the list it is an element of."""
    fn = sx.strip_types(call.child_by_field_name("function"))
    args = sx.call_args(call)
    cb = sx.strip_types(args[0]) if args else None
    if (
        fn is None
        or fn.type != "member_expression"
        or cb is None
        or cb.type not in ("arrow_function", "function_expression")
    ):
        return None
    prop = fn.child_by_field_name("property")
    listed = fn.child_by_field_name("object")
    if prop is None or listed is None or sx.text(src, prop) not in _ELEMENT_METHODS:
        return None
    first = sx.first_param(cb)
    return (first, listed) if first is not None else None


def coerced_locals(az: Analyzer, fn: Function) -> set[str]:
    """Locals of ``fn`` whose every assignment takes what it is built from only through a coercion
    or a check (`const linkId = Number(req.query.linkId)`, `Boolean(req.query.preview)`, a module
    table's entry `KINDS[Number(k)]`): of a fixed type, not client input whatever the request held."""
    src = fn.module.src
    coerced: set[str] = set()
    other: set[str] = set()
    for n in sx.find(fn.node, ("variable_declarator", "assignment_expression")):
        left = n.child_by_field_name("name" if n.type == "variable_declarator" else "left")
        value = n.child_by_field_name("value" if n.type == "variable_declarator" else "right")
        if left is None or left.type != "identifier":
            continue
        name = sx.text(src, left)
        if value is None:
            continue
        vflow, vchecked = value_refs(az, fn.module, sx.unwrap(value), set())
        # (`SORTS[k] ?? SORTS.date`: the fallback is the module's constant table's own entry)
        vflow = {v for v in vflow if not _constant_table(az, fn.module, v)}
        (coerced if vchecked and not vflow else other).add(name)
    return coerced - other


def helper_args(src: bytes, call: Node, target: Function, names: frozenset[str]) -> list[Node]:
    """The arguments of a call (in source ``src``) to ``target`` that bind the parameter ``names``; for a destructured
    parameter (`saveDocument({ id, content, userId })`) only the properties named."""
    params = target.param_nodes()
    args = sx.call_args(call)
    position = {n: i for i, p in enumerate(params) for n in sx.pattern_names(target.module.src, p)}
    used: list[Node] = []
    for i in sorted({position[n] for n in names if n in position}):
        if i >= len(args):
            continue
        arg = sx.strip_types(args[i])
        pattern = params[i].child_by_field_name("pattern")
        if arg is None or arg.type != "object" or pattern is None or pattern.type != "object_pattern":
            used.append(args[i])
            continue
        for prop in arg.named_children:
            if prop.type == "pair":
                key, value = prop.child_by_field_name("key"), prop.child_by_field_name("value")
                if key is not None and value is not None and sx.text(src, key).strip("'\"") in names:
                    used.append(value)
            elif (prop.type == "shorthand_property_identifier" and sx.text(src, prop) in names) or (
                prop.type == "spread_element"
            ):
                used.append(prop)
    return used


def _under_paths(src: bytes, side: Node, roots: set[str], paths: set[str]) -> bool:
    """Every use of the client roots ``roots`` in ``side`` reads one of the type-tested ``paths``."""
    seen = False
    for n in sx.walk(side):
        if n.type != "identifier" or sx.text(src, n) not in roots:
            continue
        top = sx.member_top(n)
        text = sx.text(src, top).replace("?.", ".")
        if not any(text == p or text.startswith(p + ".") for p in paths):
            return False
        seen = True
    return seen
