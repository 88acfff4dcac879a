"""Public endpoints, exactly as rules-spec.md defines them: exported functions of
"use server" modules, inline actions, next-safe-action / zsa chains, project
wrappers, app-router route handlers (also re-exported) and pages/api handlers.

For each entry point we also work out what its surroundings already guarantee:
an authenticating middleware or wrapper (judged by what its body does, resolved
across files), schema validation, rate limits and audit logging.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from tree_sitter import Node

from checks.analysis import guards, path_middleware
from checks.analysis import syntax as sx
from checks.analysis import vocabulary as vocab
from checks.analysis.calls import chain_calls, object_keys
from checks.analysis.flow import (
    Analyzer,
    Flow,
    State,
    Summary,
    destructured_keys,
    identifiers,
    is_signature_call,
    own_positions,
    pattern_keys,
    secret_args,
)
from checks.analysis.module import Function, Module
from checks.analysis.program import Program, local_const
from checks.analysis.schemas import schema_keys
from checks.analysis.vocabulary import SESSION_PARAM_NAMES
from checks.sources import read_once, tree_fact

ROUTE_FILE = re.compile(r"(^|/)app/(.*/)?route\.(ts|tsx|js|jsx|mjs)$")
PAGES_API_FILE = re.compile(r"(^|/)pages/api/.+\.(ts|tsx|js|jsx|mjs)$")
HTTP_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
_SAFE_ACTION_TERMINALS = ("action", "stateAction", "handler")
# a project action builder's last step (`pipeline().use(requireUser()).use(withInput(s)).execute(fn)`):
# the builder runs each `.use(step)` before the handler it is given (see `_project_pipeline`)
_PIPELINE_TERMINALS = ("execute",)
_SCHEMA_METHODS = ("schema", "inputSchema", "bindArgsSchemas", "input", "outputSchema")
_CLIENT_FACTORIES = ("createSafeActionClient", "createServerAction", "createServerActionProcedure", "createSafeAction")
_MIDDLEWARE_METHODS = ("use", "middleware", "handler")
# next-zod-route / next-safe-route: `createZodRoute(opts).use(mw).params(s).query(s).body(s).handler(fn)`
# builds a route handler; `fn(request, { params, query, body, ctx })` gets what each schema parsed
_ROUTE_FACTORIES = ("createZodRoute", "createSafeRoute")
_ROUTE_SCHEMA_METHODS = ("params", "query", "body")


@dataclass(eq=False)
class EntryPoint:
    kind: str  # action | inline-action | safe-action | wrapped-action | route | pages-api
    fn: Function
    name: str
    anchor: Node
    method: str | None = None
    authenticated_by: str | None = None  # description of the middleware/wrapper that authenticates
    schema_validated: bool = False
    rate_limited_by: str | None = None
    audited_by: str | None = None
    role_checked: bool = False
    # past a wrapper's test of the caller's role in its own tenant (`Summary.filled_role`)
    filled_role: bool = False
    session_params: set[str] = field(default_factory=set)
    input_params: set[str] = field(default_factory=set)
    wrappers: list[str] = field(default_factory=list)
    schemas: list[tuple[Module, Node]] = field(default_factory=list)  # safe-action/zsa input schemas
    verified_caller: bool = False  # webhook/callback route that verifies its caller (signature, state, IP)
    secret_gate: bool = False  # a wrapper lets in only callers presenting a shared secret (a token, no session)
    route_path: str | None = None  # the route file that exposes a handler defined in another module
    # the wrapper answers with what the handler returned parsed by a schema from its options
    # (`outputSchema.safeParse(result)`): only the fields that schema declares reach the client
    output_parsed: bool = False
    # the auth the route's options declare admits admins only (`type: adminAuthTypeSchema`)
    declared_admin: bool = False
    # a safe-action chain's middlewares (`.use(async ({ next, ctx }) => ...)`), outermost first
    middlewares: list[Function] = field(default_factory=list)
    # parameters a route builder's schemas parse (`.body(s)` -> the handler's `body`)
    validated_params: set[str] = field(default_factory=set)
    # the wrapper marks its answers (to a caller without a session, at least) `Cache-Control: public`:
    # a CDN hands them to anyone, so what the handler answers is public by design
    shared_cache: bool = False
    # parameters a validating wrapper hands on as the client sent them, beside what its schema parsed
    # (`fn(parsed.data, formData, user)`): only the schema's keys were checked, not what is read off these
    raw_params: set[str] = field(default_factory=set)
    # the anchor sits in another module than the function (an action exporting an operation built
    # elsewhere, `export const x = toAction(ops.x)`): findings are reported there
    anchor_module: Module | None = None
    # a package action an exported action hands its input on to, without answering what it returned
    # (`bound_entry_points`): the package action's answer never reaches the client
    answer_dropped: bool = False
    # the name of the client or procedure a safe-action / zsa / tRPC chain is built on, nearest the
    # action first (`publicActionClient` of `publicActionClient.inputSchema(s).action(fn)`)
    client_name: str | None = None
    # the function a thin exported action hands its arguments on to (`_forwarded_wrapped_entry`): the
    # action's own entry point judges what reaches the client, this one what the code does with the input
    answer_forwarded: bool = False

    @property
    def path(self) -> str:
        """The endpoint's public path: its route file, even when the handler is defined elsewhere."""
        return self.route_path or self.fn.module.path

    def initial_state(self) -> State:
        st = State()
        if self.verified_caller or self.secret_gate:
            st.auth = "secret"  # a machine caller proven by signature or secret: there is no user session
        elif self.authenticated_by:
            st.auth = "inherited"
        st.rate_limited = self.rate_limited_by is not None
        st.audited = self.audited_by is not None
        st.role = self.role_checked
        st.session |= self.session_params
        st.client |= self.input_params
        if self.schema_validated:
            st.validated |= self.input_params - self.raw_params
        st.validated |= self.validated_params
        return st


# Webhooks and OAuth callbacks often verify their caller inside a provider SDK or adapter
# (signature, signed OAuth state, IP allowlist): a call named for it, in such a route, counts.
# (OAuth callbacks are not among them: they answer the user's browser, and are sign-in steps.)
_MACHINE_ROUTE = re.compile(r"(^|/)(webhooks?|events)/")
_VERIFY_CALL = re.compile(r"(?i)(verif|validat|signature|hmac|allowlist|allowed_?ip|ip_?range|isAllowed|signedState)")
# Next.js' cache refresh (`revalidatePath`, `revalidateTag`, `res.revalidate`): named like a check, verifies nothing
_CACHE_REFRESH = re.compile(r"^revalidate")
# Libraries that check a value's shape (`validator.isUUID(id)`, `Joi.assert(body, s)`): named like a check,
# they say nothing about who sent the request
_SHAPE_LIBRARY = re.compile(
    r"^(validator|joi|@hapi/joi|yup|zod|valibot|ajv|superstruct|class-validator|arktype|@sinclair/typebox)(/.*)?$"
)


def _tests_request_auth(fn: Function) -> bool:
    """`if (!req.auth) return 401` (or `if (req.auth) ...`) in a handler given to Auth.js' `auth()`."""
    params = fn.params
    if not params:
        return False
    src = fn.module.src
    wanted = f"{params[0]}.auth"
    for node in sx.find(fn.node, ("if_statement", "ternary_expression"), into_functions=False):
        cond = node.child_by_field_name("condition")
        if cond is not None and any(
            sx.text(src, m) == wanted for m in sx.find(cond, ("member_expression",), into_functions=False)
        ):
            return True
    return False


def _verifies_caller(az: Analyzer, path: str, ep: EntryPoint) -> bool:
    """A webhook route (`/webhooks/`, `/events/`) calling a verifier: one of a library (taken at its
    name), or a project helper or class method that does signature work itself or a step or two down
    (`paymentMethod.verify(body)` whose implementations only read the event's type verify nothing).
    Any route handing its request to @octokit/webhooks' verifying entry (`_octokit_verified`)."""
    if _octokit_verified(az, ep):
        return True
    if not _MACHINE_ROUTE.search(path.lower()):
        return False
    mod = ep.fn.module
    src = mod.src
    for call in sx.find(ep.fn.node, ("call_expression",)):
        callee = sx.callee_name(src, call)
        if (
            _VERIFY_CALL.search(callee)
            and not _CACHE_REFRESH.match(sx.last_name(callee))
            and not _valid_items_lookup(callee)
            and not _shape_check(az, mod, callee)
            and _credited_verifier(az, mod, ep.fn.node, call, callee)
            and not _skipped_without_header(src, call, ep.fn.node)
        ):
            return True
    return False


# Methods of a list, set, map or text: what they answer is about the collection's items
_COLLECTION_METHODS = frozenset(
    {"includes", "has", "some", "every", "find", "findIndex", "indexOf", "filter", "map", "forEach", "push", "get"}
)
_CHECK_WORDS = re.compile(r"(?i)verif|validat")


def _valid_items_lookup(callee: str) -> bool:
    """`validAttendees.includes(id)`, `verifiedEmails.has(email)`: a collection named for the items it holds
    (valid ones, verified ones), asked about one of them, verifies no caller (an IP allowlist's lookup,
    `allowedIps.includes(ip)`, still does: its name says whose calls it lets in)."""
    receiver, dot, method = callee.rpartition(".")
    return (
        bool(dot)
        and method in _COLLECTION_METHODS
        and _CHECK_WORDS.search(receiver) is not None
        and _VERIFY_CALL.search(_CHECK_WORDS.sub("", receiver)) is None
    )


def _truthiness_operands(src: bytes, cond: Node | None) -> bool:
    """`signature`, `process.env.SECRET && signature`, `req.headers.get("x-sig")`: a test that only asks
    whether values are there."""
    cond = sx.unwrap(cond)
    if cond is None:
        return False
    if cond.type == "binary_expression" and sx.text(src, cond.child_by_field_name("operator")) == "&&":
        return _truthiness_operands(src, cond.child_by_field_name("left")) and _truthiness_operands(
            src, cond.child_by_field_name("right")
        )
    if cond.type == "call_expression":
        return sx.last_name(sx.callee_name(src, cond)) == "get"
    return cond.type in ("identifier", "member_expression", "subscript_expression")


def _skipped_without_header(src: bytes, call: Node, fn: Node) -> bool:
    """`if (SECRET && signature) { if (!verify(body, signature)) return 401 }` and on to the work: a
    request without the header (or a deployment without the secret) is checked by nothing."""
    child, p = call, call.parent
    while p is not None and p != fn:
        if (
            p.type == "if_statement"
            and p.child_by_field_name("consequence") == child
            and p.child_by_field_name("alternative") is None
            and _truthiness_operands(src, p.child_by_field_name("condition"))
            and not _refused_before(src, p, fn)
        ):
            return True
        child, p = p, p.parent
    return False


def _refused_before(src: bytes, stmt: Node, fn: Node) -> bool:
    """Each value the test asks for was refused when missing earlier (`if (!signature) return 401`)."""
    cond = stmt.child_by_field_name("condition")
    before = src[fn.start_byte : stmt.start_byte]
    operands: list[Node] = []
    stack = [sx.unwrap(cond)]
    while stack:
        n = stack.pop()
        if n is None:
            continue
        if n.type == "binary_expression" and sx.text(src, n.child_by_field_name("operator")) == "&&":
            stack += [sx.unwrap(n.child_by_field_name("left")), sx.unwrap(n.child_by_field_name("right"))]
        else:
            operands.append(n)
    for n in operands:
        name = re.escape(sx.text(src, n).encode())
        if not re.search(rb"if\s*\(\s*!\s*" + name + rb"\s*(\)|\|\|)", before):
            return False
    return bool(operands)


_EQUALITY = frozenset({"==", "===", "!=", "!=="})
# @octokit/webhooks (also re-exported by `octokit` and `@octokit/app`): a `Webhooks` instance needs its
# secret, and its middleware and `verifyAndReceive` check the `x-hub-signature-256` header against it
# before any handler registered with `webhooks.on(...)` runs
_OCTOKIT_SPECS = frozenset({"@octokit/webhooks", "octokit", "@octokit/app"})
_OCTOKIT_CLASSES = frozenset({"Webhooks", "App"})


def _octokit_import(mod: Module, name: str, wanted: frozenset[str]) -> bool:
    binding = mod.imports.get(name)
    return binding is not None and binding.spec in _OCTOKIT_SPECS and binding.imported in wanted


def _octokit_instance(az: Analyzer, mod: Module, name: str) -> bool:
    """``name`` (a local, or imported from a project module) is `new Webhooks({ secret })` or
    `new App({ ..., webhooks: { secret } })` of the octokit packages."""
    found = az.program.resolve_value(mod, name)
    value = sx.unwrap(found[1]) if found is not None else None
    if found is None or value is None or value.type != "new_expression":
        return False
    ctor = sx.strip_types(value.child_by_field_name("constructor"))
    return (
        ctor is not None
        and ctor.type == "identifier"
        and _octokit_import(found[0], sx.text(found[0].src, ctor), _OCTOKIT_CLASSES)
    )


def _octokit_verified(az: Analyzer, ep: EntryPoint) -> bool:
    """The handler calls @octokit/webhooks' `createNodeMiddleware(webhooks)` (kept under a name,
    in this module or another) or `webhooks.verifyAndReceive(...)`: the library answers 400 to a
    request whose signature does not match the instance's secret, and only then runs the handlers
    registered on it (a bare `webhooks.receive(...)` verifies nothing)."""
    mod = ep.fn.module
    src = mod.src
    # (`verifyAndReceive` named in the handler's own text, or no method call can be that one)
    receives = src.find(b"verifyAndReceive", ep.fn.node.start_byte, ep.fn.node.end_byte) != -1
    for call in sx.find(ep.fn.node, ("call_expression",)):
        fn = sx.strip_types(call.child_by_field_name("function"))
        if fn is None:
            continue
        if fn.type == "member_expression":
            if not receives:
                continue
            obj = sx.strip_types(fn.child_by_field_name("object"))
            prop = sx.text(src, fn.child_by_field_name("property"))
            if prop == "verifyAndReceive" and obj is not None:
                # (`app.webhooks.verifyAndReceive(...)` on an App)
                if obj.type == "member_expression" and sx.text(src, obj.child_by_field_name("property")) == "webhooks":
                    obj = sx.strip_types(obj.child_by_field_name("object"))
                if obj is not None and obj.type == "identifier" and _octokit_instance(az, mod, sx.text(src, obj)):
                    return True
            continue
        if fn.type != "identifier":
            continue
        name = sx.text(src, fn)
        if name not in mod.values and name not in mod.imports:
            continue  # (a name of the function's own, or a global: no value of the project's behind it)
        found = az.program.resolve_value(mod, name)
        value = sx.unwrap(found[1]) if found is not None else None
        if found is None or value is None or value.type != "call_expression":
            continue
        owner = found[0]
        maker = sx.strip_types(value.child_by_field_name("function"))
        if maker is None or maker.type != "identifier":
            continue
        if not _octokit_import(owner, sx.text(owner.src, maker), frozenset({"createNodeMiddleware"})):
            continue
        args = sx.call_args(value)
        first = sx.strip_types(args[0]) if args else None
        if first is not None and first.type == "identifier" and _octokit_instance(az, owner, sx.text(owner.src, first)):
            return True
    return False


def octokit_receiver(az: Analyzer, mod: Module, scope: Node, obj: Node | None) -> bool:
    """The receiver of `x.verifyAndReceive(...)` (or `x.webhooks.verifyAndReceive`) is an octokit
    `Webhooks`/`App`: one named at module level (`_octokit_instance`), or a local of ``scope`` bound to
    what a project factory answers that builds one (`const app = githubAppFor(url)`, the factory calling
    `new App({ webhooks: { secret } })`)."""
    src = mod.src
    obj = sx.strip_types(obj)
    if (
        obj is not None
        and obj.type == "member_expression"
        and sx.text(src, obj.child_by_field_name("property")) == "webhooks"
    ):
        obj = sx.strip_types(obj.child_by_field_name("object"))
    if obj is None or obj.type != "identifier":
        return False
    name = sx.text(src, obj)
    if _octokit_instance(az, mod, name):
        return True
    decl = sx.first_declarators(src, scope).get(name)
    value = sx.unwrap(decl.child_by_field_name("value")) if decl is not None else None
    if value is not None and value.type == "await_expression" and value.named_children:
        value = sx.unwrap(value.named_children[0])
    factory = az.target(mod, value) if value is not None and value.type == "call_expression" else None
    if factory is None:
        return False
    fsrc = factory.module.src
    return any(
        (ctor := sx.strip_types(n.child_by_field_name("constructor"))) is not None
        and ctor.type == "identifier"
        and _octokit_import(factory.module, sx.text(fsrc, ctor), _OCTOKIT_CLASSES)
        for n in sx.find(factory.node, ("new_expression",))
    )


def _shape_check(az: Analyzer, mod: Module, callee: str) -> bool:
    """A call of a shape-checking library (`validator.isUUID(id)`), also through a schema it built
    (`const payload = Joi.object({...})` ... `payload.validate(body)`): it checks what was sent, not who sent it."""
    root = callee.split(".", 1)[0]
    binding = mod.imports.get(root)
    if binding is None:
        found = az.program.resolve_value(mod, root)
        value = sx.unwrap(found[1]) if found is not None else None
        if found is None or value is None or value.type != "call_expression":
            return False
        root = sx.callee_name(found[0].src, value).split(".", 1)[0]
        binding = found[0].imports.get(root)
    return binding is not None and _SHAPE_LIBRARY.match(binding.spec) is not None


def _credited_verifier(az: Analyzer, mod: Module, scope: Node, call: Node, callee: str) -> bool:
    """The verifier call checks a signature: a known signature call, a project function that signs,
    a method of the project classes the receiver is built from that signs; an unresolved call
    (a library's, or a receiver not traced) is taken at its name."""
    if is_signature_call(callee) or guards.verifies_signature_name(callee):
        return True
    target = az.target(mod, call)
    if target is not None:
        return _signs(az, target, 2)
    root, dot, method = callee.partition(".")
    if not dot or "." in method:
        return True
    methods = _receiver_methods(az, mod, scope, root, method)
    return methods is None or any(_signs(az, fn, 2) for fn in methods)


def _receiver_methods(az: Analyzer, mod: Module, scope: Node, root: str, method: str) -> list[Function] | None:
    """``method`` of the project classes a local receiver is an instance of: `new Cls(...)`, or the
    answer of a project factory that builds them (`await getProvider(id)` returning `new Stripe...()`
    itself or one call down). None when the receiver cannot be traced to project classes."""
    src = mod.src
    value: Node | None = None
    for decl in sx.find(scope, ("variable_declarator",)):
        name = decl.child_by_field_name("name")
        if name is not None and name.type == "identifier" and sx.text(src, name) == root:
            value = sx.unwrap(decl.child_by_field_name("value"))
            break
    if value is None:
        return None
    news: list[tuple[Module, Node]] = []
    if value.type == "new_expression":
        news.append((mod, value))
    elif value.type == "call_expression":
        factory = az.target(mod, value)
        if factory is None:
            return None
        fns = [factory]
        for inner in sx.find(factory.node, ("call_expression",), into_functions=False):
            helper = az.target(factory.module, inner)
            if helper is not None and helper.key != factory.key:
                fns.append(helper)
        for fn in fns:
            news.extend((fn.module, n) for n in sx.find(fn.node, ("new_expression",), into_functions=False))
    found: list[Function] = []
    for owner, new in news:
        cls = sx.strip_types(new.child_by_field_name("constructor"))
        if cls is None or cls.type != "identifier":
            continue
        declared = az.program.resolve_value(owner, sx.text(owner.src, cls))
        if declared is None or declared[1].type not in ("class_declaration", "abstract_class_declaration"):
            continue
        member = _class_method(declared[0], declared[1], method)
        if member is not None:
            found.append(member)
    return found or None


def _class_method(mod: Module, cls: Node, method: str) -> Function | None:
    body = cls.child_by_field_name("body")
    for member in body.named_children if body is not None else ():
        name = member.child_by_field_name("name") or member.child_by_field_name("property")
        if name is None or sx.text(mod.src, name) != method:
            continue
        node = member if member.type == "method_definition" else sx.strip_types(member.child_by_field_name("value"))
        if node is not None and sx.is_function(node):
            return mod.function_for(node, f"{sx.text(mod.src, cls.child_by_field_name('name'))}.{method}", name)
    return None


def _signs(az: Analyzer, fn: Function, depth: int) -> bool:
    """``fn`` does signature work: an HMAC or constant-time compare, a known signature call, a
    library verifier, a secret from the environment compared; itself or through the project helpers
    and own methods (`this.verifySignature(...)`) it calls, ``depth`` steps down."""
    mod = fn.module
    src = mod.src
    if guards.verifies_signature(fn):
        return True
    # (a method's class: method_definition -> class_body -> class_declaration)
    up = fn.node.parent.parent if fn.node.parent is not None else None
    cls = up if up is not None and up.type in ("class_declaration", "abstract_class_declaration") else None
    env_locals: set[str] | None = None  # (`const token = process.env.HOOK_TOKEN`)
    for node in sx.find(fn.node, ("call_expression", "binary_expression"), into_functions=False):
        if node.type == "binary_expression":
            if sx.text(src, node.child_by_field_name("operator")) not in _EQUALITY:
                continue
            if env_locals is None:
                env_locals = _env_locals(src, fn.node)
            if _env_secret_compared(src, node, env_locals):
                return True
            continue
        callee = sx.callee_name(src, node)
        if is_signature_call(callee):
            return True
        helper = az.target(mod, node)
        if helper is None and cls is not None and callee.startswith("this.") and callee.count(".") == 1:
            helper = _class_method(mod, cls, callee[5:])
        if helper is not None:
            if depth > 0 and helper.key != fn.key and _signs(az, helper, depth - 1):
                return True
        elif (
            _VERIFY_CALL.search(callee)
            and not _CACHE_REFRESH.match(sx.last_name(callee))
            and _library_name(az, mod, callee)
            and not _shape_check(az, mod, callee)
        ):
            return True  # `jwt.verify(...)`, `Razorpay.validateWebhookSignature(...)`
    return False


_ENV_SETTING = re.compile(r"^(process\.env|import\.meta\.env|env|serverEnv)\.\w+$")


def _env_locals(src: bytes, fn: Node) -> set[str]:
    """Locals of ``fn`` holding a setting of the environment (`const token = process.env.HOOK_TOKEN`)."""
    out: set[str] = set()
    for decl in sx.find(fn, ("variable_declarator",), into_functions=False):
        name, value = decl.child_by_field_name("name"), sx.strip_types(decl.child_by_field_name("value"))
        setting = value is not None and _ENV_SETTING.match(sx.text(src, value)) is not None
        if setting and name is not None and name.type == "identifier":
            out.add(sx.text(src, name))
    return out


def _env_secret_compared(src: bytes, node: Node, env_locals: set[str]) -> bool:
    """`header === process.env.WEBHOOK_SECRET` (or a local holding it): a value compared with a setting
    of the environment other than a fixed string (`process.env.NODE_ENV === "production"` compares no
    secret)."""
    sides = [sx.strip_types(node.child_by_field_name(f)) for f in ("left", "right")]
    env = [s for s in sides if s is not None and (_ENV_SETTING.match(sx.text(src, s)) or sx.text(src, s) in env_locals)]
    other = [s for s in sides if s is not None and s not in env]
    return len(env) == 1 and len(other) == 1 and other[0].type not in ("string", "template_string", "null", "undefined")


def _library_name(az: Analyzer, mod: Module, callee: str) -> bool:
    root = callee.split(".", 1)[0]
    return root in mod.imports and not az.program.is_project_import(mod, root)


def _is_route_file(path: str) -> bool:
    found = ROUTE_FILE.search(path)
    return found is not None and not _private_segment(path[found.end(1) :])


def _private_segment(route: str) -> bool:
    """A folder under `app/` whose name starts with `_` (`app/api/_debug/health/route.ts`) is a
    Next.js private folder: it and all below it are left out of routing, so a `route.ts` there
    answers no request. `%5F` spells a routed underscore (`app/%5Fsettings/route.ts`); a `_`
    inside a name (`app/api/x_y/`) and the pages router (`pages/api/_x/` routes) are untouched."""
    return any(part.startswith("_") for part in route.split("/")[:-1])


# A module that may define route handlers for a route file that re-exports them
# (`export { GET, POST } from "~/server/api/notes"`): it exports an HTTP method name.
# Such handlers are entry points of the defining module, so every rule sees them in
# the file that holds their code; only those modules look the route files up.
HANDLER_MODULE = re.compile(rb"\bexport\b[^;]{0,200}?\b(?:GET|POST|PUT|PATCH|DELETE)\b")
# (`HANDLER_MODULE` without its leading `\b`: a pattern opening on a literal is searched for by that literal,
# several times faster over a whole file; `handler_module` tests the word boundary itself)
_HANDLER_MODULE_AT = re.compile(rb"export\b[^;]{0,200}?\b(?:GET|POST|PUT|PATCH|DELETE)\b")
_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")  # (`\w` of bytes)


_MIDDLEWARE_FILE = re.compile(r"(^|/)(middleware|proxy)\.[cm]?[jt]sx?$")


def next_middleware_file(program: Program, path: str) -> bool:
    """The app's `middleware.ts` / `proxy.ts`: beside the `app/` or `pages/` folder it runs before
    (the project root, or `src/` when the routes live there), where Next.js loads it from."""
    if _MIDDLEWARE_FILE.search(path) is None:
        return False
    folder = posixpath.dirname(path)
    return any(program.index.is_dir(posixpath.join(folder, d)) for d in ("app", "pages"))


def handler_module(data: bytes) -> bool:
    """``HANDLER_MODULE.search(data) is not None``: a match of it opening a word."""
    m = _HANDLER_MODULE_AT.search(data)
    while m is not None:
        at = m.start()
        if at == 0 or data[at - 1] not in _WORD_BYTES:
            return True
        m = _HANDLER_MODULE_AT.search(data, at + 1)
    return False


_REEXPORTING_ROUTE = re.compile(
    rb"\bexport\s*(?:\*|\{)|\bexport\s+(?:const|let|var)\s+(?:GET|POST|PUT|PATCH|DELETE)\s*(?::[^=]+)?=\s*[\w$]+\s*[;\n]"
)
# What sits between a call and the declaration that binds its answer (`const row = await db...`).
_AWAITED = frozenset({*sx.TRANSPARENT, "await_expression"})
_SKIP_PARTS = frozenset({"node_modules", ".next", "dist", "build", "out", "coverage"})
_Reexport = tuple[str, Node, str]  # (method, declaration in the defining module, route file path)
# where a node sits in its module's tree: the child indices down from the root (see `_node_path`)
_NodePath = tuple[int, ...]


def _hosts_own_handlers(mod: Module) -> bool:
    """Handlers of this module are found when the module itself is analysed."""
    return _is_route_file(mod.path) or handler_module(mod.src)


def _node_path(node: Node) -> _NodePath:
    """The child indices from the root of its tree down to ``node``: a way to find the same node
    again in another parse of the same source (another batch's project model)."""
    out: list[int] = []
    at: Node | None = node
    while at is not None:
        parent = at.parent
        if parent is None:
            break
        start, end, kind = at.start_byte, at.end_byte, at.type
        for i, child in enumerate(parent.children):
            if child.start_byte == start and child.end_byte == end and child.type == kind:
                out.append(i)
                break
        else:
            return ()
        at = parent
    out.reverse()
    return tuple(out)


def _node_at(mod: Module, where: _NodePath) -> Node | None:
    node: Node | None = mod.parsed.root
    for i in where:
        if node is None or i >= node.child_count:
            return None
        node = node.child(i)
    return node


def _route_reexports(program: Program, path: str) -> list[_Reexport]:
    """The route handlers that route files re-export from the module at ``path``: the table is
    worked out once per source tree (it depends on the tree alone, not on which batch asks), its
    declarations found again in this project model's parse of the module."""
    table = program.route_reexports
    if table is None:
        table = program.route_reexports = tree_fact(
            program.tree, "route_reexports", lambda: _read_route_reexports(program)
        )
    listed = table.get(path)
    if not listed:
        return []
    mod = program.module(path)
    if mod is None:
        return []
    out: list[_Reexport] = []
    for method, where, route_path in listed:
        declared = _node_at(mod, where)
        if declared is not None:
            out.append((method, declared, route_path))
    return out


def _read_route_reexports(program: Program) -> dict[str, list[tuple[str, _NodePath, str]]]:
    """Defining module path -> (method, where its declaration is, route file) re-exported by route files."""
    found: dict[str, list[tuple[str, _NodePath, str]]] = {}
    for path in sorted(program.index.paths):
        if not _is_route_file(path) or _SKIP_PARTS.intersection(path.split("/")[:-1]):
            continue
        data = read_once(program.tree, path)
        if data is None or _REEXPORTING_ROUTE.search(data) is None:
            continue
        mod = program.module(path)
        if mod is None or mod.directive == "use client":
            continue
        for method in HTTP_METHODS:
            resolved = program.resolve_export(mod, method)
            if resolved is None or resolved[0] is mod or _is_route_file(resolved[0].path):
                continue  # the route files' own handlers are found when they are analysed
            if _hosts_own_handlers(resolved[0]):
                found.setdefault(resolved[0].path, []).append((method, _node_path(resolved[1]), path))
    return found


def _is_pages_api(path: str) -> bool:
    return bool(PAGES_API_FILE.search(path))


@dataclass
class _ChainFacts:
    middlewares: list[tuple[Function, str]] = field(default_factory=list)  # (fn, where)
    schema: bool = False
    is_client: bool = False
    schemas: list[tuple[Module, Node]] = field(default_factory=list)  # input schema expressions
    metadata: dict[str, Node] | None = None  # `.metadata({ ... })` literal properties
    # a zsa procedure (`createServerActionProcedure(parent).input(s)`) with no `.createServerAction()`
    # after it: its `.handler(fn)` is a step run before the actions built on it, not an action
    procedure: bool = False
    # a next-zod-route builder (`createZodRoute()`): its `.handler(fn)` is a route handler, and
    # the parts of the request its `.params/.query/.body` schemas parse
    route_builder: bool = False
    route_schemas: set[str] = field(default_factory=set)
    # the names the chain was reached through, nearest the action first
    names: list[str] = field(default_factory=list)
    # made by zsa (`createServerAction()`, `createServerActionProcedure()`), and its `.output(schema)`:
    # zsa answers with what that schema parsed out of the handler's answer
    zsa: bool = False
    output: tuple[Module, Node] | None = None


def _chain_facts(az: Analyzer, mod: Module, node: Node | None, depth: int = 0) -> _ChainFacts:
    """Walk a safe-action / zsa builder chain back to its factory, across files."""
    facts = _ChainFacts()
    node = sx.unwrap(node)
    if node is None or depth > 10:
        return facts
    if node.type == "identifier":
        name = sx.text(mod.src, node)
        facts.names.append(name)
        found = az.program.resolve_value(mod, name)
        if found is None:
            return facts
        owner, value = found
        sub = _chain_facts(az, owner, value, depth + 1)
        sub.names.insert(0, name)
        return sub
    if sx.is_function(node):
        # `const authAction = (permission?: string) => createSafeActionClient({ ... })`: a project
        # function making a client per call (`authAction("edit")(schema, fn)`) is the client it returns
        return _chain_facts(az, mod, _returned_value(node), depth + 1)
    if node.type != "call_expression":
        return facts
    steps = chain_calls(node, mod.src)
    # the chain's root object (identifier or factory call)
    root_call = steps[0][1] if steps else node
    fn_node = sx.strip_types(root_call.child_by_field_name("function"))
    if fn_node is not None and fn_node.type == "member_expression":
        inner = sx.unwrap(fn_node.child_by_field_name("object"))
        facts = _chain_facts(az, mod, inner, depth + 1)
    elif fn_node is not None and fn_node.type == "identifier":
        name = sx.text(mod.src, fn_node)
        if name in _ROUTE_FACTORIES:
            facts.route_builder = True
        elif name in _CLIENT_FACTORIES:
            facts.is_client = True
            facts.procedure = name == "createServerActionProcedure"
            facts.zsa = name in ("createServerAction", "createServerActionProcedure")
            if name == "createSafeActionClient":
                # next-safe-action before v6: `createSafeActionClient({ async middleware() { ...; return
                # { session } } })` runs that middleware before every action of the client
                mw = _option_function(az, mod, sx.call_args(root_call)[:1], "middleware")
                if mw is not None:
                    facts.middlewares.append((mw, f"{mod.path}"))
            if name == "createServerActionProcedure":  # zsa: parent procedure as argument
                args = sx.call_args(root_call)
                if args:
                    parent = _chain_facts(az, mod, args[0], depth + 1)
                    facts.middlewares.extend(parent.middlewares)
        else:
            found = az.program.resolve_value(mod, name)
            if found is not None and found[1] is not root_call:
                owner, value = found
                sub = _chain_facts(az, owner, value, depth + 1)
                facts.middlewares.extend(sub.middlewares)
                facts.schema = facts.schema or sub.schema
                facts.is_client = facts.is_client or sub.is_client
                facts.procedure = sub.procedure
                facts.route_builder = sub.route_builder
                facts.route_schemas |= sub.route_schemas
                facts.schemas.extend(sub.schemas if sub.route_builder else ())
                facts.zsa = facts.zsa or sub.zsa
    for method, call in steps:
        if facts.route_builder and method in _ROUTE_SCHEMA_METHODS:
            if sx.call_args(call):
                facts.route_schemas.add(method)
                if method == "body":
                    facts.schemas.extend((mod, a) for a in sx.call_args(call)[:1])
        elif method in _SCHEMA_METHODS:
            facts.schema = True
            # the schemas of `parsedInput` (the bound arguments' schemas describe other values)
            if method not in ("outputSchema", "bindArgsSchemas"):
                facts.schemas.extend((mod, a) for a in sx.call_args(call)[:1])
        elif method == "output" and sx.call_args(call):
            facts.output = (mod, sx.call_args(call)[0])
        elif method in _MIDDLEWARE_METHODS:
            for arg in sx.call_args(call):
                fn = _function_of(az, mod, arg)
                if fn is None and (sx.strip_types(arg) or arg).type == "call_expression":
                    fn = az.program.factory_product(mod, arg)  # `.use(limitAttempts({ max: 5 }))`: a made middleware
                if fn is not None:
                    facts.middlewares.append((fn, f"{mod.path}"))
        elif method in _CLIENT_FACTORIES:
            facts.is_client = True
            facts.procedure = method == "createServerActionProcedure"
            facts.zsa = facts.zsa or method in ("createServerAction", "createServerActionProcedure")
        elif method == "metadata":
            facts.metadata = _literal_options(mod.src, sx.call_args(call)[:1])
    return facts


def _returned_value(fn: Node) -> Node | None:
    """What a function returns when its body is one expression or one `return` statement."""
    body = fn.child_by_field_name("body")
    if body is None:
        return None
    if body.type != "statement_block":
        return body
    stmts = [c for c in body.named_children if c.type != "comment"]
    if len(stmts) == 1 and stmts[0].type == "return_statement" and stmts[0].named_children:
        return stmts[0].named_children[0]
    return None


def _option_function(az: Analyzer, mod: Module, args: list[Node], key: str) -> Function | None:
    """The function under ``key`` of an object literal among ``args`` (`{ middleware() {...} }`,
    `{ middleware: async () => ... }`, `{ middleware: checkUser }`)."""
    for arg in args:
        options = sx.strip_types(arg)
        if options is None or options.type != "object":
            continue
        for prop in options.named_children:
            if prop.type == "method_definition" and sx.text(mod.src, prop.child_by_field_name("name")) == key:
                return mod.function_for(prop)
            if prop.type == "pair" and sx.text(mod.src, prop.child_by_field_name("key")).strip("\"'") == key:
                return _function_of(az, mod, prop.child_by_field_name("value"))
    return None


def _function_of(az: Analyzer, mod: Module, node: Node | None, depth: int = 0) -> Function | None:
    node = sx.strip_types(node)
    if node is None or depth > 4:
        return None
    if sx.is_function(node):
        return mod.function_for(node)
    if node.type == "identifier":
        name = sx.text(mod.src, node)
        fn = az.program.resolve_function(mod, name)
        if fn is None:
            found = az.program.resolve_value(mod, name)
            value = sx.strip_types(found[1]) if found is not None else None
            if found is not None and value is not None and _defined_middleware(found[0].src, value) is not None:
                return _function_of(az, found[0], value, depth + 1)
        return fn
    inner = _defined_middleware(mod.src, node)
    if inner is None and node.type == "call_expression":
        return _made_middleware(az, mod, node, depth)
    return _function_of(az, mod, inner, depth + 1) if inner is not None else None


def _made_middleware(az: Analyzer, mod: Module, call: Node, depth: int) -> Function | None:
    """`.use(withRateLimit({ limit: 10 }))`: a project factory whose one answer is the middleware itself
    (`return createMiddleware().define(async ({ next }) => ...)`, or `return async ({ next }) => ...`)."""
    target = az.target(mod, call)
    body = target.body if target is not None else None
    if target is None or body is None:
        return None
    if body.type != "statement_block":
        values = [body]
    else:
        values = [
            r.named_children[0] for r in sx.find(body, ("return_statement",), into_functions=False) if r.named_children
        ]
    if len(values) != 1:
        return None
    value = sx.strip_types(values[0])
    if value is None or not (sx.is_function(value) or _defined_middleware(target.module.src, value) is not None):
        return None
    return _function_of(az, target.module, value, depth + 1)


# what a next-safe-action middleware is handed besides the context: none of it is the session's
_MIDDLEWARE_OWN_ARGS = frozenset({"next", "metadata", "clientInput", "bindArgsClientInputs"})


def _context_role_gate(az: Analyzer, mw: Function) -> bool:
    """A middleware chained on a signed-in client that lets only some roles on (`authClient.use(async
    ({ next, ctx }) => { if (!["owner", "coach"].includes(ctx.role)) throw ...; return next({ ctx }) })`):
    the context an earlier middleware filled is the session's, and every way on to `next` passed the
    role test. Worked out once per middleware."""
    found = az.ctx_role_gates.get(mw.key)
    if found is not None:
        return found
    params = mw.param_nodes()
    src = mw.module.src
    names = set(sx.pattern_names(src, params[0])) - _MIDDLEWARE_OWN_ARGS if params else set()
    gate = False
    if names and mw.body is not None and src.find(b"next", mw.node.start_byte, mw.node.end_byte) != -1:
        flow = az.flow(mw, State(auth="inherited", session=set(names)))

        def calls_next(node: Node | None) -> bool:
            return node is not None and any(
                sx.callee_name(src, c) == "next" for c in sx.find(node, ("call_expression",))
            )

        # (`const result = await next({ ctx }); await audit(...); return result`)
        results = {
            n
            for d in sx.find(mw.body, ("variable_declarator",))
            if calls_next(d.child_by_field_name("value"))
            for n in sx.pattern_names(src, d.child_by_field_name("name"))
        }
        onward = [
            e
            for e in flow.events
            if e.kind == "return"
            and e.value is not None
            and (calls_next(e.value) or identifiers(src, e.value) & results)
        ]
        gate = bool(onward) and all(e.state.role for e in onward)
    az.ctx_role_gates[mw.key] = gate
    return gate


def _context_session_gate(az: Analyzer, mw: Function) -> bool:
    """A middleware whose every way on to `next` is past a check of the context it was handed, taken
    as the session an earlier middleware read (`if (!ctx.session.userId) throw`)."""
    params = mw.param_nodes()
    src = mw.module.src
    names = set(sx.pattern_names(src, params[0])) - _MIDDLEWARE_OWN_ARGS if params else set()
    if not names or mw.body is None or src.find(b"next", mw.node.start_byte, mw.node.end_byte) == -1:
        return False
    flow = az.flow(mw, State(session=set(names)))
    onward = [
        e
        for e in flow.events
        if e.kind == "return"
        and e.value is not None
        and any(sx.callee_name(src, c) == "next" for c in sx.find(e.value, ("call_expression",)))
    ]
    return bool(onward) and all(e.state.auth is not None for e in onward)


# tRPC's middleware makers: `t.middleware(fn)` and `experimental_standaloneMiddleware<T>().create(fn)`
_TRPC_MIDDLEWARE = re.compile(r"^([\w$]+\.middleware|experimental_standaloneMiddleware\(\)\.create)$")


def _defined_middleware(src: bytes, node: Node) -> Node | None:
    """`createMiddleware().define(fn)` / `createMiddleware<{ ctx: C }>().define(fn)` (next-safe-action's
    standalone middleware), or tRPC's `t.middleware(fn)`: the function it defines, which runs as the
    chain's `.use(...)` step."""
    if node.type != "call_expression":
        return None
    callee = sx.callee_name(src, node)
    if callee != "createMiddleware().define" and not _TRPC_MIDDLEWARE.match(callee):
        return None
    args = sx.call_args(node)
    return args[0] if args else None


def _apply_summaries(ep: EntryPoint, items: list[tuple[Summary, str]]) -> None:
    for s, where in items:
        if s.authenticates or s.enforces_auth:
            ep.authenticated_by = ep.authenticated_by or where
        if s.role:
            ep.role_checked = True
        if s.filled_role:
            ep.filled_role = True
        if s.rate_limits:
            ep.rate_limited_by = ep.rate_limited_by or where
        if s.audits:
            ep.audited_by = ep.audited_by or where
        if s.validates:
            ep.schema_validated = True


_REQUEST_NAMES = frozenset(
    {
        "req",
        "request",
        "params",
        "searchParams",
        "query",
        "body",
        "formData",
        "input",
        "data",
        "args",
        "payload",
        "json",
        "rawBody",
        "headers",
        "cookies",
        "ctx",
    }
)


def _param_roles(ep: EntryPoint, safe_action: bool) -> None:
    """Which parameters carry client input and which carry session data."""
    params = ep.fn.param_nodes()
    src = ep.fn.module.src
    if safe_action:
        # ({ parsedInput, ctx, bindArgsParsedInputs }) => ...
        for p in params:
            for n in sx.pattern_names(src, p):
                if n in ("ctx", "context") or n in SESSION_PARAM_NAMES:
                    ep.session_params.add(n)
                elif n in ("parsedInput", "bindArgsParsedInputs", "input", "clientInput"):
                    ep.input_params.add(n)
            # `({ parsedInput: { id }, ctx: { user } })`
            _pairs(src, p, ep)
        return
    for i, p in enumerate(params):
        names = sx.pattern_names(src, p)
        for n in names:
            if ep.wrappers == ["auth"] and ep.kind == "route" and i == 1:
                ep.input_params.add(n)  # Auth.js `auth(async (req, ctx) => ...)`: Next's `{ params }` context
            elif (
                ep.wrappers
                and ep.authenticated_by
                and (n in SESSION_PARAM_NAMES or (ep.kind == "route" and n not in _REQUEST_NAMES))
                and not (
                    ep.kind == "route"
                    and i > 0
                    and (_route_context_only(src, ep.fn.node, n) or _reads_handed_body(src, ep.fn.node, n))
                )
            ):
                # `withWorkspace(async ({ workspace, session, searchParams }) => ...)`: what an
                # authenticating route wrapper hands over besides the request is its own context
                ep.session_params.add(n)
            elif ep.kind == "wrapped-action" and ep.authenticated_by and i >= 2 and not _form_typed(src, p):
                # (`formData: FormData` is what a form posted, whatever its position)
                ep.session_params.add(n)
            elif ep.kind in ("route",) and i == 1:
                ep.input_params.add(n)  # { params }
            else:
                ep.input_params.add(n)


def _route_context_only(src: bytes, fn: Node | None, name: str) -> bool:
    """``name`` is read only for the route's URL values (`const { id } = await ctx.params`): Next's
    route context handed on by the wrapper, whatever it is called, and the URL is the client's."""
    if fn is None:
        return False
    body = fn.child_by_field_name("body")
    uses = [n for n in sx.find(body, ("identifier",)) if sx.text(src, n) == name] if body is not None else []
    for n in uses:
        parent = n.parent
        if parent is None or parent.type != "member_expression" or parent.child_by_field_name("object") != n:
            return False
        if sx.text(src, parent.child_by_field_name("property")) not in ("params", "searchParams"):
            return False
    return bool(uses)


def _reads_handed_body(src: bytes, fn: Node | None, name: str) -> bool:
    """`ctx.body` read off the context an authenticating route wrapper hands (`handler(req, { ...ctx, team,
    body })`): the request's body travels in it, the client's, beside what the wrapper looked up; the
    context stays client input (a name for all of it, read field by field)."""
    body = fn.child_by_field_name("body") if fn is not None else None
    for n in sx.find(body, ("identifier",)) if body is not None else []:
        parent = n.parent
        if (
            sx.text(src, n) == name
            and parent is not None
            and parent.type == "member_expression"
            and parent.child_by_field_name("object") == n
            and sx.text(src, parent.child_by_field_name("property")) == "body"
        ):
            return True
    return False


def _form_typed(src: bytes, p: Node) -> bool:
    """A parameter annotated `FormData`: only a posted form fills it."""
    ann = p.child_by_field_name("type")
    return ann is not None and sx.text(src, ann).lstrip(": ").strip() == "FormData"


def _pairs(src: bytes, p: Node, ep: EntryPoint) -> None:
    pattern = p.child_by_field_name("pattern") if p.type in ("required_parameter", "optional_parameter") else p
    if pattern is None or pattern.type != "object_pattern":
        return
    for child in pattern.named_children:
        if child.type == "pair_pattern":
            key = sx.text(src, child.child_by_field_name("key"))
            names = sx.pattern_names(src, child.child_by_field_name("value"))
            if key in ("ctx", "context"):
                ep.session_params.update(names)
            elif key in ("parsedInput", "bindArgsParsedInputs", "input", "clientInput"):
                ep.input_params.update(names)  # (zsa hands its parsed input as `input`)


# a database client or transaction by its type (`Prisma.TransactionClient`, `PrismaClient`, a project's
# `Tx` alias of one, drizzle's `PgTransaction<...>`)
_DB_HANDLE_TYPE = re.compile(
    r"^(\w+\.)?(Tx|Transaction|TransactionClient|PrismaClient|PrismaTransaction|DbTransaction|\w*Transaction)(<.*>)?$",
    re.S,
)


def _runs_on_a_handed_db_handle(program: Program, mod: Module, fn: Function) -> bool:
    """`export async function ensureSeat(tx: Prisma.TransactionClient, ...) { const s = await
    tx.seat.findUnique(...)` in a use-server module: its first step calls through a parameter typed as a
    database client, which nothing a client sends can be (arguments arrive as plain data), so every client
    call throws before any work: a server utility run inside the server's own transaction. Also
    `fn(access: DBAccess, id) { return await access.query(async ({ db }) => ...) }`, a parameter whose
    declared type (an interface or class of the project) makes that member a method: a client cannot send
    a function, so the handed callback never runs (a fresh id drawn first, `const id = newId()`, does nothing)."""
    body = fn.body
    if body is None or body.type != "statement_block":
        return False
    handles: set[str] = set()
    typed: dict[str, Node] = {}
    for p in fn.param_nodes():
        name = p.child_by_field_name("pattern")
        ann = p.child_by_field_name("type")
        if p.type != "required_parameter" or name is None or name.type != "identifier" or ann is None:
            continue
        if _DB_HANDLE_TYPE.match(mod.text(ann).lstrip(":").strip()):
            handles.add(mod.text(name))
        else:
            typed[mod.text(name)] = ann
    call = sx.first_statement_call(body) if handles else None
    if call is not None:
        callee = call.child_by_field_name("function")
        if (
            callee is not None
            and callee.type == "member_expression"
            and "?." not in mod.text(callee)
            and sx.root_identifier(mod.src, callee) in handles
        ):
            return True
    return bool(typed) and _runs_through_a_handed_method(program, mod, body, typed)


# a call drawing a fresh id or time, which does nothing a caller could misuse (`newId()`, `generateUUID()`)
_DRAWS_AN_ID = re.compile(r"(?i)^(generate\w*|new\w*id|\w*uuid|nanoid|cuid\w*|ulid|create\w*id)$")


def _runs_through_a_handed_method(program: Program, mod: Module, body: Node, typed: dict[str, Node]) -> bool:
    """The block's first statement that calls anything but an argument-less id drawer is
    `[return|const x =] await p.m(<function>)`, where `p`'s declared type declares `m` as a method."""
    for stmt in sx.statements(body):
        if stmt.type not in ("lexical_declaration", "variable_declaration", "expression_statement", "return_statement"):
            return False
        value = stmt.named_children[0] if stmt.named_children else None
        if value is not None and value.type == "variable_declarator":
            value = value.child_by_field_name("value")
        call = sx.unwrap(value)
        if call is not None and call.type == "call_expression":
            callee = call.child_by_field_name("function")
            args = sx.call_args(call)
            member = mod.text(callee.child_by_field_name("property")) if callee is not None else ""
            if (
                callee is not None
                and callee.type == "member_expression"
                and "?." not in mod.text(callee)
                and (obj := callee.child_by_field_name("object")) is not None
                and obj.type == "identifier"
                and mod.text(obj) in typed
                and any(sx.is_function(a) for a in args)
                and _declares_method(program, mod, typed[mod.text(obj)], member)
            ):
                return True
        for node in sx.walk(stmt):
            if node.type in ("call_expression", "new_expression"):
                callee = node.child_by_field_name("function") or node.child_by_field_name("constructor")
                if (
                    node.type != "call_expression"
                    or callee is None
                    or callee.type != "identifier"
                    or sx.call_args(node)
                    or not _DRAWS_AN_ID.match(mod.text(callee))
                ):
                    return False
    return False


def param_type_declares(program: Program, fn: Function, param: str, member: str) -> bool:
    """``param`` of ``fn`` is annotated with a project interface, object type or class that declares
    ``member`` as a method: a shape a client may claim to send (an interface is only a type)."""
    for p in fn.param_nodes():
        ann = p.child_by_field_name("type")
        if ann is not None and param in sx.pattern_names(fn.module.src, p):
            return _declares_method(program, fn.module, ann, member)
    return False


def _declares_method(program: Program, mod: Module, ann: Node, member: str, depth: int = 0) -> bool:
    """The type annotation names an interface, object type alias or class of the project declaring
    ``member`` as a method (or a property of function type)."""
    tnode = ann.named_children[0] if ann.type == "type_annotation" and ann.named_children else ann
    if tnode.type == "generic_type":
        tnode = tnode.child_by_field_name("name") or tnode
    if tnode.type != "type_identifier" or depth > 4:
        return False
    name = mod.text(tnode)
    for stmt in mod.parsed.root.named_children:
        decl = stmt.child_by_field_name("declaration") if stmt.type == "export_statement" else stmt
        if decl is None or mod.text(decl.child_by_field_name("name")) != name:
            continue
        if decl.type in ("interface_declaration", "class_declaration", "abstract_class_declaration"):
            members = decl.child_by_field_name("body")
        elif decl.type == "type_alias_declaration":
            members = decl.child_by_field_name("value")
        else:
            continue
        for m in members.named_children if members is not None else []:
            if mod.text(m.child_by_field_name("name")) != member:
                continue
            if m.type in ("method_signature", "method_definition", "abstract_method_signature"):
                return True
            t = m.child_by_field_name("type")
            inner = t.named_children[0] if t is not None and t.named_children else None
            if m.type in ("property_signature", "public_field_definition") and inner is not None:
                return inner.type == "function_type"
        return False
    binding = mod.imports.get(name)
    if binding is None or binding.imported in ("*", "default"):
        return False
    target = program.imported_module(mod, binding.spec)
    if target is None:
        return False
    for stmt in target.parsed.root.named_children:
        decl = stmt.child_by_field_name("declaration") if stmt.type == "export_statement" else stmt
        if decl is not None and target.text(decl.child_by_field_name("name")) == binding.imported:
            return _declares_method(program, target, decl.child_by_field_name("name") or decl, member, depth + 1)
    return False


def find_entry_points(az: Analyzer, mod: Module) -> list[EntryPoint]:
    if mod.directive == "use client":
        return []
    out: list[EntryPoint] = []
    seen: set[int] = set()
    path = mod.path
    src = mod.src

    def add(ep: EntryPoint) -> None:
        if ep.fn.node.start_byte in seen:
            return
        seen.add(ep.fn.node.start_byte)
        out.append(ep)

    # Route handlers and pages/api
    if _is_route_file(path):
        exported = [(m, r) for m in HTTP_METHODS if (r := az.program.resolve_export(mod, m)) is not None]
        # `export const PUT = PATCH`: the handler is reported once, under the name it is declared with
        exported.sort(key=lambda mr: mr[1][1].type == "identifier" and mr[1][0].text(mr[1][1]) in HTTP_METHODS)
        for method, (owner, declared) in exported:
            if owner is not mod and _hosts_own_handlers(owner):
                continue  # reported in the module that defines it (below), where its code is
            ep = _entry_from_value(az, owner, declared, "route", method)
            if ep is not None:
                ep.method = method
                ep.verified_caller = _verifies_caller(az, path, ep)
                if owner is not mod:
                    ep.name = method
                    # a handler whose module cannot be told apart cheaply: report on this file's export line
                    ep.anchor = _export_specifier(mod, method) or mod.parsed.root
                add(ep)
        if len(exported) < len(HTTP_METHODS) and b"export const {" in src:
            for ep in _method_table_entries(az, mod, {m for m, _ in exported}):
                ep.verified_caller = _verifies_caller(az, path, ep)
                add(ep)
    elif handler_module(src):
        for method, declared, route_path in _route_reexports(az.program, path):
            ep = _entry_from_value(az, mod, declared, "route", method)
            if ep is not None:
                ep.method = method
                ep.route_path = route_path
                ep.verified_caller = _verifies_caller(az, route_path, ep)
                add(ep)
    if _is_pages_api(path):
        resolved = az.program.resolve_export(mod, "default")
        if resolved is not None:
            ep = _entry_from_value(az, resolved[0], resolved[1], "pages-api", "handler")
            if ep is not None:
                ep.verified_caller = _verifies_caller(az, path, ep)  # `pages/api/webhooks/x.ts`, as an app route
                add(ep)

    # Operations of this module that use-server modules export through a wrapper (`toAction(ops.x)`):
    # analysed here, where their code is, and reported on the exporting line
    if OPERATION_MODULE.search(src) is not None:
        for owner, call, index in _operation_exports(az.program, path):
            ep = _operation_entry(az, owner, call, index)
            if ep is not None and ep.fn.module is mod:
                out.append(ep)  # (one operation may be exported under several names)

    # Module-level "use server": every exported function (not in the app's Next middleware file, which
    # the framework runs before each matched request: a stray directive there makes no action of it)
    if mod.directive == "use server" and not next_middleware_file(az.program, path):
        for name, target in mod.exports.items():
            value = mod.values.get(target) if isinstance(target, str) else target
            if value is None:
                continue
            ep = _entry_from_value(az, mod, value, "action", name)
            if ep is not None and not _runs_on_a_handed_db_handle(az.program, mod, ep.fn):
                add(ep)
                forwarded = _forwarded_wrapped_entry(az, mod, ep, value)
                if forwarded is not None:
                    add(forwarded)

    # Safe-action chains and inline actions anywhere in a server file
    quick = b".action(" in src or b".stateAction(" in src or b".handler(" in src or b".execute(" in src
    if quick or b"use server" in src:
        for node in mod.parsed.find(("call_expression", *sorted(sx.FUNCTION_TYPES))):
            if quick and node.type == "call_expression":
                fn = sx.strip_types(node.child_by_field_name("function"))
                if fn is None or fn.type != "member_expression":
                    continue
                method = sx.text(src, fn.child_by_field_name("property"))
                if method not in _SAFE_ACTION_TERMINALS and method not in _PIPELINE_TERMINALS:
                    continue
                ep = _safe_action(az, mod, node)
                if ep is not None:
                    add(ep)
            elif node.type in sx.FUNCTION_TYPES and mod.directive != "use server":
                body = node.child_by_field_name("body")
                if (
                    body is not None
                    and body.type == "statement_block"
                    and sx.directive(src, body.named_children) == ("use server")
                ):
                    f = mod.function_for(node)
                    ep = EntryPoint("inline-action", f, f.name, f.name_node)
                    _param_roles(ep, False)
                    add(ep)
    for ep in out:
        # a route handler answers at its own path only: a middleware running there that refuses a caller
        # without a session signs the caller in (never a server action, which any page path takes)
        if ep.kind == "route" and ep.authenticated_by is None and not ep.verified_caller and not ep.secret_gate:
            guard = path_middleware.guarding_middleware(az, ep.path, ep.name)
            if guard is not None:
                ep.authenticated_by = f"the refusal of anonymous callers in `{guard[0]}`"
                # (and its 403 to a non-member of the tenant the path names: a project wrapper's role check)
                ep.role_checked = ep.role_checked or guard[1]
    return out


def _forwarded_wrapped_entry(az: Analyzer, mod: Module, outer: EntryPoint, value: Node) -> EntryPoint | None:
    """`const _drop = signedIn(async (user, { id }) => ...)` and `export async function drop(...args) {
    return _drop(...args) }`: an action that only hands its arguments on to a helper a project wrapper
    made. The helper's function is the code that runs, its parameters past the ones the wrapper fills
    (`fn(user, ...args)`) bound to the action's arguments in order; one handed a value of the server's
    own is not the client's. (The action's own entry point keeps judging what it answers.)"""
    node = sx.strip_types(value)
    if node is None or not sx.is_function(node) or outer.fn.node != node:
        return None
    call = sx.unwrap(_sole_return(node))
    body = node.child_by_field_name("body")
    if call is None or call.type != "call_expression" or body is None:
        return None
    if body.type == "statement_block" and len([c for c in body.named_children if c.type != "comment"]) != 1:
        return None  # (an action doing work of its own before or after is read as it is)
    head = sx.strip_types(call.child_by_field_name("function"))
    if head is None or head.type != "identifier" or sx.text(mod.src, head) not in mod.values:
        return None
    made = sx.strip_types(mod.values[sx.text(mod.src, head)])
    if made is None or made.type != "call_expression":
        return None
    callee = sx.callee_name(mod.src, made)
    if not callee or "." in callee or az.program.resolve_function(mod, callee) is None:
        return None  # (only a project wrapper: what it fills is read from its body)
    src = mod.src
    params = outer.fn.param_nodes()
    names = set(outer.fn.params)
    rests = [p for p in params if p.named_children and p.named_children[0].type == "rest_pattern"]
    rest = sx.pattern_names(src, rests[0]) if rests else None
    args = sx.call_args(call)
    spread = False
    for i, a in enumerate(args):
        if a.type == "spread_element":
            inner = a.named_children[0] if a.named_children else None
            if i != len(args) - 1 or inner is None or rest is None or sx.text(src, inner) not in rest:
                return None  # (a spread of anything else: which positions it fills is unknown)
            spread = True
    ep = _entry_from_value(az, mod, made, "action", outer.name)
    wrapper = az.program.resolve_function(mod, callee)
    if ep is None or ep.kind != "wrapped-action" or wrapper is None:
        return None
    index = next((i for i, a in enumerate(sx.call_args(made)) if sx.strip_types(a) == ep.fn.node), None)
    if index is None:
        return None
    roles = az.server_filled.get((wrapper.module.path, wrapper.node.start_byte, index, None))
    # the wrapper hands the caller's arguments on as they came, from position k (`fn(user, ...args)`)
    passed = roles[1] if roles is not None else set()
    k = min(passed) if passed else -1
    if k < 0 or not set(range(k, k + _REST_SPAN)) <= passed:
        return None
    inner_params = ep.fn.param_nodes()
    isrc = ep.fn.module.src
    for j in range(k, len(inner_params)):
        i = j - k
        given = args[i] if i < len(args) else None
        handed = given is not None and (
            given.type == "spread_element" or (given.type == "identifier" and sx.text(src, given) in names)
        )
        if spread and i >= len(args) - 1:
            handed = True
        if not handed:
            bound = set(sx.pattern_names(isrc, inner_params[j]))
            ep.input_params -= bound
            ep.session_params |= bound  # a value of the server's own (or none at all)
    ep.anchor = outer.anchor
    ep.answer_forwarded = True
    return ep


def _method_table_entries(az: Analyzer, mod: Module, done: set[str]) -> list[EntryPoint]:
    """`export const { GET, PATCH } = makeHandlers({ GET: async (req, userId) => ..., PATCH: ... })`:
    each method's function in the table a project factory wraps (the destructured export binds no
    value of its own to resolve). The factory's body counts for each, as a wrapper's does."""
    out: list[EntryPoint] = []
    src = mod.src
    for stmt in mod.parsed.root.named_children:
        decl = stmt.named_children[0] if stmt.type == "export_statement" and stmt.named_children else None
        if decl is None or decl.type != "lexical_declaration":
            continue
        for d in decl.named_children:
            pattern, value = d.child_by_field_name("name"), sx.unwrap(d.child_by_field_name("value"))
            if pattern is None or pattern.type != "object_pattern" or value is None or value.type != "call_expression":
                continue
            wanted = set(sx.pattern_names(src, pattern)) & set(HTTP_METHODS) - done
            callee = sx.callee_name(src, value)
            args = [a for a in (sx.strip_types(a) for a in sx.call_args(value)) if a is not None]
            # (the table last: `makeHandlers("loads:write", { async GET(req, principal) { ... } })`)
            table = args[-1] if args and all(a.type != "object" for a in args[:-1]) else None
            factory = az.program.resolve_function(mod, callee) if callee and "." not in callee else None
            if not wanted or table is None or table.type != "object" or factory is None:
                continue
            # `makeHandlers({ auth: "session", handlers: { GET: async (req, ctx) => ... } })`: the table
            # under a key of the options (the options' other keys say how the factory guards it)
            options, table_key = None, None
            if not _method_keys(src, table) & wanted:
                nested = _nested_method_table(src, table, wanted)
                if nested is None:
                    continue
                options, (table_key, table) = table, nested
            for prop in table.named_children:
                key = (
                    prop.child_by_field_name("key")
                    if prop.type == "pair"
                    else prop.child_by_field_name("name")
                    if prop.type == "method_definition"
                    else None
                )
                method = sx.text(src, key).strip("\"'") if key is not None else ""
                value = (
                    (prop if prop.type == "method_definition" else sx.strip_types(prop.child_by_field_name("value")))
                    if method in wanted
                    else None
                )
                handler_key = None
                if value is not None and value.type == "object":
                    # `GET: { scope: "read", handler: async ({ params }) => ... }`: the method's options,
                    # with its function under a key of its own
                    value, handler_key = _options_function(src, value)
                fn = _function_of(az, mod, value)
                if fn is None or key is None:
                    continue
                # (a method definition, `async GET(req) { ... }`, at the exported name: where its writers
                # put what they say of the endpoint; a `GET: fn` pair at its key, as before)
                exported = (
                    next((n for n in sx.walk(pattern) if n.named_child_count == 0 and sx.text(src, n) == method), key)
                    if prop.type == "method_definition"
                    else key
                )
                ep = EntryPoint("route", fn, method, exported)
                ep.method = method
                ep.wrappers.append(callee)
                layers = [factory, *_table_callers(factory), *_entry_wrappers(az, factory)]
                if handler_key is not None:
                    layers += _option_callers(az, factory, handler_key)
                keyed: list[tuple[Function, str]] = []
                if table_key is not None:
                    keyed = _keyed_table_callers(factory, table_key)
                    layers += [f for f, _ in keyed]
                _apply_summaries(ep, [(az.summary(f), f"wrapper `{callee}`") for f in layers])
                if options is not None:
                    given = _literal_options(src, [options])
                    param = _param_key(factory, 0, None)
                    if given is not None and _auth_switched_off(factory, param, given, src, 0):
                        ep.authenticated_by = None  # `makeHandlers({ auth: "none", handlers })`
                _param_roles(ep, False)
                if keyed and ep.authenticated_by is not None:
                    _table_session_positions(az, ep, keyed)
                out.append(ep)
    return out


def _method_keys(src: bytes, table: Node) -> set[str]:
    """The HTTP method keys of an object literal (`{ GET: ..., async POST() {} }`)."""
    out: set[str] = set()
    for prop in table.named_children:
        key = (
            prop.child_by_field_name("key")
            if prop.type == "pair"
            else prop.child_by_field_name("name")
            if prop.type == "method_definition"
            else prop
            if prop.type == "shorthand_property_identifier"
            else None
        )
        name = sx.text(src, key).strip("\"'") if key is not None else ""
        if name in HTTP_METHODS:
            out.add(name)
    return out


def _nested_method_table(src: bytes, options: Node, wanted: set[str]) -> tuple[str, Node] | None:
    """The one object literal among the options' values whose keys are HTTP methods, with its key
    (`{ auth: "apiKey", scope, handlers: { GET, POST } }` -> `handlers`)."""
    found: list[tuple[str, Node]] = []
    for prop in options.named_children:
        key = prop.child_by_field_name("key") if prop.type == "pair" else None
        value = sx.strip_types(prop.child_by_field_name("value")) if key is not None else None
        if key is not None and value is not None and value.type == "object" and _method_keys(src, value) & wanted:
            found.append((sx.text(src, key).strip("\"'"), value))
    return found[0] if len(found) == 1 else None


def _keyed_table_callers(factory: Function, key: str) -> list[tuple[Function, str]]:
    """The closures a factory builds that call a method read off the table under ``key`` of its
    options (`const h = opts.handlers[method]; ...auth...; return h(req, ctx)`, or
    `opts.handlers.GET(req, ctx)`), each with the name the call is made through."""
    src, mod = factory.module.src, factory.module
    param = _param_key(factory, 0, None)
    aliases = _option_aliases(factory, 0)[1]
    # the table's own names: `opts.handlers`, or `handlers` destructured from the options
    roots = {f"{param}.{key}", f"{param}?.{key}"} if param is not None else set()
    roots |= {local for local, (k, _) in aliases.items() if k == key}
    if not roots:
        return []

    def of_table(node: Node | None) -> bool:
        text = sx.text(src, sx.strip_types(node)) if node is not None else ""
        return any(text == r or text.startswith((r + "[", r + ".", r + "?.")) for r in roots)

    # locals holding one method: `const h = opts.handlers[method]`
    methods = {
        sx.text(src, name)
        for d in sx.find(factory.node, ("variable_declarator",))
        if (name := d.child_by_field_name("name")) is not None
        and name.type == "identifier"
        and of_table(d.child_by_field_name("value"))
    }
    out: list[tuple[Function, str]] = []
    seen: set[int] = set()
    for fn in sx.find(factory.node, tuple(sorted(sx.FUNCTION_TYPES))):
        if fn.id == factory.node.id:
            continue
        for c in sx.find(fn, ("call_expression",), into_functions=False):
            callee = sx.strip_types(c.child_by_field_name("function"))
            called = sx.text(src, callee) if callee is not None else ""
            through = called if called in methods or (callee is not None and of_table(callee)) else None
            if through is not None and fn.start_byte not in seen:
                seen.add(fn.start_byte)
                out.append((mod.function_for(fn), through))
    return out


def _table_session_positions(az: Analyzer, ep: EntryPoint, keyed: list[tuple[Function, str]]) -> None:
    """The method's parameters that every closure calling it fills with values of its own past its
    auth check (`h(req, ctx)` with `ctx` built from the session or the API key): session data."""
    filled: frozenset[int] | None = None
    for closure, through in keyed:
        key = (closure.module.path, closure.node.start_byte, -1, through)
        found = az.server_filled.get(key)
        if found is None:
            flow = az.flow(closure, State(client=set(closure.params)), frozenset({through}))
            calls = [
                (c, st)
                for c, st in flow.param_calls
                if sx.text(closure.module.src, c.child_by_field_name("function")) == through
            ]
            own = (
                own_positions(closure.module.src, calls)
                if calls and all(st.auth is not None for _, st in calls)
                else frozenset()
            )
            found = az.server_filled[key] = (set(own), set())
        filled = frozenset(found[0]) if filled is None else filled & found[0]
    params = ep.fn.param_nodes()
    for i in filled or ():
        names = set(sx.pattern_names(ep.fn.module.src, params[i])) if i < len(params) else set()
        ep.input_params -= names
        ep.session_params |= names


def _options_function(src: bytes, options: Node) -> tuple[Node | None, str | None]:
    """The function in a method's options object (`{ scope, body, handler: async (...) => ... }`): the
    one function-valued member (`handler` when there are several), and its key."""
    found: list[tuple[str, Node]] = []
    for pair in options.named_children:
        value = sx.strip_types(pair.child_by_field_name("value")) if pair.type == "pair" else None
        if value is not None and sx.is_function(value):
            found.append((sx.text(src, pair.child_by_field_name("key")).strip("\"'"), value))
        elif pair.type == "method_definition":
            found.append((sx.text(src, pair.child_by_field_name("name")), pair))
    if len(found) > 1:
        found = [f for f in found if f[0] == "handler"]
    return (found[0][1], found[0][0]) if len(found) == 1 else (None, None)


def _handed_helpers(az: Analyzer, factory: Function, skip_self: bool) -> list[Function]:
    """The project functions a factory calls with one of its own parameters (a table entry, the
    options it was given), each once, in the order they are called."""
    src, mod = factory.module.src, factory.module
    # (and the entries of a table it loops over: `for (const [m, def] of Object.entries(spec)) guard(def.handler)`)
    params = set(factory.params) | {n for loop, items in _table_loops(factory) for n in items}
    out: list[Function] = []
    seen: set[tuple[str, int]] = set()
    for call in sx.find(factory.node, ("call_expression",)):
        if not any(sx.root_identifier(src, sx.strip_types(a)) in params for a in sx.call_args(call)):
            continue
        fn = az.target(mod, call)
        if fn is None or fn.body is None or fn.key in seen or (skip_self and fn.key == factory.key):
            continue
        seen.add(fn.key)
        out.append(fn)
    return out


def _option_callers(az: Analyzer, factory: Function, key: str) -> list[Function]:
    """The functions that call each method's options' function (`def.handler(...)`) for the factory:
    a project builder it hands the options to (`GET: defs.GET ? build(defs.GET) : undefined`), whose
    returned closure checks the caller before `return def.handler({ req, principal, ... })`."""
    out: list[Function] = []
    for builder in _handed_helpers(az, factory, skip_self=False):
        bsrc, bmod = builder.module.src, builder.module
        given = set(builder.params)
        for fn in sx.find(builder.node, tuple(sorted(sx.FUNCTION_TYPES))):
            for c in sx.find(fn, ("call_expression",), into_functions=False):
                callee = sx.callee_name(bsrc, c) or ""
                if callee.endswith("." + key) and callee.split(".")[0] in given:
                    out.append(bmod.function_for(fn))
                    break
    return out


def _table_callers(factory: Function) -> list[Function]:
    """The functions a factory builds around each entry of the table it takes (`for (const [name, fn]
    of Object.entries(methods)) out[name] = async (req) => { ...auth...; return fn(req, id) }`)."""
    src, mod = factory.module.src, factory.module
    out: list[Function] = []
    for loop, items in _table_loops(factory):
        for fn in sx.find(loop, tuple(sorted(sx.FUNCTION_TYPES))):
            called = {sx.callee_name(src, c) for c in sx.find(fn, ("call_expression",))}
            if called & items:
                out.append(mod.function_for(fn))
    return out


def _table_loops(factory: Function) -> list[tuple[Node, set[str]]]:
    """The factory's loops over the table it takes (`for (const [name, fn] of Object.entries(methods))`),
    each with the names its items are bound to."""
    src = factory.module.src
    if src.find(b"Object.", factory.node.start_byte, factory.node.end_byte) == -1:
        return []
    params = set(factory.params)
    out: list[tuple[Node, set[str]]] = []
    for loop in sx.find(factory.node, ("for_in_statement",)):
        right = sx.unwrap(loop.child_by_field_name("right"))
        if right is None or right.type != "call_expression":
            continue
        if sx.callee_name(src, right) not in ("Object.entries", "Object.values"):
            continue
        if not {sx.text(src, a) for a in sx.call_args(right)} & params:
            continue
        out.append((loop, set(sx.pattern_names(src, loop.child_by_field_name("left")))))
    return out


def _entry_wrappers(az: Analyzer, factory: Function) -> list[Function]:
    """The closures a factory wraps each table entry in through a helper (`const wrap = (h) => async
    (req, ctx) => { ...auth...; return h(req, principal, ctx) }`, `GET: wrap(handlers.GET)`; a module
    function `guard(spec, spec.GET)` alike): the functions that call the helper's parameter."""
    out: list[Function] = []
    for helper in _handed_helpers(az, factory, skip_self=True):
        hsrc, hmod = helper.module.src, helper.module
        own = set(helper.params)
        for fn in sx.find(helper.node, tuple(sorted(sx.FUNCTION_TYPES))):
            if fn.id == helper.node.id:
                continue
            if any(sx.callee_name(hsrc, c) in own for c in sx.find(fn, ("call_expression",), into_functions=False)):
                out.append(hmod.function_for(fn))
    return out


def _export_specifier(mod: Module, name: str) -> Node | None:
    for node in sx.walk(mod.parsed.root):
        if node.type == "export_specifier":
            alias = node.child_by_field_name("alias") or node.child_by_field_name("name")
            if sx.text(mod.src, alias) == name:
                return node
    return None


# names of wrappers (and called safe-action clients) that say they let in signed-in callers only
_AUTH_NAMED = re.compile(r"(?i)(auth|user|session|team|protected|admin|signed|org|workspace|member)")
_OPEN_NAMED = re.compile(r"(?i)(cache|memo|public|optional)")


def _called_client(az: Analyzer, mod: Module, call: Node, client: Node) -> EntryPoint | None:
    """next-safe-action before v6: the client is itself called, `action(schema, async (input, ctx) =>
    ...)` or `authAction("edit")(schema, fn)` with `authAction = (p) => createSafeActionClient({
    middleware })`. The schema parses the first argument the function gets, the second is the
    context the client's middleware returned (v4 hands it whole, v5 as `{ ctx }`)."""
    args = sx.call_args(call)
    if len(args) < 2 or sx.is_function(sx.strip_types(args[0]) or args[0]):
        return None
    fn = _function_of(az, mod, sx.strip_types(args[-1]))
    if fn is None:
        return None
    facts = _chain_facts(az, mod, client)
    if not facts.is_client or facts.procedure or facts.route_builder:
        return None
    facts.schema = True
    facts.schemas.append((mod, args[0]))
    ep = _safe_action_entry(az, mod, call, fn, facts)
    named = sx.root_identifier(mod.src, client) or ""
    if (
        ep.authenticated_by is None
        and facts.middlewares
        and _AUTH_NAMED.search(named)
        and not _OPEN_NAMED.search(named)
    ):
        # a middleware handing on a context from a project loader the summaries cannot follow, on a
        # client named for it (`authAction`, `memberAction`): taken at its name, as a wrapper's is
        ep.authenticated_by = f"middleware of `{named}`"
    params = fn.param_nodes()
    src = fn.module.src
    if params:
        ep.input_params.update(sx.pattern_names(src, params[0]))
        ep.input_params -= _unparsed_names(az, ep, params[0])
    for p in params[1:2]:
        ep.session_params.update(sx.pattern_names(src, p))
    return ep


# schema chain methods that keep an object schema's keys as they are (no key added, none kept unknown)
_KEY_KEEPING = frozenset(
    {"object", "strictObject", "extend", "merge", "pick", "omit", "strict", "strip", "partial", "required"}
    | {"refine", "superRefine", "describe", "optional", "nullable", "nullish", "default"}
)


def _closed_schema_keys(az: Analyzer, mod: Module, schema: Node | None, depth: int = 0) -> set[str] | None:
    """The keys an object schema's parse hands back, when no other key can come through (no
    `.passthrough()`, `.catchall()`, `.transform()`, union, `z.any()`): None when not sure."""
    node = sx.strip_types(schema)
    if node is not None and node.type == "identifier" and depth < 4:
        found = az.program.resolve_value(mod, mod.text(node))
        return _closed_schema_keys(az, found[0], found[1], depth + 1) if found is not None else None
    chain = node
    while chain is not None and chain.type == "call_expression":
        if sx.last_name(sx.callee_name(mod.src, chain)) not in _KEY_KEEPING:
            return None
        fn = sx.strip_types(chain.child_by_field_name("function"))
        member = fn is not None and fn.type == "member_expression"
        chain = sx.strip_types(fn.child_by_field_name("object")) if fn is not None and member else None
        if chain is not None and chain.type == "identifier" and sx.text(mod.src, chain) not in ("z", "v", "zod"):
            if _closed_schema_keys(az, mod, chain, depth + 1) is None:  # `Base.extend({...})`
                return None
            break
    keys = schema_keys(mod, node, az.program)
    return set(keys) if keys is not None else None


def _stripping_schema(az: Analyzer, mod: Module, schema: Node | None, depth: int = 0) -> bool:
    """Parsing with ``schema`` hands back only the keys it declares, for an object and for each item of
    a list of them (`z.array(itemSchema)`, `itemSchema.array()`, `.nullish()`)."""
    node = sx.strip_types(schema)
    if node is None or depth > 4:
        return False
    if node.type == "identifier":
        found = az.program.resolve_value(mod, mod.text(node))
        return found is not None and _stripping_schema(az, found[0], found[1], depth + 1)
    if node.type != "call_expression":
        return False
    fn = sx.strip_types(node.child_by_field_name("function"))
    method = sx.last_name(sx.callee_name(mod.src, node))
    if method == "array" and fn is not None and fn.type == "member_expression":
        obj = sx.strip_types(fn.child_by_field_name("object"))
        if obj is not None and sx.text(mod.src, obj) in ("z", "zod"):  # `z.array(item)`
            args = sx.call_args(node)
            return bool(args) and _stripping_schema(az, mod, args[0], depth + 1)
        return _stripping_schema(az, mod, obj, depth + 1)  # `item.array()`
    if method in ("optional", "nullable", "nullish") and fn is not None and fn.type == "member_expression":
        inner = fn.child_by_field_name("object")
        if _stripping_schema(az, mod, inner, depth + 1):
            return True
    return _closed_schema_keys(az, mod, node) is not None


def _unparsed_names(az: Analyzer, ep: EntryPoint, param: Node) -> set[str]:
    """The names an action destructures off its parsed input (`async ({ id, role }) => ...`) under keys
    its schema does not declare: zod drops unknown keys, so they are always undefined, never the
    client's (the client's `role` never reaches a write through them)."""
    typed = param.type in ("required_parameter", "optional_parameter")
    pattern = param.child_by_field_name("pattern") if typed else param
    if pattern is None or pattern.type != "object_pattern" or not ep.schemas:
        return set()
    declared: set[str] = set()
    for mod, schema in ep.schemas:
        keys = _closed_schema_keys(az, mod, schema)
        if keys is None:
            return set()
        declared |= keys
    src = ep.fn.module.src
    return {
        sx.text(src, c)
        for c in pattern.named_children
        if c.type == "shorthand_property_identifier_pattern" and sx.text(src, c) not in declared
    }


def _safe_action(az: Analyzer, mod: Module, call: Node) -> EntryPoint | None:
    args = sx.call_args(call)
    if not args:
        return None
    inner = sx.strip_types(args[0])
    fn = _function_of(az, mod, inner)
    if fn is None:
        return None
    callee_fn = sx.strip_types(call.child_by_field_name("function"))
    obj = sx.unwrap(callee_fn.child_by_field_name("object")) if callee_fn is not None else None
    method = sx.text(mod.src, callee_fn.child_by_field_name("property")) if callee_fn is not None else ""
    if method in _PIPELINE_TERMINALS and not _project_pipeline(az, mod, obj):
        return None
    facts = _chain_facts(az, mod, obj)
    if not facts.is_client and not facts.middlewares and not facts.schema:
        return None
    if method == "handler" and (facts.procedure or not (facts.is_client or facts.schema)):
        return None
    ep = _safe_action_entry(az, mod, call, fn, facts)
    _param_roles(ep, True)
    _drop_shared_context(ep)
    if method in _PIPELINE_TERMINALS:
        # `({ payload, member }) => ...`: the context keys a step fills from the raw input it is handed
        # (`next({ payload: schema.parse(raw) })`) are the client's input
        raw_keys = {k for m, _ in facts.middlewares for k in _raw_input_keys(m)}
        for p in fn.param_nodes()[:1]:
            pattern = sx.strip_types(p.child_by_field_name("pattern") or p)
            for c in pattern.named_children if pattern is not None and pattern.type == "object_pattern" else []:
                if c.type == "shorthand_property_identifier_pattern" and sx.text(fn.module.src, c) in raw_keys:
                    ep.input_params.add(sx.text(fn.module.src, c))
                    ep.session_params.discard(sx.text(fn.module.src, c))
    return ep


def _drop_shared_context(ep: EntryPoint) -> None:
    """`.use(({ next }) => next({ ctx: { db } }))` with the module's own `db`: what a middleware hands
    over from module scope (the app's database client, an SDK) is the same for every caller, no value of
    the session: a query run through it is scoped by nothing (`ctx: { db }` then `db.delete(t).where(id)`)."""
    if not ep.session_params or not ep.middlewares:
        return
    shared: set[str] = set()
    made: set[str] = set()
    for mw in ep.middlewares:
        src = mw.module.src
        # (a name the middleware declares itself, `const db = scopedDb(user.id)`, is its own per call)
        own = set(mw.params) | {
            n
            for d in sx.find(mw.node, ("variable_declarator",))
            for n in sx.pattern_names(src, d.child_by_field_name("name"))
        }
        for call in (
            sx.find(mw.node, ("call_expression",))
            if src.find(b"next", mw.node.start_byte, mw.node.end_byte) != -1
            else ()
        ):
            if sx.callee_name(src, call) != "next":
                continue
            handed = object_keys(src, next(iter(sx.call_args(call)), None)).get("ctx")
            for key, held in object_keys(src, sx.strip_types(handed)).items():
                value = sx.unwrap(held)
                name = sx.text(src, value) if value is not None else ""
                if (
                    value is not None
                    and value.type in ("identifier", "shorthand_property_identifier")
                    and name not in own
                    and (name in mw.module.values or name in mw.module.imports)
                ):
                    shared.add(key)
                else:
                    made.add(key)  # (another middleware's own value under that key: `db: scopedDb(user.id)`)
    ep.session_params -= shared - made


def _raw_input_keys(step: Function) -> set[str]:
    """The keys a pipeline step `(ctx, raw, next) => next({ key: ...raw... })` fills from ``raw``."""
    src = step.module.src
    nodes = [sx.strip_types(n.child_by_field_name("pattern") or n) for n in step.param_nodes()]
    params = [sx.text(src, n) if n is not None and n.type == "identifier" else "" for n in nodes]
    if len(params) < 3 or not params[1] or not params[2] or step.body is None:
        return set()
    out: set[str] = set()
    for call in sx.find(step.body, ("call_expression",)):
        if sx.callee_name(src, call) != params[2]:
            continue
        args = sx.call_args(call)
        for key, value in object_keys(src, args[0] if args else None).items():
            if params[1] in identifiers(src, value):
                out.add(key)
    return out


def _project_pipeline(az: Analyzer, mod: Module, node: Node | None, depth: int = 0) -> bool:
    """``node`` is a chain of `.use(step)` calls on a project action builder: its root is a call of a
    project function whose code builds the object with both a `use` and an `execute` member
    (`pipeline().use(requireUser())`, also through a name, `const authed = pipeline().use(...)`)."""
    node = sx.unwrap(node)
    if node is None or depth > 6:
        return False
    if node.type == "identifier":
        found = az.program.resolve_value(mod, sx.text(mod.src, node))
        return found is not None and found[1] is not node and _project_pipeline(az, found[0], found[1], depth + 1)
    steps = chain_calls(node, mod.src) if node.type == "call_expression" else []
    if not steps or any(m != "use" for m, _ in steps[1:]):
        return False
    root = steps[0][1]
    fn_node = sx.strip_types(root.child_by_field_name("function"))
    if fn_node is not None and fn_node.type == "member_expression":  # `authed.use(step)`
        return steps[0][0] == "use" and _project_pipeline(az, mod, fn_node.child_by_field_name("object"), depth + 1)
    builder = az.target(mod, root)
    if builder is None:
        return False
    bsrc = builder.module.src
    for obj in sx.find(builder.node, ("object",)):
        names = {
            sx.text(bsrc, c.child_by_field_name("name" if c.type == "method_definition" else "key"))
            for c in obj.named_children
            if c.type in ("pair", "method_definition")
        }
        if {"use", "execute"} <= names:
            return True
    return False


def _safe_action_entry(az: Analyzer, mod: Module, call: Node, fn: Function, facts: _ChainFacts) -> EntryPoint:
    """The entry point of a safe-action client's action, with what the client's chain guarantees."""
    name = fn.name if fn.name != "<anonymous>" else _declared_name(mod, call)
    ep = EntryPoint("safe-action", fn, name, _declared_anchor(mod, call) or fn.name_node)
    ep.schema_validated = facts.schema
    ep.schemas = facts.schemas
    ep.middlewares = [m for m, _ in facts.middlewares]
    ep.client_name = facts.names[0] if facts.names else None
    if facts.zsa and facts.output is not None:
        # zsa answers with `outputSchema.safeParseAsync(answer).data`: an object schema keeps its keys only
        ep.output_parsed = _stripping_schema(az, *facts.output)
    _apply_summaries(ep, [(az.summary(m), f"middleware in {where}") for m, where in facts.middlewares])
    if ep.authenticated_by is None:
        ep.authenticated_by = next((f"middleware in {w}" for m, w in facts.middlewares if _gates_user(m)), None)
    if ep.authenticated_by is None:
        # `.use(async ({ next }) => next({ ctx: { session: await getSession() } }))` then `.use(async ({ next,
        # ctx }) => { if (!ctx.session.userId) throw ...; return next({ ctx }) })`: the later step checks
        # the session an earlier one read and handed on
        read = False
        for m, w in facts.middlewares:
            if read and _context_session_gate(az, m):
                ep.authenticated_by = f"middleware in {w}"
                break
            read = read or az.summary(m).auth_source
    if ep.authenticated_by is not None and not ep.role_checked:
        ep.role_checked = any(_context_role_gate(az, m) for m, _ in facts.middlewares)
    if ep.authenticated_by is not None and facts.metadata is not None:
        # `.metadata({ allowAnonymous: true })` against `if (!session && !metadata?.allowAnonymous) throw`
        signing = [m for m, _ in facts.middlewares if az.summary(m).authenticates or az.summary(m).enforces_auth]
        if signing and all(
            _auth_switched_off(m, _param_key(m, 0, "metadata"), facts.metadata, mod.src) for m in signing
        ):
            ep.authenticated_by = None
    if ep.audited_by is not None and ep.audited_by.startswith("middleware in") and facts.metadata is not None:
        # `.metadata({ actionName })` against `if (metadata.audit) await audit.record(...)`: the flag left out
        auditing = [m for m, _ in facts.middlewares if az.summary(m).audits]
        if auditing and all(
            (param := _param_key(m, 0, "metadata")) is not None
            and _fact_switched_off(az, m, param, facts.metadata, mod.src, _audits)
            for m in auditing
        ):
            ep.audited_by = None
    if not ep.role_checked and any(_ctx_role(az, m) for m in ep.middlewares):
        ep.role_checked = True
    if facts.zsa and ep.authenticated_by is not None and not ep.filled_role:
        ep.filled_role = any(_zsa_role_gate(az, m) for m, _ in facts.middlewares)
    return ep


def _zsa_role_gate(az: Analyzer, proc: Function) -> bool:
    """A zsa procedure's `.handler(...)` whose every answer (the context it hands on) is past a test of the
    caller's role where the action works (`const role = await staffRoleAt(ctx.user.id, input.gymId); if
    (!role) throw`, `if (!["manager", "owner"].includes(ctx.staffRole)) throw`): a role in the caller's
    own tenant, as a wrapper's (`Summary.filled_role`). A zsa step has no `next`: what it returns goes on."""
    key = (proc.key[0] + "#zsa", proc.key[1])  # (beside `_context_role_gate`'s answer for the same function)
    found = az.ctx_role_gates.get(key)
    if found is not None:
        return found
    az.ctx_role_gates[key] = False
    params = proc.param_nodes()
    src = proc.module.src
    names = set(sx.pattern_names(src, params[0])) & {"ctx"} if params else set()
    gate = False
    if names and proc.body is not None:
        flow = az.flow(proc, State(auth="inherited", session=set(names)))
        rets = [e for e in flow.events if e.kind == "return" and sx.enclosing_function(e.node) == proc.node]
        gate = bool(rets) and all(e.state.role for e in rets)
    az.ctx_role_gates[key] = gate
    return gate


# a platform-wide role flag on the signed-in user (`isPlatformAdmin`, `isStaff`, `superuser`), not a
# group's (`isOrgAdmin`, `teamAdmin`: a role in the caller's own team covers no other team's rows)
_PLATFORM_FLAG = re.compile(r"(?i)^(is_?)?([a-z]+_?){0,2}(admin|staff|super_?user|operator)$")
_GROUP_WORD = re.compile(r"(?i)(org|team|workspace|tenant|project|member|group|compan|account|agency)")


def platform_flag(prop: str) -> bool:
    """`isPlatformAdmin`, `isStaff`, `superuser`: a platform-wide role flag (not `isOrgAdmin`, a group's)."""
    return bool(_PLATFORM_FLAG.match(prop)) and not _GROUP_WORD.search(prop)


def _ctx_role(az: Analyzer, fn: Function) -> bool:
    """A safe-action `.use(...)` middleware or zsa procedure's `.handler(...)` that refuses unless the
    context an earlier step handed on carries a platform role flag (`if (!ctx.user.isPlatformAdmin)
    throw`): that context is the signed-in caller's, so its flags are the caller's role. Every way on
    must be past the check (a zsa step's `return { error }` hands its ctx on: it refuses nothing)."""
    key = fn.key
    known = az.ctx_roles.get(key)
    if known is not None:
        return known
    az.ctx_roles[key] = False
    nodes = fn.param_nodes()
    src = fn.module.src
    names = set(sx.pattern_names(src, nodes[0])) & SESSION_PARAM_NAMES if nodes else set()
    if not names or fn.body is None:
        return False
    flagged = False
    # (or the caller's own row, loaded by the context's user id: `const u = await db.user.findUnique({
    # where: { id: ctx.userId } }); if (!u?.isSuperAdmin) throw`; the walk below says whose row it is)
    loaded = {
        sx.text(src, d.child_by_field_name("name"))
        for d in sx.find(fn.body, ("variable_declarator",), into_functions=False)
        if (d.child_by_field_name("name") or d).type == "identifier"
        and _awaited_read_of(src, d.child_by_field_name("value"), names)
    }
    for i in sx.find(fn.body, ("if_statement",), into_functions=False):
        cond = i.child_by_field_name("condition")
        if cond is None or sx.exits(src, i.child_by_field_name("consequence")) != "throw":
            continue
        for m in sx.find(cond, ("member_expression",), into_functions=False):
            prop = sx.text(src, m.child_by_field_name("property"))
            if sx.root_identifier(src, m) in names | loaded and platform_flag(prop):
                flagged = True
        flagged = flagged or _names_platform_roles(
            src, cond, names | loaded, _role_locals(src, fn.body, names | loaded)
        )
    if not flagged:
        return False
    flow = az.flow(fn, State(client=set(fn.params) - names, session=names))
    rets = [e for e in flow.events if e.kind == "return" and sx.enclosing_function(e.node) == fn.node]
    found = flow.final.role and all(e.state.role for e in rets)
    az.ctx_roles[key] = found
    return found


def _platform_role_of(src: bytes, node: Node | None, names: set[str]) -> bool:
    """`ctx.user.role` / `(ctx.user as User).role`: the signed-in user's own role (not a group's:
    `ctx.membership.role` is a role in the caller's own team, which covers no other team's rows)."""
    node = sx.strip_types(sx.unwrap(node))
    if node is None or node.type != "member_expression":
        return False
    if sx.text(src, node.child_by_field_name("property")) != "role" or sx.root_identifier(src, node) not in names:
        return False
    return not _GROUP_WORD.search(sx.text(src, node.child_by_field_name("object")))


def _role_locals(src: bytes, body: Node, names: set[str]) -> set[str]:
    """Locals holding the signed-in user's role (`const role = (ctx.user as { role?: string }).role`)."""
    return {
        sx.text(src, d.child_by_field_name("name"))
        for d in sx.find(body, ("variable_declarator",), into_functions=False)
        if (d.child_by_field_name("name") or d).type == "identifier"
        and _platform_role_of(src, d.child_by_field_name("value"), names)
    }


def _names_platform_roles(src: bytes, cond: Node, names: set[str], role_locals: set[str]) -> bool:
    """``cond`` compares the signed-in user's role with named roles (`role !== "finance" && role !==
    "admin"`, `!["finance", "admin"].includes(ctx.user.role)`): a zsa step refusing on it is a role check
    like the first link's own `session.user.role !== "admin"`."""

    def is_role(n: Node | None) -> bool:
        n = sx.strip_types(sx.unwrap(n))
        if n is None:
            return False
        if n.type == "identifier":
            return sx.text(src, n) in role_locals
        return _platform_role_of(src, n, names)

    def is_literal(n: Node | None) -> bool:
        n = sx.strip_types(sx.unwrap(n))
        return n is not None and n.type == "string"

    for b in sx.find(cond, ("binary_expression",), into_functions=False):
        op = b.child_by_field_name("operator")
        if op is None or sx.text(src, op) not in ("===", "!==", "==", "!="):
            continue
        left, right = b.child_by_field_name("left"), b.child_by_field_name("right")
        if (is_role(left) and is_literal(right)) or (is_role(right) and is_literal(left)):
            return True
    for c in sx.find(cond, ("call_expression",), into_functions=False):
        fn = sx.strip_types(c.child_by_field_name("function"))
        if (
            fn is None
            or fn.type != "member_expression"
            or sx.text(src, fn.child_by_field_name("property")) != "includes"
        ):
            continue
        arr = sx.strip_types(sx.unwrap(fn.child_by_field_name("object")))
        args = sx.call_args(c)
        if (
            arr is not None
            and arr.type == "array"
            and arr.named_children
            and all(is_literal(e) for e in arr.named_children)
            and args
            and is_role(args[0])
        ):
            return True
    return False


def _awaited_read_of(src: bytes, value: Node | None, names: set[str]) -> bool:
    """``value`` awaits a call handed something of ``names`` (`await db.user.findUnique({ where: { id:
    ctx.userId } })`)."""
    value = sx.strip_types(value)
    if value is None or value.type != "await_expression" or not value.named_children:
        return False
    call = sx.unwrap(value.named_children[0])
    return (
        call is not None
        and call.type == "call_expression"
        and any(sx.root_identifier(src, n) in names for n in sx.find(call, ("member_expression",)))
    )


def _route_builder(az: Analyzer, mod: Module, call: Node, name: str) -> EntryPoint | None:
    """`export const GET = orgRoute.params(s).handler(async (req, { params, ctx }) => ...)` with a
    next-zod-route builder (`createZodRoute(opts).use(mw)`, perhaps defined in another file): the
    handler is the route's entry point, its middlewares count as they do for a safe-action client."""
    args = sx.call_args(call)
    fn = _function_of(az, mod, sx.strip_types(args[0])) if args else None
    callee_fn = sx.strip_types(call.child_by_field_name("function"))
    if fn is None or callee_fn is None or callee_fn.type != "member_expression":
        return None
    facts = _chain_facts(az, mod, sx.unwrap(callee_fn.child_by_field_name("object")))
    if not facts.route_builder:
        return None
    ep = EntryPoint("route", fn, name, _declared_anchor(mod, call) or fn.name_node)
    ep.middlewares = [m for m, _ in facts.middlewares]
    _apply_summaries(ep, [(az.summary(m), f"middleware in {where}") for m, where in facts.middlewares])
    if ep.authenticated_by is None:
        ep.authenticated_by = next((f"middleware in {w}" for m, w in facts.middlewares if _gates_user(m)), None)
    ep.schemas = facts.schemas
    src = fn.module.src
    params = fn.param_nodes()
    if params:
        ep.input_params.update(sx.pattern_names(src, params[0]))  # the request itself
    pattern = params[1] if len(params) > 1 else None
    if pattern is not None and pattern.type in ("required_parameter", "optional_parameter"):
        pattern = pattern.child_by_field_name("pattern")
    # `{ params, query, body, ctx }`; a context kept whole (`context.body`) is left unclassified
    for child in pattern.named_children if pattern is not None and pattern.type == "object_pattern" else ():
        if child.type == "shorthand_property_identifier_pattern":
            key, names = sx.text(src, child), {sx.text(src, child)}
        elif child.type == "pair_pattern":
            key = sx.text(src, child.child_by_field_name("key"))
            names = set(sx.pattern_names(src, child.child_by_field_name("value")))
        elif child.type == "object_assignment_pattern":
            left = child.child_by_field_name("left")
            key, names = sx.text(src, left), set(sx.pattern_names(src, left))
        else:
            continue
        if key in ("ctx", "context"):
            ep.session_params |= names
        elif key in _ROUTE_SCHEMA_METHODS:
            ep.input_params |= names
            if key in facts.route_schemas or ep.schema_validated:
                ep.validated_params |= names
    return ep


_USER_NAMES = frozenset({"user", "session", "currentUser", "viewer", "me", "authUser", "sessionUser"})


def _gates_user(fn: Function) -> bool:
    """A middleware that loads the caller through a project API the vocabulary does not know
    (`const user = await queryClient.fetchQuery(trpc.user.me.queryOptions())`), stops when there
    is none (`if (!user) throw`) and hands it on (`next({ ctx: { user } })`) authenticates."""
    src = fn.module.src
    loaded: set[str] = set()
    for d in sx.find(fn.node, ("variable_declarator",), into_functions=False):
        value = sx.strip_types(d.child_by_field_name("value"))
        if value is not None and value.type == "await_expression":
            loaded |= set(sx.pattern_names(src, d.child_by_field_name("name"))) & _USER_NAMES
    if not loaded:
        return False
    gated: set[str] = set()
    for stmt in sx.find(fn.node, ("if_statement",), into_functions=False):
        cond = sx.unwrap(stmt.child_by_field_name("condition"))
        negated = cond is not None and cond.type == "unary_expression"
        if cond is not None and negated and sx.text(src, cond.child_by_field_name("operator")) == "!":
            rid = sx.root_identifier(src, sx.strip_types(cond.child_by_field_name("argument")))
            if rid in loaded and sx.exits(src, stmt.child_by_field_name("consequence")):
                gated.add(rid)
    if not gated:
        return False
    for call in sx.find(fn.node, ("call_expression",), into_functions=False):
        if sx.callee_name(src, call) == "next" and any(identifiers_in(src, a) & gated for a in sx.call_args(call)):
            return True
    return False


def identifiers_in(src: bytes, node: Node) -> set[str]:
    return {sx.text(src, n) for n in sx.find(node, ("identifier", "shorthand_property_identifier"))}


def _declared_name(mod: Module, node: Node) -> str:
    p = node.parent
    while p is not None:
        if p.type == "variable_declarator":
            return mod.text(p.child_by_field_name("name"))
        if p.type in ("program", "statement_block"):
            break
        p = p.parent
    return "<anonymous>"


def _declared_anchor(mod: Module, node: Node) -> Node | None:
    p = node.parent
    while p is not None:
        if p.type == "variable_declarator":
            return p.child_by_field_name("name")
        if p.type in ("program", "statement_block"):
            break
        p = p.parent
    return None


# React `cache`, next `unstable_cache`, lodash-style `memoize`: remember a function's answers, guard nothing
_MEMOISERS = frozenset({"cache", "unstable_cache", "memoize"})


def _entry_from_value(
    az: Analyzer, mod: Module, value: Node, kind: str, name: str, options_only: bool = False
) -> EntryPoint | None:
    """The entry point a route/action value builds; with ``options_only``, only a handler an
    options object holds (`withRawBody({ handler })`, under a layer such as `createAxiomRouteHandler`)."""
    node = sx.strip_types(value)
    if node is None:
        return None
    if options_only and node.type != "call_expression":
        return None
    if sx.is_function(node):
        f = mod.function_for(node, name)
        ep = EntryPoint(kind, f, name, f.name_node)
        _param_roles(ep, False)
        return ep
    if node.type == "identifier":
        resolved = az.program.resolve_value(mod, sx.text(mod.src, node))
        if resolved is None or resolved[1] is node:
            return None
        return _entry_from_value(az, resolved[0], resolved[1], kind, name)
    if node.type == "call_expression":
        fn_node = sx.strip_types(node.child_by_field_name("function"))
        # next-safe-action / zsa chain exported directly
        builder: tuple[Function, Function, Node] | None = None
        if fn_node is not None and fn_node.type == "member_expression":
            method = sx.text(mod.src, fn_node.child_by_field_name("property"))
            if method in _PIPELINE_TERMINALS:
                chained = _safe_action(az, mod, node)
                if chained is not None:
                    return chained
            if method in _TRPC_RESOLVERS and kind == "action":
                called = _caller_procedure_entry(az, mod, node)
                if called is not None:
                    return called
            if method in _SAFE_ACTION_TERMINALS:
                chained = _safe_action(az, mod, node)
                if chained is None and method == "handler" and kind == "route":
                    chained = _route_builder(az, mod, node, name)
                builder = _builder_method(az, mod, fn_node) if chained is None and method == "handler" else None
                if builder is None:
                    return chained
        called_client = fn_node is not None and fn_node.type in ("identifier", "call_expression")
        if builder is None and kind == "action" and called_client and fn_node is not None:
            called = _called_client(az, mod, node, fn_node)
            if called is not None:
                return called
        # cache(async () => ...) is not a wrapper that guards anything
        callee = sx.callee_name(mod.src, node) if builder is None else builder[0].name
        args = sx.call_args(node)
        memoised = sx.strip_types(args[0]) if args and callee in _MEMOISERS and not options_only else None
        if memoised is not None and memoised.type == "call_expression":
            # `cache(authFilterQuery(async (search, user) => ..., "perm"))`: the memo only remembers answers;
            # the entry point is the one the wrapper inside builds, credited with what that wrapper does
            return _entry_from_value(az, mod, memoised, kind, name)
        inner: Function | None = None
        index = len(args)
        hkey: str | None = None  # the options' key the handler sits under (`wrapper({ schema, handler })`)
        for i in reversed(range(len(args))):
            inner = _function_of(az, mod, args[i])
            if inner is not None:
                index = i
                break
        if inner is not None and options_only:
            return None
        if inner is None:
            for i in reversed(range(len(args))):
                found = _handler_option(az, mod, args[i])
                if found is not None:
                    (inner, hkey), index = found, i
                    break
        if inner is None and builder is None and callee and "." not in callee:
            # `validatedCallback({ inputValidation, callback })`: the work under a key of any name, when the
            # project wrapper returns the function that calls it
            made = _made_from_options(az, mod, callee, args)
            if made is not None:
                inner, hkey, index = made
        if inner is None and callee and "." not in callee:
            for i in reversed(range(len(args))):
                op = _operation_entry(az, mod, node, i)
                if op is not None and op.fn.module is mod:
                    op.anchor_module = None
                    op.route_path = None
                    return op
                if op is not None:
                    return None  # analysed in the module that holds the operation (`operation_exports`)
                if _procedure_target(az.program, mod, node, i) is not None:
                    return None  # a tRPC procedure: analysed where it is, reported here (`bound_entry_points`)
        if inner is None:
            # `createAxiomRouteHandler(withRawBody({ handler }))`: a layer around a wrapped handler
            # (layers around a function argument, `withRouteHandler(withAdminAuth(async (req) => ...))`,
            # are left as they were: their wrappers' facts need their own study first)
            for a in reversed(args):
                if (u := sx.unwrap(a)) is not None and u.type == "call_expression":
                    sub = _entry_from_value(az, mod, u, kind, name, options_only=True)
                    if sub is not None:
                        _outer_wrapper(az, mod, node, callee, sub)
                        return sub
            return None
        ep = EntryPoint(
            "wrapped-action" if kind == "action" else kind, inner, name, _declared_anchor(mod, node) or inner.name_node
        )
        ep.wrappers.append(callee)
        wrapper = az.program.resolve_function(mod, callee) if "." not in callee else None
        if builder is not None:
            wrapper = builder[1]  # `createRoute(opts).handler(fn)`: the method the handler is given to
        # the wrapper's calls of the handler it is handed in an options object; none found (a table of
        # overloads, a rest parameter): what it does with the options cannot be told (`_declared_options`)
        hidden = hkey is not None and wrapper is not None and not _calls_of_param(wrapper, index, hkey)
        if wrapper is not None:
            ws = az.summary(wrapper)
            _apply_summaries(ep, [(ws, f"wrapper `{callee}`")])
            if ws.role and _hands_role_wildcard(mod.src, args[:index], ws.role_wildcards):
                # `withAccess({ roles: ["*"] }, handler)` of a wrapper letting `"*"` through its role test
                ep.role_checked = False
            if ws.validates and not hidden and _hands_only_raw(az, wrapper, index, hkey):
                ep.schema_validated = False  # `withOrg` parses the slug it keeps, not the arguments it hands on
            if hkey is None and ep.schema_validated and not ep.schemas:
                # `createAction(schema, handler)` with the wrapper handing on `await schema.parseAsync(input)`:
                # the schema argument is the action's input schema, as a safe-action client's is
                ep.schemas = [(mod, args[i]) for i in _parsed_schema_params(wrapper) if i < len(args) and i != index]
            if hkey is None:
                # `createAction(schema, handler, [requireUser, requireOwner])` with the wrapper running each
                # step it is handed before the handler: what the steps do counts, as a wrapper's own body
                steps = _handed_steps(az, mod, wrapper, index, args)
                _apply_summaries(ep, [(az.summary(f), f"step `{f.name}` of `{callee}`") for f in steps])
            elif not hidden:
                # `createServerAction({ middlewares: authed, schema, action })` with the wrapper awaiting each
                # function of the `middlewares` map before the action: what they do counts, as `.use(mw)` does
                steps = _handed_step_map(az, mod, wrapper, index, hkey, args)
                _apply_summaries(ep, [(az.summary(f), f"step `{f.name}` of `{callee}`") for f in steps])
            if not secret_args(mod.src, ws, args):
                ep.authenticated_by = None  # `TokenGate("public", handler)`: compared with what anyone knows
            # a wrapper that lets in the holders of a shared secret: its callers are machines or operators
            ep.secret_gate = ep.authenticated_by is not None and ws.secret_gate
            ep.shared_cache = _shares_answers(az, wrapper)
            # `createAction({ schema, auth: false }, handler)` against `if (opts.auth !== false) { ...session... }`,
            # also `defineRoute({ auth: "none", handler })` against `const { auth = "user" } = options`
            for i, a in enumerate(args[: index + (hkey is not None)]):
                options = _literal_options(mod.src, [a])
                param = _param_key(wrapper, i, None)
                if options is not None and _auth_switched_off(wrapper, param, options, mod.src, i):
                    ep.authenticated_by = None
                # `createAction({ schema }, handler)` against `if (opts.perMinute) { ...limit... }`
                if options is not None and param is not None:
                    if ep.rate_limited_by and _fact_switched_off(az, wrapper, param, options, mod.src, _limits):
                        ep.rate_limited_by = None
                    if ep.audited_by and _fact_switched_off(az, wrapper, param, options, mod.src, _audits):
                        ep.audited_by = None
            if ep.authenticated_by is None and _secret_switched_on(wrapper, mod.src, args, index):
                # `withCronMonitor(handler, { requireAuth: true })` against `if (options.requireAuth) { if
                # (authorization !== `Bearer ${process.env.CRON_SECRET}`) return 401 }`: a scheduler's secret
                ep.authenticated_by = f"wrapper `{callee}`"
                ep.secret_gate = True
            switched = _builder_auth(mod, *builder) if builder is not None else None
            if switched is not None:
                # `createRoute({ auth: true })` against `if (opts.auth) { ...session... }`: on or off
                ep.authenticated_by = f"wrapper `{callee}`" if switched else None
        elif (
            _AUTH_NAMED.search(callee)
            and not _OPEN_NAMED.search(callee)
            # Auth.js v5 `auth(async (req) => ...)` only attaches `req.auth`: the handler has to test it
            and (callee != "auth" or _tests_request_auth(inner))
        ):
            ep.authenticated_by = f"wrapper `{callee}`"
        if re.search(r"(?i)rate", callee):
            ep.rate_limited_by = ep.rate_limited_by or f"wrapper `{callee}`"
        if re.search(r"(?i)audit", callee):
            ep.audited_by = ep.audited_by or f"wrapper `{callee}`"
        if re.search(r"(?i)valid|schema", callee):
            ep.schema_validated = True
        if callee in _MEMOISERS:
            ep.kind = kind
        declared_auth = _declared_options(az, mod, args[index], ep, callee) if hidden else None
        _param_roles(ep, False)
        if declared_auth is not None:
            _declared_roles(ep, declared_auth)
        if wrapper is not None and not hidden:
            params = inner.param_nodes()
            key = (wrapper.module.path, wrapper.node.start_byte, index, hkey)
            roles = az.server_filled.get(key)
            if roles is None:  # one wrapper serves many actions: work it out once
                roles = az.server_filled[key] = _server_filled(az, wrapper, index, hkey)
            filled, passed = roles
            for i in filled:
                names = set(sx.pattern_names(inner.module.src, params[i])) if i < len(params) else set()
                ep.input_params -= names
                ep.session_params |= names
            for i in passed:
                # `return action(formData, site, key)` with the handler's own `key`: the client's argument,
                # whatever its position (not the wrapper's context)
                names = set(sx.pattern_names(inner.module.src, params[i])) if i < len(params) else set()
                ep.session_params -= names
                ep.input_params |= names
                ep.raw_params |= names
            checked = az.checked_keys.get(key)
            if checked is None:
                checked = az.checked_keys[key] = _checked_keys(az, wrapper, index, hkey)
            if hkey is not None:
                ep.output_parsed = _parses_output(wrapper, index, hkey, _literal_options(mod.src, [args[index]]))
            for i, keys in checked.items():
                names = destructured_keys(inner.module.src, params[i], keys) if i < len(params) else set()
                ep.input_params -= names
                ep.session_params |= names
        return ep
    return None


# The key an operation object's options hold its work under (`defineOp({ guard, run })`), and the keys
# that hold its guard: the function (or authorizer) whose verdict the operation's factory acts on.
_OPERATION_KEYS = frozenset({"handler", "operation", "run", "execute", "action", "resolve", "fn"})
_GUARD_KEYS = re.compile(
    r"(?i)^(authori[sz](er|e|ation)|auth|guard|polic(y|ies)|permissions?|access|roles?|require\w*)$"
)
# a verdict object saying yes: `{ success: true, session }`, `{ allowed: true }`
_VERDICT_KEYS = frozenset({"success", "authorized", "authorised", "allowed", "allow", "ok", "granted", "pass"})


def _resolve_ref(program: Program, mod: Module, node: Node | None, depth: int = 0) -> tuple[Module, Node] | None:
    """The value a reference names: a local or imported name, or a member of an object literal one
    names (`talkOps.remove` with `export const talkOps = { remove, ... }`), across files."""
    node = sx.strip_types(node)
    if node is None or depth > 8:
        return None
    src = mod.src
    if node.type == "identifier":
        return program.resolve_value(mod, sx.text(src, node))
    if node.type != "member_expression":
        return None
    obj, prop = node.child_by_field_name("object"), node.child_by_field_name("property")
    if obj is None or prop is None or prop.type != "property_identifier":
        return None
    member = sx.text(src, prop)
    if obj.type == "identifier" and sx.text(src, obj) not in mod.values and sx.text(src, obj) in mod.imports:
        via_ns = program.resolve_value(mod, f"{sx.text(src, obj)}.{member}")
        if via_ns is not None:
            return via_ns
    holder = _resolve_ref(program, mod, obj, depth + 1)
    table = sx.strip_types(holder[1]) if holder is not None else None
    if holder is None or table is None or table.type != "object":
        return None
    owner = holder[0]
    for entry in table.named_children:
        if entry.type == "pair":
            key = entry.child_by_field_name("key")
            value = entry.child_by_field_name("value")
            if key is not None and value is not None and sx.text(owner.src, key).strip("\"'") == member:
                return owner, value
        elif entry.type == "shorthand_property_identifier" and sx.text(owner.src, entry) == member:
            return program.resolve_value(owner, member)
    return None


# A module that may define an operation object (a project factory handed an options object)
OPERATION_MODULE = re.compile(rb"\w\(\s*\{")
# `export const x = wrapper(ref)` / `wrapper(ns.ref)` in a use-server module
_EXPORTED_REF = re.compile(rb"\bexport\s+const\s+[\w$]+\s*(?::[^=]+)?=\s*[\w$]+\(\s*[\w$.]+\s*\)")


def operation_exports(program: Program) -> dict[str, list[tuple[str, _NodePath, int]]]:
    """Operation module path -> (action module path, where its exported wrapper call is, argument
    index) for the wrapper calls use-server modules export its operations through: worked out once
    per source tree, not per batch (it depends on the tree alone); the operations are analysed in
    their own module, as re-exported handlers are."""
    table = program.operation_exports
    if table is None:
        table = program.operation_exports = tree_fact(
            program.tree, "operation_exports", lambda: _read_operation_exports(program)
        )
    return table


def _operation_exports(program: Program, path: str) -> list[tuple[Module, Node, int]]:
    """The wrapper calls that export the operations of the module at ``path``, in this project model."""
    out: list[tuple[Module, Node, int]] = []
    for owner_path, where, index in operation_exports(program).get(path, []):
        owner = program.module(owner_path)
        call = _node_at(owner, where) if owner is not None else None
        if owner is not None and call is not None:
            out.append((owner, call, index))
    return out


def _read_operation_exports(program: Program) -> dict[str, list[tuple[str, _NodePath, int]]]:
    found: dict[str, list[tuple[str, _NodePath, int]]] = {}
    for path in sorted(program.index.paths):
        if _SKIP_PARTS.intersection(path.split("/")[:-1]) or not path.endswith((".ts", ".tsx", ".js", ".jsx", ".mjs")):
            continue
        data = read_once(program.tree, path)
        if data is None or b"use server" not in data or _EXPORTED_REF.search(data) is None:
            continue
        mod = program.module(path)
        if mod is None or mod.directive != "use server":
            continue
        for target in mod.exports.values():
            value = sx.strip_types(mod.values.get(target) if isinstance(target, str) else target)
            if value is None or value.type != "call_expression":
                continue
            args = sx.call_args(value)
            for i, arg in enumerate(args):
                ref = sx.strip_types(arg)
                if ref is None or ref.type not in ("identifier", "member_expression"):
                    continue
                op = _operation_target(program, mod, value, i)
                if op is not None:
                    found.setdefault(op[0].module.path, []).append((path, _node_path(value), i))
    return found


def _operation_target(
    program: Program, mod: Module, call: Node, index: int
) -> tuple[Function, Function, Function, Module, Node] | None:
    """For `wrapper(ref)`: (the operation's work function, the wrapper, the factory, the module of
    the factory's call, its options object), when the wrapper calls what it is handed and `ref`
    names a project factory's call with an options object holding the work."""
    callee = sx.callee_name(mod.src, call)
    if not callee or "." in callee:
        return None
    args = sx.call_args(call)
    ref = sx.strip_types(args[index]) if index < len(args) else None
    if ref is None or ref.type not in ("identifier", "member_expression"):
        return None
    wrapper = program.resolve_function(mod, callee)
    if wrapper is None or not _calls_of_param(wrapper, index):
        return None
    found = _resolve_ref(program, mod, ref)
    value = sx.strip_types(found[1]) if found is not None else None
    if found is None or value is None or value.type != "call_expression":
        return None
    owner = found[0]
    fcallee = sx.callee_name(owner.src, value)
    factory = program.resolve_function(owner, fcallee) if fcallee and "." not in fcallee else None
    opts = [sx.strip_types(a) for a in sx.call_args(value)]
    options = next((o for o in opts if o is not None and o.type == "object"), None)
    if factory is None or options is None:
        return None
    work: Function | None = None
    for prop in options.named_children:
        key = prop.child_by_field_name("key") if prop.type == "pair" else prop.child_by_field_name("name")
        text = sx.text(owner.src, key).strip("\"'") if key is not None else ""
        if text not in _OPERATION_KEYS:
            continue
        if prop.type == "method_definition":
            work = owner.function_for(prop)
        elif prop.type == "pair":
            v = sx.strip_types(prop.child_by_field_name("value"))
            if v is not None and sx.is_function(v):
                work = owner.function_for(v)
            elif v is not None and v.type == "identifier":
                work = program.resolve_function(owner, sx.text(owner.src, v)) or work
    if work is None:
        return None
    return work, wrapper, factory, owner, options


def _operation_entry(az: Analyzer, mod: Module, call: Node, index: int) -> EntryPoint | None:
    """`export const retitle = toAction(talkOps.retitle)`: a project wrapper handed a reference to an
    operation built elsewhere by a project factory from an options object (`defineOp({ inputSchema,
    guard, run })`). The wrapper must call what it is handed; the operation's `run` is the entry
    point. Its guard decides: one declared and not built on a check that lets everyone in counts as
    the sign-in and role check (what it demands cannot be told cheaply, so precision first); no guard
    and no authenticating wrapper or factory is no authentication. A declared input schema counts as
    the validation of what the operation is handed."""
    target = _operation_target(az.program, mod, call, index)
    if target is None:
        return None
    work, wrapper, factory, owner, options = target
    callee = sx.callee_name(mod.src, call)
    kind = "action"
    name = _declared_name(mod, call)
    guard: Node | None = None
    schema = False
    for prop in options.named_children:
        key = prop.child_by_field_name("key") if prop.type == "pair" else prop.child_by_field_name("name")
        text = sx.text(owner.src, key).strip("\"'") if key is not None else ""
        if prop.type in ("pair", "method_definition") and _GUARD_KEYS.match(text):
            guard = prop.child_by_field_name("value") if prop.type == "pair" else prop
        elif prop.type == "pair" and text.lower().endswith("schema"):
            schema = True
    if work is None:
        return None
    ep = EntryPoint("wrapped-action" if kind == "action" else kind, work, name, _declared_anchor(mod, call) or call)
    ep.wrappers.extend([callee, factory.name])
    if work.module is not mod:
        ep.route_path = mod.path
        ep.anchor_module = mod
    _apply_summaries(ep, [(az.summary(wrapper), f"wrapper `{callee}`"), (az.summary(factory), f"`{factory.name}`")])
    if guard is not None and not _lets_everyone_in(az.program, owner, guard):
        ep.authenticated_by = ep.authenticated_by or f"the guard of `{factory.name}`"
        ep.role_checked = True
    ep.schema_validated = ep.schema_validated or schema
    for i, p in enumerate(work.param_nodes()):
        pattern = p.child_by_field_name("pattern") if p.type in ("required_parameter", "optional_parameter") else p
        if i == 0 and pattern is not None and pattern.type == "object_pattern":
            for child in pattern.named_children:
                key = child.child_by_field_name("key") if child.type == "pair_pattern" else None
                key = key if key is not None else child.child_by_field_name("left")
                text = sx.text(work.module.src, key if key is not None else child)
                names = set(sx.pattern_names(work.module.src, child.child_by_field_name("value") or child))
                # what the client sent arrives under the request keys; the session the factory hands over
                # is the caller's (a database client or a flag beside it is neither)
                if text in _REQUEST_NAMES:
                    ep.input_params.update(names)
                elif text in SESSION_PARAM_NAMES:
                    ep.session_params.update(names)
        elif i == 0:
            ep.input_params.update(sx.pattern_names(work.module.src, p))
    return ep


# tRPC's `experimental_createServerActionHandler(t, { createContext })` (`@trpc/next/app-dir/server`):
# the function it makes turns a procedure into a server action (`export const x = createAction(router.proc)`)
_TRPC_ACTION_HANDLER = "experimental_createServerActionHandler"
# a tRPC procedure's last step: its resolver, run past the chain's `.input(s)` and `.use(mw)` steps
_TRPC_RESOLVERS = ("mutation", "query")


def _procedure_target(program: Program, mod: Module, call: Node, index: int) -> tuple[Function, Module, Node] | None:
    """For `createAction(ref)` with `createAction` made by tRPC's server-action handler: (the resolver of
    the procedure `ref` names, the module of the procedure, the call making `createAction`), when `ref`
    is a procedure chain ending in `.mutation(fn)` / `.query(fn)` (`protectedProcedure.input(s).use(mw)
    .mutation(async ({ ctx, input }) => ...)`), across files."""
    callee = sx.callee_name(mod.src, call)
    if not callee or "." in callee or index != 0:
        return None
    maker = program.resolve_value(mod, callee)
    made = sx.strip_types(maker[1]) if maker is not None else None
    if maker is None or made is None or made.type != "call_expression":
        return None
    if sx.callee_name(maker[0].src, made) != _TRPC_ACTION_HANDLER:
        return None
    found = _resolve_ref(program, mod, sx.call_args(call)[0])
    chain = sx.strip_types(found[1]) if found is not None else None
    if found is None or chain is None or chain.type != "call_expression":
        return None
    owner = found[0]
    fn_node = sx.strip_types(chain.child_by_field_name("function"))
    if fn_node is None or fn_node.type != "member_expression":
        return None
    if sx.text(owner.src, fn_node.child_by_field_name("property")) not in _TRPC_RESOLVERS:
        return None
    args = sx.call_args(chain)
    resolver = sx.strip_types(args[0]) if args else None
    if resolver is None or not sx.is_function(resolver):
        return None
    return owner.function_for(resolver), maker[0], made


def _procedure_entry(az: Analyzer, mod: Module, call: Node, index: int) -> EntryPoint | None:
    """`export const x = createAction(router.proc)`: a tRPC procedure exposed as a server action (analysed
    where the procedure is, reported on the export: `bound_entry_points`). Read as a
    zsa/next-safe-action chain: the resolver is the entry point (its `input` is the client's, parsed by
    the chain's `.input(s)`; its `ctx` the context), the chain's `.use(mw)` steps its middlewares. The
    handler's `createContext` runs first, so it stands as the middleware reading the session that a
    later step (`if (!ctx.session) throw new TRPCError(...)`) checks."""
    target = _procedure_target(az.program, mod, call, index)
    if target is None:
        return None
    work, maker_mod, made = target
    chain = sx.strip_types(work.node.parent.parent if work.node.parent is not None else None)
    fn_node = sx.strip_types(chain.child_by_field_name("function")) if chain is not None else None
    if fn_node is None or fn_node.type != "member_expression":
        return None
    facts = _chain_facts(az, work.module, fn_node.child_by_field_name("object"))
    context = _option_function(az, maker_mod, sx.call_args(made)[1:2], "createContext")
    if context is not None:
        facts.middlewares.insert(0, (context, maker_mod.path))
    ep = _safe_action_entry(az, mod, call, work, facts)
    ep.wrappers.append(sx.callee_name(mod.src, call))
    _param_roles(ep, True)
    _drop_shared_context(ep)
    return ep


# tRPC v11's `procedure.experimental_caller(experimental_nextAppDirCaller({ createContext }))`: every procedure
# built on it (`export const x = action.input(s).mutation(fn)` in a use-server module) is a server action
_TRPC_CALLER = "experimental_caller"


def _trpc_caller(az: Analyzer, mod: Module, node: Node | None, depth: int = 0) -> tuple[Module, Node] | None:
    """The `.experimental_caller(...)` call a procedure chain is built on (through names, across files)."""
    node = sx.unwrap(node)
    if node is None or depth > 10:
        return None
    if node.type == "identifier":
        found = az.program.resolve_value(mod, sx.text(mod.src, node))
        if found is None or found[1] is node:
            return None
        return _trpc_caller(az, found[0], found[1], depth + 1)
    if node.type != "call_expression":
        return None
    fn_node = sx.strip_types(node.child_by_field_name("function"))
    if fn_node is None or fn_node.type != "member_expression":
        return None
    if sx.text(mod.src, fn_node.child_by_field_name("property")) == _TRPC_CALLER:
        return mod, node
    return _trpc_caller(az, mod, fn_node.child_by_field_name("object"), depth + 1)


def _caller_procedure_entry(az: Analyzer, mod: Module, call: Node) -> EntryPoint | None:
    """`export const x = action.input(s).mutation(async ({ ctx, input }) => ...)` with `action` a
    procedure's `.experimental_caller(...)`: read as `_procedure_entry` reads one handed to
    `createAction` (the chain's `.use(mw)` steps its middlewares, `.input(s)` its schemas, `ctx` the
    server's context; the caller's `createContext` runs first)."""
    fn_node = sx.strip_types(call.child_by_field_name("function"))
    args = sx.call_args(call)
    resolver = sx.strip_types(args[0]) if args else None
    if fn_node is None or fn_node.type != "member_expression" or resolver is None or not sx.is_function(resolver):
        return None
    receiver = fn_node.child_by_field_name("object")
    caller = _trpc_caller(az, mod, receiver)
    if caller is None:
        return None
    facts = _chain_facts(az, mod, receiver)
    made = sx.call_args(caller[1])[:1]
    made_call = sx.strip_types(made[0]) if made else None
    if made_call is not None and made_call.type == "call_expression":
        context = _option_function(az, caller[0], sx.call_args(made_call)[:1], "createContext")
        if context is not None:
            facts.middlewares.insert(0, (context, caller[0].path))
    ep = _safe_action_entry(az, mod, call, mod.function_for(resolver), facts)
    _param_roles(ep, True)
    _drop_shared_context(ep)
    return ep


def _lets_everyone_in(program: Program, mod: Module, node: Node | None, depth: int = 0) -> bool:
    """A guard built on a check that always says yes: `() => Open.bind({}).forArgs({})` with
    `const Open = makePolicy(({ who }) => ({ allowed: true, who }))`. Followed through the functions
    that return it, the builder methods that bind fields to it (object or literal arguments only),
    names and object-literal members, to the check a project factory is handed."""
    node = sx.strip_types(node)
    if node is None or depth > 12:
        return False
    src = mod.src
    if node.type == "true":
        return True
    if sx.is_function(node) or node.type == "method_definition":
        body = node.child_by_field_name("body")
        if body is None:
            return False
        if body.type != "statement_block":
            return _lets_everyone_in(program, mod, body, depth + 1)
        rets = sx.find(body, ("return_statement",), into_functions=False)
        if len(rets) != 1 or not rets[0].named_children or sx.find(body, ("throw_statement", "if_statement"), False):
            return False
        return _lets_everyone_in(program, mod, rets[0].named_children[0], depth + 1)
    if node.type == "object":
        for prop in node.named_children:
            key = prop.child_by_field_name("key") if prop.type == "pair" else None
            if key is not None and sx.text(src, key).strip("\"'") in _VERDICT_KEYS:
                value = sx.strip_types(prop.child_by_field_name("value"))
                return value is not None and value.type == "true"
        return False
    if node.type in ("identifier", "member_expression"):
        found = _resolve_ref(program, mod, node)
        return found is not None and _lets_everyone_in(program, found[0], found[1], depth + 1)
    if node.type == "call_expression":
        fn = sx.strip_types(node.child_by_field_name("function"))
        args = [sx.strip_types(a) for a in sx.call_args(node)]
        checks = [a for a in args if a is not None and sx.is_function(a)]
        if len(checks) == 1 and fn is not None and fn.type == "identifier":
            return _lets_everyone_in(program, mod, checks[0], depth + 1)  # `makePolicy(check)`
        if (
            fn is not None
            and fn.type == "member_expression"
            and all(
                a is not None and a.type in ("object", "string", "number", "true", "false", "null", "undefined")
                for a in args
            )
        ):
            return _lets_everyone_in(program, mod, fn.child_by_field_name("object"), depth + 1)  # `.bind({ ... })`
    return False


def _builder_method(az: Analyzer, mod: Module, member: Node) -> tuple[Function, Function, Node] | None:
    """`createRoute({ auth: true }).handler`: the project builder called, the method of the object
    it returns that the handler is given to, and the builder's call (its options)."""
    call = sx.unwrap(member.child_by_field_name("object"))
    if call is None or call.type != "call_expression":
        return None
    builder = az.target(mod, call)
    if builder is None or builder.body is None:
        return None
    name = sx.text(mod.src, member.child_by_field_name("property"))
    bsrc = builder.module.src
    for ret in sx.find(builder.body, ("return_statement",), into_functions=False):
        obj = sx.unwrap(ret.named_children[0]) if ret.named_children else None
        for prop in obj.named_children if obj is not None and obj.type == "object" else []:
            key = prop.child_by_field_name("name" if prop.type == "method_definition" else "key")
            if key is None or sx.text(bsrc, key) != name:
                continue
            value = prop if prop.type == "method_definition" else sx.strip_types(prop.child_by_field_name("value"))
            if value is not None and (value.type == "method_definition" or sx.is_function(value)):
                return builder, builder.module.function_for(value), call
    return None


# a shared secret the server holds, compared in a test (`process.env.CRON_SECRET`, `env.WEBHOOK_TOKEN`)
_ENV_SECRET = re.compile(r"(?i)\benv\.\w*(secret|token|key)\w*\b")


def _secret_switched_on(wrapper: Function, src: bytes, args: list[Node], index: int) -> bool:
    """The literal options handed beside the handler switch on the wrapper's shared-secret test: `if
    (options.requireAuth) { if (header !== `Bearer ${process.env.CRON_SECRET}`) return 401 }` with `{
    requireAuth: true }` (not `false`, nor the option left out)."""
    wsrc = wrapper.module.src
    for i, a in enumerate(args):
        if i == index:
            continue
        options = _literal_options(src, [a])
        param = _param_key(wrapper, i, None)
        if options is None or param is None:
            continue
        values = {k: _evaluate(src, v, "", {}) for k, v in options.items()}
        for stmt in sx.find(wrapper.node, ("if_statement",)):
            cond = stmt.child_by_field_name("condition")
            verdict = _evaluate(wsrc, cond, param, values) if cond is not None else _UNKNOWN
            then = stmt.child_by_field_name("consequence")
            if verdict is _UNKNOWN or not _truthy(verdict) or then is None:
                continue
            for gate in sx.find(then, ("if_statement",)):
                test = gate.child_by_field_name("condition")
                if (
                    test is not None
                    and sx.exits(wsrc, gate.child_by_field_name("consequence"))
                    and _ENV_SECRET.search(sx.text(wsrc, test))
                ):
                    return True
    return False


def _builder_auth(mod: Module, builder: Function, method: Function, call: Node) -> bool | None:
    """Whether the builder's literal options switch on the session check of the handler it returns
    (`createRoute({ auth: true })` against `if (opts.auth) { const session = await auth(); if
    (!session?.user?.id) return 401 }`), or off; None when no option test holds a session check."""
    options = _literal_options(mod.src, sx.call_args(call)[:1])
    param = _param_key(builder, 0, None)
    if options is None or param is None:
        return None
    src = method.module.src
    values = {k: _evaluate(mod.src, v, "", {}) for k, v in options.items()}
    for stmt in sx.find(method.node, ("if_statement",)):
        cond = stmt.child_by_field_name("condition")
        verdict = _evaluate(src, cond, param, values) if cond is not None else _UNKNOWN
        then = stmt.child_by_field_name("consequence")
        if verdict is _UNKNOWN or then is None:
            continue
        gates = [c for c in sx.find(then, ("if_statement",)) if _tests_presence(src, c)]
        if any(sx.exits(src, c.child_by_field_name("consequence")) for c in gates):
            return _truthy(verdict)
    return None


# The key of an options object that holds a route's handler (`withAuth({ inputSchema, handler })`,
# `createSmartRouteHandler({ request, response, async handler(req) {} })`). (`action`, `execute`,
# `resolve` and `run` were looked for too: in real code they hold jobs and editor plugins, not routes.)
_HANDLER_KEYS = ("handler",)


def _handler_option(az: Analyzer, mod: Module, arg: Node) -> tuple[Function, str] | None:
    """The function an options object literal holds under a handler key, and that key."""
    obj = sx.strip_types(arg)
    if obj is None or obj.type != "object":
        return None
    src = mod.src
    for prop in obj.named_children:
        if prop.type == "method_definition":
            name = prop.child_by_field_name("name")
            if name is not None and sx.text(src, name) in _HANDLER_KEYS:
                return mod.function_for(prop), sx.text(src, name)
        elif prop.type == "pair":
            key = prop.child_by_field_name("key")
            text = sx.text(src, key).strip("\"'") if key is not None else ""
            fn = _function_of(az, mod, prop.child_by_field_name("value")) if text in _HANDLER_KEYS else None
            if fn is not None:
                return fn, text
        elif prop.type == "shorthand_property_identifier" and sx.text(src, prop) in _HANDLER_KEYS:
            fn = az.program.resolve_function(mod, sx.text(src, prop))
            if fn is not None:
                return fn, sx.text(src, prop)
    return None


def _made_from_options(az: Analyzer, mod: Module, callee: str, args: list[Node]) -> tuple[Function, str, int] | None:
    """`export const markRead = validatedCallback({ inputValidation, callback: async (input) => ... })`:
    a project wrapper (in any file) handed an options object, returning the function the module exports,
    which calls the work the options hold under some key (`const { callback } = options; ...
    callback(parsed)`, `opts.run(input)`): that work, its key and the options' position. A wrapper
    that keeps the work without returning a caller of it (a task registry, a runner calling it at once)
    makes no action of it."""
    wrapper = az.program.resolve_function(mod, callee)
    if wrapper is None:
        return None
    src = mod.src
    for i in reversed(range(len(args))):
        obj = sx.strip_types(args[i])
        if obj is None or obj.type != "object":
            continue
        found: list[tuple[Function, str, bool]] = []
        for prop in obj.named_children:
            key: Node | None = None
            fn: Function | None = None
            if prop.type == "method_definition":
                key = prop.child_by_field_name("name")
                fn = mod.function_for(prop)
            elif prop.type == "pair":
                key = prop.child_by_field_name("key")
                value = sx.strip_types(prop.child_by_field_name("value"))
                fn = mod.function_for(value) if value is not None and sx.is_function(value) else None
            if key is None or fn is None:
                continue
            text = sx.text(src, key).strip("\"'")
            calls = _calls_of_param(wrapper, i, text)
            if calls and all(_in_returned_closure(wrapper, c) for c in calls):
                handed = any(
                    identifiers(wrapper.module.src, a, into_functions=False) & _client_locals(wrapper, c)
                    for c in calls
                    for a in sx.call_args(c)
                )
                found.append((fn, text, handed))
        # (several called: the one handed what the client sent, not an `onError(e)` beside it)
        picked = [f for f in found if f[2]] or (found if len(found) == 1 else [])
        if len(picked) == 1:
            return picked[0][0], picked[0][1], i
    return None


def _in_returned_closure(wrapper: Function, node: Node) -> bool:
    """``node`` runs inside a function the wrapper returns (`return async function (input) { ... }`,
    `(opts) => async (input) => ...`), not in the wrapper's own body."""
    outer: Node | None = None  # the function directly inside the wrapper that holds ``node``
    for p in sx.ancestors(node):
        if p.id == wrapper.node.id:
            break
        if p.type in sx.FUNCTION_TYPES:
            outer = p
    else:
        return False
    if outer is None:
        return False
    up = outer.parent
    while up is not None and (up.type in sx.TRANSPARENT or up.type == "await_expression"):
        up = up.parent
    return up is not None and (up.type == "return_statement" or up.id == wrapper.node.id)


def _outer_wrapper(az: Analyzer, mod: Module, node: Node, callee: str, ep: EntryPoint) -> None:
    """What a layer around an already wrapped handler adds (`withTelemetry(withUser({ handler }))`):
    its own auth, rate limit, audit or validation, as for the wrapper it holds."""
    ep.wrappers.insert(0, callee)
    ep.anchor = _declared_anchor(mod, node) or ep.anchor
    wrapper = az.program.resolve_function(mod, callee) if "." not in callee else None
    if wrapper is None:
        return
    ws = az.summary(wrapper)
    if (ws.authenticates or ws.enforces_auth) and not secret_args(mod.src, ws, sx.call_args(node)):
        ws = Summary(rate_limits=ws.rate_limits, audits=ws.audits, validates=ws.validates)
    had = ep.authenticated_by
    _apply_summaries(ep, [(ws, f"wrapper `{callee}`")])
    if had is None and ep.authenticated_by is not None:
        ep.secret_gate = ws.secret_gate


# Options that carry a route's input schema (`inputSchema`, `request: yupObject({ body })`).
_SCHEMA_OPTIONS = frozenset({"schema", "inputSchema", "input", "request", "body", "query", "params", "validator"})
# Options, or properties of a request schema, that declare who may call (`auth: yupObject({ user })`).
# (`headers: yupObject({ authorization: yupTuple([integrationCredentialsSchema]).defined() })` too)
_AUTH_OPTIONS = frozenset({"auth", "authentication", "authorization", "requireAuth", "requiresAuth"})
# ... and the values that declare nobody (`auth: "none"`, `auth: schema.optional()`)
_NO_AUTH = re.compile(
    r"""^(false|null|undefined|["'`](none|public|optional|anonymous)["'`])$|\.(optional|nullable|notRequired)\(\)$"""
)


def _declared_options(az: Analyzer, mod: Module, arg: Node, ep: EntryPoint, callee: str) -> str | None:
    """For a wrapper whose use of its options cannot be followed: the route's own declarations.
    A schema option counts as validation, and an auth requirement in the options or in their
    request schema (`request: yupObject({ auth: yupObject({ user: ... }).defined(), body })`) as
    authentication (precision first: the wrapper takes its decision from them, out of sight).
    Returns the key the auth requirement sits under."""
    src = mod.src
    obj = sx.strip_types(arg)
    if obj is None or obj.type != "object":
        return None
    for prop in obj.named_children:
        key = prop.child_by_field_name("key") if prop.type == "pair" else None
        value = sx.strip_types(prop.child_by_field_name("value")) if key is not None else None
        if (
            key is not None
            and value is not None
            and sx.text(src, key) in _SCHEMA_OPTIONS
            and value.type in ("call_expression", "identifier", "member_expression")
        ):
            ep.schema_validated = True
    declared = _auth_declaration(az, mod, obj, 0)
    found = declared[0] if declared is not None else None
    if declared is not None and ep.authenticated_by is None:
        ep.authenticated_by = f"auth declared in the options of `{callee}`"
        # a required `authorization` header checked by the schema (an integration's client id and
        # secret): a machine caller presenting credentials, no user session to scope rows by
        ep.secret_gate = found == "authorization"
        # `auth: yupObject({ type: adminAuthTypeSchema.defined() })`: only an admin gets in
        ep.declared_admin = declared[1]
    return found


def _auth_declaration(az: Analyzer, mod: Module, obj: Node, depth: int) -> tuple[str, bool] | None:
    """The key of an auth requirement in an options object, or in the object arguments of the
    schema builders its properties call (`yupObject({ auth: ... })`), also of a schema declared
    apart (`request: fuseboxRequestSchema`); and whether it demands an admin."""
    src = mod.src
    for prop in obj.named_children:
        if prop.type != "pair" or (key := prop.child_by_field_name("key")) is None:
            continue
        value = sx.strip_types(prop.child_by_field_name("value"))
        if value is None:
            continue
        name = sx.text(src, key).strip("\"'")
        if name in _AUTH_OPTIONS:
            if not _NO_AUTH.search(sx.text(src, value).strip()):
                return name, _demands_admin(src, value)
            continue
        owner = mod
        if depth < 3 and value.type == "identifier":
            resolved = az.program.resolve_value(mod, sx.text(src, value))
            if resolved is not None and resolved[1] is not value:
                owner, value = resolved[0], sx.strip_types(resolved[1]) or value
        if depth < 3 and value.type == "call_expression":
            for call in [value, *(c for c in sx.find(value, ("call_expression",)) if c is not value)][:4]:
                for a in sx.call_args(call):
                    inner = sx.strip_types(a)
                    if inner is not None and inner.type == "object":
                        found = _auth_declaration(az, owner, inner, depth + 1)
                        if found is not None:
                            return found
    return None


def _demands_admin(src: bytes, value: Node) -> bool:
    """`yupObject({ type: adminAuthTypeSchema.defined() })`, `auth: "admin"`: a schema or value named
    for admins alone (not `oneOf(["client", "server", "admin"])`, which admits others)."""
    for n in sx.walk(value):
        if n.type in ("identifier", "property_identifier", "string_fragment") and sx.text(src, n) != "type":
            ws = vocab.words(sx.text(src, n))
            if ws and ws[0] == "admin" and not (n.type == "string_fragment" and _among_others(n)):
                return True
    return False


def _among_others(fragment: Node) -> bool:
    """`"admin"` listed in an array with other values."""
    string = fragment.parent
    array = string.parent if string is not None else None
    return array is not None and array.type == "array" and len(array.named_children) > 1


def _hands_role_wildcard(src: bytes, args: list[Node], wildcards: frozenset[str]) -> bool:
    """A string among the wrapper's options (`{ allowedRoles: ["*"] }`) that its role test lets through
    unasked (`Summary.role_wildcards`): every signed-in account passes, no role is checked."""
    if not wildcards:
        return False
    return any(n.type == "string" and sx.string_value(src, n) in wildcards for a in args for n in sx.walk(a))


def _declared_roles(ep: EntryPoint, auth_key: str) -> None:
    """`async handler({ auth: { user }, body: { name } })`: what the request's declared
    credentials hand over is the server's (`auth`), the rest stays the client's."""
    src = ep.fn.module.src
    params = ep.fn.param_nodes()
    pattern = params[0].child_by_field_name("pattern") if params else None
    if pattern is None or pattern.type != "object_pattern":
        return
    for prop in pattern.named_children:
        if prop.type == "pair_pattern" and sx.text(src, prop.child_by_field_name("key")) == auth_key:
            names = set(sx.pattern_names(src, prop.child_by_field_name("value")))
            ep.input_params -= names
            ep.session_params |= names
        elif prop.type == "shorthand_property_identifier_pattern" and sx.text(src, prop) == auth_key:
            ep.input_params.discard(auth_key)
            ep.session_params.add(auth_key)


def _parsed_schema_params(wrapper: Function) -> list[int]:
    """Positions of the wrapper's parameters it parses with (`await schema.parseAsync(input)`)."""
    src = wrapper.module.src
    out: set[int] = set()
    for call in sx.find(wrapper.node, ("call_expression",)):
        fn = sx.strip_types(call.child_by_field_name("function"))
        if fn is None or fn.type != "member_expression":
            continue
        if sx.text(src, fn.child_by_field_name("property")) not in _PARSES:
            continue
        obj = sx.strip_types(fn.child_by_field_name("object"))
        if obj is not None and obj.type == "identifier" and sx.text(src, obj) in wrapper.params:
            out.add(wrapper.params.index(sx.text(src, obj)))
    return sorted(out)


def _handed_steps(az: Analyzer, mod: Module, wrapper: Function, index: int, args: list[Node]) -> list[Function]:
    """The functions listed in the arguments (`[requireUser, requireOwner]`, or a constant holding such a
    list) at the positions where ``wrapper`` takes a list of steps it runs before the handler it is
    handed at ``index`` (`_step_list_params`)."""
    key = (wrapper.module.path, wrapper.node.start_byte, index)
    positions = az.step_lists.get(key)
    if positions is None:
        positions = az.step_lists[key] = _step_list_params(wrapper, index)
    out: list[Function] = []
    for i in sorted(positions):
        if i >= len(args):
            continue
        owner, value = mod, sx.unwrap(sx.strip_types(args[i]))
        if value is not None and value.type == "identifier":
            found = az.program.resolve_value(mod, sx.text(mod.src, value))
            owner, value = (found[0], sx.unwrap(sx.strip_types(found[1]))) if found is not None else (mod, None)
        if value is None or value.type != "array":
            continue
        for element in value.named_children:
            fn = _function_of(az, owner, element)
            if fn is not None:
                out.append(fn)
    return out


def _handed_step_map(
    az: Analyzer, mod: Module, wrapper: Function, index: int, hkey: str, args: list[Node]
) -> list[Function]:
    """The functions of the map (`{ user: async () => requireUser() }`, or a constant holding one) the
    options object at ``index`` holds under a key whose every value ``wrapper`` awaits before it calls
    the handler under ``hkey`` (`_step_map_keys`)."""
    options = sx.unwrap(sx.strip_types(args[index])) if index < len(args) else None
    if options is None or options.type != "object":
        return []
    keys = _step_map_keys(az, wrapper, index, hkey)
    out: list[Function] = []
    for prop in options.named_children:
        if prop.type == "pair":
            key, value = prop.child_by_field_name("key"), prop.child_by_field_name("value")
        elif prop.type == "shorthand_property_identifier":
            key = value = prop
        else:
            continue
        if key is None or sx.text(mod.src, key).strip("\"'") not in keys:
            continue
        owner, found = mod, sx.unwrap(sx.strip_types(value))
        if found is not None and found.type in ("identifier", "shorthand_property_identifier"):
            resolved = az.program.resolve_value(mod, sx.text(mod.src, found))
            owner, found = (resolved[0], sx.unwrap(sx.strip_types(resolved[1]))) if resolved else (mod, None)
        if found is None or found.type != "object":
            continue
        for entry in found.named_children:
            fn: Function | None = None
            if entry.type == "method_definition":
                fn = owner.function_for(entry)
            elif entry.type == "pair":
                fn = _function_of(az, owner, entry.child_by_field_name("value"))
            elif entry.type == "shorthand_property_identifier":
                fn = az.program.resolve_function(owner, sx.text(owner.src, entry))
            else:
                continue
            if fn is not None:
                out.append(fn)
    return out


def _step_map_keys(az: Analyzer, wrapper: Function, index: int, hkey: str) -> frozenset[str]:
    """Keys of the options object at ``index`` whose value is a map of functions ``wrapper`` awaits,
    each of them, before its first call of the handler under ``hkey``: itself or through a project
    helper it awaits with the map (`await getContext(middlewares)`), outside any `try` of its own that
    does not also hold the handler's call."""
    handler_calls = _calls_of_param(wrapper, index, hkey)
    if not handler_calls:
        return frozenset()
    first = min(c.start_byte for c in handler_calls)
    src = wrapper.module.src
    param, aliases = _option_aliases(wrapper, index)
    found: set[str] = set()
    for call in sx.find(wrapper.node, ("call_expression",)):
        if call.start_byte > first:
            continue
        if any(
            t.type == "try_statement" and not any(sx.contains(t, h) for h in handler_calls)
            for t in sx.ancestors(call)
            if sx.contains(wrapper.node, t)
        ):
            continue
        for position, given in enumerate(sx.call_args(call)):
            arg = sx.unwrap(sx.strip_types(given))
            if arg is None:
                continue
            text = sx.text(src, arg)
            key = aliases[text][0] if arg.type == "identifier" and text in aliases else None
            if key is None and param is not None and text.startswith(f"{param}."):
                key = text[len(param) + 1 :]
            if key is None or key == hkey or key in found:
                continue
            if _awaits_each_value(wrapper.module, call) or (
                sx.awaited_directly(call) and _helper_awaits_each_value(az, wrapper, call, position)
            ):
                found.add(key)
    return frozenset(found)


_MAP_VALUES = frozenset({"Object.entries", "Object.values"})


def _awaits_each_value(mod: Module, call: Node) -> bool:
    """``call`` is `Object.entries(map)`/`Object.values(map)` and each value it yields is called and
    waited for: `await Promise.all(Object.entries(map).map(async ([k, fn]) => await fn()))`, or
    `for (const fn of Object.values(map)) await fn()`."""
    src = mod.src
    callee = sx.callee_name(src, call)
    if callee not in _MAP_VALUES:
        return False
    element = 1 if callee == "Object.entries" else 0
    parent = call.parent
    names: set[str] = set()
    body: Node | None = None
    if parent is not None and parent.type == "for_in_statement" and parent.child_by_field_name("right") == call:
        left = parent.child_by_field_name("left")
        names = _element_names(src, left, element)
        body = parent.child_by_field_name("body")
    elif parent is not None and parent.type == "member_expression" and parent.parent is not None:
        mapped = parent.parent
        if sx.text(src, parent.child_by_field_name("property")) != "map" or mapped.type != "call_expression":
            return False
        outer = mapped.parent.parent if mapped.parent is not None else None  # `Promise.all(<mapped>)`
        if outer is None or outer.type != "call_expression" or sx.callee_name(src, outer) != "Promise.all":
            return False
        if not sx.awaited_directly(outer):
            return False
        cb = sx.strip_types(sx.call_args(mapped)[0]) if sx.call_args(mapped) else None
        if cb is None or not sx.is_function(cb):
            return False
        params = cb.child_by_field_name("parameters")
        first = params.named_children[0] if params is not None and params.named_children else None
        if first is None:
            first = cb.child_by_field_name("parameter")  # `fn => fn()`
        if first is not None and first.type in ("required_parameter", "optional_parameter"):
            first = first.child_by_field_name("pattern")
        names = _element_names(src, first, element)
        body = cb.child_by_field_name("body")
    if not names or body is None:
        return False
    for inner in sx.find(body, ("call_expression",)):
        fn = sx.strip_types(inner.child_by_field_name("function"))
        if fn is not None and fn.type == "identifier" and sx.text(src, fn) in names:
            return sx.awaited_directly(inner) or (body.type != "statement_block" and sx.contains(body, inner))
    return False


def _element_names(src: bytes, node: Node | None, element: int) -> set[str]:
    """The name bound to the value of a map's entry: `fn` of `[key, fn]` (``element`` 1, for
    `Object.entries`) or of `fn` itself (``element`` 0, for `Object.values`), also under `const`."""
    node = sx.strip_types(node)
    if node is not None and node.type == "lexical_declaration":
        node = node.named_children[0] if node.named_children else None
    if node is not None and node.type == "variable_declarator":
        node = node.child_by_field_name("name")
    if node is None:
        return set()
    if element == 0:
        return {sx.text(src, node)} if node.type == "identifier" else set()
    if node.type != "array_pattern" or len(node.named_children) < 2:
        return set()
    value = node.named_children[1]
    return {sx.text(src, value)} if value.type == "identifier" else set()


def _helper_awaits_each_value(az: Analyzer, wrapper: Function, call: Node, position: int) -> bool:
    """``call`` (awaited) is of a project function that awaits each value of the map it takes at
    ``position`` (`getContext(middlewares)` running `Object.entries(middlewares).map(...)`)."""
    callee = sx.strip_types(call.child_by_field_name("function"))
    if callee is None or callee.type != "identifier":
        return False
    helper = az.program.resolve_function(wrapper.module, sx.text(wrapper.module.src, callee))
    if helper is None or position >= len(helper.params) or helper.node == wrapper.node:
        return False
    src = helper.module.src
    name = helper.params[position]
    return any(
        sx.callee_name(src, c) in _MAP_VALUES
        and any(sx.text(src, sx.unwrap(a)) == name for a in sx.call_args(c)[:1])
        and _awaits_each_value(helper.module, c)
        for c in sx.find(helper.node, ("call_expression",))
    )


def _step_list_params(wrapper: Function, index: int) -> frozenset[int]:
    """Positions of the wrapper's parameters that hold a list of functions it calls, each in turn and
    waited for, before its call of the handler at ``index``: `for (const step of steps) { await step(ctx); }`,
    outside any `try` of its own that does not also hold the handler's call (a step whose failure is
    caught there guards nothing). (`steps.forEach(step => step(ctx))` is left out: an async step's refusal is a
    promise nobody waits for.)"""
    handler_calls = _calls_of_param(wrapper, index)
    if not handler_calls:
        return frozenset()
    first = min(c.start_byte for c in handler_calls)
    src = wrapper.module.src
    names = {p: i for i, p in enumerate(wrapper.params) if i != index}
    found: set[int] = set()
    # the element names each list parameter is walked by: `for (const step of steps)`
    elements: dict[str, int] = {}
    for loop in sx.find(wrapper.node, ("for_in_statement",)):
        right = sx.unwrap(loop.child_by_field_name("right"))
        left = loop.child_by_field_name("left")
        if right is None or left is None or right.type != "identifier" or sx.text(src, right) not in names:
            continue
        if sx.text(src, loop.child_by_field_name("operator")) != "of":
            continue
        for n in sx.pattern_names(src, left):
            elements[n] = names[sx.text(src, right)]
    for call in sx.find(wrapper.node, ("call_expression",)):
        if call.start_byte > first:
            continue
        callee = sx.strip_types(call.child_by_field_name("function"))
        position = elements.get(sx.text(src, callee)) if callee is not None and callee.type == "identifier" else None
        if position is None or not sx.awaited_directly(call):
            continue  # (an async step not waited for refuses too late)
        if any(
            t.type == "try_statement" and not any(sx.contains(t, h) for h in handler_calls)
            for t in sx.ancestors(call)
            if sx.contains(wrapper.node, t)
        ):
            continue
        found.add(position)
    return frozenset(found)


def _calls_of_param(wrapper: Function, index: int, hkey: str | None = None) -> list[Node]:
    """The wrapper's calls of the function it wraps, its parameter at ``index`` (`return fn(user, input)`);
    with ``hkey``, of the handler the options object at ``index`` holds under that key
    (`config.handler(ctx)`, or `handler(ctx)` destructured from the options or in the parameter)."""
    src = wrapper.module.src
    nodes = wrapper.param_nodes()
    if index >= len(nodes):
        return []
    if hkey is None:
        names = {wrapper.params[index]} if index < len(wrapper.params) else set()
        members: set[str] = set()
    else:
        param, aliases = _option_aliases(wrapper, index)
        names = {local for local, (key, _) in aliases.items() if key == hkey}
        members = {f"{param}.{hkey}"} if param is not None else set()
    out: list[Node] = []
    for call in sx.find(wrapper.node, ("call_expression",)):
        callee = sx.strip_types(call.child_by_field_name("function"))
        if callee is None or callee.type not in ("identifier", "member_expression"):
            continue
        if (sx.text(src, callee) in names) if callee.type == "identifier" else sx.callee_name(src, call) in members:
            out.append(call)
    return out


_PARSES = frozenset({"parse", "safeParse", "parseAsync", "safeParseAsync"})


def _parses_output(wrapper: Function, index: int, hkey: str, options: dict[str, Node] | None) -> bool:
    """Every call of the handler binds its answer (`const result = await handler(ctx)`) and the
    wrapper parses it with a schema the route's options hand over (`outputSchema.safeParse(result)`)."""
    calls = _calls_of_param(wrapper, index, hkey)
    if not calls or options is None:
        return False
    src = wrapper.module.src
    param, aliases = _option_aliases(wrapper, index)
    schemas = {local for local, (key, _) in aliases.items() if key in options and key != hkey}
    members = {f"{param}.{key}" for key in options if key != hkey} if param is not None else set()
    parses = [c for c in sx.find(wrapper.node, ("call_expression",)) if sx.last_name(sx.callee_name(src, c)) in _PARSES]
    for call in calls:
        decl = call.parent
        while decl is not None and decl.type in _AWAITED:
            decl = decl.parent
        name = decl.child_by_field_name("name") if decl is not None and decl.type == "variable_declarator" else None
        if name is None or name.type != "identifier":
            return False
        bound = sx.text(src, name)
        if not any(
            sx.call_args(p)
            and sx.text(src, sx.call_args(p)[0]) == bound
            and _parsing_schema(src, p) in schemas | members
            for p in parses
        ):
            return False
    return True


def _parsing_schema(src: bytes, parse: Node) -> str:
    """The schema a `.parse(x)` call is made on: `outputSchema` of `outputSchema.parse(x)`, also the option
    of `(outputValidation ?? passthrough).parse(x)` (the fallback is for options that hold none)."""
    fn = sx.strip_types(parse.child_by_field_name("function"))
    if fn is None or fn.type != "member_expression":
        return ""
    obj = sx.strip_types(fn.child_by_field_name("object"))
    fallback = obj is not None and obj.type == "binary_expression"
    if obj is not None and fallback and sx.text(src, obj.child_by_field_name("operator")) in ("??", "||"):
        obj = sx.strip_types(obj.child_by_field_name("left"))
    return sx.text(src, obj) if obj is not None else ""


def _option_aliases(fn: Function, index: int) -> tuple[str | None, dict[str, tuple[str, Node | None]]]:
    """How ``fn`` reads the options object it takes at ``index``: the parameter's name (None when
    destructured there), and the locals destructured from it, each with its key and default
    (`({ auth = "user", handler }) =>`, `const { auth = "none", handler: run } = config`)."""
    src = fn.module.src
    nodes = fn.param_nodes()
    node = nodes[index] if index < len(nodes) else None
    if node is not None and node.type in ("required_parameter", "optional_parameter"):
        node = node.child_by_field_name("pattern")
    if node is None:
        return None, {}
    if node.type == "object_pattern":
        return None, pattern_keys(src, node)
    if node.type != "identifier":
        return None, {}
    param = sx.text(src, node)
    aliases: dict[str, tuple[str, Node | None]] = {}
    if f"}} = {param}".encode() in src or f"}}={param}".encode() in src:
        for d in sx.find(fn.node, ("variable_declarator",)):
            value, pattern = sx.strip_types(d.child_by_field_name("value")), d.child_by_field_name("name")
            named = value is not None and value.type == "identifier" and sx.text(src, value) == param
            if named and pattern is not None:
                aliases.update(pattern_keys(src, pattern))
    return param, aliases


def _server_filled(az: Analyzer, wrapper: Function, index: int, hkey: str | None = None) -> tuple[set[int], set[int]]:
    """Positions of the wrapped function's parameters that the wrapper fills with values of its own
    (`return fn(user, input)` with `user` from its session lookup): server data, not client input,
    whatever the action calls them. An argument that mentions a parameter of the function the wrapper
    returns (the client's arguments), or a local built from one, is client input; but not a row the
    wrapper loaded by the client's id and checked the owner of before the call (`if (site.userId !==
    session.user.id) return`, then `fn(formData, site)`): the database's row, and the caller's own.
    Also the positions it hands one of the client's arguments on in, as they came (`fn(formData, site, key)`
    with `key` the returned handler's parameter). (server-filled, client-passed)"""
    src = wrapper.module.src
    out: set[int] | None = None
    passed: set[int] | None = None
    forwarded = _forwarded_to(az, wrapper, index) if hkey is None and not _calls_of_param(wrapper, index) else None
    if forwarded is not None:
        # `withOrganizer(action, fn)` returning `withRole(roles, action, fn)`: the function is called where
        # the wrapper it is handed to calls it, its positions filled as that wrapper fills them
        inner, at = forwarded
        key = (inner.module.path, inner.node.start_byte, at, None)
        roles = az.server_filled.get(key)
        if roles is None:
            az.server_filled[key] = (set(), set())  # (a cycle of wrappers fills nothing)
            roles = az.server_filled[key] = _server_filled(az, inner, at)
        return set(roles[0]), set(roles[1])
    for call in _calls_of_param(wrapper, index, hkey):
        # (the client's arguments and locals built from them: `const data = schema.parse(input)`)
        if not _client_locals(wrapper, call):
            return set(), set()  # called in the wrapper's own body: which values are the client's is unknown
        client = _client_locals(
            wrapper, call, _filled_by_inner_wrapper(az, wrapper, call) | _session_reads(az, wrapper)
        )
        client -= _owned_rows(az, wrapper, call) | _credential_rows(az, wrapper, call)
        around = sx.enclosing_function(call)
        own_params = (
            set(sx.param_names(src, around)) if around is not None and not _handed_on(az, wrapper, around) else set()
        )
        filled: set[int] = set()
        handed: set[int] = set()
        for i, a in enumerate(sx.call_args(call)):
            if a.type == "spread_element":
                rest = a.named_children[0] if a.named_children else None
                if rest is not None and rest.type == "identifier" and sx.text(src, rest) in own_params:
                    # `fn(membership, ...args)`: the client's own arguments from here on, as they came
                    handed.update(range(i, i + _REST_SPAN))
                break  # later positions are unknown
            if not identifiers(src, a, into_functions=True) & client:
                filled.add(i)
            elif a.type == "identifier" and sx.text(src, a) in own_params:
                handed.add(i)
        out = filled if out is None else out & filled
        passed = handed if passed is None else passed & handed
    return out or set(), passed or set()


def _forwarded_to(az: Analyzer, wrapper: Function, index: int) -> tuple[Function, int] | None:
    """The project wrapper the function at ``index`` is handed on to, as it came, and its position
    there (`return withRole(["OWNER"], action, fn)`), when the wrapper never calls it itself. Only the
    call the wrapper returns: inside another one (`withRole(roles, withAudit(action, fn))`) the outer
    wrapper fills what the inner one hands on."""
    if index >= len(wrapper.params):
        return None
    src, name = wrapper.module.src, wrapper.params[index]
    for call in sx.find(wrapper.node, ("call_expression",)):
        args = sx.call_args(call)
        at = next((i for i, a in enumerate(args) if a.type == "identifier" and sx.text(src, a) == name), None)
        if at is None:
            continue
        up = call.parent
        while up is not None and up.type in ("parenthesized_expression", "await_expression", "as_expression"):
            up = up.parent
        if up is None or up.type != "return_statement" or sx.enclosing_function(call) != wrapper.node:
            return None
        inner = az.target(wrapper.module, call)
        return (inner, at) if inner is not None and inner.key != wrapper.key else None
    return None


_PUBLIC_CACHE = re.compile(r"(?i)^['\"`]\s*public\b")


def _shares_answers(az: Analyzer, wrapper: Function, depth: int = 0) -> bool:
    """The wrapper (or a helper it calls) sets `Cache-Control: public, ...` on the response before the
    handler answers: what the handler answers is cached for anyone, a public answer by design."""
    key = (wrapper.module.path, wrapper.node.start_byte)
    if key in az.shares_answers:
        return az.shares_answers[key]
    az.shares_answers[key] = False  # (a cycle of helpers shares nothing)
    src = wrapper.module.src
    found = False
    # (a helper searched last, which calls no further helper, is read only when it says `public`)
    if depth < 2 or src.find(b"public", wrapper.node.start_byte, wrapper.node.end_byte) != -1:
        for call in sx.find(wrapper.node, ("call_expression",)):
            args = sx.call_args(call)
            if len(args) >= 2 and (sx.string_value(src, args[0]) or "").lower() == "cache-control":
                value = sx.strip_types(args[1])
                found = value is not None and bool(_PUBLIC_CACHE.match(sx.text(src, value)))
            elif depth < 2 and (helper := az.target(wrapper.module, call)) is not None:
                found = helper.key != wrapper.key and _shares_answers(az, helper, depth + 1)
            if found:
                break
    az.shares_answers[key] = found
    return found


def _session_reads(az: Analyzer, wrapper: Function) -> frozenset[str]:
    """Locals bound to a session read from the request (`const token = await getToken({ req })`):
    made from the client's request, but the verified session, not what the client sent. An optional
    session handed on (`handler(req, res, session?.user)`) is too: absent or the caller's own, never
    what the client wrote (whether the handler checks it is missing-auth's business)."""
    out: set[str] = set()
    for d in sx.find(wrapper.node, ("variable_declarator",)):
        name, value = d.child_by_field_name("name"), sx.unwrap(d.child_by_field_name("value"))
        if (
            name is not None
            and name.type == "identifier"
            and value is not None
            and value.type == "call_expression"
            and az.is_auth_source_call(wrapper.module, value)
        ):
            out.add(sx.text(wrapper.module.src, name))
    return frozenset(out)


def _handed_on(az: Analyzer, wrapper: Function, fn: Node) -> bool:
    """``fn`` is a callback the wrapper hands a further project wrapper (`withProject(handler) =>
    withApiKey(async (ctx) => handler(ctx))`): its parameters are that wrapper's context, not the
    client's arguments as they came."""
    args = fn.parent
    site = args.parent if args is not None and args.type == "arguments" else None
    if site is None or site.type != "call_expression" or args is None:
        return False
    inner = az.target(wrapper.module, site)
    if inner is None:
        return False
    # ... but not a wrapper that calls it with the client's arguments as they came (`withErrorHandler(fn)`
    # as `async (...args) => fn(...args)`): its parameters are still the client's
    key = (inner.module.path, inner.node.start_byte, args.named_children.index(fn), None)
    roles = az.server_filled.get(key)
    if roles is None:
        az.server_filled[key] = (set(), set())  # (a cycle of wrappers fills nothing)
        roles = az.server_filled[key] = _server_filled(az, inner, key[2])
    filled, passed = roles
    return bool(filled) or not passed


def _hands_only_raw(az: Analyzer, wrapper: Function, index: int, hkey: str | None) -> bool:
    """Every call of the wrapped function hands it the client's arguments only as they came
    (`fn(membership, ...args)`), none of them validated in the wrapper before the call: what the
    wrapper validates (the slug it looks a membership up by) is not what the function receives.
    Once per wrapper and position (each handler it wraps asks), like ``Analyzer.helper_flow``."""
    key = (wrapper.module.path, wrapper.node.start_byte, index, hkey)
    found = az.raw_handoffs.get(key)
    if found is None:
        found = _hands_only_raw_uncached(az, wrapper, index, hkey)
        if not az.summarising():
            az.raw_handoffs[key] = found
    return found


def _hands_only_raw_uncached(az: Analyzer, wrapper: Function, index: int, hkey: str | None) -> bool:
    src = wrapper.module.src
    calls = _calls_of_param(wrapper, index, hkey)
    for call in calls:
        around = sx.enclosing_function(call)
        if around is None or around.start_byte == wrapper.node.start_byte:
            return False
        own = set(sx.param_names(src, around))
        client = _client_locals(wrapper, call) - _owned_rows(az, wrapper, call) - _credential_rows(az, wrapper, call)
        flow = az.client_flow(wrapper.module.function_for(around))
        at = [e for e in flow.events if sx.contains(e.node, call) or sx.contains(call, e.node)]
        validated = set.union(set(), *(e.state.validated for e in at)) if at else set()
        for a in sx.call_args(call):
            node = a.named_children[0] if a.type == "spread_element" and a.named_children else a
            refs = identifiers(src, node, into_functions=True) & client
            if not refs:
                continue  # the wrapper's own value
            if node.type != "identifier" or sx.text(src, node) not in own or refs & validated:
                return False  # a parsed value (`parsed.data`), or an argument checked first
    return bool(calls)


# how many positions a rest argument handed on (`fn(m, ...args)`) is taken to cover
_REST_SPAN = 16


def _filled_by_inner_wrapper(az: Analyzer, wrapper: Function, call: Node) -> frozenset[str]:
    """Parameters of the callbacks around ``call`` that a further project wrapper fills itself:
    `withRole(role, fn)` as `withOrg(async (formData, ctx) => fn(formData, ctx))`, where `withOrg`
    calls its callback with the session's `ctx`: server values handed on, not the client's."""
    src, mod = wrapper.module.src, wrapper.module
    out: set[str] = set()
    outer = sx.enclosing_function(call)
    while outer is not None and outer.start_byte != wrapper.node.start_byte:
        args, site = outer.parent, outer.parent.parent if outer.parent is not None else None
        if args is not None and args.type == "arguments" and site is not None and site.type == "call_expression":
            inner = az.target(mod, site)
            if inner is not None and inner.key != wrapper.key:
                index = args.named_children.index(outer)
                key = (inner.module.path, inner.node.start_byte, index, None)
                roles = az.server_filled.get(key)
                if roles is None:
                    az.server_filled[key] = (set(), set())  # (a cycle of wrappers fills nothing)
                    roles = az.server_filled[key] = _server_filled(az, inner, index)
                params = outer.child_by_field_name("parameters")
                nodes = params.named_children if params is not None else []
                # (and a context it builds from checked values only: `{ user, shopId, role: member.role }`
                # once `shopId` passed its `typeof`/regex test and the membership lookup by it was stopped on)
                for i in roles[0] | _vetted_positions(az, inner, index):
                    if i < len(nodes):
                        out |= set(sx.pattern_names(src, nodes[i]))
        outer = sx.enclosing_function(outer)
    return frozenset(out)


def _vetted_positions(az: Analyzer, wrapper: Function, index: int) -> set[int]:
    """Positions of the wrapped function's call where the wrapper hands an object literal whose every
    client value was validated (a schema, `typeof shopId !== "string"` → throw) or access-checked
    (``_checked_keys``) before the call: a checked context, as a wrapper built on this one receives it."""
    key = (wrapper.module.path, wrapper.node.start_byte, index, None)
    checked = az.checked_keys.get(key)
    if checked is None:
        checked = az.checked_keys[key] = _checked_keys(az, wrapper, index)
    src = wrapper.module.src
    out: set[int] | None = None
    for call in _calls_of_param(wrapper, index):
        client = _client_locals(wrapper, call)
        around = sx.enclosing_function(call)
        if not client or around is None:
            return set()
        flow = az.client_flow(wrapper.module.function_for(around))
        at = [e for e in flow.events if sx.contains(e.node, call) or sx.contains(call, e.node)]
        validated = set.union(set(), *(e.state.validated for e in at)) if at else set()
        here: set[int] = set()
        for i, arg in enumerate(sx.call_args(call)):
            obj = sx.strip_types(arg)
            if arg.type == "spread_element" or obj is None:
                break
            if obj.type != "object":
                continue
            vetted = True
            for prop in obj.named_children:
                value: Node | None
                if prop.type == "shorthand_property_identifier":
                    name, value = sx.text(src, prop), prop
                elif prop.type == "pair" and (k := prop.child_by_field_name("key")) is not None:
                    name, value = sx.text(src, k), prop.child_by_field_name("value")
                else:
                    vetted = False  # (a spread or a computed key: what it holds is unknown)
                    break
                unchecked = identifiers(src, value, into_functions=True) & client - validated
                if name not in checked.get(i, set()) and unchecked:
                    vetted = False
                    break
            if vetted:
                here.add(i)
        out = here if out is None else out & here
    return out or set()


def _owned_rows(az: Analyzer, wrapper: Function, call: Node) -> set[str]:
    """Names bound to whole database rows in the function around ``call`` (the handler the wrapper
    returns), when every way to ``call`` passed an ownership or role check."""
    around = sx.enclosing_function(call)
    if around is None or around.start_byte == wrapper.node.start_byte:
        return set()
    flow = az.client_flow(wrapper.module.function_for(around))
    at = [e for e in flow.events if e.kind == "return" and e.value is not None and sx.contains(e.value, call)]
    if not at or not all(e.state.owner or e.state.role for e in at):
        return set()
    return set(flow.records) | _helper_rows(wrapper.module.src, flow, call)


def _helper_rows(src: bytes, flow: Flow, call: Node) -> set[str]:
    """Names bound before ``call`` to what a project helper read from the database (`const membership =
    await getMembership(slug)`): a row, like one the wrapper queried itself."""
    out: set[str] = set()
    for e in flow.events:
        if e.kind != "db" or e.op is None or e.op.api != "helper" or e.op.kind != "read":
            continue
        decl = e.node.parent
        while decl is not None and decl.type in _AWAITED:
            decl = decl.parent
        if decl is not None and decl.type == "variable_declarator" and decl.end_byte <= call.start_byte:
            out.update(sx.pattern_names(src, decl.child_by_field_name("name")))
    return out


_FIND_ONE = frozenset({"findUnique", "findFirst", "findUniqueOrThrow", "findFirstOrThrow", "findOne"})


def _credential_rows(az: Analyzer, wrapper: Function, call: Node) -> set[str]:
    """Names bound, in the function around ``call``, to a row the wrapper found by a secret the
    caller presented (`partner.findUnique({ where: { token: hash(req.query.token) } })`): the caller's
    own principal, as an API key's owner, not a record the client picked."""
    around = sx.enclosing_function(call)
    if around is None or around.start_byte == wrapper.node.start_byte:
        return set()
    src = wrapper.module.src
    out: set[str] = set()
    for d in sx.find(around, ("variable_declarator",), into_functions=False):
        value = sx.unwrap(d.child_by_field_name("value"))
        if value is None or value.type != "call_expression" or d.start_byte > call.start_byte:
            continue
        # (a Prisma-shaped lookup through a client the classifier may not know: `dbRead.partner.findUnique`)
        if sx.last_name(sx.callee_name(src, value)) in _FIND_ONE and guards.found_by_credential(
            src, sx.call_args(value)
        ):
            out.update(sx.pattern_names(src, d.child_by_field_name("name")))
    return out


def _checked_keys(az: Analyzer, wrapper: Function, index: int, hkey: str | None = None) -> dict[int, set[str]]:
    """Per position of the wrapped function's call, the keys of an object literal argument
    (`action(formData, { userId: session.userId, venueId })`) whose values are the wrapper's own or a
    client id that the wrapper has passed to an ownership check before the call
    (`await assertVenueAccess(session.userId, venueId)`): the action receives a checked id."""
    src = wrapper.module.src
    out: dict[int, set[str]] | None = None
    for call in _calls_of_param(wrapper, index, hkey):
        client = _client_locals(wrapper, call)
        if not client:
            return {}
        checked: set[str] = set()
        for c in sx.find(wrapper.node, ("call_expression",)):
            if c.start_byte >= call.start_byte or sx.enclosing_function(c) != sx.enclosing_function(call):
                continue
            name = sx.callee_name(src, c)
            fn = az.program.resolve_function(wrapper.module, name) if name and "." not in name else None
            if fn is None or fn.node == wrapper.node:
                continue
            summary = az.summary(fn)
            awaited = c.parent is not None and c.parent.type == "await_expression"
            args = sx.call_args(c)
            # a membership helper checks the user it is handed: the wrapper's own (`session.userId`)
            hands_own = any(identifiers(src, a) - client for a in args)
            check = summary.owner or summary.role or (summary.param_role and hands_own)
            # (`if (!(await isTreasurer(userId, gardenId))) throw`: a helper answering a role or membership
            # verdict, handed the wrapper's own user and acted on by an exit)
            check = check or ((summary.answers_check or summary.answers_membership) and hands_own and exits_unless(c))
            if check and (awaited or not summary.is_async):
                for a in args:
                    checked |= identifiers(src, a) & client
        checked |= _session_scoped_rows(az, wrapper, call, client)
        found: dict[int, set[str]] = {}
        for i, arg in enumerate(sx.call_args(call)):
            if arg.type == "spread_element":
                break
            obj = sx.strip_types(arg)
            if obj is None or obj.type != "object":
                continue
            for prop in obj.named_children:
                value: Node | None
                if prop.type == "shorthand_property_identifier":
                    key, value = sx.text(src, prop), prop
                elif prop.type == "pair" and (k := prop.child_by_field_name("key")) is not None:
                    key, value = sx.text(src, k), prop.child_by_field_name("value")
                else:
                    continue
                used = identifiers(src, value, into_functions=True)
                if used and not (used & client) - checked:
                    found.setdefault(i, set()).add(key)
        out = found if out is None else {i: out[i] & found[i] for i in out.keys() & found.keys()}
    return out or {}


def exits_unless(call: Node) -> bool:
    """``call`` (awaited, negated) is the condition of an `if` whose branch throws or returns: `if (!(await
    isTreasurer(userId, gardenId))) throw ...`."""
    node = call.parent
    negations = 0
    while node is not None and node.type in ("await_expression", "parenthesized_expression", "unary_expression"):
        negations += node.type == "unary_expression" and node.child(0) is not None and node.child(0).type == "!"
        node = node.parent
    if node is None or node.type != "if_statement" or negations != 1:
        return False
    branch = node.child_by_field_name("consequence")
    return branch is not None and (
        branch.type in ("throw_statement", "return_statement")
        or bool(sx.find(branch, ("throw_statement", "return_statement"), into_functions=False))
    )


def _session_scoped_rows(az: Analyzer, wrapper: Function, call: Node, client: set[str]) -> set[str]:
    """Rows the wrapper read with a client id and the session's user in the filter, and stops
    without before ``call`` (`const membership = await db.member.findFirst({ where: { clubId, userId } })`
    then `if (!membership) throw`): a membership check, and what it hands over from the row
    (`membership.club`, `membership.role`) is the database's answer for that user, not the client's;
    so is the client id it was picked by."""
    src = wrapper.module.src
    around = sx.enclosing_function(call)
    if around is None:
        return set()
    out: set[str] = set()
    for ev in az.helper_flow(wrapper.module.function_for(around)).events:
        if ev.kind != "db" or ev.op is None or ev.op.kind != "read" or ev.node.start_byte >= call.start_byte:
            continue
        decl = ev.node.parent
        while decl is not None and decl.type in _AWAITED:
            decl = decl.parent
        name = decl.child_by_field_name("name") if decl is not None and decl.type == "variable_declarator" else None
        if name is None or name.type != "identifier" or sx.text(src, name) not in client:
            continue
        refs = {r for a in ev.op.args for r in identifiers(src, a, into_functions=True)}
        if not refs & client or not refs & (ev.state.session | ev.state.fetched):
            continue
        row = sx.text(src, name)
        # `if (!membership) throw`, `if (membership === null) return ...`: it stops when nothing was found
        missing = re.compile(rf"^\(\s*(!\s*{re.escape(row)}\s*(\|\||\))|{re.escape(row)}\s*===?\s*(null|undefined)\b)")
        if any(
            ev.node.end_byte < s.start_byte < call.start_byte
            and sx.enclosing_function(s) == around
            and missing.match(sx.text(src, s.child_by_field_name("condition")))
            and sx.exits(src, s.child_by_field_name("consequence"))
            for s in sx.find(around, ("if_statement",))
        ):
            out.add(row)
            # (and the client ids that picked it: `clubId` of `where: { clubId, userId }` is a tenant the
            # caller is a member of, handed on as `{ clubId }`)
            out |= refs & client
    return out


def _client_locals(wrapper: Function, call: Node, server: frozenset[str] = frozenset()) -> set[str]:
    """The wrapper's names that carry the client's arguments at ``call``: the parameters of the
    functions around it up to the wrapper (but ``server``, filled by another wrapper), and locals
    built from them; empty when the call sits in the wrapper's own body (which values are the
    client's is unknown)."""
    src = wrapper.module.src
    client: set[str] = set()
    outer = sx.enclosing_function(call)
    while outer is not None and outer.start_byte != wrapper.node.start_byte:
        client |= set(sx.param_names(src, outer))
        outer = sx.enclosing_function(outer)
    if not client:
        return client
    client -= server
    for _ in range(4):
        grew = False
        for n in sx.find(wrapper.node, ("variable_declarator", "assignment_expression")):
            left = n.child_by_field_name("name" if n.type == "variable_declarator" else "left")
            value = n.child_by_field_name("value" if n.type == "variable_declarator" else "right")
            names = set(sx.pattern_names(src, left)) if left is not None else set()
            if names - client - server and identifiers(src, value, into_functions=True) & client:
                client |= names - server
                grew = True
        if not grew:
            break
    return client


def _literal_options(src: bytes, args: list[Node]) -> dict[str, Node] | None:
    """The properties of an options object literal (`{ auth: false, audit: "x" }`), or None when
    it is not a literal whose properties are all known (a spread, a computed key)."""
    node = sx.strip_types(args[0]) if args else None
    if node is None or node.type != "object":
        return None
    out: dict[str, Node] = {}
    for child in node.named_children:
        if child.type == "pair":
            key = child.child_by_field_name("key")
            value = child.child_by_field_name("value")
            if key is None or value is None or key.type not in ("property_identifier", "string"):
                return None
            out[sx.text(src, key).strip("\"'")] = value
        elif child.type == "shorthand_property_identifier":
            out[sx.text(src, child)] = child
        elif child.type != "comment":
            return None
    return out


def _param_key(fn: Function, index: int, destructured: str | None) -> str | None:
    """The name the options arrive under: the plain parameter at ``index`` (`opts`), or the
    ``destructured`` property of it (`({ next, metadata }) => ...`)."""
    params = fn.param_nodes()
    if index >= len(params):
        return None
    names = sx.pattern_names(fn.module.src, params[index])
    if destructured is None:
        return names[0] if len(names) == 1 and params[index].type != "object_pattern" else None
    return destructured if destructured in names else None


_UNKNOWN = object()


def _auth_switched_off(
    fn: Function, param: str | None, options: dict[str, Node], options_src: bytes, index: int | None = None
) -> bool:
    """A wrapper or middleware whose session check sits under a test of an option
    (`if (opts.auth !== false) { session = await getSession(); ... }`,
    `if (!session && !metadata?.allowAnonymous) throw ...`, `if (auth !== "none")` with
    `const { auth = "user" } = opts`) authenticates nobody when the call site's literal options
    make that test false: the check never runs. Likewise a test they make true that returns
    before the session check (`if (auth === "none") return options.handler(...)`)."""
    aliases = _option_aliases(fn, index)[1] if index is not None else {}
    if param is None and not aliases:
        return False
    src = fn.module.src
    # (the options' literal values, read in the calling module's text)
    values = {k: _evaluate(options_src, v, "", {}) for k, v in options.items()}
    ifs = sx.find(fn.node, ("if_statement",))
    for stmt in ifs:
        cond = stmt.child_by_field_name("condition")
        verdict = _evaluate(src, cond, param or "", values, aliases) if cond is not None else _UNKNOWN
        if verdict is False:
            alternative = stmt.child_by_field_name("alternative")
            if alternative is not None and any(
                c.id != stmt.id and sx.exits(src, c.child_by_field_name("consequence"))
                for c in sx.find(alternative, ("if_statement",), into_functions=False)
            ):
                # `if (opts.auth === "session") { ...session... } else { ctx = await byKey(req); if (!ctx)
                # return 401 }`: the options choose another check, not none
                continue
            # the test switched off is the session check itself (`!session`), or holds it: not a
            # later role test that merely reads `session.role`
            if any(_tests_presence(src, c) for c in sx.find(stmt, ("if_statement",))):
                return True
        elif verdict is not _UNKNOWN and _truthy(verdict) and sx.exits(src, stmt.child_by_field_name("consequence")):
            around = sx.enclosing_function(stmt)
            if any(
                c.start_byte > stmt.end_byte and sx.enclosing_function(c) == around and _tests_presence(src, c)
                for c in ifs
            ):
                return True
    return False


def _limits(az: Analyzer, fn: Function, call: Node) -> bool:
    callee = sx.callee_name(fn.module.src, call)
    if az.vocab.is_rate_limit(callee):
        return True
    helper = az.program.resolve_function(fn.module, callee) if "." not in callee else None
    return helper is not None and helper is not fn and az.summary(helper).rate_limits


def _audits(az: Analyzer, fn: Function, call: Node) -> bool:
    callee = sx.callee_name(fn.module.src, call)
    if az.vocab.is_audit(callee) and not az.vocab.logs_only(callee):
        return True
    helper = az.program.resolve_function(fn.module, callee) if "." not in callee else None
    return helper is not None and helper is not fn and az.summary(helper).audits


def _fact_switched_off(
    az: Analyzer, fn: Function, param: str, options: dict[str, Node], options_src: bytes, does: Callable[..., bool]
) -> bool:
    """A wrapper that limits or audits only under a test of an option (`if (opts.perMinute) {...}`,
    `if (opts.audit && session) await recordEvent(...)`) does neither for a call site whose literal
    options make every such test false (the option left out)."""
    src = fn.module.src
    if src.find(param.encode(), fn.node.start_byte, fn.node.end_byte) == -1:
        return False
    calls = [c for c in sx.find(fn.node, ("call_expression",)) if does(az, fn, c)]
    if not calls:
        return False
    values = {k: _evaluate(options_src, v, "", {}) for k, v in options.items()}
    off: list[Node] = []
    for stmt in sx.find(fn.node, ("if_statement",)):
        cond = stmt.child_by_field_name("condition")
        cons = stmt.child_by_field_name("consequence")
        verdict = _evaluate(src, cond, param, values) if cond is not None else _UNKNOWN
        if cons is not None and verdict is not _UNKNOWN and not _truthy(verdict):
            off.append(cons)
    return all(any(b.start_byte <= c.start_byte < b.end_byte for b in off) for c in calls)


def _tests_presence(src: bytes, stmt: Node) -> bool:
    cond = stmt.child_by_field_name("condition")
    for u in sx.find(cond, ("unary_expression",)) if cond is not None else []:
        arg = sx.unwrap(u.child_by_field_name("argument"))
        if (
            sx.text(src, u.child_by_field_name("operator")) == "!"
            and arg is not None
            and ((arg.type == "identifier" and sx.text(src, arg) in _USER_NAMES) or _user_id_path(src, arg))
        ):
            return True
    return False


def _user_id_path(src: bytes, node: Node) -> bool:
    """`session?.user?.id`: the signed-in user's id read off the session, nothing else."""
    parts = re.split(r"\??\.", sx.text(src, node))
    return node.type == "member_expression" and parts[0] in _USER_NAMES and set(parts[1:]) <= {"user", "id", "userId"}


def _evaluate(
    src: bytes,
    node: Node | None,
    param: str,
    options: dict[str, object],
    aliases: dict[str, tuple[str, Node | None]] | None = None,
) -> object:
    """The value of a condition over the options (`opts.auth !== false`, or `auth !== "none"` for a
    local destructured from them, as ``aliases`` say, with its default), with everything else
    unknown: JS truthiness, `undefined` as None, and _UNKNOWN where the options do not decide it."""
    node = sx.strip_types(node)
    if node is None:
        return _UNKNOWN
    t = node.type
    if t == "parenthesized_expression":
        inner = [c for c in node.named_children if c.type != "comment"]
        return _evaluate(src, inner[0], param, options, aliases) if len(inner) == 1 else _UNKNOWN
    if t in ("true", "false"):
        return t == "true"
    if t in ("null", "undefined"):
        return None
    if t in ("number", "string"):
        text = sx.text(src, node)
        return '"' + text[1:-1] + '"' if t == "string" and len(text) > 2 else text  # ('x' and "x" alike)
    if t == "identifier" and aliases and sx.text(src, node) in aliases:
        key, default = aliases[sx.text(src, node)]
        if key in options:
            return options[key]
        return None if default is None else _evaluate(src, default, param, {})
    if t == "member_expression":
        obj = sx.strip_types(node.child_by_field_name("object"))
        prop = node.child_by_field_name("property")
        if obj is None or prop is None or obj.type != "identifier" or sx.text(src, obj) != param:
            return _UNKNOWN
        return options.get(sx.text(src, prop))
    if t == "unary_expression" and sx.text(src, node.child_by_field_name("operator")) == "!":
        v = _evaluate(src, node.child_by_field_name("argument"), param, options, aliases)
        return _UNKNOWN if v is _UNKNOWN else not _truthy(v)
    if t == "binary_expression":
        op = sx.text(src, node.child_by_field_name("operator"))
        left = _evaluate(src, node.child_by_field_name("left"), param, options, aliases)
        right = _evaluate(src, node.child_by_field_name("right"), param, options, aliases)
        if op == "&&":
            if (left is not _UNKNOWN and not _truthy(left)) or (right is not _UNKNOWN and not _truthy(right)):
                return False
            return _UNKNOWN if _UNKNOWN in (left, right) else True
        if op == "||":
            if (left is not _UNKNOWN and _truthy(left)) or (right is not _UNKNOWN and _truthy(right)):
                return True
            return _UNKNOWN if _UNKNOWN in (left, right) else False
        if op in ("===", "!==", "==", "!=") and _UNKNOWN not in (left, right):
            return (left == right) == (op in ("===", "=="))
    return _UNKNOWN


def _truthy(value: object) -> bool:
    return value not in (None, False, "0", "''", '""', "``")


# --- Actions a workspace package builds on a client its caller hands it -------------------------------
#
# `export const deleteTag = (client: AuthClient) => client.schema(s).action(async ({ parsedInput }) => ...)`
# in a package, gathered by the app into a service object (`export const service = { deleteTag:
# deleteTag(authClient) }`, also made by a local factory: `const make = (c) => ({ deleteTag: deleteTag(c)
# }); return { ...make(authClient) }`). The package's chain has no client of its own: the app's `authClient`
# decides who gets in. The app exposes it from a use-server module, as an exported member
# (`export const deleteTagAction = service.deleteTag`) or through a thin action handing on its argument
# (`export async function deleteTagAction(input) { return service.deleteTag(input) }`): the package's
# function is that action's body, with the app's client, reported on the app's export.


@dataclass
class _Scope:
    """What names mean inside the function values are read from: the bodies declaring local consts
    (innermost first) and the parameters bound by the call that got there."""

    bodies: list[Node] = field(default_factory=list)
    params: dict[str, tuple[Module, Node, _Scope]] = field(default_factory=dict)


_Bound = tuple[Module, Node, _Scope]


def _bound_value(program: Program, mod: Module, node: Node | None, scope: _Scope, depth: int = 0) -> _Bound | None:
    """The value an expression stands for, names followed through the scope, then the module's
    declarations and imports; a name nothing binds stays itself."""
    node = sx.unwrap(node)
    if node is None or depth > 12:
        return None
    if node.type == "identifier":
        name = sx.text(mod.src, node)
        if name in scope.params:
            owner, value, inner = scope.params[name]
            return _bound_value(program, owner, value, inner, depth + 1)
        for body in scope.bodies:
            local = local_const(mod.src, body, name)
            if local is not None:
                return _bound_value(program, mod, local, scope, depth + 1)
        found = program.resolve_value(mod, name)
        if found is None or found[1] is node:
            return (mod, node, scope)
        return _bound_value(program, found[0], found[1], _Scope(), depth + 1)
    if node.type == "member_expression":
        obj, prop = node.child_by_field_name("object"), node.child_by_field_name("property")
        if obj is None or prop is None or prop.type != "property_identifier":
            return None
        holder = _bound_value(program, mod, obj, scope, depth + 1)
        return _bound_member(program, holder, sx.text(mod.src, prop), depth + 1) if holder is not None else None
    return (mod, node, scope)


def _bound_member(program: Program, holder: _Bound, name: str, depth: int) -> _Bound | None:
    """The value an object holds under ``name``: an object literal's (its spreads too), or the one an
    object a project factory returns holds, with the factory's parameters bound to the call's arguments."""
    mod, node, scope = holder
    value = sx.strip_types(node)
    if value is None or depth > 12:
        return None
    if value.type == "object":
        for member in reversed(value.named_children):  # (a later key wins)
            if member.type == "pair":
                key = member.child_by_field_name("key")
                if key is not None and sx.text(mod.src, key).strip("\"'") == name:
                    return _bound_value(program, mod, member.child_by_field_name("value"), scope, depth + 1)
            elif member.type == "shorthand_property_identifier" and sx.text(mod.src, member) == name:
                return _bound_value(program, mod, member, scope, depth + 1)
            elif member.type == "spread_element" and member.named_children:
                inner = _bound_value(program, mod, member.named_children[0], scope, depth + 1)
                found = _bound_member(program, inner, name, depth + 1) if inner is not None else None
                if found is not None:
                    return found
        return None
    if value.type == "call_expression":
        made = _bound_call(program, mod, value, scope, depth + 1)
        return _bound_member(program, made, name, depth + 1) if made is not None else None
    return None


def _bound_call(program: Program, mod: Module, call: Node, scope: _Scope, depth: int) -> _Bound | None:
    """What a call of a project function returns (one returned expression), its parameters bound."""
    callee = _bound_value(program, mod, call.child_by_field_name("function"), scope, depth + 1)
    if callee is None or not sx.is_function(callee[1]):
        return None
    owner, fn, outer = callee
    returned = _sole_return(fn)
    if returned is None:
        return None
    body = fn.child_by_field_name("body")
    params = dict(outer.params)
    for pname, arg in zip(sx.param_names(owner.src, fn), sx.call_args(call), strict=False):
        params[pname] = (mod, arg, scope)
    bodies = [body, *outer.bodies] if body is not None and body.type == "statement_block" else list(outer.bodies)
    return (owner, returned, _Scope(bodies, params))


def _sole_return(fn: Node) -> Node | None:
    """What a function returns: its concise body, or the value of its one `return` (locals before it)."""
    body = fn.child_by_field_name("body")
    if body is None or body.type != "statement_block":
        return body
    rets = sx.find(body, ("return_statement",), into_functions=False)
    return rets[0].named_children[0] if len(rets) == 1 and rets[0].named_children else None


def _bound_action(az: Analyzer, mod: Module, ref: Node) -> EntryPoint | None:
    """The safe action ``ref`` names when it is a package factory's product for a client the app
    hands it (`deleteTag(authClient)` reached through a service object): the factory's chain facts
    on top of the handed client's."""
    program = az.program
    made = _bound_value(program, mod, ref, _Scope())
    value = sx.strip_types(made[1]) if made is not None else None
    if made is None or value is None or value.type != "call_expression":
        return None
    owner, call, scope = made[0], value, made[2]
    callee = _bound_value(program, owner, call.child_by_field_name("function"), scope)
    if callee is None or not sx.is_function(callee[1]):
        return None
    fmod, factory = callee[0], callee[1]
    chain = sx.unwrap(_returned_value(factory))
    steps = chain_calls(chain, fmod.src) if chain is not None else []
    if len(steps) < 2 or steps[-1][0] not in ("action", "stateAction"):
        return None
    head = sx.strip_types(steps[0][1].child_by_field_name("function"))
    root = (
        sx.unwrap(head.child_by_field_name("object")) if head is not None and head.type == "member_expression" else None
    )
    params = sx.param_names(fmod.src, factory)
    if root is None or root.type != "identifier" or sx.text(fmod.src, root) not in params:
        return None  # (a chain on a client of the package's own is analysed where it is)
    args = sx.call_args(call)
    index = params.index(sx.text(fmod.src, root))
    client = _bound_value(program, owner, args[index], scope) if index < len(args) else None
    if client is None:
        return None
    facts = _chain_facts(az, client[0], client[1])
    if not facts.is_client:
        return None
    last = steps[-1][1]
    fn = _function_of(az, fmod, sx.call_args(last)[0] if sx.call_args(last) else None)
    if fn is None:
        return None
    receiver = sx.strip_types(last.child_by_field_name("function"))
    own = _chain_facts(az, fmod, receiver.child_by_field_name("object") if receiver is not None else None)
    facts.middlewares.extend(own.middlewares)
    facts.schema = facts.schema or own.schema
    facts.schemas.extend(own.schemas)
    facts.metadata = own.metadata or facts.metadata
    ep = _safe_action_entry(az, fmod, last, fn, facts)
    _param_roles(ep, True)
    _drop_shared_context(ep)
    return ep


def bound_entry_points(az: Analyzer, mod: Module) -> list[EntryPoint]:
    """The package actions a use-server module exposes (see above), each reported on its export:
    an exported member of a service object, or a thin exported action handing its own argument on
    to one (what that action does before, a session check or a rate limit, counts for it)."""
    if mod.directive != "use server":
        return []
    out: list[EntryPoint] = []
    for name, target in mod.exports.items():
        value = sx.strip_types(mod.values.get(target) if isinstance(target, str) else target)
        if value is None:
            continue
        outer: Function | None = None
        ep: EntryPoint | None = None
        anchor: Node | None = None
        if value.type == "member_expression":
            ep = _bound_action(az, mod, value)
            anchor = _declared_anchor(mod, value) if ep is not None else None
        elif value.type == "call_expression" and len(sx.call_args(value)) == 1:
            ep = _procedure_entry(az, mod, value, 0)  # `createAction(router.proc)`
            anchor = _declared_anchor(mod, value) if ep is not None else None
        elif sx.is_function(value):
            outer = mod.function_for(value, name)
            handed = _forwarded_action(az, mod, outer)
            if handed is not None:
                ep, call = handed
                ep.answer_dropped = not _answers(mod, outer, call)
            anchor = outer.name_node
        if ep is None:
            continue
        if outer is not None:
            _apply_summaries(ep, [(az.summary(outer), f"action `{name}`")])
        ep.name = name
        ep.anchor = anchor or _export_specifier(mod, name) or mod.parsed.root
        ep.anchor_module = mod
        ep.route_path = mod.path
        out.append(ep)
    return out


def _answers(mod: Module, outer: Function, call: Node) -> bool:
    """The action returns what ``call`` answered: the call in a `return`, or a local holding it
    (`const result = await service.x(input); ...; return result`) named in one."""
    src = mod.src
    held: set[str] = set()
    p = call.parent
    while p is not None and p != outer.node:
        if p.type == "return_statement":
            return True
        if p.type == "variable_declarator":
            held.update(sx.pattern_names(src, p.child_by_field_name("name")))
            break
        p = p.parent
    if outer.body is not None and outer.body.type != "statement_block" and sx.contains(outer.body, call):
        return True  # (`async (input) => service.x(input)`)
    rets = sx.find(outer.body, ("return_statement",), into_functions=False) if outer.body is not None else []
    return any(identifiers(src, r) & held for r in rets)


def _forwarded_action(az: Analyzer, mod: Module, outer: Function) -> tuple[EntryPoint, Node] | None:
    """`return service.deleteTag(input)` in an action whose parameter ``input`` is handed on whole:
    the bound package action it calls (the first one, when the action calls several), and the call."""
    params = set(outer.params)
    if outer.body is None or not params:
        return None
    for call in sx.find(outer.body, ("call_expression",), into_functions=False):
        args = sx.call_args(call)
        first = sx.unwrap(args[0]) if args else None
        if first is None or first.type != "identifier" or sx.text(mod.src, first) not in params:
            continue
        head = sx.strip_types(call.child_by_field_name("function"))
        if head is None or head.type != "member_expression":
            continue
        ep = _bound_action(az, mod, head)
        if ep is not None:
            return ep, call
    return None


def raw_body_local(src: bytes, fn: Node, node: Node) -> bool:
    """``node`` names a local of ``fn`` bound to the request's body as sent (`const payload = await
    req.json()`, `await request.formData()`), no schema between."""
    held = sx.unwrap(node)
    if held is None or held.type != "identifier":
        return False
    for decl in sx.find(fn, ("variable_declarator",), into_functions=False):
        left, value = decl.child_by_field_name("name"), sx.unwrap(decl.child_by_field_name("value"))
        if left is not None and sx.text(src, left) == sx.text(src, held) and value is not None:
            return value.type == "call_expression" and sx.callee_name(src, value).endswith((".json", ".formData"))
    return False
