"""Guards in order: walk a function body statement by statement and record, at every
sink, which guards dominate it (authentication, role/ownership, rate limit, audit,
validation), which names hold client-controlled or session-derived values, and what
the function returns.

Dominance is approximated structurally: a guard counts for the statements after it in
the same block (and in nested blocks), an `if (!session) throw/return/redirect` guard
counts for what follows it, a check inside only one branch does not leak out, and an
async check that is not awaited does not count at all.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field, replace
from operator import itemgetter
from typing import TYPE_CHECKING

from tree_sitter import Node

from checks.analysis import client_hooks, deployment, effect, guards, quota, sessions, tenancy
from checks.analysis import syntax as sx
from checks.analysis import vocabulary as vocab
from checks.analysis.calls import (
    _SQL_CLIENT_PACKAGES,
    FIRESTORE_DOC_OPS,
    FIRESTORE_FUNCTIONS,
    FIRESTORE_QUERY_STEPS,
    KV_REMOVALS,
    KV_WRITE,
    MONGO_OPS,
    SPAWNS,
    DbOp,
    anthropic_client,
    chain_calls,
    classify_db,
    collection_handle,
    command_arg,
    db_named,
    declares_sequelize_model,
    firestore_doc_ref,
    firestore_function_op,
    firestore_query,
    firestore_query_op,
    firestore_ref_op,
    header_values,
    idp_seat_op,
    is_ai_call,
    is_email_send,
    is_fs_call,
    is_process_spawn,
    is_spawning_transport,
    is_store_mutation,
    is_tagged_template,
    makes_anthropic_client,
    makes_sql_client,
    managed_entity_assign,
    may_be_service_write,
    may_be_store_mutation,
    mongo_driver_op,
    object_keys,
    outer_chain,
    promisified_spawn,
    request_parts,
    runs_statement_param,
    scratch_module,
    secret_bound_to,
    secret_from_env,
    sequelize_instance_write,
    server_secret_request,
    service_write,
    setting_bound_to,
    statement_args,
    statement_op,
    tagged_sql_op,
    template_values,
    url_prefix,
)
from checks.analysis.module import AdaptedMiddleware, Function, Module
from checks.analysis.program import instance_member
from checks.analysis.role_columns import admin_role_name
from checks.analysis.schemas import schema_keys
from checks.analysis.taint import coerced_locals, helper_args, param_sources, value_refs
from checks.parsing import ParsedFile
from checks.sources import SCRIPT_SUFFIXES, project_files, tree_fact

if TYPE_CHECKING:
    from checks.analysis.program import Program

if TYPE_CHECKING:
    from checks.analysis.entry_points import EntryPoint  # (entry_points imports this module)

_EXIT_TYPES = ("throw", "return", "secret", "inherited", "check")
# the ways a signed-in user (not a shared secret's holder) is established
_USER_AUTH = frozenset({"throw", "return", "check"})
_ROLE_PROPS = re.compile(
    # `isGranted`: Kinde `(await getPermission("x:read"))?.isGranted`
    # `isStaff`: a platform staff flag on an admin-console session is a role like `isAdmin`;
    # so is a moderator flag (`isModerator`), the role of a community platform's content staff
    r"(?i)^(role|roles|isAdmin|is_admin|admin|permissions?|isOwner|isSuperuser|superuser|scope|plan|isGranted|"
    r"isStaff|is_staff|isSuperAdmin|is_super_admin|isModerator|is_moderator|moderator|"
    # `user.superAdmin`, `user.nationalAdmin`, `site_admin`: an admin boolean named for the scope it covers,
    # set by the server on the account (not `nonAdmin`, a flag saying the opposite, nor `newAdmin`, one asked for)
    r"(?!(non|not|no|new|next|target|requested|wanted|desired|make|set|grant)_?admin$)[a-z]+_?admin|"
    # `isPlatformAdmin`, `is_site_admin`, `isOperator`: a flag of a platform-wide role, however qualified
    # (`isManager`, `is_team_manager`: a flag of the manager role a helper computed, `orgRole === "org:admin"`)
    r"is_?([a-z]+_?){0,2}(admin|staff|super_?user|operator|manager)|"
    # `session.user.superRole`, `user.platformRole`, `me.global_role`: a platform-wide role (not `targetRole`
    # / `newRole`, a role a request asks for, nor `memberRole`, a standing in one tenant the helper answers for);
    # `auth.userRole`, `me.accountRole`: the account's own role, as a sign-in helper renames a token's `role`
    r"(super|platform|system|global|site|app|user|account)_?roles?)$"
)
# a project getter of someone's role (`getShopRole(userId, shopId)`, `fetchMemberRole`, `getRoleFor(...)`)
_ROLE_GETTER = re.compile(
    r"(?i)^(get|fetch|load|find|read|resolve|lookup)_?\w*?roles?(_?(for|in|of)\w*)?$"
    # (also a noun phrase asking where, `staffRoleAt(userId, gymId)`, `clubRoleOf(...)`: not a guard's verb)
    r"|(?-i:^(?!(require|check|has|is|can|assert|ensure|verify|with|set|update|assign|grant|add|remove|revoke"
    r"|delete)(?![a-z]))[a-z]\w*?Roles?(At|For|In|Of|_at|_for|_in|_of)$)"
)
# ... and of someone's membership (`getMembership(userId, orgId)`, `findOrgMember`): no seat, no entry
_MEMBERSHIP_GETTER = re.compile(
    r"(?i)^(get|fetch|load|find|read|resolve|lookup)_?\w*?(memberships?|member)(_?(for|in|of)\w*)?$"
)
# Clerk's session claim of the caller's role in the active organisation (`orgRole`, `sessionClaims.org_role`)
_CLERK_ORG_ROLE = re.compile(r"^org_?[rR]ole$")
# a permissions object the project works out for the caller (`const permissions = await Permissions.get(...)`):
# its flags (`permissions.manage`, `abilities.canEdit`) are the caller's rights on what was asked about
_GRANTS_OBJECT = re.compile(r"(?i)^(permissions?|perms|abilities|capabilities|privileges|rights|grants)$")
# ... but not who the caller is, nor what the object names (`permissions.user`, `permissions.accountId`)
_IDENTITY_FIELD = re.compile(r"(?i)^(user|users|auth|session|token|email|name|id|me|account|community|\w*(Id|_id))$")
# a field naming the person or their credentials, not their kind (`user.username === "admin"`); or a
# role (`_ROLE_PROPS` says which are the caller's everywhere) or standing in one tenant (`ctx.staffRole`,
# `memberType`): not the account's own kind
_NOT_ACCOUNT_KIND = re.compile(
    r"(?i)(name|e_?mail|login|handle|slug|id|password|token|secret|key)$|role|member|staff|seat|team|org|workspace|tenant"
)
# the id of a staff principal on a console session (`session.adminId`): only operators hold one (also a
# help desk's own cookie, `session.agentId` / `supportAgentId`: only support agents hold one; an agent of
# one tenant, `!session.agentId || !session.agencyId`, is told apart by `_tenant_bound`)
_STAFF_PRINCIPAL = re.compile(
    r"^(admin|staff|superAdmin|super_admin|operator|agent|supportAgent|support_agent|moderator)(Id|_id)$"
)


def staff_principal(src: bytes, node: Node | None) -> bool:
    """`session.adminId`, `session.staffId`: one property off the session, naming a staff principal."""
    node = sx.strip_types(node)
    if node is None or node.type != "member_expression":
        return False
    obj = sx.strip_types(node.child_by_field_name("object"))
    prop = sx.text(src, node.child_by_field_name("property"))
    return obj is not None and obj.type == "identifier" and bool(_STAFF_PRINCIPAL.match(prop))


# `session.operatorId = member.userId;`: one field of an object set by a statement of its own
_FIELD_SET = re.compile(rb"^\s*(\w+)\.(\w+)\s*=(?!=)")
_SAVED = re.compile(rb"\b(\w+)\.save\(\s*\)")
# where a sign-in's block of session fields starts: the session bound, or a function begun
_BLOCK_START = re.compile(rb"\b(const|let|var|function)\b|=>")


def principals_saved_with_a_tenant(program: Program) -> frozenset[str]:
    """The staff principals (`operatorId`) every sign-in of the project saves together with the one
    tenant it signed in to: `session.operatorId = member.userId; session.shopId = shopId; await
    session.save()`. Such a principal is that tenant's staff, not a platform operator; a principal
    some sign-in saves with no other record's id (a console login, a break-glass) is left out."""
    return tree_fact(program.tree, "principals_saved_with_a_tenant", lambda: _read_principals_with_tenant(program))


# a flag of the account's state, not of a role it holds (`isVerified`, `isOnboarded`, `isPro`): any account
# can come to have it, so a session callback setting it grants no standing
_ACCOUNT_STATE_FLAG = re.compile(
    r"(?i)^is_?(verified|email\w*|active|inactive|new|onboard\w*|banned|blocked|suspended|disabled|enabled|"
    r"logged_?in|signed_?in|authenticated|guest|anonymous|subscribed|premium|pro|paid|trial\w*|complete\w*|"
    r"setup\w*|first\w*|online|expired|locked|deleted|public|private|beta|approved|invited|pending)$"
)
_DOMAIN_ROLE_FLAG = re.compile(r"^is_?[A-Za-z]\w*$")
# the Auth.js callbacks that shape what `auth()` / `getServerSession()` answer
_SESSION_HOOKS = frozenset({"session", "jwt"})


def session_role_flags(program: Program) -> frozenset[str]:
    """The `is<Role>` flags the project's Auth.js configuration sets on the session in its `session` /
    `jwt` callback (`user: { ...session.user, isCoach }` from a role-table lookup): the server's own
    grant, not something the client sends, so testing one is a role check like `isAdmin`. Flags of an
    account's state (`isVerified`) are left out."""
    return tree_fact(program.tree, "session_role_flags", lambda: _read_session_role_flags(program))


def _read_session_role_flags(program: Program) -> frozenset[str]:
    out: set[str] = set()
    for path, data in project_files(program.tree, program.index.paths, SCRIPT_SUFFIXES, b"callbacks"):
        if b"next-auth" not in data and b"@auth/" not in data:
            continue
        mod = program.module(path, data=data)
        if mod is None:
            continue
        for obj in sx.find(mod.parsed.root, ("object",)):
            keys = object_keys(mod.src, obj)
            hooks = sx.strip_types(keys.get("callbacks"))
            if "providers" not in keys or hooks is None or hooks.type != "object":
                continue
            for name, fn in sx.object_functions(mod.src, hooks):
                if name not in _SESSION_HOOKS:
                    continue
                # `{ ...session.user, isCoach }`, `isCoach: await lookUp(...)`, `token.isCoach = ...`
                for node in sx.find(fn, ("shorthand_property_identifier", "pair", "assignment_expression")):
                    if node.type == "shorthand_property_identifier":
                        flag = mod.text(node)
                    elif node.type == "pair":
                        flag = mod.text(node.child_by_field_name("key")).strip("'\"")
                    else:
                        left = sx.strip_types(node.child_by_field_name("left"))
                        if left is None or left.type != "member_expression":
                            continue
                        flag = mod.text(left.child_by_field_name("property"))
                    if _DOMAIN_ROLE_FLAG.match(flag) and not _ACCOUNT_STATE_FLAG.match(flag):
                        out.add(flag)
    return frozenset(out)


def _read_principals_with_tenant(program: Program) -> frozenset[str]:
    bound: set[str] = set()
    unbound: set[str] = set()
    for _, data in project_files(program.tree, program.index.paths, SCRIPT_SUFFIXES, b".save("):
        lines = data.splitlines()
        for i, line in enumerate(lines):
            for saved in _SAVED.finditer(line):
                obj = saved.group(1)
                fields: set[str] = set()
                # the fields set on the same object in the statements just before its save
                for prev in reversed(lines[max(0, i - 20) : i]):
                    m = _FIELD_SET.match(prev)
                    if m is not None and m.group(1) == obj:
                        fields.add(m.group(2).decode())
                    elif _BLOCK_START.search(prev) or _SAVED.search(prev):
                        break
                principals = {f for f in fields if _STAFF_PRINCIPAL.match(f)}
                tenant = any(_ID_PROP.search(f) and f != "id" and f not in principals for f in fields)
                (bound if tenant else unbound).update(principals)
    return frozenset(bound - unbound)


def _tenant_bound(src: bytes, cond: Node | None, root: str | None, principal: Node | None) -> bool:
    """`if (!session.staffId || !session.storeId) throw`: the exit also asks the same session for
    another record's id (the one store a terminal was unlocked for), so the staff principal is that
    tenant's staff, not a platform operator acting on any tenant."""
    if cond is None or root is None or principal is None:
        return False
    for n in sx.walk_named(cond):
        if n.type != "member_expression" or n.id == principal.id or sx.root_identifier(src, n) != root:
            continue
        obj = sx.strip_types(n.child_by_field_name("object"))
        prop = sx.text(src, n.child_by_field_name("property"))
        if obj is not None and obj.type == "identifier" and _ID_PROP.search(prop) and prop != "id":
            return not _STAFF_PRINCIPAL.match(prop)
    return False


_ENFORCING_CHECK = re.compile(r"^(require|ensure|assert|check|verify|must|authorize|enforce|throwIf|getAuthori[sz]ed)")
_STOPPING_CALLS = re.compile(r"^(redirect|permanentRedirect|notFound|forbidden|unauthorized|returnValidationErrors)$")


def stops_nothing(fn: Function) -> bool:
    """A helper in view that can stop no request: no `throw`, no `redirect()`/`notFound()`, no
    call named to throw (`assertX`), however it is named (`ensureCanEdit` returning `{ ok: false }`
    hands back a verdict; a caller that drops it has checked nothing)."""
    src = fn.module.src
    if sx.find(fn.node, ("throw_statement",)):
        return False
    for c in sx.find(fn.node, ("call_expression",)):
        callee = sx.callee_name(src, c)
        last = sx.last_name(callee)
        if _STOPPING_CALLS.match(last) or _ENFORCING_CHECK.match(last) or last.endswith("OrThrow"):
            return False
        if callee == last and _throws_always(fn.module, last, fn.node):
            return False  # `!perms.includes(name) && refuse()`, `refuse` of the module only throwing
    return True


def answers_object(fn: Function) -> bool:
    """Every way out of ``fn`` hands back an object literal (`return { isAdmin: false, error }`, ...,
    `return { isAdmin: row.is_admin, error: null }`): its answer is truthy whatever it says."""
    body = fn.node.child_by_field_name("body")
    if body is None:
        return False
    if body.type != "statement_block":
        return _is_object(body)
    stmts = body.named_children
    if not stmts or stmts[-1].type != "return_statement":
        return False  # (falling off the end answers `undefined`)
    rets = sx.find(body, ("return_statement",), into_functions=False)
    return all(r.named_children and _is_object(r.named_children[0]) for r in rets)


def _is_object(node: Node | None) -> bool:
    inner = sx.unwrap(node)
    return inner is not None and inner.type == "object"


def answer_tested_bare(src: bytes, fn: Node, call: Node, target: Function) -> bool:
    """`const isAdmin = await checkIsAdmin(id); if (!isAdmin) ...`: the whole answer of a helper that
    stops nothing and answers an object on every way is kept in one name that is never read by a
    field: any test of it is always true (`!isAdmin` never), so the check it stands for never runs.
    A destructured answer (`const { isAdmin } = ...`) or one read by its field is a real verdict."""
    p = call.parent
    while p is not None and (p.type in sx.TRANSPARENT or p.type == "await_expression"):
        p = p.parent
    if p is None or p.type != "variable_declarator":
        return False
    name_node = p.child_by_field_name("name")
    if name_node is None or name_node.type != "identifier":
        return False
    if not answers_object(target) or not stops_nothing(target):
        return False
    name = sx.text(src, name_node)
    for ref in sx.find(fn, ("identifier",)):
        if ref.start_byte <= name_node.start_byte or sx.text(src, ref) != name:
            continue
        up = ref.parent
        if up is not None and up.type in ("member_expression", "subscript_expression", "spread_element"):
            return False  # `answer.isAdmin`, `{ ...answer }`: the fields are what is read
        if up is not None and up.type == "arguments" and _log_call(src, up.parent):
            continue  # `console.log(check)`: printed, not tested
        if up is not None and up.type in ("variable_declarator", "arguments", "return_statement"):
            return False  # handed on whole: read elsewhere
    return True


# a logging call: `console.log`, `logger.info`, `log.warn`
_LOG_CALLEE = re.compile(r"^(console|logger|log)\.\w+$")


def _log_call(src: bytes, call: Node | None) -> bool:
    return call is not None and call.type == "call_expression" and bool(_LOG_CALLEE.match(sx.callee_name(src, call)))


def _throws_always(mod: Module, name: str, caller: Node) -> bool:
    """``name`` is a function of ``mod`` whose body throws as one of its own statements
    (`const refuse = () => { throw new Error("forbidden") }`): calling it stops the request."""
    local = mod.local_function(name)
    if local is None or local.node == caller:
        return False
    body = local.node.child_by_field_name("body")
    return (
        body is not None
        and body.type == "statement_block"
        and any(st.type == "throw_statement" for st in body.named_children)
    )


def _refuses_nothing(az: Analyzer, fn: Function, depth: int) -> bool:
    """``fn`` answers nothing (every `return` bare, no concise arrow body) and stops nothing
    (`stops_nothing`), nor do the project helpers it calls (``depth`` levels down)."""
    body = fn.node.child_by_field_name("body")
    if body is None or body.type != "statement_block":
        return False
    if any(r.named_children for r in sx.find(body, ("return_statement",), into_functions=False)):
        return False
    return _stops_nothing_below(az, fn, depth)


def _answers_only_null(fn: Function) -> bool:
    """``fn`` answers nothing but `null`/`undefined` (`if (!user) return null; await revoke(user.uid)`)
    and neither throws nor redirects itself (what it calls is asked of its summary)."""
    body = fn.node.child_by_field_name("body")
    if body is None or body.type != "statement_block" or sx.find(body, ("throw_statement",)):
        return False
    src = fn.module.src
    for r in sx.find(body, ("return_statement",), into_functions=False):
        if r.named_children and sx.text(src, sx.unwrap(r.named_children[0])) not in ("null", "undefined"):
            return False
    return not any(
        _STOPPING_CALLS.match(sx.last_name(sx.callee_name(src, c))) for c in sx.find(body, ("call_expression",))
    )


def _stops_nothing_below(az: Analyzer, fn: Function, depth: int) -> bool:
    """``fn`` stops nothing (`stops_nothing`), nor do the project helpers it calls (``depth`` levels down)."""
    if not stops_nothing(fn):
        return False
    for c in sx.find(fn.node, ("call_expression",), into_functions=False):
        helper = az.target(fn.module, c)
        if helper is None or helper.key == fn.key:
            continue
        if depth <= 0 or not _stops_nothing_below(az, helper, depth - 1):
            return False
    return True


_ASSERT_PREFIX = re.compile(r"^(assert|require|ensure|enforce)[A-Z]")
# a token-bucket limiter class (`TokenBucket`, `RefillingTokenBucket`, `LeakyBucket`): its `consume`/`check` spend a try
_TOKEN_BUCKET = re.compile(r"(?i)token_?bucket$|leaky_?bucket$")
# `invariant(session, "...")` (tiny-invariant), `assert(user)` (node:assert): throw on a falsy value
_ASSERT_NAMES = frozenset({"invariant", "assert"})


def _asserting_call(az: Analyzer, mod: Module, call: Node, last: str | None = None) -> bool:
    """A call named to assert (`requireDefined`, `assertDefined`, `invariant`, `assert`) that can
    stop the request: a project helper so named must throw or redirect somewhere in its body (one
    that only logs a missing value lets the caller go on); a library's is taken at its name.
    ``last``: the last name of the call's callee, when the caller has it already."""
    if last is None:
        last = sx.last_name(sx.callee_name(mod.src, call))
    if not (_ASSERT_PREFIX.match(last) or last in _ASSERT_NAMES):
        return False
    target = az.target(mod, call)
    return target is None or not stops_nothing(target)


_SECRET_CHECK = re.compile(
    r"^(has|is|verify|check|validate)(Valid)?(Post)?(Cron|Secret|Signature|Webhook|ApiKey|Internal)\w*$"
)
# a project predicate checking a signed link's token (`verifyUnsubscribeToken`, `isValidInviteSignature`)
_SIGNED_TOKEN_CHECK = re.compile(r"^(verify|check|validate|isValid)\w*(Token|Signature|Hmac|Link|Webhook)$")
# profile data the signed-in user writes themselves: Supabase `user_metadata` (`auth.updateUser({ data })`
# with the public key; `raw_user_meta_data` in SQL) and Clerk `unsafeMetadata` (the frontend API);
# a role read from it is a claim (Supabase `app_metadata`, Clerk `publicMetadata` are server-set)
_SELF_WRITTEN_METADATA = re.compile(r"\b(user_metadata|raw_user_meta_data|unsafeMetadata|unsafe_metadata)\b")
_SERVER_SET_METADATA = re.compile(r"\b(app_metadata|raw_app_meta_data|publicMetadata|privateMetadata)\b")
_ROLE_NAME = re.compile(r"(?i)(admin|role|permission|membership|isOwner|isMember|super_?user)")
# a membership row by its name (`membership`, `member`, `seat`), and the words of a role asked for
_MEMBER_NAME = re.compile(r"(?i)(member|seat)")
_ROLE_WORD = re.compile(r"(?i)(role|admin|owner|permission|super_?user|manager)")
_REQUEST_PART = re.compile(r"\b(headers|query|cookies|searchParams|nextUrl|body)\b")
_SECRET_HEADER = re.compile(r"(?i)(authorization|secret|token|signature|api[-_]?key|x-hub|webhook|bearer)")
# the HTTP APIs of paid model providers, called without their SDK
_AI_API_URL = re.compile(
    r"^https://(api\.openai\.com|api\.anthropic\.com|generativelanguage\.googleapis\.com|api\.mistral\.ai|"
    r"api\.groq\.com|api\.deepseek\.com|openrouter\.ai/api)/"
)
# the send endpoints of transactional mail and SMS providers' HTTP APIs: a `fetch` there is a send
_MAIL_API_URL = re.compile(
    r"^https://(api\.(brevo|sendinblue)\.com/v3/smtp/email|api\.sendgrid\.com/v3/mail/send|api\.resend\.com/emails|"
    r"api\.postmarkapp\.com/email|api\.(eu\.)?mailgun\.net/v3/([^/]*/messages|$)|api\.mailersend\.com/v1/email|"
    r"mandrillapp\.com/api/1\.0/messages/send|api\.sparkpost\.com/api/v1/transmissions|send\.api\.mailtrap\.io/api/send|"
    r"api\.twilio\.com/.*/Messages(\.json)?$)"
)
_SIGNATURE_CALLS = re.compile(
    r"(?i)(constructEvent(Async)?|verifyWebhook\w*|verifySignature|verify\w*Signature|validateSignature|"
    r"verifyRequest\w*|verifyHmac|(wh|webhook|svix|hook)\.verify|verifyKey|unsign|parseThinEvent|"
    r"parseEventNotification|webhooks\.unwrap|twilio\.validate(Express)?Request(WithBody)?)$"
)


# signature checks that answer a verdict rather than throw: they guard only where the answer is tested
_SIGNATURE_VERDICTS = re.compile(r"twilio\.validate(Express)?Request(WithBody)?$")


def library_session_reader(mod: Module, callee: str) -> bool:
    """`getToken({ req })` imported from `next-auth/jwt` (also `jwt.getToken` through a namespace import)."""
    root, _, member = callee.partition(".")
    binding = mod.imports.get(root)
    if binding is None or "." in member or (member and binding.imported != "*"):
        return False
    return (binding.spec, member or binding.imported) in _LIBRARY_SESSION_READERS


# A session reader by its name (`getUserAuth`, `getServerSession`, `getSessionUser`), for a helper out of sight
# (not `getCheckoutSession`, `getAuthors`: another kind of session, another word)
_LOST_SESSION_READER = re.compile(r"^get(Server|User|Current|Auth)?(Auth|Session)(User)?$")


def _unaliased(mod: Module, callee: str) -> str:
    """A package's function under its own name: `clerkAuth` for `import { auth as clerkAuth } from
    "@clerk/nextjs/server"` is `auth` (the project's own modules are resolved, not renamed)."""
    root, dot, rest = callee.partition(".")
    binding = mod.imports.get(root)
    if (
        binding is None
        or binding.imported in ("*", "default", root)
        or binding.project
        or binding.spec.startswith((".", "@/", "~/"))
    ):
        return callee
    return binding.imported + dot + rest


def _declared_import(mod: Module, callee: str) -> str:
    """The name a function imported under another one was exported as (`a` for `import { a as b }`),
    whatever module it comes from; the callee itself otherwise."""
    binding = mod.imports.get(callee) if "." not in callee else None
    if binding is None or binding.imported in ("*", "default"):
        return callee
    return binding.imported


def _typeof_operand(src: bytes, left: Node | None, right: Node | None) -> Node | None:
    """The operand of `typeof x` compared with a type name other than "object" (`typeof x === "string"`)."""
    for side, other in ((left, right), (right, left)):
        kind = sx.strip_types(side)
        if kind is None or kind.type != "unary_expression":
            continue
        if sx.text(src, kind.child_by_field_name("operator")) != "typeof":
            continue
        arg = sx.strip_types(kind.child_by_field_name("argument"))
        name = sx.string_value(src, sx.strip_types(other))
        return arg if arg is not None and name is not None and name != "object" else None
    return None


def _typeof_field_test(src: bytes, left: Node | None, right: Node | None) -> str | None:
    """`typeof body.name === "string"`: the field read tested (`field_read_key`), so that in the branch
    the test opens that field, not the whole body, holds the type (not for "object")."""
    arg = _typeof_operand(src, left, right)
    return field_read_key(src, arg) if arg is not None and arg.type == "member_expression" else None


def typeof_test(src: bytes, left: Node | None, right: Node | None) -> str | None:
    """`typeof token` compared with a type other than "object" (`typeof token === "string"`): the
    local tested, which on equality holds no object (no session, no record)."""
    arg = _typeof_operand(src, left, right)
    return sx.text(src, arg) if arg is not None and arg.type == "identifier" else None


def is_signature_call(callee: str) -> bool:
    """`stripe.webhooks.constructEvent(...)`, `wh.verify(...)`: a call that verifies a request signature."""
    return bool(_SIGNATURE_CALLS.search(callee))


_SAFE_COMPARE = re.compile(
    r"(?i)(timingSafeEqual|safeCompare|secureCompare|constantTimeEqual|safeEqual|compareSecret)$"
)
# (its names anywhere in a source's bytes: where none is, no call in them is named so)
_SAFE_COMPARE_TEXT = re.compile(
    rb"(?i)timingSafeEqual|safeCompare|secureCompare|constantTimeEqual|safeEqual|compareSecret"
)
# mongoose's / the mongodb driver's ObjectId format check (`isValidObjectId(id)`, `Types.ObjectId.isValid(id)`)
_OBJECT_ID_CHECK = re.compile(r"(?:^|\.)(?:isValidObjectId|ObjectId\.isValid)$")
_CHECK_CALLS = re.compile(
    r"(?i)^(isNaN|isFinite|isInteger|isSafeInteger|is|Check|isValid\w*|is[A-Z]\w*|validate\w*|test|match)$"
)
# built-in runtime type tests of a value (`Array.isArray(ids)`, `Number.isInteger(n)`)
_BUILTIN_TYPE_TESTS = frozenset({"Array.isArray", "Number.isInteger", "Number.isSafeInteger", "Number.isFinite"})
# Throwing validators of schema libraries that are plain functions: (module, name) -> the
# position of the value they check.
_LIBRARY_VALIDATORS = {
    ("superstruct", "assert"): 0,
    ("superstruct", "create"): 0,
    ("superstruct", "mask"): 0,
    ("valibot", "parse"): 1,
    ("valibot", "parseAsync"): 1,
    # class-validator checks a class instance in place (`await validate(plainToInstance(Dto, body))`)
    ("class-validator", "validate"): 0,
    ("class-validator", "validateOrReject"): 0,
    ("class-validator", "validateSync"): 0,
}
# Throwing format parsers whose answer is the checked value (`const addr = getAddress(raw)` of viem / ethers
# throws unless the text is a 20-byte hex address and answers its checksummed form): the answer passed, not
# the object the text was read off (`getAddress(body.address)` vouches for no other field of `body`)
_FORMAT_PARSERS = frozenset({("viem", "getAddress"), ("ethers", "getAddress")})
# Library session readers known by their import, not their name alone (a project's own `getToken`
# may read a push token): next-auth's `getToken({ req })` verifies the session JWT, or answers null.
# (also through a namespace import: `import * as nextAuth from "next-auth"; nextAuth.getServerSession(opts)`)
_LIBRARY_SESSION_READERS = frozenset(
    {
        ("next-auth/jwt", "getToken"),
        ("next-auth", "getServerSession"),
        ("next-auth/next", "getServerSession"),
    }
)
# effect/Schema: `Schema.decodeUnknownSync(S)` makes a decoder that throws (or rejects) on bad input
_EFFECT_SCHEMA_MODULES = frozenset({"effect", "effect/Schema", "@effect/schema", "@effect/schema/Schema"})
_EFFECT_DECODERS = re.compile(r"^(?:decode|decodeUnknown|validate|parse)(?:Sync|Promise)$")
# a payment provider's record of a checkout session, read back by its id (Stripe)
_PROVIDER_SESSION_READ = re.compile(r"(?i)^stripe\w*\.checkout\.sessions\.retrieve$")
_TOKEN_VERIFY = re.compile(r"(?i)^(verify\w*|jwtVerify|decrypt\w*|decode\w*Session|unseal\w*|validateSession\w*)$")
# set by an auth wrapper (also read through a cast: `(req.auth.user as U).teamId`)
_REQUEST_AUTH = re.compile(r"^\(?(req|request)\??\.(auth|apiAuth|session|user|locals)\b")
_COOKIE_READ = re.compile(r"^\(?(?:await\s+)?cookies\(\)\)?\??\.get\(")
_HANDLER_REGISTRATION = re.compile(r"^on[A-Z]\w*$")
# AI SDK calls that run the hooks of their options (`onFinish`, `execute`) while the request's answer is made
_AI_STREAM_CALLS = frozenset(
    {
        "streamText",
        "generateText",
        "streamObject",
        "generateObject",
        "createUIMessageStream",
        "createDataStream",
        "createDataStreamResponse",
    }
)
_REQUEST_READS = frozenset({"json", "formData", "text", "arrayBuffer", "blob"})
_FILE_READS = frozenset({"text", "arrayBuffer", "bytes", "stream", "json"})
_FILE_READ_NEEDLES = tuple(b"." + name.encode() + b"(" for name in sorted(_FILE_READS))
# fs calls that change files (what a helper must do to count as writing them)
_WRITES = re.compile(r"write|append|unlink|rm|rename|mkdir|copyFile|symlink|truncate")
# file writes whose second argument is the content stored: only the path says where it goes
_CONTENT_WRITES = frozenset(
    # (WebDAV's `putFileContents(path, data)` too)
    {"writeFile", "writeFileSync", "appendFile", "appendFileSync", "outputFile", "outputFileSync", "putFileContents"}
)


def fs_path_args(src: bytes, call: Node) -> list[Node]:
    """What a file-system call consumes as a location: `writeFile(path, bytes)` stores whatever bytes it
    is handed (an upload's body is data, not something to validate), so only its path; other calls
    (`rename(from, to)`, `rm(path, opts)`) all their arguments."""
    args = sx.call_args(call) if call.type == "call_expression" else []
    if sx.last_name(sx.callee_name(src, call)) in _CONTENT_WRITES:
        return args[:1]
    return args


def _dropped_operand(call: Node, callee: str) -> bool:
    """`NextResponse.json({...}), { status: 404 }`: a comma expression's operand before its last, built
    and dropped (a response object made, not sent; `res.json(...)` there still sends)."""
    up = call.parent
    if up is None or up.type != "sequence_expression" or up.named_children[-1].id == call.id:
        return False
    return callee.startswith(("NextResponse.", "Response."))


_RESPOND = re.compile(
    # (a pages/api handler's response object under its other usual name: `response.status(200).json(...)`)
    r"^(NextResponse|Response)\.(json|redirect)$|^(res|response)\.(json|send|end)$"
    r"|^(res|response)\.status\(\)\.(json|send)$"
)


def _last_operand(value: Node | None) -> Node | None:
    """What a returned comma expression answers, its last operand (`return "Error", error` -> `error`,
    `return (log(e), e)`); any other value as it is."""
    bare = value
    while bare is not None and bare.type == "parenthesized_expression" and bare.named_children:
        bare = bare.named_children[-1]
    while bare is not None and bare.type == "sequence_expression" and bare.named_children:
        value = bare = bare.named_children[-1]
    return value


@dataclass
class State:
    auth: str | None = None  # how authentication was established: throw|return|secret|inherited|check
    role: bool = False
    owner: bool = False
    rate_limited: bool = False
    audited: bool = False
    session: set[str] = field(default_factory=set)  # session-derived names
    fetched: set[str] = field(default_factory=set)  # names bound to an auth-source result
    client: set[str] = field(default_factory=set)  # client-controlled names
    validated: set[str] = field(default_factory=set)  # names holding validated values

    def copy(self) -> State:
        # what dataclasses.replace did, without introspecting the fields on every call (hot: one per
        # event and branch); every field is carried over (a test checks that none is forgotten), the
        # name sets are copied. Spelled out, not through `__dict__`: compiled (`checks.native`) it has none.
        return State(
            auth=self.auth,
            role=self.role,
            owner=self.owner,
            rate_limited=self.rate_limited,
            audited=self.audited,
            session=set(self.session),
            fetched=set(self.fetched),
            client=set(self.client),
            validated=set(self.validated),
        )


@dataclass(eq=False)
class Event:
    kind: str  # db | trail | email | ai | fetch | relay | fs | exec | redirect | return | respond | floating | call
    node: Node
    state: State
    op: DbOp | None = None
    callee: str = ""
    catch_param: str | None = None  # innermost enclosing catch clause's parameter
    value: Node | None = None  # return value / response body


def _enclosing_class(call: Node) -> Node | None:
    """The class declaration whose method (or arrow-function field) holds ``call``, when `this` there is
    the instance: arrow functions keep the method's `this`, a nested `function` rebinds it (None)."""
    for node in sx.ancestors(call):
        if node.type in ("function_declaration", "function_expression", "function", "generator_function"):
            return None
        if node.type in ("class_declaration", "abstract_class_declaration"):
            return node
        if node.type in ("class", "program"):
            return None
    return None


def _local_instance_class(mod: Module, call: Node, name: str) -> str | None:
    """The class of ``name`` where the function around ``call`` binds it once, to `new Cls(...)` of a
    class named by an identifier (`const logger = new ServerLogger()`), and never assigns it again."""
    made = (name + " = new ").encode()
    if made not in mod.src:
        return None  # (cheapest first, the whole file: no climb to the enclosing function for most calls)
    fn = sx.enclosing_function(call)
    if fn is None or mod.src.find(made, fn.start_byte, fn.end_byte) == -1:
        return None  # (cheap: most member calls are on no such local)
    cls: str | None = None
    for decl in sx.find(fn, ("variable_declarator",), into_functions=False):
        if sx.text(mod.src, decl.child_by_field_name("name")) != name:
            continue
        value = sx.strip_types(decl.child_by_field_name("value"))
        ctor = sx.strip_types(value.child_by_field_name("constructor")) if value is not None else None
        if cls is not None or value is None or value.type != "new_expression" or ctor is None:
            return None
        if ctor.type != "identifier":
            return None
        cls = sx.text(mod.src, ctor)
    if cls is None:
        return None
    for a in sx.find(fn, ("assignment_expression",), into_functions=False):
        if sx.text(mod.src, a.child_by_field_name("left")) == name:
            return None
    return cls


def _twilio_send(mod: Module, callee: str) -> bool:
    """`tw.messages.create(...)` on `const tw = twilio(sid, token)` (or `new Twilio(...)`) of the `twilio`
    package: an SMS, whatever the client is called."""
    parts = callee.split(".")
    if len(parts) != 3 or parts[1:] != ["messages", "create"]:
        return False
    value = sx.unwrap(mod.values.get(parts[0]))
    if value is None or value.type not in ("call_expression", "new_expression"):
        return False
    fn = value.child_by_field_name("function") or value.child_by_field_name("constructor")
    binding = mod.imports.get(sx.text(mod.src, fn)) if fn is not None and fn.type == "identifier" else None
    return binding is not None and binding.spec == "twilio"


# the signed-in person's record on a session answer: null (or undefined) when nobody is signed in
_SIGNED_IN_FIELDS = frozenset({"user", "session"})


_ROLES_WORD = re.compile(r"(?i)role")


def _role_list_param(fn: Function, index: int) -> bool:
    """The helper's parameter at ``index`` is a list of roles it tests a role against: named or typed
    for roles (`requiredRole: UserRole | UserRole[]`) and asked `requiredRole.includes(...)`."""
    nodes = fn.param_nodes()
    if index >= len(nodes) or fn.body is None:
        return False
    node = nodes[index]
    pattern = node.child_by_field_name("pattern") if node.type != "identifier" else node
    if pattern is None or pattern.type != "identifier":
        return False
    src = fn.module.src
    if not _ROLES_WORD.search(sx.text(src, node)):
        return False
    return src.find((sx.text(src, pattern) + ".includes(").encode(), fn.body.start_byte, fn.body.end_byte) != -1


def _always_evaluated(src: bytes, node: Node, top: Node) -> bool:
    """Whether ``node`` runs whenever ``top`` does: not the right side of `&&`/`||`/`??`, not a
    ternary's branch, not an argument of an optional call (`fn?.(x)`)."""
    child = node
    parent = node.parent
    while parent is not None and child.id != top.id:
        t = parent.type
        if t == "binary_expression" and child == parent.child_by_field_name("right"):
            if sx.text(src, parent.child_by_field_name("operator")) in ("&&", "||", "??"):
                return False
        elif t == "ternary_expression" and child != parent.child_by_field_name("condition"):
            return False
        elif t == "call_expression" and child.type == "arguments":
            fn = parent.child_by_field_name("function")
            if fn is not None and src.find(b"?.", fn.end_byte, child.start_byte) != -1:
                return False
        elif t in sx.FUNCTION_TYPES:
            return False
        child, parent = parent, parent.parent
    return True


def _caught_here(node: Node) -> bool:
    """``node`` sits in the body of a `try` whose `catch` goes on to the code after it (does not end in a
    `return` or `throw`), in its own function: what ``node`` throws does not stop that code."""
    child, parent = node, node.parent
    while parent is not None and parent.type not in sx.FUNCTION_TYPES:
        body, handler = parent.child_by_field_name("body"), parent.child_by_field_name("handler")
        if parent.type == "try_statement" and child == body and handler is not None:
            block = handler.child_by_field_name("body")
            last = block.named_children[-1] if block is not None and block.named_children else None
            if last is None or last.type not in ("return_statement", "throw_statement"):
                return True
        child, parent = parent, parent.parent
    return False


def _bare_value(value: Node) -> bool:
    """A returned value that is one value (`requested ?? session.user.id`), not a record built around
    several (`{ user, workspaceId }`) or a call's answer."""
    node = sx.unwrap(value)
    while node is not None and node.type == "ternary_expression":
        node = sx.unwrap(node.child_by_field_name("consequence"))
    return node is not None and node.type in ("identifier", "member_expression", "binary_expression")


@dataclass
class Summary:
    """What calling a project function does, for its callers."""

    is_async: bool = False
    enforces_auth: bool = False  # throws/redirects when signed out
    # ... but first answers `true` to some callers without reading a session (`if (!hosting.protected)
    # return true`): a gate that is open on a path of its own
    opens_before_auth: bool = False
    auth_source: bool = False  # returns a session/user that the caller must check
    authenticates: bool = False  # as a wrapper/middleware: the wrapped code runs only when signed in
    role: bool = False
    # `allowed.some((r) => r === "*" || user.roles.includes(r))`: a role test over a list its caller hands,
    # which the literals here (`"*"`) let every signed-in account through
    role_wildcards: frozenset[str] = frozenset()
    owner: bool = False
    rate_limits: bool = False
    # answers a count of rows made lately (`quota.answers_recent_count`): a window its caller may bound
    counts_recent: bool = False
    audits: bool = False
    validates: bool = False
    sends_email: bool = False
    email_params: frozenset[str] = frozenset()  # parameters that reach a send without passing a check here
    # parameters checked here before every send (`if (to !== me.email) return false`): a caller's value
    # handed there is the checked one wherever else it goes into the mail (its body, a template)
    email_vetted: frozenset[str] = frozenset()
    mutates_store: bool = False  # deletes in a file store or payment provider, before any own auth check
    store_params: frozenset[str] = frozenset()  # parameters that reach those calls (an object key, a folder)
    calls_ai: bool = False
    # writes files / runs commands before any own auth check: the inner call (`fs.writeFile`, `spawn`)
    writes_files: str = ""
    runs_commands: str = ""
    # parameters that are the target of a redirect as they are (`NextResponse.redirect(new URL(path, req.url))`)
    redirect_params: frozenset[str] = frozenset()
    effect_params: frozenset[str] = frozenset()  # parameters that reach those calls without a check here
    # a request to a service the deployment configures, carrying a server secret in its headers, before
    # any own auth check (`calls.server_secret_request`): the secret's setting name, and the parameters
    # that reach the request (its URL, body or options)
    relays: str = ""
    relay_params: frozenset[str] = frozenset()
    ops: list[DbOp] = field(default_factory=list)
    returns_records: bool = False
    # how far below the function its audit is (`audit_reach`): 0 for an audit by name or an audit-table
    # write at any depth, 1 for a structured-logger call in its own body, 2 for one in a helper it calls
    audit_depth: int = 0
    returns_input: bool = True  # a returned value is built from the parameters (`taint.value_refs`)
    returns_unchecked: bool = True  # ... and not only after a check or coercion (failure answers aside)
    returned_params: frozenset[str] | None = None  # ... which parameters those are (None: not worked out)
    # parameters handed back (not on a failure answer) past no role or ownership check of the function's
    # own: `return requested ?? session.user.id` after only signing the caller in
    passed_params: frozenset[str] = frozenset()
    # parameters handed back on a success answer before the function read or checked anything
    # (`if (token) return { ok: true, token }` ahead of its own lookup): on that path it proves nothing
    echoed_first: frozenset[str] = frozenset()
    # answers a failure (`return { success: false, response }`, `if (!r.success) return r`) rather than
    # throwing: a bare call of it enforces nothing
    answers_failure: bool = False
    # answers nothing but failures or nothing (`rejectNulBytes(data)`: `{ success: false, ... }` or null)
    only_failures: bool = False
    # `parseRequest(req)` returning `{ auth, error }`, `error` set whenever nobody is signed in:
    # the field, and the parameters that switch the lookup off (`guards.auth_error_field`)
    error_field: tuple[str, frozenset[int]] | None = None
    # `ensureAdmin()` returning `null` past its role gate and a truthy refusal (`{ error }`, a 403
    # response) otherwise: the (role, owner) check holds once the caller exits on a truthy result
    # (and whether every pass was signed in: `if (!isAdmin(session?.user?.email)) return 401` first)
    refusal: tuple[bool, bool, bool] | None = None
    # `verifyStaff()` answering `{ ok: true, ... }` past its role gate and `{ ok: false, ... }` on each
    # refusal: (the verdict key, role, owner), holding once the caller exits on `!answer.ok`
    verdict_gate: tuple[str, bool, bool] | None = None
    # `checkAccess(teamId, roles)` answering `{ error: "No access" }` on each refusal and `{ error: null,
    # userId }` past its role gate: (the key, role, owner, signed in), holding once the caller exits on
    # `answer.error`; last, whether every pass answer lacks the key (then `"error" in answer` tests it too)
    keyed_refusal: tuple[str, bool, bool, bool, bool] | None = None
    # `getApiStaff(roles)` answering `{ user: null, response: forbidden }` on each refusal and the user past
    # its role gate: (the key, role, owner, signed in), holding once the caller exits on `!answer.user`
    # (`_pass_key`; every such key)
    pass_key: tuple[frozenset[str], bool, bool, bool] | None = None
    # ... and the positions of its parameters every pass answer is past a runtime check of
    # (`if (typeof teamId !== "string" || teamId.length > 40) return { error }` first): a caller exiting on
    # the refusal holds those arguments checked too
    refusal_checked: frozenset[int] = frozenset()
    # `withRole(roles, fn)` built on another wrapper, testing `roles.includes(ctx.role)` of the membership
    # that one looked up before calling `fn` (`Analyzer._filled_role`): a role in the caller's own tenant.
    # Not `role`: it covers no row of another tenant picked by a client id (missing-authorization's narrowing)
    filled_role: bool = False
    # `actionError(code)` answering `{ success: false, ... }` on every return: the verdict key
    fails_with: str = ""
    # `requireMember()` answering a failed verdict (`fails_with`, `{ success: false }`) on every refusal and
    # an object naming no verdict past its sign-in check: (the key, role, owner), holding once the caller
    # exits on a test true for the failure (`if (isAuthError(actor)) return actor`, `if ("success" in actor)`)
    error_gate: tuple[str, bool, bool] | None = None
    # `isAuthError(answer)` true for every `{ key: false }` it is handed (`_true_for_failure`): the key
    failure_test: str = ""
    # `verifyCronAuth(req)` returning `null` past its secret check and a truthy refusal (a 401
    # response) otherwise: the caller is authenticated once it exits on a truthy result, not by the call
    secret_refusal: bool = False
    # `checkHookCaller(req)` answering `{ error, status }` unless a secret or signature check passed
    # (`_secret_or_error`): the caller's error test authenticates a server-to-server caller, not a user
    secret_answer: bool = False
    # `checkApiKey(key)` answering a built response: one HTTP status ("200") past its own credential
    # check and others on every refusal, so a caller's `if (res.status !== 200) return res` authenticates
    pass_status: str | None = None
    # `ensureManagerAccess({ currentEmployee })`: a role gate on what the caller hands it, which
    # holds as a role check when the caller passes its own (session-derived) record
    param_role: bool = False
    # `isPartner(user)` answering `user.type === UserType.PARTNER`: the kind of account handed in; asked
    # of the session's user, a test that fails without one (a sign-in check, not a role)
    answers_account_type: bool = False
    # `requireMember(["owner", "admin"])` of `requireMember(allowed?: Role[])` testing `allowed &&
    # !allowed.includes(member.role)`: a role check for callers that pass that parameter (its position), none
    # for `requireMember()`; -1 when there is no such parameter
    role_list_param: int = -1
    # `requireStaff("lead")` of `requireStaff(minRole = "agent")` testing `minRole === "lead" && role !==
    # "lead"`: the literals of that parameter that switch its role test on (empty: any value given does)
    role_param_values: frozenset[str] = frozenset()
    # `withRetry(fn)`: the positions of function parameters it calls and whose failure it does not
    # swallow (no `return null` in a catch), so a callback that throws when signed out guards its result
    runs_params: frozenset[int] = frozenset()
    # `withAuth(fn)` that calls `fn(ctx)` only past its own auth check: per position of such a
    # function parameter (a callback handed there runs signed in, wherever the call sits), the
    # argument positions it fills with its own session values (`ctx`), not with what it was handed
    gated_callbacks: dict[int, frozenset[int]] = field(default_factory=dict)
    # ... and per such parameter, the keys of an object literal argument it fills with its own values
    # at a position that also carries the client's (`fn({ req, user, orgId })`: `user`, `orgId`)
    gated_callback_keys: dict[int, dict[int, frozenset[str]]] = field(default_factory=dict)
    role_gated_callbacks: frozenset[int] = frozenset()  # ... called past a role check too
    # `withProjectAuth(fn)` that always calls `fn`, handing it a failure object where its own auth
    # check failed (`_failure_callbacks`): per such parameter, the failure's position and the
    # positions filled with session values on the signed-in calls
    failure_callbacks: dict[int, tuple[int, frozenset[int]]] = field(default_factory=dict)
    # `runVerifiedAction({ label, handler })` that calls `handler()` (or `opts.handler()`): the
    # functions of an options object it calls, by (position of the options, key); and those it
    # calls only past its own auth check, each with the argument positions it fills with its own
    # session values (a callback handed there runs signed in, as for `gated_callbacks`)
    runs_options: frozenset[tuple[int, str]] = frozenset()
    gated_options: dict[tuple[int, str], frozenset[int]] = field(default_factory=dict)
    role_gated_options: frozenset[tuple[int, str]] = frozenset()  # ... called past a role check too
    # `TokenGate(token, handler)` whose returned handler answers 401 unless the request's token equals
    # `token`: the positions of such parameters; the wrapper authenticates a caller only where the
    # arguments there are secrets (`secret_args`)
    secret_params: frozenset[int] = frozenset()
    secret_gate: bool = False  # as a wrapper: lets in only callers holding a shared secret (no session)
    # `return !!seat && hasRole(seat.role, "admin")`: its answer is a role or ownership check, whatever
    # the function is called (`mayPublish`), so a caller testing it asks an authorization question
    answers_check: bool = False
    # `return count > 0` of rows linking the person and the resource handed in (`isStudioStaff(userId,
    # studioId)`): an answer about that person's tie to that resource, an ownership question (not a role)
    answers_membership: bool = False
    # `bearerMatches(header, secret)`: every answer a constant-time comparison (`timingSafeEqual`, or such
    # a helper of the project's) or a refusal literal, so a caller's exit on it is a shared-secret check
    secret_verdict: bool = False
    # `assertJobKey(req)`: throws unless the request presents a secret the server holds, answers nothing
    # (a bare `return;` only when that secret is unset), so a call of it as a statement authenticates
    secret_throws: bool = False
    # its role check is a CASL verdict on the subjects it is handed (`canViewUser(id)` asking
    # `ability.can("view", { type: "User", id })`): a caller handing it only its own session values asks
    # about its own record, and checks nothing of what else the client picked
    subject_gate: bool = False


# `Analyzer.summary`: the stack position of a summary that leaned on nothing in progress, and of
# one that leaned on the depth cut; how often a call cycle's first member is worked out at most
_FREE = 1 << 30
_CUT = -1
_CYCLE_ROUNDS = 4


_OpKey = tuple[
    str,
    str,
    str,
    bool,
    bool,
    str | None,
    frozenset[int],
    bool,
    frozenset[str],
    frozenset[str] | None,
    frozenset[int] | None,
    frozenset[str] | None,
    frozenset[str] | None,
    bool,
    bool,
]


_SCHEMA_PARSES = frozenset({"parse", "safeParse", "parseAsync", "safeParseAsync", "validate", "validateSync"})


def _parsed_by_schema(src: bytes, fn: Node, value: Node) -> bool:
    """``value`` (`validated.data`, `parsed`) reads a local of ``fn`` bound to a schema's parse
    (`const validated = schema.safeParse(input)`)."""
    root = sx.root_identifier(src, value)
    bound = bound_call(src, fn, root) if root is not None else None
    return bound is not None and sx.last_name(sx.callee_name(src, bound)) in _SCHEMA_PARSES


def bound_call(src: bytes, scope: Node, name: str) -> Node | None:
    """The call the first declaration of the local ``name`` below ``scope`` is bound to, awaited or
    not (`const parsed = schema.safeParse(input)`, `const session = await auth()`); None when that
    declaration holds no call."""
    for d in sx.find(scope, ("variable_declarator",)):
        target = d.child_by_field_name("name")
        if target is None or target.type != "identifier" or sx.text(src, target) != name:
            continue
        bound = sx.unwrap(d.child_by_field_name("value"))
        return bound if bound is not None and bound.type == "call_expression" else None
    return None


def _param_fields_read(
    src: bytes,
    picking: list[Node],
    params: set[str],
    frefs: set[str],
    sources: dict[str, set[str]],
    row_columns: frozenset[str] = frozenset(),
) -> frozenset[str] | None:
    """The fields of plain parameters that a helper's filter reads (`where: { id: item.id }` of
    `save(item)`: {"item.id"}), when the filter reads those parameters only so; None when it uses one
    whole, or reaches one through a local (`const id = item.id`): then the whole argument picks. A row
    handed whole to an upsert (`.values(thread)`, conflict on `id`) is picked by those columns of it."""
    if any(r not in params and sources.get(r) for r in frefs):
        return None
    fields: set[str] = set()
    for part in picking:
        if row_columns and part.type == "identifier" and sx.text(src, part) in params:
            fields.update(f"{sx.text(src, part)}.{c}" for c in row_columns)
            continue
        for n in sx.walk(part, into_functions=True):
            if n.type != "identifier" or sx.text(src, n) not in params:
                continue
            member = n.parent
            prop = member.child_by_field_name("property") if member is not None else None
            if member is None or member.type != "member_expression" or member.child_by_field_name("object") != n:
                return None
            if prop is None or prop.type != "property_identifier":
                return None
            fields.add(f"{sx.text(src, n)}.{sx.text(src, prop)}")
    return frozenset(fields) if fields else None


def _op_key(op: DbOp) -> _OpKey:
    """What an operation inherited from a helper keeps once it is re-anchored at the call to that
    helper (its own call, chain, arguments and driver are replaced there)."""
    return (
        op.kind,
        op.model,
        op.verb,
        op.projected,
        op.whole_rows,
        op.helper,
        op.param_uses,
        op.guarded,
        op.param_names,
        op.unchecked_names,
        op.filter_uses,
        op.filter_names,
        op.data_names,
        op.self_scoped,
        op.backfill,
    )


def _same_summary(a: Summary, b: Summary) -> bool:
    """The same summary, worked out twice (its operations are new objects each time)."""
    if len(a.ops) != len(b.ops) or replace(a, ops=[]) != replace(b, ops=[]):
        return False
    return all(
        (x.kind, x.model, x.api, x.call.start_byte, x.verb, x.helper, x.param_uses, x.guarded, x.param_names)
        == (y.kind, y.model, y.api, y.call.start_byte, y.verb, y.helper, y.param_uses, y.guarded, y.param_names)
        for x, y in zip(a.ops, b.ops, strict=True)
    )


def _pinned_to_own_session(src: bytes, flow: Flow, ev: Event, picked_by: dict[tuple[int, int], set[str]]) -> bool:
    """``ev``, in a helper past its own sign-in, picks its rows by that session's id (`.eq("owner_id",
    me.id)`), or by ids a read pinned to that session looked up first, the helper stopping when it found
    none (`const m = await loadOwned(me.id, id); if (!m) return Err(...)`, then `.eq("id", id)`)."""
    assert ev.op is not None
    frefs = picked_by.get((ev.node.id, ev.op.call.start_byte), set())
    own = ev.state.session | ev.state.fetched
    if frefs & own:
        return True
    wanted = frefs - set(flow.records)
    if not wanted:
        return False
    for e in flow.events:
        if e is ev:
            break
        if e.kind != "db" or e.op is None or e.op.kind != "read":
            continue
        erefs = picked_by.get((e.node.id, e.op.call.start_byte), set())
        if not erefs & (e.state.session | e.state.fetched) or not wanted <= erefs:
            continue
        bound = {n for n, o in flow.records.items() if o is e.op or o.call.id == e.node.id}
        decl = e.node.parent
        while decl is not None and (decl.type == "await_expression" or decl.type in sx.TRANSPARENT):
            decl = decl.parent
        if decl is not None and decl.type == "variable_declarator":
            bound |= set(sx.pattern_names(src, decl.child_by_field_name("name")))
        if not bound:
            continue
        for stmt in sx.find(flow.fn.node, ("if_statement",)):
            if not (e.node.end_byte <= stmt.start_byte and stmt.end_byte <= ev.node.start_byte):
                continue
            if stmt.parent is None or not sx.contains(stmt.parent, ev.node):
                continue  # (one in another branch guards nothing here)
            if sx.exits(src, stmt.child_by_field_name("consequence")) is None:
                continue
            cond = stmt.child_by_field_name("condition")
            if any(_absent_record(src, part, bound) for part in sx.disjuncts(src, cond)):
                return True
    return False


def _absent_record(src: bytes, cond: Node, bound: set[str]) -> bool:
    """`!m`, `!m?.field`, `m == null`: true when the lookup bound to one of ``bound`` found nothing."""
    node = sx.unwrap(cond)
    if node is None:
        return False
    if node.type == "unary_expression" and sx.text(src, node.child_by_field_name("operator")) == "!":
        return sx.root_identifier(src, sx.unwrap(node.child_by_field_name("argument"))) in bound
    if node.type == "binary_expression" and sx.text(src, node.child_by_field_name("operator")) in ("==", "==="):
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        return any(
            sx.root_identifier(src, a) in bound and sx.text(src, b) in ("null", "undefined")
            for a, b in ((left, right), (right, left))
        )
    return False


def _awaited_value(value: Node) -> bool:
    """`await query` (through parentheses and type assertions)."""
    v = sx.strip_types(value)
    while v is not None and v.type == "parenthesized_expression" and v.named_children:
        v = sx.strip_types(v.named_children[0])
    return v is not None and v.type == "await_expression"


@dataclass(eq=False)
class Flow:
    fn: Function
    events: list[Event]
    final: State
    records: dict[str, DbOp]  # names bound to whole DB records
    returned_functions: list[Node]
    # the function's calls of its own parameters (`return fn(ctx)`), with the state there
    param_calls: list[tuple[Node, State]] = field(default_factory=list)
    # an audit call on some path (`if (!isError(result)) await createAudit(...)`: the success it records)
    audits_somewhere: bool = False
    audit_depth: int = 0  # (`Summary.audit_depth` of the audits seen; large when none)
    # the enclosing wrapper's parameters that a secret check compared the request with (`_Walker.held`)
    held_gates: frozenset[str] = frozenset()
    # names (`error`, `res.error`) set whenever nobody is signed in (`_Walker.auth_errors`)
    auth_errors: frozenset[str] = frozenset()
    # locals validated as trimmed texts refused when empty (`_Walker._trimmed_text`): a type check, not
    # one of the content that a URL, a path or SQL text is made of
    trimmed: frozenset[str] = frozenset()
    # catch clauses (their start) of a try whose body passed a secret gate before any `await`: what they
    # catch was thrown past the gate (the caller holds the secret)
    gated_catches: frozenset[int] = frozenset()
    # parameters whose role list is tested only when given (`_Walker.role_lists`)
    role_lists: frozenset[str] = frozenset()
    # a CASL verdict gates it (`_Walker.subject_gated`)
    subject_gated: bool = False
    # per parameter of ``role_lists``, the literals that switch its role test on (`_Walker.role_values`)
    role_values: frozenset[tuple[str, str]] = frozenset()
    # literals a role test over an allowed list lets through whoever asks (`_Walker.role_wildcards`)
    role_wildcards: frozenset[str] = frozenset()
    # callback parameters a project wrapper fills with the client's data (`_Walker._bind_wrapped_input`)
    handed_client: frozenset[str] = frozenset()
    # where a signed token was verified (`_Walker.token_gates`: `jwt.verify(token, key)` throws on a forged one)
    token_gates: frozenset[int] = frozenset()


def _pasted_parts(src: bytes, values: list[Node]) -> Iterator[Node]:
    """The expressions a template's values put into the query: `${x}` gives `x`, and a raw fragment
    `${sql.raw(column)}` gives what it pastes (`column`), not the fragment object."""
    for value in values:
        part = value.named_children[0] if value.type == "template_substitution" and value.named_children else value
        if part.type == "call_expression" and sx.last_name(sx.callee_name(src, part)) in ("raw", "unsafe"):
            yield from sx.call_args(part)
        else:
            yield part


def _backfill_call(src: bytes, call: Node, params: list[str]) -> bool:
    """`if (!post.currentVersionId) await createVersionOf(post)`: a call handed nothing but a row the
    function holds (not one of its parameters), alone in the branch taken when that row lacks a field:
    it fills the gap from the row's own data."""
    if call.type != "call_expression":
        return False
    args = sx.call_args(call)
    roots = {sx.root_identifier(src, a) for a in args}
    if len(roots) != 1:
        return False
    root = roots.pop()
    if root is None or root in params:
        return False
    for a in args:
        bare = sx.unwrap(a)
        if bare is None or bare.type != "identifier":
            return False
    stmt: Node | None = call.parent
    while stmt is not None and (stmt.type == "await_expression" or stmt.type in sx.TRANSPARENT):
        stmt = stmt.parent
    if stmt is None or stmt.type != "expression_statement":
        return False
    branch = stmt.parent
    if branch is not None and branch.type == "statement_block":
        if len(branch.named_children) != 1:
            return False
        branch = branch.parent
        consequence = stmt.parent
    else:
        consequence = stmt
    if branch is None or branch.type != "if_statement" or branch.child_by_field_name("alternative") is not None:
        return False
    if branch.child_by_field_name("consequence") != consequence:
        return False
    cond = sx.unwrap(branch.child_by_field_name("condition"))
    if cond is None or cond.type != "unary_expression" or sx.text(src, cond.child_by_field_name("operator")) != "!":
        return False
    tested = sx.unwrap(cond.child_by_field_name("argument"))
    return tested is not None and tested.type == "member_expression" and sx.root_identifier(src, tested) == root


_GETTER_NAME = re.compile(r"^(?:get|find|load|fetch|read)(?:[A-Z_]|$)")
_CONSTANT_VALUES = frozenset(("string", "number", "true", "false", "null", "undefined"))


def _constant_fields(src: bytes, obj: Node | None) -> bool:
    """`{ status: "EXPIRED" }`: an object literal whose every value is a constant the code chose."""
    obj = sx.unwrap(obj)
    if obj is None or obj.type != "object" or not obj.named_children:
        return False
    for pair in obj.named_children:
        if pair.type == "comment":
            continue
        if pair.type != "pair":
            return False
        value = sx.unwrap(pair.child_by_field_name("value"))
        if value is None or value.type not in _CONSTANT_VALUES:
            return False
    return True


def _lazy_transition(src: bytes, fn_name: str, fn_node: Node, call: Node, params: list[str], records: set[str]) -> bool:
    """`if (isExpired(quote.expiresAt) && quote.status === "SENT") await repo.update(id, { status:
    "EXPIRED" })` in `getById`: a loader moving the row it just read into the state its own fields say
    it is in (a fixed value, no caller's data): upkeep of the read, not a change a caller asks for."""
    if call.type != "call_expression" or not _GETTER_NAME.match(fn_name.rsplit(".", 1)[-1]):
        return False
    args = sx.call_args(call)
    data: list[Node] = []
    for a in args:
        bare = sx.unwrap(a)
        if bare is None:
            return False
        if bare.type == "identifier":
            continue  # the id it loaded the row by
        if bare.type != "object":
            return False
        keys = object_keys(src, bare)
        if "data" in keys or "where" in keys:
            if "data" not in keys:
                return False
            data.append(keys["data"])
        else:
            data.append(bare)
    if len(data) != 1 or not _constant_fields(src, data[0]):
        return False
    node: Node | None = call.parent
    while node is not None and node.type != "if_statement":
        if node.type in sx.FUNCTION_TYPES:
            return False
        node = node.parent
    if node is None or node.child_by_field_name("alternative") is not None:
        return False
    cond = node.child_by_field_name("condition")
    if cond is None:
        return False
    tested = {sx.root_identifier(src, m) for m in sx.walk_named(cond) if m.type == "member_expression"}
    tested -= set(params)
    if tested & records:
        return True
    # (`const quote = await repo.findById(id)`: the row a project helper loaded)
    for d in sx.walk_named(fn_node):
        if d.type == "variable_declarator":
            name = d.child_by_field_name("name")
            value = d.child_by_field_name("value")
            if (
                name is not None
                and value is not None
                and value.type == "await_expression"
                and sx.text(src, name) in tested
            ):
                return True
    return False


def _swallows_failure(fn: Function, flow: Flow, signed_out_only: bool) -> bool:
    """`try { return await account.get() } catch { return null }`: a failure thrown inside is
    turned into "nobody" (a refusal value, `catch { return { error } }`, is still a gate's answer).
    ``signed_out_only``: only such returns where no session was established."""
    return any(
        e.kind == "return"
        and e.catch_param is not None
        and (e.state.auth is None or not signed_out_only)
        and (e.value is None or sx.text(fn.module.src, e.value) in ("null", "undefined", "false"))
        for e in flow.events
    )


def local_closure(mod: Module, at: Node, name: str) -> Function | None:
    """`const getUserFunc = async () => {...}` (or a function declaration) in a function enclosing
    ``at``, declared before it: what a call of ``name`` there runs."""
    scope = at.parent
    while scope is not None:
        if scope.type in sx.FUNCTION_TYPES:
            body = scope.child_by_field_name("body")
            for stmt in body.named_children if body is not None and body.type == "statement_block" else ():
                if stmt.start_byte >= at.start_byte:
                    break
                if stmt.type == "function_declaration":
                    declared = stmt.child_by_field_name("name")
                    if declared is not None and sx.text(mod.src, declared) == name:
                        return mod.function_for(stmt, name)
                    continue
                if stmt.type not in ("lexical_declaration", "variable_declaration"):
                    continue
                for decl in stmt.named_children:
                    declared = decl.child_by_field_name("name") if decl.type == "variable_declarator" else None
                    if declared is None or sx.text(mod.src, declared) != name:
                        continue
                    value = sx.strip_types(decl.child_by_field_name("value"))
                    return mod.function_for(value, name) if value is not None and sx.is_function(value) else None
        scope = scope.parent
    return None


def reads_file_contents(src: bytes, node: Node, files: set[str]) -> bool:
    """`(await file.text()).split("\n")` of one of ``files`` (client uploads that passed `instanceof
    File`): the check was of the container, what it holds is read only now, unchecked."""
    if not files:
        return False
    start, end = node.start_byte, node.end_byte
    if not any(src.find(needle, start, end) != -1 for needle in _FILE_READ_NEEDLES):
        return False
    for call in sx.find(node, ("call_expression",), False):
        fn = sx.strip_types(call.child_by_field_name("function"))
        if fn is None or fn.type != "member_expression":
            continue
        recv = sx.strip_types(fn.child_by_field_name("object"))
        if (
            sx.text(src, fn.child_by_field_name("property")) in _FILE_READS
            and recv is not None
            and recv.type == "identifier"
            and sx.text(src, recv) in files
        ):
            return True
    return False


def _type_guard(src: bytes, cb: Node | None) -> bool:
    """A filter callback that keeps only values of a runtime type: `(f): f is File => f instanceof File`,
    `(t) => typeof t === "string"`."""
    cb = sx.strip_types(cb)
    body = cb.child_by_field_name("body") if cb is not None and sx.is_function(cb) else None
    if body is not None and body.type == "statement_block":
        stmts = sx.statements(body)
        ret = stmts[0] if len(stmts) == 1 and stmts[0].type == "return_statement" else None
        body = ret.named_children[0] if ret is not None and ret.named_children else None
    test = sx.unwrap(body)
    if test is None or test.type != "binary_expression":
        return False
    op = sx.text(src, test.child_by_field_name("operator"))
    left = sx.strip_types(test.child_by_field_name("left"))
    if op == "instanceof":
        return True
    return (
        op in ("===", "==")
        and left is not None
        and left.type == "unary_expression"
        and sx.text(src, left.child_by_field_name("operator")) == "typeof"
    )


def identifiers(src: bytes, node: Node | None, into_functions: bool = False) -> set[str]:
    if node is None:
        return set()
    if node.type in ("identifier", "shorthand_property_identifier"):
        return {sx.text(src, node)}
    # Identifiers are named leaves: a walk over named children only creates about half the node
    # wrappers of `sx.walk`, and measured cheaper than a tree-sitter query even on large nodes.
    found: set[str] = set()
    stack = [node]
    push, fences = stack.append, sx.FUNCTION_TYPES  # bound once: hot (once per binding and condition)
    while stack:
        for c in stack.pop().named_children:
            t = c.type
            if t == "identifier" or t == "shorthand_property_identifier":
                found.add(src[c.start_byte : c.end_byte].decode("utf-8", "replace"))
            elif c.named_child_count and (into_functions or t not in fences or _same_span_unfenced(node, c)):
                push(c)
    return found


# supabase's negated filters: `.neq("author_id", me)`, `.not("author_id", "eq", me)`
_NEGATED_FILTERS = frozenset({"neq", "not"})


def negated_filter_only(src: bytes, op: DbOp) -> set[str]:
    """Names a supabase chain mentions only inside a negated filter (`.eq("thread_id", id).neq("sender_id",
    user.id)`): keeping every row but the caller's narrows nothing to the caller, so such a name is no scope."""
    if op.api != "supabase":
        return set()
    steps = chain_calls(op.chain, src)
    negated: set[str] = set()
    for method, call in steps:
        if method in _NEGATED_FILTERS:
            for a in sx.call_args(call):
                negated |= identifiers(src, a, into_functions=True)
    if not negated:
        return set()
    elsewhere: set[str] = set()
    for method, call in steps:
        if method not in _NEGATED_FILTERS:
            for a in sx.call_args(call):
                elsewhere |= identifiers(src, a, into_functions=True)
    return negated - elsewhere


def field_read_key(src: bytes, node: Node | None) -> str | None:
    """`formData.get("team")`, `body.team`: a read of one named field of a value, spelled as a key no
    identifier can be (it holds `.`), so that a schema check of that field can sit among the validated
    names without vouching for the whole value (`formData.get("note")` stays unchecked)."""
    node = sx.strip_types(node)
    if node is None:
        return None
    if node.type == "call_expression":
        fn = sx.strip_types(node.child_by_field_name("function"))
        args = sx.call_args(node)
        if (
            fn is None
            or fn.type != "member_expression"
            or sx.text(src, fn.child_by_field_name("property")) != "get"
            or len(args) != 1
            or args[0].type != "string"
        ):
            return None
        base = field_read_key(src, fn.child_by_field_name("object")) or sx.text(src, fn.child_by_field_name("object"))
        if not base.replace(".", "").isidentifier():
            return None
        return f"{base}.get({sx.text(src, args[0])[1:-1]})"
    if node.type == "member_expression" and node.child_by_field_name("property") is not None:
        text = _BLANKS_AND_OPTIONAL.sub("", sx.text(src, node))
        return text if text.replace(".", "").isidentifier() else None
    return None


_BLANKS_AND_OPTIONAL = re.compile(r"\s|\?")

# the clause a value pasted into SQL text sits in: after these it picks no row (`SET status = ${s}`, `ORDER BY ${sort}`)
_SQL_CLAUSE = re.compile(
    r"(?i)\b(where|and|or|on|having|in|set|order\s+by|group\s+by|limit|offset|values|select|returning)\b"
)
_SQL_VALUE_CLAUSES = frozenset({"set", "order by", "group by", "limit", "offset", "values", "select", "returning"})


def sql_values_only(src: bytes, op: DbOp, held: Node | None = None) -> set[str]:
    """Names pasted into a SQL text, or bound to its placeholders, only where they pick no row: a value
    it writes, its sort order, a page size (`update leases set status = '${status}' where id = '${id}'`:
    `status`, not `id`; `INSERT INTO t (id, name) SELECT ?, ? WHERE ...` bound to `.run(id, name)`: both).
    ``held``: the text a local the call is handed holds (`const q = "INSERT ..."; query(q, [a, b])`)."""
    parts = sql_text_parts(src, op.call) if op.call is not None else []
    if not parts and held is not None and held.type == "template_string":
        parts = [(c.type == "template_substitution", c) for c in held.children]
    first = sx.unwrap(op.args[0]) if op.args else None
    first = held if held is not None and held.type == "string" else first
    if not parts and first is not None and first.type == "string":
        parts = [(False, first)]
    if not parts:
        return set()
    values: set[str] = set()
    selectors: set[str] = set()
    before = ""
    slots: dict[int, bool] = {}  # a placeholder's position (0-based) -> whether it only fills a value
    question = 0
    for pasted, child in parts:
        if not pasted:
            text = sx.text(src, child)
            for m in _SQL_PLACEHOLDER.finditer(text):
                clauses = _SQL_CLAUSE.findall(before + text[: m.start()])
                clause = " ".join(clauses[-1].lower().split()) if clauses else ""
                if m.group(1) is not None:
                    at = int(m.group(1)) - 1
                else:
                    at, question = question, question + 1
                slots[at] = slots.get(at, True) and clause in _SQL_VALUE_CLAUSES
            before += text
            continue
        clauses = _SQL_CLAUSE.findall(before)
        clause = " ".join(clauses[-1].lower().split()) if clauses else ""
        (values if clause in _SQL_VALUE_CLAUSES else selectors).update(identifiers(src, child))
        before += " ? "
    if slots:
        # (an upsert's conflict key picks the row it overwrites: its values are not only written)
        # (not `ON CONFLICT DO NOTHING`: the row it collides with is left as it is)
        upsert = _SQL_UPSERT.search(before) is not None and not _SQL_CONFLICT_IGNORED.search(before)
        params = list(op.args[1:])
        held = sx.unwrap(params[0]) if len(params) == 1 else None
        if held is not None and held.type == "array":
            params = list(held.named_children)
        spread = False
        for at, param in enumerate(params):
            spread = spread or param.type == "spread_element"
            only_value = not upsert and not spread and slots.get(at, False)
            (values if only_value else selectors).update(identifiers(src, param))
    return values - selectors


# where a pasted value picks no record by identity: a search pattern (`title ilike ${"%" + q + "%"}`), or a
# whole condition the text hands over (`where ${filter}`: what it selects is no id of the caller's choosing)
# (also inside the pattern's quoted literal, `LIKE '%${q}%'`, or pasted into a plain string, `"... LIKE '%" + q`)
_SQL_SEARCH_SLOT = re.compile(r"(?is)(\b(i?like|similar\s+to)\s*\(?\s*(?:'%?)?[\"'`]?|\b(where|and|or)\s*\(?)\s*$")
_SQL_LIKE_SLOT = re.compile(r"(?is)\b(i?like|similar\s+to)\s*\(?\s*$")


def sql_search_terms(src: bytes, op: DbOp) -> set[str]:
    """Names pasted into a SQL text only as a search pattern or a whole condition (``_SQL_SEARCH_SLOT``):
    they narrow a search, they name no record (the same name elsewhere in the text, `id = ${id}`, does)."""
    parts = sql_text_parts(src, op.call) if op.call is not None else []
    scope = sx.enclosing_function(op.call) if op.call is not None else None
    built: set[str] = set()  # locals holding a query fragment (`const cond = sql`id = ${id}``, `Prisma.sql(...)`)
    for d in sx.find(scope, ("variable_declarator",)) if scope is not None else []:
        value = sx.unwrap(d.child_by_field_name("value"))
        if value is not None and _sql_fragment(src, value):
            built.update(sx.pattern_names(src, d.child_by_field_name("name")))
    terms: set[str] = set()
    others: set[str] = set()
    first = sx.unwrap(op.args[0]) if op.args else None
    if first is not None and first.type == "string":
        parts = [(False, first)]  # (the text is a plain string: a template among its values is a value)
    before = ""
    slots: dict[int, bool] = {}  # a placeholder's position (0-based) -> whether it only holds a pattern
    question = 0
    for pasted, child in parts:
        if not pasted:
            text = sx.text(src, child)
            for m in _SQL_PLACEHOLDER.finditer(text):
                # (`name ILIKE $1` bound to [`%${q}%`]: a pattern; a bound value is never a whole condition)
                if m.group(1) is not None:
                    at = int(m.group(1)) - 1
                else:
                    at, question = question, question + 1
                like = _SQL_LIKE_SLOT.search(before + text[: m.start()]) is not None
                slots[at] = slots.get(at, True) and like
            before += text
            continue
        names = identifiers(src, child)
        # (a fragment, `${sql`id = ${id}`}`, or a local holding one, still picks by what it holds)
        fragment = any(_sql_fragment(src, c) for c in sx.find(child, ("call_expression",))) or bool(names & built)
        (terms if _SQL_SEARCH_SLOT.search(before) and not fragment else others).update(names)
        before += " ? "
    if slots:
        params = list(op.args[1:])
        held = sx.unwrap(params[0]) if len(params) == 1 else None
        if held is not None and held.type == "array":
            params = list(held.named_children)
        spread = any(p.type == "spread_element" for p in params)
        for at, param in enumerate(params):
            (terms if slots.get(at, False) and not spread else others).update(identifiers(src, param))
    return terms - others


def _sql_fragment(src: bytes, node: Node) -> bool:
    """A tagged template (`sql`id = ${id}``) or a call of a SQL builder (`sql.raw(...)`, `Prisma.sql(...)`,
    drizzle's `eq(notes.id, id)`): a piece of query, which picks by what it holds."""
    if node.type != "call_expression":
        return False
    args = node.child_by_field_name("arguments")
    if args is not None and args.type == "template_string":
        return True
    callee = sx.callee_name(src, node)
    return bool(re.match(r"(?i)^(\w+\.)?(sql|raw|join|and|or|eq|ne|inArray|like|ilike)$|^sql\.", callee))


_SQL_INSERT_ROW = re.compile(r"(?is)^\s*insert\s+into\s+[\w\".`]+\s*\(([^)]*)\)\s*values\s*\(([^()]*)\)")


def sql_insert_values(src: bytes, call: Node) -> list[tuple[str, Node]]:
    """`sql`insert into platform_staff (email, role) values (${body.email}, ${body.role})``: each column of a
    tagged-template `INSERT` with the one value its slot of the row pastes (a constant fills none)."""
    tpl = next((c for c in sx.find(call, ("template_string",))), None)
    if tpl is None or tpl.parent is None or tpl.parent.id != call.id:
        return []
    values: list[Node] = []
    text = ""
    for pasted, child in sql_text_parts(src, call):
        if pasted:
            text += f"\x00{len(values)}\x00"
            values.append(child.named_children[0] if child.named_children else child)
        else:
            text += sx.text(src, child)
    row = _SQL_INSERT_ROW.match(text.strip("`"))
    if row is None:
        return []
    columns = [c.strip().strip('"`') for c in row.group(1).split(",")]
    slots = [re.fullmatch(r"\x00(\d+)\x00", v.strip()) for v in row.group(2).split(",")]
    if len(columns) != len(slots):
        return []
    return [(c, values[int(m.group(1))]) for c, m in zip(columns, slots, strict=True) if m is not None]


_SQL_PLACEHOLDER = re.compile(r"\?(?!\?)|\$(\d+)")
_SQL_UPSERT = re.compile(r"(?i)\bon\s+conflict\b|\bon\s+duplicate\s+key\b|\breplace\s+into\b|\bor\s+replace\b")
_SQL_CONFLICT_IGNORED = re.compile(r"(?is)\bon\s+conflict\b(\s*\([^)]*\))?\s*do\s+nothing\b")


def sql_text_parts(src: bytes, call: Node) -> list[tuple[bool, Node]]:
    """The pieces of the SQL text a call is handed, in order, each with whether it is a pasted value: a
    template's children, or the operands of a `+` chain (`"SELECT ... LIMIT " + limit`)."""
    text = next(iter(sx.find(call, ("template_string",))), None)
    if text is not None:
        return [(c.type == "template_substitution", c) for c in text.children]
    args = sx.call_args(call)
    first = sx.unwrap(args[0]) if args else None
    if first is None or first.type != "binary_expression" or sx.text(src, first.child_by_field_name("operator")) != "+":
        return []
    out: list[tuple[bool, Node]] = []
    todo: list[Node] = [first]
    while todo:
        n = sx.unwrap(todo.pop())
        if n is None:
            continue
        if n.type == "binary_expression" and sx.text(src, n.child_by_field_name("operator")) == "+":
            for side in (n.child_by_field_name("right"), n.child_by_field_name("left")):
                if side is not None:
                    todo.append(side)  # (a stack: the left side comes off first)
        elif n.type == "template_string":
            out.extend((c.type == "template_substitution", c) for c in n.children)
        else:
            out.append((n.type != "string", n))
    return out


def identifiers_past_checked_reads(
    src: bytes, node: Node | None, validated: set[str], into_functions: bool = False
) -> set[str]:
    """The identifiers of ``node`` outside the field reads a schema checked (`formData.get("team")` after
    `S.safeParse({ team: formData.get("team") })` passed): such a read holds the checked value."""
    reads = [k for k in validated if "." in k]
    if not reads or node is None:
        return identifiers(src, node, into_functions)
    found: set[str] = set()
    stack = [node]
    while stack:
        n = stack.pop()
        if n.type in ("call_expression", "member_expression") and field_read_key(src, n) in reads:
            # (read further, `req.body.userId` after `S.safeParse(req.body)`, it is a field the
            # schema may not hold)
            p = n.parent
            if p is None or p.type != "member_expression" or p.child_by_field_name("object") != n:
                continue
            # (a method of the checked value called, `body.tags.map(...)`, works on that value)
            pp = p.parent
            if pp is not None and pp.type == "call_expression" and pp.child_by_field_name("function") == p:
                continue
        if n.type in ("identifier", "shorthand_property_identifier"):
            found.add(sx.text(src, n))
        elif into_functions or n.type not in sx.FUNCTION_TYPES or n == node:
            stack.extend(n.named_children)
    return found


def checked_value_names(src: bytes, node: Node | None) -> set[str]:
    """The names a validator's checked value vouches for: its identifiers, except that an object built
    of field reads (`v.parse(S, { scheduleId: formData.get("scheduleId") })`) vouches for those reads
    (`formData.get(scheduleId)`, read again later), not for the whole `formData` the rest is taken from;
    so does one such read checked alone (`v.parse(S, formData.get("grade"))`)."""
    v = sx.strip_types(node)
    if v is not None and v.type == "call_expression":
        key = field_read_key(src, v)
        if key is not None and "(" in key:
            return {key}
    if v is None or v.type != "object":
        return identifiers(src, node)
    out: set[str] = set()
    for p in v.named_children:
        value = p.child_by_field_name("value") if p.type == "pair" else p
        key = field_read_key(src, value) if p.type == "pair" else None
        if key is not None and "(" in key:
            out.add(key)  # (a `.get("x")` read only: `body.x` keeps vouching for `body`, as before)
        else:
            out |= identifiers(src, value)
    return out


def _same_span_unfenced(node: Node, fn: Node) -> bool:
    """A function spanning exactly ``node`` (an arrow function that is a whole statement with no
    semicolon, or one wrapped in a `!` that error recovery made up) was walked into by the query
    path ``identifiers`` took for nodes of 160 bytes or more: keep that answer."""
    if (fn.start_byte, fn.end_byte) != (node.start_byte, node.end_byte) or node.end_byte - node.start_byte < 160:
        return False
    return sx._grammar_of(node) is not None


_CONSTANTS = frozenset({"string", "number", "null", "undefined", "true", "false", "template_string"})


def _module_constant(mod: Module, name: str) -> Node | None:
    """The value of a top-level `const name = ...` of the module."""
    for stmt in mod.parsed.root.named_children:
        decl = stmt.named_children[0] if stmt.type == "export_statement" and stmt.named_children else stmt
        if decl.type != "lexical_declaration" or not sx.text(mod.src, decl).startswith("const"):
            continue
        for d in decl.named_children:
            if d.type == "variable_declarator" and sx.text(mod.src, d.child_by_field_name("name")) == name:
                return d.child_by_field_name("value")
    return None


def _bound_path(src: bytes, pattern: Node, path: str) -> set[str]:
    """The names a binding gives a result's field ``path`` (`error`, `user.error`): `res.user.error`
    for `const res = ...`, `user.error` for `const { user } = ...`, `e` for `{ error: e }`."""
    if path.startswith("[") and path.endswith("]"):
        # `const [session, authError] = await requireSession()`: the error's position in an answered pair
        index = int(path[1:-1])
        items = pattern.named_children if pattern.type == "array_pattern" else []
        item = items[index] if index < len(items) else None
        return {sx.text(src, item)} if item is not None and item.type == "identifier" else set()
    if pattern.type == "identifier":
        return {f"{sx.text(src, pattern)}.{path}"}
    head, _, rest = path.partition(".")
    out: set[str] = set()
    for child in pattern.named_children if pattern.type == "object_pattern" else []:
        if child.type == "shorthand_property_identifier_pattern" and sx.text(src, child) == head:
            out.add(path)
        elif child.type == "pair_pattern" and sx.text(src, child.child_by_field_name("key")) == head:
            value = child.child_by_field_name("value")
            if value is not None and (value.type == "identifier" or (rest and value.type == "object_pattern")):
                out |= _bound_path(src, value, rest) if rest else {sx.text(src, value)}
    return out


def _supabase_answer_wrappers(src: bytes, pattern: Node, value: Node) -> set[str]:
    """`res` of `const res = await supabase.auth.getUser()`, `data` of `const { data } = await ...`:
    Supabase's `{ data: { user }, error }` answer, an object (and its `data` one) whoever calls."""
    call = sx.unwrap(value)
    if call is None or call.type != "call_expression":
        return set()
    if not sx.callee_name(src, call).endswith((".auth.getUser", ".auth.getSession")):
        return set()
    if pattern.type == "identifier":
        return {sx.text(src, pattern)}
    return _bound_path(src, pattern, "data")


def _enum_literal(node: Node | None) -> bool:
    node = sx.strip_types(node)
    return node is not None and node.type in ("string", "number")


def _literal_text(v: str) -> bool:
    return v in ("null", "undefined", "true", "false") or v[:1] in "'\"`0123456789"


def _uncoerced(src: bytes, node: Node | None) -> Node | None:
    """The value a side of a comparison converts: `String(row.user_id)`, `Number(user.id)`,
    `row.ownerId.toString()` compare what they are given."""
    # (also normalised texts, compared as they were given: `session.user.email.toLowerCase() !==
    # email.trim().toLowerCase()`, `decodeURIComponent(params.email)`)
    for _ in range(6):
        node = sx.strip_types(node)
        if node is None or node.type != "call_expression":
            return node
        callee = sx.callee_name(src, node)
        args = sx.call_args(node)
        if callee in ("String", "Number", "decodeURIComponent") and len(args) == 1:
            node = args[0]
            continue
        fn = sx.strip_types(node.child_by_field_name("function"))
        if not args and sx.last_name(callee) in _NORMALISERS and fn is not None and fn.type == "member_expression":
            node = fn.child_by_field_name("object")
            continue
        return node
    return node


_NORMALISERS = frozenset({"toString", "toLowerCase", "toUpperCase", "trim", "normalize"})


# the signed-in caller's own id (`context.user.id`, `session.userId`), and an id read off something
_CALLER_ID = re.compile(r"(^|\.)(user|currentUser|me|viewer|session|auth)\??\.(id|userId|user_id|uid|sub)$")
_ID_PROP = re.compile(r"(\.id|Id|_id)$")

# a flag a session helper answers (`isReviewer`, `canAccessAdmin`, `mayAdminister`, `hasAdminAccess`)
_FLAG_PREFIX = re.compile(r"^(is|can|may|has)[A-Z_]")
_FLAG_NAMED = re.compile(rb"(is|can|may|has)[A-Z_]")  # `_FLAG_PREFIX` anywhere in a source's bytes
# a list of the roles a user holds (`user.roles`, `member.userRoles`), and an enum member (`Role.ADMIN`)
_ROLE_LIST = re.compile(r"^(\w*[rR]oles|groups|memberships)$")
_ENUM_MEMBER = re.compile(r"^[A-Z]\w*\.[A-Za-z_]\w*$")


def _role_name(v: str) -> bool:
    """A named role (`"admin"`) or a set flag (`true`), not an absent one."""
    return v == "true" or (v[:1] in "'\"`" and "${" not in v)


def _plain_path(text: str) -> str:
    """`user.app_metadata!.roles`, `user?.app_metadata?.roles`: the path without `?` and `!` marks."""
    return text.replace("?.", ".").replace("!.", ".")


def _list_or_none(src: bytes, node: Node | None) -> Node | None:
    """`x ?? []`, `x || []`, `Array.isArray(x) ? x : []` (types and parentheses aside): the list ``x``
    defaulted to an empty one; any other node as it is."""
    node = sx.strip_types(node)
    while node is not None and node.type == "parenthesized_expression" and node.named_children:
        node = sx.strip_types(node.named_children[0])
    if node is None:
        return None
    if (
        node.type == "binary_expression"
        and sx.text(src, node.child_by_field_name("operator")) in ("??", "||")
        and sx.text(src, node.child_by_field_name("right")).strip() == "[]"
    ):
        return _list_or_none(src, node.child_by_field_name("left"))
    if node.type == "ternary_expression" and sx.text(src, node.child_by_field_name("alternative")).strip() == "[]":
        cond = sx.unwrap(node.child_by_field_name("condition"))
        then = _list_or_none(src, node.child_by_field_name("consequence"))
        if (
            cond is not None
            and cond.type == "call_expression"
            and sx.callee_name(src, cond) == "Array.isArray"
            and then is not None
            and [_plain_path(sx.text(src, a)) for a in sx.call_args(cond)] == [_plain_path(sx.text(src, then))]
        ):
            return then
    return node


def _role_literal_test(src: bytes, node: Node | None) -> bool:
    """`role === "reviewer" || role === "admin"`: every term compares a role with a literal."""
    node = sx.unwrap(node)
    if node is None or node.type != "binary_expression":
        return False
    op = sx.text(src, node.child_by_field_name("operator"))
    left, right = sx.unwrap(node.child_by_field_name("left")), sx.unwrap(node.child_by_field_name("right"))
    if op == "||":
        return _role_literal_test(src, left) and _role_literal_test(src, right)
    if op not in ("===", "=="):
        return False
    for mine, other in ((left, right), (right, left)):
        if mine is None or other is None or other.type != "string":
            continue
        name = sx.text(src, mine.child_by_field_name("property") if mine.type == "member_expression" else mine)
        if mine.type in ("identifier", "member_expression") and name.lower() == "role":
            return True
    return False


# a role named for the one organisation it is held in (`orgRole`, `seatRole`, `membership.role`): what a
# session helper reads off the caller's seat in the active tenant, not the account's own platform role
_ONE_TENANT_ROLE = re.compile(
    r"(?i)(^|[._])(org|organi[sz]ation|team|workspace|tenant|member|membership|seat|company|project|group)_?role$"
)
# a role a request asks for, not one the caller holds
_ASKED_ROLE = re.compile(r"(?i)^(target|new|next|requested|wanted|desired|invited?)_?role$")


def _role_flag_terms(src: bytes, node: Node | None, names: list[str]) -> bool:
    """`superUser || seatRole === "owner" || seatRole === "admin"`: every term of a flag a session helper
    works out either compares a role (a name ending in `role`) with a literal or is a platform role flag
    (`superUser`, `isStaff`); the compared roles' names go to ``names``, at least one must be compared."""
    node = sx.unwrap(node)
    if node is None:
        return False
    if node.type in ("identifier", "member_expression"):
        last = sx.last_name(sx.dotted(src, node))
        return last not in ("plan", "scope", "permission", "permissions") and bool(_ROLE_PROPS.match(last))
    if node.type != "binary_expression":
        return False
    op = sx.text(src, node.child_by_field_name("operator"))
    if op == "||":
        before = len(names)
        ok = _role_flag_terms(src, node.child_by_field_name("left"), names) and _role_flag_terms(
            src, node.child_by_field_name("right"), names
        )
        return ok and len(names) > before
    if op not in ("===", "=="):
        return False
    left, right = sx.unwrap(node.child_by_field_name("left")), sx.unwrap(node.child_by_field_name("right"))
    for mine, other in ((left, right), (right, left)):
        if mine is None or other is None or other.type != "string":
            continue
        if mine.type not in ("identifier", "member_expression"):
            continue
        name = sx.dotted(src, mine)
        last = sx.last_name(name)
        if last.lower().endswith("role") and not _ASKED_ROLE.match(last):
            names.append(name)
            return True
    return False


def _declared_value(src: bytes, fn: Node, name: str) -> tuple[Node | None, bool]:
    """The initialiser of `const <name> = ...` or `const { <name> } = ...` in ``fn`` (not in functions
    nested in it), and whether ``name`` was destructured out of it."""
    for d in sx.find(fn, ("variable_declarator",), into_functions=False):
        pattern = d.child_by_field_name("name")
        if pattern is None:
            continue
        if pattern.type == "identifier" and sx.text(src, pattern) == name:
            return sx.unwrap(d.child_by_field_name("value")), False
        if pattern.type == "object_pattern" and any(
            k.type == "shorthand_property_identifier_pattern" and sx.text(src, k) == name
            for k in pattern.named_children
        ):
            return sx.unwrap(d.child_by_field_name("value")), True
    return None, False


def helper_role_flag(az: Analyzer, mod: Module, fn: Node, obj: str, prop: str) -> str:
    """`ui.mayAdminister` (or `me.isReviewer`) where ``obj`` is bound in ``fn`` from an awaited sign-in
    helper answering `{ ..., ui: { mayAdminister: superUser || seatRole === "admin" } }` (or the flag at
    its top level, `const me = await currentMember()`): "platform" when the flag holds only for the roles
    it names, "tenant" when one of those roles is held in one organisation (`seatRole`, `orgRole`: the
    pass 31 ruling's standing in the caller's active tenant), "" when it is no role flag."""
    value, field = _declared_value(mod.src, fn, obj)
    value = sx.unwrap(value)
    if value is None or value.type != "call_expression":
        return ""
    target = az.target(mod, value)
    if target is None or target.body is None or not az.summary(target).auth_source:
        return ""
    tsrc = target.module.src
    kind = ""
    for ret in sx.find(target.body, ("return_statement",), into_functions=False):
        answer = sx.unwrap(ret.named_children[0]) if ret.named_children else None
        if answer is None or answer.type != "object":
            continue
        keys = object_keys(tsrc, answer)
        if field:
            keys = object_keys(tsrc, sx.unwrap(keys.get(obj)))
        flag = sx.unwrap(keys.get(prop))
        if flag is None:
            continue
        names: list[str] = []
        if _role_literal_test(tsrc, flag):
            kind = kind or "platform"
        elif _role_flag_terms(tsrc, flag, names):
            if any(_ONE_TENANT_ROLE.search(n) for n in names):
                return "tenant"
            kind = "platform"
    return kind


def _fixed_arg(src: bytes, node: Node | None) -> bool:
    """A value written into the code: a literal, a constant's member (`Permission.MANAGE_USERS`), or
    a list of them."""
    node = sx.unwrap(node)
    if node is None:
        return False
    if node.type in ("string", "number", "true", "false"):
        return True
    if node.type == "array":
        return all(_fixed_arg(src, e) for e in node.named_children)
    if node.type == "member_expression":
        obj = sx.unwrap(node.child_by_field_name("object"))
        prop = sx.text(src, node.child_by_field_name("property"))
        return obj is not None and obj.type == "identifier" and sx.text(src, obj)[:1].isupper() and prop.isupper()
    return False


def _asks_of_nothing_chosen(src: bytes, call: Node) -> bool:
    """`requirePermission(Permission.MANAGE_USERS)`, `requireRole("ADMIN")`: a guard given only values
    written into the code checks what the caller may do, not whose some record is (no owner check)."""
    args = sx.call_args(call)
    return bool(args) and all(_fixed_arg(src, a) for a in args)


def _role_list_passed(src: bytes, call: Node, summary: Summary) -> bool:
    """The call names the roles its helper checks only when given (`requireMember(["owner"])`)."""
    i = summary.role_list_param
    args = sx.call_args(call) if i >= 0 else []
    arg = sx.unwrap(args[i]) if 0 <= i < len(args) else None
    if arg is not None and summary.role_param_values:
        # (`requireStaff("lead")`: only the literal the helper's role test is switched on by)
        return arg.type == "string" and sx.string_value(src, arg) in summary.role_param_values
    return arg is not None and sx.text(src, arg) not in ("undefined", "null", "[]")


# A remote file store's client methods that take a file path (WebDAV: `webdav`'s `createClient`)
_REMOTE_FILE_PACKAGES = frozenset({"webdav"})
_REMOTE_FILE_METHODS = frozenset(
    {
        "getFileContents",
        "putFileContents",
        "getDirectoryContents",
        "createReadStream",
        "createWriteStream",
        "deleteFile",
        "moveFile",
        "copyFile",
        "createDirectory",
        "exists",
        "stat",
    }
)


def _imports_remote_files(mod: Module) -> bool:
    return any(b.spec in _REMOTE_FILE_PACKAGES for b in mod.imports.values())


_TEXTS = ("string", "template_string")
_WORD = re.compile(r"[A-Za-z_$][\w$]*")
# (a path or URL answered, `if (role === "admin") return "/admin"`: a destination picked, not a refusal)
_LOCATION_TEXT = re.compile(r"/|[a-z][a-z0-9+.-]*://", re.I)


def _answers_refusal_text(fn: Function) -> bool:
    """Every return of ``fn`` is a text (`"Email is required."`) inside the branch of a test of its
    parameters, or nothing (`return null`, a bare `return`, the end of the body), and both occur: a
    validator answering its refusal's message rather than throwing (not `return null` whatever it is
    handed, nor a label made of any input)."""
    src, body = fn.module.src, fn.body
    if body is None or body.type != "statement_block" or not fn.params:
        return False
    refusals = passes = 0
    for r in sx.find(body, ("return_statement",), into_functions=False):
        v = sx.unwrap(r.named_children[0]) if r.named_children else None
        if v is None or guards.falsy(src, v):
            passes += 1
        elif v.type in _TEXTS and _under_param_test(src, fn, r) and not _LOCATION_TEXT.match(sx.text(src, v)[1:]):
            refusals += 1
        else:
            return False
    last = body.named_children[-1] if body.named_children else None
    ends_open = last is not None and last.type not in ("return_statement", "throw_statement")
    return refusals > 0 and (passes > 0 or ends_open)


def _under_param_test(src: bytes, fn: Function, node: Node) -> bool:
    """``node`` sits in the consequence of an `if` of ``fn`` whose condition reads one of its parameters."""
    params = set(fn.params)
    p: Node | None = node
    while p is not None and p.parent is not None and p.id != (fn.body.id if fn.body else -1):
        parent = p.parent
        if (
            parent.type == "if_statement"
            and parent.child_by_field_name("consequence") == p
            and identifiers(src, parent.child_by_field_name("condition")) & params
        ):
            return True
        p = parent
    return False


def _in_conjunction(node: Node, top: Node | None) -> bool:
    """``node`` is one operand of an `&&` within ``top``."""
    p = node.parent
    while p is not None and top is not None and p.id != top.id:
        op = p.child_by_field_name("operator") if p.type == "binary_expression" else None
        if op is not None and op.type == "&&":
            return True
        p = p.parent
    return False


# Methods only a text has (an array, number, boolean or plain object of JSON has none of them)
_STRING_ONLY_METHODS = frozenset({"trim", "trimStart", "trimEnd", "toLowerCase", "toUpperCase", "normalize"})
# ... and those a text answers another text with, chained before or after them
_TEXT_METHODS = _STRING_ONLY_METHODS | {"slice", "substring", "toString", "replace", "replaceAll"}


def _text_chain(src: bytes, value: Node | None) -> tuple[bool, Node | None]:
    """Whether ``value`` is a chain of string methods (one only a text has: `raw.trim()`,
    `String(code ?? "").trim().toLowerCase()`) or `String(raw || "")` itself, and the value the
    chain starts from (`String`'s argument)."""
    node = value
    trimmed = False
    while node is not None and node.type == "call_expression":
        fn = sx.strip_types(node.child_by_field_name("function"))
        if fn is None or fn.type != "member_expression":
            break
        method = sx.text(src, fn.child_by_field_name("property"))
        if method not in _TEXT_METHODS:
            break
        trimmed = trimmed or method in _STRING_ONLY_METHODS
        node = sx.unwrap(fn.child_by_field_name("object"))
    if node is not None and node.type == "call_expression" and sx.callee_name(src, node) == "String":
        trimmed = True  # `String(body.label || "")`: a text whatever was sent, refused below when empty
        args = sx.call_args(node)
        return True, sx.unwrap(args[0]) if len(args) == 1 else None
    return trimmed, node


def _defaulted_name(src: bytes, node: Node | None) -> str | None:
    """The identifier ``node`` is, or the left of its `??` / `||` default (`value ?? ""`)."""
    while (
        node is not None
        and node.type == "binary_expression"
        and sx.text(src, node.child_by_field_name("operator")) in ("??", "||")
    ):
        node = sx.unwrap(node.child_by_field_name("left"))
    return sx.text(src, node) if node is not None and node.type == "identifier" else None


def _one_return(fn: Node) -> Node | None:
    """What a function returns when its body is one expression or one `return` statement."""
    body = fn.child_by_field_name("body")
    if body is None or body.type != "statement_block":
        return body
    stmts = [c for c in body.named_children if c.type != "comment"]
    if len(stmts) == 1 and stmts[0].type == "return_statement" and stmts[0].named_children:
        return stmts[0].named_children[0]
    return None


_TEXT_METHOD_CALL = re.compile(rb"\.(?:trim|trimStart|trimEnd|toLowerCase|toUpperCase|normalize)\(|\bString\(")


def _anded(node: Node) -> bool:
    """``node`` is an operand of an `&&` of the expression it stands in (through `||` and parentheses)."""
    p = node.parent
    while p is not None and p.type in ("binary_expression", "parenthesized_expression"):
        op = p.child_by_field_name("operator") if p.type == "binary_expression" else None
        if op is not None and op.type == "&&":
            return True
        p = p.parent
    return False


def _under_and(node: Node, cond: Node | None) -> bool:
    """``node`` is inside an `&&` of the condition ``cond`` (the top-level one included)."""
    p = node.parent
    while p is not None and cond is not None and p.start_byte >= cond.start_byte and p.end_byte <= cond.end_byte:
        op = p.child_by_field_name("operator") if p.type == "binary_expression" else None
        if op is not None and op.type == "&&":
            return True
        p = p.parent
    return False


def better_auth_instance(program: Program, mod: Module, callee: str) -> bool:
    """The object `callee` is called on (`auth` of `auth.api.addMember`) is the project's `betterAuth({...})`."""
    found = program.resolve_value(mod, callee.split(".", 1)[0])
    value = sx.strip_types(found[1]) if found is not None else None
    return (
        found is not None
        and value is not None
        and value.type == "call_expression"
        and sx.last_name(sx.callee_name(found[0].src, value)) == "betterAuth"
    )


def _defaulted(src: bytes, node: Node | None) -> Node | None:
    """`role` of `role ?? ""` (or `role || "none"`): the value a constant stands in for."""
    n = sx.strip_types(node)
    while (
        n is not None
        and n.type == "binary_expression"
        and sx.text(src, n.child_by_field_name("operator")) in ("??", "||")
        and (sx.strip_types(n.child_by_field_name("right")) or n).type in _CONSTANTS
    ):
        n = sx.strip_types(n.child_by_field_name("left"))
    return n


def _handed_model(src: bytes, model: str, args: list[Node]) -> str:
    """The model a generic helper's operation runs on (`@0`: its first parameter's, a mongoose
    `Model<T>`) as the call names it (`removeById(Kennel, id)`: `Kennel`); unknown (`""`) otherwise."""
    if not model or model[0] != "@":
        return model
    i = int(model[1:])
    arg = sx.strip_types(args[i]) if i < len(args) else None
    return sx.text(src, arg) if arg is not None and arg.type == "identifier" and sx.text(src, arg)[:1].isupper() else ""


def _refusal(src: bytes, returns: list[Event]) -> tuple[bool, bool, bool] | None:
    """(role, owner, signed in) of a helper whose returns past its check give nothing (`return null`)
    and whose other returns hand back a truthy refusal (`return { error: "Forbidden" }`)."""
    passed = [e for e in returns if e.state.role or e.state.owner]
    refused = [e for e in returns if not (e.state.role or e.state.owner)]
    if not passed or not refused:
        return None
    if not all(guards.falsy(src, e.value) for e in passed) or not all(guards.truthy(src, e.value) for e in refused):
        return None
    return (
        all(e.state.role for e in passed),
        all(e.state.owner for e in passed),
        all(e.state.auth is not None for e in passed),
    )


def _keyed_refusal(src: bytes, returns: list[Event]) -> tuple[str, bool, bool, bool, bool] | None:
    """(key, role, owner, signed in) of a helper whose every answer is an object literal holding one key that
    is truthy on each refusal (`return { error: "No access" }`) and a falsy constant past its check
    (`return { error: null, userId }`), or of a role check absent from it (`return { role: m.role }`): the check
    holds only for a caller exiting on `answer.error`."""
    passed = [e for e in returns if e.state.role or e.state.owner]
    refused = [e for e in returns if not (e.state.role or e.state.owner)]
    if not passed or not refused:
        return None
    keyed: list[dict[str, Node | None]] = []
    spread: list[bool] = []  # (an answer whose other keys are out of sight)
    for e in returns:
        v = sx.unwrap(e.value)
        if v is None or v.type != "object":
            return None
        keys: dict[str, Node | None] = {}
        for c in v.named_children:
            if c.type == "pair":
                keys[sx.text(src, c.child_by_field_name("key")).strip("'\"")] = c.child_by_field_name("value")
            elif c.type == "shorthand_property_identifier":
                keys[sx.text(src, c)] = c  # (`{ error }`: whatever the local holds)
        keyed.append(keys)
        spread.append(any(c.type == "spread_element" for c in v.named_children))
    candidates = list(keyed[0]) + sorted({k for ks in keyed[1:] for k in ks} - set(keyed[0]))
    for key in candidates:
        values = [k.get(key) for k in keyed]
        # (a role or seat check's pass answer naming no such key, `return { role: m.role }` past `if (!member)
        # return { error }`, holds it undefined: falsy)
        absent = [(e, o) for e, v, o in zip(returns, values, spread, strict=True) if v is None]
        if absent and any(e not in passed or o or not (e.state.role or e.state.owner) for e, o in absent):
            continue
        outcome = [(e in passed, v) for e, v in zip(returns, values, strict=True)]
        if all((v is None or guards.falsy(src, v)) if ok else guards.truthy(src, v) for ok, v in outcome):
            role, owner = all(e.state.role for e in passed), all(e.state.owner for e in passed)
            keyless = all(v is None for ok, v in outcome if ok)
            return key, role, owner, all(e.state.auth is not None for e in passed), keyless
    return None


def _pass_key(src: bytes, returns: list[Event]) -> tuple[frozenset[str], bool, bool, bool] | None:
    """(keys, role, owner, signed in) of a helper whose answer holds nothing under a key on each refusal
    (`return { user: null, response: forbidden }`, also `{ ...res }` under `if (!res.user)`) and a value
    past its role or owner check (`return { ...res, role }`): the check holds only for a caller exiting
    on a blank one (`const { user, response } = await getApiStaff(["office"]); if (!user) return response`)."""
    passed = [e for e in returns if e.state.role or e.state.owner]
    if not passed or len(passed) == len(returns):
        return None
    answers = [_answer_fields(src, e.value) for e in returns]
    if any(a is None for a in answers):
        return None
    found: set[str] = set()
    for key in {k for a in answers if a is not None for k in a[0]}:
        outcome = [(e, _blank_field(src, e, a, key)) for e, a in zip(returns, answers, strict=True) if a is not None]
        # (a pass whose spread answer may hold it, `{ ...res, role }` past `if (!res.user) return`, still may)
        if all((b is not True) if e in passed else (b is True) for e, b in outcome):
            found.add(key)
    if not found:
        return None
    return (
        frozenset(found),
        all(e.state.role for e in passed),
        all(e.state.owner for e in passed),
        all(e.state.auth is not None for e in passed),
    )


def _answer_fields(src: bytes, value: Node | None) -> tuple[dict[str, Node], list[tuple[str, int]]] | None:
    """An object literal answer's keys (the last value written under each, as for `object_keys`) and its
    spreads (`...res`: the spread name and its position); None for any other answer."""
    v = sx.unwrap(value)
    if v is None or v.type != "object":
        return None
    fields: dict[str, Node] = {}
    spreads: list[tuple[str, int]] = []
    for i, c in enumerate(v.named_children):
        if c.type == "pair":
            key = c.child_by_field_name("key")
            val = c.child_by_field_name("value")
            if key is None or val is None or key.type == "computed_property_name":
                return None
            fields[sx.text(src, key).strip("'\"")] = val
        elif c.type == "shorthand_property_identifier":
            fields[sx.text(src, c)] = c
        elif c.type == "spread_element":
            arg = sx.unwrap(c.named_children[0]) if c.named_children else None
            if arg is None or arg.type not in ("identifier", "member_expression"):
                return None  # (`...(await load())`: what it holds is out of sight)
            spreads.append((sx.text(src, arg).replace("?.", "."), i))
        elif c.type != "comment":
            return None
    return fields, spreads


def _blank_field(src: bytes, ev: Event, answer: tuple[dict[str, Node], list[tuple[str, int]]], key: str) -> bool | None:
    """Whether ``key`` of a return's answer is blank (`null`, absent, a local or a spread answer's field
    tested falsy by the `if` the return sits in: `if (!res.user) return { ...res }`): True, False for a
    value that may hold something, None when the answer's spread may or may not hold it."""
    fields, spreads = answer
    node = fields.get(key)
    last_spread = spreads[-1] if spreads else None
    if node is not None and (last_spread is None or _field_position(node) > last_spread[1]):
        if guards.falsy(src, node):
            return True
        name = sx.unwrap(node)
        return bool(name is not None and name.type == "identifier" and _tested_blank(src, ev.node, sx.text(src, name)))
    if last_spread is None:
        return True  # (`{ error }` naming no such key: undefined)
    if _tested_blank(src, ev.node, f"{last_spread[0]}.{key}"):
        return True
    return None


def _field_position(node: Node) -> int:
    """The position of the pair (or shorthand) holding ``node`` among its object's members."""
    member = node if node.type == "shorthand_property_identifier" else node.parent
    obj = member.parent if member is not None else None
    if obj is None or member is None:
        return -1
    return next((i for i, c in enumerate(obj.named_children) if c.id == member.id), -1)


def _tested_blank(src: bytes, at: Node, name: str) -> bool:
    """``at`` runs only where the value ``name`` (`user`, `res.user`) was tested blank by an `if` around it
    (`if (!res.user) return ...`, `if (res.user == null || ...)` as a lone test)."""
    child, p = at, at.parent
    while p is not None and p.type not in sx.FUNCTION_TYPES:
        cons = p.child_by_field_name("consequence") if p.type == "if_statement" else None
        if (
            cons is not None
            and cons.start_byte <= child.start_byte
            and child.end_byte <= cons.end_byte
            and any(_blank_test(src, t, name) for t in _and_terms(src, p.child_by_field_name("condition")))
        ):
            return True
        child, p = p, p.parent
    return False


def _blank_test(src: bytes, term: Node, name: str) -> bool:
    """`!name` or `name == null` (`=== null`, `=== undefined`)."""
    return _blank_tested(src, term) == name


_NULLISH = ("null", "undefined")


def _blank_tested(src: bytes, term: Node | None) -> str | None:
    """The value `!x` or `x == null` (`=== null`, `=== undefined`) tests blank (`res.user` of `!res?.user`)."""
    term = sx.unwrap(term)
    if term is None:
        return None
    if term.type == "unary_expression" and sx.text(src, term.child_by_field_name("operator")) == "!":
        arg = sx.unwrap(term.child_by_field_name("argument"))
        named = arg is not None and arg.type in ("identifier", "member_expression")
        return sx.text(src, arg).replace("?.", ".") if named and arg is not None else None
    if term.type == "binary_expression" and sx.text(src, term.child_by_field_name("operator")) in ("==", "==="):
        left, right = sx.unwrap(term.child_by_field_name("left")), sx.unwrap(term.child_by_field_name("right"))
        for a, b in ((left, right), (right, left)):
            if a is not None and b is not None and a.type in ("identifier", "member_expression") and b.type in _NULLISH:
                return sx.text(src, a).replace("?.", ".")
    return None


def _auth_refusal(src: bytes, returns: list[Event]) -> tuple[bool, bool, bool] | None:
    """(role, owner, signed in) of a helper whose every return past an authentication check (a
    verified token, a compared secret) gives nothing and whose every other return hands back a
    truthy refusal: the caller exiting on a truthy answer is authenticated."""
    passed = [e for e in returns if e.state.auth is not None]
    refused = [e for e in returns if e.state.auth is None]
    if not passed or not refused:
        return None
    if not all(guards.falsy(src, e.value) for e in passed) or not all(guards.truthy(src, e.value) for e in refused):
        return None
    return all(e.state.role for e in passed), all(e.state.owner for e in passed), True


_VERDICT_KEYS = frozenset({"success", "ok", "valid", "isValid"})


def _verdict_value(src: bytes, value: Node | None, key: str | None) -> tuple[str, str] | None:
    """(key, `true`/`false`) of an object answer naming a verdict (`{ success: false, error }`)."""
    v = sx.unwrap(value)
    if v is None or v.type != "object":
        return None
    for p in v.named_children:
        if p.type != "pair":
            continue
        k = sx.text(src, p.child_by_field_name("key")).strip("'\"")
        val = sx.text(src, sx.strip_types(p.child_by_field_name("value")))
        if k in _VERDICT_KEYS and (key is None or k == key) and val in ("true", "false"):
            return k, val
    return None


def _verdict_gate_answer(src: bytes, returns: list[Event]) -> tuple[str, bool, bool] | None:
    """(key, role, owner) of a helper whose every return answers a verdict under one key: `{ ok:
    true, ... }` only past its role or owner check, `{ ok: false, ... }` otherwise."""
    answers = [(e, _verdict_value(src, e.value, None)) for e in returns]
    passed = [e for e, a in answers if a is not None and a[1] == "true"]
    if not passed or len(passed) == len(answers):
        return None
    key = next(a[0] for _, a in answers if a is not None)
    if not all(a is not None and a[0] == key for _, a in answers):
        return None
    if not all(e.state.role or e.state.owner for e in passed):
        return None
    return key, all(e.state.role for e in passed), all(e.state.owner for e in passed)


def _failed_object(src: bytes, value: Node | None) -> str | None:
    """The verdict key of an object literal answering a failed verdict (`{ success: false as const, error }`)."""
    v = sx.unwrap(value)
    if v is None or v.type != "object":
        return None
    for p in v.named_children:
        if p.type != "pair":
            continue
        k = sx.text(src, p.child_by_field_name("key")).strip("'\"")
        if k in _VERDICT_KEYS and sx.text(src, sx.strip_types(p.child_by_field_name("value"))) == "false":
            return k
    return None


def _object_lacking(src: bytes, value: Node | None, key: str) -> bool:
    """An object literal naming no `key` and spreading nothing that could (an actor, `{ userId }`; not a
    whole action's answer `{ success: true, data }`, whose own work past its checks is its own)."""
    v = sx.unwrap(value)
    if v is None or v.type != "object":
        return False
    for p in v.named_children:
        if p.type == "pair" and sx.text(src, p.child_by_field_name("key")).strip("'\"") == key:
            return False
        if p.type not in ("pair", "shorthand_property_identifier", "method_definition", "comment"):
            return False  # (a spread, a computed key)
        if p.type == "shorthand_property_identifier" and sx.text(src, p) == key:
            return False
    return True


def _and_terms(src: bytes, node: Node | None) -> list[Node]:
    """The operands of a top-level `a && b && c` (unwrapped)."""
    node = sx.unwrap(node)
    if node is None:
        return []
    if node.type == "binary_expression" and sx.text(src, node.child_by_field_name("operator")) == "&&":
        return _and_terms(src, node.child_by_field_name("left")) + _and_terms(src, node.child_by_field_name("right"))
    return [node]


def _true_for_failure(src: bytes, test: Node | None, name: str, key: str) -> bool:
    """`"success" in r && r.success === false` (or `!r.success`, `r.success !== true`): a test of the
    local `name` true whenever it holds a failed verdict `{ key: false, ... }`; of a status gate
    (`_status_gate`, key `status!200`), `r.status !== 200`."""
    terms = _and_terms(src, test)
    if not terms:
        return False
    if key.startswith("="):
        return len(terms) == 1 and _blank_field_test(src, terms[0], name, key[1:].split(","))
    field, bang, passed = key.partition("!")
    if bang:
        t = terms[0]
        if len(terms) != 1 or t.type != "binary_expression":
            return False
        if sx.text(src, t.child_by_field_name("operator")) not in ("!==", "!="):
            return False
        left, right = sx.unwrap(t.child_by_field_name("left")), sx.unwrap(t.child_by_field_name("right"))
        for a, b in ((left, right), (right, left)):
            if a is None or b is None or a.type != "member_expression" or sx.text(src, b) != passed:
                continue
            obj = sx.unwrap(a.child_by_field_name("object"))
            if sx.text(src, a.child_by_field_name("property")) == field and sx.text(src, obj) == name:
                return True
        return False

    def keyed(n: Node | None) -> bool:  # `r.success`
        n = sx.unwrap(n)
        return (
            n is not None
            and n.type == "member_expression"
            and sx.text(src, n.child_by_field_name("property")) == key
            and sx.text(src, sx.unwrap(n.child_by_field_name("object"))) == name
        )

    for t in terms:
        if t.type == "unary_expression" and sx.text(src, t.child_by_field_name("operator")) == "!":
            if not keyed(t.child_by_field_name("argument")):
                return False
            continue
        if t.type != "binary_expression":
            return False
        op = sx.text(src, t.child_by_field_name("operator"))
        left, right = sx.unwrap(t.child_by_field_name("left")), sx.unwrap(t.child_by_field_name("right"))
        if op == "in":
            if left is None or left.type != "string" or sx.text(src, left).strip("'\"`") != key:
                return False
            if right is None or right.type != "identifier" or sx.text(src, right) != name:
                return False
            continue
        pairs = ((left, right), (right, left))
        if op in ("===", "==") and any(keyed(a) and sx.text(src, b) == "false" for a, b in pairs):
            continue
        if op in ("!==", "!=") and any(keyed(a) and sx.text(src, b) == "true" for a, b in pairs):
            continue
        return False
    return True


def _blank_field_test(src: bytes, test: Node, name: str, fields: list[str]) -> bool:
    """`me.role === ""` (or `!me.role`) of a local `name` whose `fields` are blank on every failure
    (`_blank_gate`)."""

    def blank_field(n: Node | None) -> bool:
        n = sx.unwrap(n)
        return (
            n is not None
            and n.type == "member_expression"
            and sx.text(src, n.child_by_field_name("property")) in fields
            and sx.text(src, sx.unwrap(n.child_by_field_name("object"))) == name
        )

    if test.type == "unary_expression" and sx.text(src, test.child_by_field_name("operator")) == "!":
        return blank_field(test.child_by_field_name("argument"))
    if test.type != "binary_expression" or sx.text(src, test.child_by_field_name("operator")) not in ("===", "=="):
        return False
    left, right = test.child_by_field_name("left"), test.child_by_field_name("right")
    return any(blank_field(a) and sx.string_value(src, b) == "" for a, b in ((left, right), (right, left)))


def _error_gate(az: Analyzer, fn: Function, returns: list[Event]) -> tuple[str, bool, bool] | None:
    """(key, role, owner) of a helper answering a failed verdict (`return actionError(...)`, `{ success:
    false }`) on every refusal and an object naming no verdict only past its sign-in check (`return
    { userId, schoolId }`): a caller exiting on a test true for the failure is signed in past it."""
    src = fn.module.src
    key = ""
    passed: list[Event] = []
    for e in returns:
        v = sx.unwrap(e.value)
        failed = _failed_object(src, v)
        if failed is None and v is not None and v.type == "call_expression":
            target = az.target(fn.module, v)
            failed = az.summary(target).fails_with or None if target is not None and target is not fn else None
        if failed is None:
            passed.append(e)
        elif key and failed != key:
            return None
        else:
            key = failed
    if not key or not passed:
        return _status_gate(src, returns) or _blank_gate(src, returns)
    if not all(e.state.auth is not None and _object_lacking(src, e.value, key) for e in passed):
        return None
    return key, all(e.state.role for e in passed), all(e.state.owner for e in passed)


def _status_gate(src: bytes, returns: list[Event]) -> tuple[str, bool, bool] | None:
    """`{ error: "Unauthorized", status: 401 }` where nobody is signed in and `{ status: 200, user, ... }`
    only past the sign-in: an HTTP status under `status` on every return, one success status on the
    passes (key `status!200`); a caller exiting on `answer.status !== 200` is signed in past it."""
    found: list[tuple[Event, str]] = []
    for e in returns:
        v = sx.unwrap(e.value)
        status = object_keys(src, v).get("status") if v is not None and v.type == "object" else None
        status = sx.strip_types(status)
        if status is None or status.type != "number":
            return None
        found.append((e, sx.text(src, status)))
    passed = [(e, n) for e, n in found if n.startswith("2")]
    values = {n for _, n in passed}
    if len(values) != 1 or len(passed) == len(found):
        return None
    if not all(e.state.auth is not None for e, _ in passed) or all(e.state.auth is not None for e, _ in found):
        return None
    return f"status!{values.pop()}", all(e.state.role for e, _ in passed), all(e.state.owner for e, _ in passed)


def _blank_gate(src: bytes, returns: list[Event]) -> tuple[str, bool, bool] | None:
    """`{ role: "", email: "" }` where nobody is signed in and `{ role: staff.role, email: staff.email }`
    only past the sign-in: an object on every return whose fields (some of them) are the empty text on
    every failure and a value read off the verified record on every pass (key `=role,email`); a caller
    exiting on `answer.role === ""` (or `!answer.role`) is signed in past it."""
    objects: list[tuple[Event, dict[str, Node]]] = []
    for e in returns:
        v = sx.unwrap(e.value)
        if v is None or v.type != "object" or not all(p.type in ("pair", "comment") for p in v.named_children):
            return None  # (a spread, a shorthand, a call: what it holds is unknown)
        fields_of = {k: sx.strip_types(n) for k, n in object_keys(src, v).items()}
        objects.append((e, {k: n for k, n in fields_of.items() if n is not None}))
    fields: list[str] = []
    for key in objects[0][1] if objects else {}:
        blank = [e for e, o in objects if key in o and sx.string_value(src, o[key]) == ""]
        read = [e for e, o in objects if key in o and o[key].type in ("member_expression", "identifier")]
        if len(blank) + len(read) != len(objects) or not blank or not read:
            continue
        if all(e.state.auth is not None for e in read):
            fields.append(key)
    if not fields:
        return None
    passed = [e for e, o in objects if sx.string_value(src, o[fields[0]]) != ""]
    return "=" + ",".join(fields), all(e.state.role for e in passed), all(e.state.owner for e in passed)


def _failure_answer(src: bytes, ev: Event) -> bool:
    """`return { success: false, response }`, or `return read` under `if (!read.success)`: a
    return that hands back a failed verdict."""
    v = sx.unwrap(ev.value)
    if v is None:
        return False
    if v.type == "object":
        return any(
            p.type == "pair"
            and sx.text(src, p.child_by_field_name("key")).strip("'\"") in _VERDICT_KEYS
            and sx.text(src, p.child_by_field_name("value")) == "false"
            for p in v.named_children
        )
    if v.type != "identifier":
        return False
    name = sx.text(src, v)
    node: Node | None = ev.node
    while node is not None and node.parent is not None and not sx.is_function(node.parent):
        parent = node.parent
        if parent.type == "if_statement" and parent.child_by_field_name("consequence") == node:
            cond = parent.child_by_field_name("condition")
            return cond is not None and any(_failed_verdict(src, n, name) for n in sx.walk(cond))
        node = parent
    return False


def _failed_verdict(src: bytes, n: Node, name: str) -> bool:
    """`!name.success`."""
    if n.type != "unary_expression" or sx.text(src, n.child_by_field_name("operator")) != "!":
        return False
    arg = sx.strip_types(n.child_by_field_name("argument"))
    return (
        arg is not None
        and arg.type == "member_expression"
        and sx.text(src, arg.child_by_field_name("object")) == name
        and sx.text(src, arg.child_by_field_name("property")) in _VERDICT_KEYS
    )


def _unset_secret_return(src: bytes, fn_node: Node, ret: Node) -> bool:
    """`if (!expected) return;` with `expected` the secret read from the environment: the check is
    skipped only where the deployment set no secret (as `if (secret && got !== secret)` is)."""
    stmt = next((a for a in sx.ancestors(ret) if a.type == "if_statement"), None)
    cond = sx.unwrap(stmt.child_by_field_name("condition")) if stmt is not None else None
    if cond is None or cond.type != "unary_expression" or sx.text(src, cond)[:1] != "!":
        return False
    return _env_secret_read(src, fn_node, cond.child_by_field_name("argument"))


def _secret_refusal(src: bytes, returns: list[Event]) -> bool:
    """A helper whose returns past its secret check give nothing (`return null`) and whose other
    returns hand back a truthy refusal (`return NextResponse.json(..., { status: 401 })`)."""
    passed = [e for e in returns if e.state.auth == "secret"]
    refused = [e for e in returns if e.state.auth is None]
    return (
        bool(passed)
        and bool(refused)
        and len(passed) + len(refused) == len(returns)
        and all(guards.falsy(src, e.value) for e in passed)
        and all(guards.truthy(src, e.value) for e in refused)
    )


def _secret_or_error(src: bytes, returns: list[Event]) -> bool:
    """Every return past a secret check an object without an `error` key, every other one an object
    whose `error` is set, and at least one of each."""
    passed = refused = False
    for e in returns:
        v = sx.unwrap(e.value)
        if v is None or v.type != "object":
            return False
        error = object_keys(src, v).get("error")
        if e.state.auth == "secret" and error is None:
            passed = True
        elif e.state.auth is None and error is not None and guards.truthy(src, error):
            refused = True
        else:
            return False
    return passed and refused


def _signed_in_verdict(src: bytes, returns: list[Event]) -> bool:
    """`if (session) return true; return false`: every answer a boolean literal, `true` only inside a
    test that a session is there, `false` at least once without one: a yes/no on the sign-in that the
    caller must test (as `if (!session) return false; return true` is read through the early return)."""
    seen = {"true": False, "false": False}
    for e in returns:
        v = sx.unwrap(e.value)
        word = sx.text(src, v) if v is not None and v.type in ("true", "false") else None
        if word is None or (word == "true" and e.state.auth not in _USER_AUTH):
            return False
        seen[word] = seen[word] or word == "true" or e.state.auth is None
    return seen["true"] and seen["false"]


_RESPONSE_BUILDER = re.compile(r"^(NextResponse|Response)(\.json)?$")


def response_status(src: bytes, value: Node | None) -> str | None:
    """The literal status of a response built in place: `NextResponse.json(body, { status: 401 })`,
    `new Response(body, { status: 403 })`; "200" when the init names none; None for anything else."""
    node = sx.unwrap(value)
    if node is None or node.type not in ("call_expression", "new_expression"):
        return None
    if node.type == "call_expression":
        callee = sx.callee_name(src, node)
        args = sx.call_args(node)
        if "." not in callee:
            return None
    else:
        ctor = node.child_by_field_name("constructor")
        callee = sx.text(src, ctor) if ctor is not None else ""
        arg_list = node.child_by_field_name("arguments")
        args = list(arg_list.named_children) if arg_list is not None else []
    if not _RESPONSE_BUILDER.match(callee):
        return None
    init = sx.unwrap(args[1]) if len(args) > 1 else None
    if init is None:
        return "200"
    if init.type != "object":
        return None
    status = sx.unwrap(object_keys(src, init).get("status"))
    if status is None:
        return "200"
    return sx.text(src, status) if status.type == "number" else None


def _pass_status(src: bytes, returns: list[Event]) -> str | None:
    """The one status a helper's built responses carry past its own auth check, when every
    response it answers before that check carries another."""
    passed = {response_status(src, e.value) for e in returns if e.state.auth is not None}
    refused = {response_status(src, e.value) for e in returns if e.state.auth is None}
    if len(passed) != 1 or not refused or None in passed or None in refused:
        return None
    status = next(iter(passed))
    return status if status not in refused else None


def _secret_verdict(src: bytes, value: Node | None) -> bool:
    v = sx.unwrap(value)
    return v is not None and v.type == "call_expression" and bool(_SAFE_COMPARE.search(sx.callee_name(src, v)))


def _env_secret_read(src: bytes, fn_node: Node, node: Node | None, declared: dict[str, Node] | None = None) -> bool:
    """`process.env.CRON_SECRET` (also `?? ""`), or a local of ``fn_node`` bound to one (`const wanted =
    process.env.SCHEDULER_TOKEN`): a secret the deployment holds, read from its environment.
    ``declared``: `sx.first_declarators(src, fn_node)`, when the caller keeps it."""
    node = sx.strip_types(node)
    if node is not None and node.type == "identifier":
        if declared is None:
            declared = sx.first_declarators(src, fn_node)
        # (the first declarator of the name in source order: when it comes after `node`, so do the others)
        d = declared.get(sx.text(src, node))
        if d is not None and d.start_byte < node.start_byte:
            return _env_secret_read(src, fn_node, d.child_by_field_name("value"), declared)
        return False
    inner = node
    op = inner.child_by_field_name("operator") if inner is not None and inner.type == "binary_expression" else None
    if inner is not None and op is not None and op.type in _FALLBACKS:
        inner = sx.strip_types(inner.child_by_field_name("left"))
    if inner is not None and inner.type == "subscript_expression":
        return _env_secret_by_name(src, inner)
    return (
        inner is not None
        and inner.type == "member_expression"
        and bool(_ENV_ROOT.match(sx.dotted(src, inner)))
        and secret_argument(src, inner)
    )


def _env_secret_by_name(src: bytes, node: Node) -> bool:
    """`process.env[`PARTNER_KEY_${slug}`]`, `process.env["HOOK_" + name + "_TOKEN"]`: a setting read under
    a computed name whose written parts name a secret (one per tenant or partner); a computed name
    that names none (`process.env[`REGION_${slug}`]`) is a setting anyone may know."""
    obj = sx.strip_types(node.child_by_field_name("object"))
    index = sx.strip_types(node.child_by_field_name("index"))
    if obj is None or index is None or sx.dotted(src, obj) != "process.env":
        return False
    parts = [
        sx.text(src, n)
        for n in sx.walk(index, into_functions=False)
        if n.type == "string_fragment" and not _in_substitution(n, index)
    ]
    name = "_".join(parts)
    return bool(parts) and (vocab.is_secret_name(name) or "key" in vocab.words(name))


def _in_substitution(node: Node, top: Node) -> bool:
    """``node`` sits in a `${...}` of a template within ``top`` (a value, not the name's written text)."""
    p = node.parent
    while p is not None and p.id != top.id:
        if p.type == "template_substitution":
            return True
        p = p.parent
    return False


def _env_secret_equality(src: bytes, fn_node: Node, value: Node | None) -> bool:
    """`return given === wanted`, `!!given && given === process.env.CRON_SECRET`: true only when what
    the caller presented equals a secret read from the environment (not in constant time: that
    comparison is reported on its own, but it still lets in only the holder of the secret)."""
    for part in _and_terms(src, value):
        if part.type != "binary_expression" or sx.text(src, part.child_by_field_name("operator")) not in ("===", "=="):
            continue
        sides = [sx.strip_types(part.child_by_field_name(f)) for f in ("left", "right")]
        if any(n is None or n.type in ("string", "number", "null", "undefined") for n in sides):
            continue
        if any(
            n is not None and n.type == "template_string" and not _env_secret_template(src, fn_node, n) for n in sides
        ):
            continue  # (a constant text, or one built from values anyone may know)
        held = [_env_secret_read(src, fn_node, n) or _env_secret_template(src, fn_node, n) for n in sides]
        if any(held) and not all(held):
            return True
    return False


def _env_secret_template(src: bytes, fn_node: Node, node: Node | None) -> bool:
    """`Bearer ${secret}` (the secret read from the environment, or a local bound to it): the header
    value only the holder of the secret can present."""
    return (node is not None and node.type == "template_string") and any(
        c.type == "template_substitution" and any(_env_secret_read(src, fn_node, e) for e in c.named_children)
        for c in node.named_children
    )


def _stored_secret_equality(src: bytes, fn: Function, flow: Flow, value: Node | None) -> bool:
    """`return d.token === presented`: true only when a parameter equals the secret-named column of a record
    the function read (a device's stored token), a per-caller shared secret (not in constant time: that
    comparison is reported on its own, but it still lets in only the holder of the secret)."""
    for part in _and_terms(src, value):
        if part.type != "binary_expression" or sx.text(src, part.child_by_field_name("operator")) not in ("===", "=="):
            continue
        sides = [sx.strip_types(part.child_by_field_name(f)) for f in ("left", "right")]
        for a, b in (sides, sides[::-1]):
            if a is None or b is None or a.type != "member_expression" or b.type != "identifier":
                continue
            obj = sx.strip_types(a.child_by_field_name("object"))
            prop = sx.text(src, a.child_by_field_name("property"))
            if (
                obj is not None
                and obj.type == "identifier"
                and sx.text(src, obj) in flow.records
                and vocab.is_secret_name(prop)
                and sx.text(src, b) in fn.params
            ):
                return True
    return False


# the last written segment of an identity endpoint's path (`/api/v1/me`, `/oauth2/v3/userinfo`, `/auth/v1/user`)
_IDENTITY_ENDPOINT = frozenset(
    {"me", "user", "userinfo", "whoami", "profile", "token", "tokeninfo", "introspect", "session", "account", "verify"}
)


def _resource_fetch(src: bytes, callee: str, call: Node) -> bool:
    """`fetch("https://mail.example.com/v1/users/me/messages", { headers: { Authorization: `Bearer ${token}` } })`:
    a provider's resource (messages, events) read with a token, not its identity endpoint: the answer
    is the provider's data, which names nobody (only `/me`, `/userinfo` and the like answer who holds the
    token). A URL whose written path is not known stays as it was read."""
    if callee != "fetch":
        return False
    args = sx.call_args(call)
    url = sx.strip_types(args[0]) if args else None
    if url is None or url.type not in ("string", "template_string"):
        return False
    # (the token presented as the request's bearer credential; a code or key in the body is an exchange)
    if len(args) < 2 or re.search(rb"(?i)\bauthorization\b", src[args[1].start_byte : args[1].end_byte]) is None:
        return False
    written = sx.text(src, url)[1:-1]
    if url.type == "template_string":
        # (the text between the substitutions; a substitution ends a segment)
        written = "/".join(sx.text(src, c) if c.type != "template_substitution" else "/" for c in url.named_children)
    m = re.match(r"^(?:https?:)?//[^/]+(/[^?#]*)", written)
    if m is None:
        return False  # (a path on a base held elsewhere: not worked out)
    segments = [seg for seg in m.group(1).split("/") if seg]
    return bool(segments) and segments[-1].lower() not in _IDENTITY_ENDPOINT


def _redirect_target_params(fn: Function, call: Node) -> frozenset[str]:
    """The parameters of ``fn`` a redirect's target is as it is: `redirect(path)`, `NextResponse.redirect(new
    URL(path, req.url))`, also through a local bound to that URL (`const target = new URL(path, base)`). Not a
    value put into its query (`target.searchParams.set("m", message)`) or pasted into a template."""
    src = fn.module.src
    args = sx.call_args(call) if call.type == "call_expression" else []
    node = sx.strip_types(sx.unwrap(args[0])) if args else None
    declared: dict[str, Node] | None = None
    for _ in range(2):
        if node is None:
            return frozenset()
        if node.type == "identifier" and sx.text(src, node) not in fn.params:
            if declared is None:
                declared = sx.first_declarators(src, fn.node)
            d = declared.get(sx.text(src, node))
            node = sx.strip_types(sx.unwrap(d.child_by_field_name("value"))) if d is not None else None
            continue
        if node.type == "new_expression" and sx.text(src, node.child_by_field_name("constructor")) == "URL":
            inner = node.child_by_field_name("arguments")
            first = inner.named_children[0] if inner is not None and inner.named_children else None
            node = sx.strip_types(sx.unwrap(first))
            continue
        break
    if node is not None and node.type == "identifier" and sx.text(src, node) in fn.params:
        return frozenset({sx.text(src, node)})
    return frozenset()


def _nothing_unless_secret(src: bytes, flow: Flow) -> bool:
    """`scimTenantLegacy(req)`: `return null` on every path before its shared-secret comparison and
    the caller's record only past it (`if (hash(token) != row.tokenHash) return null; return { id }`):
    a non-null answer is a verified caller, so the caller's `if (!tenant) return 401` authenticates."""
    rets = [e for e in flow.events if e.kind == "return"]
    passed = [e for e in rets if e.state.auth == "secret"]
    if not passed or any(e.state.auth not in (None, "secret") for e in rets):
        return False
    return all(
        e.value is not None and sx.text(src, sx.unwrap(e.value)) in ("null", "undefined", "false")
        for e in rets
        if e.state.auth is None
    ) and all(
        (v := sx.unwrap(e.value)) is not None and v.type in ("object", "identifier", "member_expression")
        for e in passed
    )


def _refuses(src: bytes, value: Node | None) -> bool:
    """`return false`, `return { isAuthorized: false, error }` (also `ok: false as const`): a negative verdict."""
    v = sx.unwrap(value)
    if v is not None and v.type == "object":
        return any(
            p.type == "pair" and sx.text(src, sx.strip_types(p.child_by_field_name("value"))) == "false"
            for p in v.named_children
        )
    return v is not None and sx.text(src, v) == "false"


def returned_function(value: Node | None, depth: int = 0) -> Node | None:
    """The handler a wrapper returns: `return async (req) => ...`, also through composed
    wrappers such as `return withAxiom(async (req) => ...)`."""
    u = sx.unwrap(value)
    if u is None or depth > 4:
        return None
    if sx.is_function(u):
        return u
    if u.type == "call_expression":
        for arg in reversed(sx.call_args(u)):
            found = returned_function(arg, depth + 1)
            if found is not None:
                return found
    return None


_ENV_ROOT = re.compile(r"^(process\.env|import\.meta\.env|env|ENV|serverEnv|config)\b")
# a process-wide value (`globalThis.bootKey`), set by the server itself; a cache or public key is no secret
_PROCESS_ROOT = re.compile(r"^(globalThis|global)\.[A-Za-z_$][\w$]*$")
_NOT_SECRET_KEYS = frozenset({"public", "publishable", "cache", "idempotency", "storage"})


def process_held_key(dotted: str) -> bool:
    """`globalThis.bootKey`: a key the server process keeps for itself (a random start-up key its own
    bootstrap call presents), as secret as `process.env.X_KEY`."""
    if not _PROCESS_ROOT.match(dotted):
        return False
    ws = vocab.words(sx.last_name(dotted))
    return bool(ws) and ws[-1] == "key" and not _NOT_SECRET_KEYS & set(ws)


_FALLBACKS = ("??", "||")


_MAILER_WORDS = frozenset({"email", "emails", "mail", "sms", "otp"})
# ... or a message to a phone: `sendZApiText`, `sendWhatsappMessage` (WhatsApp, a text message)
_PHONE_MESSAGE_WORDS = frozenset({"text", "whatsapp"})
# a table of messages waiting for a worker to deliver them: `emailOutbox`, `mail_queue`, `outgoing_sms`
_QUEUE_WORDS = frozenset({"outbox", "queue", "outgoing"})
_CREATE_VERB = re.compile(r"(?i)^(create|insert|add)")


def _queues_mail(op: DbOp) -> bool:
    """A new row of a mail outbox or queue (`db.emailOutbox.createMany(...)`), not an update of a queued one."""
    ws = set(vocab.words(op.model or ""))
    return bool(ws & _MAILER_WORDS - {"otp"}) and bool(ws & _QUEUE_WORDS) and bool(_CREATE_VERB.match(op.verb))


def mailer_request(fn: Function, src: bytes, ev: Event) -> bool:
    """A `fetch`/`axios.post` POST made by a project function named as an email or SMS send
    (`sendEmailWithLoops`, `sendNotificationEmail`): the request is the message to its provider."""
    if not fn.name or not is_email_send(fn.name) or ev.node.type != "call_expression":
        return False
    ws = set(vocab.words(fn.name))
    if not (_MAILER_WORDS | _PHONE_MESSAGE_WORDS) & ws and not {"whats", "app"} <= ws:
        return False  # (`sendDiscordMessage` posting to a chat webhook mails nobody)
    if ev.callee.endswith("axios.post"):
        return True
    args = sx.call_args(ev.node)
    options = sx.strip_types(args[1]) if len(args) > 1 else None
    method = object_keys(src, options).get("method") if options is not None and options.type == "object" else None
    return method is not None and (sx.string_value(src, method) or "").upper() == "POST"


def secret_argument(src: bytes, node: Node | None) -> bool:
    """`env.WEBHOOK_TOKEN`, `process.env.ADMIN_KEY!`, `cronSecret`: a value named as a secret (not a
    literal, nor a setting such as `env.SITE_NAME` that anyone may know)."""
    node = sx.strip_types(node)
    op = node.child_by_field_name("operator") if node is not None and node.type == "binary_expression" else None
    if node is not None and op is not None and op.type in _FALLBACKS:
        node = sx.strip_types(node.child_by_field_name("left"))  # `env.TOKEN ?? ""`
    if node is None or node.type not in ("identifier", "member_expression"):
        return False
    dotted = sx.dotted(src, node)
    name = sx.last_name(dotted)
    # (`process.env.CRON_KEY`: a key read from the environment)
    return vocab.is_secret_name(name) or (bool(_ENV_ROOT.match(dotted)) and "key" in vocab.words(name))


def _fallback_left(node: Node | None) -> Node | None:
    """`env.X || process.env.X` -> `env.X`; anything else as it is."""
    node = sx.strip_types(node)
    op = node.child_by_field_name("operator") if node is not None and node.type == "binary_expression" else None
    if node is not None and op is not None and op.type in _FALLBACKS:
        return sx.strip_types(node.child_by_field_name("left"))
    return node


def secret_args(src: bytes, summary: Summary, args: list[Node]) -> bool:
    """The call hands a wrapper that compares the request with its parameters (`Summary.secret_params`)
    a secret at each of those positions."""
    return all(i < len(args) and secret_argument(src, args[i]) for i in summary.secret_params)


def _param_calls(fn: Function, flow: Flow, index: int) -> list[tuple[Node, State]]:
    if not flow.param_calls:
        return []  # (most functions call no parameter: their names are not worked out again)
    name = fn.params[index]
    return [(c, st) for c, st in flow.param_calls if sx.callee_name(fn.module.src, c) == name]


def pattern_keys(src: bytes, pattern: Node) -> dict[str, tuple[str, Node | None]]:
    """local name -> (key, default) for the plain properties of an object pattern."""
    out: dict[str, tuple[str, Node | None]] = {}
    if pattern.type != "object_pattern":
        return out
    for prop in pattern.named_children:
        if prop.type == "shorthand_property_identifier_pattern":
            out[sx.text(src, prop)] = (sx.text(src, prop), None)
        elif prop.type == "object_assignment_pattern":
            left = prop.child_by_field_name("left")
            if left is not None and left.type == "shorthand_property_identifier_pattern":
                out[sx.text(src, left)] = (sx.text(src, left), prop.child_by_field_name("right"))
        elif prop.type == "pair_pattern":
            key, value = prop.child_by_field_name("key"), prop.child_by_field_name("value")
            default = None
            if value is not None and value.type == "assignment_pattern":
                default = value.child_by_field_name("right")
                value = value.child_by_field_name("left")
            if key is not None and value is not None and value.type == "identifier":
                out[sx.text(src, value)] = (sx.text(src, key).strip("\"'"), default)
    return out


def _option_calls(fn: Function, flow: Flow) -> dict[tuple[int, str], list[tuple[Node, State]]]:
    """The function's calls of the functions an options object it takes holds, by (position of the
    options, key): `handler()` destructured in the parameter (`({ label, handler }) =>`), or
    `opts.handler(ctx)` on a plain one, with the state there."""
    if not flow.param_calls:
        return {}
    src = fn.module.src
    destructured: dict[str, tuple[int, str]] = {}
    plain: dict[str, int] = {}
    for i, node in enumerate(fn.param_nodes()):
        pattern = (
            node.child_by_field_name("pattern") if node.type in ("required_parameter", "optional_parameter") else node
        )
        if pattern is None:
            continue
        if pattern.type == "object_pattern":
            for local, (key, _) in pattern_keys(src, pattern).items():
                destructured[local] = (i, key)
        elif pattern.type == "identifier":
            plain[sx.text(src, pattern)] = i
    out: dict[tuple[int, str], list[tuple[Node, State]]] = {}
    for call, st in flow.param_calls:
        callee = sx.callee_name(src, call)
        hit = destructured.get(callee)
        if hit is None and "." in callee:
            head, _, member = callee.partition(".")
            hit = (plain[head], member) if head in plain and "." not in member else None
        if hit is not None:
            out.setdefault(hit, []).append((call, st))
    return out


def _gated_callbacks(fn: Function, flow: Flow) -> dict[int, frozenset[int]]:
    """The function parameters a wrapper calls (`return fn({ user, org })`) only past its own auth
    check, each with the argument positions filled every time with session values rather than with
    what the wrapper was handed (`fn(input, user)`: `input` stays the client's)."""
    out: dict[int, frozenset[int]] = {}
    for i in range(len(fn.params)):
        calls = _param_calls(fn, flow, i)
        if not calls or any(st.auth is None for _, st in calls):
            continue
        out[i] = own_positions(fn.module.src, calls)
    return out


def _gated_callback_keys(
    fn: Function, flow: Flow, gated: dict[int, frozenset[int]]
) -> dict[int, dict[int, frozenset[str]]]:
    """Per gated function parameter (`_gated_callbacks`), the keys of object literal arguments that
    every call fills with the wrapper's own values, at positions not filled whole (`fn({ req, user,
    orgId })`: the request is the caller's, the user and its tenant the wrapper's)."""
    out: dict[int, dict[int, frozenset[str]]] = {}
    for i, filled in gated.items():
        keys = own_keys(fn.module.src, _param_calls(fn, flow, i))
        keys = {j: k for j, k in keys.items() if j not in filled and k}
        if keys:
            out[i] = keys
    return out


def own_keys(src: bytes, calls: list[tuple[Node, State]]) -> dict[int, frozenset[str]]:
    """Per argument position, the keys of an object literal that the calls fill every time with the
    wrapper's own values (a spread or a computed key leaves the position unknown)."""
    out: dict[int, frozenset[str]] | None = None
    for call, st in calls:
        handed = st.client - st.session - st.fetched
        here: dict[int, frozenset[str]] = {}
        for j, arg in enumerate(sx.call_args(call)):
            if arg.type == "spread_element":
                break
            obj = sx.strip_types(arg)
            if (
                obj is None
                or obj.type != "object"
                or any(c.type not in ("pair", "shorthand_property_identifier", "comment") for c in obj.named_children)
            ):
                continue
            here[j] = frozenset(
                k
                for k, v in object_keys(src, obj).items()
                if (used := identifiers(src, v, into_functions=True)) and not used & handed
            )
        out = here if out is None else {j: out[j] & here[j] for j in out.keys() & here.keys()}
    return out or {}


def destructured_keys(src: bytes, param: Node, keys: Collection[str]) -> set[str]:
    """The local names a destructuring parameter (`{ user, orgId: org }`) binds for ``keys``."""
    wrapped = param.type in ("required_parameter", "optional_parameter")
    pattern = param.child_by_field_name("pattern") if wrapped else param
    if pattern is None or pattern.type != "object_pattern":
        return set()
    out: set[str] = set()
    for prop in pattern.named_children:
        if prop.type == "shorthand_property_identifier_pattern" and sx.text(src, prop) in keys:
            out.add(sx.text(src, prop))
        elif (
            prop.type == "pair_pattern"
            and (k := prop.child_by_field_name("key")) is not None
            and sx.text(src, k).strip("'\"") in keys
        ):
            out |= set(sx.pattern_names(src, prop.child_by_field_name("value")))
    return out


def own_positions(src: bytes, calls: list[tuple[Node, State]]) -> frozenset[int]:
    """The argument positions the calls fill every time with the wrapper's own values."""
    filled: set[int] | None = None
    for call, st in calls:
        handed = st.client - st.session - st.fetched
        here = set()
        for j, arg in enumerate(sx.call_args(call)):
            if arg.type == "spread_element":
                break  # later positions are unknown
            used = identifiers(src, arg, into_functions=True)
            # (`handler(user, db, null, failure)` on the path where no row was found: nothing of the caller's)
            if (used and not used & handed) or sx.text(src, arg) in ("null", "undefined"):
                here.add(j)
        filled = here if filled is None else filled & here
    return frozenset(filled or ())


def _failure_callbacks(fn: Function, flow: Flow) -> dict[int, tuple[int, frozenset[int]]]:
    """`withProjectAuth(handler)` that always calls its handler, `handler(null, db, { message:
    "login required" })` where its own auth check failed and `handler(user, db, null)` past it: per
    such function parameter, the position that holds a failure object on every call made signed
    out (a callback exiting on it runs the rest signed in), and the positions the signed-in calls
    fill with the wrapper's own values."""
    src = fn.module.src
    out: dict[int, tuple[int, frozenset[int]]] = {}
    for i in range(len(fn.params)):
        calls = _param_calls(fn, flow, i)
        failing = [sx.call_args(c) for c, st in calls if st.auth is None]
        passing = [(c, st) for c, st in calls if st.auth is not None]
        if not failing or not passing:
            continue
        common = set.intersection(*({j for j, a in enumerate(args) if _failure_value(a)} for args in failing))
        if len(common) == 1:
            out[i] = (common.pop(), own_positions(src, passing))
    return out


def _failure_value(arg: Node) -> bool:
    """`{ message: "unauthorized", status: 401 }`, `new AuthError(...)`: a value that is never falsy."""
    v = sx.unwrap(arg)
    return v is not None and (v.type == "new_expression" or (v.type == "object" and v.named_child_count > 0))


def _awaits_generic(call: Node) -> bool:
    """`await callApi<T>(path)` in a .ts file, parsed as a call of `await callApi` with type arguments."""
    fn = call.child_by_field_name("function")
    return fn is not None and fn.type == "await_expression" and call.child_by_field_name("type_arguments") is not None


# What a method checking a presented code is named (`validateCode`, `verifyToken`, `consumeInvite`).
_CODE_CHECK = re.compile(r"^(validate|verify|check|consume|redeem|claim|use)[A-Z_]")
# Generators of unguessable values (not `Math.random`: a six-digit code is guessed in a million tries).
_SECURE_RANDOM = re.compile(
    rb"(?i)(secure_?random\w*|random_?bytes|random_?uuid|nanoid|generate_?(secret|token|key)\w*|cuid2?|ulid)\("
)


def _filter_pairs(src: bytes, where: Node | None) -> Iterator[tuple[str, Node]]:
    """Column -> value pairs of a filter, nested ones too (`{ tenant_code: { tenantId, code } }`)."""
    for key, value in object_keys(src, where).items():
        inner = sx.strip_types(value)
        if inner is not None and inner.type == "object":
            yield from _filter_pairs(src, inner)
        else:
            yield key, value


def _presented(value: Node) -> bool:
    v = sx.strip_types(value)
    return v is not None and v.type in ("identifier", "member_expression", "shorthand_property_identifier")


def _capability_column(mod: Module, scope: Node | None, column: str) -> bool:
    """A secret-named column (`token`, `hashedKey`, not `tokenId`), or one ``scope`` (the factory)
    fills with a secure random value (`code: generateSecureRandomString()`)."""
    ws = vocab.words(column)
    if not ws or ws[-1] in ("id", "ids"):
        return False
    if vocab.is_secret_name(column):
        return True
    src = mod.src
    if scope is None or not _SECURE_RANDOM.search(src, scope.start_byte, scope.end_byte):
        return False
    for n in mod.parsed.find(("pair", "variable_declarator"), scope):
        key = n.child_by_field_name("key" if n.type == "pair" else "name")
        value = sx.unwrap(n.child_by_field_name("value"))
        if (
            key is not None
            and value is not None
            and value.type == "call_expression"
            and sx.text(src, key).strip("'\"") == column
            and _SECURE_RANDOM.search(sx.last_name(sx.callee_name(src, value)).encode() + b"(")
        ):
            return True
    return False


def _throws_on_miss(src: bytes, stmts: list[Node], name: str) -> bool:
    """`if (!row) throw new NotFound()` (or `row == null`) next."""
    for stmt in stmts:
        if stmt.type != "if_statement" or sx.exits(src, stmt.child_by_field_name("consequence")) != "throw":
            return False
        cond = sx.unwrap(stmt.child_by_field_name("condition"))
        text = sx.text(src, cond).replace(" ", "")
        return text in (f"!{name}", f"{name}==null", f"{name}===null", f"{name}===undefined")
    return False


def _known_async_name(callee: str) -> bool:
    """A library call known to be async by its name alone (`_Walker._known_async`)."""
    last = sx.last_name(callee)
    return (
        # (PropelAuth's app-router `getUserOrRedirect()` returns a Promise: un-awaited it redirects nobody)
        last in ("getServerSession", "currentUser", "validateRequest", "getIronSession", "getUserOrRedirect")
        or callee.endswith(
            (".auth.getUser", "auth.api.getSession", ".auth.getSession", "auth0.getSession", "ServerApp.getUser")
        )
        or vocab.is_appwrite_account_get(callee)
    )


# Tracing and error-scope helpers that call the function they are handed right away and answer
# with its value (OpenTelemetry `tracer.startActiveSpan(name, fn)`, Sentry `startSpan(opts, fn)`,
# `withScope(fn)`, `withServerActionInstrumentation(name, fn)`, dd-trace `tracer.trace(name, fn)`).
_SPAN_RUNNERS = frozenset(
    {
        "startActiveSpan",
        "startSpan",
        "startSpanManual",
        "startInactiveSpan",
        "withScope",
        "withIsolationScope",
        "withActiveSpan",
        "withServerActionInstrumentation",
        "withSpan",
    }
)


def _span_run(src: bytes, cb: Node) -> Node | None:
    """The tracing call (`_SPAN_RUNNERS`) ``cb`` is the last argument of, when the caller awaits or
    returns its answer (the callback's outcome is then the caller's)."""
    args = cb.parent
    call = args.parent if args is not None and args.type == "arguments" else None
    if call is None or call.type != "call_expression" or args is None or args.named_children[-1].id != cb.id:
        return None
    if sx.callee_name(src, call).rsplit(".", 1)[-1] not in _SPAN_RUNNERS:
        return None
    up = call.parent
    while up is not None and up.type in sx.TRANSPARENT:
        up = up.parent
    if up is None:
        return None
    if up.type in ("await_expression", "return_statement") or up.type in sx.FUNCTION_TYPES:
        return call  # (an arrow function's expression body is its answer)
    return None


def is_awaited(call: Node) -> bool:
    if _awaits_generic(call):
        return True
    child, p = call, call.parent
    t = p.type if p is not None else ""
    while p is not None and t in sx.TRANSPARENT:
        child, p = p, p.parent
        t = p.type if p is not None else ""
    if p is None:
        return False
    if t == "await_expression":
        return True
    if t in ("yield_expression", "arguments"):
        return effect.yielded(child, p)  # Effect-TS `yield* x`, `yield* _(x)`: run, and a failure ends it
    if t == "member_expression":  # promise.then(...)
        prop = p.child_by_field_name("property")
        return prop is not None and prop.type == "property_identifier"
    return t in ("return_statement", "arrow_function")


def _sole_assignment(src: bytes, fn: Node, name: str) -> Node | None:
    """`let doc; try { doc = new Model(data); await doc.save() } ...`: the value of the one assignment to
    ``name``, a `let` of ``fn`` declared without a value (None when it is assigned more than once)."""
    declared = any(
        sx.text(src, d.child_by_field_name("name")) == name and d.child_by_field_name("value") is None
        for d in sx.find(fn, ("variable_declarator",), into_functions=False)
    )
    if not declared:
        return None
    values = [
        a.child_by_field_name("right")
        for a in sx.find(fn, ("assignment_expression",), into_functions=False)
        if sx.text(src, a.child_by_field_name("left")) == name
    ]
    return values[0] if len(values) == 1 else None


# Array methods whose callback's first parameter is bound to an element of the list, as a loop's is
# (`forEach`, the statement form of `for (const x of list)`; `items.map((k) => db.x.update(...))` too,
# unless the list is one the function declared empty and filled itself)
_ELEMENT_METHODS = frozenset({"forEach", "map", "flatMap"})


# Methods of plain values (strings, arrays, maps, responses) a function calls on its parameters:
# not a function of an options object it was handed (`input.trim()`, `items.map(f)`)
_VALUE_METHODS = frozenset(
    {
        "map",
        "filter",
        "forEach",
        "reduce",
        "find",
        "findIndex",
        "some",
        "every",
        "includes",
        "indexOf",
        "join",
        "slice",
        "splice",
        "push",
        "pop",
        "shift",
        "concat",
        "flat",
        "flatMap",
        "sort",
        "keys",
        "values",
        "entries",
        "at",
        "trim",
        "toLowerCase",
        "toUpperCase",
        "split",
        "replace",
        "replaceAll",
        "startsWith",
        "endsWith",
        "padStart",
        "toString",
        "toISOString",
        "getTime",
        "valueOf",
        "json",
        "text",
        "formData",
        "arrayBuffer",
        "blob",
        "clone",
        "get",
        "getAll",
        "has",
        "set",
        "delete",
        "append",
        "then",
        "catch",
        "finally",
        "parse",
        "safeParse",
        "match",
        "test",
        "charAt",
        "substring",
    }
)
_IDENTIFIER_TYPES = ("identifier", "shorthand_property_identifier")
_CALLS_AND_FUNCTIONS = ("call_expression", "new_expression", *sorted(sx.FUNCTION_TYPES))


def _calls_postorder(parsed: ParsedFile, node: Node) -> tuple[list[Node], list[Node]]:
    """Calls in evaluation order (arguments before the call) and the inline callbacks
    (function expressions) whose bodies are walked separately. Found with a tree-sitter
    query: the traversal runs in C."""
    found, kinds, starts, ends = parsed.find_kinds(_CALLS_AND_FUNCTIONS, node)
    s, e = node.start_byte, node.end_byte
    callbacks: list[Node] = []
    cb_start = cb_end = -1  # the last callback's range
    order: list[tuple[int, int, int, Node]] = []
    # One pass in source order: an outer function comes before the ones inside it, and a callback
    # before the calls inside it; callbacks kept are disjoint, so only the last one can hold a call.
    for i, n in enumerate(found):
        t = kinds[i]
        ns, ne = starts[i], ends[i]
        if t in sx.FUNCTION_TYPES:
            if (ns == s and ne == e) or (callbacks and cb_start <= ns and ne <= cb_end):
                continue
            callbacks.append(n)
            cb_start, cb_end = ns, ne
        elif (t == "call_expression" or t == "new_expression") and not (callbacks and cb_start <= ns and ne <= cb_end):
            # post-order: an inner call (an argument, or the callee of a chained call) ends first
            order.append((ne, -ns, i, n))
    order.sort(key=_POSITION)
    return [o[3] for o in order], callbacks


_POSITION = itemgetter(0, 1, 2)
# a drizzle prepared query's runs: `ps.execute(values)`, and the sqlite drivers' `.all` / `.get` / `.values` / `.run`
_PREPARED_RUNNERS = frozenset({"execute", "all", "get", "values", "run"})

# `unstable_cache(fn, keys)` (next/cache) and React's `cache(fn)`: make a function that runs ``fn`` when called
_CACHE_MAKERS = frozenset({("next/cache", "unstable_cache"), ("react", "cache")})
_PASS_THROUGH = frozenset({"parenthesized_expression", "await_expression", "as_expression", "satisfies_expression"})


def _cached_uninvoked(mod: Module, args: Node) -> bool:
    """`return unstable_cache(async () => db.x.findFirst(...), keys)`, the arrow's whole body or a return
    value: the cached function is built and handed back, never called here, so its callback runs only
    where the caller calls the answer (`(await getReader(id))()`), not in this function."""
    call = args.parent
    if call is None or call.type != "call_expression":
        return False
    fn = sx.strip_types(call.child_by_field_name("function"))
    if fn is None or fn.type != "identifier":
        return False
    binding = mod.imports.get(sx.text(mod.src, fn))
    if binding is None or (binding.spec, binding.imported) not in _CACHE_MAKERS:
        return False
    node = call
    up = node.parent
    while up is not None and up.type in _PASS_THROUGH:
        node, up = up, up.parent
    if up is None:
        return False
    if up.type == "return_statement":
        return True
    return up.type == "arrow_function" and up.child_by_field_name("body") == node


# globals that verify what a request presents (`crypto.timingSafeEqual`, `headers()`, `cookies()`)
_SECRET_GLOBALS = frozenset({"crypto", "headers", "cookies", "process", "jwt", "fetch"})
# node's hashing chain (`createHash("sha256").update(key).digest("hex")`): a digest of what it is handed
_NODE_CRYPTO = frozenset({"crypto", "node:crypto"})
_DIGEST_STEPS = frozenset({"createHash", "update", "digest"})
# what a session or key reader reads: the request's cookies or headers, a session, a token
_CREDENTIAL_READ = re.compile(r"(?i)cookie|header|session|token|authoriz|bearer|api_?key")


class Analyzer:
    """Computes flows and summaries; summaries are memoised per function (a fixpoint over
    the call graph: recursion is cut by treating a function in progress as doing nothing).

    The memo must not depend on the order the summaries are asked in (which entry point of a scan
    batch, or of a worker's share of the files, comes first): a function reached again through
    others (`gateInner` -> `gateOuter` -> `gateInner`) is a call cycle, and what its members work
    out while one of them is in progress is provisional (kept only until that one ends, never
    memoised). The cycle's first member is worked out again with its last summary standing in for
    itself until the summary no longer changes; the others are then asked afresh, with that settled
    summary memoised. A function calling itself directly is still cut as doing nothing, and what
    leans on the depth cut is memoised only at the outermost summary."""

    def __init__(self, program: object, vocabulary: vocab.Vocabulary) -> None:
        from checks.analysis.program import Program

        assert isinstance(program, Program)
        self.program = program
        self.vocab = vocabulary
        self._summaries: dict[tuple[str, int], Summary] = {}
        self._in_progress: set[tuple[str, int]] = set()
        # the summaries in progress, outermost first, and per one the lowest stack position its
        # summary leaned on (its own: nothing below; `_CUT`: the depth cut)
        self._stack: list[tuple[str, int]] = []
        self._low: list[int] = []
        # a cycle's first member: the summary standing in for it on the cycle's next round
        self._approx: dict[tuple[str, int], Summary] = {}
        # summaries worked out while a cycle is open, with the stack position they leaned on
        self._provisional: dict[tuple[str, int], tuple[Summary, int]] = {}
        # how often a summary leaned on one in progress or on the depth cut: a memo worked out
        # meanwhile, while summaries are in progress, is not kept (`_keeps`)
        self._leans = 0
        # the summaries memoised before any summary of this model leaned on one in progress or on the
        # depth cut (`_leans` still 0): worked out from the tree alone, whichever was asked first, so a
        # later project model of the same scan may take them (`portable_summaries`, `adopt_summaries`)
        self._settled: list[tuple[str, int]] = []
        self._db_ops: dict[tuple[str, int, int], DbOp | None] = {}
        self._db_names: dict[tuple[str, str], bool] = {}  # `calls.db_named`, per module and callee name
        self.quiet_names: dict[tuple[str, str], bool] = {}  # `_Walker._quiet_name`, per module and callee name
        self._fn_locals: dict[tuple[str, int], dict[str, Node]] = {}
        self._sequelize_models: dict[tuple[str, str], bool] = {}
        self._guard_named: dict[str, bool] = {}
        self._sink_named: dict[str, bool] = {}
        # which parameters a wrapper fills itself, and which it hands the client's arguments on in,
        # per (module, wrapper start, position): entry_points
        self.server_filled: dict[tuple[str, int, int, str | None], tuple[set[int], set[int]]] = {}
        # ... and the keys of object arguments it hands over access-checked (`entry_points._checked_keys`)
        self.checked_keys: dict[tuple[str, int, int, str | None], dict[int, set[str]]] = {}
        # the parameters holding lists of steps a wrapper runs before the handler at a position
        # (`for (const step of steps) await step(ctx)`), per (module, wrapper start, position): entry_points
        self.step_lists: dict[tuple[str, int, int], frozenset[int]] = {}
        # the parameters a project helper pastes into its SQL text, per helper: missing_input_validation
        self.pasted_params: dict[tuple[str, int], set[str]] = {}
        # per safe-action middleware: does it check the role its signed-in context holds (`entry_points`)
        self.ctx_role_gates: dict[tuple[str, int], bool] = {}
        # whether a wrapper puts its answers in the shared cache (`entry_points._shares_answers`)
        self.shares_answers: dict[tuple[str, int], bool] = {}
        # whether a safe-action/zsa middleware refuses unless its `ctx` carries a role (`entry_points._ctx_role`)
        self.ctx_roles: dict[tuple[str, int], bool] = {}
        self._effect_methods: dict[tuple[str, int], Function | None] = {}  # `svc.m()` of an Effect service
        self._targets: dict[tuple[str, int], Function | None] = {}
        # missing-auth: a server action (module path, start) that the rule reports as open to anyone
        self.open_actions: dict[tuple[str, int], bool] = {}
        # missing-auth: per folder and file, the tables a use-server file reads past a sign-in, and touches with none
        self.folder_usage: dict[str, dict[str, tuple[set[str], set[str]]]] = {}
        self._capabilities: dict[tuple[str, str], bool] = {}
        self._nested_names: dict[str, frozenset[str]] = {}
        self._instance_made: dict[tuple[str, str], bool] = {}  # `_local_instance_class`'s first test
        self._firestore_texts: dict[str, bool] = {}  # `_firestore_text`, per module
        self._helper_flows: dict[tuple[str, int], Flow] = {}
        self._param_gates: dict[tuple[str, int], bool] = {}
        self._settlers: dict[tuple[str, int], bool] = {}
        self._value_settlers: dict[tuple[str, int], tuple[int, int | None] | None] = {}
        self._throws_if: dict[tuple[str, int], bool] = {}
        self._vetted: dict[tuple[str, int], frozenset[int]] = {}
        self._checked_ops: dict[tuple[tuple[str, int], frozenset[str]], tuple[bool, ...] | None] = {}
        # whether a wrapper hands the wrapped function the client's arguments only as they came, per
        # (module, wrapper start, position, options key): `entry_points._hands_only_raw`
        self.raw_handoffs: dict[tuple[str, int, int, str | None], bool] = {}
        self._client_flows: dict[tuple[str, int], Flow] = {}
        # the returns a helper makes about the caller's own record, per helper: information_disclosure
        self.own_lookup_answers: dict[tuple[str, int], set[int]] = {}
        # per function body, whether each local is a database handle by fallback (`taint._db_fallback`)
        self.db_fallbacks: dict[tuple[str, int, int], dict[str, bool]] = {}
        self.db_fallback_names: dict[str, frozenset[str]] = {}  # (`taint._db_fallback`'s pre-test, per module)
        self.db_roots = frozenset(vocab.DB_ROOTS | vocabulary.db_extra)
        # the locals holding the presented session token, per session reader (`sessions._credentials`)
        self.session_credentials: dict[tuple[str, int], set[str]] = {}
        # whether a function returns that token as presented (`sessions.returns_credential`)
        self.credential_returners: dict[tuple[str, int], bool] = {}
        self._local_fn_names: dict[tuple[str, int], frozenset[str]] = {}
        # per module path: does its text hold `import(` / an `import("ai")` of the AI SDK (`_runtime_imports`)
        self._runtime_imports: dict[str, tuple[bool, bool]] = {}
        # per (module, client name): the query hooks of the Prisma extension the client is (`client_hooks`)
        self._client_hooks: dict[tuple[str, str], list[client_hooks.QueryHook] | None] = {}
        self._hook_guards: dict[tuple[str, str, str, str], tuple[bool, bool]] = {}

    # -- summaries -------------------------------------------------------------------
    def _answers_secret_verdict(self, fn: Function, flow: Flow) -> bool:
        """Every return of ``fn`` a refusal literal (`return false`) or true only past a constant-time
        comparison (`return a.length === b.length && timingSafeEqual(a, b)`, `return sameBytes(h, s)`
        of a helper answering so), and at least one such: the answer is a verdict on a secret."""
        src = fn.module.src
        found = False
        for e in flow.events:
            if e.kind != "return":
                continue
            v = sx.unwrap(e.value)
            if v is None:
                return False
            if sx.text(src, v) in ("false", "null", "undefined"):
                continue
            ok = bool(fn.params) and (
                _env_secret_equality(src, fn.node, v) or _stored_secret_equality(src, fn, flow, v)
            )
            for part in _and_terms(src, v):
                if ok:
                    break
                if part.type != "call_expression":
                    continue
                if _SAFE_COMPARE.search(sx.last_name(sx.callee_name(src, part))):
                    ok = True
                    break
                target = self.target(fn.module, part)
                if target is not None and target is not fn and self.summary(target).secret_verdict:
                    ok = True
                    break
            if not ok:
                return False
            found = True
        return found

    def summary(self, fn: Function) -> Summary:
        key = fn.key
        done = self._summaries.get(key)
        if done is not None:
            return done
        if key in self._in_progress:
            if self._stack[-1] != key:  # reached again through other functions: a call cycle
                self._lean(self._stack.index(key))
            approx = self._approx.get(key)
            return approx if approx is not None else Summary(is_async=fn.is_async)
        held = self._provisional.get(key)
        if held is not None:
            self._lean(held[1])
            return held[0]
        if len(self._stack) > 40:
            self._lean(_CUT)
            return Summary(is_async=fn.is_async)
        pos = len(self._stack)
        rounds = 0
        try:
            while True:
                self._in_progress.add(key)
                self._stack.append(key)
                self._low.append(_FREE)
                try:
                    result = self._summarise(fn)
                finally:
                    self._in_progress.discard(key)
                    self._stack.pop()
                    low = self._low.pop()
                    self._drop_provisional(pos)  # what leaned on this one being in progress is stale now
                rounds += 1
                if low != pos:
                    break
                # the first member of a call cycle: again, with this summary standing in for itself
                before = self._approx.get(key)
                if (before is not None and _same_summary(before, result)) or rounds >= _CYCLE_ROUNDS:
                    break
                self._approx[key] = result
        finally:
            self._approx.pop(key, None)
            if not self._stack:  # (also after a RecursionError)
                self._provisional.clear()
        if low >= pos or pos == 0:
            self._summaries[key] = result
            if self._leans == 0:
                self._settled.append(key)
        else:
            self._provisional[key] = (result, low)
            self._lean(low)
        return result

    def portable_summaries(self) -> dict[tuple[str, int], Summary]:
        """The settled summaries that hold no node (no operations): what the next engine batch of the
        same scan may take instead of working them out again (~500 of dub's ~1,900), without keeping
        this batch's trees alive."""
        out = {}
        for key in self._settled:
            s = self._summaries.get(key)
            if s is not None and not s.ops:
                out[key] = s
        return out

    def adopt_summaries(self, carried: dict[tuple[str, int], Summary]) -> None:
        """Take an earlier batch's `portable_summaries` (same tree, same configuration). Each counts as
        settled here too: nothing it was worked out from leaned on a summary in progress."""
        self._summaries.update(carried)
        self._settled.extend(carried)

    def _filled_role(self, fn: Function, cb: Node, st: State) -> bool:
        """`withRole(roles, fn)` returning `withTeam(async (formData, ctx) => { if (!roles.includes(ctx.role))
        throw ...; return fn(formData, ctx) })`: the handler it returns runs through another wrapper that
        calls it only past its own check, filling some of its parameters with its own values (`ctx`, the
        membership it looked up). Walked with those as session data, every call of this wrapper's own
        handler comes past a test of that role (or the other wrapper is such a gate itself): the caller's
        role in its own tenant (`Summary.filled_role`)."""
        mod = fn.module
        args = cb.parent
        call = args.parent if args is not None and args.type == "arguments" else None
        target = self.target(mod, call) if call is not None and call.type == "call_expression" else None
        if call is None or target is None:
            return False
        index = next((i for i, a in enumerate(sx.call_args(call)) if a.start_byte == cb.start_byte), -1)
        summary = self.summary(target)
        filled = summary.gated_callbacks.get(index)
        if filled is None or not secret_args(mod.src, summary, sx.call_args(call)):
            return False
        if summary.filled_role or index in summary.role_gated_callbacks:
            return True  # (`withOwnerAudit` → `withRole(["OWNER"], async (formData, ctx) => ...)`)
        inner = mod.function_for(cb)
        params = inner.param_nodes()
        start = st.copy()
        start.session |= {n for j in filled if j < len(params) for n in sx.pattern_names(mod.src, params[j])}
        flow = self.flow(inner, start, frozenset(fn.params) - set(inner.params))
        calls = [c for c in flow.param_calls if sx.callee_name(mod.src, c[0]) in fn.params]
        return bool(calls) and all(c[1].role for c in calls)

    def _lean(self, pos: int) -> None:
        """The summary on top of the stack depends on the one at ``pos`` being in progress
        (`_CUT`: on the depth cut)."""
        self._leans += 1
        if self._low and pos < self._low[-1]:
            self._low[-1] = pos

    def _keeps(self, leans: int) -> bool:
        """May a memo worked out since ``self._leans`` was ``leans`` be kept? Not when it leaned on
        a summary in progress (it would depend on which one the scan asked for first)."""
        return not self._stack or self._leans == leans

    def _drop_provisional(self, pos: int) -> None:
        if self._provisional:
            stale = [k for k, (_, low) in self._provisional.items() if low >= pos]
            for k in stale:
                del self._provisional[k]

    def _summarise(self, fn: Function) -> Summary:
        if isinstance(fn, AdaptedMiddleware):
            return self._adapted_summary(fn)
        params = fn.params
        initial = State(client=set(params))
        # (its parameters held: a handler it returns may compare the request with one)
        flow = self.flow(fn, initial, frozenset(params))
        # an Effect-returning function runs nothing until the effect is yielded, like an async one
        s = Summary(is_async=fn.is_async or effect.returns_effect(fn))
        st = flow.final
        s.enforces_auth = st.auth == "throw" and not _swallows_failure(fn, flow, signed_out_only=True)
        s.opens_before_auth = s.enforces_auth and any(
            e.kind == "return" and e.state.auth is None and e.value is not None and e.value.type == "true"
            for e in flow.events
        )
        if params and not _swallows_failure(fn, flow, signed_out_only=False):
            # (the function's calls of its own parameters, recorded by the walk)
            s.runs_params = frozenset(i for i in range(len(params)) if _param_calls(fn, flow, i))
        role_rets = [(e.node, e.state.role) for e in flow.events if e.kind == "return"]
        # (for Effect gates only, for now: on plain throwing helpers it also changes missing-rate-limit)
        s.role = st.role or (effect.returns_effect(fn) and guards.passes_only_checked(fn, role_rets))
        wildcards = set(flow.role_wildcards)
        listed = [i for i, p in enumerate(params) if p in flow.role_lists]
        if s.role and listed and not flow.returned_functions:
            s.role, s.role_list_param = False, listed[0]  # (a role for the callers that name roles only)
            s.role_param_values = frozenset(v for p, v in flow.role_values if p == params[listed[0]])
        elif not s.role and st.owner and st.auth == "throw" and not flow.returned_functions:
            # `requireStaff(studioId, roles)` finding the caller's row `where: { studioId, userId, role: {
            # in: roles } }` or throwing: a role check for the callers that name the roles
            filtered = _role_filter_params(
                fn.module.src, [e.op for e in flow.events if e.kind == "db" and e.op is not None]
            )
            found = [i for i, p in enumerate(params) if p in filtered]
            if found:
                s.role_list_param = found[0]
        # `getCurrentUser()` looks the caller up by the session id: a helper taking no parameter
        # checks the ownership of nothing its caller chose
        s.owner = st.owner and bool(params)
        s.subject_gate = flow.subject_gated and bool(params) and (s.role or s.owner)
        s.authenticates = st.auth is not None
        held: set[str] = set()
        # A wrapper that returns the real handler: `return async (req) => { ...checks...; return handler(req) }`
        for inner in flow.returned_functions:
            inner_fn = fn.module.function_for(inner)
            inner_flow = self.flow(inner_fn, st.copy(), frozenset(params) - set(inner_fn.params))
            if not (s.role or inner_flow.final.role):
                s.filled_role = s.filled_role or self._filled_role(fn, inner, st)
            ist = inner_flow.final
            held |= inner_flow.held_gates
            s.secret_gate = s.secret_gate or (st.auth is None and ist.auth == "secret")
            # real wrappers have several ways in (session, API key, anonymous special cases): one
            # path that returns only after an auth check makes it an authenticating wrapper
            returns = [e.state for e in inner_flow.events if e.kind == "return"]
            s.authenticates = s.authenticates or ist.auth is not None or any(r.auth is not None for r in returns)
            s.role = s.role or ist.role or any(r.role for r in returns)
            wildcards |= inner_flow.role_wildcards
            flow.events.extend(inner_flow.events)
            # its calls of this function's parameters, with the state the inner walk reached there
            # (the outer walk saw them too, as if they ran before any check)
            # (the returned function's own parameters are its caller's values)
            for _, pst in inner_flow.param_calls:
                pst.client |= set(inner_fn.params)
            flow.param_calls = [
                pc for pc in flow.param_calls if not inner.start_byte <= pc[0].start_byte < inner.end_byte
            ] + inner_flow.param_calls
            st = ist if ist.rate_limited or ist.audited else st
            s.rate_limits = s.rate_limits or ist.rate_limited
            s.audits = s.audits or ist.audited
            flow.audit_depth = min(flow.audit_depth, inner_flow.audit_depth)
        s.secret_params = frozenset(i for i, p in enumerate(params) if p in held)
        s.role_wildcards = frozenset(wildcards)
        s.gated_callbacks = _gated_callbacks(fn, flow)
        s.gated_callback_keys = _gated_callback_keys(fn, flow, s.gated_callbacks)
        s.failure_callbacks = _failure_callbacks(fn, flow)
        s.role_gated_callbacks = frozenset(
            i for i in s.gated_callbacks if all(st.role for _, st in _param_calls(fn, flow, i))
        )
        options = _option_calls(fn, flow)
        if options:
            s.runs_options = frozenset(options)
            s.gated_options = {
                k: own_positions(fn.module.src, calls)
                for k, calls in options.items()
                if all(st.auth is not None for _, st in calls)
            }
            s.role_gated_options = frozenset(k for k in s.gated_options if all(st.role for _, st in options[k]))
        s.rate_limits = s.rate_limits or st.rate_limited or flow.final.rate_limited
        # a project helper that counts requests in a store and compares the count with a bound
        s.rate_limits = s.rate_limits or quota.counts_requests(fn.node, fn.module.src)
        # ... or that answers whether nothing happened lately (`return !recent`): a cooldown
        s.rate_limits = s.rate_limits or quota.answers_cooldown(flow)
        # ... or that throws once it found one (`if (recent) throw new TooSoonError()`)
        s.rate_limits = s.rate_limits or quota.refuses_recent(flow)
        # ... or that stops the caller past a bound of a per-key window kept in a module Map
        s.rate_limits = s.rate_limits or quota.limited_in_memory(flow, None)
        s.counts_recent = quota.answers_recent_count(flow)
        # (as for an entry point: an audit call anywhere in its body, also in the branch of a success)
        s.audits = s.audits or st.audited or flow.final.audited or flow.audits_somewhere
        s.audit_depth = flow.audit_depth if s.audits else _NO_AUDIT
        src = fn.module.src
        s.returns_input = s.returns_unchecked = False
        s.only_failures = True
        sources: dict[str, set[str]] | None = None  # locals built from parameters, computed on demand
        # ... and what reaches each local other than through a coercion (`Number(...)`)
        raw_sources: dict[str, set[str]] | None = None
        settled: set[str] | None = None  # locals only ever given a checked or coerced value
        picked_by: dict[tuple[int, int], set[str]] = {}  # each query's names that pick its rows
        first_send = True
        worked = False  # (a read, request or check made before the event)
        for ev in flow.events:
            # (what a failure answer carries gets past no caller that tests the verdict)
            failure = ev.kind == "return" and _failure_answer(src, ev)
            worked = worked or ev.kind in ("db", "fetch") or ev.state.auth is not None
            if ev.kind == "return":
                s.answers_failure = s.answers_failure or failure
                s.only_failures = s.only_failures and (failure or guards.falsy(src, ev.value))
            if ev.kind == "return" and ev.value is not None and params:
                if sources is None:
                    sources = param_sources(self, fn)
                derived = set(sources)
                vflow, vchecked = value_refs(self, fn.module, ev.value, derived)
                s.returns_input = s.returns_input or bool((vflow | vchecked) & derived)
                reached = {p for r in (vflow | vchecked) & derived for p in sources.get(r, ())}
                s.returned_params = (s.returned_params or frozenset()) | reached
                if not failure:
                    loose = vflow & derived - ev.state.validated
                    if loose and not s.returns_unchecked:
                        # (a local only ever given a checked or coerced value: `kept = asked.filter((f) =>
                        # COLS.has(f))`, `n = Number(x)`)
                        if settled is None:
                            settled = coerced_locals(self, fn)
                        loose -= settled
                    s.returns_unchecked = s.returns_unchecked or bool(loose)
                    if reached and not (ev.state.role or ev.state.owner) and _bare_value(ev.value):
                        s.passed_params |= reached
                    if reached and not worked and not guards.falsy(src, ev.value):
                        s.echoed_first |= reached
            if ev.kind == "validate":
                s.validates = True
            elif ev.kind == "email":
                s.sends_email = True
                if sources is None:
                    sources = param_sources(self, fn)
                unchecked = self.email_refs(fn.module, ev) - ev.state.validated
                s.email_params |= {p for r in unchecked for p in sources.get(r, ())}
                vetted = frozenset(params) & ev.state.validated
                s.email_vetted = vetted if first_send else s.email_vetted & vetted
                first_send = False
            elif ev.kind == "redirect" and ev.state.auth is None:
                s.redirect_params |= _redirect_target_params(fn, ev.node)
            elif ev.kind == "store" and ev.state.auth is None:
                s.mutates_store = True
                if sources is None:
                    sources = param_sources(self, fn)
                s.store_params |= {
                    p for a in self.store_args(fn.module, ev) for r in identifiers(src, a) for p in sources.get(r, ())
                }
            elif ev.kind in ("fs", "exec") and ev.state.auth is None:
                if sources is None:
                    sources = param_sources(self, fn)
                if ev.kind == "fs":
                    if not _WRITES.search(ev.callee) or scratch_module(src):
                        continue  # (reads; writes in the OS temp directory are scratch space)
                    s.writes_files = s.writes_files or ev.callee
                else:
                    # a program its caller picks (`command: config.command`), not a fixed tool (`ffmpeg`)
                    # (through another helper that runs one: what this one hands it)
                    via = ev.node.type == "call_expression" and self.target(fn.module, ev.node) is not None
                    cmd = ev.node.child_by_field_name("arguments") if via else command_arg(src, ev.node)
                    if not identifiers(src, cmd) & set(sources):
                        continue
                    s.runs_commands = s.runs_commands or ev.callee
                if ev.kind == "fs":
                    # (a trimmed text's type is checked, not the path it makes)
                    unchecked = self.fs_refs(fn.module, ev) - (ev.state.validated - flow.trimmed)
                else:
                    unchecked = self.email_refs(fn.module, ev) - ev.state.validated
                s.effect_params |= {p for r in unchecked for p in sources.get(r, ())}
            elif ev.kind == "fetch" and mailer_request(fn, src, ev):
                # `sendNotificationEmail(to, ...)` posting to its mail provider with `fetch`: the helper's
                # name says what the request is (as for a workspace mailer package's `sendEmail`)
                s.sends_email = True
                if sources is None:
                    sources = param_sources(self, fn)
                sent = {r for a in sx.call_args(ev.node) for r in identifiers(src, a)} - ev.state.validated
                s.email_params |= {p for r in sent for p in sources.get(r, ())}
            elif ev.kind in ("fetch", "relay") and ev.state.auth is None:
                secret, inputs = self.relay_inputs(fn.module, fn.node, ev)
                if secret:
                    if sources is None:
                        sources = param_sources(self, fn)
                    relayed = frozenset(p for a in inputs for r in identifiers(src, a) for p in sources.get(r, ()))
                    if relayed:
                        s.relays = s.relays or secret
                        s.relay_params |= relayed
            elif ev.kind == "ai":
                s.calls_ai = True
            elif ev.kind == "db" and ev.op is not None:
                refs = set()
                for a in [*ev.op.args, *ev.op.data]:
                    refs |= identifiers(src, a)
                uses = frozenset(i for i, p in enumerate(params) if p in refs)
                if sources is None:
                    sources = param_sources(self, fn)
                # which parameters reach the query, also through locals (`const merged = { ...prefs }`)
                # and destructured arguments: for `dataflow.sink_nodes`
                called = self.target(fn.module, ev.node) if ev.op.api == "helper" else None
                unchecked = refs
                if called is not None and ev.node.type == "call_expression":
                    refs, unchecked = set(), set()
                    for a in helper_args(src, ev.node, called, ev.op.param_names):
                        refs |= identifiers(src, a)
                    for a in helper_args(src, ev.node, called, ev.op.unchecked):
                        unchecked |= identifiers(src, a)
                else:
                    # `...(meta !== undefined ? { meta: parsed } : {})`: a name that only picks a branch
                    # (or is only compared) puts nothing of its own into the query
                    carried: set[str] = set()
                    for a in [*ev.op.args, *ev.op.data]:
                        # (a tagged SQL template carries its values, not its answer)
                        for part in _pasted_parts(src, template_values(src, a)):
                            vflow, vchecked = value_refs(self, fn.module, part, set(sources))
                            # (`where: { id: parseInt(id) }`: a coerced value carries a number, not the input)
                            carried |= vflow
                    unchecked = refs & carried
                reach = frozenset(p for r in refs for p in sources.get(r, ()))
                # which parameters reach the part choosing the records (a nested helper's own filter
                # arguments; a driver call's filter; the whole query of the others)
                picking = list(ev.op.args)
                if ev.op.api == "prisma" and len(ev.op.args) == 1 and ev.op.args[0].type == "object":
                    # (`{ where, data }`: only the filter picks the records; the data is what is written)
                    where = object_keys(src, ev.op.args[0]).get("where")
                    picking = [where] if where is not None else picking
                if ev.op.api == "helper" and ev.op.picks is not None:
                    picking = list(ev.op.picks)
                elif ev.op.api == "helper" and ev.op.filter_uses is not None and ev.node.type == "call_expression":
                    cargs = sx.call_args(ev.node)
                    picking = [cargs[i] for i in sorted(ev.op.filter_uses) if i < len(cargs)]
                frefs: set[str] = set()
                for a in picking:
                    frefs |= identifiers(src, a)
                if ev.op.api == "sql":
                    # (`INSERT ... SELECT ?, ? WHERE ...` bound to the new row's fields: they pick no row)
                    frefs -= sql_values_only(src, ev.op) | sql_search_terms(src, ev.op)
                fparams = {p for r in frefs for p in sources.get(r, ())}
                picked_by[ev.node.id, ev.op.call.start_byte] = frefs
                # (the helper's own sign-in: ids its caller hands it pick only rows of that session)
                self_scoped = ev.op.self_scoped or (
                    ev.state.auth is not None and bool(fparams) and _pinned_to_own_session(src, flow, ev, picked_by)
                )
                filter_uses = frozenset(i for i, p in enumerate(params) if p in frefs or p in fparams)
                filter_fields = _param_fields_read(src, picking, set(params), frefs, sources, ev.op.conflict_columns)
                # for missing-input-validation: what gets there without passing a check in this helper
                # (a session read from the request is not client input either)
                unchecked -= ev.state.validated | ev.state.session | ev.state.fetched
                if unchecked and any("." in k for k in ev.state.validated):
                    # `existsByName(server.name)` after `S.safeParse(server.name)` passed: that read holds
                    # the checked value, the rest of `server` does not reach the op
                    past: set[str] = set()
                    for a in [*ev.op.args, *ev.op.data]:
                        past |= identifiers_past_checked_reads(src, a, ev.state.validated)
                    unchecked &= past
                if unchecked and raw_sources is None:
                    # `const linkId = Number(req.query.linkId)`: a number, and what is made from it
                    # (`TABLE[format]`) carries nothing of the request's
                    coerced = coerced_locals(self, fn)
                    raw_sources = param_sources(self, fn, frozenset(coerced)) if coerced else sources
                unchecked_reach = frozenset(p for r in unchecked for p in (raw_sources or {}).get(r, ()))
                # ops past this helper's own auth check, or inside its session lookup, need no caller check
                guarded = ev.op.guarded or ev.state.auth is not None or self.is_auth_source_call(fn.module, ev.node)
                s.ops.append(
                    replace(
                        ev.op,
                        param_uses=uses,
                        filter_uses=filter_uses,
                        filter_names=frozenset(fparams),
                        # (what its own written values take: a name only in its filter picks, never writes)
                        data_names=(
                            frozenset(p for a in ev.op.data for r in identifiers(src, a) for p in sources.get(r, ()))
                            if ev.op.api != "helper" and ev.op.data
                            else None
                        ),
                        filter_fields=filter_fields,
                        picks=None,
                        param_names=reach,
                        unchecked_names=unchecked_reach,
                        helper=ev.op.helper or fn.name,
                        guarded=guarded,
                        owner_checked=ev.op.owner_checked or (st.owner and bool(params)),
                        self_scoped=self_scoped,
                        backfill=ev.op.backfill
                        or (
                            ev.op.kind == "write"
                            and (
                                _backfill_call(src, ev.node, params)
                                or _lazy_transition(src, fn.name, fn.node, ev.node, params, set(flow.records))
                            )
                        ),
                    )
                )
            elif ev.kind == "return" and ev.value is not None:
                v = sx.unwrap(ev.value)
                s.answers_account_type = s.answers_account_type or _answers_account_type(src, v)
                s.answers_check = (
                    s.answers_check
                    or _answers_check(src, self.vocab, v)
                    or _answers_owner_match(src, v, set(flow.records), set(fn.params))
                    or _answers_tie_count(src, v, flow.records, set(fn.params))
                    or _answers_stored_role_listed(src, v, self._read_locals(fn, set(flow.records)))
                    or _answers_identity_match(src, v, set(fn.params))
                    or self._checked_answer_call(fn, v, ev.state)
                )
                refs = identifiers(src, v)
                if refs & (ev.state.fetched | ev.state.session):
                    s.auth_source = True
                if v is not None and v.type == "call_expression" and self.is_auth_source_call(fn.module, v):
                    s.auth_source = True
                if v is not None and v.type == "call_expression" and not s.auth_source:
                    # `c.auth.getUser().then(({ data }) => data.user?.id)`: the session read's answer, reshaped
                    s.auth_source = self._then_of_auth_source(fn.module, v)
                if v is not None and v.type == "call_expression" and not s.auth_source:
                    s.auth_source = self._runs_session_callback(fn.module, v)
                if refs & set(flow.records):
                    s.returns_records = True
        if not s.answers_check and len(params) >= 2 and flow.records:
            # `return count > 0` of `count = await db.staff.count({ where: { studioId, userId } })`: whether
            # a row links the user handed in to the resource handed in, a membership answer
            s.answers_membership = any(
                _answers_membership(src, e.value, flow.records, s.ops, params)
                for e in flow.events
                if e.kind == "return"
            )
        s.only_failures = s.only_failures and s.answers_failure
        if s.enforces_auth:
            s.auth_source = True
        ret_events = [e for e in flow.events if e.kind == "return"]
        failed = {_failed_object(src, e.value) for e in ret_events}
        if len(failed) == 1 and None not in failed:
            s.fails_with = next(k for k in failed if k is not None)
        if len(params) == 1 and ret_events:
            for key in _VERDICT_KEYS:
                if all(_true_for_failure(src, e.value, params[0], key) for e in ret_events):
                    s.failure_test = key
                    break
        if s.authenticates and not s.enforces_auth and not flow.returned_functions:
            s.error_gate = _error_gate(self, fn, ret_events)
            if s.error_gate is not None:
                s.role = s.owner = False  # the check holds only for a caller that tests the result
        if not flow.returned_functions and any(e.state.role or e.state.owner for e in ret_events):
            s.pass_key = _pass_key(src, ret_events)
        if (s.role or s.owner) and not flow.returned_functions:
            s.refusal = _refusal(src, [e for e in flow.events if e.kind == "return"])
            s.keyed_refusal = _keyed_refusal(src, ret_events) if s.refusal is None else None
            if s.keyed_refusal is not None:
                passed = [e for e in ret_events if e.state.role or e.state.owner]
                s.refusal_checked = frozenset(
                    i for i, p in enumerate(params) if all(p in e.state.validated for e in passed)
                )
            if s.refusal is not None or s.keyed_refusal is not None:
                s.role = s.owner = False  # the check holds only for a caller that tests the result
            else:
                verdict = _verdict_gate_answer(src, [e for e in flow.events if e.kind == "return"])
                # (as for `s.owner`: a helper taking no parameter checks the ownership of nothing chosen)
                s.verdict_gate = (verdict[0], verdict[1], verdict[2] and bool(params)) if verdict else None
        # (an Effect gate: a throwing one handed the caller's record is read by missing-authorization itself)
        roleish = effect.returns_effect(fn) and _ROLE_NAME.search(fn.module.text(fn.node))
        if not s.role and params and fn.body is not None and not flow.returned_functions and roleish:
            # the same walk with the parameters taken as the caller's own: a gate on their role
            pflow = self.flow(fn, State(client=set(params), fetched=set(params)))
            prets = [e for e in pflow.events if e.kind == "return"]
            # (a gate: the refusing path fails, not `if (user.role === "admin") can(...)`)
            gated = pflow.final.role and any(
                sx.exits(src, i.child_by_field_name("consequence")) == "throw"
                and _ROLE_NAME.search(fn.module.text(i.child_by_field_name("condition")))
                for i in sx.find(fn.body, ("if_statement",))
            )
            s.param_role = (
                gated or guards.passes_only_checked(fn, [(e.node, e.state.role) for e in prets])
            ) and _refusal(src, prets) is None
        if (st.auth == "secret" or any(e.state.auth == "secret" for e in ret_events)) and not flow.returned_functions:
            s.secret_refusal = _secret_refusal(src, [e for e in flow.events if e.kind == "return"])
        if not s.secret_refusal and ret_events and not flow.returned_functions:
            # `requirePartnerKey(req)` answering `checkBearer(req, "PARTNER_KEY")` on every way out:
            # the refusal (or the null past the secret check) of the helper it hands back
            s.secret_refusal = all(self._secret_refusal_call(fn, e.value) for e in ret_events)
        if s.refusal is None and not s.secret_refusal and st.auth is None and not flow.returned_functions:
            # `requireStaff(req)`: `null` past a verified token or the staff password, a 401 response
            # otherwise; the caller's `if (denied) return denied` signs the rest in
            s.refusal = _auth_refusal(src, [e for e in flow.events if e.kind == "return"])
        if not s.auth_source and not flow.returned_functions:
            # `checkHookCaller(req)`: `{ ok: true }` only past a constant-time secret or signature check,
            # `{ error, status }` on every other way out: the caller's `if ("error" in v) return v` authenticates
            s.auth_source = s.secret_answer = _secret_or_error(src, [e for e in flow.events if e.kind == "return"])
        if s.auth_source and not s.enforces_auth:
            rets = [(e.node, e.value, e.state.auth is not None) for e in flow.events if e.kind == "return"]
            s.error_field = guards.auth_error_field(
                fn, rets, lambda c: self.is_auth_source_call(fn.module, c), flow.auth_errors
            )
        # `teamFromApiKey(req)`: finds the caller's record by the credential the request presents
        # (a hashed API key, a bearer token) and returns it, or nothing: its caller checks the result
        if not s.auth_source and any(ev.kind == "db" for ev in flow.events):
            creds = guards.credential_names(src, fn)
            s.auth_source = bool(creds) and any(
                ev.kind == "db"
                and ev.op is not None
                and ev.op.kind == "read"
                and any(identifiers(src, a, into_functions=True) & creds for a in ev.op.args)
                for ev in flow.events
            )
        # `isAuthorized(req, key)`: a verdict on the caller's shared secret, `return timingSafeEqual(...)`,
        # or a refusal (`false`, `{ ok: false }`) before a secret check that the rest is past: the
        # caller's `if (!verdict) return 401` authenticates
        s.auth_source = (
            s.auth_source
            or any(
                ev.kind == "return" and any(_secret_verdict(src, part) for part in _and_terms(src, ev.value))
                for ev in flow.events
            )
            or (
                bool(fn.params)
                and any(ev.kind == "return" and _env_secret_equality(src, fn.node, ev.value) for ev in flow.events)
            )
            or any(ev.kind == "return" and _stored_secret_equality(src, fn, flow, ev.value) for ev in flow.events)
            or (
                st.auth == "secret"
                and any(ev.kind == "return" and ev.state.auth is None and _refuses(src, ev.value) for ev in flow.events)
            )
            or (st.auth == "secret" and _nothing_unless_secret(src, flow))
        )
        if s.auth_source and not flow.returned_functions:
            s.pass_status = _pass_status(src, [e for e in flow.events if e.kind == "return"])
        if s.auth_source and not flow.returned_functions:
            s.secret_verdict = self._answers_secret_verdict(fn, flow)
        if st.auth == "secret" and not flow.returned_functions and not s.enforces_auth:
            # (every way out past the check falls off the end; the refusal can only have thrown)
            s.secret_throws = all(
                e.value is None and (e.state.auth == "secret" or _unset_secret_return(src, fn.node, e.node))
                for e in ret_events
            )
        # Lucia's `getCurrentSession()`: reads the session cookie and looks it up (or verifies it)
        s.auth_source = s.auth_source or sessions.reads_session(self, fn, flow)
        s.enforces_auth = s.enforces_auth or (s.auth_source and sessions.never_returns_nothing(fn, flow))
        if s.enforces_auth and sessions.answers_request_value_first(self, fn, flow):
            # `const c = jar.get("org_id")?.value; if (c) return c;` before its sign-in: a path that
            # answers what the caller sent, signing nobody in
            s.enforces_auth = s.authenticates = s.auth_source = s.opens_before_auth = False
        # `if (!session) return NextResponse.json(..., 401); ...; return req`: the caller gets either
        # an error value or the authenticated result, and must check which (`instanceof Response`)
        if st.auth == "return" and any(
            e.kind == "return" and e.value is not None and e.state.auth == "return" for e in flow.events
        ):
            s.auth_source = True
        if not s.auth_source and not flow.returned_functions and _signed_in_verdict(src, ret_events):
            s.auth_source = True
        for ev in flow.events:
            if ev.kind == "return":
                self._delegates_to_wrapper(fn, ev.value, s)
        # (also past a delegation that authenticated on the request it handed on: `withFeature(id, req,
        # handler) => withSession(req, async (ctx) => handler(ctx))` still names the callback it gates)
        if fn.params:
            self._wraps_through_callback(fn, flow, s)
        # `return withMiddleware(handler, authMiddleware)`: a middleware handed to a composer
        for ev in flow.events:
            v = sx.unwrap(ev.value) if ev.kind == "return" else None
            if v is None or v.type != "call_expression" or s.authenticates:
                continue
            for arg in map(sx.strip_types, sx.call_args(v)):
                if arg is None or arg.type != "identifier" or sx.text(src, arg) in params:
                    continue
                mw = self.program.resolve_function(fn.module, sx.text(src, arg))
                if mw is not None and mw.key != fn.key:
                    ms = self.summary(mw)
                    s.authenticates = s.authenticates or ms.authenticates or ms.enforces_auth
                    s.role = s.role or ms.role
        return s

    def _adapted_summary(self, fn: AdaptedMiddleware) -> Summary:
        """`await validateSession(req, res)` with `validateSession = initMiddleware(check())`: the
        promise settles only when the middleware calls its `done` callback, so the caller goes on
        only past what held at every such call. A middleware that answers 401 and never calls it
        authenticates; one that calls it on every path (or only logs) guards nothing."""
        plain = fn.module.function_for(fn.node)
        base = self.summary(plain)
        params = plain.params
        flow = self.flow(plain, State(client=set(params)), frozenset(params))
        calls = _param_calls(plain, flow, fn.done) if fn.done < len(params) else []
        # (`next(new Error("Unauthorized"))`: the adapter rejects, and the caller's await throws)
        calls = [(c, st) for c, st in calls if not _hands_error(plain.module.src, c)]
        gated = bool(calls) and all(st.auth is not None for _, st in calls)
        # (the request, checked before every call: `if (validationResult(req).isEmpty()) return next()`)
        checked = bool(calls) and all(params[0] in st.validated for _, st in calls)
        return replace(
            base,
            is_async=True,
            enforces_auth=base.enforces_auth or gated,
            authenticates=base.authenticates or gated,
            role=base.role or (gated and all(st.role for _, st in calls)),
            validates=base.validates or checked,
            # (the callbacks and parameters of the middleware are not the caller's arguments)
            runs_params=frozenset(),
            gated_callbacks={},
            role_gated_callbacks=frozenset(),
            failure_callbacks={},
            runs_options=frozenset(),
            gated_options={},
            role_gated_options=frozenset(),
            secret_params=frozenset(),
        )

    def _delegates_to_wrapper(self, fn: Function, value: Node | None, s: Summary) -> None:
        """`return TokenGate(env.WEBHOOK_TOKEN, handler)`: a wrapper made of another one, handing it the
        handler it was given, and a secret for each parameter the other compares the request with (or
        its own parameter: then a secret its callers must hand in)."""
        v = sx.unwrap(value)
        if v is None or v.type != "call_expression" or s.authenticates:
            return
        target = self.target(fn.module, v)
        if target is None or target.key == fn.key:
            return
        ws = self.summary(target)
        src, params = fn.module.src, fn.params
        args = [sx.strip_types(a) for a in sx.call_args(v)]
        handed = {
            i: params.index(sx.text(src, a))
            for i, a in enumerate(args)
            if a is not None and a.type == "identifier" and sx.text(src, a) in params
        }
        if not ws.authenticates or not handed:
            return
        own: set[int] = set()
        for i in ws.secret_params:
            if i in handed:
                own.add(handed[i])  # `Gate(token, handler)` passing its own `token` on
            elif i >= len(args) or not secret_argument(src, args[i]):
                return
        s.authenticates = True
        s.role = s.role or ws.role
        s.secret_gate = s.secret_gate or ws.secret_gate
        s.secret_params = s.secret_params | own
        for i, j in handed.items():
            if i in ws.gated_callbacks:
                s.gated_callbacks[j] = ws.gated_callbacks[i]
                if i in ws.gated_callback_keys:
                    s.gated_callback_keys[j] = ws.gated_callback_keys[i]
                if i in ws.role_gated_callbacks:
                    s.role_gated_callbacks = s.role_gated_callbacks | {j}

    def _wraps_through_callback(self, fn: Function, flow: Flow, s: Summary) -> None:
        """`withProject(handler) => withApiKey(async (ctx) => { ...; return handler({ ...ctx, project }) })`:
        a wrapper whose every answer is another authenticating wrapper, handed a new callback that
        calls this one's handler, and that the other calls only past its own check."""
        src = fn.module.src
        rets = [e for e in flow.events if e.kind == "return" and sx.enclosing_function(e.node) == fn.node]
        if not rets:
            return
        found: list[tuple[Summary, int]] = []
        callbacks: set[int] = set()  # (the callbacks handed on: the functions the walk saw returned)
        passed: list[tuple[int, tuple[frozenset[int], dict[int, frozenset[str]]]]] = []
        for ev in rets:
            v = sx.unwrap(ev.value)
            target = self.target(fn.module, v) if v is not None and v.type == "call_expression" else None
            if v is None or target is None or target.key == fn.key:
                return
            ws = self.summary(target)
            if not ws.authenticates or ws.secret_params:
                return
            handed = [
                (a, j, i)
                for i, a in enumerate(map(sx.strip_types, sx.call_args(v)))
                if i in ws.gated_callbacks and a is not None and sx.is_function(a)
                for j, p in enumerate(fn.params)
                if any(sx.callee_name(src, c) == p for c in sx.find(a, ("call_expression",)))
            ]
            if not handed:
                return
            found.extend((ws, j) for _, j, _ in handed)
            callbacks |= {a.start_byte for a, _, _ in handed}
            for a, j, i in handed:
                passed.append((j, self._handed_through(src, a, fn.params[j], ws, i)))
        # a function answered as it is (`if (opts.public) return async (req) => handler(req)`) is not wrapped
        if any(f.start_byte not in callbacks for f in flow.returned_functions):
            return
        s.authenticates = True
        for ws, j in found:
            s.role = s.role or ws.role
            s.secret_gate = s.secret_gate or ws.secret_gate
            # (called past the other's check; which arguments are session values is `_server_filled`'s)
            s.gated_callbacks.setdefault(j, frozenset())
        # what the other hands its callback of its own, handed on as it came (`handler(ctx)`), is still its own
        for j, (filled, keys) in passed:
            if s.gated_callbacks.get(j) == frozenset() and j not in s.gated_callback_keys:
                s.gated_callbacks[j] = filled
                if keys:
                    s.gated_callback_keys[j] = keys

    def _handed_through(
        self, src: bytes, cb: Node, handler: str, ws: Summary, index: int
    ) -> tuple[frozenset[int], dict[int, frozenset[str]]]:
        """`withSession(req, async (ctx) => handler(ctx))`: the positions of ``handler``'s calls in the
        callback ``cb`` (handed to the other wrapper at ``index``) that pass one of the callback's own
        parameters on as it came, filled whole by the other wrapper, and the keys it fills of the others."""
        # (each parameter's own name, by position; a destructured one is no value handed on whole)
        params = cb.child_by_field_name("parameters")
        nodes = params.named_children if params is not None else [p for p in [cb.child_by_field_name("parameter")] if p]
        names = [
            sx.text(src, n) if n is not None and n.type == "identifier" else ""
            for p in nodes
            for n in [p.child_by_field_name("pattern") if p.type in ("required_parameter", "optional_parameter") else p]
        ]
        filled_in = ws.gated_callbacks.get(index, frozenset())
        keys_in = ws.gated_callback_keys.get(index, {})
        filled: set[int] | None = None
        keys: dict[int, frozenset[str]] | None = None
        for c in sx.find(cb, ("call_expression",)):
            if sx.callee_name(src, c) != handler:
                continue
            here: set[int] = set()
            here_keys: dict[int, frozenset[str]] = {}
            for m, arg in enumerate(sx.call_args(c)):
                a = sx.strip_types(arg)
                if a is None or a.type != "identifier" or not sx.text(src, a) or sx.text(src, a) not in names:
                    continue
                k = names.index(sx.text(src, a))
                if k in filled_in:
                    here.add(m)
                elif k in keys_in:
                    here_keys[m] = keys_in[k]
            filled = here if filled is None else filled & here
            keys = here_keys if keys is None else {m: keys[m] & here_keys[m] for m in keys.keys() & here_keys.keys()}
        return frozenset(filled or ()), keys or {}

    def email_refs(self, mod: Module, ev: Event) -> set[str]:
        """The names an email event's send consumes: all arguments of a library send; of a project
        helper that sends, the arguments that reach its send unchecked."""
        target = self.target(mod, ev.node) if ev.node.type == "call_expression" else None
        summary = self.summary(target) if target is not None else None
        args = sx.call_args(ev.node) if ev.node.type == "call_expression" else []
        if target is not None and summary is not None and summary.sends_email:
            args = helper_args(mod.src, ev.node, target, summary.email_params)
        refs: set[str] = set()
        for a in args:
            refs |= identifiers(mod.src, a)
        return refs

    def store_args(self, mod: Module, ev: Event) -> list[Node]:
        """What a store event's call is handed about the stored object: all arguments of a library
        call (`s3.send(cmd)`, `del(url)`); of a project helper that changes a store, the arguments that
        reach its call (`deleteFile(repoId, name)` building the key `${repoId}/${name}`)."""
        if ev.node.type != "call_expression":
            return []
        target = self.target(mod, ev.node)
        summary = self.summary(target) if target is not None else None
        if target is not None and summary is not None and summary.mutates_store:
            return helper_args(mod.src, ev.node, target, summary.store_params)
        args = sx.call_args(ev.node)
        scope = sx.enclosing_function(ev.node)
        if scope is None or not any(a.type == "identifier" for a in args):
            return args
        # `const command = new DeleteObjectCommand({ Key: key }); s3.send(command)`: the command built
        built: dict[str, Node] = {}
        for decl in sx.find(scope, ("variable_declarator",), into_functions=False):
            name, value = decl.child_by_field_name("name"), sx.unwrap(decl.child_by_field_name("value"))
            if name is not None and name.type == "identifier" and value is not None and value.type == "new_expression":
                built[sx.text(mod.src, name)] = value
        return [built.get(sx.text(mod.src, a), a) if a.type == "identifier" else a for a in args]

    def fs_refs(self, mod: Module, ev: Event) -> set[str]:
        """The names a file-system event consumes as a location (`fs_path_args`); of a project helper
        that writes files, the arguments that reach its paths unchecked."""
        target = self.target(mod, ev.node) if ev.node.type == "call_expression" else None
        summary = self.summary(target) if target is not None else None
        if target is not None and summary is not None and summary.writes_files:
            args = helper_args(mod.src, ev.node, target, summary.effect_params)
        else:
            args = fs_path_args(mod.src, ev.node)
        refs: set[str] = set()
        for a in args:
            refs |= identifiers(mod.src, a)
        return refs

    def relay_inputs(self, mod: Module, scope: Node, ev: Event) -> tuple[str, list[Node]]:
        """A request sent with the server's own secret (`server_secret_request`), here or inside the
        project helper called (a "relay" event): the secret's setting name and the nodes that carry
        what the request is about (its URL and options; of a helper, the arguments that reach them)."""
        call = ev.node
        if call.type != "call_expression":
            return "", []
        if ev.kind == "relay":
            target = self.target(mod, call)
            summary = self.summary(target) if target is not None else None
            if target is None or summary is None or not summary.relays:
                return "", []
            return summary.relays, helper_args(mod.src, call, target, summary.relay_params)
        scope = sx.enclosing_function(call) or scope
        secret = server_secret_request(mod, scope, call, ev.callee, self.target)
        if not secret:
            return self._keyed_record_change(mod, scope, call, ev.callee)
        url, opts, body = request_parts(mod, scope, call, ev.callee)
        return secret, [n for n in (url, opts, body) if n is not None]

    def _keyed_record_change(self, mod: Module, scope: Node, call: Node, callee: str) -> tuple[str, list[Node]]:
        """`fetch(url, { method: "DELETE" })` with `url = ${API}/roster/${id}?apikey=${API_KEY}`: a change (not a read)
        sent with the server's own key, even to a third party at a fixed host, of a record the URL's path
        names: the service trusts the key, so whoever picks the path changes records in the app's name.
        The secret's setting name and the path's substitutions (what the caller may pick); a POST to a
        fixed path (a model API handed a prompt) names no record."""
        if callee != "fetch":
            return "", []
        src = mod.src
        url, opts, body = request_parts(mod, scope, call, callee)
        method = sx.strip_types(object_keys(src, opts).get("method")) if opts is not None else None
        url = sx.unwrap(url)
        if method is None or method.type != "string" or url is None or url.type != "template_string":
            return "", []
        verb = sx.text(src, method)[1:-1].upper()
        if verb not in ("DELETE", "PUT", "PATCH", "POST"):
            return "", []
        path: list[Node] = []
        keys: list[Node] = list(header_values(src, opts))
        in_query = False
        for part in url.named_children:
            if part.type == "string_fragment" and "?" in sx.text(src, part):
                in_query = True
            elif part.type == "template_substitution" and part.named_children:
                (keys if in_query else path).append(part.named_children[0])
        secret = next((s for k in keys if (s := self._secret_value(mod, scope, k))), "")
        # (the first substitution may be the API's base; a record is named by one after it, or, for a
        # DELETE, PUT or PATCH, which change a record whatever the path, in the body too)
        named = path[1:] + ([body] if body is not None and verb != "POST" else [])
        return (secret, named) if secret and named else ("", [])

    def _secret_value(self, mod: Module, scope: Node, node: Node) -> str:
        """``secret_from_env`` of ``node``, also of a constant imported from another project file
        (`import { API_KEY } from "@/lib/config"` with `API_KEY = process.env.SERVICE_API_KEY`)."""
        found = secret_from_env(mod, scope, node, self.target)
        name = sx.unwrap(node)
        if found or name is None or name.type != "identifier" or sx.text(mod.src, name) not in mod.imports:
            return found
        bound = self.program.resolve_value(mod, sx.text(mod.src, name))
        return secret_from_env(bound[0], bound[0].parsed.root, bound[1], self.target) if bound is not None else ""

    # -- call classification ------------------------------------------------------------
    def _read_locals(self, fn: Function, records: set[str]) -> set[str]:
        """``records`` and the locals ``fn`` binds to what a project helper read from the store and
        answered (`const role = await roleOf(userId, orgId)`, that helper returning a read's row or field)."""
        out = set(records)
        if fn.body is None:
            return out
        src = fn.module.src
        for d in sx.find(fn.body, ("variable_declarator",), False):
            target = d.child_by_field_name("name")
            value = sx.unwrap(d.child_by_field_name("value"))
            if target is None or target.type != "identifier" or value is None or value.type != "call_expression":
                continue
            helper = self.target(fn.module, value)
            if helper is not None and helper.key != fn.key and self.summary(helper).returns_records:
                out.add(sx.text(src, target))
        return out

    def classify(self, mod: Module, call: Node) -> DbOp | None:
        """``classify_db``, once per call node (flows, bindings and summaries all ask)."""
        key = (mod.path, call.start_byte, call.end_byte)
        if key in self._db_ops:
            return self._db_ops[key]
        callee = sx.callee_name(mod.src, call)
        tagged = is_tagged_template(call)
        # (the name first, once per name: most calls, `String(x)`, `list.map(...)`, are no query by it)
        named = self._db_names.get((mod.path, callee))
        if named is None:
            named = self._db_names[(mod.path, callee)] = db_named(mod, callee, self.db_roots)
        op = (
            classify_db(mod, call, self.db_roots, lambda name: self.sequelize_model(mod, name))
            if tagged or named
            else None
        )
        # `Appointment.create({...})` on a project class declaring that static method itself (an entity
        # factory, a presenter): the project's code runs, followed like any function, not a model's query
        if (
            op is not None
            and op.api == "mongoose"
            and callee == f"{op.model}.{op.verb}"
            and self.program.resolve_static_method(mod, op.model, op.verb) is not None
        ):
            op = None
        if op is not None and op.api != "firestore" and sx.call_args(call):
            # `tx.update(ref, data)` in `runTransaction(async (tx) => ...)` is shaped like Drizzle's
            # `tx.update(table)`: a Firestore document reference handed to it says which it is
            op = self._firestore_held_op(mod, call) or op
        # (each fallback only where the first test it makes of the call's name or shape can hold)
        last = sx.last_name(callee)
        found = self._db_ops[key] = (
            op
            or (self._collection_local_op(mod, call) if last in MONGO_OPS else None)
            or self._statement_helper_op(mod, call)
            or (self._prepared_statement_op(mod, call) if last in _PREPARED_RUNNERS else None)
            or (self._sql_client_local_op(mod, call) if tagged else None)
            or (self._saved_document_op(mod, call) if last == "save" else None)
            or (idp_seat_op(mod, call) if last.endswith("OrganizationMembership") else None)
            # (its first test, of the called name: a Firestore function or a document op's method)
            or (
                self._firestore_held_op(mod, call) if last in FIRESTORE_DOC_OPS or last in FIRESTORE_FUNCTIONS else None
            )
        )
        if found is not None and found.api == "firestore" and not found.model:
            found.model = self._firestore_collection(mod, call)
        return found

    def _firestore_collection(self, mod: Module, call: Node) -> str:
        """The collection a Firestore op's `.collection(usersCol)` names through a constant
        (`export const usersCol = "users"`, here or imported), on the callee's chain or on the
        reference it is handed or holds."""
        fn = call.child_by_field_name("function")
        obj = fn.child_by_field_name("object") if fn is not None and fn.type == "member_expression" else None
        args = sx.call_args(call)
        for start in (obj, *args[:1]):
            node = self._held_value(mod, call, start)
            hops = 0
            while node is not None and hops < 8:
                hops += 1
                if node.type == "identifier":  # `const colRef = db.collection(usersCol); colRef.where(...)`
                    node = self._held_value(mod, call, node)
                    continue
                if node.type != "call_expression":
                    break
                callee = sx.callee_name(mod.src, node)
                if sx.last_name(callee) == "collection":
                    a = sx.call_args(node)
                    arg = sx.strip_types(a[0]) if a else None
                    if arg is None or arg.type != "identifier":
                        return sx.string_value(mod.src, arg) or ""
                    found = self.program.resolve_value(mod, sx.text(mod.src, arg))
                    return (sx.string_value(found[0].src, found[1]) or "") if found is not None else ""
                inner = node.child_by_field_name("function")
                node = (
                    sx.unwrap(inner.child_by_field_name("object"))
                    if inner is not None and inner.type == "member_expression"
                    else None
                )
        return ""

    def _held_value(self, mod: Module, at: Node, node: Node | None) -> Node | None:
        """``node``, or what the local it names holds (`const ref = await ….doc(id)`), in the functions
        around ``at``."""
        node = sx.strip_types(node)
        if node is None or node.type != "identifier":
            return node
        name = sx.text(mod.src, node)
        outer = sx.enclosing_function(at)
        while outer is not None:
            value = self._locals_of(mod, outer).get(name)
            if value is not None:
                value = sx.unwrap(value)
                if value is not None and value.type == "await_expression" and value.named_children:
                    value = sx.unwrap(value.named_children[0])
                return value
            outer = sx.enclosing_function(outer)
        return None

    def _firestore_held_op(self, mod: Module, call: Node) -> DbOp | None:
        """A Firestore document reference or query made first and used later: `const ref =
        db.collection("users").doc(uid); await ref.set(data)`, `batch.set(ref, data)` /
        `transaction.update(ref, data)` (the document is the first argument), `const q =
        col.where("code", "==", code); await q.get()`."""
        fn = call.child_by_field_name("function")
        if fn is not None and fn.type == "identifier" and sx.text(mod.src, fn) in FIRESTORE_FUNCTIONS:
            first = sx.call_args(call)[:1]  # `const ref = doc(db, "users", uid); await updateDoc(ref, data)`
            held = self._held_value(mod, call, first[0]) if first and first[0].type == "identifier" else None
            if held is None and first and first[0].type == "call_expression":
                held = first[0]  # `getDocs(query(col, where(...)))`, `col` a local collection
            # (a query's collection kept in a local: `const col = collection(db, "c"); query(col, ...)`)
            return (
                firestore_function_op(mod, call, held, lambda n: self._held_value(mod, call, n))
                if held is not None
                else None
            )
        if fn is None or fn.type != "member_expression":
            return None
        last = sx.text(mod.src, fn.child_by_field_name("property"))
        if last not in FIRESTORE_DOC_OPS:
            return None  # (the cheap test first: most calls call none of get/set/update/delete/create)
        if not self._firestore_text(mod):
            return None  # (then the module's text: a reference is made by a `doc` call, a query from a `collection`)
        src = mod.src
        args = sx.call_args(call)
        if args:
            ref = firestore_doc_ref(src, self._held_value(mod, call, args[0]))
            if ref is not None:  # `batch.set(ref, data, { merge: true })`
                return firestore_ref_op(src, call, ref, last, args[1:2])
        obj = sx.strip_types(fn.child_by_field_name("object"))
        if obj is not None and obj.type == "call_expression" and last == "get" and not args:
            query = self._firestore_query(mod, call, obj)  # `colRef.where(f, "==", v).limit(1).get()`
            return firestore_query_op(src, call, query) if query is not None else None
        if obj is None or obj.type != "identifier":
            return None
        held = self._held_value(mod, call, obj)
        ref = firestore_doc_ref(src, held)
        if ref is not None:
            return firestore_ref_op(src, call, ref, last, args[:1])
        query = self._firestore_query(mod, call, held) if last == "get" and not args else None
        return firestore_query_op(src, call, query) if query is not None else None

    def _firestore_text(self, mod: Module) -> bool:
        """Does the module's text name a `doc` or a `collection` (once per module)? Every Firestore document
        reference or query a method call is made on, here or held in a local, is made by a call so named."""
        found = self._firestore_texts.get(mod.path)
        if found is None:
            found = self._firestore_texts[mod.path] = _FIRESTORE_MAKERS.search(mod.src) is not None
        return found

    def _firestore_query(self, mod: Module, at: Node, node: Node | None) -> Node | None:
        """``node`` when it is a Firestore query, also one narrowing a collection held in a local
        (`const colRef = db.collection("users"); const q = colRef.where("code", "==", code)`)."""
        if firestore_query(mod.src, node) is not None:
            return node
        base = node
        hops = 0
        while base is not None and base.type == "call_expression" and hops < 8:
            hops += 1
            fn = base.child_by_field_name("function")
            if fn is None or fn.type != "member_expression":
                return None
            if sx.text(mod.src, fn.child_by_field_name("property")) not in FIRESTORE_QUERY_STEPS:
                return None
            base = sx.unwrap(fn.child_by_field_name("object"))
        if node is base or base is None or base.type != "identifier":
            return None
        return node if firestore_query(mod.src, self._held_value(mod, at, base)) is not None else None

    def _saved_document_op(self, mod: Module, call: Node) -> DbOp | None:
        """`new Crew(data).save()`, `const crew = new Crew(data); await crew.save()`: a mongoose document
        constructed from ``data`` and saved is a write of that model's row with that data (as
        `Crew.create(data)`), when `Crew` is a model the project declares (`mongoose.model("Crew", schema)`)."""
        fn = call.child_by_field_name("function")
        if (
            fn is None
            or fn.type != "member_expression"
            or sx.text(mod.src, fn.child_by_field_name("property")) != "save"
        ):
            return None
        made = sx.strip_types(fn.child_by_field_name("object"))
        if made is not None and made.type == "identifier":
            outer = sx.enclosing_function(call)
            name = sx.text(mod.src, made)
            made = sx.unwrap(self._locals_of(mod, outer).get(name)) if outer is not None else None
            if made is None and outer is not None:
                made = sx.unwrap(_sole_assignment(mod.src, outer, name))
        if made is None or made.type != "new_expression":
            return None
        ctor = made.child_by_field_name("constructor")
        model = sx.text(mod.src, ctor) if ctor is not None and ctor.type == "identifier" else ""
        found = self.program.resolve_value(mod, model) if model[:1].isupper() else None
        if found is None or b"mongoose" not in found[0].src or b"model(" not in found[0].src:
            return None
        data = sx.call_args(made)[:1]
        return DbOp("write", model, "mongoose", call, outer_chain(call), list(data), list(data), verb="create")

    def _sql_client_local_op(self, mod: Module, call: Node) -> DbOp | None:
        """`const db = getDb(); await db`SELECT ...``: a template tagged by the postgres.js / neon client a
        project factory answers (held in a local or a module constant)."""
        fn = call.child_by_field_name("function")
        if fn is None or fn.type != "identifier" or not is_tagged_template(call):
            return None
        name = sx.text(mod.src, fn)
        value: Node | None = None
        outer = sx.enclosing_function(call)
        while outer is not None and value is None:
            value = self._locals_of(mod, outer).get(name)
            outer = sx.enclosing_function(outer)
        if value is None and name in mod.imports and self._imported_sql_client(mod, name):
            return tagged_sql_op(mod, call)  # `import { pg } from "@/lib/db"` of `pg = postgres(url)`
        value = sx.unwrap(value if value is not None else mod.values.get(name))
        if value is not None and value.type == "await_expression":
            value = sx.unwrap(value.named_children[0] if value.named_children else None)
        if value is None or value.type != "call_expression" or sx.call_args(value):
            return None
        target = self.target(mod, value)
        if target is None or target.body is None or not makes_sql_client(target.module, target.node):
            return None
        return tagged_sql_op(mod, call)

    def _imported_sql_client(self, mod: Module, name: str) -> bool:
        """``name`` is imported from a project module that binds it to a postgres.js / neon client made
        there (`export const pg = globalForDb.pg ?? postgres(process.env.DATABASE_URL!)`)."""
        found = self.program.resolve_value(mod, name)
        if found is None or found[0] is mod:
            return False
        owner, value = found
        # (handed on under another name, here or a module further: `const client = postgres(url); export
        # const pg = client`: the client is the call its name is bound to, whatever either is called)
        for _ in range(4):
            alias = sx.strip_types(value)
            if alias is None or alias.type != "identifier":
                break
            found = self.program.resolve_value(owner, sx.text(owner.src, alias))
            if found is None or found[1] == value:
                return False
            owner, value = found
        for c in sx.find(value, ("call_expression",), into_functions=False):
            binding = owner.imports.get(sx.callee_name(owner.src, c))
            if binding is not None and binding.spec in _SQL_CLIENT_PACKAGES:
                return True
        return False

    def _prepared_statement_op(self, mod: Module, call: Node) -> DbOp | None:
        """`await memberByHandle.execute({ handle })` (`.all` / `.get` / `.values` / `.run`), where the name is
        bound at the top of this module or of one it imports to a drizzle query built once and ended with
        `.prepare("name")` (`db.select().from(members).where(eq(members.handle, sql.placeholder("handle")))`):
        that query run here, on its table and with its columns (`select()` with none: whole rows), its
        placeholders bound from the object handed to the run, which is what picks the rows."""
        fn = call.child_by_field_name("function")
        obj = (
            sx.strip_types(fn.child_by_field_name("object"))
            if fn is not None and fn.type == "member_expression"
            else None
        )
        if obj is None or obj.type != "identifier":
            return None
        name = sx.text(mod.src, obj)
        if name not in mod.values and name not in mod.imports:
            return None  # (most such calls: `formData.get(k)`, `map.get(k)`, a local)
        outer = sx.enclosing_function(call)
        while outer is not None:
            if name in self._locals_of(mod, outer):
                return None  # a local of the same name, shadowing it
            outer = sx.enclosing_function(outer)
        found = self.program.resolve_value(mod, name)
        if found is None:
            return None
        held_in, value = found
        steps = chain_calls(value, held_in.src)
        if len(steps) < 2 or steps[-1][0] != "prepare":
            return None
        # (the query is the chain's first call a drizzle builder names: `db.select()`, `db.query.t.findFirst()`)
        inner = None
        for _, step in steps[:-1]:
            inner = classify_db(held_in, step, self.db_roots)
            if inner is not None:
                break
        if inner is None or inner.api != "drizzle":
            return None
        args = sx.call_args(call)
        return DbOp(
            inner.kind,
            inner.model,
            "drizzle",
            call,
            outer_chain(call),
            list(args),
            [],
            inner.projected,
            inner.whole_rows,
            inner.verb,
            prepared=True,
        )

    def _statement_helper_op(self, mod: Module, call: Node) -> DbOp | None:
        """`await legacyQuery("UPDATE chapters SET ...", [title, id])`: a project helper that runs the statement
        it is handed on a pg/mysql client (`pool.query(statement, values)`) is that statement's read or write,
        by its SQL verb."""
        # (the project function first: asked of every call by the walk anyway, and most calls run none)
        target = self.target(mod, call)
        if target is None or target.body is None:
            return None
        for index, kind, text in statement_args(mod, call):
            if runs_statement_param(target.module, target.node, index):
                return statement_op(call, kind, text)
        return None

    def _collection_local_op(self, mod: Module, call: Node) -> DbOp | None:
        """`const codes = await codesCollection(); await codes.findOne({ phone, code })`: a MongoDB
        collection handle held in a local, made in the function (`db.collection("codes")`) or answered
        by a project helper that returns one. (A list's `items.find(...)` has no such local.)"""
        if sx.last_name(sx.callee_name(mod.src, call)) not in MONGO_OPS:
            return None  # (the cheap test first, of the method's name: most calls call no collection method)
        fn = call.child_by_field_name("function")
        obj = fn.child_by_field_name("object") if fn is not None and fn.type == "member_expression" else None
        if obj is None or obj.type != "identifier" or fn is None:
            return None
        if sx.text(mod.src, fn.child_by_field_name("property")) not in MONGO_OPS:
            return None
        name = sx.text(mod.src, obj)
        outer = sx.enclosing_function(call)
        while outer is not None:
            value = self._locals_of(mod, outer).get(name)
            if value is not None:
                model = self._collection_of(mod, value)
                # (only one of the app's own, named collections: `db.collection(name)` on a connection
                # the caller describes, a database tool's, holds none of the app's records)
                return mongo_driver_op(mod.src, call, model) if model else None
            outer = sx.enclosing_function(outer)
        return None

    def _locals_of(self, mod: Module, fn: Node) -> dict[str, Node]:
        """`const x = <value>` in a function (not in those it nests), once per function."""
        key = (mod.path, fn.start_byte)
        found = self._fn_locals.get(key)
        if found is None:
            found = self._fn_locals[key] = {}
            for d in sx.find(fn, ("variable_declarator",), into_functions=False):
                pattern, value = d.child_by_field_name("name"), d.child_by_field_name("value")
                if pattern is not None and pattern.type == "identifier" and value is not None:
                    found[sx.text(mod.src, pattern)] = value
        return found

    def _collection_of(self, mod: Module, value: Node) -> str | None:
        """The collection ``value`` is a handle to: `db.collection("codes")`, or the answer of a project
        helper that returns one (directly or through a local)."""
        made = collection_handle(mod.src, value)
        call = sx.unwrap(value)
        if made is not None or call is None or call.type != "call_expression":
            return made
        target = self.target(mod, call)
        if target is None or target.module.src.find(b".collection", target.node.start_byte, target.node.end_byte) == -1:
            return None  # (the cheap test first: the helper must make a handle itself)
        src = target.module.src
        body = target.node.child_by_field_name("body")
        returns = [r.named_children[0] for r in sx.find(target.node, ("return_statement",), False) if r.named_children]
        if body is not None and body.type != "statement_block":
            returns.append(body)  # `const codes = () => client.db().collection("codes")`
        for ret in returns:
            returned = sx.unwrap(ret)
            if returned is not None and returned.type == "identifier":
                returned = self._locals_of(target.module, target.node).get(sx.text(src, returned))
            made = collection_handle(src, returned)
            if made == "":
                made = _collection_named_by_caller(mod.src, call, src, target.node, returned) or ""
            if made is not None:
                return made
        return None

    def sequelize_model(self, mod: Module, name: str) -> bool:
        """Is ``name`` (in ``mod``) a Sequelize model class, declared here or imported?"""
        key = (mod.path, name)
        if key not in self._sequelize_models:
            found = self.program.resolve_value(mod, name)
            self._sequelize_models[key] = found is not None and declares_sequelize_model(*found)
        return self._sequelize_models[key]

    def guard_named(self, callee: str) -> bool:
        """Is ``callee`` named like a guard the flow walk records (auth, signature, role, rate
        limit, audit, validation, an assert)? Pure of the name: decided once per callee."""
        named = self._guard_named.get(callee)
        if named is None:
            v = self.vocab
            named = self._guard_named[callee] = bool(
                v.is_auth_enforcer(callee)
                or _SIGNATURE_CALLS.search(callee)
                or v.is_role_call(callee)
                or v.is_rate_limit(callee)
                or v.is_audit(callee)
                or v.is_validation(callee)
                or _ASSERT_PREFIX.match(sx.last_name(callee))
            )
        return named

    def sink_named(self, callee: str) -> bool:
        """Could a call to ``callee`` be one of the non-database sinks `_Walker.call` records last
        (email, AI, fetch, fs, redirect, response)? Each of those tests requires this of the name
        alone: decided once per callee."""
        named = self._sink_named.get(callee)
        if named is None:
            last = sx.last_name(callee)
            named = self._sink_named[callee] = bool(
                is_email_send(callee)
                or vocab.AI_CALLS.search(callee)
                or callee == "fetch"
                or callee.endswith(("axios.get", "axios.post", "got", "ky"))
                or is_fs_call(callee)
                or ("." not in callee and is_fs_call("fs." + callee))
                or last in ("redirect", "permanentRedirect")
                or last in SPAWNS
                or _RESPOND.match(callee)
                or may_be_store_mutation(callee)
                or (callee.count(".") == 1 and last in _REMOTE_FILE_METHODS)
            )
        return named

    def _checked_answer_call(self, fn: Function, value: Node | None, st: State) -> bool:
        """`return roleAtLeast(user, role)` of `const { user } = await getSession()`: the answer of a project
        helper that answers a role or ownership check (`Summary.answers_check`), handed the session's
        record, handed back as it is: the same check asked of the caller."""
        node = sx.unwrap(value)
        if node is None or node.type != "call_expression":
            return False
        mine = st.session | st.fetched
        if not any(identifiers(fn.module.src, a) & mine for a in sx.call_args(node)):
            return False
        target = self.target(fn.module, node)
        return target is not None and target is not fn and self.summary(target).answers_check

    def _secret_refusal_call(self, fn: Function, value: Node | None) -> bool:
        """`return checkBearer(req, "KEY")` (or `await`ed): the answer of a `Summary.secret_refusal`
        helper handed back as it is."""
        node = sx.unwrap(value)
        if node is None or node.type != "call_expression":
            return False
        target = self.target(fn.module, node)
        return target is not None and target is not fn and self.summary(target).secret_refusal

    def target(self, mod: Module, call: Node) -> Function | None:
        """The project function a call runs, once per call node (flows, bindings, conditions and
        rules all ask; modules do not change during a scan). Keyed by the node's id, unique among
        the live trees of the scan, which the program keeps."""
        key = (mod.path, call.id)
        if key in self._targets:
            return self._targets[key]
        found = self._targets[key] = self._target(mod, call)
        return found

    def _target(self, mod: Module, call: Node) -> Function | None:
        fn = sx.strip_types(call.child_by_field_name("function"))
        if _awaits_generic(call):
            fn = sx.unwrap(fn)  # (`await f<T>(x)`: tree-sitter's TS grammar puts the await inside)
        if fn is not None and fn.type == "member_expression":
            # `AdminGate.check(req, res)`: a static method of a project class
            obj, prop = fn.child_by_field_name("object"), fn.child_by_field_name("property")
            if obj is not None and obj.type == "this" and prop is not None:
                # `return this.write(id, data)` in a service method: another method of the same instance
                declared = _enclosing_class(call)
                return instance_member(mod, declared, sx.text(mod.src, prop)) if declared is not None else None
            if obj is None or obj.type != "identifier" or prop is None:
                return None
            obj_name, prop_name = sx.text(mod.src, obj), sx.text(mod.src, prop)
            if obj_name in mod.imports:
                # `dbActions.createChat(...)` with `import * as dbActions from "@/lib/db/actions"`
                member = self.program.resolve_function(mod, f"{obj_name}.{prop_name}")
                if member is not None:
                    return member
            static = None
            if obj_name[:1].isupper():
                static = self.program.resolve_static_method(mod, obj_name, prop_name)
            if static is None and (obj_name in mod.imports or obj_name in mod.values):
                # `chatStore.deleteThread(id)`: a method of a project object (literal or class instance)
                static = self.program.resolve_object_method(mod, obj_name, prop_name)
            elif static is None:
                # `const sink = new EntrySink(); await sink.writeAll(entries)`: an instance made here
                # (whether the file says `<name> = new ` at all: once per module and name, not per call)
                made = self._instance_made.get((mod.path, obj_name))
                if made is None:
                    made = self._instance_made[(mod.path, obj_name)] = (obj_name + " = new ").encode() in mod.src
                cls = _local_instance_class(mod, call, obj_name) if made else None
                static = self.program.resolve_instance_method(mod, cls, prop_name) if cls is not None else None
            if static is not None or not effect.imports_effect(mod):
                return static
            # `svc.getSession()` with `const svc = yield* _(AuthService)`: the service's implementation
            key = (mod.path, call.start_byte)
            if key not in self._effect_methods:
                self._effect_methods[key] = effect.service_method(self.program, mod, call, obj_name, prop_name)
            return self._effect_methods[key]
        if fn is None or fn.type != "identifier":
            return None
        name = sx.text(mod.src, fn)
        found = self.program.resolve_function(mod, name)
        if found is None and name not in mod.imports and name in self._nested_function_names(mod):
            found = local_closure(mod, call, name)
        if found is None and name not in mod.imports and self.runtime_imports(mod)[0]:
            found = self._dynamically_imported(mod, call, name)
        return found

    def runtime_imports(self, mod: Module) -> tuple[bool, bool]:
        """Does the module's text hold a dynamic `import(`, and one of the AI SDK (`import("ai")`)? Read
        once per module (a module's source never changes during a scan), not once per call asked about."""
        found = self._runtime_imports.get(mod.path)
        if found is None:
            dynamic = b"import(" in mod.src
            found = self._runtime_imports[mod.path] = (dynamic, dynamic and _AI_IMPORT.search(mod.src) is not None)
        return found

    def _dynamically_imported(self, mod: Module, call: Node, name: str) -> Function | None:
        """`const { validatePinSession: validate } = await import("@/lib/pin-auth"); await validate()`:
        a name bound, in a function around the call, from a module imported at run time."""
        for scope in sx.ancestors(call):
            if scope.type not in sx.FUNCTION_TYPES:
                continue
            for d in sx.find(scope, ("variable_declarator",), into_functions=False):
                pattern, value = d.child_by_field_name("name"), sx.unwrap(d.child_by_field_name("value"))
                if pattern is None or pattern.type != "object_pattern" or value is None:
                    continue
                head = value.child_by_field_name("function") if value.type == "call_expression" else None
                args = sx.call_args(value) if head is not None and head.type == "import" else []
                spec = sx.string_value(mod.src, args[0]) if args else None
                if not spec:
                    continue
                for part in pattern.named_children:
                    if part.type == "shorthand_property_identifier_pattern" and sx.text(mod.src, part) == name:
                        return self.program.dynamic_import_function(mod, spec, name)
                    if part.type == "pair_pattern":
                        key, bound = part.child_by_field_name("key"), part.child_by_field_name("value")
                        if key is not None and bound is not None and sx.text(mod.src, bound) == name:
                            return self.program.dynamic_import_function(mod, spec, sx.text(mod.src, key))
        return None

    def checks_capability(self, mod: Module, callee: str) -> bool:
        """``await codes.validateCode(fullCode)`` with ``codes`` built by a project factory whose
        method looks the code up by a column the project fills with a secure random value (or a
        secret-named one) and throws on a miss: an unguessable capability, the caller's credential
        (not one looked up by an id or by a short code a person types)."""
        obj, dot, method = callee.partition(".")
        if not dot or "." in method or not _CODE_CHECK.match(method):
            return False
        key = (mod.path, callee)
        found = self._capabilities.get(key)
        if found is None:
            fn = self.program.resolve_factory_method(mod, obj, method)
            found = self._capabilities[key] = fn is not None and self._capability_lookup(fn)
        return found

    def _capability_lookup(self, fn: Function) -> bool:
        """The first lookup of ``fn`` is found by a capability column and a miss throws next."""
        src, body = fn.module.src, fn.body
        stmts = sx.statements(body) if body is not None and body.type == "statement_block" else []
        for i, stmt in enumerate(stmts):
            decl = stmt.named_children[0] if stmt.type == "lexical_declaration" and stmt.named_children else None
            value = sx.unwrap(decl.child_by_field_name("value")) if decl is not None else None
            name = decl.child_by_field_name("name") if decl is not None else None
            if value is None or name is None or name.type != "identifier" or value.type != "call_expression":
                continue
            op = self.classify(fn.module, value)
            if op is not None and op.kind != "read":
                return False  # work before any code was checked
            where = object_keys(src, op.args[0]).get("where") if op is not None and op.args else None
            columns = {k for k, v in _filter_pairs(src, where) if _presented(v)}
            # (the factory that returned the method is where its codes are issued)
            scope = sx.enclosing_function(fn.node.parent) if fn.node.parent is not None else None
            if any(_capability_column(fn.module, scope, c) for c in columns):
                return _throws_on_miss(src, stmts[i + 1 : i + 2], sx.text(src, name))
        return False

    def _nested_function_names(self, mod: Module) -> frozenset[str]:
        """Names a function of ``mod`` is declared under anywhere in it (once per module): most
        unresolved calls (`fetch`, `redirect`, `String`) name none, and skip the scope search."""
        names = self._nested_names.get(mod.path)
        if names is None:
            found: set[str] = set()
            for decl in mod.parsed.find(("variable_declarator", "function_declaration"), mod.parsed.root):
                value = (
                    sx.strip_types(decl.child_by_field_name("value")) if decl.type == "variable_declarator" else decl
                )
                declared = decl.child_by_field_name("name")
                if value is not None and declared is not None and sx.is_function(value):
                    found.add(sx.text(mod.src, declared))
            names = self._nested_names[mod.path] = frozenset(found)
        return names

    def callback_function(self, mod: Module, arg: Node) -> Function | None:
        """The function an argument hands over: inline (`withRetry(async () => ...)`), a closure of
        the enclosing function (`withRetry(getUserFunc)`) or a project function."""
        node = sx.strip_types(arg)
        if node is None:
            return None
        if sx.is_function(node):
            return mod.function_for(node)
        if node.type != "identifier":
            return None
        name = sx.text(mod.src, node)
        local = local_closure(mod, node, name) if name in self._nested_function_names(mod) else None
        return local or self.program.resolve_function(mod, name)

    def is_auth_source_call(self, mod: Module, call: Node) -> bool:
        callee = sx.callee_name(mod.src, call)
        target = self.target(mod, call)
        if target is not None:
            s = self.summary(target)
            # a project `validateRequest()`/`getSession()` wrapping a library session read still
            # returns a session to check, even when its body is opaque to us (a synchronous one that
            # neither reads a session nor calls one, `validatePlanRequest(body)`, checks a payload)
            # (`import { getCurrentSession as readSession }`: the project's reader under its declared name)
            named = self.vocab.is_auth_source(callee) or self.vocab.is_auth_source(_declared_import(mod, callee))
            return (
                s.auth_source
                or s.enforces_auth
                or (named and (target.is_async or not self._plain_checker(target)) and not self._body_parser(target, s))
            )
        callee = _unaliased(mod, callee)
        return (
            self.vocab.is_auth_source(callee)
            or self.vocab.is_auth_enforcer(callee)
            or library_session_reader(mod, callee)
            or self._better_auth_permission(mod, call, callee)
            or self._lost_session_reader(mod, callee)
        )

    def _lost_session_reader(self, mod: Module, callee: str) -> bool:
        """`getUserAuth()` imported from a project path that resolves to no file (a module moved away, an
        alias the scan cannot follow): out of sight, a reader named for the session or the caller's auth
        is read as one; its answer still has to be tested to count."""
        binding = mod.imports.get(callee) if "." not in callee else None
        return (
            binding is not None
            and binding.spec.startswith(("./", "../", "@/", "~/"))
            and _LOST_SESSION_READER.match(binding.imported if binding.imported not in ("*", "default") else callee)
            is not None
            and self.program.index.resolve(binding.spec, mod.path) is None
        )

    def _better_auth_permission(self, mod: Module, call: Node, callee: str) -> bool:
        """`auth.api.hasPermission({ headers: await headers(), body: { permissions } })` on the project's
        `betterAuth({...})`: the organisation plugin asks it of the session the headers carry (its session
        middleware throws without one), so its answer (`{ success, error }`) is the signed-in caller's, to
        be tested as a session is. Not without the headers (nobody's session is asked about)."""
        if not callee.endswith(".api.hasPermission"):
            return False
        args = sx.call_args(call)
        if not args or "headers" not in object_keys(mod.src, args[0]):
            return False
        return better_auth_instance(self.program, mod, callee)

    def _then_of_auth_source(self, mod: Module, call: Node) -> bool:
        """`getUser().then(cb)` with one callback: what the callback answers comes from the session read."""
        callee = call.child_by_field_name("function")
        if (
            callee is None
            or callee.type != "member_expression"
            or mod.text(callee.child_by_field_name("property")) != "then"
        ):
            return False
        args = sx.call_args(call)
        cb = sx.strip_types(args[0]) if len(args) == 1 else None
        if cb is None or not sx.is_function(cb):
            return False
        inner = sx.unwrap(callee.child_by_field_name("object"))
        return inner is not None and inner.type == "call_expression" and self.is_auth_source_call(mod, inner)

    def _runs_session_callback(self, mod: Module, call: Node) -> bool:
        """`return runWithServerContext({ cookies, operation: async (ctx) => getCurrentUser(ctx) })`: a
        library runner handed one callback (directly or as an option) that answers a session read answers
        that read, for the caller to check."""
        if self.target(mod, call) is not None:
            return False
        callbacks: list[Node] = []
        for arg in sx.call_args(call):
            a = sx.strip_types(arg)
            if a is not None and sx.is_function(a):
                callbacks.append(a)
            elif a is not None and a.type == "object":
                for pair in a.named_children:
                    value = sx.strip_types(pair.child_by_field_name("value")) if pair.type == "pair" else None
                    if value is not None and sx.is_function(value):
                        callbacks.append(value)
        return len(callbacks) == 1 and self.summary(mod.function_for(callbacks[0])).auth_source

    def client_guard(self, mod: Module, op: DbOp, callee: str) -> tuple[bool, bool]:
        """(signs the caller in, keeps the query in the caller's tenant) for a Prisma query made through
        a client extended with query hooks (`db.product.delete(...)` with `db = prisma.$extends({ query:
        ... })`): what its hooks do for that operation of that model (`client_hooks`)."""
        parts = callee.split(".")
        if op.api != "prisma" or not op.model or len(parts) != 3:
            return (False, False)
        key = (mod.path, parts[0])
        if key not in self._client_hooks:
            found = self.program.resolve_value(mod, parts[0])
            self._client_hooks[key] = (
                client_hooks.extension_hooks(found[0], found[1], self.program.resolve_value)
                if found is not None
                else None
            )
        hooks = self._client_hooks[key]
        if not hooks:
            return (False, False)
        authed = scoped = False
        for hook in hooks:
            memo = (hook.mod.path, str(hook.fn.start_byte), op.verb, op.model)
            if memo not in self._hook_guards:
                self._hook_guards[memo] = client_hooks.hook_guards(
                    hook, op.verb, op.model, self.is_auth_source_call, self._enforcing_call
                )
            a, s = self._hook_guards[memo]
            authed, scoped = authed or a, scoped or s
        return (authed, scoped)

    def _enforcing_call(self, mod: Module, call: Node) -> bool:
        """`await requireOrg()`: a call that throws when nobody is signed in."""
        target = self.target(mod, call)
        if target is not None:
            return self.summary(target).enforces_auth
        return self.vocab.is_auth_enforcer(_unaliased(mod, sx.callee_name(mod.src, call)))

    def _body_parser(self, fn: Function, s: Summary) -> bool:
        """A project `validateRequest(request, schema)` that runs a schema over the body it is handed and
        touches no cookie, header or session: a payload check named like Lucia's session reader."""
        return s.validates and not _CREDENTIAL_READ.search(sx.text(fn.module.src, fn.node))

    def plain_function(self, fn: Function, depth: int = 0) -> bool:
        """``fn`` is synchronous and calls only built-ins and project functions that are so too (a few
        levels down): it reads nothing but its arguments and module constants."""
        if fn.is_async or depth > 2:
            return False
        mod = fn.module
        for call in sx.find(fn.node, ("call_expression", "new_expression")):
            fun = call.child_by_field_name("function") or call.child_by_field_name("constructor")
            root = sx.root_identifier(mod.src, fun)
            if root in mod.imports or root in _SECRET_GLOBALS:
                return False
            called = self.target(mod, call) if call.type == "call_expression" else None
            if called is not None and (called.body is None or not self.plain_function(called, depth + 1)):
                return False
        return True

    def _plain_checker(self, fn: Function) -> bool:
        """A synchronous function whose body calls nothing but built-ins (`errors.push`, `Object.values`,
        `Array.isArray`): no session, key or token can be read there, whatever its name says."""
        mod = fn.module
        for call in sx.find(fn.node, ("call_expression", "new_expression")):
            fun = call.child_by_field_name("function") or call.child_by_field_name("constructor")
            root = sx.root_identifier(mod.src, fun)
            if root in mod.imports or root in _SECRET_GLOBALS:  # (no root: a method of a literal)
                return False
            if call.type == "call_expression" and self.target(mod, call) is not None:
                return False
        return True

    def helper_flow(self, fn: Function) -> Flow:
        """``flow(fn)`` from an empty state, once per function: the rules ask it of a helper each
        time an entry point calls it (they only read it). Not stored while a summary is being
        worked out: a flow then may see a function in progress as doing nothing."""
        if self._in_progress:
            return self.flow(fn)
        found = self._helper_flows.get(fn.key)
        if found is None:
            found = self._helper_flows[fn.key] = self.flow(fn)
        return found

    def summarising(self) -> bool:
        """Is a summary being worked out (a function in progress may be seen as doing nothing)?"""
        return bool(self._in_progress)

    def client_flow(self, fn: Function) -> Flow:
        """``flow(fn, State(client=set(fn.params)))``, once per function (read only by its askers),
        stored like ``helper_flow``: not while a summary is being worked out."""
        if self._in_progress:
            return self.flow(fn, State(client=set(fn.params)))
        found = self._client_flows.get(fn.key)
        if found is None:
            found = self._client_flows[fn.key] = self.flow(fn, State(client=set(fn.params)))
        return found

    def may_float(self, fn: Function) -> bool:
        """Could ``flow(fn)`` record a "floating" event? Each one is a call of ``fn`` (its inline
        callbacks included) left un-awaited (`is_awaited`) to a project function that is async (or
        returns an Effect: `Summary.is_async`) or to one named as an async auth call: a cheap test
        that spares floating-auth-check the walk of most helpers. (Keep it in step with the walk's
        "floating" events.)"""
        src = fn.module.src
        v = self.vocab
        for call in sx.find(fn.node, ("call_expression",)):
            if is_awaited(call):
                continue
            callee = sx.callee_name(src, call)
            if (
                callee == "auth"
                or _known_async_name(callee)
                or sx.last_name(callee) in vocab.UNRESOLVED_ASYNC_AUTH
                or v.is_auth_source(callee)
                or v.is_auth_enforcer(callee)
            ):
                return True
            target = self.target(fn.module, call)
            if target is not None and (target.is_async or effect.returns_effect(target)):
                return True
        return False

    def throws_if_first(self, fn: Function) -> bool:
        """`throwIfError(condition, message)`: its body opens with `if (condition) throw ...`."""
        found = self._throws_if.get(fn.key)
        if found is None:
            params, body = fn.params, fn.body
            stmts = sx.statements(body) if body is not None and body.type == "statement_block" else []
            first = stmts[0] if stmts and stmts[0].type == "if_statement" else None
            cond = sx.unwrap(first.child_by_field_name("condition")) if first is not None else None
            found = (
                first is not None
                and bool(params)
                and cond is not None
                and cond.type == "identifier"
                and sx.text(fn.module.src, cond) == params[0]
                and sx.exits(fn.module.src, first.child_by_field_name("consequence")) == "throw"
            )
            self._throws_if[fn.key] = found
        return found

    def settles_errors(self, fn: Function) -> bool:
        """`asaw(p)`: answers an array whose first element is the error when the promise it is handed
        rejects (`p.then((r) => [null, r]).catch((e) => [e])`, or `try { return [null, await p] }
        catch (e) { return [e, undefined] }`)."""
        found = self._settlers.get(fn.key)
        if found is None:
            found = self._settlers[fn.key] = self._settles_errors(fn)
        return found

    def _settles_errors(self, fn: Function) -> bool:
        params, body = fn.params, fn.body
        if not params or body is None:
            return False
        src = fn.module.src
        for node in sx.find(body, ("call_expression", "catch_clause"), into_functions=False):
            if node.type == "call_expression":
                callee = sx.callee_name(src, node)
                args = sx.call_args(node)
                cb = sx.strip_types(args[0]) if len(args) == 1 else None
                if not callee.endswith(".catch") or callee.split(".", 1)[0] != params[0] or cb is None:
                    continue
                if not sx.is_function(cb):
                    continue
                handler: Node | None = cb
                caught = sx.param_names(src, cb)
            else:
                try_stmt = node.parent
                block = try_stmt.child_by_field_name("body") if try_stmt is not None else None
                if block is None or not any(
                    sx.root_identifier(src, a.named_children[0]) == params[0]
                    for a in sx.find(block, ("await_expression",), into_functions=False)
                    if a.named_children
                ):
                    continue
                handler = node.child_by_field_name("body")
                caught = sx.pattern_names(src, node.child_by_field_name("parameter"))
            if handler is None or len(caught) != 1:
                continue
            answers = [
                sx.unwrap(r.named_children[0])
                for r in sx.find(handler, ("return_statement",), into_functions=False)
                if r.named_children
            ]
            if handler.type != "statement_block" and sx.is_function(handler):
                out = sx.unwrap(handler.child_by_field_name("body"))
                answers = [out] if out is not None and out.type != "statement_block" else answers
                if out is not None and out.type == "statement_block":
                    answers = [
                        sx.unwrap(r.named_children[0])
                        for r in sx.find(out, ("return_statement",), into_functions=False)
                        if r.named_children
                    ]
            if answers and all(
                a is not None
                and a.type == "array"
                and a.named_children
                and sx.root_identifier(src, a.named_children[0]) == caught[0]
                for a in answers
            ):
                return True
        return False

    def settled_value_at(self, fn: Function) -> int | None:
        """`tryCatch(p)`: answers a pair holding what the promise it is handed settles to (`try { const
        data = await p; return [data, null] } catch (e) { return [null, e] }`): that value's position."""
        pair = self.settled_pair(fn)
        return pair[0] if pair is not None else None

    def settled_pair(self, fn: Function) -> tuple[int, int | None] | None:
        """``settled_value_at``'s position of the settled value, and that of the error the settler caught
        (None when no slot holds it)."""
        if fn.key not in self._value_settlers:
            self._value_settlers[fn.key] = self._settled_pair(fn)
        return self._value_settlers[fn.key]

    def _settled_pair(self, fn: Function) -> tuple[int, int | None] | None:
        params, body = fn.params, fn.body
        if not params or body is None:
            return None
        src = fn.module.src
        for clause in sx.find(body, ("catch_clause",), into_functions=False):
            try_stmt = clause.parent
            block = try_stmt.child_by_field_name("body") if try_stmt is not None else None
            handler = clause.child_by_field_name("body")
            if block is None or handler is None:
                continue
            # the names holding the settled value: `await p` itself, or a const it is bound to
            held = {f"await {params[0]}"}
            for d in sx.find(block, ("variable_declarator",), into_functions=False):
                value = sx.strip_types(d.child_by_field_name("value"))
                if value is not None and sx.text(src, value) == f"await {params[0]}":
                    held.add(sx.text(src, d.child_by_field_name("name")))
            at: set[int] = set()
            for r in sx.find(block, ("return_statement",), into_functions=False):
                answer = sx.strip_types(r.named_children[0]) if r.named_children else None
                if answer is None or answer.type != "array":
                    return None
                at |= {i for i, e in enumerate(answer.named_children) if sx.text(src, sx.strip_types(e)) in held}
            if len(at) != 1:
                continue
            index = next(iter(at))
            # every refusal answers an empty slot there (`[null, e]`): the value is only ever what settled
            failed = [
                sx.strip_types(r.named_children[0])
                for r in sx.find(handler, ("return_statement",), into_functions=False)
                if r.named_children
            ]
            if failed and all(
                a is not None
                and a.type == "array"
                and index < len(a.named_children)
                and sx.text(src, sx.strip_types(a.named_children[index])) in ("null", "undefined")
                for a in failed
            ):
                caught = sx.pattern_names(src, clause.child_by_field_name("parameter"))
                slots = {
                    frozenset(i for i, e in enumerate(a.named_children) if sx.root_identifier(src, e) in caught)
                    for a in failed
                    if a is not None
                }
                error = next(iter(next(iter(slots)))) if len(slots) == 1 and len(next(iter(slots))) == 1 else None
                return index, error
        return None

    def param_gate(self, fn: Function) -> bool:
        """`assertAssigned(memberId, ticketId)`: a helper that throws unless a row loaded by what it is
        handed ties one argument (the caller's id) to another (the resource): walked with its
        parameters taken as the caller's own, it checks an owner or a role, and it throws."""
        found = self._param_gates.get(fn.key)
        if found is None:
            leans = self._leans
            params = fn.params
            found = (
                len(params) >= 2
                and fn.body is not None
                and any(True for _ in sx.find(fn.body, ("throw_statement",)))
                and self._gates_params(fn)
            )
            if self._keeps(leans):
                self._param_gates[fn.key] = found
        return found

    def vetted_params(self, fn: Function) -> frozenset[int]:
        """`isArchiveUrl(input) { const url = new URL(input); if (url.hostname.endsWith(".slack.com"))
        return true; return false }`: the positions of the parameters a predicate answers `true` for
        only past a check of them (or of a local made from them); its other answers are `false`."""
        found = self._vetted.get(fn.key)
        if found is not None:
            return found
        leans = self._leans
        src = fn.module.src
        params = fn.params
        out: frozenset[int] = frozenset()
        body = fn.body
        if params and body is not None and src.find(b"return true", body.start_byte, body.end_byte) != -1:
            returns = [e for e in self.helper_flow(fn).events if e.kind == "return"]
            texts = [sx.text(src, sx.unwrap(e.value)) for e in returns]
            if returns and all(t in ("true", "false") for t in texts):
                made = {
                    name: identifiers(src, d.child_by_field_name("value"))
                    for d in sx.find(body, ("variable_declarator",))
                    for name in sx.pattern_names(src, d.child_by_field_name("name"))
                }
                passed = [e.state.validated for e, t in zip(returns, texts, strict=True) if t == "true"]
                out = frozenset(
                    i
                    for i, p in enumerate(params)
                    if passed and all(p in v or any(p in made.get(n, ()) for n in v) for v in passed)
                )
        if self._keeps(leans):
            self._vetted[fn.key] = out
        return out

    def ops_checked_with(self, fn: Function, handed: frozenset[str]) -> tuple[bool, ...] | None:
        """`index({ communityId, permissions })` handed the caller's session-derived ``permissions``,
        that answers 403 on `!permissions.user` first: per op of ``fn`` (`Summary.ops` order), does it
        run past the helper's own check of what it was handed? (None: the walks disagree.)"""
        key = (fn.key, handed)
        if key in self._checked_ops:
            return self._checked_ops[key]
        leans = self._leans
        params = fn.params
        seeded = State(client=set(params) - handed, session=set(handed), fetched=set(handed))
        walked = self.flow(fn, seeded, frozenset(params)).events
        events = [(i, e) for i, e in enumerate(walked) if e.kind == "db" and e.op is not None]
        ops = self.summary(fn).ops
        found = (
            tuple(
                e.state.auth is not None or _consumed_after_check(fn.module.src, fn.node, walked, i) for i, e in events
            )
            if len(events) == len(ops)
            else None
        )
        if self._keeps(leans):
            self._checked_ops[key] = found
        return found

    def local_function_names(self, fn: Function) -> frozenset[str]:
        """The names `const x = async (...) => ...` / `= function` / `= (...)` / `= make(...)` binds in
        ``fn``'s text (`_Walker._local_handler`'s pre-test), read once per function with one fixed
        pattern (not a pattern compiled per returned name)."""
        found = self._local_fn_names.get(fn.key)
        if found is None:
            text = sx.text(fn.module.src, fn.node)
            found = self._local_fn_names[fn.key] = frozenset(m.group(1) for m in _LOCAL_FUNCTION.finditer(text))
        return found

    def _gates_params(self, fn: Function) -> bool:
        final = self.flow(fn, State(client=set(fn.params), fetched=set(fn.params))).final
        return final.role or final.owner

    def flow(
        self, fn: Function, initial: State | None = None, held: frozenset[str] = frozenset(), entry: bool = False
    ) -> Flow:
        """``entry``: ``fn`` is an entry point, its client names what a visitor sent (a helper's are
        whatever its callers hand it: `user.role` of a parameter may be the session's)."""
        walker = _Walker(self, fn, initial or State(), held, entry)
        body = fn.body
        if body is None:
            return Flow(fn, [], walker.state, {}, [])
        if body.type == "statement_block":
            walker.block(sx.statements(body), walker.state)
        else:  # concise arrow body: `async (x) => db.post.delete(...)`
            walker.expr(body, walker.state)
            walker.events.append(Event("return", body, walker.state.copy(), value=body, catch_param=None))
            inner = returned_function(body)
            if inner is not None:
                walker.returned_functions.append(inner)
        return Flow(
            fn,
            walker.events,
            walker.state,
            walker.records,
            walker.returned_functions,
            walker.param_calls,
            walker.audits_somewhere,
            walker.audit_depth,
            frozenset(walker.held_gates),
            frozenset(walker.auth_errors),
            frozenset(walker.trimmed),
            frozenset(walker.gated_catches),
            frozenset(walker.role_lists),
            walker.subject_gated,
            frozenset((p, v) for p, vs in walker.role_values.items() for v in vs),
            frozenset(walker.role_wildcards),
            frozenset(walker.handed_client),
            frozenset(walker.token_gates),
        )


def _authjs_request_param(fn: Function) -> str | None:
    """The request parameter of a handler handed straight to Auth.js v5's `auth(...)` (`auth(async
    function (req, ctx) { ... })`, a project's name for it imported or bound as `auth`): Auth.js
    calls it with `req.auth` holding the session, or null."""
    src = fn.module.src
    start = fn.node.start_byte
    # (a text pre-test first: climbing to the parent costs, and most functions are no such handler)
    before = src[max(0, start - 64) : start].rstrip()
    if not before.endswith(b"auth(") or (len(before) > 5 and (chr(before[-6]).isalnum() or before[-6] in b"_$.")):
        return None
    args = fn.node.parent
    call = args.parent if args is not None and args.type == "arguments" else None
    if call is None or call.type != "call_expression" or sx.callee_name(src, call) != "auth":
        return None
    if sx.call_args(call) != [fn.node]:
        return None
    params = fn.params
    return params[0] if params else None


# `const fn = async (req) => ...`, `let h = function`, `const wrapped = withAuth(...)`: a local that may
# hold a function (a lookahead: declarations close together are each found)
_LOCAL_FUNCTION = re.compile(r"\b(?:const|let)\s+([\w$]+)(?=\s*(?::[^=;]+)?=\s*(?:async\b|function\b|\(|[\w$.]+\())")


# A structured-logger line (`logger.info(...)`) is an audit where an entry point writes it or in a
# helper it calls; deeper, it logs that helper's own business (a telemetry ping reached through the
# auth wrapper), not the operation. An audit by name counts at any depth.
_NO_AUDIT = 99
_LOG_REACH = 2


def _log_depth(v: vocab.Vocabulary, callee: str) -> int:
    return 1 if v.logs_only(callee) else 0


_THRESHOLD_OPS = frozenset({"<", ">", "<=", ">="})


def _telemetry_line(src: bytes, call: Node) -> bool:
    """A structured log line that records no operation: one in a `catch` block (the failure), or under a
    threshold test (`if (took > 1500) logger.warn(...)`: a slow or large request). Found by its place in
    the source, as a wrapper's walk also meets the calls of the function it returns."""
    child, p = call, call.parent
    while p is not None and p.type not in sx.FUNCTION_TYPES:
        if p.type == "catch_clause":
            return True
        if p.type == "if_statement" and child != p.child_by_field_name("condition"):
            cond = sx.unwrap(p.child_by_field_name("condition"))
            op = cond.child_by_field_name("operator") if cond is not None and cond.type == "binary_expression" else None
            return op is not None and sx.text(src, op) in _THRESHOLD_OPS
        child, p = p, p.parent
    return False


# Calls that build a value from their arguments (a protobuf `create(Schema, {...})`, `buildRequest`).
# the names a Firestore document reference or query is made by (`db.collection("c").doc(id)`)
_FIRESTORE_MAKERS = re.compile(rb"\b(doc|collection)\b")
_BUILDS = re.compile(r"^(create|build|make)$|^(build|make)[A-Z]")
# `generateWebhookSignature(payload, secret)`, `signPayload(body, key)`, `encrypt(data, key)`: a value the
# server makes with its own key for someone else to check (an outgoing webhook's signature); it names
# nobody who called (`signIn(...)`, `signedUrl`, `verify*` are not these)
_SIGNS_OUTGOING = re.compile(
    r"^(?:(?:generate|compute|create|calculate|calc|make|build|get)\w*(?:Signature|Hmac|Digest)"
    r"|sign(?!In|Up|Out|ed)\w*|hmac\w*|encrypt\w*)$"
)


def _seat_filters(src: bytes, op: DbOp) -> list[Node]:
    """What a membership read filters by (a Prisma query's `where`, not what it selects)."""
    if op.api == "prisma" and op.args:
        where = object_keys(src, op.args[0]).get("where")
        return [where] if where is not None else []
    return list(op.args)


class _Walker:
    def __init__(
        self, az: Analyzer, fn: Function, state: State, held: frozenset[str] = frozenset(), entry: bool = False
    ) -> None:
        self.az = az
        # an entry point's walk: its client names hold what the visitor sent, never the server's
        # knowledge of them (a role among them is a claim, `_claimed`)
        self.entry = entry
        self.fn = fn
        self.mod = fn.module
        self.src = fn.module.src
        self.state = state
        self.events: list[Event] = []
        self.records: dict[str, DbOp] = {}
        # locals holding a Supabase query not yet awaited (`let query = supabase.from(t).select("*")`)
        self.pending_queries: set[str] = set()
        self.lookups: dict[str, Node] = {}  # names bound to a project helper's answer (`getMembership(userId)`)
        self.catch: list[str | None] = []
        self.returned_functions: list[Node] = []
        self.cookie_names: set[str] = set()  # names bound to a raw cookie (not a session until verified)
        if not entry:
            # `verifyStaff(cookie: string | undefined)`: a helper handed the cookie its caller read, which
            # it then verifies (`jwt.verify(cookie, key)`), as if it had read the cookie itself
            self.cookie_names |= {p for p in fn.params if "cookie" in vocab.words(p)}
        self.scoped_records: set[str] = set()  # records read with a session-derived filter
        # ... of those, the rows found only when they hold a role the code names (`_role_required_filter`)
        self.role_records: set[str] = set()
        self.role_verdicts: set[str] = set()  # answers of a permission question about the session's user
        self.auth_errors: set[str] = set()  # `error` / `result.error`: set whenever nobody is signed in
        self.secret_errors: set[str] = set()  # ... of those, set whenever the caller's secret did not match
        # `const allowed = canEdit(id)` un-awaited, then tested: a Promise, never falsy (`!allowed` never holds)
        self.promised: set[str] = set()
        # `const res = await supabase.auth.getUser()` (or its `{ data }`): the library's answer object,
        # set whether or not anybody is signed in (`!res` never holds; `res.data.user` is the session)
        self.answer_wrappers: set[str] = set()
        # rows found by the caller's one-time code (`where: { token: code }`), and constant-time verdicts
        # on a secret it presents (`const ok = header !== null && safeCompare(header, expected)`)
        self.code_records: set[str] = set()
        self.secret_refusals: set[str] = set()  # `denied = verifyCronAuth(req)`: authenticated once falsy
        # `const session = await getServerSession(opts)`, not checked yet: a plain `session.user.id` past it
        # throws when signed out (`_throwing_derefs`)
        self.nullable_sessions: set[str] = set()
        # `const me = await User.findOne({ clerkId: userId })` past such an unchecked session: with no one
        # signed in the filter is `{ clerkId: null }`, which matches every document lacking the key, so
        # finding `me` proves no sign-in (`_null_matching_lookup`)
        self.null_matched: set[str] = set()
        self.status_gates: dict[str, str] = {}  # `res = await checkApiKey(key)` -> the status it answers a pass
        # `denied = await ensureAdmin()`: (role, owner, signed in) once falsy
        self.refusals: dict[str, tuple[bool, bool, bool]] = {}
        # ... of a keyed refusal (`Summary.refusal_checked`): the arguments it checked, once exited on
        self.refusal_checks: dict[str, set[str]] = {}
        # `{ user } = await getApiStaff(roles)`: (role, owner, signed in) once `user` holds (`Summary.pass_key`)
        self.pass_keys: dict[str, tuple[bool, bool, bool]] = {}
        # `gate = await verifyStaff()`: (key, role, owner) once `gate.ok` holds (`Summary.verdict_gate`)
        self.verdict_gates: dict[str, tuple[str, bool, bool]] = {}
        # `actor = await requireMember()`: (key, role, owner) once a test true for its failure fails
        # (`Summary.error_gate`)
        self.error_gates: dict[str, tuple[str, bool, bool]] = {}
        self.thrown_gates: list[int] = []  # where a role/owner check that refuses by throwing was passed
        self.token_gates: list[int] = []  # where a signed token was verified (`verify(token, key)` throws)
        self.parallel: Node | None = None  # a `Promise.all` element walked again as awaited (`_parallel_guards`)
        self.signed_out: set[str] = set()  # `const isGuest = !userId`: true exactly when nobody is signed in
        # `const canEdit = me.id === userId || me.role === "Admin"`: the test a local holds (`_held_test`)
        self._held_tests: dict[str, Node] | None = None
        self._held_quantified: dict[str, Node] | None = None
        # `let customer = null; if (email) { ...verify the signature or 401...; customer = await find(email) }`:
        # locals given a value only where the caller was authenticated (how), and those given one elsewhere
        self.set_when_authed: dict[str, str] = {}
        self.set_otherwise: set[str] = set()
        # `const isAdmin = me?.role === "admin" || me?.role === "owner"`: true exactly for the roles named
        self.role_flags: set[str] = set()
        # ternaries whose branches are being walked each with a state of its own (`value`)
        self.split_ternaries: set[int] = set()
        # `if (!preview) { ...rate limit... }`: a const flag and the truthiness it had where the limit ran
        self.limit_flags: dict[str, bool] = {}
        # `const mine = row.ownerId === session.user.id`, `allowed = isOwner || (await can(me.id, "x"))`:
        # a local true only past an ownership comparison or a role answer, (role, owner) once truthy
        self.verdicts: dict[str, tuple[bool, bool]] = {}
        self.not_verdicts: set[str] = set()  # ... and those also given any other value
        self.ability_lists: set[str] = set()  # CASL answers collected into a list (`_ability_answer`)
        # a CASL verdict on what the function was handed, here or in a helper (`Summary.subject_gate`)
        self.subject_gated = False
        self.secret_locals: set[str] = set()  # the caller's secret trimmed (`guards.trimmed_secret`)
        self.param_names: set[str] = set(fn.params)  # (of the walked function, also inside its callbacks)
        # functions handed by name to an auth wrapper whose bodies are being walked (`_handed_functions`)
        self.walking: frozenset[int] = frozenset({fn.node.start_byte})
        self.param_calls: list[tuple[Node, State]] = []  # `fn(ctx)` of a parameter `fn`, with the state there
        self.audits_somewhere = False  # an audit call on any path, also in a branch
        self.trimmed: set[str] = set()  # (`Flow.trimmed`)
        self.handed_client: set[str] = set()  # (`Flow.handed_client`)
        self._text_methods: bool | None = None  # the function calls a text-only method (`_trimmed_text`)
        self.secret_gates: list[int] = []  # where an `if` that refuses a caller without the secret ends
        self.gated_catches: set[int] = set()  # (`Flow.gated_catches`)
        self.audit_depth = _NO_AUDIT  # the nearest audit's depth (`Summary.audit_depth`)
        # `const invite = invites.find((i) => i.token === token)`: the client values a found element equals
        self.matched: dict[str, set[str]] = {}
        # `const seat = await findSeat(me.id, projectId)` whose filter drops `me.id`: someone's row, not the caller's
        self.strangers: set[str] = set()
        # walking the handler a wrapper returns: the wrapper's own parameters (`TokenGate(token, handler)`),
        # whose values its callers choose; a check against one is a secret check only where a caller
        # hands it a secret (`Summary.secret_params`)
        self.held = held
        self.held_gates: set[str] = set()  # ... those compared with the request by an exiting check
        # `requireMember(allowed?)` testing `allowed && !allowed.includes(m.role)`: the parameters whose
        # role list is checked only when the caller gives one (`Summary.role_list_param`)
        self.role_lists: set[str] = set()
        # `if (minRole === "lead" && role !== "lead") throw`: the literals of such a parameter that turn
        # the role test on (`Summary.role_param_values`)
        self.role_values: dict[str, set[str]] = {}
        # `allowed.some((r) => r === "*" || user.roles.includes(r))`: the literals that let any role in
        # (`Summary.role_wildcards`)
        self.role_wildcards: set[str] = set()
        self._declared: dict[str, Node] | None = None  # `sx.first_declarators` of the walked function
        # `_local_value`'s index of the walked function's declarators: (by identifier, by destructured key)
        self._local_values: tuple[dict[str, Node | None], dict[str, Node | None]] | None = None
        # `auth(async (req, ctx) => ...)`: the handler Auth.js' request wrapper calls with `req.auth`
        # set to the session (null when signed out): the request parameter's name
        self.request_auth = _authjs_request_param(fn)

    def _local_handler(self, value: Node | None) -> Node | None:
        """`const fn = async (request) => { ... }; fn.config = ...; return fn;`: the handler a wrapper
        builds in a local before returning it (a text pre-test first: most returned names are data)."""
        u = sx.unwrap(value)
        if u is None or u.type != "identifier":
            return None
        name = sx.text(self.src, u)
        if name not in self.az.local_function_names(self.fn):
            return None
        for d in sx.find(self.fn.node, ("variable_declarator",), into_functions=False):
            if sx.text(self.src, d.child_by_field_name("name")) == name:
                return returned_function(d.child_by_field_name("value"))
        return None

    # -- statements -----------------------------------------------------------------------
    def block(self, stmts: Iterable[Node], st: State) -> None:
        # `const result = await db.transaction(...)` in a nested block, shadowing an outer `result` that
        # held the client's input: a new binding, holding what its own value holds; the outer binding's
        # kind comes back once the block ends
        shadowed: set[str] = set()
        outer_client: set[str] = set()
        outer_valid: set[str] = set()
        for s in stmts:
            if s.type == "lexical_declaration" and st.client:
                names = {
                    n
                    for d in s.named_children
                    if d.type == "variable_declarator"
                    for n in sx.pattern_names(self.src, d.child_by_field_name("name"))
                } - shadowed
                names &= st.client
                if names:
                    shadowed |= names
                    outer_client |= names
                    outer_valid |= names & st.validated
                    st.client -= names
                    st.validated -= names
            self.stmt(s, st)
        if shadowed:
            st.client -= shadowed
            st.client |= outer_client
            st.validated -= shadowed
            st.validated |= outer_valid

    def _secret_ternary(self, value: Node | None, st: State) -> list[tuple[State, Node | None]] | None:
        """`ok ? a : b` (or `!ok ? b : a`) of a local holding a constant-time secret match: the state
        and answer past the match, then the state and answer of every other caller."""
        v = sx.unwrap(value)
        if v is None or v.type != "ternary_expression" or st.auth is not None:
            return None
        cond = sx.unwrap(v.child_by_field_name("condition"))
        yes, no = v.child_by_field_name("consequence"), v.child_by_field_name("alternative")
        if (
            cond is not None
            and cond.type == "unary_expression"
            and sx.text(self.src, cond.child_by_field_name("operator")) == "!"
        ):
            cond, yes, no = sx.unwrap(cond.child_by_field_name("argument")), no, yes
        if cond is None or cond.type != "identifier" or sx.text(self.src, cond) not in self.code_records:
            return None
        passed = st.copy()
        passed.auth = "secret"
        return [(passed, yes), (st.copy(), no)]

    def stmt(self, node: Node, st: State) -> None:
        t = node.type
        if t in ("lexical_declaration", "variable_declaration"):
            for decl in node.named_children:
                if decl.type != "variable_declarator":
                    continue
                value = decl.child_by_field_name("value")
                if value is None:
                    continue
                if not guards.falsy(self.src, value):
                    self.set_otherwise.update(sx.pattern_names(self.src, decl.child_by_field_name("name")))
                self.value(value, st)
                self.bind(decl.child_by_field_name("name"), value, st)
        elif t == "expression_statement":
            inner = node.named_children
            if not inner:
                return
            e = inner[0]
            if e.type == "assignment_expression":
                right = e.child_by_field_name("right")
                self.value(right, st) if right is not None else None
                self.bind(e.child_by_field_name("left"), right, st)
                left = e.child_by_field_name("left")
                if left is not None and left.type == "identifier":
                    if st.auth is not None and right is not None and not guards.falsy(self.src, right):
                        self.set_when_authed.setdefault(sx.text(self.src, left), st.auth)
                    elif right is None or not guards.falsy(self.src, right):
                        # (`event = null` in a catch: emptied again, as declared, never set to a value)
                        self.set_otherwise.add(sx.text(self.src, left))
            else:
                self.expr(e, st)
                self.statement_call(e, st)
                self._pushed(e, st)
        elif t == "if_statement":
            self.if_stmt(node, st)
        elif t == "return_statement":
            value = node.named_children[0] if node.named_children else None
            if value is not None:
                self.value(value, st)
                # (`return NextResponse.json({...}), { status: 404 }`: a comma expression answers its last
                # operand only; the ones before it are evaluated and dropped)
                while value is not None and value.type == "sequence_expression" and value.named_children:
                    value = value.named_children[-1]
                # `return async (req) => ...`, also through `return withAxiom(async (req) => ...)`
                u = returned_function(value) or self._local_handler(value)
                if u is not None:
                    self.returned_functions.append(u)
            # `return "Error logging in", error`: a comma expression answers its last operand only
            value = _last_operand(value)
            split = self._secret_ternary(value, st)
            if split is not None:
                # `return ok ? null : refuse()` after `const ok = keys.some((k) => timingSafeEqual(...))`:
                # the first answer past the secret check, the second on every other way
                self.events.extend(Event("return", node, s, value=v, catch_param=self._catch()) for s, v in split)
                return
            self.events.append(Event("return", node, st.copy(), value=value, catch_param=self._catch()))
        elif t == "throw_statement":
            for c in node.named_children:
                self.expr(c, st)
        elif t == "statement_block":
            self.block(sx.statements(node), st)
        elif t == "try_statement":
            body = node.child_by_field_name("body")
            before = st.copy()
            self.block(sx.statements(body), st)
            handler = node.child_by_field_name("handler")
            if handler is not None and body is not None and before.auth is None and st.auth == "secret":
                # `try { if (bearer(req) !== process.env.CRON_SECRET) return 401; ...work } catch`: nothing
                # before the gate waits on anything, so what the catch gets was thrown past it
                gate = min((g for g in self.secret_gates if body.start_byte < g <= body.end_byte), default=None)
                if gate is not None and not any(
                    a.start_byte < gate for a in sx.find(body, ("await_expression",), into_functions=False)
                ):
                    self.gated_catches.add(handler.start_byte)
            if handler is not None:
                param = handler.child_by_field_name("parameter")
                self.catch.append(sx.text(self.src, param) if param is not None else "")
                # the catch block may run before any guard of the try body ran; what kind of
                # value a name holds (`userId = session.user.id`) still holds there
                cst = before
                cst.session |= st.session
                cst.fetched |= st.fetched
                if before.auth is None and st.auth is not None and self._opens_with_check(body):
                    # `try { const { user } = await getUser(); if (!user) return 401; ...work } catch`:
                    # nothing before the check throws on what the caller sends, so the catch is reached
                    # only from work past it
                    cst.auth = st.auth
                handler_body = handler.child_by_field_name("body")
                self.block(sx.statements(handler_body), cst)
                self.catch.pop()
                if (
                    body is not None
                    and not sx.exits(self.src, handler_body)
                    and any(body.start_byte <= g < body.end_byte for g in self.thrown_gates)
                ):
                    # `catch (e) { console.error(e) }` carries on: the refusal a gate threw is swallowed
                    # (a gate that returns its 403, `if (!team) return`, never reaches the catch)
                    st.role = st.role and cst.role
                    st.owner = st.owner and cst.owner
                if (
                    body is not None
                    and not sx.exits(self.src, handler_body)
                    and any(body.start_byte <= g < body.end_byte for g in self.token_gates)
                ):
                    # `try { verify(token, key) } catch (e) { log(e) }`: a forged token carries on too
                    st.auth = cst.auth
                    st.validated &= cst.validated
            fin = node.child_by_field_name("finalizer")
            if fin is not None:
                for c in fin.named_children:
                    self.stmt(c, st.copy())
        elif t in ("for_statement", "for_in_statement", "while_statement", "do_statement"):
            if t == "for_in_statement":
                # `for (const item of req.body)`: each element is what the collection holds
                self.bind(node.child_by_field_name("left"), node.child_by_field_name("right"), st)
            for c in node.named_children:
                if c.type in ("statement_block", "expression_statement", "if_statement", "return_statement"):
                    loop_st = st.copy()
                    self.stmt(c, loop_st)
                    self._each_checked(node, loop_st, st)
                    self._filled_in_loop(node, loop_st, st)
                    # (`for (...) { const { allowed } = await checkRateLimit(key); if (!allowed) {...} }`:
                    # a limit spent on every pass holds past the loop, for the work the passes stand for)
                    st.rate_limited = st.rate_limited or loop_st.rate_limited
                else:
                    self.expr(c, st)
        elif t == "switch_statement":
            value = node.child_by_field_name("value")
            self.expr(value, st) if value is not None else None
            body = node.child_by_field_name("body")
            for case in body.named_children if body is not None else []:
                cst = st.copy()
                for c in case.named_children:
                    # (`case "current": const { data } = await ...; return json(data)`: declarations too)
                    if c.type.endswith("statement") or c.type in (
                        "statement_block",
                        "lexical_declaration",
                        "variable_declaration",
                    ):
                        self.stmt(c, cst)
        elif t in ("function_declaration", "class_declaration", "comment", "import_statement", "empty_statement"):
            return
        elif t == "labeled_statement":
            for c in node.named_children:
                self.stmt(c, st)
        else:
            self.expr(node, st)

    def value(self, node: Node, st: State) -> None:
        """An assigned or returned value; `test ? a : b` walks each branch with what its test
        proves (`isGuest ? runAsGuest() : await saveChat(userId)`: the write runs signed in)."""
        v = sx.unwrap(node)
        if v is None or v.type != "ternary_expression":
            self.expr(node, st)
            return
        cond, cons, alt = (v.child_by_field_name(f) for f in ("condition", "consequence", "alternative"))
        if cond is not None:
            self.expr(cond, st)
        facts = self.condition(cond, st)
        s_then, s_else = st.copy(), st.copy()
        if facts.auth_pos:
            s_then.auth = s_then.auth or "check"
        s_then.role = s_then.role or facts.role_pos
        s_then.owner = s_then.owner or facts.owner_pos
        self._apply_negative(facts, s_else, "check")
        self.split_ternaries.add(v.id)
        for branch, bst in ((cons, s_then), (alt, s_else)):
            if branch is not None:
                self.value(branch, bst)
        self.split_ternaries.discard(v.id)
        # the test only picks a value: what it proves holds in its branches, not after them (a
        # call in a branch is skipped by the other, so no branch's own check holds either);
        # what both branches did and what kind of value a name holds do
        if st.auth is None and cons is not None and alt is not None:
            # `flag ? await requireLeagueAdmin(id) : await requireUserId()`: each arm refuses a visitor
            # (or the test let only a signed-in caller into it), so whichever runs, the caller is signed in
            arms = (s_then.auth, s_else.auth)
            if all(a in _USER_AUTH for a in arms):
                st.auth = arms[0] if arms[0] == arms[1] else "check"
                st.role = st.role or (s_then.role and s_else.role)
                st.owner = st.owner or (s_then.owner and s_else.owner)
        st.rate_limited = st.rate_limited or (s_then.rate_limited and s_else.rate_limited)
        st.audited = st.audited or (s_then.audited and s_else.audited)
        st.validated |= s_then.validated & s_else.validated
        for b in (s_then, s_else):
            st.session |= b.session
            st.fetched |= b.fetched
            st.client |= b.client

    def _ends_in_a_thrower(self, branch: Node | None) -> str | None:
        """`if (!grant) { fail(401) }` with `fail` a project helper whose own body throws as one of its
        statements (`const fail = (status): never => { throw new HttpError(status) }`, imported or not):
        the branch leaves as a `throw` would ("throw"), or None."""
        last = sx.statements(branch)[-1] if branch is not None and sx.statements(branch) else None
        inner = last.named_children if last is not None and last.type == "expression_statement" else []
        call = sx.unwrap(inner[0]) if inner else None
        if call is None or call.type != "call_expression":
            return None
        callee = sx.strip_types(call.child_by_field_name("function"))
        if callee is None or callee.type != "identifier":
            return None
        target = self.az.target(self.mod, call)
        body = target.node.child_by_field_name("body") if target is not None and target is not self.fn else None
        if body is None or body.type != "statement_block":
            return None
        return "throw" if any(st.type == "throw_statement" for st in body.named_children) else None

    def if_stmt(self, node: Node, st: State) -> None:
        cond = node.child_by_field_name("condition")
        cons = node.child_by_field_name("consequence")
        alt_clause = node.child_by_field_name("alternative")
        if cond is not None:
            self.expr(cond, st)
        facts = self.condition(cond, st)
        cons_exit = sx.exits(self.src, cons) or self._ends_in_a_thrower(cons)
        s_then = st.copy()
        if facts.auth_pos:
            s_then.auth = s_then.auth or "check"
        if facts.role_pos and not (facts.role_record and cons_exit):
            s_then.role = True  # (an exit for one role's view of some rows holds no role gate either)
        if facts.owner_pos:
            s_then.owner = True
        s_then.validated |= self._typed_in_branch(cond) | self._listed_in_branch(cond) | self._vetted_in_branch(cond)
        if s_then.auth is None:
            s_then.auth = self._set_only_when_authed(cond)
        if s_then.auth is None and cons is not None and (facts.secret_pos or self._every_way_secret(cond)):
            s_then.auth = "secret"
        s_then.validated |= self._schema_passed_in_branch(cond)
        # `if (ids && Array.isArray(ids)) { ... }`: a built-in type test holds in the branch it opens
        # (only there: the fact `condition` records for such a call takes no side)
        typed = self._builtin_typed_in_branch(cond) - s_then.validated
        s_then.validated |= typed
        if cons is not None:
            self.stmt(cons, s_then)
        s_then.validated -= typed
        s_else = st.copy()
        self._apply_negative(facts, s_else, "check")
        if facts.role_both and not cons_exit:
            # `if (role === "admin") log(...)`: whatever the role, the code after runs for everyone
            s_else.role = st.role
        alt_exit = None
        if alt_clause is not None:
            for c in alt_clause.named_children:
                self.stmt(c, s_else)
            last = alt_clause.named_children[-1] if alt_clause.named_children else None
            alt_exit = sx.exits(self.src, last) or self._ends_in_a_thrower(last)
        if cons_exit:
            if cons_exit == "throw" and (facts.role_neg or facts.owner_neg):
                self.thrown_gates.append(node.start_byte)
            unset = st.auth is None
            self._apply_negative(facts, st, cons_exit)
            if unset and st.auth == "secret":
                self.secret_gates.append(node.end_byte)
            if st.auth is None:
                st.auth = self._unset_refused(cond)
            st.rate_limited = st.rate_limited or s_else.rate_limited
            flag = self._flag_test(cond)
            if flag is not None and self.limit_flags.get(flag[0]) is (not flag[1]):
                # (`if (preview) return ...` past `if (!preview) { limit }`: only limited callers go on)
                st.rate_limited = True
            st.audited = st.audited or s_else.audited
        elif alt_exit and facts.auth_pos:
            st.auth = st.auth or "check"
        # what every branch that falls through established holds afterwards
        # (`if (GET) await verifyCron(req) else if (POST) await verifyQstash(req) else throw`)
        through = [b for b, ex in ((s_then, cons_exit), (s_else, alt_exit)) if not ex]
        if through:
            # (`if (secret) { ...401 } else if (NODE_ENV === "production") return 500`: a branch that
            # refuses every production request leaves only a development server open, so the others'
            # check holds for production)
            # (`if (!isDev) { ...401 } else { log }`: the branch the test keeps for development only
            # never runs in production either)
            dev_only = self._development_branch(cond)
            guarded = [
                b
                for b, ex, br, side in ((s_then, cons_exit, cons, "then"), (s_else, alt_exit, alt_clause, "else"))
                if not ex and not (b.auth is None and (self._refuses_production(br) or dev_only == side))
            ]
            if st.auth is None and guarded and all(b.auth is not None for b in guarded):
                st.auth = guarded[0].auth
            st.role = st.role or all(b.role for b in through)
            st.owner = st.owner or all(b.owner for b in through)
            if not st.owner and s_then.owner and alt_clause is None and self._owner_checked_where_given(cond, cons):
                # `if (input.accountId) { load it; if (acct.userId !== me) return 400 }`: the id is the
                # caller's where given, and absent (nothing to file under) otherwise
                st.owner = True
            if not (st.role or st.owner) and len(through) > 1 and all(b.role or b.owner for b in through):
                # `if (me.role !== "admin") { if (doc.ownerId !== me.id) throw }`: an admin passed the role
                # test, anyone else the row's own check; every caller going on was checked for this row
                # (owner, not role: the code after does not run for admins only)
                st.owner = True
            st.rate_limited = st.rate_limited or all(b.rate_limited for b in through)
            if not st.rate_limited and s_then.rate_limited and alt_clause is None and self._limiter_present(cond, cons):
                # `if (limiter) { const r = await limiter.limit(ip); if (!r.success) return 429 }`: the
                # limiter tested for its own existence (null where no store is configured) limits every
                # caller whenever it exists; not a flag or setting that may switch it off
                st.rate_limited = True
            if not st.rate_limited and s_then.rate_limited and alt_clause is None:
                flag = self._flag_test(cond)
                if flag is not None:
                    self.limit_flags[flag[0]] = flag[1]
            # `if (retention !== undefined) { try { S.parse({ retention }) } catch { return 400 } }`:
            # checked where present, and absent (nothing) otherwise
            absent = self._presence_test(cond)
            # (absent, none of its fields holds anything either: `if (body.config) { validate(body.config) }`)
            gone = {absent} | {k for k in s_then.validated if k.startswith(absent + ".")} if absent else set()
            # (`let name = "Default"; if (typeof body.name === "string") name = body.name.slice(0, 100)`: a
            # local that took client input only in some branches holds a constant in the others)
            took = set().union(*(b.client for b in through)) - st.client
            checked = [b.validated | (gone if b is s_else else set()) | (took - b.client) for b in through]
            st.validated |= set.intersection(*checked)
        # facts established in the then-branch of a non-exiting if do not leak out,
        # but names bound there are still bound afterwards
        st.client |= s_then.client - st.client if cons_exit is None else set()
        # `if (session.userId) { email = me.email } else { email = input.email }`: a name that one branch
        # that falls through binds to the session's and another to the caller's holds the caller's
        # choice afterwards, so a test of it (`if (!email) throw`) checks no session
        mixed: set[str] = set()
        if cons_exit is None and alt_exit is None and alt_clause is not None:
            own = st.fetched | st.session
            then_new, else_new = (s_then.fetched | s_then.session) - own, (s_else.fetched | s_else.session) - own
            mixed = (then_new & (s_else.client - st.client)) | (else_new & (s_then.client - st.client))
        # what kind of value a name holds is not a guard: keep it past the branches
        st.fetched |= (s_then.fetched | s_else.fetched) - mixed
        st.session |= (s_then.session | s_else.session) - mixed
        st.client |= mixed
        st.audited = st.audited or (s_then.audited and s_else.audited)

    def _flag_test(self, cond: Node | None) -> tuple[str, bool] | None:
        """`if (!preview)`: the const local tested and the truthiness under which the branch runs."""
        node, truthy = sx.unwrap(cond), True
        while node is not None and node.type == "unary_expression" and self.src[node.start_byte] == ord("!"):
            node, truthy = sx.unwrap(node.child_by_field_name("argument")), not truthy
        if node is None or node.type != "identifier":
            return None
        name = sx.text(self.src, node)
        decls = [
            d
            for d in sx.find(self.fn.node, ("variable_declarator",), into_functions=False)
            if sx.text(self.src, d.child_by_field_name("name")) == name
        ]
        parent = decls[0].parent if len(decls) == 1 else None
        if parent is None or not self.src.startswith(b"const", parent.start_byte):
            return None
        return name, truthy

    def _development_branch(self, cond: Node | None) -> str | None:
        """`if (!isDevelopment)` with `const isDevelopment = process.env.NODE_ENV === "development"`:
        which branch ("then"/"else") runs outside production only; None when neither does."""
        # (the cheap test first: each test of the deployment reads `….NODE_ENV` or `….VERCEL_ENV`, in the
        # condition or in the initialiser, in the function, of the local it names)
        fn = self.fn.node
        if cond is None or (
            self.src.find(b"_ENV", cond.start_byte, cond.end_byte) == -1
            and self.src.find(b"_ENV", fn.start_byte, fn.end_byte) == -1
        ):
            return None
        node, negated = sx.unwrap(cond), False
        while node is not None and node.type == "unary_expression" and self.src[node.start_byte] == ord("!"):
            node, negated = sx.unwrap(node.child_by_field_name("argument")), not negated
        if node is not None and node.type == "identifier":
            name = sx.text(self.src, node)
            inits = [
                d.child_by_field_name("value")
                for d in sx.find(self.fn.node, ("variable_declarator",), into_functions=False)
                if sx.text(self.src, d.child_by_field_name("name")) == name
            ]
            node = sx.unwrap(inits[0]) if len(inits) == 1 else None
        if deployment.true_in_production(self.src, node):
            return "then" if negated else "else"
        if deployment.false_in_production(self.src, node):
            return "else" if negated else "then"
        return None

    def _set_only_when_authed(self, cond: Node | None) -> str | None:
        """`if (customer)` (or `customer && ...`) of a local that holds a value only where the caller was
        authenticated first (declared empty, assigned after a signature check that answers 401): the
        branch runs only for an authenticated caller."""
        for c in self._conjuncts(cond):
            how = self._authed_local(c)
            if how is not None:
                return how
        return None

    def _authed_local(self, node: Node | None) -> str | None:
        """How the caller was authenticated where the local ``node`` names got its value, when it gets
        one nowhere else (`set_when_authed`; not a parameter)."""
        u = sx.unwrap(node)
        if u is None or u.type != "identifier":
            return None
        name = sx.text(self.src, u)
        how = self.set_when_authed.get(name)
        if how is not None and name not in self.set_otherwise and name not in self.param_names:
            return how
        return None

    def _every_way_secret(self, cond: Node | None) -> bool:
        """`(bearer && safeEqual(bearer, secret)) || (sig && validHmac({ body, secret, sig }))`: every
        way into the branch passes a constant-time comparison or signature check of its own. Also through a
        `const` local holding such a test (`const ok = !!m?.pinHash && secureCompare(m.pinHash, hash(pin));
        if (ok) ...`), as `if (!ok) return` reads it."""
        bare = sx.unwrap(cond)
        if bare is not None and bare.type == "identifier":
            name = sx.text(self.src, bare)
            held = next(
                (v for n, v in sx.const_values(self.src, self.fn.node) if n == name and v.end_byte < bare.start_byte),
                None,
            )
            if held is None or held.type == "identifier":
                return False
            cond = held
        parts = sx.disjuncts(self.src, cond)
        for d in parts:
            ok = False
            for c in self._conjuncts(d):
                u = sx.unwrap(c)
                if u is None or u.type != "call_expression":
                    continue
                callee = sx.callee_name(self.src, u)
                last = sx.last_name(callee)
                if _SAFE_COMPARE.search(last) or _SIGNATURE_CALLS.search(callee) or _SECRET_CHECK.match(last):
                    ok = True
                    break
                target = self.az.target(self.mod, u)
                if target is not None and target.key != self.fn.key and self.az.summary(target).secret_verdict:
                    ok = True
                    break
            if not ok:
                return False
        return bool(parts)

    def _unset_refused(self, cond: Node | None) -> str | None:
        """`if (!event || !client) return 400` of a local that holds a value only where the caller was
        authenticated first (`event = stripe.webhooks.constructEvent(...)` tried in a loop, emptied in
        the catch): past the exit, the caller was."""
        for d in sx.disjuncts(self.src, cond):
            if d.type != "unary_expression" or sx.text(self.src, d.child_by_field_name("operator")) != "!":
                continue
            how = self._authed_local(d.child_by_field_name("argument"))
            if how is not None:
                return how
        return None

    def _refuses_production(self, branch: Node | None) -> bool:
        """A branch (`else if (process.env.NODE_ENV === "production") return 500`) with a statement of
        its own that answers every production request and stops: past it only a development server runs."""
        if branch is not None and branch.type == "else_clause":
            branch = branch.named_children[0] if branch.named_children else None
        for s in sx.statements(branch):
            if s.type != "if_statement" or s.child_by_field_name("alternative") is not None:
                continue
            cons = s.child_by_field_name("consequence")
            if deployment.true_in_production(self.src, s.child_by_field_name("condition")) and sx.exits(
                self.src, cons
            ) in ("return", "throw"):
                return True
        return False

    def _typed_in_branch(self, cond: Node | None) -> set[str]:
        """`if (typeof id === "number" && ...)`: in the branch the test opens, each local so tested
        holds that type (a runtime check). Not an `||` (either side may pass), nor `"object"` (any
        JSON passes it) or `"undefined"`."""
        out: set[str] = set()
        for c in self._conjuncts(cond):
            if c.type == "call_expression":
                out |= self._rules_passed(c)  # `if (validationResult(req).isEmpty()) return next()`
                continue
            if c.type != "binary_expression" or sx.text(self.src, c.child_by_field_name("operator")) not in (
                "==",
                "===",
            ):
                continue
            left, right = c.child_by_field_name("left"), c.child_by_field_name("right")
            name = typeof_test(self.src, left, right)
            field = None if name is not None else _typeof_field_test(self.src, left, right)
            kinds = {sx.string_value(self.src, sx.strip_types(n)) for n in (left, right)}
            if name is not None and "undefined" not in kinds:
                out.add(name)
            if field is not None and "undefined" not in kinds:
                # `typeof body.name === "string"`: that field's type, not its content (`Flow.trimmed`)
                out.add(field)
                self.trimmed.add(field)
        return out

    def _builtin_typed_in_branch(self, cond: Node | None) -> set[str]:
        """`if (ids && Array.isArray(ids))`: the locals a built-in runtime type test (`Array.isArray`,
        `Number.isInteger`) passed in the branch the test opens, also as one operand of an `&&`."""
        out: set[str] = set()
        for c in self._conjuncts(cond):
            if c.type != "call_expression" or sx.callee_name(self.src, c) not in _BUILTIN_TYPE_TESTS:
                continue
            args = [sx.strip_types(a) for a in sx.call_args(c)]
            if len(args) == 1 and args[0] is not None and args[0].type == "identifier":
                out.add(sx.text(self.src, args[0]))
        return out

    def _schema_passed_in_branch(self, cond: Node | None) -> set[str]:
        """`if (!result?.serverError && !result?.validationErrors)`: in the branch the test opens, the
        input handed to the next-safe-action call that answered `result` passed its schema."""
        out: set[str] = set()
        for c in self._conjuncts(cond):
            if c.type != "unary_expression" or sx.text(self.src, c.child_by_field_name("operator")) != "!":
                continue
            arg = sx.unwrap(c.child_by_field_name("argument"))
            if (
                arg is not None
                and arg.type == "member_expression"
                and sx.text(self.src, arg.child_by_field_name("property")) == "validationErrors"
            ):
                out |= self._schema_answered(arg.child_by_field_name("object"))
        return out

    def _schema_answered(self, result: Node | None) -> set[str]:
        """The plain locals handed to the call whose answer ``result`` holds (`const result = await
        service.finish(input)`), when its `validationErrors` (next-safe-action's answer to input its
        schema refused) is tested."""
        value = sx.unwrap(result)
        if value is None or value.type != "identifier":
            return set()
        call = self._local_value(sx.text(self.src, value))
        if call is None or call.type != "call_expression":
            return set()
        return {sx.text(self.src, a) for a in map(sx.strip_types, sx.call_args(call)) if a and a.type == "identifier"}

    def _listed_in_branch(self, cond: Node | None) -> set[str]:
        """`if (page === "inbox" || page === "metrics")`: in the branch the test opens, the local holds
        one of the listed constants (an allowlist), also as one operand of an `&&`."""
        out: set[str] = set()
        for c in self._conjuncts(cond):
            names = {self._equals_constant(d) or "" for d in sx.disjuncts(self.src, c)}
            if len(names) == 1 and "" not in names:
                out |= names
            out |= self._in_constant_list(c)
        return out

    def _in_constant_list(self, cond: Node | None) -> set[str]:
        """`ROLES.includes(body.role)` with `const ROLES = ["admin", "editor"] as const` (or the list
        written in place): in the branch it opens the value is one of those strings. The name (or the
        field's key, `body.role`) of the one argument; nothing for a list that is not all literals."""
        call = sx.unwrap(cond)
        if call is None or call.type != "call_expression":
            return set()
        fn = sx.strip_types(call.child_by_field_name("function"))
        args = sx.call_args(call)
        if fn is None or fn.type != "member_expression" or len(args) != 1:
            return set()
        if sx.text(self.src, fn.child_by_field_name("property")) != "includes":
            return set()
        listed = sx.unwrap(fn.child_by_field_name("object"))
        if listed is not None and listed.type == "identifier":
            name = sx.text(self.src, listed)
            listed = sx.unwrap(self._local_value(name) or self.mod.values.get(name))
        if listed is None or listed.type != "array":
            return set()
        items = [sx.strip_types(e) for e in listed.named_children if e.type != "comment"]
        if not items or any(e is None or e.type not in ("string", "number") for e in items):
            return set()
        arg = sx.strip_types(args[0])
        if arg is not None and arg.type == "identifier":
            return {sx.text(self.src, arg)}
        key = field_read_key(self.src, arg)
        return {key} if key else set()

    def _vetted_in_branch(self, cond: Node | None) -> set[str]:
        """`if (isArchiveUrl(url))`: in the branch, the arguments a project predicate answers `true`
        for only past its own check of them (`Analyzer.vetted_params`); `if
        (url.hostname.endsWith(".slack.com"))`: the URL whose host is pinned."""
        out: set[str] = set()
        for c in self._conjuncts(cond):
            call = sx.unwrap(c)
            if call is None or call.type != "call_expression":
                continue
            fn_node = sx.strip_types(call.child_by_field_name("function"))
            recv = fn_node.child_by_field_name("object") if fn_node is not None else None
            first = sx.call_args(call)[:1]
            if (
                sx.last_name(sx.callee_name(self.src, call)) in ("startsWith", "endsWith")
                and first
                and _literal_text(sx.text(self.src, first[0]))
                and _host_part(self.src, recv)
            ):
                out |= identifiers(self.src, recv)  # `if (url.hostname.endsWith(".slack.com"))`
                continue
            if _OBJECT_ID_CHECK.search(sx.callee_name(self.src, call)):
                # `if (isValidObjectId(id)) { ...findById(id) }`: the ODM's own format check of an id
                out |= {
                    sx.text(self.src, a) for a in map(sx.strip_types, first) if a is not None and a.type == "identifier"
                }
                continue
            target = self.az.target(self.mod, call)
            vetted = self.az.vetted_params(target) if target is not None and not target.is_async else frozenset()
            args = sx.call_args(call)
            for i in vetted:
                arg = sx.strip_types(args[i]) if i < len(args) else None
                if arg is not None and arg.type == "identifier":
                    out.add(sx.text(self.src, arg))
        return out

    def _equals_constant(self, node: Node) -> str | None:
        """`page === "inbox"`: the plain local compared equal with a string or number literal."""
        if node.type != "binary_expression" or sx.text(self.src, node.child_by_field_name("operator")) not in (
            "==",
            "===",
        ):
            return None
        left, right = (
            sx.strip_types(node.child_by_field_name("left")),
            sx.strip_types(node.child_by_field_name("right")),
        )
        other = right if _enum_literal(left) else left if _enum_literal(right) else None
        return sx.text(self.src, other) if other is not None and other.type == "identifier" else None

    def _limiter_present(self, cond: Node | None, cons: Node | None) -> bool:
        """`if (limiter)`, `if (limiter !== null)`: the whole test is the existence of the object
        whose method the branch calls (`limiter.limit(ip)`)."""
        node = sx.strip_types(sx.unwrap(cond))
        if node is not None and node.type == "binary_expression":
            op = sx.text(self.src, node.child_by_field_name("operator"))
            right = sx.text(self.src, node.child_by_field_name("right"))
            if op not in ("!==", "!=") or right not in ("null", "undefined"):
                return False
            node = sx.strip_types(node.child_by_field_name("left"))
        if node is None or node.type != "identifier" or cons is None:
            return False
        name = sx.text(self.src, node)
        for call in sx.find(cons, ("call_expression",)):
            fn = sx.strip_types(call.child_by_field_name("function"))
            if fn is None or fn.type != "member_expression":
                continue
            obj = sx.strip_types(fn.child_by_field_name("object"))
            if obj is not None and obj.type == "identifier" and sx.text(self.src, obj) == name:
                callee = sx.callee_name(self.src, call)
                return sx.last_name(callee) == "limit" or self.az.vocab.is_rate_limit(callee)
        # `if (strictLimiter) { if (looseLimiter) { looseLimiter.limit(ip) } }` (the branch limits: the
        # caller asks): another limiter of the same store, null where it is not configured, is a
        # deployment setting too, not a switch (a flag is no limiter built by a rate-limit constructor)
        return self._optional_limiter(name)

    def _optional_limiter(self, name: str) -> bool:
        """``name`` is a rate limiter built where its store is configured and null otherwise
        (`redis ? new Ratelimit({...}) : null`), or one built outright."""
        if self._limiter(name):
            return True
        found = self.az.program.resolve_value(self.mod, name)
        value = sx.unwrap(found[1]) if found is not None else None
        if found is None or value is None or value.type != "ternary_expression":
            return False
        arms = [sx.unwrap(value.child_by_field_name(f)) for f in ("consequence", "alternative")]
        made = [a for a in arms if a is not None and a.type in ("call_expression", "new_expression")]
        empty = [a for a in arms if a is not None and a.type in ("null", "undefined")]
        if len(made) != 1 or len(empty) != 1:
            return False
        ctor = made[0].child_by_field_name("function" if made[0].type == "call_expression" else "constructor")
        return self.az.vocab.is_rate_limit(sx.dotted(found[0].src, ctor))

    def _owner_checked_where_given(self, cond: Node | None, cons: Node | None) -> bool:
        """`if (body.accountId)` / `if (accountId != null)` around a branch that reads by that value:
        the owner check of the branch covers the value wherever it is present."""
        node = sx.strip_types(cond)
        if node is not None and node.type == "binary_expression":
            op = sx.text(self.src, node.child_by_field_name("operator"))
            right = sx.text(self.src, node.child_by_field_name("right"))
            if op not in ("!==", "!=") or right not in ("undefined", "null"):
                return False
            node = sx.strip_types(node.child_by_field_name("left"))
        if node is None or node.type not in ("identifier", "member_expression") or cons is None:
            return False
        tested = sx.text(self.src, node).replace("?.", ".")
        return tested in sx.text(self.src, cons).replace("?.", ".")

    def _presence_test(self, cond: Node | None) -> str | None:
        """`x !== undefined`, `x != null`, also `&& typeof x !== "object"`: the local the else branch
        is left with absent (or of the type tested)."""
        names = {self._presence_or_type(c) for c in self._conjuncts(cond)}
        return names.pop() if len(names) == 1 else None

    def _presence_or_type(self, node: Node | None) -> str | None:
        node = sx.strip_types(node)
        if node is not None and node.type == "member_expression" and self._tested_alone(node):
            # `if (body.config) {...}`: in the else branch the field is falsy, a value with nothing in it
            return field_read_key(self.src, node)
        if node is None or node.type != "binary_expression":
            return None
        op = sx.text(self.src, node.child_by_field_name("operator"))
        left, right = sx.strip_types(node.child_by_field_name("left")), node.child_by_field_name("right")
        if left is not None and left.type == "unary_expression" and op in ("!==", "!="):
            # `typeof x !== "object"`: in the else branch `x` is of that type
            arg = sx.strip_types(left.child_by_field_name("argument"))
            typeof = sx.text(self.src, left.child_by_field_name("operator")) == "typeof"
            if typeof and arg is not None and arg.type == "identifier" and _enum_literal(right):
                return sx.text(self.src, arg)
            return None
        nothing = sx.text(self.src, right) == "undefined" or (op == "!=" and sx.text(self.src, right) == "null")
        if op in ("!==", "!=") and nothing and left is not None and left.type == "identifier":
            return sx.text(self.src, left)
        return None

    @staticmethod
    def _tested_alone(node: Node) -> bool:
        """``node`` is the whole test of an `if` (`if (body.config)`), not one side of `&&`/`||`."""
        p = node.parent
        while p is not None and p.type == "parenthesized_expression":
            p = p.parent
        return p is not None and p.type == "if_statement"

    def _principal_of_one_tenant(self, principal: Node | None) -> bool:
        """`session.operatorId` where every sign-in saving it also saves the tenant it signed in to
        (`principals_saved_with_a_tenant`): that tenant's staff, as `_tenant_bound` tells from the exit."""
        prop = principal.child_by_field_name("property") if principal is not None else None
        if prop is None:
            return False
        return sx.text(self.src, prop) in principals_saved_with_a_tenant(self.az.program)

    def _each_checked(self, loop: Node, body: State, st: State) -> None:
        """`for (const segment of path) { if (/[\\/]/.test(segment)) return 400 }`: a loop that exits
        unless each element passes a check leaves the whole collection checked."""
        op = loop.child_by_field_name("operator")
        right = sx.strip_types(loop.child_by_field_name("right"))
        if op is None or sx.text(self.src, op) != "of" or right is None or right.type != "identifier":
            return
        items = sx.pattern_names(self.src, loop.child_by_field_name("left"))
        if items and all(n in body.validated for n in items):
            st.validated.add(sx.text(self.src, right))
        # `for (const orgId of orgIds) { if (!m || m.role !== "admin") return }`: a role or ownership
        # check each element had to pass, or the whole request stopped, holds for all of them after
        # the loop (the rule that reads the state still asks whose tenant was checked)
        body_exits = any(
            s.type == "if_statement" and sx.exits(self.src, s.child_by_field_name("consequence"))
            for s in sx.statements(loop.child_by_field_name("body"))
        )
        if body_exits:
            st.role = st.role or body.role
            st.owner = st.owner or body.owner

    def _apply_negative(self, facts: _Cond, st: State, how: str) -> None:
        if facts.auth_neg and st.auth is None:
            st.auth = how
        if facts.secret and st.auth is None:
            st.auth = "secret"
        if facts.held and st.auth is None:
            st.auth = "secret"
            self.held_gates |= facts.held
        if facts.role_neg:
            st.role = True
        if facts.owner_neg:
            st.owner = True
        st.validated |= facts.validated
        st.session |= facts.pinned

    # -- conditions ---------------------------------------------------------------------------
    def condition(self, cond: Node | None, st: State) -> _Cond:
        c = _Cond()
        if cond is None:
            return c
        src = self.src
        sessionish = st.session | st.fetched
        top = sx.strip_types(cond)
        if top is not None:
            self._positive(top, st, c)
            if self.auth_errors and self._tests_auth_error(top):
                if self.secret_errors and self._tests_auth_error(top, self.secret_errors):
                    c.secret = True  # `if ("error" in verdict) return verdict`: a verified webhook caller
                else:
                    c.auth_neg = True  # `if (error) return error()`: the rest runs signed in
            tested = self._refusal_tested(top) or ""
            refused = self.refusals.get(tested)
            if refused is not None:  # `if (denied) return denied`: the rest passed the helper's check
                c.role_neg = c.role_neg or refused[0]
                c.owner_neg = c.owner_neg or refused[1]
                c.auth_neg = c.auth_neg or refused[2]
                c.validated |= self.refusal_checks.get(tested, set())
            if self._secret_refused(top):
                c.secret = True  # `if (denied) return denied` after `denied = verifyCronAuth(req)`
            if self.error_gates:
                self._error_gate_test(top, c)
        held_test = self._held_test(top)
        if held_test is not None:
            # `if (!canEdit) throw` after `const canEdit = me.id === userId || me.role === "Admin"`:
            # the test the local holds, as if written in the condition
            # (what the test proves where it held: past `if (!canEdit) throw`, or in `if (canEdit) { ... }`)
            sub = self.condition(held_test, st)
            if top is not None and top.type == "unary_expression":
                c.auth_neg, c.role_neg, c.owner_neg = sub.auth_pos, sub.role_pos, sub.owner_pos
            else:
                c.auth_pos, c.role_pos, c.owner_pos = sub.auth_pos, sub.role_pos, sub.owner_pos
        quantified = self._quantified_records_test(top)
        if quantified is None:
            quantified = self._held_quantified_test(top)
        if quantified is not None:
            # `if (rows.some((r) => r.ownerId !== me.id)) throw`, `if (!rows.every((r) => canEdit(r.teamId)))
            # throw` over rows read here: past the exit, every row passed the test the callback makes
            body, to_neg, to_pos = quantified
            sub = self.condition(body, st)
            if to_neg is not None:
                c.role_neg = c.role_neg or (sub.role_pos if to_neg else sub.role_neg)
                c.owner_neg = c.owner_neg or (sub.owner_pos if to_neg else sub.owner_neg)
            if to_pos is not None:
                c.role_pos = c.role_pos or (sub.role_pos if to_pos else sub.role_neg)
                c.owner_pos = c.owner_pos or (sub.owner_pos if to_pos else sub.owner_neg)
        conjuncts = {n.id for n in self._conjuncts(top)}
        if self.role_flags and top is not None:
            self._role_flag_test(top, c)
        if self.verdict_gates and top is not None:
            self._verdict_gate_test(top, c)
        if self.pass_keys and top is not None:
            self._pass_key_test(top, c)
        if self.verdicts and top is not None:
            self._verdict_test(top, c)
        never = False  # `!floating() && ...`: always false, so the branch never runs
        always = False  # `floating() || ...`: always true, so the branch proves nothing
        dead = self._tests_of_a_missing_value(top)
        for n in sx.walk_named(cond):  # (every kind asked below is a named one)
            t = n.type
            if any(d.start_byte <= n.start_byte and n.end_byte <= d.end_byte for d in dead):
                continue
            if t == "call_expression":
                self._role_in_callback(n, sessionish, c)
            if t == "unary_expression" and sx.text(src, n.child_by_field_name("operator")) == "!":
                arg = sx.strip_types(n.child_by_field_name("argument"))
                rid = sx.root_identifier(src, arg)
                inner = sx.unwrap(arg)
                if inner is not None and inner.type == "call_expression":
                    # `if (!validationResult(req).isEmpty()) return 422`: past the exit the rules held
                    c.validated |= self._rules_passed(inner)
                    if not _under_and(n, cond):
                        # `if (!name?.trim()) throw`: past the exit, a text that is not blank
                        trimmed = self._trimmed_inline(inner)
                        c.validated |= trimmed
                        self.trimmed |= trimmed
                    before = len(self.events)
                    self._condition_call(inner, st, c, negated=True, cond=cond)
                    if len(self.events) > before and self.events[-1].kind == "floating":
                        never = never or n.id in conjuncts
                        continue  # `!isAuthenticated()` un-awaited: a Promise, never falsy, checks nothing
                if arg is not None and arg.type == "identifier" and sx.text(src, arg) in self.promised:
                    never = never or n.id in conjuncts
                    continue  # `!allowed` with `allowed = canEdit(id)` un-awaited: a Promise, never falsy
                if arg is not None and arg.type == "identifier" and sx.text(src, arg) in self.answer_wrappers:
                    never = never or n.id in conjuncts
                    continue  # `!res` of `res = await supabase.auth.getUser()`: an object, never falsy
                if (
                    inner is not None
                    and inner.type == "binary_expression"
                    and sx.text(src, inner.child_by_field_name("operator")) == "&&"
                ):
                    # `if (!(user && organizationId)) throw`: `!user || !organizationId`, so the exit
                    # is taken whenever a session value among the operands is missing
                    for term in self._conjuncts(inner):
                        if (
                            term.type in ("identifier", "member_expression")
                            and sx.root_identifier(src, term) in sessionish
                            and not self._is_role_expr(term)
                        ):
                            c.auth_neg = True
                if arg is not None and sx.text(src, arg).endswith(".authStore.isValid"):
                    c.auth_neg = True  # PocketBase: `if (!pb.authStore.isValid) return 401` (the loaded auth cookie)
                # `if (!verdict.valid) return 400` after `const verdict = validateConfig(kind, body.config)`
                c.validated |= self._verdict_checked(arg, st)
                if arg is not None and arg.type == "identifier" and not _under_and(n, cond):
                    # `const name = label.trim(); if (!name) return`: past the exit, a non-empty text
                    trimmed = self._trimmed_text(sx.text(src, arg))
                    c.validated |= trimmed
                    self.trimmed |= trimmed
                if self.request_auth is not None and self._request_session(arg):
                    c.auth_neg = True  # `if (!req.auth?.user?.id) throw` in Auth.js' `auth(handler)`
                if rid in self.null_matched:
                    pass  # `if (!me) return` of a row a signed-out caller's null finds too: no sign-in proved
                elif rid in sessionish and not self._is_role_expr(arg):
                    c.auth_neg = True
                    if (
                        arg is not None
                        and arg.type == "identifier"
                        and _ROLE_NAME.search(rid or "")
                        and not self._library_session_read(rid or "")
                        and not self._clerk_org_role_claim(rid or "")
                    ):
                        # `const adminRole = await getAdminRole(session.user.id)`
                        # (not `const admin = await currentUser()`: the library's signed-in user, whatever
                        # the console calls it, holds no role until one is compared)
                        c.role_neg = not self._own_seat(rid or "", st) and not self._self_claimed(rid or "")
                elif rid in sessionish:
                    # `if (!session.isAdmin) throw`: no session means no flag, so this proves both
                    # (not `if (!session.user.role) throw`: a role value is present whichever role it
                    # names, so its absence tells only that nobody is signed in)
                    c.auth_neg = True
                    c.role_neg = c.role_neg or not self._role_value(arg)
                if (
                    rid in sessionish
                    and staff_principal(self.src, arg)
                    and not _tenant_bound(src, cond, rid, arg)
                    and not self._principal_of_one_tenant(arg)
                ):
                    # `if (!session.adminId) throw`: a console session held by a staff operator, a
                    # principal apart from the app's users (a platform role, like `isStaff`)
                    c.auth_neg = c.role_neg = True
                if arg is not None and arg.type == "identifier" and rid in self.scoped_records:
                    c.owner_neg = True  # loaded with the session's tenant in the filter, then checked
                if arg is not None and arg.type == "identifier" and rid in self.role_records:
                    c.role_neg = True  # the caller's own row with a named role in the filter: a role check
                if arg is not None and arg.type == "identifier" and rid in self.role_verdicts:
                    c.auth_neg = c.role_neg = True  # `if (!canShare) throw` after `canShare = await canShareServer()`
                if arg is not None and arg.type == "identifier" and rid in self.code_records:
                    c.secret = True  # `if (!verification) return 401`: the caller holds the code
                if arg is not None and arg.type == "identifier" and rid in self.matched:
                    # `if (!invite) throw` after `invites.find((i) => i.token === token)`: past the
                    # exit, `token` is one of the stored values
                    c.validated |= self.matched[rid or ""]
            elif t == "binary_expression":
                op = sx.text(src, n.child_by_field_name("operator"))
                left = n.child_by_field_name("left")
                right = n.child_by_field_name("right")
                if op == "instanceof" and sx.root_identifier(src, left) in sessionish:
                    # `if (authReq instanceof Response) return authReq`: the rest is signed in
                    c.auth_neg = True
                elif (
                    op == "instanceof"
                    and left is not None
                    and left.type == "identifier"
                    and sx.text(src, right) != "Object"  # (every object passes it)
                ):
                    # `if (!(file instanceof File)) throw`: a runtime type check, like `typeof`
                    c.validated.add(sx.text(src, left))
                if self._not_a_session_type(left, op, right, sessionish):
                    c.auth_neg = True  # `if (typeof token === "string") return 401`: the reader's refusal message
                if op in ("<", "<=", ">", ">="):
                    # `ROLE_RANK[m.role] < ROLE_RANK[min]`: a role ranked against the least one let in
                    low = self._ranked_role(left, st) if op in ("<", "<=") else self._ranked_role(right, st)
                    high = self._ranked_role(right, st) if op in ("<", "<=") else self._ranked_role(left, st)
                    c.role_neg = c.role_neg or low
                    c.role_pos = c.role_pos or high
                if op in ("==", "===", "!=", "!=="):
                    lv, rv = sx.text(src, left), sx.text(src, right)
                    # (`String(row.user_id) !== String(user.id)`: the converted values are compared)
                    lroot = sx.root_identifier(src, _uncoerced(src, left))
                    rroot = sx.root_identifier(src, _uncoerced(src, right))
                    if op in ("==", "===") and (
                        (lv in ("null", "undefined") and rroot in sessionish)
                        or (rv in ("null", "undefined") and lroot in sessionish)
                    ):
                        c.auth_neg = True
                    # (`await currentUserId() !== userId`: the caller's own identity, answered by a session
                    # reader asked inline, as if bound to a local first)
                    lsess = lroot in st.session or lroot in st.fetched or self._own_identity_call(left)
                    rsess = rroot in st.session or rroot in st.fetched or self._own_identity_call(right)
                    if op in ("!=", "!==") and self._verdict_field_test(n, cond, lsess, rsess):
                        c.auth_neg = True  # `if (result.status !== "success") return 400`: only a pass goes on
                    if op in ("!=", "!==") and self._status_gate_test(n, cond):
                        c.auth_neg = True  # `if (res.status !== 200) return res`: only the pass response goes on
                    if lsess and rsess and (lroot in st.client) != (rroot in st.client):
                        # (`id = params.id === "me" ? session.user.id : params.id`: the client's pick unless it
                        # asked for its own, so compared with the session's id it is the client's side)
                        lsess, rsess = lroot not in st.client, rroot not in st.client
                    # (`context.user.id !== signer.id`, both sides derived from the session: the signer a
                    # project helper looked up for the loaded record is not the caller's own identity)
                    looked_up = lsess and rsess and self._identity_against_lookup(left, right, st)
                    if (
                        op in ("!=", "!==")
                        and not (lsess or rsess)
                        and not _under_and(n, cond)
                        and self._tenant_of_checked_seat(n, left, right)
                    ):
                        # `if (lead.organizationId !== orgId) return 403` past `if (!(await seatIn(orgId)))
                        # return 403`: the row's tenant is one the caller was just proven to sit in
                        c.owner_neg = True
                    if (lsess != rsess or looked_up) and not _literal_text(lv) and not _literal_text(rv):
                        if op in ("!=", "!=="):
                            c.owner_neg = True
                            # `if (session.user.id !== userId) throw`: past the exit the client's
                            # value is the session's own (not under `&&`: there it may pass unequal)
                            other = _uncoerced(src, right if lsess else left)
                            if other is not None and other.type == "identifier" and not _under_and(n, cond):
                                c.validated.add(sx.text(src, other))
                                if lsess != rsess:
                                    c.pinned.add(sx.text(src, other))  # ... and holds the session's id
                        else:
                            c.owner_pos = True
                    if (
                        self._caller_role(left, st, sessionish, right)
                        or self._caller_role(right, st, sessionish, left)
                        or self._admin_kind_test(left, right, st)
                        or self._server_flag_test(left, right, st)
                    ):
                        if op in ("!=", "!=="):
                            c.role_neg = True
                            if lroot in sessionish or rroot in sessionish:
                                c.auth_neg = True  # `user?.role !== "admin"` also rejects a missing user
                        elif not (self._outer_param(left, n) or self._outer_param(right, n)):
                            c.role_pos = True
                            # `if (user.role === "viewer") throw`: the others pass a role test too
                            # (not `role === "patient" && !result.released`: every role reads the rows the
                            # record's own flag lets through, a visibility rule on the row, no role gate)
                            beside = self._beside_record_term(n, cond)
                            c.role_neg = c.role_both = not beside
                            c.role_record = c.role_record or beside
                        # (not a role a wrapper's caller names, `token.role === role` in
                        # `exceptRole(role, handler)`: a deny-list of its choosing, often a sanction
                        # such as "banned", that lets every other account in; its refusal branch
                        # holds that role, and the way on holds none)
                    held = self._held_operand(n, left, right)
                    if held:
                        c.held.add(held)  # `req.query.token !== token`: as secret as what callers hand in
                    elif self._admin_password_test(left, right):
                        # `if (adminPassword !== process.env.ADMIN_SECRET) return 403`: a person typing
                        # the administrators' password, an admin credential (what they send is still
                        # a client's), not a machine caller such as a signed webhook
                        if op in ("!=", "!=="):
                            c.auth_neg = c.role_neg = True
                        else:
                            c.auth_pos = c.role_pos = True
                    elif (
                        (self._secretish(left) or self._secretish(right))
                        and not self._value_test(left, right)
                        and not self._caller_pair(left, right)
                    ):
                        if op in ("==", "===") and n.id in conjuncts:
                            # `if (key && key === expected) return null`: the branch the match
                            # enters holds the secret, not the code after it (the refusal)
                            c.secret_pos = True
                        else:
                            c.secret = True
                    if op in ("!=", "!=="):
                        # `if (url.origin !== base.origin) return 400`: the URL's target is pinned
                        # to a server-chosen origin (not one the caller sends)
                        for a, b in ((left, right), (right, left)):
                            if self._origin_of(a) and not identifiers(src, b, into_functions=True) & st.client:
                                c.validated.add(sx.root_identifier(src, a) or "")
                    other = sx.strip_types(right if _enum_literal(left) else left)
                    if (
                        op in ("!=", "!==")
                        and (_enum_literal(left) or _enum_literal(right))
                        and other is not None
                        and other.type == "identifier"
                    ):
                        # `if (digest !== "daily" && digest !== "weekly") throw`: an allowlist of values;
                        # only a plain local: `req.method !== "GET"` says nothing of `req.query`
                        c.validated.add(sx.text(src, other))
            elif (
                t == "call_expression"
                and sx.callee_name(src, n) in ("isNaN", "Number.isNaN")
                and sx.root_identifier(src, sx.strip_types(next(iter(sx.call_args(n)), None))) in sessionish
                and not self._inside_unary_not(n, cond)
                and not _in_conjunction(n, top)
            ):
                c.auth_neg = True  # `if (isNaN(storeId)) throw`: a `Number(...)`-coerced session field
            elif t == "call_expression" and not self._inside_unary_not(n, cond):
                before = len(self.events)
                self._condition_call(n, st, c, negated=False)
                if len(self.events) > before and self.events[-1].kind == "floating":
                    # `if (canEdit(id) || ...)` un-awaited: a Promise, always truthy, so the branch is always
                    # taken and the operands behind it never run
                    always = always or any(d.id == n.id for d in sx.disjuncts(src, top))
            elif t == "call_expression" and self._coerced_text_test(n):
                # `if (!email.includes("@")) return` of `const email = String(formData.get("email"))`
                c.validated.add(sx.root_identifier(src, n) or "")
            elif t == "unary_expression" and sx.text(src, n.child_by_field_name("operator")) == "typeof":
                c.validated |= identifiers(src, n.child_by_field_name("argument"))
            elif t == "member_expression":
                prop = sx.text(src, n.child_by_field_name("property"))
                if prop == "length" and not self._emptiness_test(n):
                    c.validated |= {sx.root_identifier(src, n) or ""}
                elif prop == "length" and not self._inside_unary_not(n, cond) and self._nonempty_test(n):
                    # `if (errors.length > 0) return 400` after `const errors = validateInput(name, email)`
                    c.validated |= self._error_list_checked(n.child_by_field_name("object"), st)
                upload = n.child_by_field_name("object")
                if prop == "size" and not self._emptiness_test(n) and self._uploaded_file(upload):
                    # `if (file.size > MAX) return`: an upload read from the form, held to a bound
                    c.validated.add(sx.text(src, upload))
                if prop == "validationErrors" and not self._inside_unary_not(n, cond) and not _in_conjunction(n, top):
                    # `if (result?.validationErrors) return result`: past the exit, the input the
                    # next-safe-action call was handed passed its schema
                    c.validated |= self._schema_answered(n.child_by_field_name("object"))
                if prop in ("success", "error"):
                    # `if (!Email.safeParse(email).success) return`, or the same through a local
                    # `const r = S.safeParse(email)`: past the exit, `email` itself passed the schema
                    c.validated |= self._safe_parsed(n.child_by_field_name("object"))
            elif t == "identifier" and sx.text(src, n) in ("error", "success"):
                c.validated |= self._safe_parsed(n)  # joi: `const { error } = S.validate(x); if (error) return`
            elif t == "identifier" and sx.text(src, n) in self.signed_out and not self._inside_unary_not(n, cond):
                c.auth_neg = True  # `if (isGuest) return 401`, as `if (!userId)`
            elif t == "identifier" and top is not None and any(d.id == n.id for d in sx.disjuncts(src, top)):
                # `if (nameError) return { error: nameError }` after `const nameError = validateName(data.name)`
                c.validated |= self._error_text_checked(n, st)
        if top is not None:
            c.validated |= self._pinned_to_stored(top, st)
        c.validated.discard("")
        if c.role_neg and top is not None and self._for_some_values(top, st) and not self._role_switched_on(top, st):
            c.role_neg = False  # `role === "ADMIN" && me.role !== "ADMIN"`: any other role passes unchecked
        if (c.auth_neg or c.role_neg or c.owner_neg) and self._switched_check(top, st):
            # `if (closedSignups && !isAdmin) return`: past the exit, the check held only where it was on
            c.auth_neg = c.role_neg = c.owner_neg = False
        if always:
            c.auth_pos = c.role_pos = c.owner_pos = c.secret_pos = False
        if c.secret and top is not None and self._secret_skipped_on_request(top):
            # `if (!isVercelCron && provided !== secret) return 401` with `isVercelCron` read off a request
            # header: whoever sends that header, or leaves the tested one out, is let through unchecked
            c.secret = False
        return _Cond() if never else c

    def _secret_skipped_on_request(self, top: Node) -> bool:
        """A refusal `a && b` (or `!(a || b)`) with a term apart from the secret comparison that is a value
        of the request (a header, a cookie, a query or body value, or a local read from one): the caller
        makes that term false and the refusal is never taken."""
        inner = sx.unwrap(top)
        if inner is not None and inner.type == "unary_expression" and sx.text(self.src, inner)[:1] == "!":
            terms = sx.disjuncts(self.src, inner.child_by_field_name("argument"))  # `!(a || b)`: `!a && !b`
        else:
            terms = self._conjuncts(top)
        if len(terms) < 2:
            return False
        return any(self._request_value(t, 0) and not self._compares_secret_term(t) for t in terms)

    def _compares_secret_term(self, term: Node) -> bool:
        """``term`` holds an equality test with a secret on one side (`given !== process.env.KEY`)."""
        return any(
            n.type == "binary_expression"
            and sx.text(self.src, n.child_by_field_name("operator")) in _EQUALITY
            and (self._secretish(n.child_by_field_name("left")) or self._secretish(n.child_by_field_name("right")))
            for n in sx.walk_named(term)
        )

    def _request_value(self, node: Node, depth: int) -> bool:
        """``node`` reads the request (`req.headers.get("x-vercel-cron")`, `(await cookies()).get(k)`,
        `searchParams.get(k)` of the request's URL), itself or through a local bound to such a read."""
        params = set(self.fn.params)
        for n in sx.walk_named(node):
            if n.type in ("member_expression", "call_expression") and _REQUEST_PART.search(sx.text(self.src, n)):
                mentioned = identifiers(self.src, n)
                if mentioned & params or sx.root_identifier(self.src, n) in ("headers", "cookies"):
                    return True
            if n.type == "identifier" and depth < 3:
                if self._declared is None:
                    self._declared = sx.first_declarators(self.src, self.fn.node)
                d = self._declared.get(sx.text(self.src, n))
                value = d.child_by_field_name("value") if d is not None and d.start_byte < n.start_byte else None
                if value is not None and self._request_value(value, depth + 1):
                    return True
        return False

    def _held_test(self, top: Node | None) -> Node | None:
        """The comparisons a `const` local of this function holds, for a condition that is the local or
        its negation (`!canEdit` with `const canEdit = me.id === userId || me.role === "Admin" ||
        me.permissions.includes(P)`): only equality tests joined by `||`/`&&`, with list membership
        calls (`.includes`, `.some`) beside them, declared before the condition."""
        node = top
        if (
            node is not None
            and node.type == "unary_expression"
            and sx.text(self.src, node.child_by_field_name("operator")) == "!"
        ):
            node = sx.unwrap(node.child_by_field_name("argument"))
        if node is None or node.type != "identifier":
            return None
        if self._held_tests is None:
            self._held_tests = {}
            if self.src.find(b"||", self.fn.node.start_byte, self.fn.node.end_byte) != -1:
                for name, held in sx.const_values(self.src, self.fn.node):
                    if self._plain_test(held):
                        self._held_tests[name] = held
        value = self._held_tests.get(sx.text(self.src, node))
        return value if value is not None and value.start_byte < node.start_byte else None

    def _plain_test(self, node: Node, depth: int = 0) -> bool:
        """Equality tests joined by `||`/`&&` (at least one `||`-joined pair of them at the top)."""
        node = sx.unwrap(node) or node
        if node.type != "binary_expression" or depth > 12:
            return False
        op = sx.text(self.src, node.child_by_field_name("operator"))
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if op in ("||", "&&"):
            return all(
                side is not None and (self._plain_test(side, depth + 1) or self._membership_call(side))
                for side in (left, right)
            ) and (depth > 0 or op == "||")
        return op in ("===", "!==", "==", "!=")

    def _tenant_of_checked_seat(self, cmp: Node, left: Node | None, right: Node | None) -> bool:
        """``cmp`` compares a loaded row's key column with a plain local (`lead.organizationId !== orgId`)
        that an earlier seat lookup was handed and whose empty answer left the function (`if (!(await
        seatIn(orgId))) return 403`, or `const seat = ...; if (!seat) return`)."""
        src = self.src
        for row_side, other in ((left, right), (right, left)):
            row = sx.strip_types(row_side)
            held = sx.strip_types(_uncoerced(src, other))
            if row is None or held is None or row.type != "member_expression" or held.type != "identifier":
                continue
            prop = row.child_by_field_name("property")
            key = sx.text(src, prop) if prop is not None else ""
            if key in ("id", "_id") or not re.search(r"(?:[a-z]Id|_id)$", key):
                continue
            if sx.root_identifier(src, row) in self.records and seat_checked_before(
                self.az, self.fn, sx.text(src, held), cmp
            ):
                return True
        return False

    def _membership_call(self, node: Node) -> bool:
        node = sx.unwrap(node) or node
        return node.type == "call_expression" and sx.last_name(sx.callee_name(self.src, node)) in (
            "includes",
            "some",
            "has",
        )

    def _pinned_to_stored(self, top: Node, st: State) -> set[str]:
        """`if (me.email !== to && !mine.find((r) => r.email === to)) return false`: past the exit,
        `to` equals one of the values the server holds (none the caller sent): every operand of the
        `&&` tells the same plain local apart from a stored value."""
        pinned: set[str] | None = None
        for term in self._conjuncts(top):
            name = self._differs_from_stored(term, st)
            if name is None:
                return set()
            pinned = {name} if pinned is None else pinned & {name}
        return pinned or set()

    def _differs_from_stored(self, term: Node, st: State) -> str | None:
        """The plain local ``term`` is true for when it differs from a server-held value: `x !==
        row.email`, `!rows.find((r) => r.email === x)`, `!stored.includes(x)`."""
        src = self.src
        node = sx.unwrap(term)
        if node is None:
            return None
        if node.type == "binary_expression":
            if sx.text(src, node.child_by_field_name("operator")) not in ("!=", "!=="):
                return None
            left = sx.strip_types(node.child_by_field_name("left"))
            right = sx.strip_types(node.child_by_field_name("right"))
            for a, b in ((left, right), (right, left)):
                if a is not None and a.type == "identifier" and self._stored_value(b, sx.text(src, a), st):
                    return sx.text(src, a)
            return None
        if node.type != "unary_expression" or sx.text(src, node.child_by_field_name("operator")) != "!":
            return None
        call = sx.unwrap(node.child_by_field_name("argument"))
        if call is None or call.type != "call_expression":
            return None
        last = sx.last_name(sx.callee_name(src, call))
        fn_node = sx.strip_types(call.child_by_field_name("function"))
        recv = fn_node.child_by_field_name("object") if fn_node is not None else None
        if recv is None or identifiers(src, recv) & (st.client | self.param_names):
            return None
        args = [sx.strip_types(a) for a in sx.call_args(call)]
        if last in ("includes", "has") and len(args) == 1 and args[0] is not None and args[0].type == "identifier":
            return sx.text(src, args[0])
        if last not in ("find", "some", "findIndex"):
            return None
        pred = sx.predicate_callback(src, call)
        if pred is None:
            return None
        param, body = pred
        test = sx.unwrap(body)
        if test is None or test.type != "binary_expression":
            return None
        if sx.text(src, test.child_by_field_name("operator")) not in ("==", "==="):
            return None
        left = sx.strip_types(test.child_by_field_name("left"))
        right = sx.strip_types(test.child_by_field_name("right"))
        for a, b in ((left, right), (right, left)):
            if (
                a is not None
                and a.type == "identifier"
                and sx.text(src, a) != param
                and sx.root_identifier(src, b) == param
            ):
                return sx.text(src, a)
        return None

    def _stored_value(self, node: Node | None, name: str, st: State) -> bool:
        """`row.email`, `owner`: a value read from somewhere other than the caller's input (no literal)."""
        if node is None or node.type not in ("identifier", "member_expression"):
            return False
        refs = identifiers(self.src, node)
        # (nor another parameter: a helper's caller hands both values in)
        theirs = st.client | self.param_names
        return bool(refs) and name not in refs and not refs & theirs and sx.text(self.src, node) != "undefined"

    def _error_gate_test(self, top: Node, c: _Cond) -> None:
        """`if (isAuthError(actor)) return actor` (or `if ("success" in actor && !actor.success)`) past
        `actor = await requireMember()` (`Summary.error_gate`): the rest runs past the helper's checks."""
        n = sx.unwrap(top)
        if n is None:
            return
        found: tuple[str, bool, bool] | None = None
        if n.type == "call_expression":
            args = sx.call_args(n)
            arg = sx.unwrap(args[0]) if len(args) == 1 else None
            named = arg is not None and arg.type == "identifier"
            gate = self.error_gates.get(sx.text(self.src, arg)) if named else None
            target = self.az.target(self.mod, n) if gate is not None else None
            if gate is not None and target is not None and self.az.summary(target).failure_test == gate[0]:
                found = gate
        else:
            found = next(
                (g for name, g in self.error_gates.items() if _true_for_failure(self.src, n, name, g[0])), None
            )
        if found is not None:
            c.auth_neg = True
            c.role_neg = c.role_neg or found[1]
            c.owner_neg = c.owner_neg or found[2]

    def _refusal_tested(self, top: Node) -> str | None:
        """The name a test is true for when it holds something: `denied`, `denied !== null`; also a
        field of one (`access.error`, `access?.error != null`: `Summary.keyed_refusal`)."""
        named = ("identifier", "member_expression")
        if top.type in named:
            return sx.text(self.src, top).replace("?.", ".")
        narrowed = self._key_then_value(top)
        if narrowed is not None:
            return self._refusal_tested(narrowed)
        key = sx.string_value(self.src, top.child_by_field_name("left")) if top.type == "binary_expression" else None
        if key is not None and sx.text(self.src, top.child_by_field_name("operator")) == "in":
            # `"error" in access`: true exactly on a refusal when no pass answer holds the key
            right = sx.strip_types(top.child_by_field_name("right"))
            return f"in:{sx.text(self.src, right)}.{key}" if right is not None and right.type == "identifier" else None
        if top.type == "binary_expression" and sx.text(self.src, top.child_by_field_name("operator")) in ("!=", "!=="):
            left = sx.strip_types(top.child_by_field_name("left"))
            right = sx.strip_types(top.child_by_field_name("right"))
            for a, b in ((left, right), (right, left)):
                if a is not None and b is not None and a.type in named and b.type in ("null", "undefined"):
                    return sx.text(self.src, a).replace("?.", ".")
        return None

    def _key_then_value(self, top: Node) -> Node | None:
        """`"error" in result && result.error`: the key test only narrows a union for TypeScript (the value
        is truthy only where the key is there), so the test is its right side's. None for anything else."""
        if top.type != "binary_expression" or sx.text(self.src, top.child_by_field_name("operator")) != "&&":
            return None
        left = sx.unwrap(top.child_by_field_name("left"))
        right = sx.strip_types(top.child_by_field_name("right"))
        if left is None or right is None or left.type != "binary_expression":
            return None
        key = sx.string_value(self.src, left.child_by_field_name("left"))
        obj = sx.strip_types(left.child_by_field_name("right"))
        if key is None or obj is None or sx.text(self.src, left.child_by_field_name("operator")) != "in":
            return None
        value = right
        op = sx.text(self.src, value.child_by_field_name("operator")) if value.type == "binary_expression" else ""
        if op in ("!=", "!=="):
            value = sx.strip_types(value.child_by_field_name("left")) or value
        if value.type != "member_expression" or sx.text(self.src, value).replace("?.", ".") != (
            f"{sx.text(self.src, obj)}.{key}"
        ):
            return None
        return right

    def _role_flag_test(self, top: Node, c: _Cond) -> None:
        """`if (isAdmin && id)` runs its branch for the roles named (`_role_flag`); past
        `if (!isAdmin || !id) return` the caller holds one."""
        for n in self._conjuncts(top):
            if n.type == "identifier" and sx.text(self.src, n) in self.role_flags:
                c.role_pos = True
                if n.id == top.id:  # (as `role === "admin"` itself: an exit on it counts)
                    c.role_neg = c.role_both = True
        for n in sx.disjuncts(self.src, top):
            # `if (!isAdmin && !isReviewer) return`: past the exit the caller holds one of the roles named
            if all(self._negated_role_flag(t) for t in self._conjuncts(n)):
                c.role_neg = True

    def _verdict_gate_test(self, top: Node, c: _Cond) -> None:
        """`if (!gate.ok) return` past `gate = await verifyStaff()` (`Summary.verdict_gate`): the rest
        runs past the helper's role or owner check; `if (gate.ok) {...}` runs its branch so."""
        for d in sx.disjuncts(self.src, top):
            n = sx.unwrap(d)
            if n is None or n.type != "unary_expression" or sx.text(self.src, n.child_by_field_name("operator")) != "!":
                continue
            gate = self._verdict_gate_of(n.child_by_field_name("argument"))
            if gate is not None:
                c.role_neg = c.role_neg or gate[1]
                c.owner_neg = c.owner_neg or gate[2]
        for n in self._conjuncts(top):
            gate = self._verdict_gate_of(n)
            if gate is not None:
                c.role_pos = c.role_pos or gate[1]
                c.owner_pos = c.owner_pos or gate[2]

    def _pass_key_test(self, top: Node, c: _Cond) -> None:
        """`if (!user) return response` past `const { user, response } = await getApiStaff(roles)`
        (`Summary.pass_key`): the rest runs past the helper's check; `if (user) {...}` runs its branch so."""
        for d in sx.disjuncts(self.src, top):
            grant = self.pass_keys.get(_blank_tested(self.src, d) or "")
            if grant is not None:
                c.role_neg = c.role_neg or grant[0]
                c.owner_neg = c.owner_neg or grant[1]
                c.auth_neg = c.auth_neg or grant[2]
        for n in self._conjuncts(top):
            if n.type not in ("identifier", "member_expression"):
                continue
            grant = self.pass_keys.get(sx.text(self.src, n).replace("?.", "."))
            if grant is not None:
                c.role_pos = c.role_pos or grant[0]
                c.owner_pos = c.owner_pos or grant[1]
                c.auth_pos = c.auth_pos or grant[2]

    def _pass_grant(
        self, call: Node, target: Function, passing: tuple[frozenset[str], bool, bool, bool]
    ) -> tuple[bool, bool, bool]:
        """(role, owner, signed in) a `Summary.pass_key` helper's answer vouches for at ``call``: a role
        only where the call names the roles its helper checks only when given; an owner only of what the
        call hands it (`getApiStaff(["office"])` looks up the caller's own row, no record they chose)."""
        summary = self.az.summary(target)
        role = passing[1] and (summary.role_list_param < 0 or _role_list_passed(self.src, call, summary))
        args = sx.call_args(call)
        owner = passing[2] and bool(args) and not _asks_of_nothing_chosen(self.src, call)
        return role, owner, passing[3]

    def _verdict_gate_of(self, node: Node | None) -> tuple[str, bool, bool] | None:
        """The gate of `gate.ok` when `gate` holds a `Summary.verdict_gate` helper's answer."""
        node = sx.unwrap(node)
        if node is None or node.type != "member_expression":
            return None
        obj = sx.unwrap(node.child_by_field_name("object"))
        gate = self.verdict_gates.get(sx.text(self.src, obj)) if obj is not None and obj.type == "identifier" else None
        if gate is None or sx.text(self.src, node.child_by_field_name("property")) != gate[0]:
            return None
        return gate

    def _negated_role_flag(self, term: Node) -> bool:
        """`!isAdmin` where `isAdmin` is a role flag (`_role_flag`)."""
        n = sx.unwrap(term)
        if n is None or n.type != "unary_expression" or sx.text(self.src, n.child_by_field_name("operator")) != "!":
            return False
        arg = sx.unwrap(n.child_by_field_name("argument"))
        return arg is not None and arg.type == "identifier" and sx.text(self.src, arg) in self.role_flags

    def _verdict_test(self, top: Node, c: _Cond) -> None:
        """`if (!row || !allowed) return 404` past `allowed = row.ownerId === me.id || ...` (`_note_verdict`):
        the rest runs for an owner or a holder of the role asked about, as the comparison itself would."""
        for n in sx.disjuncts(self.src, top):
            # (`if (!isCoach && !isClient) return 403`, each a verdict: past the exit one of them holds)
            gates = [self._negated_verdict(t) for t in self._conjuncts(n)]
            if gates and all(g is not None for g in gates):
                c.role_neg = c.role_neg or any(g[0] for g in gates if g is not None)
                c.owner_neg = c.owner_neg or any(g[1] for g in gates if g is not None)
        for n in self._conjuncts(top):
            gate = self.verdicts.get(sx.text(self.src, n)) if n.type == "identifier" else None
            if gate is not None:
                c.role_pos = c.role_pos or gate[0]
                c.owner_pos = c.owner_pos or gate[1]

    def _negated_verdict(self, term: Node) -> tuple[bool, bool] | None:
        """(role, owner) of the verdict `v` in a term `!v` or `v !== true` (`_note_verdict`)."""
        n = sx.unwrap(term)
        if n is None:
            return None
        refused = self._refused_verdict(n)  # `allowed !== true`, `allowed === false`
        if refused is not None:
            return self.verdicts.get(refused)
        if n.type != "unary_expression" or sx.text(self.src, n.child_by_field_name("operator")) != "!":
            return None
        arg = sx.unwrap(n.child_by_field_name("argument"))
        return self.verdicts.get(sx.text(self.src, arg)) if arg is not None and arg.type == "identifier" else None

    def _refused_verdict(self, n: Node) -> str | None:
        """`allowed !== true`, `allowed === false`: the local a test holds false exactly when it is not true."""
        n = sx.unwrap(n) or n
        if n.type != "binary_expression":
            return None
        op = sx.text(self.src, n.child_by_field_name("operator"))
        left, right = sx.unwrap(n.child_by_field_name("left")), sx.unwrap(n.child_by_field_name("right"))
        if left is None or right is None:
            return None
        if left.type in ("true", "false"):
            left, right = right, left
        if left.type != "identifier":
            return None
        if (op in ("!==", "!=") and right.type == "true") or (op == "===" and right.type == "false"):
            return sx.text(self.src, left)
        return None

    def _ability_call(self, n: Node | None) -> bool:
        """`ability.can("update", subject)`, `ability.can(action, target)`: a CASL question, its receiver
        named for an ability or its action a literal."""
        n = sx.unwrap(n)
        if n is None or n.type != "call_expression":
            return False
        callee = sx.callee_name(self.src, n)
        args = sx.call_args(n)
        if sx.last_name(callee) != "can" or "." not in callee or len(args) < 2:
            return False
        return _enum_literal(args[0]) or bool(_ABILITY_NAME.search(sx.last_name(callee.rsplit(".", 1)[0])))

    def _ability_answer(self, v: Node) -> str:
        """ "list" for CASL answers collected (`await Promise.all(rules.map(async (r) => ability.can(...)))`,
        `.then((rs) => rs.flat())`, `results.flat()`), "one" for a boolean folded from such a list
        (`results.reduce((a, b) => a && b, true)`, `results.every(Boolean)`), "" otherwise."""
        call = sx.unwrap(v)
        if call is None or call.type != "call_expression":
            return ""
        fn = sx.strip_types(call.child_by_field_name("function"))
        if fn is None or fn.type != "member_expression":
            return ""
        method = sx.text(self.src, fn.child_by_field_name("property"))
        recv = sx.unwrap(fn.child_by_field_name("object"))
        args = sx.call_args(call)
        if recv is not None and recv.type == "identifier" and sx.text(self.src, recv) in self.ability_lists:
            if method in ("reduce", "every", "some"):
                return "one"
            return "list" if method == "flat" else ""
        if method == "all" and sx.text(self.src, fn.child_by_field_name("object")) == "Promise" and len(args) == 1:
            mapped = sx.unwrap(args[0])
            mfn = sx.strip_types(mapped.child_by_field_name("function")) if mapped is not None else None
            if mapped is None or mfn is None or mfn.type != "member_expression":
                return ""
            if sx.text(self.src, mfn.child_by_field_name("property")) not in ("map", "flatMap"):
                return ""
            margs = sx.call_args(mapped)
            cb = sx.strip_types(margs[0]) if margs else None
            return "list" if cb is not None and sx.is_function(cb) and self._answers_abilities(cb) else ""
        if recv is None or recv.type != "call_expression":
            return ""
        if method == "then":
            # (the list handed on, or flattened: `.then((results) => results.flat())`)
            cb = sx.strip_types(args[0]) if len(args) == 1 else None
            if cb is None or not sx.is_function(cb) or not self._hands_list_on(cb):
                return ""
            return self._ability_answer(recv)
        if method == "catch":
            # (a handler that only throws: a failed check stays refused)
            cb = sx.strip_types(args[0]) if len(args) == 1 else None
            body = cb.child_by_field_name("body") if cb is not None and sx.is_function(cb) else None
            if body is None or body.type != "statement_block" or sx.find(body, ("return_statement",)):
                return ""
            return self._ability_answer(recv)
        return ""

    def _hands_list_on(self, cb: Node) -> bool:
        """`(results) => results.flat()`, `(rs) => rs`: a callback answering its one parameter's list."""
        ps = cb.child_by_field_name("parameters")
        one = cb.child_by_field_name("parameter")
        nodes = [one] if one is not None else ps.named_children if ps is not None else []
        params = [n for p in nodes for n in sx.pattern_names(self.src, p)]
        body = sx.unwrap(cb.child_by_field_name("body"))
        if len(params) != 1 or body is None:
            return False
        text = sx.text(self.src, body)
        return text in (params[0], params[0] + ".flat()")

    def _answers_abilities(self, cb: Node) -> bool:
        """Every value ``cb`` (and the `map`/`flatMap` callbacks inside it) answers is a CASL question's
        answer (`ability.can(...)`, a local holding one) or such a nested list; at least one such."""
        src = self.src
        held = set()
        for d in sx.find(cb, ("variable_declarator",)):
            if self._ability_call(d.child_by_field_name("value")):
                held.add(sx.text(src, d.child_by_field_name("name")))
        answers: list[Node | None] = []
        for f in sx.find(cb, _FUNCTION_KINDS):
            body = f.child_by_field_name("body")
            if body is not None and body.type != "statement_block":
                answers.append(body)
        for r in sx.find(cb, ("return_statement",)):
            answers.append(r.named_children[0] if r.named_children else None)
        asked = False
        for a in answers:
            n = sx.unwrap(a)
            if n is None:
                return False
            if self._ability_call(n) or (n.type == "identifier" and sx.text(src, n) in held):
                asked = True
                continue
            nfn = sx.strip_types(n.child_by_field_name("function")) if n.type == "call_expression" else None
            if nfn is None or nfn.type != "member_expression":
                return False
            if sx.text(src, nfn.child_by_field_name("property")) not in ("map", "flatMap"):
                return False
            inner = sx.call_args(n)
            if not inner or not sx.is_function(sx.strip_types(inner[0]) or inner[0]):
                return False
        return asked

    def _note_verdict(self, name: str, v: Node, st: State) -> None:
        """Keep ``name`` as a verdict while every value it is given (but a falsy start, `let allowed =
        false`) holds only past an ownership comparison or a role answer on each way to true."""
        if name in self.not_verdicts or guards.falsy(self.src, v):
            return
        gate = self._verdict_gate(v, st) if v.type in ("binary_expression", "identifier") else None
        if gate is None and v.type == "true" and (st.role or st.owner):
            # `if (row.teamId === myTeamId) allowed = true;` (`if (seat) allowed = true`): set to true
            # only inside the branch an ownership comparison or a role check opened
            gate = (st.role, st.owner)
        if gate is None:
            self.not_verdicts.add(name)
            self.verdicts.pop(name, None)
            return
        old = self.verdicts.get(name, (False, False))
        self.verdicts[name] = (old[0] or gate[0], old[1] or gate[1])

    def _rule_verdict(self, name: str, call: Node, st: State) -> bool:
        """``name`` (named as a permission answer: `hasPermission`, `allowed`, `canEdit`) holds what a call
        run to completion answers when handed, directly or through the locals built for it (`const facts
        = { user: {...}, form: {...} }`, `const rule = JSON.parse(row.rule)`), both the caller's session
        values and a row this function loaded: a permission rule of that row evaluated for the caller."""
        if not (_PERMISSION_WORDS & set(vocab.words(name)) or _PERMISSION_QUESTION.match(name)):
            return False
        own = st.session | st.fetched
        if not own or not self.records:
            return False
        # (a library's rule engine answers at once, or is awaited; a project function that is async and
        # not awaited answers a Promise)
        if not is_awaited_or_sync(self, call) and self.az.target(self.mod, call) is not None:
            return False
        src = self.src
        given = {n for a in sx.call_args(call) for n in identifiers(src, a)}
        if self._declared is None:
            self._declared = sx.first_declarators(src, self.fn.node)
        for n in list(given):
            decl = self._declared.get(n)
            if decl is None or decl.start_byte >= call.start_byte:
                continue
            value = sx.unwrap(decl.child_by_field_name("value"))
            if value is not None and value.type in ("object", "call_expression"):
                given |= identifiers(src, value)
        return bool(given & own) and any(r in given for r in self.records)

    def _verdict_gate(self, v: Node, st: State) -> tuple[bool, bool] | None:
        """(role, owner) of a value true only for an owner of the row compared or a holder of a role:
        each `||` operand has an `&&` operand that is such a test (`isMine || (!isSubject && (await
        can(me.id, "reports.manage")))`); None when some way to true tests neither."""
        role = owner = False
        for d in sx.disjuncts(self.src, v):
            found = False
            for term in self._conjuncts(d):
                gate = self._verdict_term(term, st)
                if gate is not None:
                    found = True
                    role, owner = role or gate[0], owner or gate[1]
            if not found:
                return None
        return role, owner

    def _verdict_term(self, term: Node, st: State) -> tuple[bool, bool] | None:
        node = sx.unwrap(term)
        if node is None:
            return None
        if node.type == "identifier":
            name = sx.text(self.src, node)
            if name in self.role_flags:
                return True, False
            return self.verdicts.get(name)
        operator = sx.text(self.src, node.child_by_field_name("operator")) if node.type == "binary_expression" else ""
        if operator in ("==", "==="):
            if self._role_flag(node, st):
                return True, False
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if _literal_text(sx.text(self.src, left)) or _literal_text(sx.text(self.src, right)):
                return None
            sessionish = st.session | st.fetched
            lsess = sx.root_identifier(self.src, left) in sessionish
            rsess = sx.root_identifier(self.src, right) in sessionish
            return (False, True) if lsess != rsess else None
        if node.type == "call_expression" and self._caller_role_answer(node, st):
            return True, False  # (inside `||`/`&&` only: a bare role answer is a role flag already)
        if node.type == "call_expression" and self._check_of_loaded_row(node, st):
            return False, True
        return None

    def _held_quantified_test(self, top: Node | None) -> tuple[Node, bool | None, bool | None] | None:
        """`_quantified_records_test` of the test a `const` local holds, for a condition that is the local
        or its negation (`if (unauthorized) throw` after `const unauthorized = rows.some((r) => r.orgId !==
        orgId)`), declared before the condition."""
        node = sx.unwrap(top)
        negated = (
            node is not None
            and node.type == "unary_expression"
            and sx.text(self.src, node.child_by_field_name("operator")) == "!"
        )
        if negated and node is not None:
            node = sx.unwrap(node.child_by_field_name("argument"))
        if node is None or node.type != "identifier":
            return None
        if self._held_quantified is None:
            self._held_quantified = {}
            fn = self.fn.node
            if self.src.find(b".some(", fn.start_byte, fn.end_byte) != -1 or (
                self.src.find(b".every(", fn.start_byte, fn.end_byte) != -1
            ):
                for name, held in sx.const_values(self.src, fn):
                    if held.type == "call_expression" and sx.last_name(sx.callee_name(self.src, held)) in (
                        "some",
                        "every",
                    ):
                        self._held_quantified[name] = held
        value = self._held_quantified.get(sx.text(self.src, node))
        if value is None or value.start_byte >= node.start_byte:
            return None
        found = self._quantified_records_test(value)
        if found is None or not negated:
            return found
        return (found[0], found[2], found[1])  # (`!allOwned`: the exit and the branch trade places)

    def _quantified_records_test(self, top: Node | None) -> tuple[Node, bool | None, bool | None] | None:
        """`rows.some((r) => TEST)` / `rows.every((r) => TEST)` (possibly negated) over records read here
        (the walk of a condition does not enter the callback): the TEST, and how what it proves maps onto
        the whole condition. Returns (TEST, exit, inside): ``exit`` None when the condition's exit proves
        nothing of every row, else whether TEST's positive facts (True) or negative ones (False) hold past
        it; ``inside`` likewise for the branch the condition opens. `some(T)` exits when one row fails
        `!T`, so past it every row passed `!T`; `!every(T)` exits when one fails T."""
        node = sx.unwrap(top)
        negated = False
        if (
            node is not None
            and node.type == "unary_expression"
            and sx.text(self.src, node.child_by_field_name("operator")) == "!"
        ):
            negated, node = True, sx.unwrap(node.child_by_field_name("argument"))
        if node is None or node.type != "call_expression":
            return None
        callee = sx.strip_types(node.child_by_field_name("function"))
        if callee is None or callee.type != "member_expression":
            return None
        last = sx.text(self.src, callee.child_by_field_name("property"))
        held = sx.root_identifier(self.src, callee.child_by_field_name("object"))
        args = sx.call_args(node)
        fn = sx.strip_types(args[0]) if len(args) == 1 and last in ("some", "every") else None
        if (
            fn is None
            or fn.type != "arrow_function"
            or held not in self.records
            or len(sx.param_names(self.src, fn)) != 1
        ):
            return None
        body = sx.unwrap(fn.child_by_field_name("body"))
        if body is None or body.type == "statement_block":
            return None
        if last == "some":
            return (body, None, False) if negated else (body, False, None)
        return (body, True, None) if negated else (body, None, True)

    def _role_in_callback(self, call: Node, sessionish: set[str], c: _Cond) -> None:
        """`roles.every((r) => token.role !== r)`, `!roles.some((r) => user.role === r)`: the session's
        role tested against each of a list (the walk of a condition does not enter the callback)."""
        last = sx.last_name(sx.callee_name(self.src, call))
        args = sx.call_args(call)
        fn = sx.strip_types(args[0]) if len(args) == 1 and last in ("every", "some") else None
        body = sx.unwrap(fn.child_by_field_name("body")) if fn is not None and fn.type == "arrow_function" else None
        if body is not None and fn is not None and self._names_listed_held(call, fn, body, sessionish):
            # `!session.user.posts.some((p) => ["CHIEF", "DEPUTY"].includes(p))`: as `p === "CHIEF" || ...`
            if last == "some" and _negated(call):
                c.role_neg = c.auth_neg = True
            elif last == "some":
                c.role_pos = True
            return
        if body is None or body.type != "binary_expression":
            return
        op = sx.text(self.src, body.child_by_field_name("operator"))
        left, right = body.child_by_field_name("left"), body.child_by_field_name("right")
        roles = [x for x in (left, right) if self._is_role_expr(x) and sx.root_identifier(self.src, x) in sessionish]
        if not roles and fn is not None and self._held_role_list(call, fn, left, right, sessionish):
            roles = [call]  # `user.roles.some((r) => r.role === Role.ADMIN)`: a named role among the caller's
        if not roles or op not in ("===", "==", "!==", "!="):
            return
        if (op in ("!==", "!=")) == (last == "every") and (last == "every") != _negated(call):
            c.role_neg = True  # the exit fires when no listed role matches
            c.auth_neg = True  # (and when there is no session to read a role from)
        elif op in ("===", "==") and last == "some" and not _negated(call):
            c.role_pos = c.role_neg = c.role_both = True

    def _names_listed_held(self, call: Node, fn: Node, body: Node, sessionish: set[str]) -> bool:
        """`session.user.posts.some((p) => ["CHIEF", "DEPUTY"].includes(p))`: a list field of the session
        user searched for one of a fixed list of names (written in place or a module constant), which is
        how a role held among several is tested whatever the field is called."""
        callee = sx.strip_types(call.child_by_field_name("function"))
        held = sx.strip_types(callee.child_by_field_name("object")) if callee is not None else None
        if held is None or held.type != "member_expression" or sx.root_identifier(self.src, held) not in sessionish:
            return False
        params = sx.param_names(self.src, fn)
        if len(params) != 1 or body.type != "call_expression":
            return False
        test = sx.strip_types(body.child_by_field_name("function"))
        args = [sx.strip_types(a) for a in sx.call_args(body)]
        if test is None or test.type != "member_expression" or len(args) != 1 or args[0] is None:
            return False
        if sx.text(self.src, test.child_by_field_name("property")) not in ("includes", "has"):
            return False
        if args[0].type != "identifier" or sx.text(self.src, args[0]) != params[0]:
            return False
        names = sx.strip_types(test.child_by_field_name("object"))
        if names is not None and names.type == "identifier":
            names = sx.strip_types(_module_constant(self.mod, sx.text(self.src, names)))
        return (
            names is not None
            and names.type == "array"
            and bool(names.named_children)
            and all(_role_name(sx.text(self.src, n)) and n.type == "string" for n in names.named_children)
        )

    def _held_role_list(
        self, call: Node, fn: Node, left: Node | None, right: Node | None, sessionish: set[str]
    ) -> bool:
        """`currentUser.roles.some((r) => r.role === Role.ADMIN)`: the session user's list of roles
        searched for a named one (a literal or an enum member), the item's role field compared."""
        callee = sx.strip_types(call.child_by_field_name("function"))
        held = sx.strip_types(callee.child_by_field_name("object")) if callee is not None else None
        if held is None or sx.root_identifier(self.src, held) not in sessionish:
            return False
        if held.type != "member_expression" or not _ROLE_LIST.match(
            sx.text(self.src, held.child_by_field_name("property"))
        ):
            return False
        params = sx.param_names(self.src, fn)
        if len(params) != 1:
            return False
        for item, named in ((left, right), (right, left)):
            item, named = sx.strip_types(item), sx.strip_types(named)
            if item is None or named is None or sx.root_identifier(self.src, item) != params[0]:
                continue
            text = sx.text(self.src, named)
            if _role_name(text) or (named.type == "member_expression" and _ENUM_MEMBER.match(text)):
                return item.type == "identifier" or self._is_role_expr(item)
        return False

    def _switched_check(self, top: Node | None, st: State) -> bool:
        """An `&&` chain with a conjunct that switches the check on: a deployment setting
        (`process.env.CLOSED_SIGNUPS === "true"`, a module constant read from one; not `NODE_ENV ===
        "production"`, true on every production request), or a flag the caller sends (`invite && !user`)."""
        conjuncts = self._conjuncts(top)
        if len(conjuncts) < 2:
            return False
        for c in conjuncts:
            if deployment.true_in_production(self.src, c):
                continue
            if self._deployment_setting(c, 0) or self._sent_flag(c, st):
                return True
        return False

    def _sent_flag(self, node: Node, st: State) -> bool:
        """`invite`, a local the caller's input filled (`const { invite } = parsed.data`), tested
        alone: the check beside it runs only when the caller sends it. (Not a parameter, nor taken
        straight from one: `const { required } = opts` is the caller's code choosing a mode.)"""
        node = sx.unwrap(node) or node
        if node.type != "identifier":
            return False
        name = sx.text(self.src, node)
        if name not in st.client or name in st.session or name in st.fetched or name in self.param_names:
            return False
        values = [
            d.child_by_field_name("value")
            for d in sx.find(self.fn.node, ("variable_declarator",), into_functions=False)
            if name in sx.pattern_names(self.src, d.child_by_field_name("name"))
        ]
        return bool(values) and all(
            v is not None and sx.root_identifier(self.src, sx.unwrap(v)) not in self.param_names for v in values
        )

    def _deployment_setting(self, node: Node | None, depth: int) -> bool:
        """``node`` reads only the environment: `process.env.X`, compared with literals, or a module
        constant built from it (`const privateMode = process.env.PRIVATE_MODE === "true"`)."""
        node = sx.unwrap(node)
        if node is None or depth > 2:
            return False
        t = node.type
        if t in ("string", "number", "true", "false", "null", "undefined"):
            return True
        if t == "member_expression":
            return sx.dotted(self.src, node).startswith("process.env.")
        if t == "unary_expression":
            return self._deployment_setting(node.child_by_field_name("argument"), depth)
        if t in ("binary_expression", "ternary_expression"):
            # (a binary expression's operands are its named children too: `a === "true"`)
            return all(self._deployment_setting(p, depth) for p in node.named_children if p.type != "comment")
        if t == "identifier":
            value = _module_constant(self.mod, sx.text(self.src, node))
            return value is not None and self._deployment_setting(value, depth + 1)
        return False

    def _verdict_field_test(self, test: Node, cond: Node | None, lsess: bool, rsess: bool) -> bool:
        """`result.status !== "success"` on a sign-in helper's answer (or a session's field): a field of
        it that differs from a fixed value, so an exit on it lets through only an answer that is there
        and holds that value (a missing session's field is undefined, never the value). Not under `&&`
        or `!`, where the exit may not be taken."""
        if cond is None or lsess == rsess or _under_and(test, cond) or self._inside_unary_not(test, cond):
            return False
        field, value = (test.child_by_field_name("left"), test.child_by_field_name("right"))
        if rsess:
            field, value = value, field
        field, value = sx.strip_types(field), sx.strip_types(value)
        return field is not None and field.type == "member_expression" and value is not None and value.type == "string"

    def _status_gate_test(self, test: Node, cond: Node | None) -> bool:
        """`res.status !== 200` where `res` is a `Summary.pass_status` helper's answer and 200 its
        pass status (not under `&&` or `!`, where the exit may not be taken)."""
        if cond is None or not self.status_gates or _under_and(test, cond) or self._inside_unary_not(test, cond):
            return False
        sides = [sx.strip_types(test.child_by_field_name(f)) for f in ("left", "right")]
        for member, value in (sides, sides[::-1]):
            if member is None or value is None or member.type != "member_expression" or value.type != "number":
                continue
            obj = sx.strip_types(member.child_by_field_name("object"))
            name = sx.text(self.src, obj) if obj is not None and obj.type == "identifier" else ""
            if sx.text(self.src, member.child_by_field_name("property")) == "status" and name in self.status_gates:
                return self.status_gates[name] == sx.text(self.src, value)
        return False

    def _not_a_session_type(self, left: Node | None, op: str, right: Node | None, sessionish: set[str]) -> bool:
        """`typeof token === "string"` on a session reader's result: true when it holds no session
        object (a reader that answers a refusal message instead). (Not `typeof x !== "object"`: a
        null answer is an object too.)"""
        return op in ("==", "===") and typeof_test(self.src, left, right) in sessionish

    def _role_value(self, node: Node | None) -> bool:
        """`user.role`, `session.user.roles`: the field naming which role the caller holds (a flag such
        as `isAdmin` is true only for the role it names)."""
        node = sx.strip_types(node)
        return (
            node is not None
            and node.type == "member_expression"
            and sx.text(self.src, node.child_by_field_name("property")).lower() in ("role", "roles")
        )

    def _tests_of_a_missing_value(self, top: Node | None) -> list[Node]:
        """The comparisons in an `&&` chain of a value another conjunct requires to be missing:
        `!user.role && user.role !== "ADMIN"` holds only when the role is falsy, so the comparison
        runs only on a missing role and tests no role the caller holds (the chain means `!user.role`)."""
        terms = self._conjuncts(top)
        missing = set()
        for term in terms:
            if term.type == "unary_expression" and sx.text(self.src, term.child_by_field_name("operator")) == "!":
                arg = sx.strip_types(term.child_by_field_name("argument"))
                if arg is not None and arg.type in ("identifier", "member_expression"):
                    missing.add(sx.text(self.src, arg).replace("?.", "."))
        if not missing:
            return []
        dead = []
        for term in terms:
            if term.type != "binary_expression" or sx.text(self.src, term.child_by_field_name("operator")) not in (
                "==",
                "===",
                "!=",
                "!==",
            ):
                continue
            sides = [sx.strip_types(term.child_by_field_name(f)) for f in ("left", "right")]
            if any(s is not None and sx.text(self.src, s).replace("?.", ".") in missing for s in sides):
                dead.append(term)
        return dead

    def _conjuncts(self, node: Node | None) -> list[Node]:
        """The operands of a top-level `a && b && c` (the node itself when it is no `&&`)."""
        node = sx.strip_types(node)
        while node is not None and node.type == "parenthesized_expression" and node.named_children:
            node = sx.strip_types(node.named_children[0])
        if node is None:
            return []
        if node.type == "binary_expression" and sx.text(self.src, node.child_by_field_name("operator")) == "&&":
            return self._conjuncts(node.child_by_field_name("left")) + self._conjuncts(
                node.child_by_field_name("right")
            )
        return [node]

    def _beside_record_term(self, n: Node, cond: Node | None) -> bool:
        """``n`` is a conjunct of an `&&` in ``cond`` beside one that tests a record the function loaded
        (`me.role === "patient" && !lab.released`): the exit is taken only for some of that record's rows."""
        top = n
        p = n.parent
        while p is not None and cond is not None and cond.start_byte <= p.start_byte and p.end_byte <= cond.end_byte:
            if p.type == "binary_expression" and sx.text(self.src, p.child_by_field_name("operator")) == "&&":
                top = p
            elif p.type not in ("parenthesized_expression", "binary_expression"):
                break
            elif p.type == "binary_expression":
                break  # (an `||` above: another disjunct)
            p = p.parent
        if top is n:
            return False
        return any(
            not (t.start_byte <= n.start_byte and n.end_byte <= t.end_byte)
            and any(sx.root_identifier(self.src, x) in self.records for x in sx.walk_named(t))
            for t in self._conjuncts(top)
        )

    def _role_switched_on(self, node: Node, st: State) -> bool:
        """`if (minRole === "lead" && role !== "lead") throw` in `requireStaff(minRole = "agent")`: the value
        that holds for some values only is the function's own parameter compared with a literal, so the
        role test runs for the callers that pass that literal (`requireStaff("lead")`), and for no other."""
        node = sx.strip_types(node) or node
        if node.type != "binary_expression" or sx.text(self.src, node.child_by_field_name("operator")) != "&&":
            return False
        left, right = (sx.strip_types(node.child_by_field_name(f)) for f in ("left", "right"))
        if left is None or right is None or self._for_some_values(right, st):
            return False
        if left.type != "binary_expression" or sx.text(self.src, left.child_by_field_name("operator")) not in (
            "==",
            "===",
        ):
            return False
        sides = [sx.strip_types(left.child_by_field_name(f)) for f in ("left", "right")]
        param = next((x for x in sides if x is not None and x.type == "identifier"), None)
        literal = next((x for x in sides if x is not None and x.type == "string"), None)
        name = sx.text(self.src, param) if param is not None else ""
        value = sx.string_value(self.src, literal) if literal is not None else None
        if name not in self.param_names or value is None:
            return False
        self.role_lists.add(name)
        self.role_values.setdefault(name, set()).add(value)
        return True

    def _for_some_values(self, node: Node, st: State) -> bool:
        """An `&&` chain with a conjunct that holds only for a client-chosen value (`role === "ADMIN"`):
        a check in the other conjuncts runs only when the caller sends that value."""
        node = sx.strip_types(node) or node
        if node.type != "binary_expression":
            return False
        op = sx.text(self.src, node.child_by_field_name("operator"))
        sides = [sx.strip_types(node.child_by_field_name(f)) for f in ("left", "right")]
        if op == "&&":
            return any(s is not None and self._for_some_values(s, st) for s in sides)
        # `role === "ADMIN"`, `me.userId === userToBeChanged`: true only for the value the caller picks
        return op in ("==", "===") and bool(
            {sx.root_identifier(self.src, s) for s in sides} & (st.client - st.session - st.fetched)
        )

    def _failure_calls(self, v: Node) -> bool:
        """A call of a helper that answers only failures or nothing (`Summary.only_failures`), or a
        `??` / `||` chain of such calls."""
        v = sx.unwrap(v) or v
        if v.type == "binary_expression" and sx.text(self.src, v.child_by_field_name("operator")) in ("??", "||"):
            left, right = v.child_by_field_name("left"), v.child_by_field_name("right")
            return left is not None and right is not None and self._failure_calls(left) and self._failure_calls(right)
        if v.type != "call_expression":
            return False
        target = self.az.target(self.mod, v)
        return target is not None and self.az.summary(target).only_failures

    def _found_by_secret(self, call: Node) -> bool:
        """``call`` hands a project helper only the caller's secret (`token`, or a local trimmed from it),
        and the helper only reads, each read picked by it."""
        args = sx.call_args(call)
        if not args:
            return False
        for a in args:
            u = sx.strip_types(a)
            if u is None or u.type not in ("identifier", "member_expression"):
                return False
            name = sx.text(self.src, u.child_by_field_name("property") if u.type == "member_expression" else u)
            if name not in self.secret_locals and not (
                vocab.is_secret_name(name) and vocab.words(name)[-1] not in ("id", "ids")
            ):
                return False
        if not is_awaited(call):  # (after the names: a climb up the tree)
            return False
        target = self.az.target(self.mod, call)
        if target is None:
            return False
        ops = self.az.summary(target).ops
        return bool(ops) and all(op.kind == "read" and op.filter_uses for op in ops)

    def _presents_header(self, call: Node) -> bool:
        """An argument of ``call`` reads a request header (`req.headers.get("authorization")`, `authHeader`
        bound to one): what a machine caller presents, not a password typed into a form."""
        for a in sx.call_args(call):
            if self.src.find(b"headers", a.start_byte, a.end_byte) != -1:
                return True
            u = sx.unwrap(a)
            if u is not None and u.type == "identifier":
                name = sx.text(self.src, u)
                for d in sx.find(self.fn.node, ("variable_declarator",), into_functions=False):
                    value = d.child_by_field_name("value")
                    if (
                        value is not None
                        and d.start_byte < call.start_byte
                        and sx.text(self.src, d.child_by_field_name("name")) == name
                        and self.src.find(b"headers", value.start_byte, value.end_byte) != -1
                    ):
                        return True
        return False

    def _hands_request(self, call: Node, target: Function) -> bool:
        """`guardScheduler(req)`: ``call`` hands on this function's own request parameter to a
        helper that reads that request's headers itself."""
        own = set(self.fn.params)
        if not any(
            (u := sx.strip_types(a)) is not None and u.type == "identifier" and sx.text(self.src, u) in own
            for a in sx.call_args(call)
        ):
            return False
        body = target.node
        return target.module.src.find(b".headers", body.start_byte, body.end_byte) != -1

    def _compares_secret(self, v: Node) -> bool:
        """`safeCompare(h, expected)`, or an `&&` chain with one as a conjunct: true only when the
        presented secret matched (not under `||`, where another operand lets a caller in)."""
        if _SAFE_COMPARE_TEXT.search(self.src, v.start_byte, v.end_byte) is None:
            return False  # (the cheap test first: no comparer's name in the value's text, most values)
        u = sx.unwrap(v)
        if u is not None and u.type == "call_expression" and sx.last_name(sx.callee_name(self.src, u)) == "some":
            # `keys.some((k) => got.length === k.length && timingSafeEqual(got, k))`: one of the keys matched
            args = sx.call_args(u)
            cb = sx.unwrap(args[0]) if len(args) == 1 else None
            if cb is not None and cb.type in ("arrow_function", "function_expression", "function"):
                body = cb.child_by_field_name("body")
                if body is not None and body.type != "statement_block":
                    return self._compares_secret(body)
                rets = sx.find(body, ("return_statement",), into_functions=False) if body is not None else []
                return bool(rets) and all(
                    r.named_child_count == 1 and self._compares_secret(r.named_children[0]) for r in rets
                )
        calls = (sx.unwrap(part) for part in self._conjuncts(v))
        return any(
            c is not None
            and c.type == "call_expression"
            and bool(_SAFE_COMPARE.search(sx.last_name(sx.callee_name(self.src, c))))
            for c in calls
        )

    def _secret_refused(self, top: Node) -> bool:
        """`denied` bound to a `Summary.secret_refusal` helper's answer, or such a call itself."""
        if top.type == "identifier":
            return sx.text(self.src, top) in self.secret_refusals
        call = sx.unwrap(top)
        if call is None or call.type != "call_expression" or not is_awaited_or_sync(self, call):
            return False
        target = self.az.target(self.mod, call)
        return target is not None and self.az.summary(target).secret_refusal

    def _positive(self, node: Node, st: State, c: _Cond) -> None:
        """`if (session)`, `if (session?.user && ...)`: the then-branch is authenticated."""
        node = sx.strip_types(node) or node
        if node.type == "binary_expression" and sx.text(self.src, node.child_by_field_name("operator")) == "&&":
            for side in (node.child_by_field_name("left"), node.child_by_field_name("right")):
                if side is not None:
                    self._positive(side, st, c)
            return
        if node.type in ("identifier", "member_expression") and sx.dotted(self.src, node) not in self.auth_errors:
            rid = sx.root_identifier(self.src, node)
            if rid in st.session or rid in st.fetched or self._request_session(node):
                c.auth_pos = True  # (not `if (error)`: that branch runs signed out)
            if node.type == "identifier" and rid in self.scoped_records:
                c.owner_pos = True  # `if (seat)`: loaded with the session's tenant in the filter, and found
            if node.type == "identifier" and rid in self.role_records:
                c.role_pos = True
        if node.type == "unary_expression" and sx.text(self.src, node.child_by_field_name("operator")) == "!":
            arg = sx.strip_types(node.child_by_field_name("argument"))
            if arg is not None and arg.type == "identifier" and sx.text(self.src, arg) in self.signed_out:
                c.auth_pos = True  # `if (!isGuest)`, as `if (userId)`
        if node.type in ("call_expression", "await_expression"):
            inner = sx.unwrap(node)
            if inner is not None and inner.type == "call_expression":
                callee = sx.callee_name(self.src, inner)
                if self._is_check_call(inner, callee) and is_awaited_or_sync(self, inner):
                    c.owner_pos = True
                    # `if (isAdmin(session?.user?.email ?? "") && ...) { work } else return 401`: the
                    # branch the check dominates runs for a signed-in caller, as past `if (!isAdmin(..)) return`
                    sessionish = st.session | st.fetched
                    if any(identifiers(self.src, a) & sessionish for a in sx.call_args(inner)):
                        c.auth_pos = True

    def _request_session(self, node: Node | None) -> bool:
        """`req.auth`, `req.auth?.user?.id` in a handler given to Auth.js' `auth()`: the session the
        wrapper attached to the request (null, and so its fields undefined, when signed out)."""
        p = self.request_auth
        if p is None or node is None or node.type != "member_expression":
            return False
        return re.match(rf"^{re.escape(p)}\??\.auth\b", sx.text(self.src, node)) is not None

    def _tests_auth_error(self, node: Node, among: set[str] | None = None) -> bool:
        """`error`, `result.error`, `error !== null`, alone or in an `||` chain: true whenever nobody
        is signed in (``among``: only errors of those names, default `auth_errors`)."""
        errors = self.auth_errors if among is None else among
        node = sx.strip_types(node) or node
        if node.type == "binary_expression":
            op = sx.text(self.src, node.child_by_field_name("operator"))
            sides = [node.child_by_field_name("left"), node.child_by_field_name("right")]
            if op == "||":
                return any(side is not None and self._tests_auth_error(side, among) for side in sides)
            if op in ("!==", "!=") and any(sx.text(self.src, side) in ("null", "undefined") for side in sides):
                return any(side is not None and sx.dotted(self.src, side) in errors for side in sides)
            key = sx.string_value(self.src, sides[0])
            if op == "in" and key is not None and sides[1] is not None:
                # `"response" in result`: the union's signed-out member carries the field, the other not
                return f"{sx.dotted(self.src, sides[1])}.{key}" in errors
            return False
        return sx.dotted(self.src, node) in errors

    def _error_names(self, pattern: Node, call: Node) -> set[str]:
        """What a `parseRequest`-style result's error field is bound to, unless the caller passes
        the argument that switches its session lookup off (`{ skipAuth: true }`). Supabase's own
        `getUser()` sets its `error` whenever nobody is signed in (AuthSessionMissingError; a 401
        before auth-js 2.6x); `getSession()` and `getClaims()` answer no error then."""
        target = self.az.target(self.mod, call)
        if target is None:
            library = sx.callee_name(self.src, call).endswith(".auth.getUser")
            return _bound_path(self.src, pattern, "error") if library else set()
        found = self.az.summary(target).error_field
        if found is None or any(i < len(sx.call_args(call)) for i in found[1]):
            return set()
        return _bound_path(self.src, pattern, found[0])

    def _coerced_text_test(self, call: Node) -> bool:
        """`!email.includes("@")`, `!slug.startsWith("acme-")` where the local was made a text first
        (`const email = String(formData.get("email") ?? "")`): a format check of a value whose type is
        fixed (not of a client array, whose `includes` says nothing of its items)."""
        fn = sx.strip_types(call.child_by_field_name("function"))
        if fn is None or fn.type != "member_expression":
            return False
        if sx.text(self.src, fn.child_by_field_name("property")) not in ("includes", "startsWith", "endsWith"):
            return False
        obj = sx.strip_types(fn.child_by_field_name("object"))
        args = sx.call_args(call)
        if obj is None or obj.type != "identifier" or len(args) != 1 or not sx.string_value(self.src, args[0]):
            return False
        value = self._local_value(sx.text(self.src, obj))
        return value is not None and value.type == "call_expression" and sx.callee_name(self.src, value) == "String"

    def _trimmed_text(self, name: str) -> set[str]:
        """``name`` when it is a local given only a string method's answer (`label.trim()`,
        `String(code ?? "").trim().toLowerCase()`): only a text has a `trim` (anything else the client
        sends makes the call throw), so once its emptiness is refused it holds a non-empty text. So
        does a local given `String(raw || "")` itself: a text whatever was sent. Not a cast (`raw as
        string`), and not a local assigned again."""
        if self._text_methods is None:
            whole = self.fn.node
            self._text_methods = _TEXT_METHOD_CALL.search(self.src, whole.start_byte, whole.end_byte) is not None
        value = self._local_value(name)
        # (cheap: most functions call none of the methods; a helper making the text is asked last)
        trimmed = (self._text_methods and _text_chain(self.src, value)[0]) or self._text_helper_call(value)
        if not trimmed or value is None or value.type != "call_expression":
            return set()
        for a in sx.find(self.fn.node, ("assignment_expression", "augmented_assignment_expression")):
            if sx.text(self.src, a.child_by_field_name("left")) == name:
                return set()
        return {name}

    def _text_helper_call(self, value: Node | None) -> bool:
        """``value`` calls a project helper that answers only such a text made of its one argument
        (`clean(input.id)` with `clean = (v: unknown) => String(v ?? "").trim()`): the same text as
        written inline."""
        if value is None or value.type != "call_expression" or len(sx.call_args(value)) != 1:
            return False
        target = self.az.target(self.mod, value)
        if target is None or target is self.fn:
            return False
        params = sx.param_names(target.module.src, target.node)
        ret = sx.unwrap(_one_return(target.node))
        trimmed, base = _text_chain(target.module.src, ret)
        return (
            trimmed and len(params) == 1 and base is not None and _defaulted_name(target.module.src, base) == params[0]
        )

    def _trimmed_inline(self, call: Node) -> set[str]:
        """`name?.trim()`, `title.trim().toLowerCase()`: a chain of string methods (one of them only a
        text has) on a local, tested in place: the local of `if (!name?.trim()) throw` holds a text once
        past the exit (anything else the client sends has no `trim` and makes the call throw; a missing
        value answers `undefined`, refused). Not a local assigned again."""
        node: Node | None = call
        trimmed = False
        while node is not None and node.type == "call_expression":
            fn = sx.strip_types(node.child_by_field_name("function"))
            if fn is None or fn.type != "member_expression" or sx.call_args(node):
                return set()
            method = sx.text(self.src, fn.child_by_field_name("property"))
            if method not in _STRING_ONLY_METHODS:
                return set()
            trimmed = True
            node = sx.strip_types(fn.child_by_field_name("object"))
        if not trimmed or node is None or node.type != "identifier":
            return set()
        name = sx.text(self.src, node)
        for a in sx.find(self.fn.node, ("assignment_expression", "augmented_assignment_expression")):
            if sx.text(self.src, a.child_by_field_name("left")) == name:
                return set()
        return {name}

    def _uploaded_file(self, node: Node | None) -> bool:
        """``node`` names a local holding a file read from the form (`const file = formData.get("file")
        as File`), not any object with a `size` key."""
        if node is None or node.type != "identifier":
            return False
        value = sx.unwrap(self._local_value(sx.text(self.src, node)))
        if value is None or value.type != "call_expression":
            return False
        callee = sx.callee_name(self.src, value)
        args = sx.call_args(value)
        named = bool(args) and args[0].type == "string"  # (`formData.get("avatar")`, not `map.get(key)`)
        return sx.last_name(callee) == "get" and callee != "get" and named

    def _emptiness_test(self, length: Node) -> bool:
        """`!ids.length`, `ids.length === 0`, `ids.length < 1`, `if (ids.length)`: whether anything was
        sent, not what (a bound, `title.length > 200`, is a check of the value)."""
        p = length.parent
        while p is not None and p.type in sx.TRANSPARENT:
            p = p.parent
        if p is None or p.type != "binary_expression":
            return True
        op = sx.text(self.src, p.child_by_field_name("operator"))
        if op in ("&&", "||", "??"):
            return True
        left, right = p.child_by_field_name("left"), p.child_by_field_name("right")
        other = sx.text(self.src, right if left is not None and left.id == length.id else left)
        return other == "0" or (other == "1" and op in ("<", ">="))

    def _inside_unary_not(self, n: Node, stop: Node) -> bool:
        p = n.parent
        while p is not None and p != stop:
            if p.type == "unary_expression":
                return True
            if p.type not in sx.TRANSPARENT and p.type != "await_expression":
                return False
            p = p.parent
        return False

    def _check_in_expression(self, v: Node) -> bool:
        """A permission answer inside an expression: the right side of `a && (await check(...))`, or a
        check called in the callback of an awaited `.then` (`await import(m).then((m) => m.check(...))`)."""
        inner: Node | None = None
        if v.type == "binary_expression" and sx.text(self.src, v.child_by_field_name("operator")) == "&&":
            inner = sx.unwrap(v.child_by_field_name("right"))
            if inner is None or inner.type != "call_expression" or not is_awaited_or_sync(self, inner):
                return False
        elif v.type == "call_expression" and sx.callee_name(self.src, v).endswith(".then") and is_awaited(v):
            args = sx.call_args(v)
            cb = sx.unwrap(args[0]) if args else None
            if cb is None or cb.type != "arrow_function":
                return False
            inner = sx.unwrap(cb.child_by_field_name("body"))
        if inner is None or inner.type != "call_expression":
            return False
        return self._is_check_call(inner, sx.callee_name(self.src, inner))

    def _is_named_check(self, call: Node, callee: str, s: Summary) -> bool:
        """A check call by its name or by what it answers, apart from a membership count."""
        last = sx.last_name(callee)
        return (
            self.az.vocab.is_role_call(callee)
            or vocab.OWNERSHIP_CALLS.search(last) is not None
            or _PERMISSION_QUESTION.match(last) is not None
            or s.role
            or s.owner
            or s.answers_check
        )

    def _is_check_call(self, call: Node, callee: str) -> bool:
        last = sx.last_name(callee)
        found = self.az.target(self.mod, call)
        if found is not None and self._reads_self_written_metadata(found, self.az.summary(found)):
            return False  # `isSuperAdmin(user)` of `user.user_metadata.is_super_admin`: the user's own say
        if self.az.vocab.is_role_call(callee) or vocab.OWNERSHIP_CALLS.search(last) or _PERMISSION_QUESTION.match(last):
            return True
        if last == "has" and _asks_role(self.src, call):
            return True  # Clerk `has({ permission: "org:x:manage" })`
        target = self.az.target(self.mod, call)
        if target is not None:
            s = self.az.summary(target)
            return s.role or s.owner or s.answers_check or s.answers_membership
        return False

    def _tenant_lookup_gate(self, call: Node, target: Function | None, st: State) -> bool:
        """`classInStudio(id, ctx.studioId);`: a helper throwing unless a lookup keyed by what it is handed
        finds a row (`guards.throws_unless_found`), handed a value of the caller's session: it asks whether
        the record is in the caller's tenant, whatever it is called."""
        if target is None or not guards.throws_unless_found(target):
            return False
        mine = st.session | st.fetched
        return any(identifiers(self.src, a) & mine for a in sx.call_args(call))

    def _sent_off(self, call: Node, callee: str, summary: Summary) -> bool:
        """`sendEmail({ to, subject });` alone: a helper doing work of its own (a send, a write, an AI
        call) that reads the session on the way (`getCompanyId()` for the sender's settings) is work
        started in the background, not a check: its own guard still gates that work, and nothing of
        the caller waits on an answer. A helper named or built to check is still one."""
        # `void getAccounts({ userId })` as the function's last act: a read started to fill a cache (its own
        # guard gates that read), with nothing after it for an answer to guard
        prefetch = summary.returns_records and any(op.kind == "read" for op in summary.ops) and _last_act(call)
        target = self.az.target(self.mod, call)
        if (
            target is not None
            and not summary.enforces_auth
            and not _ENFORCING_CHECK.match(sx.last_name(callee))
            and _answers_only_null(target)
        ):
            # `revokeTokensOnSignOut();` answering only `null` and stopping nothing: a side effect with no
            # answer to wait for (awaited, it would guard nothing either)
            return True
        if not (
            summary.sends_email
            or is_email_send(callee)
            or summary.calls_ai
            or summary.mutates_store
            or any(op.kind == "write" for op in summary.ops)
            or prefetch
        ):
            return False
        last = sx.last_name(callee)
        # (`recordVisit({ method, id })` reading the session only to name the actor of the row it writes,
        # answering nothing and refusing nothing, whatever lookup it makes: an audit writer, not a check)
        quiet = target is not None and _refuses_nothing(self.az, target, 2)
        enforcing = (
            self.az.vocab.is_auth_enforcer(callee)
            or self.az.vocab.is_auth_source(callee)
            or bool(_ENFORCING_CHECK.match(last))
        )
        if (
            prefetch
            and not summary.answers_check
            and not summary.enforces_auth
            and (not (summary.owner or summary.role) or self._answers_failed_verdict(call))
        ):
            # (a reader whose own check answers a failure value and gates its own read: the records, not a
            # verdict, are its answer; one that throws on its check is a guard whose throw is dropped)
            return not (
                enforcing
                or self.az.vocab.is_role_call(callee)
                or bool(vocab.OWNERSHIP_CALLS.search(last))
                or bool(_PERMISSION_QUESTION.match(last))
            )
        if (
            summary.sends_email
            and not enforcing
            and not summary.enforces_auth
            and not summary.auth_source
            and _NOTIFIER_NAME.match(last)
        ):
            # `sendRefundAlert({ ... }).catch(log)`: a helper named and built to mail someone, whatever
            # audience or preference test it makes on the way, refuses nothing the caller does
            return True
        return not (enforcing or (self._is_check_call(call, callee) and not quiet))

    def _answers_failed_verdict(self, call: Node) -> bool:
        """The project function ``call`` reaches answers a failed verdict on some path (`return { success:
        false as const, error }`) rather than throwing there."""
        target = self.az.target(self.mod, call)
        if target is None:
            return False
        src = target.module.src
        return any(
            _failed_object(src, r.named_children[0] if r.named_children else None) is not None
            for r in sx.find(target.node, ("return_statement",), into_functions=False)
        )

    def _floating_then(self, then: Node, st: State) -> None:
        """`canEdit(user.id, id).then((ok) => { if (!ok) console.warn(...) });` alone: the check's answer
        only reaches a callback that logs, while the request goes on: a check that stops nothing (a
        callback doing the gated work itself, `.then((ok) => ok && remove(id))`, is not one)."""
        fn_node = sx.strip_types(then.child_by_field_name("function"))
        check = sx.unwrap(fn_node.child_by_field_name("object")) if fn_node is not None else None
        if check is None or check.type != "call_expression":
            return
        callee = sx.callee_name(self.src, check)
        target = self.az.target(self.mod, check)
        if target is None or not self.az.summary(target).is_async:
            return
        if not (self._is_check_call(check, callee) or self._asks_about_caller(check, sx.last_name(callee), st)):
            return
        for cb in sx.call_args(then):
            calls = sx.find(cb, ("call_expression",))
            if any(not sx.callee_name(self.src, c).startswith(("console.", "logger.")) for c in calls):
                return
        self.events.append(Event("floating", check, st.copy(), callee=callee, catch_param=self._catch()))

    def _own_identity_call(self, side: Node | None) -> bool:
        """`await getCurrentUserId()`: a call, with no arguments, of a project helper that reads the
        caller's session (its summary an auth source): what it answers is the caller's own."""
        v = sx.unwrap(side)
        if v is None or v.type != "call_expression" or sx.call_args(v):
            return False
        target = self.az.target(self.mod, v)
        return target is not None and bool(self.az.summary(target).auth_source)

    def _identity_against_lookup(self, left: Node | None, right: Node | None, st: State) -> bool:
        """One side is the signed-in caller's id (`context.user.id`, `session.userId`) and the other an
        id read off what a project helper that reads rows answered (`signer.id` of `const signer = await
        resolveApplicantSigner(loaded.application)`), that helper not handed the caller's identity: a
        person the record names, compared with the caller (load-then-compare through helpers). So is a
        helper that signs in itself and answers the row the client's id picks (`chat.userId` of `const
        chat = await getChatById(chatId)`): the row, not the session, though the helper read one."""
        sides = [_uncoerced(self.src, left), _uncoerced(self.src, right)]
        texts = [sx.text(self.src, n) if n is not None else "" for n in sides]
        for i in (0, 1):
            mine, other = sides[i], sides[1 - i]
            if mine is None or other is None or not _CALLER_ID.search(texts[i]):
                continue
            if (
                other.type != "member_expression"
                or not _ID_PROP.search(texts[1 - i])
                or _CALLER_ID.search(texts[1 - i])
            ):
                continue
            root, own = sx.root_identifier(self.src, other), sx.root_identifier(self.src, mine)
            lookup = self.lookups.get(root) if root is not None and root != own else None
            target = self.az.target(self.mod, lookup) if lookup is not None else None
            if lookup is None or target is None:
                continue
            handed = [sx.text(self.src, sx.unwrap(a)) for a in sx.call_args(lookup)]
            if self.az.is_auth_source_call(self.mod, lookup) and not self._handed_client_id(lookup, st):
                continue
            if any(h == own or h == texts[i] or texts[i].startswith(h + ".") for h in handed if h):
                continue  # `findSeat(context)`: looked up by the caller's own identity
            if any(op.kind == "read" for op in self.az.summary(target).ops):
                return True
        return False

    def _handed_client_id(self, call: Node, st: State) -> bool:
        """`getChatById(chatId)`: a bare argument the client chose (not the session's), the key of a lookup."""
        for a in sx.call_args(call):
            arg = sx.unwrap(a)
            if arg is None or arg.type != "identifier":
                continue
            name = sx.text(self.src, arg)
            if name in st.client and name not in st.session:
                return True
        return False

    def _looked_up_role(self, node: Node) -> bool:
        """`m.role` where `m` holds a row read here, directly or by a project helper that reads one
        (`const m = await getMembership(userId, schoolId)`)."""
        if not _role_member(self.src, node):
            return False
        root = sx.root_identifier(self.src, sx.strip_types(node))
        if root is None:
            return False
        if root in self.records:
            return True
        lookup = self.lookups.get(root)
        target = self.az.target(self.mod, lookup) if lookup is not None else None
        return target is not None and any(op.kind == "read" for op in self.az.summary(target).ops)

    def _looked_up_kind_in_role_list(self, call: Node, node: Node, st: State) -> bool:
        """`allowedRoles.includes(staff[0].userType)` in `requireStaff(allowedRoles: string[])`: the kind of
        account of a row read here (`type`, `userType`, `accountType`) asked of the function's own
        parameter named for roles: the app keeps its roles in that field, and the list is the caller's code's
        (`requireStaff(["cashier"])`), so it is a role list as `allowed.includes(m.role)` is."""
        fn = sx.strip_types(call.child_by_field_name("function"))
        recv = (
            sx.strip_types(fn.child_by_field_name("object"))
            if fn is not None and fn.type == "member_expression"
            else None
        )
        if recv is None or recv.type != "identifier":
            return False
        name = sx.text(self.src, recv)
        if name not in self.param_names or not _ROLES_WORD.search(name):
            return False
        field = sx.strip_types(node)
        if field is None or field.type != "member_expression":
            return False
        if not _ACCOUNT_TYPE_PROP.match(sx.text(self.src, field.child_by_field_name("property"))):
            return False
        # (the caller's own row: found by the session's id, not by a value the client picked)
        op = self.records.get(sx.root_identifier(self.src, field) or "")
        if op is None:
            return False
        refs: set[str] = set()
        for f in _seat_filters(self.src, op):
            refs |= identifiers(self.src, f, into_functions=True)
        return bool(refs & (st.session | st.fetched)) and not refs & (st.client - st.session - st.fetched)

    def _signed_verdict(self, call: Node) -> bool:
        """A project predicate named for checking a signed request or link that computes the MAC itself
        (`_SIGNED_TOKEN_CHECK`, `_signs`)."""
        if not _SIGNED_TOKEN_CHECK.match(sx.last_name(sx.callee_name(self.src, call))):
            return False
        target = self.az.target(self.mod, call)
        return target is not None and self._signs(target)

    def _signs(self, target: Function) -> bool:
        """``target`` computes a signature (`createHmac`) itself or through a project helper it calls."""
        if guards.verifies_signature(target):
            return True
        for call in sx.find(target.node, ("call_expression",), into_functions=False):
            helper = self.az.target(target.module, call)
            if helper is not None and helper.key != target.key and guards.verifies_signature(helper):
                return True
        return False

    def _asks_about_caller(self, call: Node, last: str, st: State) -> bool:
        """`isEnrolled(user.id, courseId)`, `assertSchoolRole(userId, schoolId, roles)`: a project
        predicate or assertion (named `is*`/`has*`/`can*`, `assert*`/`require*`...) handed the caller's
        own id: a question about the caller, whatever the domain calls its roles (`slugTaken(slug)`
        asks none); also a role or membership getter so handed (`if (!getShopRole(user.id, shopId))`,
        `if (!getMembership(ctx.userId, orgId))`: no role or seat, no entry).
        Only for telling a floating check: it credits no check."""
        getter = _ROLE_GETTER.match(last) or _MEMBERSHIP_GETTER.match(last)
        if not (_CALLER_QUESTION.match(last) or _ENFORCING_CHECK.match(last) or getter):
            return False
        own = st.session | st.fetched
        return bool(own) and any(identifiers(self.src, a) & own for a in sx.call_args(call))

    def _condition_call(self, call: Node, st: State, c: _Cond, negated: bool, cond: Node | None = None) -> None:
        callee = sx.callee_name(self.src, call)
        last = sx.last_name(callee)
        target = self.az.target(self.mod, call)
        summary = self.az.summary(target) if target is not None else None
        async_fn = (
            (summary.is_async if summary is not None else False)
            or self._known_async(callee)
            or (summary is None and last in vocab.UNRESOLVED_ASYNC_AUTH)  # Kinde's destructured `isAuthenticated`
        )
        awaited = is_awaited(call)
        authish = (
            self._is_check_call(call, callee)
            or self.az.vocab.is_auth_source(callee)
            or (summary is not None and (summary.auth_source or summary.enforces_auth))
            or (summary is not None and self._asks_about_caller(call, last, st))
            # (`passwordMatches(userId, password)` comparing the typed password with the stored hash: a
            # re-authentication, whatever it is called)
            or (
                target is not None
                and async_fn
                and not awaited
                and guards.person_credential_checked(target.module.src, target.node)
            )
        )
        if authish and async_fn and not awaited:
            self.events.append(Event("floating", call, st.copy(), callee=callee, catch_param=self._catch()))
            return
        handed = {sx.root_identifier(self.src, sx.strip_types(a)) for a in sx.call_args(call)}
        if self.strangers and handed and handed <= self.strangers:
            return  # `canEdit(seat.role)` of a seat found without the caller's id: someone's role
        if _SAFE_COMPARE.search(last) or _SIGNATURE_CALLS.search(callee) or _SECRET_CHECK.match(last):
            # (`if (hasCronSecret(request)) return run()`: only the then-branch passed it)
            c.secret = c.secret or negated  # `if (!hasCronSecret(request)) return 401`
            return
        if (
            summary is not None
            and target is not None
            and summary.secret_verdict
            and (self._presents_header(call) or self._hands_request(call, target))
        ):
            # `if (!bearerMatches(req.headers.get("authorization"), expected)) return 401`: a header the
            # caller presents compared in constant time by a project helper, a server-to-server secret
            c.secret = c.secret or negated
            return
        if target is not None and _SIGNED_TOKEN_CHECK.match(last) and self._signs(target):
            # `if (!verifyUnsubscribeToken(userId, topic, token)) return 403`: a project predicate that
            # recomputes the link's HMAC from what it names: only the holder of a link the app signed passes
            c.secret = c.secret or negated
            return
        if last == "includes" and self._clerk_org_role_listed(call, st):
            # `if (!["org:admin", "org:billing"].includes(orgRole ?? "")) throw`: Clerk's organisation role
            # against a list of role names, as `orgRole !== "org:admin"` is
            c.role_neg = c.role_neg or (negated and not _in_conjunction(call, cond))
            c.role_pos = c.role_pos or not negated
            return
        if last in ("includes", "has") and self._held_role_named(call, st):
            # `if (!roles.includes("admin")) return 403`, `roles` the session user's granted roles
            # (`user.app_metadata.roles ?? []`): the caller's role list asked for a named role
            c.role_neg = c.role_neg or (negated and not _in_conjunction(call, cond))
            c.role_pos = c.role_pos or not negated
            return
        if last in ("some", "every") and self._allowed_roles_test(call, st):
            # `allowed.some((r) => user.roles.includes(r))`: the caller's roles against an allowlist
            c.role_neg = c.role_neg or negated
            c.role_pos = c.role_pos or not negated
            return
        if self._membership_test(call, last, st):  # ownership of the loaded resource, not a role
            if last in ("includes", "has") and any(
                self._caller_role(a, st, st.session | st.fetched) or self._looked_up_kind_in_role_list(call, a, st)
                for a in sx.call_args(call)
            ):
                # `allowedRoles.includes(user.role)`: the caller's role against an allowlist (an exit on
                # `required.length > 0 && !required.includes(role)` leaves it unchecked when none is required)
                c.role_neg = c.role_neg or (
                    negated and (not _in_conjunction(call, cond) or self._role_list_given(call, cond))
                )
                c.role_pos = c.role_pos or not negated
                # (the caller's role asked of a list of roles says nothing of whose the record is)
                return
            if negated:
                c.owner_neg = True
            else:
                c.owner_pos = True
            return
        args = sx.call_args(call)
        if last in ("includes", "has") and any(
            self._looked_up_role(a) or self._looked_up_kind_in_role_list(call, a, st) for a in args
        ):
            # `roles.includes(m.role)`, `m` a membership the code looked up (a role handed in by a
            # wrapper's caller, `ctx.role`, is read as before)
            c.role_neg = c.role_neg or (
                negated and (not _in_conjunction(call, cond) or self._role_list_given(call, cond))
            )
            c.role_pos = c.role_pos or not negated
            return
        if last in ("can", "cannot") and "." in callee and len(args) >= 2 and _enum_literal(args[0]):
            # CASL: `if (ability.cannot("delete", subject("SpaceMember", member))) throw`
            if (last == "cannot") != negated:
                c.role_neg = c.owner_neg = True
            else:
                c.role_pos = c.owner_pos = True
            return
        if (
            summary is not None
            and summary.answers_account_type
            and not self._is_named_check(call, callee, summary)
            and is_awaited_or_sync(self, call)
            and any(identifiers(self.src, a) & (st.session | st.fetched) for a in args)
        ):
            # `if (!UserService.isPartner(session?.user)) throw`: no session, no account of that kind
            if negated:
                c.auth_neg = True
            else:
                c.auth_pos = True
            return
        if summary is not None and summary.answers_membership and not self._is_named_check(call, callee, summary):
            # `if (!(await isStudioStaff(me, row.studioId))) throw`: the caller's tie to that resource
            if negated:
                c.owner_neg = True
                if any(identifiers(self.src, a) & (st.session | st.fetched) for a in sx.call_args(call)):
                    c.auth_neg = True
            else:
                c.owner_pos = True
            return
        if target is not None and summary is not None and self._reads_self_written_metadata(target, summary):
            # `isSuperAdmin(user)` answering `user.user_metadata.is_super_admin === true`: a flag the user
            # set on themselves; it tells only that someone is signed in
            if negated and any(identifiers(self.src, a) & (st.session | st.fetched) for a in args):
                c.auth_neg = True
            return
        if self._is_check_call(call, callee):
            if negated:
                c.role_neg = True
                c.owner_neg = True
                # `if (!(await canViewWebsite(auth, id))) return`: no session, no permission
                sessionish = st.session | st.fetched
                if any(identifiers(self.src, a) & sessionish for a in sx.call_args(call)):
                    c.auth_neg = True
                elif summary is not None and summary.auth_source:
                    c.auth_neg = True  # `if (!isAuthorized(req, key)) return 401`: a secret verdict
            else:
                c.role_pos = True
                c.owner_pos = True
            return
        if negated and (self.az.vocab.is_auth_source(callee) or (summary is not None and summary.auth_source)):
            c.auth_neg = True
            return
        if last in ("startsWith", "endsWith", "includes") and args and _literal_text(sx.text(self.src, args[0])):
            # `new URL(endpoint).hostname.endsWith(".upstash.io")`: the URL's host against a fixed one
            fn_node = sx.strip_types(call.child_by_field_name("function"))
            recv = fn_node.child_by_field_name("object") if fn_node is not None else None
            if _host_part(self.src, recv):
                c.validated |= identifiers(self.src, recv) | self._parsed_from(recv)
            elif (
                not negated
                and last == "includes"
                and ".." in sx.text(self.src, args[0])
                and recv is not None
                and not _anded(call)
            ):
                # `if (name.includes("..") || name.includes("/")) throw`: past the refusal the name
                # cannot climb out of the folder it is joined to (a path guard, the check a name needs;
                # not under `&&`, where the refusal may pass it by)
                c.validated |= identifiers(self.src, recv) | self._parsed_from(recv)
        if (
            last in ("some", "every", "find", "findIndex")
            and args
            and sx.is_function(sx.strip_types(args[0]) or args[0])
        ):
            # `ALLOWED.some((a) => new URL(endpoint).hostname === new URL(a).hostname)`: an allowlist of hosts
            cb = sx.strip_types(args[0]) or args[0]
            if any(
                sx.text(self.src, b.child_by_field_name("operator")) in ("===", "==")
                and (
                    _host_part(self.src, b.child_by_field_name("left"))
                    or _host_part(self.src, b.child_by_field_name("right"))
                )
                for b in sx.find(cb, ("binary_expression",))
            ):
                c.validated |= identifiers(self.src, cb, into_functions=True) & st.client
        if (negated and self._validates(callee)) or _CHECK_CALLS.match(last):
            # (`isValidPhone(contract.phone)`: that field, not the `contract.code` beside it)
            c.validated |= {a for arg in sx.call_args(call) for a in self._checked_names(arg, st)}
        elif last in ("includes", "has", "startsWith", "endsWith"):
            # `if (!ALLOWED_HOSTS.has(url.hostname)) return`: an allowlist, whichever way it is written
            c.validated |= {a for arg in sx.call_args(call) for a in identifiers(self.src, arg)}
            c.validated |= {a for arg in sx.call_args(call) for a in self._parsed_from(arg)}

    def _checked_fields(self, pattern: Node, value: Node, st: State) -> set[str]:
        """`const { phone } = contact` after `isPhone(contact.phone)` held: the names bound to fields
        checked one by one."""
        src = self.src
        base = sx.text(src, value) if value.type == "identifier" else field_read_key(src, value)
        out: set[str] = set()
        for p in pattern.named_children if base else []:
            if p.type == "shorthand_property_identifier_pattern":
                key, name = sx.text(src, p), sx.text(src, p)
            elif p.type == "pair_pattern" and p.child_by_field_name("value") is not None:
                key, name = sx.text(src, p.child_by_field_name("key")), sx.text(src, p.child_by_field_name("value"))
            else:
                continue
            if f"{base}.{key}" in st.validated:
                out.add(name)
        return out

    def _checked_names(self, arg: Node, st: State) -> set[str]:
        """What a check of ``arg`` vouches for: its names, or for one field of a client value
        (`isValidPhone(contract.phone)`) that field alone, not the `contract.code` beside it."""
        # (`isAllowedHost(target.hostname)`: a URL's host checked vouches for where the URL goes)
        field = arg.type == "member_expression" and not _host_part(self.src, arg)
        key = field_read_key(self.src, arg) if field else None
        if key is not None and sx.root_identifier(self.src, arg) in st.client:
            return {key}
        return identifiers(self.src, arg)

    def _parsed_from(self, host: Node | None) -> set[str]:
        """`target.hostname` with `const target = new URL(src)`: the text the URL was parsed from
        (`src`), which goes where the checked host says (an empty set for anything else)."""
        host = sx.strip_types(host)
        if host is None or not _host_part(self.src, host):
            return set()
        obj = sx.strip_types(host.child_by_field_name("object"))
        if obj is None or obj.type != "identifier":
            return set()
        made = self._local_value(sx.text(self.src, obj))
        if made is None or made.type != "new_expression":
            return set()
        ctor = made.child_by_field_name("constructor")
        args = [a for a in map(sx.strip_types, sx.call_args(made)) if a is not None]
        if ctor is None or sx.text(self.src, ctor) != "URL" or len(args) != 1 or args[0].type != "identifier":
            return set()
        return {sx.text(self.src, args[0])}

    def _origin_of(self, node: Node | None) -> bool:
        """`upstreamURL.origin`, `target.hostname`: where a URL held in a plain local points."""
        node = sx.strip_types(node)
        if node is None or not _host_part(self.src, node):
            return False
        obj = sx.strip_types(node.child_by_field_name("object"))
        return obj is not None and obj.type == "identifier"

    def _reads_audit_trail(self, call: Node) -> bool:
        """`AuditEvent.find({ orgId })`, `db.auditLog.findMany(...)`: a query of the audit trail, named
        like an audit call, reads records (someone's private history) and writes no entry; nor does
        `db.auditLog.deleteMany(...)`, which erases entries."""
        op = self.az.classify(self.mod, call)
        return op is not None and (op.kind == "read" or _erases(op))

    def _library_session_read(self, name: str) -> bool:
        """``name`` holds what an auth library's own session read answered (`const admin = await
        currentUser()` from Clerk): the signed-in user, not a project helper's role lookup."""
        return self._library_auth_answer(self.lookups.get(name))

    def _library_auth_answer(self, value: Node | None) -> bool:
        """``value`` (awaited or not) calls an auth library's own session read (`await auth()`,
        `currentUser()`), not a project helper of the same name."""
        call = sx.unwrap(value)
        while call is not None and call.type == "await_expression":
            call = sx.unwrap(call.named_children[0]) if call.named_children else None
        return (
            call is not None
            and call.type == "call_expression"
            and self.az.target(self.mod, call) is None
            and self.az.is_auth_source_call(self.mod, call)
        )

    def _own_seat(self, name: str, st: State) -> bool:
        """``name`` holds the caller's membership row found by the session alone (`findFirst({ where:
        { userId } })`, no tenant or role asked for): testing it is there proves the caller is in some
        tenant, as being signed in does, and compares no role (`if (!membership) redirect(...)`)."""
        op = self.records.get(name)
        if not _MEMBER_NAME.search(name) or _ROLE_WORD.search(name):
            return False
        if op is None:
            return self._own_seat_helper(self.lookups.get(name), st)
        filters = _seat_filters(self.src, op)
        refs: set[str] = set()
        for f in filters:
            refs |= identifiers(self.src, f, into_functions=True)
        # (the caller's seat in a tenant the client names, `{ userId, workspace: { slug } }`, is a
        # membership there: it compares no role either)
        mine = not refs & st.client or bool(refs & (st.session | st.fetched))
        return mine and not any(_ROLE_WORD.search(sx.text(self.src, f)) for f in filters)

    def _own_seat_helper(self, call: Node | None, st: State) -> bool:
        """`const membership = await getMembership(userId)`: a project helper given no client value
        whose reads are of membership rows filtered by no role, the caller's own seat all the same."""
        if call is None or identifiers(self.src, call) & st.client or _ROLE_WORD.search(sx.callee_name(self.src, call)):
            return False
        target = self.az.target(self.mod, call)
        if target is None:
            return False
        reads = [op for op in self.az.summary(target).ops if op.kind == "read"]
        return bool(reads) and all(
            _MEMBER_NAME.search(op.model or "")
            and not any(_ROLE_WORD.search(sx.text(target.module.src, f)) for f in _seat_filters(target.module.src, op))
            for op in reads
        )

    def _ranked_role(self, node: Node | None, st: State) -> bool:
        """`ROLE_RANK[m.role as Role]`: a lookup in a table of ranks keyed by a role (the caller's,
        not one the client claims: `ROLE_RANK[input.role]`)."""
        node = sx.strip_types(node)
        if node is None or node.type != "subscript_expression":
            return False
        return self._caller_role(node.child_by_field_name("index"), st, st.session | st.fetched)

    def _caller_role(self, node: Node | None, st: State, sessionish: set[str], other: Node | None = None) -> bool:
        """A role expression (`_is_role_expr`) that is the server's knowledge of someone: the session
        user's, a row read here, a value a helper worked out; not the client's own claim (`data.role`
        of the action's parameter, `body.isAdmin` of the request): testing that asks the caller, who
        answers as they please (`if (data.role === "ADMIN") { ... role: data.role }`). Nor, compared
        with such a claim (``other``), a role's name in an enum (`data.role === SystemRoles.ADMIN`)."""
        if self._clerk_org_role(node, other, sessionish) and not self._claimed(node, st, sessionish):
            return True
        if _absent_role_test(self.src, other) and self._answered_role(node, sessionish):
            return False  # `(await crewRoleOf(userId, clubId)) === null`: on the roster at all, whichever role
        if sx.root_identifier(self.src, sx.strip_types(node)) in self.strangers:
            return False  # the role of a row found without the caller's id is some member's, not theirs
        if not self._is_role_expr(node, sessionish) or self._claimed(_defaulted(self.src, node), st, sessionish):
            return False
        return other is None or not self._enum_member(node, st, sessionish) or not self._claimed(other, st, sessionish)

    def _server_flag_test(self, left: Node | None, right: Node | None, st: State) -> bool:
        """`user.publicMetadata?.ops !== true`: a flag of the session user's server-set metadata (Clerk
        `publicMetadata` / `privateMetadata`, Supabase `app_metadata`, which only the backend writes)
        compared with `true`: a grant the platform gave, a staff role whatever its key is called (not
        `unsafeMetadata`, which the user writes, nor a value compared with anything but `true`)."""
        for flag, const in ((left, right), (right, left)):
            flag = sx.strip_types(flag)
            if sx.text(self.src, sx.strip_types(const)) != "true" or flag is None or flag.type != "member_expression":
                continue
            holder = sx.strip_types(flag.child_by_field_name("object"))
            if holder is None:
                continue
            name = sx.text(
                self.src, holder.child_by_field_name("property") if holder.type == "member_expression" else holder
            )
            if not _SERVER_SET_METADATA.fullmatch(name or ""):
                continue
            if sx.root_identifier(self.src, flag) in st.session and not self._claimed(flag, st, st.session):
                return True
        return False

    def _admin_kind_test(self, left: Node | None, right: Node | None, st: State) -> bool:
        """`user.type !== "Admin"`, `me.kind === "SuperAdmin"`: a field of the session's user compared
        with a literal naming an administrator. The app keeps its roles in that field whatever it is
        called (`type`, `kind`, `accountType`); a literal naming no administrator (`"Student"`,
        `"active"`) proves no role, nor a field the client sends or of a row looked up here (whose
        kind says nothing of the caller), nor one naming the person (`user.name === "admin"`)."""
        for mine, named in ((left, right), (right, left)):
            mine = sx.strip_types(mine)
            value = sx.string_value(self.src, named)
            if value is None or not admin_role_name(value) or mine is None or mine.type != "member_expression":
                continue
            if _NOT_ACCOUNT_KIND.search(sx.text(self.src, mine.child_by_field_name("property"))):
                continue
            if sx.root_identifier(self.src, mine) in st.session and not self._claimed(mine, st, st.session):
                return True
        return False

    def _clerk_org_role_claim(self, name: str) -> bool:
        """``name`` is Clerk's `orgRole` claim read off the library's session (`const { orgRole } = await
        auth()`): present whenever an organisation is active, whichever role, so `if (!orgRole) throw`
        asks what `if (!orgId) throw` asks, and compares no role."""
        if not _CLERK_ORG_ROLE.match(name):
            return False
        return self._library_auth_answer(self._local_value(name, field=True))

    def _clerk_org_role_listed(self, call: Node, st: State) -> bool:
        """`["org:admin", "org:billing"].includes(orgRole)` (or a constant list of role names by its name,
        `ADMIN_ROLES.includes(ctx.orgRole ?? "")`): Clerk's organisation role claim (`_clerk_org_role`)
        asked for among roles the code names."""
        fn = sx.strip_types(call.child_by_field_name("function"))
        args = sx.call_args(call)
        if fn is None or fn.type != "member_expression" or len(args) != 1:
            return False
        listed = sx.strip_types(fn.child_by_field_name("object"))
        if listed is not None and listed.type == "identifier":
            name = sx.text(self.src, listed)
            listed = sx.strip_types(self._local_value(name) or self.mod.values.get(name))
        if listed is None or listed.type != "array":
            return False
        names = [sx.strip_types(e) for e in listed.named_children if e.type != "comment"]
        if not names or any(e is None or e.type != "string" for e in names):
            return False
        sessionish = st.session | st.fetched
        claim = _defaulted(self.src, args[0])
        return self._clerk_org_role(claim, names[0], sessionish) and not self._claimed(claim, st, sessionish)

    def _clerk_org_role(self, node: Node | None, other: Node | None, sessionish: set[str]) -> bool:
        """`orgRole !== "org:admin"` with `const { orgRole } = await auth()`, `sessionClaims?.org_role`, or
        the compact claim `sessionClaims?.o?.rol !== "admin"`, in a module importing Clerk: Clerk's claim of
        the caller's role in the active organisation against a role's name, whatever the role. Rule 2's
        "checks a role first", as `has({ role: "org:admin" })` is (pass 31 ruling: the organisation's
        admin, not only a platform staff role). Not the bare claim (`if (!orgRole)`: in some organisation, any role)."""
        node, other = sx.strip_types(node), sx.strip_types(other)
        if node is None or other is None or other.type != "string" or not sx.string_value(self.src, other):
            return False
        if not any(b.spec.startswith("@clerk/") for b in self.mod.imports.values()):
            # (elsewhere `ctx.orgRole` is what a project's middleware read off its own membership row, the
            # caller's role in one tenant, which the tenant wrappers' reading judges)
            return False
        if node.type == "identifier":
            name = sx.text(self.src, node)
            return name in sessionish and bool(_CLERK_ORG_ROLE.match(name))
        if node.type != "member_expression":
            return False
        name = sx.text(self.src, node.child_by_field_name("property"))
        if _CLERK_ORG_ROLE.match(name):
            return True
        # (`o.rol`: the organisation claim of a version 2 session token, `{ id, rol, slg, per }`)
        obj = sx.strip_types(node.child_by_field_name("object"))
        return (
            name == "rol"
            and obj is not None
            and obj.type == "member_expression"
            and sx.text(self.src, obj.child_by_field_name("property")) == "o"
        )

    def _enum_member(self, node: Node | None, st: State, sessionish: set[str]) -> bool:
        """`SystemRoles.ADMIN`, `Role.Owner`: a constant naming a role, no one's role."""
        node = sx.strip_types(node)
        if node is None or node.type != "member_expression" or not _ENUM_MEMBER.match(sx.text(self.src, node)):
            return False
        root = sx.root_identifier(self.src, node)
        return root is not None and root not in st.client and root not in sessionish and root not in self.records

    def _claimed(self, node: Node | None, st: State, sessionish: set[str]) -> bool:
        """`data.role` where `data` holds what the client sent (a parameter, the request's body, a
        parse of either) and nothing the server looked up (a row read by a client id is still read)."""
        if not self.entry:
            return False  # (a helper's parameter is what its callers hand it: the session user, often)
        root = sx.root_identifier(self.src, sx.strip_types(node))
        if root is None or root not in st.client or root in sessionish or root in self.records:
            return False
        lookup = self.lookups.get(root)
        target = self.az.target(self.mod, lookup) if lookup is not None else None
        return target is None or not any(op.kind == "read" for op in self.az.summary(target).ops)

    def _outer_param(self, node: Node | None, at: Node) -> bool:
        """``node`` is a parameter of a function enclosing ``at`` (a wrapper's `role` seen in the
        handler it returns)."""
        node = sx.strip_types(node)
        if node is None or node.type != "identifier":
            return False
        name = sx.text(self.src, node)
        return any(name in sx.param_names(self.src, f) for f in sx.ancestors(at) if f.type in sx.FUNCTION_TYPES)

    def _null_matching_lookup(self, value: Node, refs: set[str]) -> bool:
        """`User.findOne({ clerkId: userId })` with `userId` a session value not checked yet: a Mongoose
        filter on a key the schema does not declare `required`, so a signed-out caller's null matches the
        documents without it (not `findById`, which answers nothing for null, nor a required key)."""
        nullable = refs & self.nullable_sessions
        if not nullable:
            return False
        for inner in sx.find(value, ("call_expression",), into_functions=False):
            op = self.az.classify(self.mod, inner)
            if op is None or op.api != "mongoose" or op.kind != "read" or not op.args:
                continue
            first = sx.strip_types(op.args[0])
            if first is None or first.type != "object":
                return False
            keys = [k for k, v in object_keys(self.src, first).items() if identifiers(self.src, v) & nullable]
            required = tenancy.mongoose_required_keys(self.az.program, op.model or "")
            return bool(keys) and any(k not in required for k in keys)
        return False

    def _is_role_expr(self, node: Node | None, sessionish: set[str] | None = None) -> bool:
        """`user.role`, `session.user.isAdmin`; with ``sessionish``, also a plain local bound from
        the session (`const { role } = await verifySession()`)."""
        node = sx.strip_types(node)
        if node is None:
            return False
        if node.type == "binary_expression" and sx.text(self.src, node.child_by_field_name("operator")) in ("??", "||"):
            # `role ?? ""`: the role, or a constant standing for none when there is no role
            right = sx.strip_types(node.child_by_field_name("right"))
            if right is None or right.type not in _CONSTANTS:
                return False
            return self._is_role_expr(node.child_by_field_name("left"), sessionish)
        if node.type in ("parenthesized_expression", "await_expression"):
            # `(await getShopRole(user.id, shopId)) !== "owner"`: the role a project getter answers
            return sessionish is not None and self._role_getter_answer(sx.unwrap(node), sessionish)
        if node.type == "identifier":
            name = sx.text(self.src, node)
            if sessionish is None or name not in sessionish:
                return False
            if _ROLE_PROPS.match(name):
                return True
            # `const roleStr = role as string`, `const r = user.role`: a local renaming the caller's role
            value = sx.strip_types(self._local_value(name))
            if self._role_getter_answer(value, sessionish):
                return True  # `const r = await getShopRole(user.id, shopId)`
            if value is not None and value.type == "identifier":
                return sx.text(self.src, value) in sessionish and bool(_ROLE_PROPS.match(sx.text(self.src, value)))
            return value is not None and value.type == "member_expression" and self._is_role_expr(value)
        if node.type != "member_expression":
            return False
        if _SELF_WRITTEN_METADATA.search(sx.text(self.src, node)):
            return False  # `user.user_metadata.role`: what the user wrote about themselves, no grant
        prop = sx.text(self.src, node.child_by_field_name("property"))
        if _ROLE_PROPS.match(prop):
            return True
        if _DOMAIN_ROLE_FLAG.match(prop) and prop in session_role_flags(self.az.program):
            return True  # `user.isCoach`: a role the auth config's session callback looked up
        # `permissions.manage`: a granted right on a permissions object (not `permissions.user`)
        obj = sx.strip_types(node.child_by_field_name("object"))
        if (
            obj is not None
            and obj.type == "identifier"
            and _FLAG_PREFIX.match(prop)
            and helper_role_flag(self.az, self.mod, self.fn.node, sx.text(self.src, obj), prop)
        ):
            return True
        owner = (
            sx.text(self.src, obj.child_by_field_name("property"))
            if obj is not None and obj.type == "member_expression"
            else sx.text(self.src, obj)
        )
        return bool(_GRANTS_OBJECT.match(owner)) and not _IDENTITY_FIELD.match(prop)

    def _answered_role(self, node: Node | None, sessionish: set[str]) -> bool:
        """``node`` is what a role getter answered (`(await crewRoleOf(userId, clubId))`, or a local bound to
        it): the caller's role there, or nothing when they hold none."""
        node = sx.strip_types(node)
        if node is not None and node.type == "identifier":
            node = sx.strip_types(self._local_value(sx.text(self.src, node)))
        return node is not None and self._role_getter_answer(sx.unwrap(node), sessionish)

    def _role_getter_answer(self, value: Node | None, sessionish: set[str]) -> bool:
        """`await getShopRole(user.id, shopId)`: a project function named for getting a role, awaited and
        handed the caller's own identity (a session-derived value): the caller's role where it asks."""
        call = sx.unwrap(value)
        if call is None or call.type != "call_expression" or not is_awaited(call):
            return False
        named = _ROLE_GETTER.match(sx.last_name(sx.callee_name(self.src, call)))
        if not named or self.az.target(self.mod, call) is None:
            return False
        return any(sx.root_identifier(self.src, a) in sessionish for a in sx.call_args(call))

    def _caller_pair(self, left: Node | None, right: Node | None) -> bool:
        """`if (password !== confirmPassword) return null`: two parameters of the entry point, both typed by
        the caller (a password and its confirmation): no server-held secret is on either side, so passing the
        test proves nothing about who calls."""
        if not self.entry:
            return False  # (a helper's `given !== expected`: its callers say what they hand it)
        own = set(sx.param_names(self.src, self.fn.node))
        for side in (left, right):
            side = sx.strip_types(side)
            if side is None or side.type != "identifier" or sx.text(self.src, side) not in own:
                return False
        return True

    def _value_test(self, left: Node | None, right: Node | None) -> bool:
        """`digest !== "weekly"`, `env.NODE_ENV !== "production"`: a value against a constant proves
        no caller's secret (a request header against a hard-coded key still does)."""
        for const, other in ((left, right), (right, left)):
            const = sx.strip_types(const)
            if const is not None and const.type in _CONSTANTS and not sx.find(const, ("template_substitution",)):
                return "headers" not in sx.text(self.src, other)
        return False

    def _held_operand(self, cmp: Node, left: Node | None, right: Node | None) -> str:
        """`req.query.token !== token` in the handler a wrapper returns, `token` the wrapper's parameter
        and `req` the handler's: the parameter's name (whether it is a secret is the callers' to say)."""
        if not self.held:
            return ""
        for mine, other in ((left, right), (right, left)):
            mine = sx.strip_types(mine)
            if mine is None or mine.type != "identifier" or sx.text(self.src, mine) not in self.held:
                continue
            around = sx.enclosing_function(cmp)
            own = set(sx.param_names(self.src, around)) if around is not None else set()
            if own & self.held:
                return ""  # a comparison in the wrapper's own body, not in the handler it returns
            if sx.root_identifier(self.src, other) in own and _REQUEST_PART.search(sx.text(self.src, other)):
                return sx.text(self.src, mine)
        return ""

    def _admin_password_test(self, left: Node | None, right: Node | None) -> bool:
        """`adminPassword !== process.env.ADMIN_SECRET`: a value named as a password (not a token or
        signature a machine sends) against one the server reads from its environment."""
        for mine, other in ((left, right), (right, left)):
            mine, other = sx.strip_types(mine), sx.strip_types(other)
            if mine is None or other is None or mine.type not in ("identifier", "member_expression"):
                continue
            if "password" not in vocab.words(sx.last_name(sx.dotted(self.src, mine))):
                continue
            if other.type == "member_expression" and sx.dotted(self.src, other).startswith("process.env."):
                return True
        return False

    def _secretish(self, node: Node | None) -> bool:
        if node is None:
            return False
        text = sx.text(self.src, node)
        if "process.env." in text or "env." in text:
            return True
        if node.type == "template_string":  # `Bearer ${secret}`
            return any(
                self._secretish(sx.strip_types(sub.named_children[0]) if sub.named_children else None)
                for sub in sx.find(node, ("template_substitution",))
            )
        if node.type == "call_expression":  # `getEnvVariable("CRON_SECRET")`: a setting named as a secret
            args = sx.call_args(node)
            first = sx.strip_types(args[0]) if args else None
            return first is not None and first.type == "string" and vocab.is_secret_name(sx.text(self.src, first)[1:-1])
        if node.type == "identifier":
            if vocab.is_secret_name(text):
                return True  # (what the name test below answers, before the search of the declarations)
            if self._declared is None:
                self._declared = sx.first_declarators(self.src, self.fn.node)
            if _env_secret_read(self.src, self.fn.node, node, self._declared):
                return True  # `received !== expected` after `const expected = process.env.HOOK_SECRET`
            d = self._declared.get(text)
            bound = sx.strip_types(d.child_by_field_name("value")) if d is not None else None
            if (
                d is not None
                and d.start_byte < node.start_byte
                and bound is not None
                and bound.type == "template_string"
            ):
                # `const expected = `Bearer ${process.env.CRON_SECRET}``: a substitution named as a secret
                return any(
                    secret_argument(self.src, _fallback_left(sub.named_children[0]))
                    for sub in sx.find(bound, ("template_substitution",))
                    if sub.named_children
                )
        # `signature !== expected`: a compared signature/token/HMAC authenticates the caller
        name = sx.last_name(sx.dotted(self.src, node)) if node.type in ("identifier", "member_expression") else ""
        if name and vocab.is_secret_name(name):
            return True
        if node.type == "member_expression" and process_held_key(sx.dotted(self.src, node)):
            return True
        return "headers" in text and bool(_SECRET_HEADER.search(text))

    def _held_role_named(self, call: Node, st: State) -> bool:
        """`roles.includes("admin")` with `const roles = Array.isArray(user.app_metadata?.roles) ?
        user.app_metadata.roles : []` (or `user.roles ?? []`): the list of roles the server granted the
        session user asked for a named role (a literal or an enum member). Not a list the user writes
        themselves (`user_metadata`), nor one the client sends."""
        fn = sx.strip_types(call.child_by_field_name("function"))
        args = sx.call_args(call)
        if fn is None or fn.type != "member_expression" or len(args) != 1:
            return False
        named = sx.strip_types(args[0])
        text = sx.text(self.src, named) if named is not None else ""
        if not (
            named is not None
            and (
                (named.type == "string" and _role_name(text))
                or (named.type == "member_expression" and _ENUM_MEMBER.match(text))
            )
        ):
            return False
        held = _list_or_none(self.src, fn.child_by_field_name("object"))
        sessionish = st.session | st.fetched
        if held is not None and held.type == "identifier":
            # a local naming the list: what it was bound to, past the `Array.isArray(x) ? x : []` guard
            held = _list_or_none(self.src, self._local_value(sx.text(self.src, held)))
        if held is None or held.type != "member_expression" or _SELF_WRITTEN_METADATA.search(sx.text(self.src, held)):
            return False
        if not _ROLE_LIST.match(sx.text(self.src, held.child_by_field_name("property"))):
            return False
        return sx.root_identifier(self.src, held) in st.session and not self._claimed(held, st, sessionish)

    def _allowed_roles_test(self, call: Node, st: State) -> bool:
        """`allowed.some((r) => r === "*" || user.roles.includes(r))`: a list of role names asked, one by one,
        whether the caller's own roles hold it (the list itself no caller's value). The literals the callback
        lets through unasked (`r === "*"`) are noted as wildcards (`role_wildcards`)."""
        fn = sx.strip_types(call.child_by_field_name("function"))
        member = fn is not None and fn.type == "member_expression"
        recv = sx.strip_types(fn.child_by_field_name("object")) if fn is not None and member else None
        args = sx.call_args(call)
        cb = sx.strip_types(args[0]) if len(args) == 1 else None
        if recv is None or cb is None or not sx.is_function(cb):
            return False
        sessionish = st.session | st.fetched
        if identifiers(self.src, recv) & sessionish or (self.entry and identifiers(self.src, recv) & st.client):
            return False  # (the caller's own list, or the client's: not an allowlist)
        params = sx.param_names(self.src, cb)
        if len(params) != 1:
            return False
        item = params[0]
        asked = False
        for inner in sx.find(cb, ("call_expression",)):
            if sx.last_name(sx.callee_name(self.src, inner)) not in ("includes", "has"):
                continue
            ia = sx.call_args(inner)
            ifn = sx.strip_types(inner.child_by_field_name("function"))
            owner = sx.strip_types(ifn.child_by_field_name("object")) if ifn is not None else None
            if len(ia) == 1 and sx.text(self.src, sx.strip_types(ia[0])) == item:
                owner = sx.unwrap(owner)
                if (
                    owner is not None
                    and owner.type == "binary_expression"
                    and sx.text(self.src, owner.child_by_field_name("operator")) in ("||", "??")
                    and sx.text(self.src, owner.child_by_field_name("right")).strip() == "[]"
                ):
                    owner = owner.child_by_field_name("left")  # (`(user?.roles || [])`: the caller's roles, or none)
                asked = asked or self._caller_role(owner, st, sessionish)
        if not asked:
            return False
        for cmp in sx.find(cb, ("binary_expression",)):
            if sx.text(self.src, cmp.child_by_field_name("operator")) not in ("===", "=="):
                continue
            sides = [sx.strip_types(cmp.child_by_field_name(f)) for f in ("left", "right")]
            if any(x is not None and sx.text(self.src, x) == item for x in sides):
                for x in sides:
                    value = sx.string_value(self.src, x) if x is not None and x.type == "string" else None
                    if value is not None:
                        self.role_wildcards.add(value)
        return True

    def _membership_test(self, call: Node, last: str, st: State) -> bool:
        """`team.users.some((u) => u.userId === session.user.id)`, `memberIds.includes(userId)`: the
        resource's members or owners compared with the session user (load-then-compare)."""
        if last not in ("some", "every", "find", "findIndex", "includes", "has"):
            return False
        sessionish = st.session | st.fetched
        refs: set[str] = set()
        for a in sx.call_args(call):
            refs |= identifiers(self.src, a, into_functions=True)
        return bool(refs & sessionish) or self._own_list_holds(call, last, sessionish)

    def _own_list_holds(self, call: Node, last: str, sessionish: set[str]) -> bool:
        """`account.teams.some((t) => t.teamId === teamId)`, `user.orgIds.includes(orgId)`: a list on
        the caller's own record (read by the session's id) asked whether it holds the picked id: the
        caller's memberships, the other way round from a resource's members compared with the caller."""
        if last not in ("some", "find", "findIndex", "includes", "has"):
            return False
        fn = sx.strip_types(call.child_by_field_name("function"))
        member = fn is not None and fn.type == "member_expression"
        obj = sx.strip_types(fn.child_by_field_name("object")) if fn is not None and member else None
        if last in ("includes", "has") and self._own_list_answer(obj, sessionish):
            # `(await pantryIdsFor(userId)).includes(client.pantryId)`: the list a project lookup handed the
            # caller's id answers, asked whether it holds what the record names
            arg = sx.strip_types(sx.call_args(call)[0]) if len(sx.call_args(call)) == 1 else None
            return arg is not None and arg.type == "member_expression" and not self._is_role_expr(arg, sessionish)
        if obj is None or obj.type != "member_expression" or sx.root_identifier(self.src, obj) not in sessionish:
            return False
        args = sx.call_args(call)
        arg = sx.strip_types(args[0]) if len(args) == 1 else None
        if arg is None:
            return False
        if last in ("includes", "has"):
            return arg.type in ("identifier", "member_expression") and not self._is_role_expr(arg, sessionish)
        if arg.type not in ("arrow_function", "function_expression", "function"):
            return False
        inner = self.mod.function_for(arg)
        own = set(inner.params)
        for cmp in sx.find(arg, ("binary_expression",)):
            if sx.text(self.src, cmp.child_by_field_name("operator")) not in ("===", "=="):
                continue
            sides = [sx.strip_types(cmp.child_by_field_name(f)) for f in ("left", "right")]
            roots = [sx.root_identifier(self.src, s) for s in sides]
            texts = [sx.text(self.src, s) for s in sides]
            if any(_literal_text(t) for t in texts):
                continue  # `(o) => o.role === "admin"`: a role the caller holds, not a picked id
            if (roots[0] in own) != (roots[1] in own):
                return True
        return False

    def _own_list_answer(self, obj: Node | None, sessionish: set[str]) -> bool:
        """``obj`` is the awaited answer of a project function handed only the caller's own values that reads
        the database (`await pantryIdsFor(userId)`): a list of what the caller belongs to."""
        node = sx.unwrap(obj)  # (through the parentheses and the `await`)
        if node is None or node.type != "call_expression" or not is_awaited(node):
            return False
        args = sx.call_args(node)
        given = {n for a in args for n in identifiers(self.src, a)}
        if not args or not given or not given <= sessionish:
            return False
        target = self.az.target(self.mod, node)
        return target is not None and any(op.kind == "read" for op in self.az.summary(target).ops)

    def _remote_file_client(self, callee: str) -> bool:
        """`client.exists(path)` on a remote file store's client: `client.method` in a module importing the
        store's package, or on the answer of a project factory whose module does (`await getDriveClient()`)."""
        recv = callee.split(".")[0]
        if callee.count(".") != 1 or recv in ("fs", "fsp", "this"):
            return False
        if _imports_remote_files(self.mod):
            return True
        made = sx.unwrap(self._local_value(recv))
        if made is not None and made.type == "await_expression" and made.named_children:
            made = sx.unwrap(made.named_children[0])
        if made is None or made.type != "call_expression":
            return False
        target = self.az.target(self.mod, made)
        return target is not None and _imports_remote_files(target.module)

    def _from_fs_module(self, name: str) -> bool:
        binding = self.mod.imports.get(name)
        return binding is not None and binding.spec in ("fs", "node:fs", "fs/promises", "node:fs/promises")

    def _known_async(self, callee: str) -> bool:
        return _known_async_name(callee) or (callee == "auth" and self._authjs_auth())

    def _authjs_auth(self) -> bool:
        """`auth` destructured from Auth.js v5's `NextAuth(...)` (`export const { auth } = NextAuth(config)`),
        here or in the project module it is imported from: an async session read."""
        mod: Module | None = self.mod
        binding = self.mod.imports.get("auth")
        if binding is not None:
            if binding.spec.startswith("next-auth") or binding.imported != "auth":
                return False
            mod = self.az.program.imported_module(self.mod, binding.spec)
        if mod is None or b"NextAuth(" not in mod.src:
            return False
        maker = next((b.local for b in mod.imports.values() if b.spec == "next-auth" and b.imported == "default"), None)
        if maker is None:
            return False
        return re.search(rb"\{[^}]*\bauth\b[^}]*\}\s*=\s*" + maker.encode() + rb"\(", mod.src) is not None

    def _opens_with_check(self, body: Node | None) -> bool:
        """A try body whose first `if` returns and whose statements before it only read the session: no
        statement there names the function's parameters (`await req.json()` throws on a malformed body)."""
        if body is None:
            return False
        for s in sx.statements(body):
            if s.type == "if_statement":
                cons = s.child_by_field_name("consequence")
                # (by a return: a thrown refusal, `redirect()` too, lands in the catch itself)
                return sx.exits(self.src, cons) == "return" and s.child_by_field_name("alternative") is None
            if s.type not in ("lexical_declaration", "variable_declaration", "expression_statement"):
                return False
            if any(sx.text(self.src, i) in self.param_names for i in sx.find(s, ("identifier",))):
                return False
        return False

    def _catch(self) -> str | None:
        return self.catch[-1] if self.catch else None

    # -- expressions --------------------------------------------------------------------------
    def expr(self, node: Node | None, st: State) -> None:
        if node is None:
            return
        calls, callbacks = _calls_postorder(self.mod.parsed, node)
        derefs = self._throwing_derefs(node) if st.auth is None and self.nullable_sessions else []
        for call in calls:
            if derefs and st.auth is None and any(d.end_byte <= call.end_byte for d in derefs):
                st.auth = "throw"  # `find({ owner: session.user.id })`: evaluated before the call runs
            if call.type == "call_expression":
                gate = st.role, st.owner
                self.call(call, st)
                if gate != (st.role, st.owner):
                    self.thrown_gates.append(call.start_byte)  # a helper that throws unless allowed
            else:
                constructor = sx.dotted(self.src, call.child_by_field_name("constructor"))
                if constructor and is_spawning_transport(self.mod, constructor):
                    self.events.append(Event("exec", call, st.copy(), callee=constructor, catch_param=self._catch()))
        for cb in callbacks:
            # Callbacks run inline (transactions, map, then): walk them with a copy of the state.
            parent = cb.parent
            runner = effect.thunk_call(self.src, cb) if parent is not None and parent.type == "pair" else None
            # (`runVerifiedAction({ label, handler: () => removeMember(input) })`: a function of the
            # options handed to a project function that calls it)
            option = self._option_run(cb) if runner is None and parent is not None else None
            if (
                runner is not None
                or option is not None
                or (parent is not None and self._ai_stream_hook(cb))
                or (parent is not None and self._stream_source_method(cb))
                or (
                    parent is not None
                    and parent.type == "arguments"
                    and not self._registered_handler(parent)
                    and not _cached_uninvoked(self.mod, parent)
                )
            ):
                inner = self.mod.function_for(cb)
                own = set(inner.params)
                sub = _Walker(self.az, inner, st.copy(), self.held - own, self.entry)
                sub.catch = list(self.catch)
                if parent is not None and _catch_handler(self.src, parent, cb):
                    # `promise.catch((error) => res.json({ msg: error.message }))`: a catch block
                    sub.catch.append(inner.params[0] if inner.params else "")
                sub.param_names = self.param_names - own
                if parent is not None and parent.type == "arguments":
                    self._handed_to_gate(cb, parent, sub)
                    self._bind_element(cb, parent, sub)
                    self._bind_wrapped_input(cb, parent, sub, st)
                elif option is not None:
                    self._option_to_gate(cb, option, sub)
                # params of callbacks over client data are client data too
                body = inner.body
                if body is not None and body.type == "statement_block":
                    sub.block(sx.statements(body), sub.state)
                elif body is not None:
                    sub.expr(body, sub.state)
                for ev in sub.events:
                    if ev.kind != "return":
                        self.events.append(ev)
                self.param_calls.extend(sub.param_calls)
                self.held_gates |= sub.held_gates
                self.audits_somewhere = self.audits_somewhere or sub.audits_somewhere
                self.audit_depth = min(self.audit_depth, sub.audit_depth)
                self.trimmed |= sub.trimmed
                self.handed_client |= sub.handed_client
                st.rate_limited = st.rate_limited or sub.state.rate_limited
                st.audited = st.audited or sub.state.audited
                runner = runner or (effect.thunk_call(self.src, cb) if parent is not None else None)
                # (`return tracer.startActiveSpan(name, async (span) => { ...check...; return run() })`:
                # a tracing call runs its callback at once and answers with its value)
                span = _span_run(self.src, cb) if runner is None and parent is not None else None
                if (span is not None or (runner is not None and is_awaited(runner))) and st.auth is None:
                    # a yielded (or returned) `Effect.gen`/`Effect.tryPromise` runs its thunk here, and
                    # its failure ends the caller: what the thunk established holds after it
                    st.auth = sub.state.auth
                    st.role = st.role or sub.state.role
                    st.owner = st.owner or sub.state.owner
        for call in calls:
            if call.type == "call_expression":
                self._handed_functions(call, st)
        if derefs:
            st.auth = st.auth or "throw"

    def _throwing_derefs(self, top: Node) -> list[Node]:
        """Plain (no `?.`) member reads through a session fetched and not checked yet, evaluated whenever
        ``top`` is (not in a callback, behind `&&`/`||`/`??` or in a ternary's branch): `session.user.id`
        of `getServerSession()`'s null answer throws a TypeError, so nothing after it runs signed out.
        Only a field of the signed-in person read through their record (`session.user.id`, `data.user.id`
        of supabase's `{ data, error }` answer): `ctx.db.find` of a context object is no dereference
        of anyone, and `session.userId` of an object answer is undefined, not a throw."""
        src = self.src
        if not any(src.find(n.encode() + b".", top.start_byte, top.end_byte) != -1 for n in self.nullable_sessions):
            return []  # (cheap: most expressions read no session)
        if _caught_here(top):
            return []  # (a `try` whose `catch` goes on: the TypeError is caught and the code after runs signed out)
        out: list[Node] = []
        for m in sx.find(top, ("member_expression",), into_functions=False):
            props: list[str] = []
            node: Node | None = m
            while node is not None and node.type == "member_expression":
                obj = node.child_by_field_name("object")
                prop = node.child_by_field_name("property")
                if obj is None or prop is None or src.find(b"?", obj.end_byte, prop.start_byte) != -1:
                    node = None
                    break
                props.append(sx.text(src, prop))
                node = sx.strip_types(obj)  # (`session!.user.id` throws all the same)
            if node is None or node.type != "identifier" or sx.text(src, node) not in self.nullable_sessions:
                continue
            props.reverse()
            if props[0] == "data":
                props = props[1:]  # (supabase's `{ data: { user }, error }` answer)
            if len(props) < 2 or props[0] not in _SIGNED_IN_FIELDS or not _always_evaluated(src, m, top):
                continue
            out.append(m)
        return out

    def _bind_element(self, cb: Node, args: Node, sub: _Walker) -> None:
        """`drafts.forEach((draft) => ...)`: the element parameter of an array method's callback holds
        what the list holds, as a `for (const draft of drafts)` binds it."""
        call = args.parent
        fn = sx.strip_types(call.child_by_field_name("function")) if call is not None else None
        if call is None or fn is None or fn.type != "member_expression" or args.named_children[:1] != [cb]:
            return
        method = sx.text(self.src, fn.child_by_field_name("property"))
        if method not in _ELEMENT_METHODS:
            return
        if method != "forEach" and self._filled_here(fn.child_by_field_name("object")):
            return  # (`ops.push({ partnerId: partner.id, type })`: rows the code made, not the client's items)
        sub.bind(sx.first_param(cb), fn.child_by_field_name("object"), sub.state)

    def _filled_here(self, listed: Node | None) -> bool:
        """`const ops = []` (then `ops.push(...)`): a list the function declares empty and fills itself."""
        listed = sx.unwrap(listed)
        if listed is None or listed.type != "identifier":
            return False
        value = sx.unwrap(self._local_value(sx.text(self.src, listed)))
        return value is not None and value.type == "array" and not value.named_children

    def _bind_wrapped_input(self, cb: Node, args: Node, sub: _Walker, st: State) -> None:
        """`saveForm(input, schema, async (data) => ...)`: a project wrapper handed the client's value and a
        callback, which it calls with what it made of that value (`func(parsed.data)` past
        `schema.safeParse(input)`): the callback's parameter holds the client's data, validated when the
        wrapper made it by a schema's parse. (A wrapper's own values, a session it looked up, stay its own.)"""
        call = args.parent
        if call is None or call.type != "call_expression" or not st.client:
            return
        target = self.az.target(self.mod, call)
        if target is None or target.body is None:
            return
        handed = sx.call_args(call)
        k = next((i for i, a in enumerate(handed) if a == cb), None)
        tparams = target.param_nodes()
        if k is None or k >= len(tparams):
            return
        client_params = {
            name
            for i, a in enumerate(handed)
            if i != k and i < len(tparams) and identifiers(self.src, a) & st.client
            for name in sx.pattern_names(target.module.src, tparams[i])
        }
        runner = sx.pattern_names(target.module.src, tparams[k])
        if not client_params or len(runner) != 1:
            return
        tsrc = target.module.src
        sources = param_sources(self.az, target)
        inner = cb.child_by_field_name("parameters")
        own = [p.child_by_field_name("pattern") or p for p in inner.named_children] if inner is not None else []
        single = cb.child_by_field_name("parameter")
        if not own and single is not None:
            own = [single]  # (`data => ...`)
        for run in sx.find(target.node, ("call_expression",)):
            fn = run.child_by_field_name("function")
            if fn is None or fn.type != "identifier" or sx.text(tsrc, fn) != runner[0]:
                continue
            for j, a in enumerate(sx.call_args(run)):
                if j >= len(own) or not any(
                    p in client_params for r in identifiers(tsrc, a) for p in sources.get(r, ())
                ):
                    continue
                names = set(sx.pattern_names(self.src, own[j]))
                sub.state.client |= names
                sub.handed_client |= names
                if _parsed_by_schema(tsrc, target.node, a):
                    sub.state.validated |= names

    def _handed_functions(self, call: Node, st: State) -> None:
        """`export const GET = (req, ctx) => withSession(req, handler, ctx)`: a function of this module
        handed by name to a project wrapper that calls it only past its own auth check runs here,
        signed in; its body is walked like an inline callback's (what the wrapper hands it of its own
        is session data, the rest is what the caller handed the wrapper)."""
        target = self.az.target(self.mod, call)
        if target is None:
            return  # (the project function first, known already: most calls run none)
        args = sx.call_args(call)
        named = [
            (k, fn)
            for k, a in enumerate(args)
            if a.type == "identifier"
            and (fn := self.mod.local_function(sx.text(self.src, a))) is not None
            and not (fn.node.start_byte <= call.start_byte < fn.node.end_byte)
            and fn.node.start_byte not in self.walking
        ]
        if not named:
            return
        summary = self.az.summary(target)
        handed = {n for a in args for n in identifiers(self.src, a)}
        for k, inner in named:
            filled = summary.gated_callbacks.get(k)
            if filled is not None and not secret_args(self.src, summary, args):
                continue
            if filled is None and k not in summary.runs_params:
                continue  # (a function the wrapper only stores or hands on: not known to run here)
            own = set(inner.params)
            # (not an entry walk: what the wrapper hands the callback, `(member) => ...`, may be a row it
            # looked up for the caller, though built from the client's values)
            sub = _Walker(self.az, inner, st.copy(), self.held - own)
            sub.walking = self.walking | {inner.node.start_byte}
            sub.catch = list(self.catch)
            sub.param_names = set(inner.params)
            if filled is not None:
                sub.state.auth = "secret" if summary.secret_gate else "inherited"
                sub.state.role = sub.state.role or k in summary.role_gated_callbacks
            filled = filled or frozenset()
            params = inner.param_nodes()
            for j, param in enumerate(params):
                names = set(sx.pattern_names(self.src, param))
                if j in filled:
                    sub.state.session |= names
                elif handed & st.client:
                    sub.state.client |= names
            body = inner.body
            if body is not None and body.type == "statement_block":
                sub.block(sx.statements(body), sub.state)
            elif body is not None:
                sub.expr(body, sub.state)
                sub.events.append(Event("return", body, sub.state.copy(), value=body, catch_param=None))
            self.events.extend(sub.events)
            for name, op in sub.records.items():
                self.records.setdefault(name, op)  # (what its responses carry is read off these)
            self.audits_somewhere = self.audits_somewhere or sub.audits_somewhere
            self.audit_depth = min(self.audit_depth, sub.audit_depth)

    def _handed_to_gate(self, cb: Node, args: Node, sub: _Walker) -> None:
        """`withAuth(async ({ user }) => ...)` in a body, also nested (`sew(() => withAuth(...))`):
        a project wrapper that calls the callback only past its own auth (and role) check runs it
        signed in, wherever the wrapper call sits."""
        call = args.parent
        st = sub.state
        if call is None or call.type != "call_expression":
            return
        # (signed in already: the call's own walk met a sign-in inside this callback, `withAuth(req, async
        # ({ orgId }) => { await readOrgContext(); ... })`; what the wrapper fills is still the server's)
        signed = st.auth is not None
        target = self.az.target(self.mod, call)
        if target is None:
            return
        index = next((i for i, a in enumerate(sx.call_args(call)) if a.start_byte == cb.start_byte), -1)
        summary = self.az.summary(target)
        filled = summary.gated_callbacks.get(index)
        params = self.mod.function_for(cb).param_nodes()
        failure = summary.failure_callbacks.get(index)
        if signed:
            if filled is None or not secret_args(self.src, summary, sx.call_args(call)):
                return
        elif filled is None and failure is not None and failure[0] < len(params):
            # `withProjectAuth(async (user, db, project, error) => { if (error) return ... })`: the
            # callback runs signed in past its own exit on the failure the wrapper hands it
            at, filled = failure
            param = params[at]
            name = param.child_by_field_name("pattern") if param.type == "required_parameter" else param
            if name is not None and name.type == "identifier":
                sub.auth_errors.add(sx.text(self.src, name))
            filled = filled - {at}
        elif filled is None or not secret_args(self.src, summary, sx.call_args(call)):
            return
        else:
            st.auth = "secret" if summary.secret_gate else "inherited"
            st.role = st.role or index in summary.role_gated_callbacks
        # what the wrapper hands the callback of its own (`{ user, org }`) is session data
        for j in filled:
            if j < len(params):
                st.session |= set(sx.pattern_names(self.src, params[j]))
        # ... also the keys it fills beside the caller's request (`{ req, user, orgId }`), but a database
        # client among them (`{ admin }` queried as `admin.from(...)`): what is read through it is the
        # rows the caller's values pick, not the session's
        keyed = set()
        for j, keys in summary.gated_callback_keys.get(index, {}).items():
            if j < len(params) and j not in filled:
                keyed |= destructured_keys(self.src, params[j], keys)
        st.session |= keyed - self._queried_through(cb, keyed)

    def _queried_through(self, fn: Node, names: set[str]) -> set[str]:
        """The ``names`` some database operation in ``fn`` is called on (`admin.from("t").update(...)`)."""
        out: set[str] = set()
        for call in sx.find(fn, ("call_expression",)):
            root = sx.callee_name(self.src, call).split(".", 1)[0]
            if root in names and root not in out and self.az.classify(self.mod, call) is not None:
                out.add(root)
        return out

    def _option_run(self, cb: Node) -> tuple[Node, tuple[int, str], Summary] | None:
        """`wrapper({ label, handler: () => ... })` (or `{ async handler() {...} }`) with a project
        `wrapper` that calls its options' `handler`: the call, (position of the options, key) and the
        wrapper's summary. None for a function it does not call (one it only stores, a library's)."""
        parent = cb.parent
        if parent is None:
            return None
        if parent.type == "pair":
            key, obj = parent.child_by_field_name("key"), parent.parent
        elif cb.type == "method_definition":
            key, obj = cb.child_by_field_name("name"), parent
        else:
            return None
        args = obj.parent if obj is not None and obj.type == "object" else None
        call = args.parent if args is not None and args.type == "arguments" else None
        if key is None or call is None or call.type != "call_expression" or obj is None:
            return None
        index = next((i for i, a in enumerate(sx.call_args(call)) if a.start_byte == obj.start_byte), -1)
        if index < 0:
            return None
        target = self.az.target(self.mod, call)
        if target is None:
            return None
        summary = self.az.summary(target)
        k = (index, sx.text(self.src, key).strip("\"'"))
        return (call, k, summary) if k in summary.runs_options else None

    def _option_to_gate(self, cb: Node, option: tuple[Node, tuple[int, str], Summary], sub: _Walker) -> None:
        """`runVerifiedAction({ handler: async (session) => ... })` in a body: a project function that
        calls its options' function only past its own auth (and role) check runs it signed in."""
        call, k, summary = option
        st = sub.state
        filled = summary.gated_options.get(k)
        if filled is None or not secret_args(self.src, summary, sx.call_args(call)):
            return
        if st.auth is None:
            st.auth = "secret" if summary.secret_gate else "inherited"
        st.role = st.role or k in summary.role_gated_options
        # what the function hands the callback of its own (`handler(session)`) is session data
        # (also when its awaited call already signed the caller in here)
        params = self.mod.function_for(cb).param_nodes()
        for j in filled:
            if j < len(params):
                st.session |= set(sx.pattern_names(self.src, params[j]))

    def _service_write(self, call: Node, callee: str, st: State) -> bool:
        """`qdrant.createCollection(...)`, `orders.createOrder(...)` on a module-level (or imported)
        client of a `SERVICE_WRITES` SDK: a change the server makes with its own key. Of a key-value
        store (`kv.set(key, next)`), only a record the caller writes or names for removal:
        a cache of what the server fetched itself, or a limiter's bookkeeping, changes nobody's data."""
        if not may_be_service_write(callee):
            return False
        root, _, method = callee.partition(".")
        found = self.az.program.resolve_value(self.mod, root)
        what = service_write(found[0], found[1], method) if found is not None else None
        if what is None or what != KV_WRITE:
            return what is not None
        if not self.entry:
            return False  # (in the entry point's own body: a helper's may be any caller's cache)
        args = sx.call_args(call)
        told = args[:1] if method in KV_REMOVALS else args[1:]
        return any(self._sent_as_is(a, st, 0) for a in told)

    def _queue_receiver_verify(self, callee: str) -> bool:
        """`receiver.verify({ signature, body })` on `const receiver = new Receiver({ currentSigningKey,
        nextSigningKey })` of @upstash/qstash (here or at module level): checks the delivery's signature
        against the deployment's signing keys, so the body is what the app queued, not a client's."""
        obj, _, method = callee.rpartition(".")
        if method != "verify" or not obj or "." in obj:
            return False
        value = self._bound_value(obj)
        if value is None:
            value = self.mod.values.get(obj)
            if value is not None and value.type == "variable_declarator":
                value = value.child_by_field_name("value")
        value = sx.strip_types(sx.unwrap(value))
        if value is None or value.type != "new_expression":
            return False
        ctor = sx.text(self.src, value.child_by_field_name("constructor"))
        binding = self.mod.imports.get(ctor)
        return binding is not None and binding.spec == "@upstash/qstash" and binding.imported == "Receiver"

    def _bound_value(self, name: str) -> Node | None:
        """The initialiser of the declaration in the function being walked that binds ``name``, also
        in a pattern (`const { token: response } = await exchange(req)`)."""
        for d in sx.find(self.fn.node, ("variable_declarator",), into_functions=False):
            pattern = d.child_by_field_name("name")
            if pattern is None:
                continue
            if pattern.type == "identifier":
                if sx.text(self.src, pattern) == name:
                    return d.child_by_field_name("value")
                continue
            kinds = ("identifier", "shorthand_property_identifier_pattern")
            if any(sx.text(self.src, n) == name for n in sx.find(pattern, kinds, into_functions=False)):
                return d.child_by_field_name("value")
        return None

    def _sent_as_is(self, node: Node | None, st: State, depth: int) -> bool:
        """Does ``node`` hold what the caller sent, as sent: a client name, through locals, object and
        array literals and the request's own readers (`await req.json()`, `searchParams.get(k)`,
        `schema.parse(body)`), not the answer of a call the server made about it (`await fetch(url)`
        with the caller's `repo` in the URL answers the server's data)."""
        node = sx.unwrap(node)
        if node is None or depth > 6:
            return False
        t = node.type
        if t in ("identifier", "shorthand_property_identifier"):
            name = sx.text(self.src, node)
            if name not in st.client:
                return False
            if name in self.fn.params:
                return True
            return self._sent_as_is(self._bound_value(name), st, depth + 1)
        if t == "call_expression":
            fn = sx.strip_types(node.child_by_field_name("function"))
            if fn is None or fn.type != "member_expression":
                return False
            if sx.text(self.src, fn.child_by_field_name("property")) not in _REQUEST_READERS:
                return False
            parts = [fn.child_by_field_name("object"), *sx.call_args(node)]
            return any(self._sent_as_is(p, st, depth + 1) for p in parts)
        if t == "member_expression":
            return self._sent_as_is(node.child_by_field_name("object"), st, depth + 1)
        if t in sx.FUNCTION_TYPES:
            return False
        return any(self._sent_as_is(c, st, depth + 1) for c in node.named_children)

    def _stream_source_method(self, cb: Node) -> bool:
        """`new ReadableStream({ async start(controller) { const run = await db.query.runs.findFirst(...);
        controller.enqueue(...) } })` returned as the response: the source's `start` / `pull` run while this
        request's answer streams (server-sent events), with the values it closes over: its work is the
        entry point's."""
        return sx.stream_source_method(self.src, cb)

    def _ai_stream_hook(self, cb: Node) -> bool:
        """`streamText({ model, prompt, onFinish: async ({ text }) => db.chat.update(...) })`: a lifecycle hook
        (`onFinish`, `onStepFinish`, `execute`, ...) in the options of an AI SDK call runs while this request's
        answer streams, with the values it closes over: its work is the entry point's (not a tool's
        `execute`, nested deeper, which the model's arguments fill)."""
        key, obj = sx.object_member(cb)
        if key is None:
            return False
        name = sx.text(self.src, key).strip("\"'")
        if not (_HANDLER_REGISTRATION.match(name) or name == "execute") or obj is None or obj.type != "object":
            return False
        args = obj.parent
        call = args.parent if args is not None and args.type == "arguments" else None
        fn = sx.strip_types(call.child_by_field_name("function")) if call is not None else None
        if call is None or fn is None or fn.type != "identifier" or sx.call_args(call)[:1] != [obj]:
            return False
        binding = self.mod.imports.get(sx.text(self.src, fn))
        return (
            binding is not None
            and (binding.spec == "ai" or binding.spec.startswith("@ai-sdk/"))
            and binding.imported in _AI_STREAM_CALLS
        )

    def _registered_handler(self, args: Node) -> bool:
        """`bot.onNewMention(async (thread) => ...)`: an event handler handed to a library runs
        when the library dispatches that event (after its own checks), not at registration."""
        call = args.parent
        fn = sx.strip_types(call.child_by_field_name("function")) if call is not None else None
        if fn is None or fn.type != "member_expression":
            return False
        return bool(_HANDLER_REGISTRATION.match(sx.text(self.src, fn.child_by_field_name("property"))))

    def statement_call(self, e: Node, st: State) -> None:
        """A call used as a statement: `await requireUser()`, `schema.parse(input)`."""
        call = sx.unwrap(e)
        if call is not None and call.type == "new_expression":
            ctor = call.child_by_field_name("constructor")
            arg_list = call.child_by_field_name("arguments")
            args = [a for a in arg_list.named_children if a.type != "comment"] if arg_list is not None else []
            if ctor is not None and sx.text(self.src, ctor) == "URL" and len(args) == 1:
                # `try { new URL(url) } catch { return 400 }`: built only to throw on a malformed URL
                st.validated |= identifiers(self.src, args[0])
            return
        if call is None or call.type != "call_expression":
            return
        callee = sx.callee_name(self.src, call)
        for arg in sx.call_args(call):
            # `await assertMember(userId, z.string().cuid().parse(gardenId));`: a throwing parse handed as an
            # argument runs before the call, every time, so past the statement its value passed the schema
            inner = sx.unwrap(arg)
            if inner is not None and inner.type == "call_expression":
                inner_callee = sx.callee_name(self.src, inner)
                inner_args = sx.call_args(inner)
                if (
                    inner_args
                    and self._validates(inner_callee)
                    and sx.last_name(inner_callee) not in vocab.NON_THROWING_VALIDATION
                ):
                    st.validated |= checked_value_names(self.src, inner_args[-1])
        pos = self._library_validator(callee)
        if pos is not None:  # `assert(input, Struct)`: superstruct checks its first argument
            args = sx.call_args(call)
            st.validated |= checked_value_names(self.src, args[pos]) if pos < len(args) else set()
            return
        if self._effect_decoder(call):  # `Schema.decodeUnknownSync(S)(input);`
            st.validated |= {i for arg in sx.call_args(call) for i in identifiers(self.src, arg)}
            return
        if callee == "JSON.parse" and sx.call_args(call):
            # `try { JSON.parse(metadata) } catch { return 400 }`: past it the text is JSON
            st.validated |= identifiers(self.src, sx.call_args(call)[0])
            return
        if self._validates(callee):
            args = sx.call_args(call)
            # `S.safeParse(input);` alone: the answer is dropped, nothing was enforced
            if args and sx.last_name(callee) not in vocab.NON_THROWING_VALIDATION:
                st.validated |= checked_value_names(self.src, args[-1])
            return
        # a project helper that parses its arguments and throws: `validateInputs([id, ZId])` (not one
        # that answers a failure: dropped, its answer enforced nothing)
        target = self.az.target(self.mod, call)
        if target is not None and self.az.summary(target).validates and not self.az.summary(target).answers_failure:
            for arg in sx.call_args(call):
                st.validated |= identifiers(self.src, arg)
        elif target is not None and self._throwing_check(target):
            # `assertCuid(companyId);`: past the call, the value is one its check let through
            params = target.params
            kept = self.az.summary(target).returned_params or frozenset()
            for k, arg in enumerate(sx.call_args(call)):
                if k < len(params) and params[k] in kept:
                    st.validated |= identifiers(self.src, arg)

    def _throwing_check(self, fn: Function) -> bool:
        """`assertCuid(v)`: `if (!isCuid(v)) throw ...; return v`: it hands back a parameter only past a check
        (not a conversion alone, `return String(v)`, which throws nothing), and answers no failure."""
        summary = self.az.summary(fn)
        if not summary.returns_input or summary.returns_unchecked or summary.answers_failure:
            return False
        return fn.body is not None and bool(sx.find(fn.body, ("throw_statement",), into_functions=False))

    def call(self, call: Node, st: State) -> None:
        src = self.src
        callee = named_as = sx.callee_name(src, call)
        if not callee:
            return
        if (callee.startswith("().") or callee.count(".") == 1) and self.az.runtime_imports(self.mod)[1]:
            # `(await import("ai")).generateText(...)`, `const ai = await import("ai"); ai.generateText(...)`:
            # the AI SDK loaded at run time is called as its imported function would be
            callee = _ai_sdk_member(src, call) or callee
        if callee in self.param_names or callee in self.held:
            # (also the enclosing wrapper's parameters: `return async (req) => handler(req, user)`)
            self.param_calls.append((call, st.copy()))
        elif "." in callee and self.param_names:
            # `opts.handler(ctx)`: a function of an options object the function was handed
            head, _, member = callee.partition(".")
            if head in self.param_names and "." not in member and member not in _VALUE_METHODS:
                self.param_calls.append((call, st.copy()))
        last = sx.last_name(callee)
        v = self.az.vocab
        if callee in effect.THUNK_RUNNERS and st.auth is None:
            self._named_thunk(call, st)
        target = self.az.target(self.mod, call)
        summary = self.az.summary(target) if target is not None else None
        named = self.az.guard_named(callee)
        if (
            target is None
            and st.auth is None
            and self.az.checks_capability(self.mod, callee)
            and is_awaited(call)
            and not self._in_condition(call)
            and self._statement_level(call)
        ):
            st.auth = "secret"  # `await codes.validateCode(code)` throws unless the caller holds the code
        if last == "then" and _bare_statement(call):
            self._floating_then(call, st)
        if summary is None and not named:
            # most calls: neither a project function nor named like a guard; where the call
            # sits is read only by the guard branches, all skipped for it
            awaited = in_condition = False
        else:
            awaited = is_awaited(call) or call == self.parallel
            in_condition = self._in_condition(call)
        # `isAdmin().catch((e) => { log(e); throw e; });` alone: a handler chained on a Promise nobody waits
        # for, a check dropped like a bare call
        caught = awaited and summary is not None and summary.is_async and _caught_statement(src, call)
        awaited = awaited and not caught
        bare = caught or _bare_statement(call)
        sync_ok = awaited or (summary is not None and not summary.is_async)

        # (an assertion whose body is out of view, `requireDefined` of a library, is taken as the
        # synchronous throw assertions are: an async one would be awaited)
        if (
            not in_condition
            and (sync_ok or target is None)
            and self._asserts_session(call, st, last if callee is named_as else None)
        ):
            st.auth = st.auth or "throw"  # `assertProUser(await getCurrentUser())` throws without a user
        if summary is not None and summary.runs_params and sync_ok and not in_condition and st.auth is None:
            self._runs_guarding_callback(call, summary, st)
        if target is not None and summary is not None and st.auth is None and not in_condition and sync_ok:
            self._helper_guards(call, target, summary, st)
        if summary is not None:
            if (
                last.endswith("OrThrow")
                and not in_condition
                and sync_ok
                and self._statement_level(call)
                and (
                    {a for arg in sx.call_args(call) for a in identifiers(src, arg, into_functions=True)}
                    & (st.session | st.fetched)
                )
            ):
                st.owner = True  # `await getDashboardOrThrow({ id, workspaceId: workspace.id })`
            if _SIGNATURE_CALLS.search(callee) and not in_condition and sync_ok:
                st.auth = st.auth or "secret"  # a project `verifyQstashSignature(req)` that throws
            if (
                summary.secret_throws
                and not in_condition
                and sync_ok
                and self._statement_level(call)
                and not _short_circuited(call, self.split_ternaries)
                and not _rejection_swallowed(src, call)
            ):
                st.auth = st.auth or "secret"  # `assertJobKey(req);` throwing unless the header holds the key
            if (
                in_condition
                and summary.is_async
                and not awaited
                and _in_ternary_test(call)
                and (self._is_check_call(call, callee) or summary.enforces_auth or summary.auth_source)
            ):
                # `canEdit(id) ? ... : ...`: if-conditions are handled in `condition()`
                self.events.append(Event("floating", call, st.copy(), callee=callee, catch_param=self._catch()))
            elif (
                not in_condition
                and summary.is_async
                and not awaited
                and (
                    self._is_check_call(call, callee)
                    or summary.enforces_auth
                    or summary.auth_source
                    or (bare and self._tenant_lookup_gate(call, target, st))
                    # (`checkManager(me.id);` answering `{ error }` on a role refusal: the refusal is lost)
                    or (bare and _refuses_by_answer(summary))
                )
                and (_negated(call) or self._stored_then_tested(call) or bare)
                and not (bare and self._sent_off(call, callee, summary))
            ):
                # `const denied = !isAdmin(id)`, `const ok = isAdmin(id); if (!ok)`: a Promise tested later
                # (`canManageVenue(uid, venueId);` alone: a check whose answer nobody waits for)
                self.events.append(Event("floating", call, st.copy(), callee=callee, catch_param=self._catch()))
                p = call.parent
                while p is not None and p.type in sx.TRANSPARENT:
                    p = p.parent
                if p is not None and p.type == "variable_declarator" and self._stored_then_tested(call):
                    self.promised.add(sx.text(self.src, p.child_by_field_name("name")))
            if (
                summary.enforces_auth
                and not in_condition
                and not _short_circuited(call, self.split_ternaries)
                and not _rejection_swallowed(src, call)
            ):
                if sync_ok:
                    st.auth = st.auth or "throw"
                    if not self._asks_own_subject(call, summary, st):
                        st.role = st.role or summary.role or _role_list_passed(self.src, call, summary)
                        # `await authProject({ projectId })`: signs in, then throws unless a lookup by the
                        # session user finds the id the caller passed (`summary.owner` needs a parameter)
                        st.owner = st.owner or summary.owner
                        self.subject_gated = self.subject_gated or summary.subject_gate
                elif summary.is_async and (
                    (bare and not self._sent_off(call, callee, summary))
                    or (self._statement_level(call) and (v.is_auth_enforcer(callee) or v.is_auth_source(callee)))
                ):
                    # `const user = requireUser()` holds a Promise; `const stats = getStats()` (a data
                    # helper that happens to check the session) is stored to be awaited later
                    self.events.append(Event("floating", call, st.copy(), callee=callee, catch_param=self._catch()))
            elif (
                (summary.role or summary.owner or (summary.param_role and self._hands_own(call, st)))
                and not in_condition
                and self._statement_level(call)
                # `getCurrentUser()` loads the user's row by the session and hands it back, or null
                # without one: its caller must check the answer, the helper's `if (!row) return null`
                # stops nothing (a helper answering with an error response is handled as before)
                and not (summary.auth_source and summary.returns_records and not summary.enforces_auth)
            ):
                if sync_ok and self._asks_own_subject(call, summary, st):
                    st.auth = st.auth or ("throw" if summary.authenticates else None)
                elif sync_ok:
                    self.subject_gated = self.subject_gated or summary.subject_gate
                    st.role = (
                        st.role
                        or summary.role
                        or (summary.param_role and self._hands_own(call, st))
                        or _role_list_passed(self.src, call, summary)
                    )
                    fixed = summary.owner and _asks_of_nothing_chosen(self.src, call)
                    # `requireAnyPermission(Permission.A, Permission.B)` testing `perms.some(...)` of the
                    # session user's roles: given no record, its check is of what the caller may do
                    st.role = st.role or (fixed and v.is_role_call(callee))
                    st.owner = st.owner or (summary.owner and not fixed)
                    # (not `checkSupportAgent()` answering `{ session: null, error }` on each refusal: it
                    # stops nobody itself; its caller's test of that error, or of the session, signs in)
                    answers = summary.auth_source and summary.error_field is not None and not summary.enforces_auth
                    st.auth = st.auth or ("throw" if summary.authenticates and not answers else None)
                elif summary.is_async and bare and not self._sent_off(call, callee, summary):
                    # (`const statsPromise = getStats(...)` stores a promise on purpose: only a bare
                    # call statement is a check that never runs)
                    self.events.append(Event("floating", call, st.copy(), callee=callee, catch_param=self._catch()))
            elif (
                _ENFORCING_CHECK.match(last)
                and (v.is_role_call(callee) or vocab.OWNERSHIP_CALLS.search(last))
                and (not in_condition and self._statement_level(call))
                and not (target is not None and result_dropped(call) and stops_nothing(target))
                and not (target is not None and answer_tested_bare(self.src, self.fn.node, call, target))
            ):
                # `await checkAuthorizationUpdated({ userId, organizationId, access })`: a project
                # authorization helper named to throw, whose body we cannot fully follow
                if sync_ok:
                    st.role = True
                    # (`checkAdminRole()` given nothing names no record: a test of the caller's standing
                    # only, not of whose a record is)
                    st.owner = st.owner or (
                        not _asks_of_nothing_chosen(self.src, call)
                        and (bool(sx.call_args(call)) or not v.is_role_call(callee))
                    )
                elif summary.is_async:
                    self.events.append(Event("floating", call, st.copy(), callee=callee, catch_param=self._catch()))
            elif (
                summary.is_async
                and not awaited
                and _ENFORCING_CHECK.match(last)
                and bare
                and target is not None
                and (self.az.param_gate(target) or (self._asks_about_caller(call, last, st) and _throws(target)))
            ):
                # `assertAssigned(me.id, ticketId);` alone: a throwing gate named for the domain, whose
                # rejection nobody waits for
                self.events.append(Event("floating", call, st.copy(), callee=callee, catch_param=self._catch()))
            # a project `logActivity()` / `rateLimitByIp()` counts by its name even when its body is opaque
            st.rate_limited = (
                st.rate_limited
                or summary.rate_limits
                or v.is_rate_limit(callee)
                # (`smsBucket.consume(key, 1)`: the method of a project token-bucket class spends a try)
                or (last in ("consume", "check") and callee.count(".") == 1 and self._limiter(callee))
            )
            if v.is_audit(callee):
                self._audit_seen(call, st, _log_depth(v, callee))
            elif summary.audits and summary.audit_depth < _LOG_REACH and not self._reports_caught(call):
                self._audit_seen(call, st, summary.audit_depth + (summary.audit_depth > 0))
            if summary.validates:
                self.events.append(Event("validate", call, st.copy(), callee=callee))
            if summary.mutates_store:
                self.events.append(Event("store", call, st.copy(), callee=callee, catch_param=self._catch()))
            if summary.sends_email or (
                not summary.ops
                and not summary.calls_ai
                and is_email_send(callee)
                and (self.az.program.package_import(self.mod, callee) or self._object_method_call(callee))
            ):
                # (`sendEmail(...)` of a workspace mailer package posting to its provider with `fetch`:
                # the name says what the request is, as it did before packages were followed; a
                # `sendMessage` that writes a chat row is a database write)
                self.events.append(Event("email", call, st.copy(), callee=callee, catch_param=self._catch()))
            if summary.calls_ai:
                self.events.append(Event("ai", call, st.copy(), callee=callee, catch_param=self._catch()))
            if summary.relays:
                self.events.append(Event("relay", call, st.copy(), callee=callee, catch_param=self._catch()))
            # (the inner call's name, which says what kind of effect it is: `fs.writeFile`, `spawn`)
            if summary.writes_files:
                self.events.append(Event("fs", call, st.copy(), callee=summary.writes_files, catch_param=self._catch()))
            if summary.redirect_params:
                # (a project helper redirecting to a target its caller hands it, `backTo(req, returnTo)`)
                self.events.append(Event("redirect", call, st.copy(), callee=callee, catch_param=self._catch()))
            if summary.runs_commands:
                self.events.append(
                    Event("exec", call, st.copy(), callee=summary.runs_commands, catch_param=self._catch())
                )
            args = sx.call_args(call)
            # `canViewBoard(auth, id)` reads the board to decide: its reads are the check, not work
            checking = self._is_check_call(call, callee)
            handed = self._session_params(target, args, st) if target is not None and summary.ops else frozenset()
            checked = self.az.ops_checked_with(target, handed) if target is not None and handed else None
            # (one event per distinct operation: a helper reaching the same operation of a deeper one
            # along several call paths lists it once per path, and those copies, now all at this call,
            # would otherwise multiply along every level of a deep call graph)
            seen: set[_OpKey] = set()
            for k, op in enumerate(summary.ops):
                used = [args[i] for i in sorted(op.param_uses) if i < len(args)]
                picks = self._filter_picks(call, target, op) if target is not None else None
                if (checking and op.kind == "read") or (checked is not None and checked[k]):
                    op = replace(op, guarded=True)
                key = _op_key(op)
                if key in seen:
                    continue
                seen.add(key)
                self.events.append(
                    Event(
                        "db",
                        call,
                        st.copy(),
                        replace(
                            op,
                            model=_handed_model(self.src, op.model, args),
                            call=call,
                            chain=call,
                            args=used,
                            data=used,
                            picks=picks,
                            api="helper" if op.api != "helper" else op.api,
                            helper=op.helper or (target.name if target else None),
                        ),
                        callee=callee,
                        catch_param=self._catch(),
                    )
                )
            statement = self.az.classify(self.mod, call) if not summary.ops else None
            if statement is not None:
                # `await legacyQuery("UPDATE chapters SET ...", values)`: the statement the helper runs
                self.events.append(Event("db", call, st.copy(), statement, callee=callee, catch_param=self._catch()))
            return

        # (most calls, of a name none of the tests below but the limiter's can hold of, and no AI client's
        # or e-mail send's: those tests are skipped, by a verdict on the name kept per module and name)
        quiet = not named and self._quiet_name(callee)
        if quiet:
            if "." not in callee and self._limiter(callee):
                # (as below: the function a limiter factory made)
                st.rate_limited = True
                return
        else:
            if v.is_auth_source(callee) and guards.stops_signed_out(src, call) and not self._in_condition(call):
                # Stack Auth `getUser({ or: "redirect" })` redirects itself when nobody is signed in
                if is_awaited(call) or call == self.parallel:
                    st.auth = st.auth or "throw"
                elif _bare_statement(call):
                    self.events.append(Event("floating", call, st.copy(), callee=callee, catch_param=self._catch()))
                return
            if (
                last == "protect"
                and callee.count(".") == 1
                and self._arcjet_client(self.mod, callee.split(".", 1)[0], 0)
            ):
                # `signupProtection.protect(req)`, the client derived with `aj.withRule(...)` in another file
                st.rate_limited = True
                return
            if named and v.is_auth_enforcer(callee) and not in_condition:
                if (callee == "auth.protect" or self._known_async(callee)) and not awaited and _bare_statement(call):
                    # Clerk v6 `auth.protect()` is async (v5's `auth().protect()` was not): un-awaited it stops nobody
                    self.events.append(Event("floating", call, st.copy(), callee=callee, catch_param=self._catch()))
                    return
                if awaited or callee.endswith("protect") or not self._known_async(callee):
                    st.auth = st.auth or "throw"
                    if callee.endswith("protect") and _asks_role(src, call):
                        st.role = True  # Clerk `auth.protect({ permission })` / `auth.protect((has) => has(...))`
                return
            if self.entry and last in _TOKEN_VERIFIERS and self._verifies_signed_token(call, callee):
                # `verify(token, key)` of jsonwebtoken (jose's awaited `jwtVerify`) throws on a forged or
                # expired token: what follows runs for a caller holding a token signed with the key (a person's
                # identity, as a session is: not a provider's signed event, whose body a user did not write).
                # In the entry point's own body only: a helper's (`decrypt(token)`, null without a token) is
                # a session reader whose answer its caller tests, as before
                # (Firebase Admin's awaited `adminAuth.verifyIdToken(idToken)` / `verifySessionCookie(cookie)`
                # throws the same way on a forged, expired or revoked token)
                st.auth = st.auth or "throw"
                self.token_gates.append(call.start_byte)
                st.validated |= self._signed_token_names(call)
                return
            if not in_condition and self._queue_receiver_verify(callee):
                st.auth = st.auth or "secret"  # (it throws on a bad signature; its answer is tested too)
                return
            if named and _SIGNATURE_CALLS.search(callee) and not in_condition:
                if _SIGNATURE_VERDICTS.search(callee) and _bare_statement(call):
                    return  # `twilio.validateRequest(...)` answers a boolean: ignored, it stops nobody
                if self._forged_signature(call):
                    return  # the header checked is one the server signed itself: it verifies nothing
                st.auth = st.auth or "secret"
                return
            if (
                named
                and v.is_role_call(callee)
                and not in_condition
                and self._statement_level(call)
                and last.startswith(("require", "ensure", "assert", "check", "verify", "must"))
            ):
                st.role = True
                st.owner = True
                st.auth = st.auth or "throw"
                return
            if named and v.is_rate_limit(callee):
                st.rate_limited = True
                return
            if last in ("limit", "consume", "check") and callee.count(".") == 1 and self._limiter(callee):
                # `const emailLimit = ratelimit(5, "1 m")` at module level, then `emailLimit.limit(key)`
                st.rate_limited = True
                return
            if "." not in callee and self._limiter(callee):
                # `const checkRate = createRateLimiter("signup", 5, 900)` at module level, then `checkRate(req)`:
                # the function a limiter factory made
                st.rate_limited = True
                return
            if named and v.is_audit(callee) and not self._reads_audit_trail(call):
                if not (v.logs_only(callee) and _telemetry_line(self.src, call)):
                    self._audit_seen(call, st, _log_depth(v, callee))
                trail = self.az.classify(self.mod, call) if "." in callee else None
                if trail is not None and trail.kind == "write" and not _erases(trail):
                    # `prisma.auditLog.create({ data })`: the audit trail's row is a row of the database too, and
                    # what the request put in it (who did it) reached a DB write; its own kind, so that only the
                    # rules judging what is written (validation, privileged fields) read it as one
                    self.events.append(Event("trail", call, st.copy(), trail, callee=callee, catch_param=self._catch()))
                return
            if (named and self._validates(callee)) or self._library_validator(callee) is not None:
                self.events.append(Event("validate", call, st.copy(), callee=callee))
                return
            if last in _BETTER_AUTH_WRITES and callee.endswith(".api." + last) and self._better_auth(callee):
                self._better_auth_write(call, last, st)
                return
            if last in _LUCIA_INVALIDATIONS and self._lucia_invalidation(call, callee, st):
                return
            if self._better_auth_session_call(call, callee, last) and not in_condition:
                # better-auth's own-account endpoints (`auth.api.setPassword({ body, headers })`) run behind
                # its session middleware: handed the request's headers, they throw UNAUTHORIZED unless the
                # caller is signed in, and act on that caller's account only
                st.auth = st.auth or "throw"
                return
        # `twilioClient.messages.create(...)` reads like an ORM write: an SMS send is decided first
        # (`client.messages.create(...)` on `new Anthropic()`: a model prompted, not a `messages` table written)
        # (also one a project factory answers: `const client = getAnthropicClient(); client.messages.stream(...)`)
        ai_client = callee.endswith((".messages.create", ".messages.stream")) and (
            anthropic_client(self.mod, callee.split(".", 1)[0]) or self._made_by_ai_factory(callee.split(".", 1)[0])
        )
        # Genkit: `ai.generate({ prompt })` on the instance `genkit(...)` made, or a defined prompt called
        ai_client = ai_client or (target is None and self.az.program.genkit_call(self.mod, callee) == "model")
        db_op = None if (not quiet and is_email_send(callee)) or ai_client else self.az.classify(self.mod, call)
        if db_op is None and callee.count(".") == 1 and callee.split(".", 1)[0] in self.records:
            db_op = sequelize_instance_write(src, call, self.records[callee.split(".", 1)[0]])
        if db_op is None and callee == "Object.assign":
            db_op = managed_entity_assign(src, call, self.records)
        if db_op is not None:
            op = db_op
            state = st
            hook_auth, hook_scope = self.az.client_guard(self.mod, op, callee)
            if hook_auth:
                # the client's query hook throws without a signed-in caller before the query runs (and
                # once it was awaited, what follows runs signed in); it may keep the query in the
                # caller's tenant too, for this operation only
                state = st.copy()
                state.auth = state.auth or "throw"
                state.owner = state.owner or hook_scope
                op.tenant_scoped = hook_scope
                if is_awaited(call) or call == self.parallel:
                    st.auth = st.auth or "throw"
            self.events.append(Event("db", call, state.copy(), op, callee=callee, catch_param=self._catch()))
            audit_row = (
                vocab.AUDIT.search(op.model or "")
                or _change_record(src, op)
                # `supabase.rpc("record_login_attempt", {...})`: a database function named for recording an event
                or (op.verb.startswith("rpc ") and _RPC_RECORD.match(op.verb[4:]) is not None)
            )
            if audit_row and op.verb.startswith("rpc "):
                self._audit_seen(call, st, 0)
            if op.kind == "write" and not _erases(op) and audit_row:
                # `db.insert(platformAdminAuditLog).values(...)`: the audit entry itself
                self._audit_seen(call, st, 0)
            if op.kind == "write" and _queues_mail(op):
                # `db.emailOutbox.create(...)`: a row a worker delivers, so queueing it sends the mail
                self.events.append(Event("email", call, st.copy(), callee=callee, catch_param=self._catch()))
            if op.kind == "read" and op.verb.endswith("OrThrow") and self._session_scoped(op, st):
                # `findUniqueOrThrow({ where: { id, projectId: workspace.id } })` throws unless it is ours
                st.owner = True
            return
        if (
            not ai_client
            and not self.az.sink_named(callee)
            and ("." in callee or callee not in self.mod.imports)
            and not promisified_spawn(self.mod, callee)
        ):
            return  # most calls: none of the sinks below can match their name (an import may be a blob `del`)
        if (is_email_send(callee) and not ai_client) or _twilio_send(self.mod, callee):
            self.events.append(Event("email", call, st.copy(), callee=callee, catch_param=self._catch()))
        elif ai_client or is_ai_call(self.mod, callee):
            self.events.append(Event("ai", call, st.copy(), callee=callee, catch_param=self._catch()))
        elif is_store_mutation(self.mod, call, callee) or self._service_write(call, callee, st):
            self.events.append(Event("store", call, st.copy(), callee=callee, catch_param=self._catch()))
        elif callee == "fetch" or callee.endswith(("axios.get", "axios.post", "got", "ky")):
            self.events.append(Event("fetch", call, st.copy(), callee=callee, catch_param=self._catch()))
            args = sx.call_args(call)
            # (also through a local and a module constant: `${PROVIDER_BASE}/${path}`)
            url = url_prefix(src, args[0]) if args else ""
            if _AI_API_URL.match(url):
                # `fetch("https://api.openai.com/v1/realtime/sessions", ...)`: the provider's API, paid per use
                self.events.append(Event("ai", call, st.copy(), callee=callee, catch_param=self._catch()))
            elif _MAIL_API_URL.match(url):
                # `fetch("https://api.brevo.com/v3/smtp/email", { body })`: a mail provider's send, without its SDK
                self.events.append(Event("email", call, st.copy(), callee=callee, catch_param=self._catch()))
        elif is_fs_call(callee) or (
            # `import { readFile } from "node:fs/promises"`: the bare name is the fs call
            "." not in callee and is_fs_call("fs." + callee) and self._from_fs_module(callee)
        ):
            self.events.append(Event("fs", call, st.copy(), callee=callee, catch_param=self._catch()))
        elif last in _REMOTE_FILE_METHODS and self._remote_file_client(callee):
            # `dav.getFileContents(path)`: a file of a remote store (WebDAV) read or written by its path
            self.events.append(Event("fs", call, st.copy(), callee=callee, catch_param=self._catch()))
        elif (last in SPAWNS and is_process_spawn(self.mod, callee)) or promisified_spawn(self.mod, callee):
            self.events.append(Event("exec", call, st.copy(), callee=callee, catch_param=self._catch()))
        elif last in ("redirect", "permanentRedirect") and sx.call_args(call):
            self.events.append(Event("redirect", call, st.copy(), callee=callee, catch_param=self._catch()))
        elif _RESPOND.match(callee) and not _dropped_operand(call, callee):
            args = sx.call_args(call)
            self.events.append(
                Event(
                    "respond",
                    call,
                    st.copy(),
                    callee=callee,
                    catch_param=self._catch(),
                    value=args[0] if args else None,
                )
            )

    def _quiet_name(self, callee: str) -> bool:
        """No test `call` makes of a call not named like a guard, between its project-summary branch and
        the query's, can hold of ``callee`` but the bare-name limiter's (a session read, Arcjet's
        `protect`, a signed token's `verify`, a limiter's `limit`/`consume`/`check`, a library validator,
        better-auth's endpoints), and it is no AI client's `messages.create`/`stream` nor an e-mail send.
        Pure of the module and the name: decided once per pair (the walk asks of every call)."""
        key = (self.mod.path, callee)
        quiet = self.az.quiet_names.get(key)
        if quiet is None:
            last = sx.last_name(callee)
            quiet = self.az.quiet_names[key] = not (
                self.az.vocab.is_auth_source(callee)
                or last in _NAMED_TESTS
                or self._library_validator(callee) is not None
                or last in _BETTER_AUTH_WRITES
                or last in _LUCIA_INVALIDATIONS
                or last in _BETTER_AUTH_SESSION_ENDPOINTS
                or callee.endswith((".messages.create", ".messages.stream"))
                or is_email_send(callee)
            )
        return quiet

    def _object_method_call(self, callee: str) -> bool:
        """`smsClient.sendMessage(to, body)`: a method of a project object (not a namespace import's
        function), named for what it sends, which its name said before such methods were followed."""
        head, dot, rest = callee.partition(".")
        binding = self.mod.imports.get(head)
        named = head in self.mod.values or (binding is not None and binding.imported != "*")
        return bool(dot) and "." not in rest and named

    def _better_auth(self, callee: str) -> bool:
        """`auth.api.addMember(...)` with `auth` the project's `betterAuth({...})` instance."""
        return better_auth_instance(self.az.program, self.mod, callee)

    def _better_auth_session_call(self, call: Node, callee: str, last: str) -> bool:
        """`auth.api.changePassword({ body, headers: await headers() })` on the project's better-auth."""
        if last not in _BETTER_AUTH_SESSION_ENDPOINTS or not callee.endswith(".api." + last):
            return False
        args = sx.call_args(call)
        return bool(args) and "headers" in object_keys(self.src, args[0]) and self._better_auth(callee)

    def _lucia_invalidation(self, call: Node, callee: str, st: State) -> bool:
        """`lucia.invalidateSession(id)` / `lucia.invalidateUserSessions(userId)` on the project's `new
        Lucia(...)`: deletes session rows, a write like any other, unless the id is the request's own session
        (its cookie, or the session a reader answered): signing out is the caller's own."""
        head = callee.split(".", 1)[0]
        found = self.az.program.resolve_value(self.mod, head) if callee.count(".") == 1 else None
        if found is None:
            return False
        value = sx.strip_types(found[1])
        ctor = (
            value.child_by_field_name("constructor") if value is not None and value.type == "new_expression" else None
        )
        if ctor is None or sx.text(found[0].src, ctor) != "Lucia":
            return False
        args = sx.call_args(call)
        if not args:
            return False
        arg = args[0]
        names = identifiers(self.src, arg)
        text = sx.text(self.src, arg)
        if names & (st.session | st.fetched) or "cookies" in text or "sessionCookieName" in text:
            return False
        if any(self._cookie_value(n) for n in names):
            return False
        op = DbOp("write", "session", "lucia", call, call, args=[arg], data=[], verb="delete")
        self.events.append(Event("db", call, st.copy(), op, callee=callee, catch_param=self._catch()))
        return True

    def _cookie_value(self, name: str) -> bool:
        """``name`` is a local read from the request's cookies (`const sessionId = cookies().get(...)?.value`)."""
        value = self._local_value(name)
        return value is not None and (
            "cookies" in sx.text(self.src, value) or "sessionCookieName" in sx.text(self.src, value)
        )

    def _better_auth_write(self, call: Node, last: str, st: State) -> None:
        """better-auth's organization/admin server API (`auth.api.addMember({ body })`) writes the member,
        organization, user or session rows itself. Handed the request's `headers`, it first checks the
        caller's session and their permission for that operation (throwing otherwise): an auth and
        authorization check, then the write. Without headers it checks nobody: the write alone. Its
        body passes the endpoint's own schema either way."""
        model, verb = _BETTER_AUTH_WRITES[last]
        args = sx.call_args(call)
        keys = object_keys(self.src, args[0]) if args else {}
        body = keys.get("body")
        if "headers" in keys:
            st.auth = st.auth or "throw"
            st.role = st.owner = True
        written = [body] if body is not None else []
        # (`adminUpdateUser({ body: { userId, data: { nationalAdmin: true } } })`: the user's columns are `data`'s)
        fields = object_keys(self.src, body).get("data") if last == "adminUpdateUser" else None
        state = st.copy()
        state.validated |= identifiers(self.src, body)
        data = [fields] if fields is not None else written
        op = DbOp("write", model, "better-auth", call, call, args=written, data=data, verb=verb)
        callee = sx.callee_name(self.src, call)
        self.events.append(Event("db", call, state, op, callee=callee, catch_param=self._catch()))

    def _filter_picks(self, call: Node, target: Function, op: DbOp) -> list[Node] | None:
        """The arguments of ``call`` that bind the names ``op`` (one of ``target``'s operations) picks
        its records by, where a destructured parameter (`saveProfile({ ownerId, fields })`) also takes
        values only written: its filter's properties alone; None where the positions say as much."""
        if op.filter_uses is None or op.filter_names is None:
            return None
        params = target.param_nodes()
        if not any(
            i < len(params)
            and (pattern := params[i].child_by_field_name("pattern")) is not None
            and pattern.type == "object_pattern"
            for i in op.filter_uses
        ):
            return self._field_picks(call, target, op)
        return helper_args(self.mod.src, call, target, op.filter_names)

    def _made_from_client_value(self, name: str, st: State) -> bool:
        """`const access = await accessFor(asUserId)`: a session reader handed a value the caller sends,
        which it may use in place of the session (a user id to act as): what it answers is not only the
        caller's own session, and a helper's refusal of a row it does not find checks nobody."""
        for d in sx.find(self.fn.node, ("variable_declarator",), into_functions=False):
            left = d.child_by_field_name("name")
            if left is None or left.type != "identifier" or sx.text(self.src, left) != name:
                continue
            value = sx.unwrap(d.child_by_field_name("value"))
            if (
                value is not None
                and value.type == "call_expression"
                and any(identifiers(self.src, a) & st.client for a in sx.call_args(value))
            ):
                return True
        return False

    def _field_picks(self, call: Node, target: Function, op: DbOp) -> list[Node] | None:
        """`save({ ...input, id: input.id })` to a helper whose filter reads `item.id` of its parameter
        `item` alone: the object's `id` is what picks the row, not the rest of it (`input.volumeId`, only
        written). A field the object leaves to a spread is picked by the spread; None where an argument
        handed to the filter is not an object literal written here."""
        if not op.filter_fields or op.filter_uses is None:
            return None
        # (with the fields of the helper's lookups of the same row: one by `{ id: input.id, agentId:
        # input.agentId }` keeps its update by `input.id` under that agent; a lookup of another row, the
        # parent a new one is filed under, `{ id: item.projectId }`, says nothing of the row `item.id` picks)
        fields = {
            f
            for o in self.az.summary(target).ops
            if o.kind == "read" and o.filter_fields and o.filter_fields & op.filter_fields
            for f in o.filter_fields
        }
        tsrc = target.module.src
        params = target.param_nodes()
        args = sx.call_args(call)
        out: list[Node] = []
        for i in sorted(op.filter_uses):
            if i >= len(params) or i >= len(args):
                return None
            pattern = params[i].child_by_field_name("pattern") if params[i].type != "identifier" else params[i]
            arg = sx.strip_types(args[i])
            if pattern is None or pattern.type != "identifier" or arg is None or arg.type != "object":
                return None
            name = sx.text(tsrc, pattern)
            wanted = {f.split(".", 1)[1] for f in fields | op.filter_fields if f.split(".", 1)[0] == name}
            if not wanted:
                return None
            keys = object_keys(self.src, arg)
            spreads = [c for c in arg.named_children if c.type == "spread_element"]
            for key in sorted(wanted):
                if key in keys:
                    # (`{ id: x, ...rest }`: a spread after the key may still overwrite it)
                    out.append(keys[key])
                    out.extend(c for c in spreads if c.start_byte > keys[key].start_byte)
                elif spreads:
                    out.extend(spreads)
        return out or None

    def _session_params(self, target: Function, args: list[Node], st: State) -> frozenset[str]:
        """The parameter names of ``target`` that this call fills with session-derived values:
        `helper(session.user)`, and the keys of a destructured parameter,
        `index({ communityId, permissions })` for `({ communityId, permissions }) => ...`."""
        sessionish = st.session | st.fetched
        if st.auth is not None or not sessionish:
            return frozenset()
        tsrc = target.module.src
        out: set[str] = set()
        for param, handed in zip(target.param_nodes(), args, strict=False):
            pattern = param.child_by_field_name("pattern") if param.type != "identifier" else param
            arg = sx.strip_types(handed)
            if pattern is None or arg is None:
                continue
            if pattern.type == "identifier":
                root = sx.root_identifier(self.src, arg)
                if root in sessionish and not self._made_from_client_value(root, st):
                    out.add(sx.text(tsrc, pattern))
            elif pattern.type == "object_pattern" and arg.type == "object":
                keys = {
                    k
                    for k, v in object_keys(self.src, arg).items()
                    # (a shorthand `{ permissions }` maps to its own key)
                    if (k if v.type == "shorthand_property_identifier" else sx.root_identifier(self.src, v))
                    in sessionish
                }
                out |= _pattern_keys(tsrc, pattern, keys)
        return frozenset(out)

    def _reports_caught(self, call: Node) -> bool:
        """`catch (error) { return { error: parseError(error) } }`: a project error helper handed the
        caught error, whose logger call reports the failure; no audit of the operation."""
        caught = self.catch[-1] if self.catch else None
        return bool(caught) and any(sx.text(self.src, sx.strip_types(a)) == caught for a in sx.call_args(call))

    def _audit_seen(self, call: Node, st: State, depth: int) -> None:
        st.audited = True
        self.audit_depth = min(self.audit_depth, depth)
        self._note_audit(call, st)

    def _note_audit(self, call: Node, st: State) -> None:
        """An audit call on some path, also in a branch that carries on (`if (!isError(result)) await
        audit(...)`: the success it records). One in a catch block, or in a branch that then leaves
        (`if (!parsed.success) { logger.error(...); throw ... }`), logs a failure, not the operation."""
        if self.audits_somewhere or not st.audited or self.catch:
            return
        child, p = call, call.parent
        while p is not None and p.type not in sx.FUNCTION_TYPES:
            if p.type == "catch_clause":
                return
            if p.type == "if_statement" and child != p.child_by_field_name("condition"):
                branch = child.named_children[-1] if child.type == "else_clause" and child.named_children else child
                last = sx.statements(branch)[-1:] if branch.type == "statement_block" else [branch]
                skips = bool(last) and last[0].type in ("continue_statement", "break_statement")
                if skips or sx.exits(self.src, branch):
                    return  # (`if (!team) { logger.warn(...); continue }`: the skip, not the operation)
                break  # the innermost branch around the call decides
            child, p = p, p.parent
        self.audits_somewhere = True

    def _named_thunk(self, call: Node, st: State) -> None:
        """`yield* Effect.tryPromise({ try: requirePlatformAdmin, catch })`: the named function runs here."""
        name = effect.named_thunk(self.src, call)
        target = self.az.program.resolve_function(self.mod, name) if name else None
        if target is not None and is_awaited(call):
            summary = self.az.summary(target)
            st.auth = "throw" if summary.enforces_auth else None
            st.role = st.role or summary.role

    def _in_condition(self, node: Node) -> bool:
        p = node.parent
        while p is not None:
            t = p.type  # read once: every `.type` builds a new str (hot: once per call walked)
            if t in sx.FUNCTION_TYPES:
                return False
            if t == "parenthesized_expression":
                pp = p.parent
                if pp is not None and pp.type in ("if_statement", "while_statement"):
                    return True
            elif t == "ternary_expression":
                cond = p.child_by_field_name("condition")
                return cond is not None and sx.contains(cond, node)
            elif t.endswith("statement") or t == "statement_block":
                return False
            p = p.parent
        return False

    def _both_arms_sign_in(self, v: Node) -> bool:
        """`test ? await a() : await b()` with each arm an awaited project call that refuses a visitor."""
        for key in ("consequence", "alternative"):
            arm = sx.strip_types(v.child_by_field_name(key))
            call = sx.unwrap(arm)
            if arm is None or arm.type != "await_expression" or call is None or call.type != "call_expression":
                return False
            target = self.az.target(self.mod, call)
            if target is None or not self.az.summary(target).enforces_auth:
                return False
        return True

    def _stored_then_tested(self, call: Node) -> bool:
        """`const allowed = canEdit(id)` whose name a condition tests and nothing awaits (also as an
        operand of `&&`: `const allowed = user.id && canEdit(id)` holds the Promise, always truthy; or as a
        branch of a ternary: `const allowed = s.isAdmin ? true : isMember(id, s.userId)`)."""
        p = call.parent
        child = call
        while p is not None and (
            p.type in sx.TRANSPARENT
            or (p.type == "binary_expression" and sx.text(self.src, p.child_by_field_name("operator")) == "&&")
            or (p.type == "ternary_expression" and child != p.child_by_field_name("condition"))
        ):
            child = p
            p = p.parent
        if p is None or p.type != "variable_declarator" or p.child_by_field_name("value") is None:
            return False
        name = sx.text(self.src, p.child_by_field_name("name"))
        scope = sx.enclosing_function(call)
        tested = False
        for n in sx.find(scope, ("await_expression", "if_statement", "ternary_expression")) if scope else []:
            part = n if n.type == "await_expression" else n.child_by_field_name("condition")
            if part is None or n.start_byte < p.end_byte or name not in identifiers(self.src, part):
                continue
            if n.type == "await_expression":
                return False  # stored to be awaited later
            tested = True
        return tested

    def _hands_own(self, call: Node, st: State) -> bool:
        """``call`` hands the helper a session-derived value (`ensureManagerAccess({ currentEmployee })`)."""
        own = st.session | st.fetched
        return any(identifiers(self.src, a, into_functions=True) & own for a in sx.call_args(call))

    def _asks_own_subject(self, call: Node, summary: Summary, st: State) -> bool:
        """`getUser(ability.user.id)` of a helper whose check is a CASL verdict on what it is handed
        (`Summary.subject_gate`), handed only the caller's own session values: a question about the
        caller's own record, no check of anything the client picked."""
        if not summary.subject_gate:
            return False
        args = sx.call_args(call)
        own = st.session | st.fetched
        for a in args:
            names = identifiers(self.src, a)
            if not names or not names <= own or names & st.client:
                return False
        return bool(args)

    def _statement_level(self, call: Node) -> bool:
        if call == self.parallel:
            return True  # bound from `await Promise.all([...])` like `const x = await call()`
        p = effect.run_site(call).parent  # `yield* _(check(...))` runs like `await check(...)`
        while p is not None and (p.type in sx.TRANSPARENT or p.type == "await_expression"):
            p = p.parent
        return p is not None and p.type in ("expression_statement", "variable_declarator", "return_statement")

    # -- bindings -----------------------------------------------------------------------------
    def _asked_when_found(self, v: Node) -> Node | None:
        """`machine ? await isDepotStaff(userId, machine.depotId) : false`: a question asked once the row it
        is about was found, no otherwise; the local holds its answer or a refusal, so `if (!allowed) throw`
        tests the call as if it were bound alone."""
        cond = sx.unwrap(v.child_by_field_name("condition"))
        then = v.child_by_field_name("consequence")
        other = v.child_by_field_name("alternative")
        call = sx.unwrap(then)
        if cond is None or cond.type != "identifier" or other is None or not guards.falsy(self.src, other):
            return None
        if call is None or call.type != "call_expression" or not is_awaited(call):
            return None
        return call

    def _guarded_lookup(self, v: Node) -> Node | None:
        """`alloc && (await db.member.findFirst({ where: { id: alloc.memberId, userId } }))`: the read run
        once the row it is keyed by was found; the local holds its answer, or that missing row's own
        falsy value, so `if (!member) throw` tests the read as if it were bound alone."""
        if sx.text(self.src, v.child_by_field_name("operator")) != "&&":
            return None
        left, right = sx.unwrap(v.child_by_field_name("left")), sx.unwrap(v.child_by_field_name("right"))
        if left is None or left.type != "identifier" or right is None or right.type != "call_expression":
            return None
        op = self.az.classify(self.mod, right)
        return right if op is not None and op.kind == "read" else None

    def _session_read(self, node: Node | None) -> bool:
        """`(await getSession()).session`, `getSession().then((s) => s?.session)`: the session read by
        a project or library auth call, or one of its fields (picked inline or by a `.then` callback)."""
        v = sx.unwrap(node)
        while v is not None and v.type == "member_expression":
            v = sx.unwrap(v.child_by_field_name("object"))
        if v is None or v.type != "call_expression":
            return False
        return self._session_then(v) or self.az.is_auth_source_call(self.mod, v)

    def _swallowed_session_read(self, call: Node) -> bool:
        """`verifySession().catch(() => null)`: a session read whose refusal the catch turns into a value."""
        fn = sx.strip_types(call.child_by_field_name("function"))
        if fn is None or fn.type != "member_expression":
            return False
        inner = sx.unwrap(fn.child_by_field_name("object"))
        return (
            inner is not None
            and inner.type == "call_expression"
            and _rejection_swallowed(self.src, inner)
            and self.az.is_auth_source_call(self.mod, inner)
        )

    def _session_then(self, call: Node) -> bool:
        """`getSession().then((s) => s?.session)`: a callback picking from the session read."""
        callee = sx.strip_types(call.child_by_field_name("function"))
        args = sx.call_args(call)
        handed = sx.strip_types(args[0]) if len(args) == 1 else None
        if (
            callee is None
            or callee.type != "member_expression"
            or self.src[callee.end_byte - 5 : callee.end_byte] != b".then"
            or handed is None
            or not sx.is_function(handed)
        ):
            return False
        cb = self.mod.function_for(handed)
        body = cb.body
        if not cb.params or body is None or cb.params[0] not in identifiers(self.src, body):
            return False  # (`.then(() => loadPublicFeed())`: nothing of the session is handed on)
        inner = sx.unwrap(callee.child_by_field_name("object"))
        return inner is not None and inner.type == "call_expression" and self.az.is_auth_source_call(self.mod, inner)

    def bind(self, pattern: Node | None, value: Node | None, st: State) -> None:
        if pattern is None or value is None:
            return
        src = self.src
        ptype = pattern.type  # (read once: each read of a node's `type` makes a new str)
        names = set(sx.pattern_names(src, pattern))
        if ptype in ("member_expression", "subscript_expression"):
            return
        if ptype == "array_pattern":
            self._parallel_guards(value, st)
            self._parallel_reads(pattern, value)
        if not names:
            return
        v = sx.unwrap(value)
        if v is not None and v.type == "binary_expression" and ptype == "identifier":
            v = self._guarded_lookup(v) or v
        if v is not None and v.type == "ternary_expression" and ptype == "identifier":
            v = self._asked_when_found(v) or v
        if v is not None and v.type == "yield_expression":
            v = effect.yielded_value(src, v) or v  # `const s = yield* _(svc.getSession())`: bound like `await`
            v = effect.thunk_value(src, v) or v  # `yield* _(Effect.promise(() => isAdmin(id)))`: what it calls
        if v is None:
            return
        # (a field read's key holds a `.`: none is checked unless such a key is among the validated names;
        # tested on the names joined, one C call)
        if "." in "".join(st.validated) and field_read_key(src, v) in st.validated:
            st.client |= names  # `const team = formData.get("team")` after that field passed a schema
            st.validated |= names
            if field_read_key(src, v) in self.trimmed:
                self.trimmed |= names  # (only its type was tested)
            return
        if ptype == "object_pattern" and any("." in k for k in st.validated):
            st.validated |= self._checked_fields(pattern, v, st)
        if ptype == "object_pattern" and v.type == "identifier" and self.auth_errors:
            # `const result = await checkAccess(); const { error, status } = result;`: the error field,
            # set whenever nobody is signed in, bound in a second step
            head = sx.text(src, v) + "."
            for known in [e for e in self.auth_errors if e.startswith(head)]:
                self.auth_errors |= _bound_path(src, pattern, known[len(head) :])
        if v.type == "call_expression" and ptype in ("identifier", "object_pattern") and is_awaited(v):
            self.answer_wrappers |= _supabase_answer_wrappers(src, pattern, v)
        if v.type == "unary_expression" and ptype == "identifier" and self._signed_out_flag(v, st):
            self.signed_out |= names  # not the session itself: true when there is none
            return
        mentioned: set[str] | None = None  # the value's identifiers, where worked out before `refs`
        if ptype == "identifier":
            local = sx.text(src, pattern)
            fresh = local not in self.not_verdicts
            self._note_verdict(local, v, st)
            answer = self._ability_answer(v) if fresh and v.type == "call_expression" else ""
            if answer == "list":
                self.ability_lists.add(local)  # `results = await Promise.all(rules.map(... ability.can(...)))`
            elif answer:
                # `allowed = results.reduce((a, b) => a && b, true)`: true only where CASL said yes
                self.not_verdicts.discard(local)
                self.verdicts[local] = (True, True)
                self.subject_gated = True
            if v.type == "call_expression" and self._rule_verdict(sx.text(src, pattern), v, st):
                # `const hasPermission = rules.apply(JSON.parse(row.editRule), { user: me, row })`: the
                # loaded row's own rule asked about the caller, tested next (`if (hasPermission !== true) throw`)
                self.not_verdicts.discard(sx.text(src, pattern))
                self.verdicts[sx.text(src, pattern)] = (False, True)
            if v.type in ("ternary_expression", "call_expression"):
                mentioned = identifiers(src, v)  # (kept: the value's references below, when no field was checked)
            if mentioned is not None and guards.trimmed_secret(src, v, mentioned):
                self.secret_locals |= names  # `raw = token.endsWith(".ics") ? token.slice(0, -4) : token`
        if v.type == "call_expression" and self._found_by_secret(v):
            # `const sub = await subscriptionFor(raw)`: a project lookup of the row the caller's secret
            # names, like a row found by it inline: `if (!sub) return 404` turns a wrong one away
            st.fetched |= names
            st.session |= names
            return
        if ptype == "identifier" and self._role_flag(v, st):
            self.role_flags |= names  # tested next, as the comparison itself would be
            return
        if ptype == "identifier" and self._compares_secret(v):
            self.code_records |= names  # `const ok = h !== null && safeCompare(h, expected)`, tested next
            return
        if ptype == "identifier" and v.type == "call_expression" and self._signed_verdict(v):
            # `const isValid = isValidPartnerWebhook({ webhookSecret, body, signature })`, tested next: the
            # body's HMAC recomputed under the shared secret, a signed request (no user signed in)
            self.code_records |= names
            return
        if ptype == "identifier" and self._failure_calls(v):
            # `const nul = rejectNul(a) ?? rejectNul(b)`: a failure answer or nothing, no input of the caller's
            st.validated |= names
            return
        refs = (
            mentioned
            if mentioned is not None and "." not in "".join(st.validated)
            else identifiers_past_checked_reads(src, v, st.validated)
        )
        typed = self.trimmed & st.validated
        if typed and any("." in k for k in typed):
            # `name = body.name.trim().slice(0, 100)` inside `if (typeof body.name === "string")`: a text
            # of the client's, whose type (not content) was tested
            past = identifiers_past_checked_reads(src, v, st.validated - typed) - refs
            if past & st.client and not refs & (st.client - st.validated):
                st.client |= names
                st.validated |= names
                self.trimmed |= names
        if v.type == "binary_expression" and sx.text(src, v.child_by_field_name("operator")) in ("??", "||"):
            chosen = identifiers(src, v.child_by_field_name("left"), into_functions=True)
            fallback = identifiers(src, v.child_by_field_name("right"), into_functions=True)
            sessionish = st.session | st.fetched
            if chosen & st.client and not chosen & sessionish and fallback & sessionish:
                # `const userId = input.id || user.id`: whoever sends an id picks the row, the session's
                # is a mere default; the value is the client's, no proof of whose the row is
                st.client |= names
                if chosen & st.client <= st.validated:
                    st.validated |= names
                return
            # `(await tokenCache.get(token)) ?? {}`: the value is the call's result, or an empty default
            left = sx.unwrap(v.child_by_field_name("left"))
            right = sx.strip_types(v.child_by_field_name("right"))
            if (
                left is not None
                and left.type == "call_expression"
                and right is not None
                and not identifiers(src, right)
            ):
                v = left
            elif (
                left is not None
                and left.type == "call_expression"
                and right is not None
                and right.type == "await_expression"
                and (first := sx.strip_types(v.child_by_field_name("left"))) is not None
                and first.type == "await_expression"
                and self.az.is_auth_source_call(self.mod, left)
                and (second := sx.unwrap(right)) is not None
                and second.type == "call_expression"
                and self.az.is_auth_source_call(self.mod, second)
            ):
                # `(await scimTenant(req)) ?? (await legacyScimTenant(req))`: the caller one credential
                # check or the other resolved, or nobody (`null` from both): tested like either alone
                v = left
            elif (
                not self.entry
                and left is not None
                and left.type == "identifier"
                and sx.text(src, left) in self.fn.params
                and right is not None
                and self._session_read(right)
            ):
                # `session = session ?? (await getSession()).session` in a helper: the session its caller
                # already holds and hands in, or the request's own, read here (an entry point's parameter
                # is what a visitor sent: no session)
                v = sx.unwrap(right) or v
        if v.type == "ternary_expression" and self._both_arms_sign_in(v):
            # `flag ? await requireLeagueAdmin(id) : await requireUserId()`: the caller either arm signed in
            v = sx.unwrap(v.child_by_field_name("consequence")) or v
        if v.type == "ternary_expression" and guards.falsy(src, v.child_by_field_name("alternative")):
            # `contract.params ? checkParams(contract.params, raw) : undefined`: what passed, or nothing
            cons = sx.unwrap(v.child_by_field_name("consequence"))
            if cons is not None and cons.type == "call_expression" and self._parses(cons):
                st.validated |= names
                if identifiers(src, cons) & st.client or not st.client:
                    st.client |= names
                return
            if cons is not None and cons.type == "call_expression" and self.az.is_auth_source_call(self.mod, cons):
                # `token ? parseToken(token) : undefined`: the verified caller, or nothing (like `?? null`)
                v = cons
        if v.type == "call_expression" and sx.callee_name(src, v) in ("Number", "parseInt", "String"):
            # `Number(await getStoreId())`: a coerced session field (NaN/"undefined" when signed out)
            args = sx.call_args(v)
            inner = sx.unwrap(args[0]) if args else None
            if inner is not None and inner.type == "call_expression" and self.az.is_auth_source_call(self.mod, inner):
                v = inner
        if v.type == "member_expression" and _REQUEST_AUTH.match(sx.text(src, v)):
            # `const { userId } = request.auth`: set by an auth middleware, not sent by the client
            st.session |= names
            return
        # (`cookies()` in the value's bytes first: most values are not cookie reads, and decoding
        # a whole value, an object literal or a long call, per binding costs)
        if src.find(b"cookies()", v.start_byte, v.end_byte) != -1 and _COOKIE_READ.search(sx.text(src, v)):
            self.cookie_names |= names
        if v.type == "member_expression":
            base: Node | None = v
            while base is not None and base.type == "member_expression":
                base = sx.unwrap(base.child_by_field_name("object"))
            if base is not None and base.type == "call_expression" and self.az.is_auth_source_call(self.mod, base):
                # `const user = (await supabase.auth.getUser()).data.user`: a field of the session read
                st.session |= names
                st.fetched |= names
                return
        if v.type == "call_expression" and self._session_then(v):
            # `await getSession().then((s) => s?.session)`: a field of the session read, picked in a callback
            st.session |= names
            st.fetched |= names
            return
        if ptype == "identifier" and self._caller_role_answer(v, st):
            # `const permitted = await hasRole(viewer, ["OWNER", "ADMIN"])`, tested next: the caller's role
            self.role_flags |= names
        if ptype == "identifier" and self._check_in_expression(v):
            # `const ok = row && (await canManage(...))`, `await import(m).then((m) => m.canManage(...))`
            self.scoped_records |= names
        if v.type == "call_expression" and ptype == "array_pattern" and is_awaited(v):
            settled = self._settled_enforcer(v)
            first = sx.strip_types(pattern.named_children[0]) if settled and pattern.named_children else None
            if first is not None and first.type == "identifier" and self._bound_once(sx.text(src, first)):
                # `const [err, cfg] = await asaw(getConfigForUser())`: the helper throws when nobody is
                # signed in, the settler answers that as `err`; `if (err) return` turns the visitor away
                # (not a name another branch also assigns: `if (id) [err, cfg] = await asaw(byId(id))`
                # sets it from a lookup that checks nobody)
                self.auth_errors.add(sx.text(src, first))
                # (its answer, `cfg`, is what the helper found for the signed-in caller)
                rest = names - {sx.text(src, first)}
                st.session |= rest
                st.fetched |= rest
        if v.type == "subscript_expression" and ptype == "identifier":
            key = sx.unwrap(v.child_by_field_name("index"))
            if (
                key is not None
                and key.type == "identifier"
                and sx.text(src, key) in st.client
                and self._literal_table(v.child_by_field_name("object"))
            ):
                # `const preset = PRESETS[name]`, tested next (`if (!preset) return`): past the exit,
                # `name` is one of the table's keys and `preset` one of its values
                self.matched[next(iter(names))] = {sx.text(src, key), next(iter(names))}
        if v.type == "call_expression":
            callee = sx.callee_name(src, v)
            last = sx.last_name(callee)
            if self.entry and last in _TOKEN_VERIFIERS and self._verifies_signed_token(v, callee):
                # `const claims = jwt.verify(value, key)`: what the server signed (an unsubscribe link's
                # `{ email }`, Firebase's `{ uid }` of `await adminAuth.verifyIdToken(idToken)`), not what
                # the caller chose, though the caller handed the token in
                st.session |= names
                st.validated |= self._signed_token_names(v)
                return
            if ptype == "identifier":
                self.lookups[next(iter(names))] = v
            if last == "find" and ptype == "identifier":
                equal = self._matched_values(v, st)
                if equal:
                    self.matched[next(iter(names))] = equal
            if last == "filter" and refs & st.client and _type_guard(src, next(iter(sx.call_args(v)), None)):
                # `formData.getAll("files").filter((f): f is File => f instanceof File)`: each item checked
                st.client |= names
                st.validated |= names
                return
            if self._membership_test(v, last, st):
                self.scoped_records |= names  # `const isMember = team.users.some(...)`, tested next
            if (
                ptype == "identifier"
                and _PERMISSION_QUESTION.match(last)
                and not sx.call_args(v)
                and is_awaited_or_sync(self, v)
                and self.az.is_auth_source_call(self.mod, v)
            ):
                # `const canShare = await canShareServer()` reading the session itself and answering
                # whether its user may: a role verdict, tested next (`if (!canShare) throw`), not only a session
                self.role_verdicts |= names
            target = self.az.target(self.mod, v) if ptype == "identifier" else None
            refusal = self.az.summary(target).refusal if target is not None and is_awaited_or_sync(self, v) else None
            if refusal is not None:
                self.refusals.update(dict.fromkeys(names, refusal))
            # (also destructured: `const { error } = await checkAccess(...)`)
            held = target if ptype != "object_pattern" else self.az.target(self.mod, v)
            sure = held is not None and is_awaited_or_sync(self, v)
            keyed = self.az.summary(held).keyed_refusal if held is not None and sure else None
            if keyed is not None:
                # `const access = await checkAccess(...)`, tested next (`if (access.error) return ...`);
                # `const { error } = await checkAccess(...)`, tested as `if (error) return ...`
                grant = keyed[1:4]
                if grant[1] and not grant[0] and _asks_of_nothing_chosen(src, v):
                    # (a seat check given only constants, `requireSomeCapability(Cap.A, Cap.B)`, asks what the
                    # caller may do, as for a throwing one below: a role, not whose some record is)
                    role = self.az.vocab.is_role_call(sx.callee_name(src, v))
                    grant = (role, not role, grant[2])
                # (`getTeamAccess(teamId)` refusing a malformed `teamId` first: checked past the exit)
                args = sx.call_args(v)
                at = self.az.summary(held).refusal_checked if held is not None else frozenset()
                checked = {n for i in at if i < len(args) for n in self._checked_names(args[i], st)}
                for bound in _bound_path(src, pattern, keyed[0]):
                    self.refusals[bound] = grant
                    self.refusal_checks[bound] = checked
                if keyed[4] and ptype == "identifier":
                    self.refusals[f"in:{sx.text(src, pattern)}.{keyed[0]}"] = grant
                    self.refusal_checks[f"in:{sx.text(src, pattern)}.{keyed[0]}"] = checked
            blanked = self.az.summary(held).pass_key if held is not None and sure else None
            if blanked is not None and held is not None:
                # `const { user, response } = await getApiStaff(["office"])`, tested next (`if (!user) return
                # response`); `const auth = await getApiStaff()`, tested as `if (!auth.user) return ...`
                granted = self._pass_grant(v, held, blanked)
                for field_name in blanked[0]:
                    self.pass_keys.update(dict.fromkeys(_bound_path(src, pattern, field_name), granted))
            verdict = self.az.summary(target).verdict_gate if target is not None and is_awaited(v) else None
            if verdict is not None:
                self.verdict_gates.update(dict.fromkeys(names, verdict))
            failing = self.az.summary(target).error_gate if target is not None and is_awaited_or_sync(self, v) else None
            if failing is not None and ptype == "identifier":
                self.error_gates.update(dict.fromkeys(names, failing))
            if target is not None and self.az.summary(target).secret_refusal and is_awaited_or_sync(self, v):
                self.secret_refusals |= names
            passing = self.az.summary(target).pass_status if target is not None and is_awaited(v) else None
            if passing is not None:
                self.status_gates.update(dict.fromkeys(names, passing))
            caught = self._swallowed_session_read(v)
            if caught:
                # `const me = await verifySession().catch(() => null)`: the session read, or null once its
                # refusal is swallowed; a later `if (!me)` is the check
                st.session |= names
                st.fetched |= names
                return
            parallel = guards.parallel_sessions(src, pattern, v, lambda c: self.az.is_auth_source_call(self.mod, c))
            parallel |= self._settled_session(pattern, v)
            st.session |= parallel
            st.fetched |= parallel
            if (self.az.is_auth_source_call(self.mod, v) or self._asserts_session(v, st)) and not (
                not is_awaited_or_sync(self, v) and target is not None and self._stored_then_tested(v)
            ):
                # (`const principal = verifyApiKey(req)` un-awaited, then `if (!principal)`: a Promise
                # tested, never falsy; floating-auth-check reports it, and it signs nobody in)
                passed = self._passed_back(v, target, st)
                if passed:
                    # `const id = await userIdFor(userId)` signing the caller in (the call enforces it),
                    # then answering the id it was handed (the caller's own only by default): still
                    # the client's id, not the session's
                    st.client |= names
                    if passed <= st.validated:
                        st.validated |= names
                    return
                st.session |= names
                st.fetched |= names
                if st.auth is None and ptype in ("identifier", "object_pattern"):
                    self.nullable_sessions |= names
                errors = self._error_names(pattern, v)
                self.auth_errors |= errors
                if target is not None and self.az.summary(target).secret_answer:
                    self.secret_errors |= errors
                # `const session = await requireUser()`: enforced already; `auth()`: must be checked
                return
            if ptype == "identifier" and self._is_check_call(v, callee) and is_awaited_or_sync(self, v):
                self.scoped_records |= names  # `const ok = await canEditInvoice(orgId, id)`, tested next
            if (
                self._validates(callee)
                or self._arktype_validator(callee)
                or self._library_validator(callee) is not None
                or self._format_parser(callee)
                or self._effect_decoder(v)
                or self._parses(v)
            ):
                st.validated |= names
                pos = self._library_validator(callee)
                if pos is not None and pos < len(sx.call_args(v)):
                    # `const errors = await validate(dto)`: the checked value too, not only the answer
                    st.validated |= checked_value_names(src, sx.call_args(v)[pos])
                if refs & st.client or not st.client:
                    st.client |= names
                return
            if last in _REQUEST_READS and (refs & st.client or "req" in refs or "request" in refs):
                st.client |= names
                return
            if callee in ("Object.fromEntries",) and refs & st.client:
                st.client |= names
                return
            op = self.az.classify(self.mod, v)
            if op is None:
                chain_op = self._op_in_chain(v)
                op = chain_op
            if op is None and ptype == "object_pattern" and _awaited_value(value):
                # `const { data: row } = await query.single()` of a query kept in a local (`let query =
                # supabase.from(t).select(...)`, narrowed by filters): what the query answers
                rid = sx.root_identifier(src, v)
                fn_node = v.child_by_field_name("function")
                obj = sx.strip_types(fn_node.child_by_field_name("object")) if fn_node is not None else None
                if rid in self.pending_queries and rid in self.records and sx.text(src, obj) == rid:
                    for n in names:
                        self.records[n] = self.records[rid]
            if op is None and ptype == "array_pattern" and (last == "$transaction" or callee == "Promise.all"):
                self._batch_records(v, pattern)
            if op is None and ptype == "array_pattern":
                self._settled_record(v, pattern)
            if op is not None and op.kind == "read":
                for n in names:
                    self.records[n] = op
                if op.api == "supabase" and ptype == "identifier" and not _awaited_value(value):
                    self.pending_queries |= names
                own = refs & (st.session | st.fetched)
                if (
                    own
                    and st.auth is None
                    and all(self._optional_reads_only(a, own) or self._iron_fields_only(a, own, v) for a in op.args)
                    and not _unique_by_session_alone(src, op, own)
                ):
                    refs = refs - own  # (a row found by `session?.userId` unchecked is nobody's proof)
                if _keyed_by_server_id(src, op, st.client):
                    refs = refs - st.client  # (`{ id: checkout.client_reference_id, slug }`: the server's row)
                if self._session_scoped(op, st):
                    self.scoped_records |= names  # `if (!tag) throw notFound` then checks ownership
                    # (with a tenant the client names beside it, the row is the caller's seat in that tenant:
                    # an ownership check of that tenant, judged as such)
                    if (_role_required_filter(src, op) or _role_table(op)) and not any(
                        identifiers(src, a, into_functions=True) & st.client for a in op.args
                    ):
                        self.role_records |= names  # `{ userId, role: "CASHIER" }`: found only for cashiers
                # a user or key looked up by an API token/hashed key is an authentication
                # (`const user = await prisma.user.findFirst({ where: { tokens: { some: { hashedKey } } } })`)
                if (
                    (vocab.CODE_STORE_MODELS.match(op.model or "") and guards.found_by_credential(src, op.args))
                    or guards.found_by_handed_out_code(src, op)
                    or guards.found_by_mailed_code(src, op)
                ):
                    # a visitor's one-time code found by its `token` column: proven by a secret, with
                    # no account behind it to scope by (like a verified webhook); so is a registration
                    # or invite code found by its own key (`where: { uuid: code }`), the code handed out, and a
                    # mailed verification code by its `code` column (`where: { code, kind: "OPT_OUT" }`)
                    self.code_records |= names
                elif any(
                    vocab.is_secret_name(a) or a in self.secret_locals for arg in op.args for a in identifiers(src, arg)
                ):
                    st.fetched |= names
                    st.session |= names
                    if last == "single":
                        # supabase's `.single()` answers an error when no row matched: for a row
                        # found by the caller's key, `if (error) return 401` turns a wrong key away
                        self.auth_errors |= _bound_path(src, pattern, "error")
            elif (
                op is None
                # (`create(RequestSchema, { password })` builds a request: it resolves nobody)
                and not _BUILDS.match(last)
                and not _SIGNS_OUTGOING.match(last)
                # (`await bcrypt.hash(password, 12)`: a new password's hash to store, nobody's identity)
                and not _PASSWORD_HASHING.match(callee)
                # (`validatePassword(password)` testing a new password's length and characters: a function
                # reading nothing but its arguments compares them with nothing stored)
                and not self._reads_only_its_arguments(v)
                # (`hashApiKey(token)` answering `createHash("sha256").update(key).digest("hex")`: the
                # caller's value digested, which names nobody until a lookup finds its row)
                and not self._digests_its_arguments(v)
                # (`obtainToken(token)` answering `{ ok: true, token }` when handed one, before any lookup:
                # the caller's own value back, nobody resolved by it)
                and not self._echoes_secret_first(v)
                and not _resource_fetch(src, callee, v)
                and any(
                    vocab.is_secret_name(a)
                    and not self._service_credential(a)
                    and not self._signed_here(a)
                    and not self._stored_credential(a, st)
                    for arg in sx.call_args(v)
                    for a in identifiers(src, arg)
                )
                and not self.az.vocab.is_validation(callee)
                # `ratelimit(1, "30 s").limit(\`${OTP_PREFIX}${email}\`)` counts attempts, it identifies nobody
                and not (self.az.vocab.is_rate_limit(callee) or (last == "limit" and self._limiter(callee)))
            ):
                # a credential resolved by a project or library call (`tokenCache.get({ hashedKey })`,
                # `verifyToken(token)`) yields the caller's identity
                st.fetched |= names
                # a record loaded by a client id is not session-derived; keep going for taint
            if _TOKEN_VERIFY.search(last) and (refs & self.cookie_names or "cookies" in sx.text(src, v)):
                # `await verifyToken(sessionCookie.value)`: a verified session cookie is a session read
                st.session |= names
                st.fetched |= names
                return
            if callee.endswith(("searchParams.get", "params.get", "formData.get")):
                st.client |= names
                return
            if callee in ("Number", "parseInt", "parseFloat", "BigInt", "String", "Boolean") and refs & st.client:
                st.client |= names
                return
        elif v.type in ("identifier", "member_expression", "subscript_expression"):
            rid = sx.root_identifier(src, v)
            if rid in self.records and ptype == "identifier":
                self.records[next(iter(names))] = self.records[rid]
            elif (
                rid in self.pending_queries
                and rid in self.records
                and v.type == "identifier"
                and ptype == "object_pattern"
                and _awaited_value(value)
            ):
                # `let query = supabase.from(t).select("*")` narrowed by filters, then
                # `const { data: rows } = await query`: what the query answers, as when awaited in place
                for n in names:
                    self.records[n] = self.records[rid]
        if v.type == "call_expression" and refs & st.client:
            refs = self._answer_refs(v, refs)
            if _PROVIDER_SESSION_READ.search(sx.callee_name(src, v)):
                # `stripe.checkout.sessions.retrieve(id)`: the payment provider's record of a checkout the
                # server opened (its unguessable id the only key); what it holds, `client_reference_id`
                # and `metadata`, the server set, not the client
                refs = refs - st.client
            if refs & (st.session | st.fetched):
                unpicked = self._session_picks_nothing(v, st)
                if unpicked:
                    refs = refs - unpicked
                    self.strangers |= names
        if refs & st.client & st.validated and reads_file_contents(src, v, refs & st.client & st.validated):
            st.client |= names  # the contents of an upload checked only as a `File`: unchecked text
            return
        if st.auth is None and v.type == "call_expression" and self._null_matching_lookup(v, refs):
            self.null_matched |= names
        if refs & st.session:
            st.session |= names
        if refs & st.fetched and not refs & st.client:
            st.fetched |= names
        if refs & st.client:
            st.client |= names
            if refs & st.client <= st.validated:
                st.validated |= names
        if refs & st.validated and not refs & (st.client - st.validated):
            st.validated |= names

    def _settled_record(self, call: Node, pattern: Node) -> None:
        """`const [org, error] = await tryCatch(prisma.organization.findUnique(...))`: the value slot of a
        project settler's pair holds what the read answered, as if awaited on its own."""
        args = sx.call_args(call)
        query = sx.unwrap(args[0]) if len(args) == 1 else None
        if query is None or query.type != "call_expression" or not is_awaited(call):
            return
        op = self.az.classify(self.mod, query)
        if op is None or op.kind != "read":
            return
        settler = self.az.target(self.mod, call)
        at = self.az.settled_value_at(settler) if settler is not None else None
        slot = sx.array_slots(pattern).get(at) if at is not None else None
        if slot is not None and slot.type == "identifier":
            self.records[sx.text(self.src, slot)] = op

    def _batch_records(self, call: Node, pattern: Node) -> None:
        """`const [rows, total] = await db.$transaction([db.x.findMany(...), db.x.count()])`: each name
        holds what the query in its place of the batch answers, as if awaited on its own."""
        args = sx.call_args(call)
        batch = sx.strip_types(args[0]) if args else None
        if batch is None or batch.type != "array":
            return
        for slot_node, query_node in zip(pattern.named_children, batch.named_children, strict=False):
            slot = sx.strip_types(slot_node)
            query = sx.unwrap(query_node)
            if slot is None or query is None or query.type != "call_expression":
                continue
            op = self.az.classify(self.mod, query)
            if slot.type == "object_pattern" and op is None:
                # `const [{ data: rows }, { count }] = await Promise.all([sb.from("t").select("*").eq(...), ...])`:
                # the rows a Supabase query in its place answers
                read = self._supabase_chain_read(query)
                if read is not None:
                    for n in sx.names_bound_to(self.src, slot, "data"):
                        self.records[n] = read
                continue
            if slot.type == "identifier" and op is not None and op.kind == "read":
                self.records[sx.text(self.src, slot)] = op

    def _supabase_chain_read(self, call: Node) -> DbOp | None:
        """The Supabase `select` a filter chain (`.eq(...).order(...).limit(10)`) ends on, or None."""
        node: Node | None = call
        for _ in range(12):
            if node is None or node.type != "call_expression":
                return None
            op = self.az.classify(self.mod, node)
            if op is not None:
                return op if op.api == "supabase" and op.kind == "read" else None
            fn = sx.unwrap(node.child_by_field_name("function"))
            if fn is None or fn.type != "member_expression":
                return None
            node = sx.unwrap(fn.child_by_field_name("object"))
        return None

    def _bound_once(self, name: str) -> bool:
        """``name`` is bound by one declaration or assignment in the function (its parameters aside)."""
        body = self.fn.body
        if body is None or name in self.param_names:
            return False
        src = self.src
        found = 0
        for node in sx.find(body, ("variable_declarator", "assignment_expression"), into_functions=False):
            declared = node.type == "variable_declarator"
            if declared and node.child_by_field_name("value") is None:
                continue  # (`let err, cfg;` declares only)
            target = node.child_by_field_name("name" if declared else "left")
            if name in sx.pattern_names(src, target):
                found += 1
        return found == 1

    def _settled_session(self, pattern: Node, call: Node) -> set[str]:
        """`const [session, error] = await tryCatch(auth.api.getSession(...))`: the name a project settler's
        pair gives what the session read answered (null when nobody is signed in, so it must be tested
        like the read itself; the pair's error only says the read failed)."""
        args = sx.call_args(call)
        inner = sx.unwrap(args[0]) if len(args) == 1 else None
        if pattern.type != "array_pattern" or not is_awaited(call) or inner is None or inner.type != "call_expression":
            return set()
        settler = self.az.target(self.mod, call)
        at = self.az.settled_value_at(settler) if settler is not None else None
        held = sx.array_slots(pattern).get(at) if at is not None else None  # (`[, error]`: no session named)
        if held is None or not self.az.is_auth_source_call(self.mod, inner):
            return set()
        return set(sx.pattern_names(self.src, held))

    def _settled_enforcer(self, call: Node) -> bool:
        """`asaw(requireConfig())`, await-to-js `to(requireConfig())`: a settler handed the promise of a
        project helper that throws when nobody is signed in (its rejection becomes the answer's error)."""
        args = sx.call_args(call)
        inner = sx.strip_types(args[0]) if len(args) == 1 else None
        if inner is None or inner.type != "call_expression":
            return False
        target = self.az.target(self.mod, inner)
        if target is None or not self.az.summary(target).enforces_auth:
            return False
        settler = self.az.target(self.mod, call)
        if settler is None:
            binding = self.mod.imports.get(sx.callee_name(self.src, call))
            return binding is not None and binding.spec == "await-to-js"
        return self.az.settles_errors(settler)

    def _passed_back(self, call: Node, target: Function | None, st: State) -> set[str]:
        """The client values an authenticating helper hands back as its answer: arguments bound to
        parameters it returns past no role or ownership check of its own."""
        if target is None or not st.client:
            return set()
        summary = self.az.summary(target)
        passed = summary.passed_params
        if not passed or not summary.enforces_auth or not is_awaited_or_sync(self, call):
            return set()
        return {i for a in helper_args(self.src, call, target, passed) for i in identifiers(self.src, a)} & st.client

    def _self_claimed(self, name: str) -> bool:
        """``name`` holds what the user wrote about themselves: `const isAdmin = user.user_metadata.is_admin`,
        or a project predicate's answer on it (`const admin = isSuperAdmin(user)`)."""
        value = sx.unwrap(self._local_value(name))
        if value is None:
            return False
        if _SELF_WRITTEN_METADATA.search(sx.text(self.src, value)):
            return True
        target = self.az.target(self.mod, value) if value.type == "call_expression" else None
        return target is not None and self._reads_self_written_metadata(target, self.az.summary(target))

    def _reads_self_written_metadata(self, target: Function, summary: Summary) -> bool:
        """A project predicate that decides on what the user writes about themselves (`user_metadata`,
        `unsafeMetadata`) and on nothing the server keeps: no query, no server-set metadata."""
        if target.body is None or summary.ops or summary.auth_source or summary.enforces_auth:
            return False
        src = target.module.src
        start, end = target.node.start_byte, target.node.end_byte
        if src.find(b"meta", start, end) == -1 and src.find(b"Meta", start, end) == -1:
            return False  # (cheap first: most predicates read no metadata)
        text = src[target.node.start_byte : target.node.end_byte].decode("utf-8", "replace")
        return bool(_SELF_WRITTEN_METADATA.search(text)) and not _SERVER_SET_METADATA.search(text)

    def _session_picks_nothing(self, call: Node, st: State) -> set[str]:
        return session_picks_nothing(self.az, self.mod, call, st.session | st.fetched)

    def _echoes_secret_first(self, call: Node) -> bool:
        """A project helper handed a secret-named value (`obtainToken(token)`) that answers it straight
        back on success before it reads or checks anything: on that path its answer proves no identity."""
        target = self.az.target(self.mod, call)
        if target is None:
            return False
        echoed = self.az.summary(target).echoed_first
        if not echoed:
            return False
        handed = helper_args(self.src, call, target, echoed)
        return any(vocab.is_secret_name(a) for arg in handed for a in identifiers(self.src, arg))

    def _answer_refs(self, call: Node, refs: set[str]) -> set[str]:
        """What a project helper's answer is built from: only the arguments bound to the parameters
        it hands back (`api(url, { body: { name } })` returning `{ ...await res.json(), url }` answers
        with the remote service's data and the URL, not the body it sent)."""
        target = self.az.target(self.mod, call)
        summary = self.az.summary(target) if target is not None else None
        if target is None or summary is None or summary.returned_params is None or not summary.returns_input:
            return refs
        fn = sx.strip_types(call.child_by_field_name("function"))
        handed = helper_args(self.src, call, target, summary.returned_params)
        used = {i for a in handed for i in identifiers(self.src, a, into_functions=True)}
        return refs & (used | identifiers(self.src, fn))

    def _runs_guarding_callback(self, call: Node, summary: Summary, st: State) -> None:
        """`await withRetry(getUserFunc)`: a helper that calls the callback it is handed and lets
        its failure through holds the callback's guard once it returns."""
        args = sx.call_args(call)
        for i in sorted(summary.runs_params):
            callback = self.az.callback_function(self.mod, args[i]) if i < len(args) else None
            guard = self.az.summary(callback) if callback is not None else None
            if guard is not None and guard.enforces_auth:
                st.auth = "throw"
                st.role = st.role or guard.role
                return

    def _matched_values(self, call: Node, st: State) -> set[str]:
        """`rows.find((r) => r.token === token)` over a list the server holds: the client locals an
        element must equal to be found."""
        src = self.src
        fn = sx.strip_types(call.child_by_field_name("function"))
        recv = fn.child_by_field_name("object") if fn is not None and fn.type == "member_expression" else None
        cb = sx.strip_types(next(iter(sx.call_args(call)), None))
        if recv is None or identifiers(src, recv) & st.client or cb is None or not sx.is_function(cb):
            return set()
        item = set(sx.param_names(src, cb))
        out: set[str] = set()
        for b in sx.find(cb, ("binary_expression",)):
            if sx.text(src, b.child_by_field_name("operator")) not in ("===", "=="):
                continue
            sides = [sx.strip_types(b.child_by_field_name(f)) for f in ("left", "right")]
            for mine, other in (sides, sides[::-1]):
                if (
                    mine is not None
                    and other is not None
                    and sx.root_identifier(src, mine) in item
                    and other.type == "identifier"
                    and sx.text(src, other) in st.client
                ):
                    out.add(sx.text(src, other))
        return out

    def _role_flag(self, v: Node, st: State) -> bool:
        """`me?.role === "admin" || me?.role === "owner"`, `["admin", "owner"].includes(me.role)`: the
        role of the session user or of a row read here, against named roles only."""
        start, end = v.start_byte, v.end_byte
        if self.src.find(b"==", start, end) == -1 and self.src.find(b"includes", start, end) == -1:
            return False  # (the cheap test first: each operand is a comparison or an `includes` call)
        sessionish = st.session | st.fetched
        operands = sx.disjuncts(self.src, v)
        if v.type != "binary_expression" and not (len(operands) == 1 and operands[0].type == "call_expression"):
            return False
        for d in operands:
            if d.type == "call_expression":
                fn_node = sx.strip_types(d.child_by_field_name("function"))
                obj = sx.strip_types(fn_node.child_by_field_name("object")) if fn_node is not None else None
                args = sx.call_args(d)
                if (
                    sx.last_name(sx.callee_name(self.src, d)) != "includes"
                    or obj is None
                    or obj.type != "array"
                    or not all(_role_name(sx.text(self.src, e)) for e in obj.named_children)
                    or len(args) != 1
                    or not self._own_role(args[0], sessionish)
                ):
                    return False
                continue
            if d.type != "binary_expression" or sx.text(self.src, d.child_by_field_name("operator")) not in (
                "==",
                "===",
            ):
                return False
            left, right = d.child_by_field_name("left"), d.child_by_field_name("right")
            if not any(
                _role_name(sx.text(self.src, lit)) and self._own_role(role, sessionish)
                for role, lit in ((left, right), (right, left))
            ):
                return False
        return True

    def _check_of_loaded_row(self, v: Node, st: State) -> bool:
        """`await isTeamAdmin(userId, link.player.teamId)`, `isAuthor(session, row.userId)`: a project check
        run to completion, handed the session's values and fields of a row this function loaded (nothing
        the client sent as such): the caller's tie to that row, an ownership answer."""
        if v.type != "call_expression" or not is_awaited_or_sync(self, v):
            return False
        if not self._is_check_call(v, sx.callee_name(self.src, v)):
            return False
        own = st.session | st.fetched
        roots = [sx.root_identifier(self.src, a) for a in sx.call_args(v)]
        # (the database client the check queries with, `isOrgMember(supabase, row.brandId, user.id)`, is
        # no value of the caller's choosing)
        handles = {r for r in roots if r in self.az.db_roots and r not in st.client}
        return (
            any(r in own for r in roots)
            and any(r in self.records for r in roots)
            and all(r is not None and (r in own or r in self.records or r in handles) for r in roots)
        )

    def _caller_role_answer(self, v: Node, st: State) -> bool:
        """`await hasRole(viewer, ["OWNER", "ADMIN"])`: a project role question (named so, or a helper
        answering a role test) run to completion on the caller's own record (session-derived, no
        client value), not an ownership question (`isLoadOwner(id, tenantId)`) nor a floating one."""
        if v.type != "call_expression" or not is_awaited_or_sync(self, v):
            return False
        callee = sx.callee_name(self.src, v)
        last = sx.last_name(callee)
        if vocab.OWNERSHIP_CALLS.search(last) or not self._is_check_call(v, callee):
            return False
        target = self.az.target(self.mod, v)
        if target is not None and self.az.summary(target).owner:
            return False
        own = st.session | st.fetched
        args = sx.call_args(v)
        given = {n for a in args for n in identifiers(self.src, a)}
        # (`const ok = await isPlatformAdmin()`: a question named for a role, taking nothing, reads the
        # session itself; a no-argument loader answering a check, `getCurrentProjectContext()`, is no role)
        if not args:
            return self.az.vocab.is_role_call(callee)
        handed = given & st.client
        if (
            handed
            and target is not None
            and given - handed
            and given - handed <= own
            and all(
                a.type == "identifier" and sx.text(self.src, a) in self.param_names and _role_list_param(target, j)
                for j, a in enumerate(args)
                if identifiers(self.src, a) & handed
            )
        ):
            # `hasRole(user.id, requiredRole)` in `requireRole(requiredRole)`, testing `requiredRole.includes(
            # role)`: a role check for the callers that name the roles (`Summary.role_list_param`)
            self.role_lists |= handed
            return True
        return bool(given & own) and not given & st.client

    def _own_role(self, node: Node | None, sessionish: set[str]) -> bool:
        """`me.role` of a row read here (`_looked_up_role`) or of the session (`session.user.role`)."""
        node = sx.strip_types(node)
        if node is None or not self._is_role_expr(node, sessionish):
            return False
        return self._looked_up_role(node) or sx.root_identifier(self.src, node) in sessionish

    def _signed_out_flag(self, v: Node, st: State) -> bool:
        """`!userId`, `!session?.user`: a single negation of a session value."""
        if sx.text(self.src, v.child_by_field_name("operator")) != "!":
            return False
        arg = sx.strip_types(v.child_by_field_name("argument"))
        if arg is None or arg.type not in ("identifier", "member_expression"):
            return False  # `!!userId` keeps the session's sense
        return sx.root_identifier(self.src, arg) in (st.session | st.fetched) and not self._is_role_expr(arg)

    def _parallel_guards(self, value: Node, st: State) -> None:
        """`const [ctx, ability] = await Promise.all([requireAuth(), getAbility()])`: a rejected element
        rejects the whole, so once it resolves each call's guard holds as after `const ctx = await
        requireAuth()`. The elements ran side by side before that (`expr` walked them, unguarded);
        here only their guards are taken. `allSettled` never rejects; un-awaited, nothing waits."""
        aw = sx.strip_types(value)
        inner = sx.strip_types(aw.named_children[0]) if aw is not None and aw.type == "await_expression" else None
        if inner is None or inner.type != "call_expression" or sx.callee_name(self.src, inner) != "Promise.all":
            return
        args = sx.call_args(inner)
        array = sx.strip_types(args[0]) if args else None
        for element in map(sx.strip_types, array.named_children if array is not None and array.type == "array" else []):
            if element is None or element.type != "call_expression":
                continue
            again, seen = st.copy(), len(self.events)
            self.parallel = element
            try:
                self.call(element, again)
            finally:
                self.parallel = None
            del self.events[seen:]  # its work was recorded by `expr`
            if (again.role, again.owner) != (st.role, st.owner):
                self.thrown_gates.append(element.start_byte)
            st.auth = st.auth or again.auth
            st.role = st.role or again.role
            st.owner = st.owner or again.owner

    def _parallel_reads(self, pattern: Node, value: Node) -> None:
        """`const [loads, total] = await Promise.all([db.load.findMany({ where }), db.load.count({ where })])`:
        each name holds what the read in its place answered, as after `const loads = await db.load.findMany(...)`
        (a name left out, `[, total]`, skips its place)."""
        aw = sx.strip_types(value)
        inner = sx.strip_types(aw.named_children[0]) if aw is not None and aw.type == "await_expression" else None
        if inner is None or inner.type != "call_expression" or sx.callee_name(self.src, inner) != "Promise.all":
            return
        args = sx.call_args(inner)
        array = sx.strip_types(args[0]) if args else None
        if array is None or array.type != "array":
            return
        elements = [e for e in array.named_children if e.type != "comment"]  # (a comment holds no place)
        slot = 0
        for child in pattern.children:
            if child.type == ",":
                slot += 1
                continue
            if child.type != "identifier" or slot >= len(elements):
                continue
            element = sx.unwrap(elements[slot])
            if element is not None and element.type == "identifier" and sx.text(self.src, element) in self.records:
                # `const rowsPromise = db.query.t.findMany(...)` started first, awaited here: its rows
                self.records[sx.text(self.src, child)] = self.records[sx.text(self.src, element)]
                continue
            if element is None or element.type != "call_expression":
                continue
            op = self.az.classify(self.mod, element) or self._op_in_chain(element)
            if op is not None and op.kind == "read":
                self.records[sx.text(self.src, child)] = op
            elif op is None and self._is_check_call(element, sx.callee_name(self.src, element)):
                # `const [allowed, rows] = await Promise.all([canAccessClaim(userId, id), ...])`: the
                # check's answer, as after `const allowed = await canAccessClaim(userId, id)`
                self.scoped_records.add(sx.text(self.src, child))

    def _parses(self, call: Node) -> bool:
        """A project helper that runs a schema over its argument and returns only what passed
        (`validateWithSchema(schema, req.body)`: `safeParse`, throw on failure, `return result.data`)."""
        target = self.az.target(self.mod, call)
        if target is None:
            return False
        if self._schema_call_alias(target):
            return True
        s = self.az.summary(target)
        return s.validates and s.returns_input and not s.returns_unchecked

    def _schema_call_alias(self, fn: Function) -> bool:
        """A one-statement project wrapper answering a schema call over what it was handed
        (`parseForm(formData, schema)` = `return parseWithZod(formData, { schema })`): its answer is
        that schema call's, as if the caller had made it."""
        body = fn.body
        if body is not None and body.type == "statement_block":
            stmts = sx.statements(body)
            ret = stmts[0] if len(stmts) == 1 and stmts[0].type == "return_statement" else None
            if ret is None:
                # `try { return S.parse(v) } catch (e) { log(e); throw new Error(...) }`: every return is
                # that one schema call (a failure rethrown), so its answer is the schema's too
                rets = sx.find(body, ("return_statement",), into_functions=False)
                ret = rets[0] if len(rets) == 1 and sx.find(body, ("try_statement",), into_functions=False) else None
            body = ret.named_children[0] if ret is not None and ret.named_children else None
        inner = sx.unwrap(body)
        if inner is not None and inner.type == "await_expression":
            inner = sx.unwrap(inner.named_children[0]) if inner.named_children else None
        if inner is None or inner.type != "call_expression":
            return False
        src = fn.module.src
        callee = sx.callee_name(src, inner)
        binding = fn.module.imports.get(callee.split(".", 1)[0])
        if not self.az.vocab.is_validation(callee) or (
            binding is not None and binding.spec in vocab.FORMAT_PARSER_PACKAGES
        ):
            return False
        # the value checked is one the caller handed in, not something the wrapper read itself
        args = [sx.strip_types(a) for a in sx.call_args(inner)]
        return any(a is not None and a.type == "identifier" and sx.text(src, a) in fn.params for a in args)

    def _limiter(self, callee: str) -> bool:
        """The object is built by a rate-limit constructor or factory (`new Ratelimit({...})`,
        `ratelimit(5, "1 m")`, `new RateLimiterRedis(...)`), whatever its own name."""
        name = callee.split(".", 1)[0]
        found = self.az.program.resolve_value(self.mod, name)
        src = found[0].src if found is not None else self.src
        value = sx.unwrap(found[1]) if found is not None else self._local_value(name)
        if value is None or value.type not in ("call_expression", "new_expression"):
            return False
        made = value.child_by_field_name("function" if value.type == "call_expression" else "constructor")
        dotted = sx.dotted(src, made)
        # (a project token bucket, `new ExpiringTokenBucket<number>(3, 600)`, whose `consume(key, 1)` spends a try)
        return self.az.vocab.is_rate_limit(dotted) or bool(_TOKEN_BUCKET.search(dotted))

    def _arcjet_client(self, mod: Module, name: str, depth: int) -> bool:
        """``name`` is an arcjet client: `arcjet({...})` of an `@arcjet/*` package, or one derived from
        such a client with `.withRule(...)` (its `protect()` runs the base client's rules too)."""
        found = self.az.program.resolve_value(mod, name) if depth < 4 else None
        value = sx.unwrap(found[1]) if found is not None else None
        fmod = found[0] if found is not None else mod
        # (through a chain of them, `aj.withRule(validateEmail(...)).withRule(detectBot(...))`)
        while value is not None and value.type == "call_expression":
            fn = sx.strip_types(value.child_by_field_name("function"))
            if fn is not None and fn.type == "identifier":
                binding = fmod.imports.get(sx.text(fmod.src, fn))
                return binding is not None and binding.spec.startswith("@arcjet/")
            if fn is None or fn.type != "member_expression":
                return False
            if sx.text(fmod.src, fn.child_by_field_name("property")) != "withRule":
                return False
            value = sx.strip_types(fn.child_by_field_name("object"))
        if value is None or value.type != "identifier":
            return False
        return self._arcjet_client(fmod, sx.text(fmod.src, value), depth + 1)
        return False

    def _safe_parsed(self, result: Node | None) -> set[str]:
        """The values a schema call checked, when ``result`` is that call's answer (`S.safeParse(x)`,
        a local bound to it, or joi's `const { error } = S.validate(x)`) and its outcome is tested."""
        value = sx.unwrap(result)
        if value is not None and value.type == "identifier":
            name = sx.text(self.src, value)
            value = self._local_value(name) or self._local_value(name, field=True)
        if value is None or value.type != "call_expression" or not self._validates(sx.callee_name(self.src, value)):
            return set()
        # only a value checked as it is: `S.safeParse(Object.fromEntries(formData))` checked the
        # listed fields of a copy, not whatever else is read from the form afterwards
        args = [a for a in map(sx.strip_types, sx.call_args(value)) if a is not None]
        out = {sx.text(self.src, a) for a in args if a.type == "identifier"}
        # `S.safeParse(server.name)`: that one field read, read again later, holds what passed (not
        # the rest of `server`)
        out |= {k for k in (field_read_key(self.src, a) for a in args if a.type == "member_expression") if k}
        # `S.safeParse({ team: formData.get("team") })`: those very field reads, read again later, hold
        # what passed (not the whole form)
        for a in args:
            if a.type == "identifier":
                # `const values = { title, status }; S.safeParse(values)`: the locals gathered into the
                # literal the schema checked, each under a key the schema declares (others are stripped)
                bound = sx.unwrap(self._local_value(sx.text(self.src, a)))
                fn = sx.strip_types(value.child_by_field_name("function"))
                schema = fn.child_by_field_name("object") if fn is not None and fn.type == "member_expression" else None
                keys = schema_keys(self.mod, schema, self.az.program) if bound is not None else None
                if bound is not None and bound.type == "object" and keys is not None:
                    out |= {
                        sx.text(self.src, p)
                        for p in bound.named_children
                        if p.type == "shorthand_property_identifier" and sx.text(self.src, p) in keys
                    }
                    # `formData.forEach((v, k) => { raw[k] = v }); S.safeParse(raw)`: each entry the schema
                    # declares, read again from the form, holds what passed
                    form = self._form_copied_into(sx.text(self.src, a)) if not bound.named_children else None
                    if form is not None:
                        kept = set(keys) - self._keys_set_on(sx.text(self.src, a))
                        out |= {f"{form}.get({k})" for k in kept}
                continue
            if a.type == "object":
                pairs = [sx.strip_types(p.child_by_field_name("value")) for p in a.named_children if p.type == "pair"]
                out |= {k for k in (field_read_key(self.src, v) for v in pairs) if k}
                # `S.safeParse({ id: boardId })`, `S.safeParse({ id, column })`: a local put as it is
                # into a field of the literal passed with it
                out |= {sx.text(self.src, v) for v in pairs if v is not None and v.type == "identifier"}
                out |= {sx.text(self.src, p) for p in a.named_children if p.type == "shorthand_property_identifier"}
        return out

    def _form_copied_into(self, name: str) -> str | None:
        """The form whose every entry a `form.forEach((value, key) => { name[key] = ... })` of the walked
        function copies into the local ``name`` (under its own key)."""
        src = self.src
        for call in sx.find(self.fn.node, ("call_expression",), into_functions=False):
            fn = sx.strip_types(call.child_by_field_name("function"))
            args = sx.call_args(call)
            if fn is None or fn.type != "member_expression" or len(args) != 1:
                continue
            form = sx.strip_types(fn.child_by_field_name("object"))
            cb = sx.strip_types(args[0])
            if (
                sx.text(src, fn.child_by_field_name("property")) != "forEach"
                or form is None
                or form.type != "identifier"
                or cb is None
                or cb.type not in sx.FUNCTION_TYPES
            ):
                continue
            params = cb.child_by_field_name("parameters")
            names = [sx.text(src, p) for p in params.named_children] if params is not None else []
            if len(names) != 2 or not names[1].isidentifier():
                continue
            for asg in sx.find(cb, ("assignment_expression",)):
                left = asg.child_by_field_name("left")
                if (
                    left is not None
                    and left.type == "subscript_expression"
                    and sx.text(src, left.child_by_field_name("object")) == name
                    and sx.text(src, left.child_by_field_name("index")) == names[1]
                ):
                    return sx.text(src, form)
        return None

    def _keys_set_on(self, name: str) -> set[str]:
        """The keys the walked function sets on the local ``name`` by name (`raw["tags"] = []`, `raw.tags = []`)."""
        src = self.src
        out: set[str] = set()
        for asg in sx.find(self.fn.node, ("assignment_expression",), into_functions=False):
            left = asg.child_by_field_name("left")
            if left is None or sx.text(src, left.child_by_field_name("object")) != name:
                continue
            if left.type == "member_expression":
                out.add(sx.text(src, left.child_by_field_name("property")))
            elif left.type == "subscript_expression":
                index = left.child_by_field_name("index")
                if index is not None and index.type == "string":
                    out.add(sx.text(src, index)[1:-1])
        return out

    def _verdict_checked(self, test: Node | None, st: State) -> set[str]:
        """`verdict.valid` with `const verdict = validateConfig(kind, body.config)`: a validator named so
        (`validate*`, `isValid*`), or a synchronous project helper that answers nothing but verdict objects
        (`{ valid: false, error }` on each refusal, `{ valid: true }` otherwise). Tested false then
        exited on, what it was handed is checked past the exit (one field, `body.config`, only that)."""
        src = self.src
        if test is None or test.type != "member_expression":
            return set()
        obj, prop = test.child_by_field_name("object"), test.child_by_field_name("property")
        if obj is None or prop is None or obj.type != "identifier" or sx.text(src, prop) not in _VERDICT_KEYS:
            return set()
        call = self._local_value(sx.text(src, obj))
        if call is not None and call.type == "await_expression" and call.named_children:
            call = sx.unwrap(call.named_children[0])
        if call is None or call.type != "call_expression":
            return set()
        last = sx.last_name(sx.callee_name(src, call))
        if not _CHECK_CALLS.match(last) or last in ("is", "test", "match"):
            target = self.az.target(self.mod, call)
            if target is None or target.is_async or not self._answers_verdicts(target):
                return set()
        target = self.az.target(self.mod, call)
        out: set[str] = set()
        for i, arg in enumerate(sx.call_args(call)):
            names = self._checked_names(arg, st)
            out |= names
            # (`validateConfig(kind, body.config)` testing `config.url`, `config.emails`: those fields of
            # what it was handed are checked too, read further)
            tested = self._tested_fields(target, i) if target is not None and len(names) == 1 else set()
            out |= {f"{n}.{f}" for n in names for f in tested}
        return out

    def _nonempty_test(self, length: Node) -> bool:
        """`errors.length > 0`, `errors.length !== 0`, `errors.length >= 1`, `if (errors.length)`: the list
        holds something (and no other operand decides the branch)."""
        p = length.parent
        while p is not None and p.type in sx.TRANSPARENT:
            p = p.parent
        if p is not None and p.type in ("if_statement", "parenthesized_expression"):
            return True
        if p is None or p.type != "binary_expression":
            return False
        op = sx.text(self.src, p.child_by_field_name("operator"))
        left, right = p.child_by_field_name("left"), p.child_by_field_name("right")
        if left is None or left.id != length.id or right is None:
            return False
        other = sx.text(self.src, right)
        return (other == "0" and op in (">", "!==", "!=")) or (other == "1" and op == ">=")

    def _error_list_checked(self, test: Node | None, st: State) -> set[str]:
        """`errors` with `const errors = validateInput(name, email)`: a synchronous project helper that answers
        the list of its refusals (`const errors = []; if (...) errors.push("...")`, returned). Exited on when
        the list holds something, what it was handed is checked past the exit."""
        test = sx.strip_types(test)
        if test is None or test.type != "identifier":
            return set()
        call = sx.unwrap(self._local_value(sx.text(self.src, test)))
        if call is None or call.type != "call_expression":
            return set()
        target = self.az.target(self.mod, call)
        if target is None or target.is_async or not self._answers_refusal_list(target):
            return set()
        out: set[str] = set()
        for arg in sx.call_args(call):
            out |= self._checked_names(arg, st)
        return out

    def _error_text_checked(self, test: Node, st: State) -> set[str]:
        """`nameError` with `const nameError = validateName(data.name)`: a synchronous project helper that
        answers a refusal's text on each failed test of its input and nothing past them all
        (`_answers_refusal_text`). Exited on when it answered a text, what it was handed is checked past the exit."""
        call = sx.unwrap(self._local_value(sx.text(self.src, test)))
        if call is None or call.type != "call_expression":
            return set()
        target = self.az.target(self.mod, call)
        if target is None or target.is_async or not _answers_refusal_text(target):
            return set()
        return {
            n
            for arg in sx.call_args(call)
            if not self._fields_untested(arg, target)
            for n in self._checked_names(arg, st)
        }

    def _fields_untested(self, arg: Node, fn: Function) -> bool:
        """`validateUserData(updatedData)` with `const updatedData = { ..., gender: form.gender }`: an object
        built here whose field ``fn`` never names rides past the check untested (a spread field is unknown)."""
        value = sx.unwrap(self._local_value(sx.text(self.src, arg)) if arg.type == "identifier" else arg)
        if value is None or value.type != "object" or fn.body is None:
            return False
        named = set(_WORD.findall(sx.text(fn.module.src, fn.body)))
        for part in value.named_children:
            key = part.child_by_field_name("key") if part.type == "pair" else part
            kept = part.type in ("pair", "shorthand_property_identifier") and key is not None
            if kept and key is not None and sx.text(self.src, key).strip("'\"") not in named:
                return True
        return False

    def _answers_refusal_list(self, fn: Function) -> bool:
        """Every return of ``fn`` is one local made an empty list (`const errors = []`), filled only inside
        the branches of its tests (`if (!email || !re.test(email)) errors.push("...")`)."""
        src = fn.module.src
        if fn.body is None:
            return False
        rets = sx.find(fn.body, ("return_statement",), into_functions=False)
        names = {sx.text(src, r.named_children[0]) for r in rets if r.named_children}
        if len(rets) == 0 or len(names) != 1 or any(not r.named_children for r in rets):
            return False
        name = next(iter(names))
        made = False
        for d in sx.find(fn.body, ("variable_declarator",), into_functions=False):
            value = sx.unwrap(d.child_by_field_name("value"))
            if sx.text(src, d.child_by_field_name("name")) == name:
                made = value is not None and value.type == "array" and not value.named_children
        if not made:
            return False
        pushes = [
            c
            for c in sx.find(fn.body, ("call_expression",), into_functions=False)
            if sx.callee_name(src, c) == f"{name}.push"
        ]
        if not pushes:
            return False
        for push in pushes:
            p = push.parent
            while p is not None and p.id != fn.body.id and p.type != "if_statement":
                p = p.parent
            if p is None or p.id == fn.body.id:
                return False  # (pushed whatever the input: a log, not a refusal)
        return True

    def _tested_fields(self, fn: Function, i: int) -> set[str]:
        """The fields of parameter ``i`` that a condition in ``fn``'s body reads (`config.url`: `url`)."""
        if i >= len(fn.params) or fn.body is None:
            return set()
        src, param = fn.module.src, fn.params[i]
        out: set[str] = set()
        for stmt in sx.find(fn.body, ("if_statement",), into_functions=False):
            for m in sx.find(stmt.child_by_field_name("condition") or stmt, ("member_expression",)):
                obj, prop = m.child_by_field_name("object"), m.child_by_field_name("property")
                if obj is not None and prop is not None and obj.type == "identifier" and sx.text(src, obj) == param:
                    out.add(sx.text(src, prop))
        return out

    def _answers_verdicts(self, fn: Function) -> bool:
        """Every return of ``fn`` is an object literal with a verdict key (`valid`, `success`, `ok`) set to
        a boolean literal, and some say `false`: a validator answering instead of throwing."""
        src = fn.module.src
        if fn.body is None:
            return False
        seen: set[str] = set()
        for r in sx.find(fn.body, ("return_statement",), into_functions=False):
            v = sx.unwrap(r.named_children[0]) if r.named_children else None
            if v is None or v.type != "object":
                return False
            keys = object_keys(src, v)
            verdicts = [sx.text(src, keys[k]) for k in _VERDICT_KEYS if k in keys]
            if len(verdicts) != 1 or verdicts[0] not in ("true", "false"):
                return False
            seen.add(verdicts[0])
        return "false" in seen

    def _literal_table(self, node: Node | None) -> bool:
        """A `const` object literal of this function or module whose keys are all written out
        (`{ theme: { ... }, locale: { ... } }`: no spread, no computed key)."""
        node = sx.unwrap(node)
        if node is None or node.type != "identifier":
            return False
        name = sx.text(self.src, node)
        value = self._local_value(name)
        if value is None and name not in self.fn.params:
            value = sx.unwrap(self.mod.values.get(name))
        if value is None or value.type != "object" or not value.named_children:
            return False
        keys = [p.child_by_field_name("key") if p.type == "pair" else None for p in value.named_children]
        return all(k is not None and k.type in ("property_identifier", "string", "number") for k in keys)

    def _signed_token_names(self, call: Node) -> set[str]:
        """The plain local a verified token call was handed (`token` of `jwt.verify(token, key)`): past the
        call, a string the server signed with that key (a forged or malformed one threw), a checked value."""
        args = sx.call_args(call)
        token = sx.strip_types(args[0]) if args else None
        return {sx.text(self.src, token)} if token is not None and token.type == "identifier" else set()

    def _verifies_signed_token(self, call: Node, callee: str) -> bool:
        """`verify(token, key)` imported from jsonwebtoken (`jwt.verify`) without a callback (with one it
        reports instead of throwing), jose's `await jwtVerify(token, key)` or Firebase Admin's `await
        adminAuth.verifyIdToken(idToken)`, run as a statement or bound (`claims = verify(...)`), not in a test
        or behind a short circuit."""
        if sx.last_name(callee) in _FIREBASE_VERIFIERS:
            receiver = callee.rsplit(".", 1)[0] if "." in callee else ""
            return (
                is_awaited(call)
                and self.az.program.firebase_admin_auth(self.mod, receiver)
                and self._bound_or_run_alone(call)
            )
        head, _, member = callee.partition(".")
        binding = self.mod.imports.get(head)
        if binding is None or "." in member:
            return False
        name = member or binding.imported
        if member and binding.imported not in ("default", "*"):
            return False
        args = sx.call_args(call)
        if binding.spec == "jsonwebtoken" and name == "verify":
            unwrapped = [sx.unwrap(a) for a in args]
            if len(args) < 2 or any(a is not None and a.type in sx.FUNCTION_TYPES for a in unwrapped):
                return False
        elif not (binding.spec == "jose" and name == "jwtVerify" and len(args) >= 2 and is_awaited(call)):
            return False
        return self._bound_or_run_alone(call)

    def _bound_or_run_alone(self, call: Node) -> bool:
        """A verifier call run as a statement or bound (`claims = verify(...)`), not in a test or behind a
        short circuit: what follows it runs only when it did not throw."""
        p = call.parent
        while p is not None and (p.type in sx.TRANSPARENT or p.type in ("await_expression", "assignment_expression")):
            p = p.parent
        return (
            p is not None
            and p.type in ("expression_statement", "variable_declarator")
            and not self._in_condition(call)
            and not _short_circuited(call)
        )

    def _forged_signature(self, call: Node) -> bool:
        """`constructEvent(payload, header, secret)` where `header = stripe.webhooks.generateTestHeaderString({
        payload, secret })`: a signature the server made itself for the payload, which always matches."""
        for arg in sx.call_args(call):
            value = sx.unwrap(arg)
            if value is not None and value.type == "identifier":
                value = self._local_value(sx.text(self.src, value))
            if (
                value is not None
                and value.type == "call_expression"
                and sx.last_name(sx.callee_name(self.src, value)) == "generateTestHeaderString"
            ):
                return True
        return False

    def _made_by_ai_factory(self, name: str) -> bool:
        """`const client = getAnthropicClient()` in the function walked, the project function building the
        SDK's client (`new Anthropic({ apiKey })`)."""
        if "." in name:
            return False
        value = self._local_value(name)
        if value is not None and value.type == "await_expression":
            value = sx.unwrap(value.named_children[0] if value.named_children else None)
        if value is None or value.type != "call_expression":
            return False
        target = self.az.target(self.mod, value)
        return target is not None and makes_anthropic_client(target.module, target.node)

    def _local_value(self, name: str, field: bool = False) -> Node | None:
        """The initialiser of `const <name> = ...` in the function being walked (`const rl = new Ratelimit(...)`),
        or with ``field`` of `const { <name> } = ...`."""
        index = self._local_values
        if index is None:
            # asked once per call by name (`_limiter`, ...): the walked function's declarators are read
            # into one index per walk, the first declarator of each name winning as the scan in source
            # order did (the function, its source and its declarators never change during the walk)
            plain: dict[str, Node | None] = {}
            fields: dict[str, Node | None] = {}
            for d in sx.find(self.fn.node, ("variable_declarator",), into_functions=False):
                pattern = d.child_by_field_name("name")
                if pattern is None:
                    continue
                kind = pattern.type
                if kind == "object_pattern":
                    keys = {sx.text(self.src, k) for k in pattern.named_children}
                    value = sx.unwrap(d.child_by_field_name("value"))
                    if keys - fields.keys():
                        for k in keys:
                            fields.setdefault(k, value)
                    if value is not None and value.type == "object":
                        # `const { userId } = { userId: String(formData.get("userId") ?? "") }`: each key
                        # holds its own value, as `const userId = String(...)` would
                        for pair in value.named_children:
                            key_node = pair.child_by_field_name("key") if pair.type == "pair" else None
                            key = sx.text(self.src, key_node) if key_node is not None else ""
                            if key in keys and key not in plain:
                                plain[key] = sx.unwrap(pair.child_by_field_name("value"))
                elif kind == "identifier":
                    key = sx.text(self.src, pattern)
                    if key not in plain:
                        plain[key] = sx.unwrap(d.child_by_field_name("value"))
            index = self._local_values = (plain, fields)
        return index[1].get(name) if field else index[0].get(name)

    def _rules_passed(self, call: Node) -> set[str]:
        """`result.isEmpty()` with `result = validationResult(req)` of express-validator (or that call
        inline): true once every rule chain run on the request passed, so the request is checked."""
        fn = sx.strip_types(call.child_by_field_name("function"))
        if fn is None or fn.type != "member_expression":
            return set()
        if sx.text(self.src, fn.child_by_field_name("property")) != "isEmpty":
            return set()
        value = sx.unwrap(fn.child_by_field_name("object"))
        if value is not None and value.type == "identifier":
            value = self._local_value(sx.text(self.src, value))
        if value is None or value.type != "call_expression":
            return set()
        binding = self.mod.imports.get(sx.callee_name(self.src, value))
        if binding is None or binding.spec != "express-validator" or binding.imported != "validationResult":
            return set()
        return {i for a in sx.call_args(value) for i in identifiers(self.src, a)}

    def _validates(self, callee: str) -> bool:
        """A schema call by its name (`Schema.parse(x)`), but not a data-format parser's under any local
        name (`import CsvKit from "papaparse"; CsvKit.parse(text)`: rows out of text, none checked)."""
        if not self.az.vocab.is_validation(callee):
            return False
        binding = self.mod.imports.get(callee.split(".", 1)[0])
        return binding is None or binding.spec not in vocab.FORMAT_PARSER_PACKAGES

    def _library_validator(self, callee: str) -> int | None:
        """`create(raw, Struct)` / `assert(input, Struct)` imported from superstruct, `parse(Schema,
        raw)` from valibot (also through a namespace import): throwing validators named as plain
        functions. The position of the value they check."""
        root, _, member = callee.partition(".")
        binding = self.mod.imports.get(root) if root and "." not in member else None
        if binding is None or (member and binding.imported != "*"):
            return None
        return _LIBRARY_VALIDATORS.get((binding.spec, member or binding.imported))

    def _format_parser(self, callee: str) -> bool:
        """`getAddress(raw)` imported from viem or ethers: a parser that throws on a malformed value."""
        binding = self.mod.imports.get(callee) if callee and "." not in callee else None
        return binding is not None and (binding.spec, binding.imported) in _FORMAT_PARSERS

    def _effect_decoder(self, call: Node) -> bool:
        """`Schema.decodeUnknownSync(S)(raw)`, or `decodeLogin(raw)` with `const decodeLogin =
        Schema.decodeUnknownSync(S)`: an effect/Schema decoder, which throws on bad input."""
        fn = sx.strip_types(call.child_by_field_name("function"))
        mod, maker = self.mod, fn
        if fn is not None and fn.type == "identifier":
            found = self.az.program.resolve_value(self.mod, sx.text(self.src, fn))
            mod, maker = (found[0], sx.strip_types(found[1])) if found else (mod, None)
        if maker is None or maker.type != "call_expression":
            return False
        root, _, member = sx.callee_name(mod.src, maker).partition(".")
        binding = mod.imports.get(root)
        name = member or (binding.imported if binding is not None else "")
        return binding is not None and binding.spec in _EFFECT_SCHEMA_MODULES and bool(_EFFECT_DECODERS.match(name))

    def _arktype_validator(self, callee: str) -> bool:
        """`const User = type({...})` from arktype: calling `User(raw)` validates."""
        if "." in callee or not callee:
            return False
        found = self.az.program.resolve_value(self.mod, callee)
        value = sx.strip_types(found[1]) if found else None
        if found is None or value is None or value.type != "call_expression":
            return False
        inner = sx.callee_name(found[0].src, value).split(".", 1)[0]
        binding = found[0].imports.get(inner)
        return binding is not None and binding.spec == "arktype"

    def _filled_in_loop(self, loop: Node, loop_st: State, st: State) -> None:
        """`for (const k in fields) form.push(`${k}=${fields[k]}`)`: an array declared before the loop and
        filled in it with the client's values holds them after it (names the loop declares stay inside)."""
        gained = loop_st.client - st.client
        if not gained:
            return
        inner = {
            sx.text(self.src, n)
            for d in sx.find(loop, ("variable_declarator",), into_functions=False)
            for n in [d.child_by_field_name("name")]
            if n is not None and n.type == "identifier"
        }
        left = loop.child_by_field_name("left")
        inner |= identifiers(self.src, left) if left is not None else set()
        for name in gained - inner:
            st.client.add(name)
            if name in loop_st.validated:
                st.validated.add(name)

    def _pushed(self, e: Node, st: State) -> None:
        """`conditions.push(eq(org.id, input.id))`: a local array filled with the client's values holds
        them (a filter list built up, then spread into `or(...conditions)`)."""
        call = sx.unwrap(e)
        if call is None or call.type != "call_expression":
            return
        fn = sx.strip_types(call.child_by_field_name("function"))
        if fn is None or fn.type != "member_expression":
            return
        obj, prop = sx.strip_types(fn.child_by_field_name("object")), fn.child_by_field_name("property")
        if obj is None or obj.type != "identifier" or prop is None:
            return
        if sx.text(self.src, prop) not in ("push", "unshift") and not vocab.DATE_SETTER.match(sx.text(self.src, prop)):
            # (`end.setDate(end.getDate() + days)`: a local date moved by the client's number holds it too)
            return
        refs = {i for arg in sx.call_args(call) for i in identifiers(self.src, arg)}
        sent = refs & st.client
        if not sent:
            return
        name = sx.text(self.src, obj)
        if name not in st.client and sent <= st.validated:
            st.validated.add(name)
        st.client.add(name)

    def _helper_guards(self, call: Node, target: Function, summary: Summary, st: State) -> None:
        """`getImageUseCase(user, id)` whose first step throws without `user`, given the session
        user; or `const payload = await getPayload(req)` that verifies the request's HMAC."""
        sessionish = st.fetched | st.session
        if sessionish:
            args = sx.call_args(call)
            for i in guards.throws_without(target, self.az.target):
                if i < len(args) and sx.root_identifier(self.src, sx.strip_types(args[i])) in sessionish:
                    st.auth = "throw"
                    return
        # (one that answers a refusal instead of throwing guards only a caller testing the answer)
        if (
            summary.authenticates
            and not summary.enforces_auth
            and not summary.secret_refusal
            and guards.verifies_signature(target)
        ):
            st.auth = "secret"

    def _signed_here(self, name: str) -> bool:
        """`const signature = generateWebhookSignature(payload, secret)` (or `createHmac(...).digest()`):
        every binding of ``name`` in this function is a signature the server makes with its own key for
        a request it sends, which names nobody who called."""
        values = []
        for n in sx.find(self.fn.node, ("variable_declarator", "assignment_expression"), into_functions=False):
            left = n.child_by_field_name("name" if n.type == "variable_declarator" else "left")
            if left is None or left.type != "identifier" or sx.text(self.src, left) != name:
                continue
            values.append(sx.unwrap(n.child_by_field_name("value" if n.type == "variable_declarator" else "right")))
        if not values:
            return False
        for v in values:
            if v is not None and v.type == "await_expression" and v.named_children:
                v = sx.unwrap(v.named_children[0])
            if v is None or v.type != "call_expression":
                return False
            callee = sx.callee_name(self.src, v)
            if not (_SIGNS_OUTGOING.match(sx.last_name(callee)) or "createHmac" in callee):
                return False
        return True

    def _service_credential(self, name: str) -> bool:
        """`token = process.env.SERVICE_TOKEN`, or `await systemToken()` (a project function taking nothing
        that builds it from the environment): the server's own service-account credential, which says
        nothing about who calls (every binding of `name` in this function is one of these)."""
        values = []
        for n in sx.find(self.fn.node, ("variable_declarator", "assignment_expression"), into_functions=False):
            left = n.child_by_field_name("name" if n.type == "variable_declarator" else "left")
            if left is None or left.type != "identifier" or sx.text(self.src, left) != name:
                continue
            values.append(n.child_by_field_name("value" if n.type == "variable_declarator" else "right"))
        if values:
            return all(self._from_environment(v) for v in values)
        # `const { apiSecret } = serviceConfig()` with `apiSecret: process.env.SERVICE_SECRET` in it (a
        # module constant keyed into an HMAC, `createHmac("sha256", SECRET)`, still verifies a token)
        # (or `const { gatewayPassword } = settings`: the app's stored credential for a provider, which
        # signs the server in there, not the caller here)
        return bool(secret_bound_to(self.mod, self.fn.node, name, self.az.target, module_level=False)) or (
            setting_bound_to(self.mod, self.fn.node, name)
        )

    def _reads_only_its_arguments(self, call: Node) -> bool:
        """A synchronous project function whose body calls only built-ins and such functions of its own
        (`validatePassword(pw)` scoring `pw.length` and `/[A-Z]/.test(pw)`): no stored hash, key or secret."""
        target = self.az.target(self.mod, call)
        return target is not None and target.body is not None and self.az.plain_function(target)

    def _digests_its_arguments(self, call: Node) -> bool:
        """A synchronous project function whose calls are built-ins and node:crypto's hashing chain only
        (`createHash("sha256").update(key).digest("hex")`): it reads no stored hash, key or secret."""
        target = self.az.target(self.mod, call)
        if target is None or target.body is None or target.is_async:
            return False
        mod = target.module
        hashed = False
        for c in sx.find(target.node, ("call_expression", "new_expression")):
            fun = c.child_by_field_name("function") or c.child_by_field_name("constructor")
            root = sx.root_identifier(mod.src, fun)
            binding = mod.imports.get(root or "")
            if (
                binding is not None
                and binding.spec in _NODE_CRYPTO
                and binding.imported in ("createHash", "*", "default")
            ):
                if sx.last_name(sx.callee_name(mod.src, c)) not in _DIGEST_STEPS:
                    return False
                hashed = True
                continue
            if root in mod.imports or root in _SECRET_GLOBALS:
                return False
            if c.type == "call_expression" and self.az.target(mod, c) is not None:
                return False
        return hashed

    def _stored_credential(self, name: str, st: State) -> bool:
        """`const token = await storedTokenOf(userId)` (a project helper reading it from a row it looks
        up by what the caller hands it), or `const token = account.accessToken` of a row loaded here by a
        client id: a credential kept in the database, which a call presenting it (`fetch(me, { headers:
        { Authorization: `Bearer ${token}` } })`) proves nothing about who calls. Only one from the
        request (a cookie, a header, the session) signs the caller in (every binding of `name` here)."""
        values = []
        for n in sx.find(self.fn.node, ("variable_declarator", "assignment_expression"), into_functions=False):
            left = n.child_by_field_name("name" if n.type == "variable_declarator" else "left")
            if left is None or left.type != "identifier" or sx.text(self.src, left) != name:
                continue
            values.append(sx.unwrap(n.child_by_field_name("value" if n.type == "variable_declarator" else "right")))
        if not values:
            return False
        sessionish = st.session | st.fetched
        for v in values:
            if v is not None and v.type == "await_expression" and v.named_children:
                v = sx.unwrap(v.named_children[0])
            if v is None:
                return False
            if v.type == "call_expression":
                target = self.az.target(self.mod, v)
                if target is None or not target.params or not sx.call_args(v):
                    return False
                body = target.module.text(target.node)
                if "cookies(" in body or "headers" in body:
                    return False
                ts = self.az.summary(target)
                if ts.auth_source or ts.authenticates or ts.enforces_auth:
                    return False
                if not any(op.kind == "read" for op in ts.ops):
                    return False
                if identifiers(self.src, v, into_functions=True) & sessionish:
                    return False  # `storedTokenOf(session.user.id)`: the caller's own
                continue
            if v.type in ("member_expression", "subscript_expression"):
                root = sx.root_identifier(self.src, v)
                if root is None or root not in self.records or root in sessionish:
                    return False
                continue
            return False
        return True

    def _from_environment(self, value: Node | None) -> bool:
        value = sx.unwrap(value)
        if value is None:
            return True  # `let token;`
        if value.type == "member_expression":
            return sx.text(self.src, value).startswith("process.env.")
        if value.type != "call_expression":
            return False
        args = sx.call_args(value)
        # (or handed only the setting's name: `requiredSetting("LEDGER_API_PASSWORD")` reading `process.env[name]`)
        if not all(a.type == "string" for a in args):
            return False
        target = self.az.target(self.mod, value)
        if target is None or (target.params and not args):
            return False
        body = target.module.text(target.node)
        return "process.env" in body and "cookies(" not in body and "headers(" not in body

    def _asserts_session(self, call: Node, st: State, last: str | None = None) -> bool:
        """An assert-style call applied to the session or user just fetched (``last``: the last name
        of its callee, when known)."""
        if not _asserting_call(self.az, self.mod, call, last):
            return self._throws_unless_fetched(call, st)
        for arg in map(sx.unwrap, sx.call_args(call)):
            if arg is None:
                continue
            if arg.type == "call_expression" and self.az.is_auth_source_call(self.mod, arg):
                return True
            if sx.root_identifier(self.src, arg) in st.fetched:
                return True
        return False

    def _throws_unless_fetched(self, call: Node, st: State) -> bool:
        """`throwIfError(!user, "unauthorised")`: a project helper that throws when its first argument
        is truthy, handed the negated session or user just fetched."""
        if not st.fetched:
            return False  # (the cheap test first: most calls are made with nothing fetched yet)
        target = self.az.target(self.mod, call)
        if target is None:
            return False  # (then the project function, known already: most calls run none)
        args = sx.call_args(call)
        first = sx.strip_types(args[0]) if args else None
        if first is None or first.type != "unary_expression":
            return False
        if sx.text(self.src, first.child_by_field_name("operator")) != "!":
            return False
        if sx.root_identifier(self.src, first.child_by_field_name("argument")) not in st.fetched:
            return False
        return self.az.throws_if_first(target)

    def _session_scoped(self, op: DbOp, st: State) -> bool:
        refs: set[str] = set()
        for a in op.args:
            refs |= identifiers(self.src, a, into_functions=True)
        refs -= negated_filter_only(self.src, op)
        # (not a value the client also sent: `params.uuid` handed over in a wrapper's context beside the session)
        own = (refs & (st.session | st.fetched)) - st.client
        if (
            own
            and st.auth is None
            and all(self._optional_reads_only(a, own) or self._iron_fields_only(a, own, op.call) for a in op.args)
        ):
            # `where: { id, ownerId: session?.userId }` with the session never checked: signed out,
            # the value is undefined and Prisma drops the condition, so the row is anyone's
            return False
        # (`userId: parsed.userId ?? session.userId`: the session's id only the default of the client's,
        # which wins whenever it is sent; no scope)
        return bool(own) and not self._client_default_only(op.args, own, st)

    def _client_default_only(self, nodes: list[Node], names: set[str], st: State) -> bool:
        """Every mention of ``names`` in ``nodes`` is the fallback of a client value (`input.userId ??
        session.userId`, `input.userId || me.id`)."""
        defaults: list[Node] = []
        for node in nodes:
            for n in sx.find(node, ("binary_expression",)):
                if sx.text(self.src, n.child_by_field_name("operator")) not in ("??", "||"):
                    continue
                left = identifiers(self.src, n.child_by_field_name("left"), into_functions=True)
                right = n.child_by_field_name("right")
                if right is not None and left & st.client and not left & names:
                    defaults.append(right)
        if not defaults:
            return False
        return all(
            any(sx.contains(d, n) for d in defaults)
            for node in nodes
            for n in sx.walk(node, into_functions=True)
            if n.type in ("identifier", "shorthand_property_identifier") and sx.text(self.src, n) in names
        )

    def _optional_reads_only(self, node: Node, names: set[str]) -> bool:
        """Every mention of ``names`` in ``node`` reads a field through `?.` (`session?.userId`)."""
        for n in sx.walk(node, into_functions=True):
            if n.type != "identifier" or sx.text(self.src, n) not in names:
                continue
            p = n.parent
            if p is None or p.type != "member_expression" or p.child_by_field_name("object") != n:
                return False
            if self.src.find(b"?.", n.end_byte, p.end_byte) == -1:
                return False
        return True

    def _iron_fields_only(self, node: Node, names: set[str], at: Node) -> bool:
        """Every mention of ``names`` in ``node`` reads a field (`session.marinaId`) of an iron-session, which
        is always an object: its fields are undefined until a sign-in sets them, as `session?.userId` is."""
        mentions = [
            n for n in sx.walk(node, into_functions=True) if n.type == "identifier" and sx.text(self.src, n) in names
        ]
        if not mentions:
            return True
        for n in mentions:
            p = n.parent
            if p is None or p.type != "member_expression" or p.child_by_field_name("object") != n:
                return False
            if not self._iron_session_local(sx.text(self.src, n), at):
                return False
        return True

    def _iron_session_local(self, name: str, at: Node) -> bool:
        """``name`` is bound to `await getIronSession(...)`, or to a project helper answering it
        (`getKioskSession()`), in the function around ``at``."""
        fn = sx.enclosing_function(at)
        for d in sx.find(fn, ("variable_declarator",), into_functions=False) if fn is not None else ():
            if sx.text(self.src, d.child_by_field_name("name")) != name:
                continue
            value = sx.unwrap(d.child_by_field_name("value"))
            if value is None or value.type != "call_expression":
                return False
            if sx.last_name(sx.callee_name(self.src, value)) == "getIronSession":
                return True
            target = self.az.target(self.mod, value)
            if target is None or target.body is None:
                return False
            tsrc = target.module.src
            for r in sx.find(target.body, ("return_statement",), into_functions=False):
                answer = sx.unwrap(r.named_children[0]) if r.named_children else None
                if (
                    answer is not None
                    and answer.type == "call_expression"
                    and sx.last_name(sx.callee_name(tsrc, answer)) == "getIronSession"
                ):
                    return True
            return False
        return False

    def _role_list_given(self, call: Node, cond: Node | None) -> bool:
        """`if (allowed && !allowed.includes(member.role)) throw` in `requireMember(allowed?: Role[])`: the
        list tested is the function's own parameter, present whenever a caller names roles
        (`requireMember(["owner", "admin"])`); the only other conjunct asks whether it was given."""
        fn = sx.strip_types(call.child_by_field_name("function"))
        recv = (
            sx.strip_types(fn.child_by_field_name("object"))
            if fn is not None and fn.type == "member_expression"
            else None
        )
        if recv is None or recv.type != "identifier" or cond is None:
            return False
        name = sx.text(self.src, recv)
        if name not in self.param_names:
            return False
        # (the conjunction may be one alternative of the exit's test: `if (!m || (allowed && !allowed.includes(
        # m.role))) throw` refuses on either)
        top = next((d for d in sx.disjuncts(self.src, cond) if sx.contains(d, call)), None)
        if top is None or top.type != "binary_expression":
            return False
        op = top.child_by_field_name("operator")
        if op is None or op.type != "&&":
            return False
        left = sx.unwrap(top.child_by_field_name("left"))
        given = left is not None and (
            sx.text(self.src, left) in (name, f"{name}.length", f"{name}?.length") or self._non_empty_test(left, name)
        )
        if given:
            self.role_lists.add(name)
        return given

    def _non_empty_test(self, node: Node, name: str) -> bool:
        """`allowed.length > 0`, `allowed.length !== 0`, `allowed?.length >= 1`: the list holds some item."""
        if node.type != "binary_expression":
            return False
        op = sx.text(self.src, node.child_by_field_name("operator"))
        left = sx.text(self.src, node.child_by_field_name("left"))
        right = sx.text(self.src, node.child_by_field_name("right"))
        if left not in (f"{name}.length", f"{name}?.length"):
            return False
        return (op in (">", "!==", "!=") and right == "0") or (op == ">=" and right == "1")

    def _op_in_chain(self, v: Node) -> DbOp | None:
        """`await db.select().from(users).where(...)`: the op is on an inner call."""
        node: Node | None = v
        misparsed = False
        for _ in range(8):
            if node is None or node.type != "call_expression":
                return None
            # (`await Model.findById(id).lean<T>()` parses as `(await Model.findById(id).lean)<T>()`)
            callee = node.child_by_field_name("function")
            misparsed = misparsed or (callee is not None and callee.type == "await_expression")
            fn = sx.unwrap(callee)
            if fn is None or fn.type != "member_expression":
                return None
            node = sx.unwrap(fn.child_by_field_name("object"))
            if node is not None and node.type == "call_expression":
                op = self.az.classify(self.mod, node)
                # (only Mongoose's so far: binding Supabase's `.maybeSingle<T>()` rows too turns a presence
                # test of a row read by a client id into an ownership check elsewhere, r23 coach-house)
                if op is not None and (not misparsed or op.api in ("mongoose", "mongo")):
                    return op
        return None


# what reads the caller's request, or passes on what it is handed (`schema.parse(body)`)
_REQUEST_READERS = frozenset({"json", "formData", "text", "get", "getAll", "parse", "parseAsync", "fromEntries"})
# `canCreateTeamWebsite(auth, teamId)`, `canTransferWebsite(...)`: a permission question.
# better-auth's organization and admin plugins' server API: the rows each call writes, and how
_BETTER_AUTH_WRITES: dict[str, tuple[str, str]] = {
    "addMember": ("member", "create"),
    "removeMember": ("member", "delete"),
    "updateMemberRole": ("member", "update"),
    "leaveOrganization": ("member", "delete"),
    "createOrganization": ("organization", "create"),
    "updateOrganization": ("organization", "update"),
    "deleteOrganization": ("organization", "delete"),
    "createUser": ("user", "create"),
    "setRole": ("user", "update"),
    "banUser": ("user", "update"),
    "unbanUser": ("user", "update"),
    "removeUser": ("user", "delete"),
    "setUserPassword": ("user", "update"),
    "adminUpdateUser": ("user", "update"),
    "revokeUserSession": ("session", "delete"),
    "revokeUserSessions": ("session", "delete"),
}
# Lucia's calls that delete session rows
_LUCIA_INVALIDATIONS = frozenset({"invalidateSession", "invalidateUserSessions"})
# better-auth's core endpoints behind its session middleware, on the signed-in caller's own account
# (`setPassword` is server-only): handed the request's headers, each throws without a session
# the last names `_Walker.call` tests of a call not named like a guard (`_Walker._quiet_name`)
# Firebase Admin's token checks (`getAuth().verifyIdToken(idToken)`): they throw unless the token is sound
_FIREBASE_VERIFIERS = frozenset({"verifyIdToken", "verifySessionCookie"})
# library calls that verify a signed token, throwing on a bad one (`_verifies_signed_token`)
_TOKEN_VERIFIERS = frozenset({"verify", "jwtVerify"}) | _FIREBASE_VERIFIERS
_NAMED_TESTS = frozenset({"protect", "limit", "consume", "check"}) | _TOKEN_VERIFIERS
_BETTER_AUTH_SESSION_ENDPOINTS = frozenset(
    {
        "setPassword",
        "changePassword",
        "changeEmail",
        "updateUser",
        "deleteUser",
        "listSessions",
        "revokeSession",
        "revokeSessions",
        "revokeOtherSessions",
        "linkSocialAccount",
        "unlinkAccount",
        "listUserAccounts",
    }
)
_PERMISSION_QUESTION = re.compile(r"^can[A-Z]\w+$")
_FUNCTION_KINDS = tuple(sorted(sx.FUNCTION_TYPES))
_ABILITY_NAME = re.compile(r"(?:^|[a-z_])(?:ability|Ability|abilities|Abilities)$")
# a local named as the answer to whether the caller may (`hasPermission`, `isAllowed`, `accessGranted`)
_PERMISSION_WORDS = frozenset({"permission", "permissions", "permitted", "allowed", "authorized", "authorised"})
_CALLER_QUESTION = re.compile(r"^(is|has|can|may)[A-Z]\w*$")
_EQUALITY = frozenset({"===", "!==", "==", "!="})


# a helper named for the mail or alert it sends (`sendBookingConfirmedEmail`, `notifyStaffOfRefund`)
_NOTIFIER_NAME = re.compile(r"^(send|notify|mail|email|alert)[A-Z]\w*$")


# calls handing back what they are handed, as a yes/no or a promise (`Boolean(isOwner(...))`)
_ANSWER_COERCIONS = frozenset({"Boolean", "resolve", "all"})


def _answers_check(src: bytes, v: vocab.Vocabulary, value: Node | None) -> bool:
    """A returned value that is the answer of a role or ownership check: a call named for one
    (`hasRole(seat.role, "admin")`) or a role compared with a value (`seat?.role === "reviewer"`)."""
    if value is None:
        return False
    stack = [value]
    while stack:
        n = stack.pop()
        kids = [c for c in reversed(n.children) if c.type not in sx.FUNCTION_TYPES]
        if n.type == "call_expression":
            last = sx.last_name(sx.callee_name(src, n))
            if v.is_role_call(last) or vocab.OWNERSHIP_CALLS.search(last) or _PERMISSION_QUESTION.match(last):
                return True
            if last in ("includes", "has") and any(_role_member(src, a) for a in sx.call_args(n)):
                return True  # `return !!m && ["owner", "admin"].includes(m.role)`
            fn_node = sx.strip_types(n.child_by_field_name("function"))
            recv = (
                fn_node.child_by_field_name("object")
                if fn_node is not None and fn_node.type == "member_expression"
                else None
            )
            if last in ("includes", "has") and _role_member(src, recv):
                return True  # `session?.user?.roles.includes(r)`: a role among those the record holds
            if last in ("some", "every"):
                # `[ADMIN, MODERATOR].some((r) => session?.user?.roles.includes(r))`: the callback's answer
                args = sx.call_args(n)
                cb = sx.strip_types(args[0]) if len(args) == 1 else None
                body = cb.child_by_field_name("body") if cb is not None and cb.type == "arrow_function" else None
                if body is not None and body.type != "statement_block":
                    stack.append(body)
            if last not in _ANSWER_COERCIONS and last not in ("includes", "has", "some", "every"):
                # `return await sendEmail({ ..., context: bookingOwnerContext(id) })`: what a call answers
                # is its own answer, not one of the values it was handed (its callee part is still read)
                fn_part = n.child_by_field_name("function")
                kids = [fn_part] if fn_part is not None else []
        elif n.type == "binary_expression" and sx.text(src, n.child_by_field_name("operator")) in _EQUALITY:
            for side in (n.child_by_field_name("left"), n.child_by_field_name("right")):
                side = sx.strip_types(side)
                prop = sx.text(src, side.child_by_field_name("property")) if side is not None else ""
                # (`sub.plan === "pro"` is an entitlement, not an authorization question)
                if side is not None and side.type == "member_expression" and prop != "plan" and _ROLE_PROPS.match(prop):
                    return True
        elif n.type == "binary_expression" and sx.text(src, n.child_by_field_name("operator")) in _RANKING:
            # `return !!m && RANK[m.role] >= RANK.HARBOUR_MASTER`: a record's role ranked against the least
            # one let in, as a walk credits `if (RANK[m.role] < RANK[min]) throw`
            for side in (n.child_by_field_name("left"), n.child_by_field_name("right")):
                side = sx.strip_types(side)
                if (
                    side is not None
                    and side.type == "subscript_expression"
                    and _role_member(src, side.child_by_field_name("index"))
                ):
                    return True
        stack.extend(kids)
    return False


def _answers_stored_role_listed(src: bytes, value: Node | None, records: set[str]) -> bool:
    """`return role ? allowed.includes(role) : false` of `const role = await roleOf(userId, orgId)`: a role
    the function read from the store (a local named for one, bound to a record) looked up in a list of
    roles, the answer of a role check (`_answers_check` takes the `m.role` member form)."""
    if value is None or not records:
        return False
    for call in sx.find(value, ("call_expression",)):
        if sx.last_name(sx.callee_name(src, call)) not in ("includes", "has"):
            continue
        args = sx.call_args(call)
        arg = sx.strip_types(args[0]) if len(args) == 1 else None
        if arg is None or arg.type != "identifier":
            continue
        name = sx.text(src, arg)
        if name in records and name != "plan" and (_ROLE_PROPS.match(name) or _ACCOUNT_ROLE.match(name)):
            return True
    return False


# a local holding the role of the account a helper was handed (`const userRole = await getUserRole(userId)`),
# its standing on the platform (not `memberRole`, one tenant's, nor `targetRole`, one a request asks for)
_ACCOUNT_ROLE = re.compile(r"(?i)^(user|account|current|my)_?roles?$")


def _answers_identity_match(src: bytes, value: Node | None, params: set[str]) -> bool:
    """`return Boolean(userId && session?.user?.id && userId === session?.user?.id)`: an id handed in
    compared with the id of a user (or session) record handed in beside it, the answer of an ownership
    question (`isAuthor(session, row.userId)`); its presence tests alone (`userId && session?.user?.id`)
    are none."""
    node = sx.unwrap(value)
    if node is not None and node.type == "call_expression" and sx.callee_name(src, node) == "Boolean":
        args = sx.call_args(node)
        node = sx.unwrap(args[0]) if len(args) == 1 else None
    if node is None or len(params) < 2:
        return False
    terms: list[Node | None] = [node]
    while terms:
        n = sx.unwrap(terms.pop())
        if n is None or n.type != "binary_expression":
            continue
        op = sx.text(src, n.child_by_field_name("operator"))
        left, right = sx.strip_types(n.child_by_field_name("left")), sx.strip_types(n.child_by_field_name("right"))
        if op == "&&":
            terms += [left, right]
            continue
        if op not in ("===", "==") or left is None or right is None:
            continue
        for mine, other in ((left, right), (right, left)):
            if mine.type != "member_expression" or other.type not in ("identifier", "member_expression"):
                continue
            prop = sx.text(src, mine.child_by_field_name("property"))
            root, other_root = sx.root_identifier(src, mine), sx.root_identifier(src, other)
            if (
                (prop == "id" or _ID_FIELD.search(prop))
                and root in params
                and other_root in params
                and root != other_root
            ):
                return True
    return False


_RANKING = frozenset({"<", "<=", ">", ">="})


def _answers_account_type(src: bytes, value: Node | None) -> bool:
    """`return user.type === UserType.PARTNER`: which kind of account the user handed in is (see
    `_account_type_test`)."""
    node = sx.strip_types(value)
    if (
        node is None
        or node.type != "binary_expression"
        or sx.text(src, node.child_by_field_name("operator")) not in _EQUALITY
    ):
        return False
    for side in (node.child_by_field_name("left"), node.child_by_field_name("right")):
        side = sx.strip_types(side)
        prop = sx.text(src, side.child_by_field_name("property")) if side is not None else ""
        if side is not None and side.type == "member_expression" and _account_type_test(src, node, side, prop):
            return True
    return False


# the kind of account a user is, by its field (`user.type`, `me.accountType`) and the enum naming its values
_ACCOUNT_TYPE_PROP = re.compile(r"(?i)^((user|account|member)_?)?type$")
_ACCOUNT_TYPE_ENUM = re.compile(r"(?i)^\w*(user|account|member)_?(types?|kinds?|roles?)$")


def _account_type_test(src: bytes, test: Node, side: Node, prop: str) -> bool:
    """`user.type === UserType.PARTNER`: the kind of account a user is compared with a value of the
    project's account-type enum (`isPartner(user)`); not `doc.type === "pdf"`. Asked of the session's
    user it fails for a missing one: a sign-in check, not a role (a partner is an ordinary account)."""
    if not _ACCOUNT_TYPE_PROP.match(prop):
        return False
    left = test.child_by_field_name("left")
    on_left = left is not None and left.start_byte <= side.start_byte < left.end_byte
    other = sx.strip_types(test.child_by_field_name("right" if on_left else "left"))
    if other is None or other.type != "member_expression":
        return False
    enum = sx.strip_types(other.child_by_field_name("object"))
    return enum is not None and enum.type == "identifier" and bool(_ACCOUNT_TYPE_ENUM.match(sx.text(src, enum)))


def _refuses_by_answer(summary: Summary) -> bool:
    """A helper answering an error object on each role or ownership refusal (`{ error: "Only managers" }`,
    `summary.keyed_refusal`): a check whose caller must read the answer."""
    refusal = summary.keyed_refusal
    return refusal is not None and (refusal[1] or refusal[2])


def _answers_owner_match(src: bytes, value: Node | None, records: set[str], params: set[str]) -> bool:
    """`return load?.carrierId === carrierTenantId`: an id field of a row the function read compared with
    what its caller handed it, the answer of an ownership question (`isAssignedCarrier(loadId, tenantId)`)."""
    node = sx.strip_types(value)
    if (
        node is None
        or node.type != "binary_expression"
        or sx.text(src, node.child_by_field_name("operator"))
        not in (
            "===",
            "==",
        )
    ):
        return False
    sides = [sx.strip_types(node.child_by_field_name(k)) for k in ("left", "right")]
    for field_side, other in ((sides[0], sides[1]), (sides[1], sides[0])):
        if field_side is None or other is None or field_side.type != "member_expression":
            continue
        prop = sx.text(src, field_side.child_by_field_name("property"))
        if (
            sx.root_identifier(src, field_side) in records
            and _ID_FIELD.search(prop) is not None
            and other.type == "identifier"
            and sx.text(src, other) in params
        ):
            return True
    return False


_ID_FIELD = re.compile(r"(?:[a-z]I[dD]|_id)$")
_COUNT_TEST = frozenset({">", ">=", "!==", "!="})


def _answers_tie_count(src: bytes, value: Node | None, records: dict[str, DbOp], params: set[str]) -> bool:
    """`return count > 0` after `const count = await db.member.count({ where: { id: parentId, userId } })`:
    whether any row ties the user the caller handed in (a user-id parameter in the count's filter) to the
    record, the answer of an ownership question (`isParentOf(userId, childId)`, `trainerOwnsClient(...)`)."""
    node = sx.strip_types(value)
    if node is None or node.type != "binary_expression":
        return False
    if sx.text(src, node.child_by_field_name("operator")) not in _COUNT_TEST:
        return False
    left = sx.strip_types(node.child_by_field_name("left"))
    right = sx.strip_types(node.child_by_field_name("right"))
    if left is None or right is None or left.type != "identifier" or right.type != "number":
        return False
    op = records.get(sx.text(src, left))
    if op is None or op.kind != "read" or op.verb.lower() != "count":
        return False
    users = {p for p in params if _USER_PARAM.search(p)}
    return bool(users) and any(identifiers(src, a, into_functions=True) & users for a in op.args)


_USER_PARAM = re.compile(r"(?i)^(user|member|account|actor|caller)_?id$")


# a parameter naming the person a membership question is about (`userId`, `user_id`, `accountId`)
_PERSON_PARAM = re.compile(
    r"(?i)^(?:user|account|actor|caller|viewer|person)_?(?:id)?$"
    # ... or a person's id under the app's own noun for who signs in (`refereeId`, `driverId`, `staffId`)
    r"|^(?:member|staff|employee|worker|driver|courier|agent|referee|umpire|coach|teacher|tutor|instructor|"
    r"student|patient|volunteer|steward|technician)_?id$"
)


def seat_checked_before(az: Analyzer, fn: Function, value: str, before: Node) -> bool:
    """An `if` of ``fn`` before ``before`` leaves the function when a seat lookup handed the expression
    ``value`` (its text: `orgId`, `body.organizationId`) answers nothing (`if (!(await seatIn(orgId)))
    return 403`, or `const seat = await seatIn(orgId); if (!seat) return`): the caller sits in that tenant."""
    src = fn.module.src
    bound: dict[str, Node] = {}
    for node in sx.find(fn.node, ("variable_declarator", "if_statement"), into_functions=False):
        if node.start_byte >= before.start_byte:
            break
        if node.type == "variable_declarator":
            pattern, val = node.child_by_field_name("name"), sx.unwrap(node.child_by_field_name("value"))
            if pattern is not None and pattern.type == "identifier" and val is not None:
                bound[sx.text(src, pattern)] = val
            continue
        test = sx.unwrap(node.child_by_field_name("condition"))
        if (
            test is None
            or test.type != "unary_expression"
            or not sx.exits(src, node.child_by_field_name("consequence"))
        ):
            continue
        if sx.text(src, test.child_by_field_name("operator")) != "!":
            continue
        asked = sx.unwrap(test.child_by_field_name("argument"))
        if asked is not None and asked.type == "identifier":
            asked = bound.get(sx.text(src, asked))
        if asked is not None and asked.type == "call_expression" and _seat_lookup_of(az, fn.module, asked, value):
            return True
    return False


def _seat_lookup_of(az: Analyzer, mod: Module, call: Node, value: str) -> bool:
    """``call`` awaits a project helper that signs the caller in and reads a row by the caller's own id and
    the parameter ``value`` is handed for (`seatIn(orgId)` finding `{ userId: me.id, organizationId }`)."""
    if not is_awaited(call):
        return False
    target = az.target(mod, call)
    if target is None:
        return False
    summary = az.summary(target)
    if not summary.auth_source:
        return False
    at = {i for i, a in enumerate(sx.call_args(call)) if sx.text(mod.src, sx.strip_types(a)) == value}
    return bool(at) and any(
        o.kind == "read" and o.self_scoped and at & (o.filter_uses if o.filter_uses is not None else o.param_uses)
        for o in summary.ops
    )


def _answers_membership(
    src: bytes, value: Node | None, records: dict[str, DbOp], ops: list[DbOp], params: list[str]
) -> bool:
    """`count > 0`, `!!row`, `row !== null` of a row read whose filter holds a person parameter and
    another one (`isStudioStaff(userId, studioId)` counting staff rows of both): the answer says whether
    that person is linked to that resource."""
    node = sx.strip_types(value)
    name: Node | None = None
    if node is not None and node.type == "binary_expression":
        op = sx.text(src, node.child_by_field_name("operator"))
        left = sx.strip_types(node.child_by_field_name("left"))
        right = sx.strip_types(node.child_by_field_name("right"))
        rv = sx.text(src, right)
        if (op == ">" and rv == "0") or (op == ">=" and rv == "1") or (op in ("!==", "!=") and rv in ("0", "null")):
            name = left
    elif (
        node is not None
        and node.type == "unary_expression"
        and sx.text(src, node.child_by_field_name("operator")) == "!"
    ):
        inner = sx.strip_types(node.child_by_field_name("argument"))
        if inner is not None and inner.type == "unary_expression":
            name = sx.strip_types(inner.child_by_field_name("argument"))  # `!!row`
    elif node is not None and node.type == "call_expression" and sx.callee_name(src, node) == "Boolean":
        args = sx.call_args(node)
        name = sx.strip_types(args[0]) if len(args) == 1 else None
    if name is None or name.type != "identifier":
        return False
    read = records.get(sx.text(src, name))
    if read is None:
        return False
    for o in ops:
        if o.call.start_byte != read.call.start_byte or o.kind != "read":
            continue
        uses = o.filter_uses if o.filter_uses is not None else o.param_uses
        person = {params[i] for i in uses if i < len(params) and _PERSON_PARAM.match(params[i])}
        # (and something else picks the rows: the resource's id, as handed in or parsed from it)
        others: set[str] = set()
        for a in o.args:
            others |= identifiers(src, a)
        if person and others - person - {sx.text(src, name)}:
            return True
        # (or a tenant parameter and a record id handed in, `ticketInOrg(orgId, ticketId)`: whether that
        # record lies in that tenant)
        picked = [params[i] for i in uses if i < len(params)]
        if any(_TENANT_PARAM.match(p) for p in picked) and any(
            _RECORD_ID_PARAM.search(p) and not _TENANT_PARAM.match(p) for p in picked
        ):
            return True
    return False


# a parameter naming the tenant a record is asked about (`orgId`, `organizationId`, `tenant_id`)
_TENANT_PARAM = re.compile(r"(?i)^(?:org|organi[sz]ation|tenant|workspace|team|company)_?id$")
# ... and the record's own id handed in (`ticketId`, `request_id`), not a slug or a name
_RECORD_ID_PARAM = re.compile(r"(?:[a-z]Id|_id)$")


def _absent_role_test(src: bytes, other: Node | None) -> bool:
    """``other``, what a role is compared with, is `null` or `undefined`: the test asks whether the caller holds
    any role there (a seat), not which one."""
    other = sx.strip_types(other)
    return other is not None and sx.text(src, other) in ("null", "undefined")


def _role_member(src: bytes, node: Node | None) -> bool:
    """`m.role`, `seat.role as Role`: a record's role field (not `plan`, an entitlement)."""
    node = sx.strip_types(node)
    if node is None or node.type != "member_expression":
        return False
    prop = sx.text(src, node.child_by_field_name("property"))
    return prop != "plan" and bool(_ROLE_PROPS.match(prop))


_ROLE_KEYS = frozenset({"role", "permission"})
# hashing a password to store it: `bcrypt.hash(password, 12)`, `argon2.hash(pw)`, `hashPassword(pw)`
_PASSWORD_HASHING = re.compile(r"^(?:(?:bcrypt|bcryptjs|argon2)\.hash(?:Sync)?|(?:\w+\.)?hash_?[Pp]assword)$")


# a table that holds a row only for the people given a role: `admins`, `harbour_masters`, `moderators`
# (not `members`/`staff`: a seat in a tenant, whose role is asked of the row)
_ROLE_TABLE_WORDS = frozenset(
    {"admin", "admins", "administrator", "administrators", "moderator", "moderators", "superuser", "superusers"}
)


def _role_table(op: DbOp) -> bool:
    """A read of a role's own table (`supabase.from("harbour_masters")...eq("user_id", user.id)`): found by
    the caller's id and then tested for presence, the lookup is a role check."""
    words = vocab.words(op.model or "")
    # (`master` only as a title's last word, `HarbourMaster`: a table named `master` alone is no role)
    return (
        op.kind == "read"
        and bool(words)
        and (words[-1] in _ROLE_TABLE_WORDS or (len(words) > 1 and words[-1] in ("master", "masters")))
    )


def _keyed_by_server_id(src: bytes, op: DbOp, client: set[str]) -> bool:
    """`prisma.team.findUnique({ where: { id: teamId, slug } })` with `teamId` not from the client: the
    row is the one the server's id names; a client value beside it (the URL's slug) only narrows it."""
    if op.api != "prisma" or op.verb not in ("findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow"):
        return False
    arg = sx.strip_types(op.args[0]) if op.args else None
    where = sx.strip_types(object_keys(src, arg).get("where")) if arg is not None and arg.type == "object" else None
    value = object_keys(src, where).get("id") if where is not None and where.type == "object" else None
    refs = identifiers(src, value, into_functions=True) if value is not None else set()
    return bool(refs) and not refs & client


def _unique_by_session_alone(src: bytes, op: DbOp, own: set[str]) -> bool:
    """`prisma.user.findUnique({ where: { id: session?.user?.id } })`: Prisma's unique lookups refuse a
    `where` whose unique fields are all undefined (a validation error, nothing read), unlike `findFirst`,
    which drops the condition and answers any row. Keyed by the session's values alone, the row exists
    only for a signed-in caller, so a test of it (`if (!user) return 401`) checks the sign-in."""
    if op.api != "prisma" or op.verb not in ("findUnique", "findUniqueOrThrow") or not op.args:
        return False
    where = sx.strip_types(object_keys(src, op.args[0]).get("where"))
    if where is None or where.type != "object" or not object_keys(src, where):
        return False
    # (any other value beside it, `email: body.email`, finds a row with no session at all)
    return identifiers(src, where, into_functions=True) <= own


def _role_required_filter(src: bytes, op: DbOp) -> bool:
    """A Prisma or Mongoose read whose filter requires the row's role to be one the code names: `where: {
    userId, role: "CASHIER" }`, `role: { in: ["CASHIER", "AUDITOR"] }`, `role: Role.ADMIN`. Found by the
    caller's own id and then tested for presence, the lookup is a role check (a role from a parameter or
    the client, `role: input.role`, is not the code's own)."""
    if op.kind != "read" or op.api not in ("prisma", "mongoose") or not op.args:
        return False
    arg = sx.strip_types(op.args[0])
    if arg is None or arg.type != "object":
        return False
    where = sx.strip_types(object_keys(src, arg).get("where")) if op.api == "prisma" else arg
    if where is None or where.type != "object":
        return False
    for key, value in object_keys(src, where).items():
        if key not in _ROLE_KEYS:
            continue
        v = sx.strip_types(value)
        if v is not None and v.type == "object":
            v = sx.strip_types(object_keys(src, v).get("in"))
            if v is None or v.type != "array" or not v.named_children:
                return False
            return all(_named_role_value(src, e) for e in v.named_children)
        return _named_role_value(src, v)
    return False


def _named_role_value(src: bytes, node: Node | None) -> bool:
    """A role the code names: a string (`"CASHIER"`) or an enum member (`Role.ADMIN`)."""
    node = sx.strip_types(node)
    if node is None:
        return False
    if node.type == "string":
        return True
    if node.type != "member_expression":
        return False
    obj = node.child_by_field_name("object")
    prop = sx.text(src, node.child_by_field_name("property"))
    return obj is not None and obj.type == "identifier" and sx.text(src, obj)[:1].isupper() and prop.isupper()


def _role_filter_params(src: bytes, ops: list[DbOp]) -> set[str]:
    """The names a Prisma read's filter requires the row's role to be among: `where: { userId, role:
    { in: roles } }` (or `role: role`)."""
    out: set[str] = set()
    for op in ops:
        if op.kind != "read" or op.api != "prisma" or len(op.args) != 1 or op.args[0].type != "object":
            continue
        where = sx.strip_types(object_keys(src, op.args[0]).get("where"))
        if where is None or where.type != "object":
            continue
        for key, value in object_keys(src, where).items():
            if key not in _ROLE_KEYS:
                continue
            v = sx.strip_types(value)
            if v is not None and v.type == "object":
                v = sx.strip_types(object_keys(src, v).get("in"))
            if v is not None and v.type == "identifier":
                out.add(sx.text(src, v))
    return out


# (a set, not `("await_expression", *sx.TRANSPARENT)`: mypyc cannot compile a starred tuple in a test)
_AWAITED_OR_TRANSPARENT = sx.TRANSPARENT | {"await_expression"}


def _consumed_after_check(src: bytes, fn: Node, events: list[Event], i: int) -> bool:
    """A read before the check (`const thread = await db.thread.findUnique(...)`) whose result only
    conditions test (`if (thread.channelId !== id) return 403`) until the check, and events past it
    use: nothing of it leaves before the caller is known."""
    ev = events[i]
    if ev.op is None or ev.op.kind != "read" or not any(e.state.auth is not None for e in events[i + 1 :]):
        return False
    decl = ev.node.parent
    while decl is not None and decl.type in _AWAITED_OR_TRANSPARENT:
        decl = decl.parent
    if decl is None or decl.type != "variable_declarator":
        return False
    derived = set(sx.pattern_names(src, decl.child_by_field_name("name")))
    for d in sx.find(fn, ("variable_declarator",)):  # (in source order: `const m = thread.messages[0]`)
        if identifiers(src, d.child_by_field_name("value"), into_functions=True) & derived:
            derived |= set(sx.pattern_names(src, d.child_by_field_name("name")))
    for e in events[i + 1 :]:
        if e.state.auth is not None or (e.kind == "db" and e.op is not None and e.op.kind == "read"):
            continue  # (a read keyed by it, `where: { id: message.channelId }`, is judged by its own result)
        where = e.value if e.kind in ("return", "respond") else e.node
        if identifiers(src, where, into_functions=True) & derived:
            return False
    return bool(derived)


def _pattern_keys(src: bytes, pattern: Node, keys: set[str]) -> set[str]:
    """The names an object pattern binds for ``keys``: `{ permissions }`, `{ permissions: perms }`."""
    out: set[str] = set()
    for child in pattern.named_children:
        if child.type == "shorthand_property_identifier_pattern" and sx.text(src, child) in keys:
            out.add(sx.text(src, child))
        elif child.type == "pair_pattern" and sx.text(src, child.child_by_field_name("key")) in keys:
            value = child.child_by_field_name("value")
            if value is not None and value.type == "identifier":
                out.add(sx.text(src, value))
    return out


def _asks_role(src: bytes, call: Node) -> bool:
    """Clerk's authorization question: `has({ permission: "org:x:manage" })`, `auth.protect({ role })`,
    or `auth.protect((has) => ...)`; a `Set`'s `has(value)` names no role or permission."""
    args = sx.call_args(call)
    first = sx.strip_types(args[0]) if args else None
    if first is None:
        return False
    if sx.is_function(first):
        return True
    return first.type == "object" and bool(_ROLE_KEYS & set(object_keys(src, first)))


def session_picks_nothing(az: Analyzer, mod: Module, call: Node, own: set[str]) -> set[str]:
    """The session values (of ``own``) handed to a project helper that only reads, by the other
    arguments: its filters use none of the parameters they bind (`findSeat(me.id, projectId)` whose
    filter ends up `eq(projectId)` alone), so the row it answers is not the caller's."""
    target = az.target(mod, call)
    if target is None or target.body is None:
        return set()
    if len(target.params) != len(target.param_nodes()):
        return set()  # (a destructured parameter: `filter_uses` counts the names it binds, not arguments)
    summary = az.summary(target)
    ops = summary.ops
    if not ops or summary.authenticates or summary.enforces_auth or summary.role:
        return set()
    if not all(op.kind == "read" and op.filter_uses is not None and not op.owner_checked for op in ops):
        return set()
    picked = {i for op in ops for i in op.filter_uses or ()}
    handed = {i: identifiers(mod.src, a) & own for i, a in enumerate(sx.call_args(call))}
    handed = {i: names for i, names in handed.items() if names}
    if not handed or not picked or picked & set(handed):
        return set()
    # (the parameter only mentioned inside the helper's own queries: a test of it after the read,
    # `if (!thread.participants.includes(userId)) return null`, is an ownership check of its own)
    queries = [op.chain for op in ops if op.api != "helper" and sx.contains(target.node, op.chain)]
    if len(queries) != len(ops):
        return set()
    tsrc = target.module.src
    for i in handed:
        if i >= len(target.params):
            return set()
        for n in sx.find(target.body, ("identifier",)):
            if sx.text(tsrc, n) == target.params[i] and not any(sx.contains(q, n) for q in queries):
                return set()
    return {n for names in handed.values() for n in names}


@dataclass
class _Cond:
    auth_neg: bool = False  # `!session` ...: the else/continuation is authenticated
    auth_pos: bool = False  # `session && ...`: the then-branch is authenticated
    role_neg: bool = False
    role_pos: bool = False
    role_both: bool = False  # `role === "admin"`: role_neg only so that an exit in the then-branch counts
    role_record: bool = False  # `role === "patient" && !lab.released`: one role's view of the loaded rows
    owner_neg: bool = False
    owner_pos: bool = False
    secret: bool = False
    secret_pos: bool = False  # `key === expected` (or a conjunct of it): the then-branch holds the secret
    held: set[str] = field(default_factory=set)  # wrapper parameters compared with the request (`_Walker.held`)
    validated: set[str] = field(default_factory=set)
    # `if (user.id !== userId) throw`: client values past the exit equal to the session's own
    pinned: set[str] = field(default_factory=set)


def _hands_error(src: bytes, call: Node) -> bool:
    """`next(new Error("Unauthorized"))`: a callback handed a new error object."""
    args = sx.call_args(call)
    arg = sx.unwrap(args[0]) if args else None
    return (
        arg is not None
        and arg.type == "new_expression"
        and sx.text(src, arg.child_by_field_name("constructor")).endswith("Error")
    )


def _catch_handler(src: bytes, args: Node, cb: Node) -> bool:
    """``cb`` is the handler of a `.catch(cb)` call (``args`` its argument list)."""
    call = args.parent
    fn = call.child_by_field_name("function") if call is not None and call.type == "call_expression" else None
    return (
        fn is not None
        and fn.type == "member_expression"
        and sx.text(src, fn.child_by_field_name("property")) == "catch"
        and args.named_children[:1] == [cb]
    )


def _negated(call: Node) -> bool:
    p = call.parent
    while p is not None and p.type in sx.TRANSPARENT:
        p = p.parent
    op = p.child_by_field_name("operator") if p is not None and p.type == "unary_expression" else None
    return op is not None and op.type == "!"


def _throws(fn: Function) -> bool:
    """The function's own body has a `throw`: as an assertion, it stops a caller that awaits it."""
    return fn.body is not None and any(True for _ in sx.find(fn.body, ("throw_statement",)))


def result_dropped(call: Node) -> bool:
    """`await ensureCanEdit(...);`: a statement of its own, awaited or not, its answer unread."""
    p = call.parent
    while p is not None and (p.type in sx.TRANSPARENT or p.type == "await_expression"):
        p = p.parent
    return p is not None and p.type == "expression_statement"


_HISTORY_TABLE = re.compile(r"(?i)(history|histories)$")
# a database function that records a sign-in or security event: `record_login_attempt`, `log_security_event`
_RPC_RECORD = re.compile(
    r"(?i)^(record|log|track|insert|add)_\w*(login|sign_?in|auth|security|access|session|activity|audit)\w*$"
)
_ACTOR_KEY = re.compile(r"(?i)^(user|actor|changed_?by|performed_?by|admin)(_?id)?$")
_WHERE_FROM_KEY = re.compile(r"(?i)^(ip(_?address)?|user_?agent)$")
# a log table (`Log`, `activity_logs`, `AdminLog`) and the field of its row saying what was done
# (`Blog`, `catalog` are no log: the camel-case head is case-sensitive)
_LOG_TABLE = re.compile(r"(?i:(^|_)logs?)$|[a-z]Logs?$")
_ACTION_KEY = re.compile(r"(?i)^(action|activity|event)(_?type)?$")
# a table kept for what staff or users did (`AdminAction`, `moderation_actions`, `UserActivity`): like a
# log table, its row naming the actor and the kind of action is the trail (`Transaction` is no such
# table: the camel-case head is case-sensitive and `transaction` has no separator before "action")
_ACT_TABLE = re.compile(r"(?i:(^|_)(actions?|activit(y|ies)))$|[a-z](Actions?|Activit(y|ies))$")
# (`{ user, type: "UPDATE", model: "ROLE" }`: a kind of change said of a named model is an action too)
_KIND_KEY = re.compile(r"(?i)^(type|kind|operation)$")
_SUBJECT_KEY = re.compile(r"(?i)^(model|entity|resource|target|subject)(_?(id|type|name))?$")
# a table kept for an account's security events (`account_events`, `SecurityEvent`): its row naming the
# user and the kind of event is the trail; `analytics_events`, page views and notifications are no such table
_ACCOUNT_EVENT_TABLE = re.compile(
    r"(?i:(^|_)(account|security|auth)_?events?)$|(^|[a-z])(Account|Security|Auth)Events?$"
)


def _change_record(src: bytes, op: DbOp) -> bool:
    """`db.insert(emailChangeHistory).values({ userId, oldEmail, newEmail, ipAddress })`: a row of a
    change-history table naming who changed what, from what to what (or from where) is an audit entry.
    So is a row of the app's activity log naming who acted and what they did (`Log.create({ user,
    action, date })`), or of a table of staff or user actions (`adminAction.create({ data: { actorId,
    actionType } })`): a mail or request log names no actor's action. And a row of the account's
    security-event table naming the user and the kind of event (`account_events`: `{ user_id, event_type }`)."""
    if _ACCOUNT_EVENT_TABLE.search(op.model or ""):
        # (`{ user_id, event_type: "PASSWORD_CHANGED" }`, `{ actor_id, type }`: the table says what kind of event)
        return any(
            any(_ACTOR_KEY.match(k) for k in keys) and any(_ACTION_KEY.match(k) or _KIND_KEY.match(k) for k in keys)
            for keys in (list(object_keys(src, data)) for data in op.data)
        )
    if _LOG_TABLE.search(op.model or "") or _ACT_TABLE.search(op.model or ""):
        return any(
            any(_ACTOR_KEY.match(k) for k in keys)
            and (
                any(_ACTION_KEY.match(k) for k in keys)
                or (any(_KIND_KEY.match(k) for k in keys) and any(_SUBJECT_KEY.match(k) for k in keys))
            )
            for keys in (list(object_keys(src, data)) for data in op.data)
        )
    if not _HISTORY_TABLE.search(op.model or ""):
        return False
    for data in op.data:
        keys = list(object_keys(src, data))
        if not any(_ACTOR_KEY.match(k) for k in keys):
            continue
        old_new = any(k.lower().startswith(("old", "previous")) for k in keys) and any(
            k.lower().startswith("new") for k in keys
        )
        if old_new or any(_WHERE_FROM_KEY.match(k) for k in keys):
            return True
    return False


def _erases(op: DbOp) -> bool:
    """A delete by the ORM method (`deleteMany`, `destroy`, `remove`): rows erased, no entry written."""
    return op.verb.lower().startswith(("delete", "destroy", "remove", "truncate"))


def _bare_statement(call: Node) -> bool:
    """The call is a statement of its own: `check(id);`, or `void check(id);` (`void` only tells the
    linter the Promise is dropped on purpose: the check still never takes effect)."""
    p = call.parent
    while p is not None and (p.type in sx.TRANSPARENT or (p.type == "unary_expression" and _voided(p))):
        p = p.parent
    return p is not None and p.type == "expression_statement"


def _caught_statement(src: bytes, call: Node) -> bool:
    """`check(id).catch(handler);` (also `.finally(...)`, `void`): the statement is the Promise's handler
    chain, which nobody awaits; `.then` hands the answer on (`_floating_then`)."""
    p = call.parent
    while p is not None and p.type in sx.TRANSPARENT:
        p = p.parent
    chained = False
    while p is not None and p.type == "member_expression":
        if sx.text(src, p.child_by_field_name("property")) not in ("catch", "finally"):
            return False
        outer = p.parent
        if outer is None or outer.type != "call_expression":
            return False
        chained = True
        p = outer.parent
        while p is not None and p.type in sx.TRANSPARENT:
            p = p.parent
    return chained and _bare_statement_node(p)


def _rejection_swallowed(src: bytes, call: Node) -> bool:
    """`await verifySession().catch(() => null)`: the helper's refusal (a thrown error, Next's
    `redirect()` among them) is turned into a value and the caller carries on, signed in or not. Only an
    inline callback that neither throws nor exits (`.catch((e) => { throw e })`, `.catch(() =>
    redirect("/login"))` still stop the caller; a named handler is not read)."""
    p = call.parent
    while p is not None and p.type in sx.TRANSPARENT:
        p = p.parent
    if p is None or p.type != "member_expression" or sx.text(src, p.child_by_field_name("property")) != "catch":
        return False
    outer = p.parent
    args = sx.call_args(outer) if outer is not None and outer.type == "call_expression" else []
    if len(args) != 1 or not sx.is_function(args[0]):
        return False
    body = sx.function_body(args[0])
    for n in sx.walk(body) if body is not None else ():
        if n.type == "throw_statement":
            return False
        if n.type == "call_expression" and sx.last_name(sx.callee_name(src, n)) in sx.EXIT_CALLS:
            return False
    return True


def _bare_statement_node(p: Node | None) -> bool:
    while p is not None and p.type == "unary_expression" and _voided(p):
        p = p.parent
    return p is not None and p.type == "expression_statement"


def _last_act(call: Node) -> bool:
    """The call's statement is the last of its function's body (`void prefetch(id)` closing it)."""
    p = call.parent
    while p is not None and p.type != "expression_statement":
        p = p.parent
    if p is None:
        return False
    block = p.parent
    if block is None or block.type != "statement_block" or block.parent is None or not sx.is_function(block.parent):
        return False
    rest = [c for c in block.named_children if c.type != "comment" and c.start_byte > p.start_byte]
    return not rest


def _voided(unary: Node) -> bool:
    op = unary.child_by_field_name("operator")
    return op is not None and op.type == "void"


def _host_part(src: bytes, node: Node | None) -> bool:
    """`url.hostname`, `new URL(endpoint).origin`, `normalized?.host`: where a URL points."""
    node = sx.strip_types(node)
    if node is None or node.type != "member_expression":
        return False
    return sx.text(src, node.child_by_field_name("property")) in ("origin", "host", "hostname")


def _in_ternary_test(call: Node) -> bool:
    child, p = call, call.parent
    while p is not None and (p.type in sx.TRANSPARENT or p.type == "unary_expression"):
        child, p = p, p.parent
    return p is not None and p.type == "ternary_expression" and p.child_by_field_name("condition") == child


def _short_circuited(call: Node, split: Collection[int] = ()) -> bool:
    """The call may be skipped: right of `??`/`||`/`&&`, or in a ternary branch
    (`providedUser ?? (await requireUser())` never checks when the caller passes a user). ``split``:
    the ternaries whose branches are walked each with a state of its own (`_Walker.value`), where
    what a branch's call establishes holds in that branch only."""
    child = call
    p = call.parent
    while p is not None and not sx.is_function(p) and not p.type.endswith("statement"):
        if p.type == "binary_expression" and p.child_by_field_name("right") == child:
            op = p.child_by_field_name("operator")
            if op is not None and op.type in ("??", "||", "&&"):
                return True
        if p.type == "ternary_expression" and p.child_by_field_name("condition") != child and p.id not in split:
            return True
        child, p = p, p.parent
    return False


def is_awaited_or_sync(w: _Walker, call: Node) -> bool:
    if is_awaited(call):
        return True
    target = w.az.target(w.mod, call)
    return target is not None and not w.az.summary(target).is_async


_AI_SDK_SPEC = re.compile(r"^(ai|@ai-sdk/[\w-]+)$")
_AI_IMPORT = re.compile(rb"""import\(\s*["'`](ai|@ai-sdk/[\w-]+)["'`]\s*\)""")


def _ai_sdk_member(src: bytes, call: Node) -> str | None:
    """The AI SDK function ``call`` runs through a module imported at run time (`(await import("ai"))
    .generateText`, or a local bound to `await import("ai")` in a function around it), else None."""
    fn = sx.strip_types(call.child_by_field_name("function"))
    if fn is None or fn.type != "member_expression":
        return None
    obj = sx.unwrap(fn.child_by_field_name("object"))
    if obj is not None and obj.type == "identifier":
        name = sx.text(src, obj)
        obj = None
        for scope in sx.ancestors(call):
            if scope.type not in sx.FUNCTION_TYPES:
                continue
            for d in sx.find(scope, ("variable_declarator",), into_functions=False):
                pattern = d.child_by_field_name("name")
                if pattern is not None and pattern.type == "identifier" and sx.text(src, pattern) == name:
                    obj = sx.unwrap(d.child_by_field_name("value"))
            if obj is not None:
                break
    if obj is None or obj.type != "call_expression":
        return None
    head = obj.child_by_field_name("function")
    args = sx.call_args(obj) if head is not None and head.type == "import" else []
    spec = sx.string_value(src, args[0]) if args else None
    return sx.text(src, fn.child_by_field_name("property")) if spec and _AI_SDK_SPEC.match(spec) else None


# Clerk's organisation role claim tested against a role's name (`orgRole !== "org:admin"`,
# `sessionClaims?.o?.rol === "admin"`, `["org:admin", "org:billing"].includes(orgRole ?? "")`)
_CLERK_ORG_ROLE_TEST = re.compile(
    r"""(?:\borg_?[rR]ole|\.o\??\.rol)\b\s*(?:\?\?\s*["']{2}\s*)?[!=]==?\s*["'`]([^"'`]*)"""
    r"""|\]\s*\.includes\(\s*(?:[\w?.]+\.)?org_?[rR]ole\b"""
)
# a role named for the platform's own staff (`"org:moorline_staff"`): the platform's role, over every tenant
_STAFF_ROLE_NAME = re.compile(r"(?i)(staff|super_?admin|super_?user|platform)")


def clerk_org_role_gate(az: Analyzer, fns: Iterable[Function], depth: int = 2) -> bool:
    """One of ``fns`` (an entry point, its wrappers and middlewares), or a helper it awaits (``depth``
    calls down), tests Clerk's organisation role claim against a role other than the platform's staff:
    a role in the caller's *active* organisation (pass 31 ruling, narrowed). It is rule 2's role check for
    rows that belong to no tenant (users, sessions) and rows kept to the caller's `orgId`, not for another
    tenant's row the client names; mass-assignment's role-gated policy does not take it."""
    seen: set[tuple[str, int]] = set()
    todo = [(fn, 0) for fn in fns]
    while todo:
        fn, level = todo.pop()
        if fn.key in seen:
            continue
        seen.add(fn.key)
        mod = fn.module
        if any(b.spec.startswith("@clerk/") for b in mod.imports.values()):
            # (the test as an `if`'s condition, as the walker credits it since pass 31; a flag worked out of
            # the claim, `isManager: orgRole === "org:admin"`, then tested, was a role check before)
            for stmt in sx.find(fn.node, ("if_statement",)):
                cond = sx.text(mod.src, stmt.child_by_field_name("condition"))
                for m in _CLERK_ORG_ROLE_TEST.finditer(cond):
                    if m.group(1) is None or (m.group(1) and not _STAFF_ROLE_NAME.search(m.group(1))):
                        return True
        # a flag a session helper works out from the caller's role in the active organisation, tested
        # (`if (!ui.canAccessAdmin) return`, `canAccessAdmin: superUser || orgRole === "admin"`): the same standing
        for stmt in sx.find(fn.node, ("if_statement",)):
            cond_node = stmt.child_by_field_name("condition")
            # (a flag's name is in the condition's text: most conditions hold none, and skip the search)
            if cond_node is None or not _FLAG_NAMED.search(mod.src, cond_node.start_byte, cond_node.end_byte):
                continue
            for read in sx.find(cond_node, ("member_expression",)):
                obj = sx.strip_types(read.child_by_field_name("object"))
                prop = sx.text(mod.src, read.child_by_field_name("property"))
                if obj is None or obj.type != "identifier" or not _FLAG_PREFIX.match(prop):
                    continue
                if _ROLE_PROPS.match(prop):
                    # (a flag named for the role, `isManager: orgRole === "org:admin"`, stays the role check it
                    # was read as before the ruling, as the labelled apps have it)
                    continue
                if helper_role_flag(az, mod, fn.node, sx.text(mod.src, obj), prop) == "tenant":
                    return True
        if level < depth:
            for call in sx.find(fn.node, ("call_expression",)):
                inner = az.target(mod, call)
                if inner is not None:
                    todo.append((inner, level + 1))
    return False


def clerk_org_role_gated(az: Analyzer, ep: EntryPoint) -> bool:
    """The entry point, a middleware it runs behind, a wrapper it is exported through (by a plain
    name) or a helper they await tests Clerk's organisation role claim (`clerk_org_role_gate`)."""
    fns = [ep.fn, *ep.middlewares]
    for callee in ep.wrappers:
        wrapper = az.program.resolve_function(ep.fn.module, callee) if "." not in callee else None
        if wrapper is not None:
            fns.append(wrapper)
    return clerk_org_role_gate(az, fns)


def _collection_named_by_caller(
    src: bytes, call: Node, helper_src: bytes, helper: Node, made: Node | None
) -> str | None:
    """`getCollection("groups")` of `function getCollection(name) { return db.collection(name) }`: the
    helper's handle names the collection its caller passes as a literal (a name the caller works out,
    a database tool's, names none)."""
    handle = sx.unwrap(made)
    args = sx.call_args(handle) if handle is not None and handle.type == "call_expression" else []
    if not args or args[0].type != "identifier":
        return None
    params = helper.child_by_field_name("parameters")
    if params is None or len(params.named_children) != len(sx.param_names(helper_src, helper)):
        return None  # (only plain positional parameters: a destructured one moves the positions)
    names = sx.param_names(helper_src, helper)
    name = sx.text(helper_src, args[0])
    passed = sx.call_args(call)
    if name not in names or names.index(name) >= len(passed):
        return None
    return sx.string_value(src, passed[names.index(name)])
