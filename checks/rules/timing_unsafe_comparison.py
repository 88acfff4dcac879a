r"""Secret compared with `===`.

## What it does
Flags `===`, `!==`, `==` and `!=` between a secret-like value (a name containing token,
secret, otp, passcode, pin, password, hash (`hashedKey` too), signature, apiKey, hmac or digest, or a key
named for checking callers with: `webhookVerifyKey`, `verificationKey`, `signingKey`) and
another non-literal value, in server-side code. Also inside a template literal:
`auth !== \`Bearer ${process.env.CRON_SECRET}\`` (also held in a local, and read off a settings object:
`const expected = \`Bearer ${serverEnv.CRON_SECRET}\``), a secret read by its setting name
(`getEnvVariable("CRON_SECRET")`), a token with its scheme cut off (`token.replace("Bearer ", "")`) and a
plainly named local holding a keyed digest (`const expected = encode(createHmac("sha256", key).update(body).digest())`).
A secret-named parameter parsed into a plain local (`const given = z.string().parse(otp)`) and compared
with a value the endpoint looked up (`stored.code !== given`) is the secret too.
A key the process keeps for its own start-up call (`key !== globalThis.bootKey`) is a configured key
(not a cache or public one). A secret answered by a getter named for it
(`cookie.value === maintenanceBypassSecret()`) is the secret;
so is the code a one-time-code generator works out from a secret it is handed (`totpNow(me.totpSecret) !== code`,
`authenticator.generate(secret)`; not a check's yes/no answer, `verifyTotp(secret, code)`), and an HMAC a helper
named for it keys with a secret (`hmacHex(process.env.UNSUBSCRIBE_SECRET!, id)`), also held in a plain local
(`const expected = authenticator.generate(user?.totpSecret ?? "")`, then `code !== expected`);
the hash of a document's text shown to the caller (`resolutionHash`, `termsHash`) is a content hash, but a
keyed digest named like the field it checks (`const hash = createHmac(...).digest("hex"); if (hash !== data.hash)`)
is not.

## Why is this bad?
String equality stops at the first differing character, so response times leak how
much of a guess was right; an attacker can recover a webhook secret or token one
character at a time (CWE-208).

## Example
```ts
export async function POST(req: Request) {
  const signature = req.headers.get("x-signature");
  if (signature !== process.env.WEBHOOK_SECRET) {
    return new Response("unauthorized", { status: 401 });
  }
  return new Response("ok");
}
```

## Use instead
```ts
import { timingSafeEqual } from "node:crypto";

export async function POST(req: Request) {
  const signature = req.headers.get("x-signature") ?? "";
  const secret = process.env.WEBHOOK_SECRET ?? "";
  const a = Buffer.from(signature);
  const b = Buffer.from(secret);
  if (!secret || a.length !== b.length || !timingSafeEqual(a, b)) {
    return new Response("unauthorized", { status: 401 });
  }
  return new Response("ok");
}
```

## Not flagged
Comparisons with `null`, `undefined`, `""` or any string or number literal, `typeof`
checks, `.length` comparisons, `bcrypt.compare`/`argon2.verify`,
`crypto.timingSafeEqual` and project helpers around it, lookups of a hashed token in
the database, constants bound to literals and enum members (`ActionType.DIGEST`),
two fields of the one submission a schema refinement checks (`.refine((d) => d.password === d.CPassword)`,
`.superRefine`, yup `.test`; a field compared there with a server secret is still flagged), two arguments of
a server action (`createUser(name, password, PWCheck)` comparing `password !== PWCheck`: the caller sends both),
a user id read off a token (`tokenUser === otherUser`),
two copies of the same kind of value (`password === confirmPassword`, `repeatedPassword`,
`newAccessToken !== accessToken`, content-hash de-duplication; not a confirmation link's token kept on a row,
`sub.confirmToken !== token`), URL `.hash` fragments,
joins of two collections inside iteration callbacks (`codes.some((dc) => dc.code === coupon.token)`;
a caller's password or PIN matched inside `.find` is still flagged), de-duplication before an append
(`hashes.filter((h) => h !== hash)` and then `hashes.push(hash)`, or `[hash, ...xs.filter(...)]`: the
list holds the value either way, so nothing is decided), placeholders built from literal
text and counters (`__LINK_TOKEN_${n}__`), unkeyed digests of ids compared with a parameter (a lookup
key anyone can compute), an unkeyed digest of the request body (`claim.body_sha256 !== sha256Hex(rawBody)`:
an integrity check of what the caller sent; a digest of a presented code or token is still flagged), a
`hash` bound only to calls named for a content hash (`hash: computeEntityContentHash(entity)`), memo
checks of a derived-key cache (`cachedKey.secret === signingSecret` where
the function derives a key from `signingSecret` and stores it with it; a cache keyed by a caller's token
is still flagged), members of enums (a TS `enum`, an object of string literals, a Prisma client enum
`FieldType.FREE_SIGNATURE`, a library's `AST_NODE_TYPES.TSPropertySignature`; an object holding
`process.env` values is still a secret), constants bound to literals in the monorepo's own workspace
packages (`secretKey === BEDROCK_USE_DEFAULT_CREDENTIALS`), yes/no flags and counters named like secrets
(`hasPassword !== hasEmail`; `secret` declared `boolean` or only given `true`/`false` in the file;
`interactionToken: number`; a number-typed OTP or PIN is still flagged), grouping keys (names joined or
`JSON.stringify`-ed, with no secret among them), code inside React components and hooks (functions
calling `useState`/`useEffect`/`useRef`...), positions and counts named after a secret (`tokenIndex`,
`secretOffset`), hashes named after the content they fingerprint (`policyHash`, `fileHash`, a generated summary's
`summaryHash` a cache is keyed by; a bare
`hash`, `bodyHash` or `passwordHash` is still flagged, and so is a digest that mixes in a nonce or a
secret, `stateHash` of an OAuth state and its stored nonce), segments of a split URL or path
(`pathname.split("/").every((token, i) => token === pattern[i])`; pieces of a split header are still
flagged), `"use client"` files, modules imported only by client
modules (a form helper with no directive whose every importer, tests aside, is a `"use client"` file
or such a module in turn; needs the whole tree, so the GitHub App, which fetches files on demand,
still reports them), and tests, mocks and scripts. Also not flagged: comparisons where neither side is
a credential a caller presents or a stored secret: two settings of the server
(`process.env.PRIMARY_TOKEN == process.env.STAGING_TOKEN`, also through locals, module constants and
argument-less getters that return `process.env` reads), hashes named after content with other qualifiers
(`provenanceSnapshotHash`, `actualSourceHash`), schema versions, registries and fingerprints
(`secretProvenanceVersion`, `secretFingerprint`), two records of one shape compared field by field
(`prev.sha === next.sha && prev.checkSignature === next.checkSignature`; a record of the request,
`req.cookies.token`, is still a check), one record left out of a list of its kind by the same field
(`configs.filter((c) => c.apiSecret !== chosen.apiSecret)`; a `find` of the match, or `body.apiSecret`, is still
a check), a cache key made of a file's `stat` time and size (`${info.mtimeMs}:${info.size}`), entries of two maps
keyed alike
(`for (const [id, signature] of next) if (previous.get(id) !== signature)`), a rotated copy of a stored
value compared to keep or note it (`if (result.refreshToken && result.refreshToken !== refreshToken)
{ save it }`: same name on both sides, `!==`, and the branch neither returns nor throws; the caller's
`inv.token !== input.token` that rejects is still flagged), an answer stored as a change
(`secretChanged = stored !== incoming`), a parameter's name (`paramId !== hostedApiKeyParam`) and a
yes/no answer compared with another (`allowsApiKey !== (policy.apiKey === "allow")`).
Still flagged: a digest compared with a stored or
passed-in one to detect a change (an upload manifest's `signature`, a plan fingerprint `previewToken`,
a hash chain): the names say secret, and whether the digested data is secret is not in the code; unless an
entry point of the same file hands that very value to its caller (a preview answering `previewToken:
state.previewToken`, where `state = await buildState(input)` sets it to an unkeyed digest,
`createHash("sha256").update(JSON.stringify(plan))`, also through a helper of the file, with no key, nonce,
random value or clock in it, and the confirming action compares `state.previewToken !== input.previewToken`
of the same function): whoever may ask for the preview gets it, so it is an ETag, not a secret (a keyed or
random token, or a digest no entry point hands out, is still flagged).

## Fix
Warden rewrites the comparison into `crypto.timingSafeEqual` behind a type and length
guard and adds the import (or reuses a `crypto` import). An operand that calls something
(`req.headers.get("x-signature")`) is moved into a `const` just above the `if` whose whole
condition is the comparison, which keeps what runs and its order; inside `&&`/`||`, an
`else if` or any other expression no fix is offered.

## References
- https://cwe.mitre.org/data/definitions/208.html
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tree_sitter import Node

from checks.analysis import guards
from checks.analysis import syntax as sx
from checks.analysis.module import Module
from checks.analysis.vocabulary import is_secret_name, words
from checks.context import FileContext
from checks.fixes import timing_safe_fix
from checks.model import Confidence, Finding, RuleMeta, Severity

META = RuleMeta(
    id="timing-unsafe-comparison",
    title="Secret compared with a timing-unsafe operator",
    severity=Severity.WARNING,
    confidence=Confidence.MEDIUM,
    cwe=(208,),
    owasp=("A02:2021",),
    messages={"compare": "`{secret}` is compared with `{op}`, which leaks timing; use `crypto.timingSafeEqual`"},
    help="Compare secrets with `crypto.timingSafeEqual` on equal-length buffers (or compare hashes in the database).",
    abuse="An attacker measures response times to guess the secret one character at a time.",
    references=("https://cwe.mitre.org/data/definitions/208.html",),
)
_OPS = frozenset({"===", "!==", "==", "!="})
_LITERALS = frozenset({"string", "number", "null", "undefined", "true", "false", "regex"})
_HASH_PREFIXES = ("crypto", "bcrypt", "argon", "hash", "sha", "md5")


# what a one-time code is for, in the name of the field keeping it (`confirmation_code`, `verifyCode`)
_CODE_KINDS = frozenset({"confirmation", "verification", "verify", "login", "signin", "reset", "access"})


def _name_of(src: bytes, node: Node) -> str | None:
    """The identifying name of a compared value, or None when it is not a plain reference."""
    node = sx.strip_types(node) or node
    t = node.type
    if t == "identifier":
        return sx.text(src, node)
    if t == "member_expression":
        prop = sx.text(src, node.child_by_field_name("property"))
        ws = words(prop)
        if prop in ("code", "value") or (len(ws) == 2 and ws[-1] == "code" and ws[0] in _CODE_KINDS):
            # (`token.confirmation_code`: the one-time code a sign-in token row keeps)
            obj = sx.strip_types(node.child_by_field_name("object"))
            parent_name = _name_of(src, obj) if obj is not None else None
            if parent_name and is_secret_name(parent_name):
                return parent_name
        return prop
    if t == "call_expression":  # req.headers.get("x-hub-signature-256")
        callee = sx.callee_name(src, node)
        if callee.endswith(("headers.get", "get")):
            args = sx.call_args(node)
            value = sx.string_value(src, args[0]) if args else None
            return value.replace("-", "_") if value else None
        return _call_name(src, node, callee)
    if t == "template_string":
        for sub in node.children:
            if sub.type == "template_substitution" and sub.named_children:
                inner = sx.strip_types(sub.named_children[0]) or sub.named_children[0]
                fallback = inner.child_by_field_name("operator") if inner.type == "binary_expression" else None
                if fallback is not None and fallback.type in ("??", "||"):
                    inner = inner.child_by_field_name("left") or inner  # `${env.CRON_SECRET || ""}`
                name = _name_of(src, inner)
                if name and is_secret_name(name):
                    return name
        return None
    if t == "subscript_expression":  # req.headers["x-signature"]: a Pages Router header, named as `get` names it
        obj = sx.strip_types(node.child_by_field_name("object"))
        value = sx.string_value(src, node.child_by_field_name("index"))
        if obj is not None and value and sx.last_name(sx.dotted(src, obj)) == "headers":
            return value.replace("-", "_")
        return None
    return None


# Calls that read a setting by its name (`getEnvVariable("CRON_SECRET")`, `config.require("X")`).
_SETTING_READ = re.compile(r"(?i)env|secret|config|setting|credential|^(get|read|require|load)[A-Z_]")
# String steps that keep the value they are called on (`token.replace("Bearer ", "")`, `.trim()`).
_STRING_STEPS = frozenset(
    {"replace", "replaceAll", "trim", "trimStart", "trimEnd", "slice", "substring", "substr", "toString"}
)


def _call_name(src: bytes, node: Node, callee: str) -> str | None:
    """The name a call's answer goes by: the setting a settings read names in its first argument,
    or the value a string step (`token.replace("Bearer ", "")`) trims."""
    last = sx.last_name(callee)
    args = sx.call_args(node)
    if args and _SETTING_READ.search(last):
        value = sx.string_value(src, args[0])
        if value:
            return value.replace("-", "_")
    fn = sx.strip_types(node.child_by_field_name("function"))
    if last in _STRING_STEPS and fn is not None and fn.type == "member_expression":
        obj = sx.strip_types(fn.child_by_field_name("object"))
        return _name_of(src, obj) if obj is not None else None
    if not args and not _PREDICATE.match(last) and is_secret_name(last):
        return last  # `maintenanceBypassSecret()`: a getter named for the secret it answers
    return _worked_out_from_secret(src, node, callee)


def _worked_out_from_secret(src: bytes, node: Node, callee: str) -> str | None:
    """The secret a call works its answer out from: the code a one-time-code generator computes from the
    secret handed in (`totpNow(me.totpSecret)`), or an HMAC a helper named for it keys with a secret
    (`hmacHex(process.env.UNSUBSCRIBE_SECRET!, id)`); not a check answering yes or no (`verifyTotp`)."""
    last = sx.last_name(callee)
    args = sx.call_args(node)
    if not args or set(words(last)) & _CHECK_VERBS:
        return None
    args = [_fallback_left(a) for a in args]  # (`generate(user?.totpSecret ?? "")`: the secret, when there is one)
    if set(words(callee)) & _CODE_GENERATORS:
        # `totpNow(me.totpSecret)`: the code due now, worked out from the secret handed in
        for arg in args:
            name = _name_of(src, arg)
            if name and is_secret_name(name):
                return name
    if "hmac" in words(last):
        # `hmacHex(process.env.UNSUBSCRIBE_SECRET!, id)`: a keyed digest, the key a secret setting
        for arg in args:
            name = _name_of(src, arg)
            if (name and is_secret_name(name)) or _key_from_env_or_header(src, arg):
                return last
    return None


# What computes a one-time code from a shared secret (`totpNow(secret)`, `generateTOTP(key)`, otplib's
# `authenticator.generate(secret)`): its answer is the code the user must match
_CODE_GENERATORS = frozenset({"totp", "hotp", "otp", "authenticator"})
# ... not a check that answers yes or no (`verifyTotp(secret, code)`)
_CHECK_VERBS = frozenset({"verify", "check", "validate", "is", "has", "matches", "compare"})


# a question about a secret (`hasWebhookSecret()`), not the secret
_PREDICATE = re.compile(r"^(is|has|can|should|needs?|uses?)[A-Z_]")


def _is_literalish(src: bytes, node: Node) -> bool:
    node = sx.strip_types(node) or node
    if node.type in _LITERALS:
        return True
    if node.type == "template_string":
        return not any(c.type == "template_substitution" for c in node.children)
    if node.type == "unary_expression":  # typeof x, -1
        return True
    if node.type == "binary_expression":  # `(policy.apiKey === "allow")`: a yes/no answer
        return sx.text(src, node.child_by_field_name("operator")) in _OPS
    if node.type == "member_expression":
        prop = sx.text(src, node.child_by_field_name("property"))
        return prop in ("length", "size") or sx.text(src, node).startswith(("undefined",))
    if node.type == "identifier":
        return sx.text(src, node) in ("undefined", "NaN")
    return False


_CONST_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")
_PASCAL = re.compile(r"^[A-Z][A-Za-z0-9]*$")
# Objects whose UPPER_CASE members are configuration values (secrets), not enum members.
_CONFIG_OBJECTS = re.compile(r"(?i)env|config|secret|setting|option|credential")
# One side is another copy of the same kind of value, not a server secret checked against input:
# `password === confirmPassword`, `previousToken !== token`, `#cachedApiToken === accessToken`.
_SAME_KIND_WORDS = frozenset(
    {
        "confirm",
        "confirmation",
        "confirmed",
        "repeat",
        "repeated",
        "retype",
        "retyped",
        "new",
        "old",
        "previous",
        "prev",
        "cached",
        "last",
        "draft",
    }
)
_CONFIRM_WORDS = frozenset({"confirm", "confirmation", "confirmed"})
# `url.hash === destination.hash`: a URL fragment
_URLISH = re.compile(r"(?i)(url|location|href|destination|target|link|uri)$")
# Not server request handling: tests, mocks, fixtures, build and debug scripts.
_NOT_SERVER_CODE = re.compile(
    r"(^|/)(__tests__|__mocks__|tests?|e2e|fixtures|scripts)/|\.(test|spec|stories)\.[cm]?[jt]sx?$"
)


def _constant_like(ctx: FileContext, node: Node) -> bool:
    """An enum member (`ActionType.DIGEST`, `FieldType.FREE_SIGNATURE`, `ts.SyntaxKind.EqualsToken`)
    or an UPPER_CASE constant bound to a literal (`PIN_TOKEN_PURPOSE = "pin"`, also imported from
    another file or a workspace package of the monorepo)."""
    src = ctx.src
    node = sx.strip_types(node) or node
    if node.type == "member_expression":
        obj = sx.strip_types(node.child_by_field_name("object"))
        prop = sx.text(src, node.child_by_field_name("property"))
        obj_name = sx.text(src, obj).rsplit(".", 1)[-1] if obj is not None else ""
        if obj is not None and obj.type == "identifier" and _CONST_MEMBER.match(prop):
            enum = _enum_like(ctx, obj_name, prop)
            if enum is not None:
                return enum
        return bool(_PASCAL.match(obj_name)) and bool(_PASCAL.match(prop)) and not _CONFIG_OBJECTS.search(obj_name)
    if node.type == "identifier" and _CONST_NAME.match(sx.text(src, node)):
        found = ctx.analyzer.program.resolve_value(ctx.module, sx.text(src, node), packages=True)
        return found is not None and _literal(found[1])
    return False


def _literal(node: Node | None) -> bool:
    value = sx.strip_types(node)
    return value is not None and (
        value.type in ("string", "number")
        or (value.type == "template_string" and not any(c.type == "template_substitution" for c in value.children))
    )


# A member name shaped like an enum member: `SIGNATURE`, `FREE_SIGNATURE`, `TSPropertySignature`.
_CONST_MEMBER = re.compile(r"^[A-Z][A-Za-z0-9_]*$")
# Generated database clients export their enums as constants (`import { FieldType } from "@prisma/client"`).
_FREEZE = ("Object.freeze",)
_PRISMA_CLIENT = re.compile(r"(^|[/@.])prisma(/|$)|prisma/client")


def _enum_like(ctx: FileContext, obj_name: str, prop: str) -> bool | None:
    """Is `obj_name.prop` a member of an enum? True: a TS `enum`, an object of literals (`{ A: "a" }
    as const`, `Object.freeze({...})`) or a Prisma client import; False: the name is declared and
    is something else (`Secrets = { X: process.env.X }`); None: nothing known (a local value)."""
    binding = ctx.module.imports.get(obj_name)
    if binding is not None and _PRISMA_CLIENT.search(binding.spec) and _PASCAL.match(obj_name):
        return True
    found = ctx.analyzer.program.resolve_value(ctx.module, obj_name, packages=True)
    if found is not None:
        value = sx.strip_types(found[1])
        if value is not None and value.type == "call_expression" and sx.callee_name(found[0].src, value) in _FREEZE:
            args = sx.call_args(value)
            value = sx.strip_types(args[0]) if args else None
        if value is None:
            return False
        if value.type == "enum_declaration":
            return True
        if value.type == "object":
            pairs = [c for c in value.named_children if c.type != "comment"]
            return bool(pairs) and all(c.type == "pair" and _literal(c.child_by_field_name("value")) for c in pairs)
        return None  # something else (`z.enum([...]).enum`, `createEnv(...)`): judged by its shape
    if binding is not None and not _CONFIG_OBJECTS.search(obj_name):
        # an enum of a library we cannot read (`AST_NODE_TYPES.TSPropertySignature`)
        resolvable = ctx.analyzer.program.imported_module(ctx.module, binding.spec, packages=True) is not None
        return not resolvable and bool(_PASCAL.match(obj_name) or _CONST_NAME.match(obj_name))
    return None


_CONST_METADATA = frozenset({"code", "purpose", "type", "kind", "error", "prefix", "header", "name", "message"})


# what a hash computed in the function digests when it is a credential's: `createHash(alg).update(pin)`
_CREDENTIAL_WORDS = frozenset({"pin", "password", "passcode", "otp", "code", "token", "secret"})


def _digests_a_credential(src: bytes, *sides: Node) -> bool:
    """`row.pinHash === pinHash` where `const pinHash = createHash("sha256").update(pin).digest("hex")`: one
    side hashes, in this function, a value named as a credential: the stored hash of a secret, matched
    against the caller's (an unkeyed hash of a short PIN leaks its prefix), not two hashes of content."""
    fn = sx.enclosing_function(sides[0])
    for side in sides:
        plain = sx.strip_types(side)
        origin = guards.compared_origin(src, side, fn)
        if origin is None or plain is None or origin.id == plain.id:
            continue
        if set(words(_name_of(src, origin) or "")) & _CREDENTIAL_WORDS:
            return True
    return False


# what a person types, and a sign-up form asks for twice (`password` / `password2`, `pin1` / `pin2`)
_TYPED_CREDENTIALS = frozenset({"password", "passwd", "pass", "pin", "passcode", "passphrase"})
_NUMBERED = re.compile(r"^(.*?)_?(\d+)$")


def _typed_twice(lname: str, rname: str) -> bool:
    """`password !== password2`: two numbered copies of one typed field, the confirmation box of a form
    (not a computed value such as `hash1 === hash2`, which may be a digest checked against input)."""
    if not lname or not rname or lname == rname:
        return False
    stems = []
    for name in (lname, rname):
        m = _NUMBERED.match(name)
        stems.append(m.group(1) if m else name)
    last = words(stems[0])[-1:]
    return stems[0] == stems[1] and bool(last) and last[0] in _TYPED_CREDENTIALS


def _same_kind(src: bytes, left: Node, right: Node) -> bool:
    lname, rname = _name_of(src, left) or "", _name_of(src, right) or ""
    if lname == rname and "hash" in words(lname) and not _digests_a_credential(src, left, right):
        return True  # `existing.hash === e.hash`: dedupe by content hash
    for name in (lname, rname):  # `err.code === PASSWORD_COMPROMISED_ERROR_CODE`: a constant's metadata
        if _CONST_NAME.match(name) and words(name)[-1:] and words(name)[-1] in _CONST_METADATA:
            return True
    if _typed_twice(lname, rname):
        return True
    for side in (left, right):
        name = _name_of(src, side) or ""
        ws = words(name.lstrip("#"))
        same = set(ws) & _SAME_KIND_WORDS
        if ws[-1:] in (["token"], ["code"]):
            # (`confirmToken`, `confirmationCode`: the one-time secret a confirmation link carries, not a
            # retyped copy of a field as `confirmPassword` is)
            same -= _CONFIRM_WORDS
        if same:
            return True
        side = sx.strip_types(side) or side
        if side.type == "member_expression" and sx.text(src, side.child_by_field_name("property")) == "hash":
            obj = sx.text(src, side.child_by_field_name("object"))
            if _URLISH.search(obj):
                return True
    return False


def _key_from_env_or_header(src: bytes, node: Node) -> bool:
    """`process.env.ADMIN_EXPORT_KEY` / `headers.get("x-admin-key")` / `globalThis.bootKey`: a configured or presented
    key is a credential even though "key" alone (`item.key`) is not a secret-like word."""
    node = sx.strip_types(node) or node
    name = _name_of(src, node)
    ws = words(name) if name else []
    if not ws or ws[-1] != "key" or {"public", "publishable", "cache", "idempotency", "storage"} & set(ws):
        return False
    if node.type == "member_expression":
        obj = node.child_by_field_name("object")
        # (`globalThis.bootKey`: a key the process keeps for its own start-up call, as configured)
        return obj is not None and sx.text(src, obj) in ("process.env", "globalThis", "global")
    return node.type in ("call_expression", "subscript_expression")  # (`req.headers["x-admin-key"]` too)


# What a secret-like word is qualified into: its kind, size, time, or where it sits in a list
# (`tokenIndex = tokens.findIndex(...)`), not the secret itself.
_NOT_SECRET_ENDINGS = (
    *("type", "length", "count", "expires", "expiry", "at", "id", "ids", "name", "url", "kind"),
    # the person a token or key belongs to (`tokenUser`: a user id read off a token)
    *("user", "users"),
    *("index", "idx", "position", "offset"),
    # a schema version, an in-memory registry object, a fingerprint a cache or record is keyed by
    *("version", "registry", "fingerprint", "fingerprints"),
)
# Things whose hash is a fingerprint of stored or generated content, not of a credential: `policyHash`,
# `fileHash`, `contentHash` (a `bodyHash`, `payloadHash` or bare `hash` may be a webhook HMAC: flagged).
_CONTENT_NOUNS = frozenset(
    {
        *("content", "file", "policy", "policies", "image", "blob", "commit", "block", "asset", "object"),
        *("config", "schema", "document", "doc", "page", "chunk", "media", "video", "row", "record"),
        *("state", "snapshot", "template", "version", "build", "bundle", "module", "query", "cache"),
        "source",
        # a version control commit's hash (`gitHash`, `gitRevisionHash`): a public identifier of a commit
        *("git", "revision", "rev"),
        # the text of a document shown to the caller (a motion, a resolution, terms), hashed to tell
        # whether it changed since the page was loaded
        *("text", "resolution", "motion", "terms", "agreement", "contract"),
        # a post's public words, hashed to reuse what was made from them (`captionHash` of a stored analysis)
        *("caption", "title", "description", "prompt"),
        # a generated summary or report, kept with the digest of what it was made from (a cache key)
        *("summary", "report"),
    }
)
# Qualifiers that make a hash a request's or a credential's, whatever content noun precedes it.
_MESSAGE_WORDS = frozenset({"body", "payload", "request", "message", "webhook", "raw"})


def _content_hash(name: str | None) -> bool:
    """`policyHash`, `provenanceSnapshotHash`: the hash of some content, named by what was hashed
    (the word before `hash`), with no secret or request word among its qualifiers."""
    ws = words(name) if name else []
    if len(ws) < 2 or ws[-1] != "hash" or ws[-2] not in _CONTENT_NOUNS:
        return False
    return not any(is_secret_name(w) or w in _MESSAGE_WORDS for w in ws[:-1])


def _secret_side(src: bytes, left: Node, right: Node) -> tuple[str, Node] | None:
    for side, other in ((left, right), (right, left)):
        name = _name_of(src, side)
        if name and _key_from_env_or_header(src, side):
            if _is_literalish(src, other):
                return None
            return (name, side)
        if name and is_secret_name(name) and not name.lower().endswith(_NOT_SECRET_ENDINGS):
            if _is_literalish(src, other):
                return None
            return (name, side)
    return None


def _interpolates_a_setting(ctx: FileContext, template: Node) -> bool:
    """A template interpolating a setting: `process.env.X`, or a member of an object named for settings
    (`serverEnv.CRON_SECRET` of `const serverEnv = getServerEnv()`, `config.HOOK_SECRET`)."""
    for sub in template.named_children:
        held = sub.type == "template_substitution" and sub.named_children
        inner = sx.strip_types(sub.named_children[0]) if held else None
        for member in sx.find(inner, ("member_expression",)) if inner is not None else ():
            obj = member.child_by_field_name("object")
            if obj is not None and (ctx.text(obj) == "process.env" or _CONFIG_OBJECTS.search(ctx.text(obj))):
                return True
    return False


def _env_secret_local(ctx: FileContext, left: Node, right: Node) -> tuple[str, Node] | None:
    """`received !== expected` after `const expected = process.env.HOOK_SECRET`: a local plainly
    named, holding a secret read from the environment by its name, compared with another value."""
    src = ctx.src
    for side, other, bound in _bound_sides(ctx, left, right):
        value = sx.strip_types(bound[1]) if bound is not None else None
        op = value.child_by_field_name("operator") if value is not None and value.type == "binary_expression" else None
        if value is not None and op is not None and op.type in ("??", "||"):
            value = sx.strip_types(value.child_by_field_name("left"))  # `process.env.X ?? ""`
        if value is not None and value.type == "template_string" and bound is not None:
            # `const expected = `Bearer ${process.env.CRON_SECRET}``: the header a cron job presents
            env_name = _name_of(src, value)
            if env_name and _interpolates_a_setting(ctx, value) and not _is_literalish(src, other):
                return (env_name, side)
            continue
        if value is None or value.type != "member_expression":
            continue
        obj = value.child_by_field_name("object")
        env_name = _name_of(src, value)
        if obj is None or ctx.text(obj) != "process.env" or not env_name:
            continue
        if not (is_secret_name(env_name) or _key_from_env_or_header(src, value)):
            continue
        if _is_literalish(src, other):
            return None
        return (env_name, side)
    return None


def _keyed_digest_local(ctx: FileContext, left: Node, right: Node) -> tuple[str, Node] | None:
    """`tail !== wanted` after `const wanted = encode(createHmac("sha256", key).update(head).digest())`: a
    local plainly named, holding a keyed digest (a signature the server computes) compared with another
    value. An unkeyed `createHash` digest is a fingerprint anyone can compute, not this."""
    for side, other in ((left, right), (right, left)):
        s = sx.strip_types(side)
        if s is None or s.type != "identifier":
            continue
        bound = _binding(ctx, s)
        value = bound[1] if bound is not None else None
        if value is None or ctx.src.find(b"createHmac", value.start_byte, value.end_byte) == -1:
            continue
        keyed = any(
            sx.last_name(sx.callee_name(ctx.src, c)) == "createHmac"
            and any(
                sx.last_name(sx.callee_name(ctx.src, d)) == "digest"
                for d in sx.find(value, ("call_expression",))
                if sx.contains(d, c)
            )
            for c in sx.find(value, ("call_expression",))
        )
        if not keyed or _is_literalish(ctx.src, other):
            continue
        return (ctx.text(s), side)
    return None


def _fallback_left(node: Node) -> Node:
    """`secret ?? ""`, `secret || ""`: the value the fallback stands in for."""
    inner = sx.strip_types(node) or node
    op = inner.child_by_field_name("operator") if inner.type == "binary_expression" else None
    left = inner.child_by_field_name("left") if op is not None and op.type in ("??", "||") else None
    return left if left is not None else node


def _worked_out_local(ctx: FileContext, left: Node, right: Node) -> tuple[str, Node] | None:
    """`code !== expected` after `const expected = authenticator.generate(user.totpSecret)` (or `hmacHex(
    process.env.X_SECRET!, id)`): a plainly named local holding what `_worked_out_from_secret` computes from a
    secret is that secret's code, as the call compared in place is."""
    for side, other in ((left, right), (right, left)):
        s = sx.strip_types(side)
        if s is None or s.type != "identifier":
            continue
        bound = _binding(ctx, s)
        value = sx.unwrap(bound[1]) if bound is not None else None
        if value is None or value.type != "call_expression" or _is_literalish(ctx.src, other):
            continue
        if _worked_out_from_secret(ctx.src, value, sx.callee_name(ctx.src, value)):
            return (ctx.text(s), side)
    return None


# What hands a value on unchanged in kind: a schema's parse, a string conversion
_PASS_THROUGH = frozenset({"parse", "parseAsync", "String"})


def _aliased_input_secret(ctx: FileContext, left: Node, right: Node) -> tuple[str, Node] | None:
    """`stored.code !== given` after `const given = z.string().parse(otp)`, `otp` a parameter: the caller's
    secret-named input under a plain local, compared with a value the endpoint read (a local holding an
    awaited lookup, `const stored = await redis.get(key)`). Two inputs of the same caller compared with
    each other (a password and its confirmation) are no check of a secret and are left alone."""
    for side, other, bound in _bound_sides(ctx, left, right):
        value = sx.strip_types(bound[1]) if bound is not None else None
        if bound is None or value is None:
            continue
        if value.type == "call_expression" and sx.last_name(sx.callee_name(ctx.src, value)) in _PASS_THROUGH:
            args = sx.call_args(value)
            value = sx.strip_types(args[0]) if len(args) == 1 else None
        if value is None or value.type != "identifier":
            continue
        name = ctx.text(value)
        if not is_secret_name(name) or name not in sx.param_names(ctx.src, bound[0]):
            continue
        if _is_literalish(ctx.src, other) or not _stored_lookup(ctx, other):
            continue
        return (name, side)
    return None


def _stored_lookup(ctx: FileContext, node: Node) -> bool:
    """``node`` is (a field of) a local holding an awaited call's answer (`stored.code` of `const stored =
    await redis.get(key)`), not a parameter: a value the endpoint looked up."""
    root = sx.strip_types(node)
    while root is not None and root.type == "member_expression":
        root = sx.strip_types(root.child_by_field_name("object"))
    if root is None or root.type != "identifier":
        return False
    bound = _binding(ctx, root)
    value = sx.strip_types(bound[1]) if bound is not None else None
    if value is not None and value.type == "call_expression":
        # (`await redis.get<T>(key)` parses as a call of `await redis.get` with type arguments)
        callee = sx.strip_types(value.child_by_field_name("function"))
        return callee is not None and callee.type == "await_expression"
    if value is None or value.type != "await_expression" or not value.named_children:
        return False
    call = sx.strip_types(value.named_children[0])
    return call is not None and call.type == "call_expression"


# Array methods whose callback visits the elements of a collection.
_ITERATION_METHODS = frozenset(
    {"find", "findLast", "filter", "some", "every", "findIndex", "findLastIndex", "map", "flatMap", "forEach", "reduce"}
)


def _item_params(src: bytes, node: Node) -> set[str]:
    """Parameters of the iteration callbacks enclosing ``node`` (`codes.some((dc) => ...)` inside
    `coupons.filter((coupon) => ...)`): each names an element of a collection."""
    names: set[str] = set()
    fn = sx.enclosing_function(node)
    while fn is not None:
        args = fn.parent
        call = args.parent if args is not None and args.type == "arguments" else None
        if call is None or call.type != "call_expression":
            break
        if sx.last_name(sx.callee_name(src, call)) not in _ITERATION_METHODS:
            break
        names.update(sx.param_names(src, fn))
        fn = sx.enclosing_function(fn)
    return names


def _joins_collections(src: bytes, left: Node, right: Node) -> bool:
    """Both operands are elements of collections being iterated: a join that selects items (a
    coupon code matched against stored codes), not a caller's secret checked against ours."""
    items = _item_params(src, left)
    return bool(items) and all(sx.root_identifier(src, sx.strip_types(side)) in items for side in (left, right))


_APPENDS = frozenset({"push", "unshift"})
_CHAIN = frozenset({"await_expression", "parenthesized_expression", "call_expression", "member_expression"})


def _dedup_before_append(ctx: FileContext, left: Node, right: Node) -> bool:
    """`xs.filter((h) => h !== hash)` and then `hash` is added to the result (`kept.push(hash)`,
    `[...xs.filter(...), hash]`): a de-duplication. The list holds the value whether or not it
    matched, so the comparison decides nothing a caller could observe (a `.filter` whose matches
    grant something, `if (hashes.filter((h) => h === hash).length)`, is still a check)."""
    src = ctx.src
    fn = sx.enclosing_function(left)
    args = fn.parent if fn is not None else None
    call = args.parent if args is not None and args.type == "arguments" else None
    if fn is None or call is None or call.type != "call_expression":
        return False
    if sx.last_name(sx.callee_name(src, call)) != "filter":
        return False
    items = set(sx.param_names(src, fn))
    roots = [sx.root_identifier(src, sx.strip_types(side)) for side in (left, right)]
    values = [side for side, root in zip((left, right), roots, strict=True) if root not in items]
    if len(values) != 1 or len(items & {r for r in roots if r}) != 1:
        return False
    value = ctx.text(sx.strip_types(values[0]) or values[0])
    holder = call.parent
    while holder is not None and holder.type in _CHAIN:
        holder = holder.parent  # `.filter(...).slice(-10)`
    if holder is not None and holder.type == "spread_element" and holder.parent is not None:
        array = holder.parent
        return array.type == "array" and any(ctx.text(c) == value for c in array.named_children)
    if holder is None or holder.type != "variable_declarator":
        return False
    kept = ctx.text(holder.child_by_field_name("name"))
    scope = sx.enclosing_function(holder)
    for other in sx.find(scope, ("call_expression",)) if scope is not None else ():
        callee = sx.callee_name(src, other)
        appends = callee.rsplit(".", 1)[0] == kept and sx.last_name(callee) in _APPENDS
        if appends and any(ctx.text(a) == value for a in sx.call_args(other)):
            return True
    return False


def _bound_sides(ctx: FileContext, left: Node, right: Node) -> Iterator[tuple[Node, Node, tuple[Node, Node] | None]]:
    """Each side of a comparison that is a plain identifier, with the other side and the local it
    refers to (`_binding`): where the value compared under a plain name came from."""
    for side, other in ((left, right), (right, left)):
        s = sx.strip_types(side)
        if s is not None and s.type == "identifier":
            yield side, other, _binding(ctx, s)


def _binding(ctx: FileContext, ident: Node) -> tuple[Node, Node] | None:
    """(scope function, initialiser) of the nearest local `const`/`let` an identifier refers to;
    None when it is a parameter, module-level or not found."""
    src = ctx.src
    name = ctx.text(ident)
    fn = sx.enclosing_function(ident)
    while fn is not None:
        if name in sx.param_names(src, fn):
            return None
        body = fn.child_by_field_name("body")
        # (the first declarator of the name in the body, outside the functions it nests)
        n = ctx.first_declarators(body).get(name) if body is not None else None
        if n is not None:
            value = n.child_by_field_name("value")
            return (fn, value) if value is not None else None
        fn = sx.enclosing_function(fn)
    return None


def _is_counter(ctx: FileContext, node: Node | None, scope: Node, depth: int = 0) -> bool:
    """A number built from literals, `.length` and local counters (`let n = xs.length; n += 1`)."""
    node = sx.strip_types(node)
    if node is None or depth > 4:
        return False
    if node.type == "number":
        return True
    if node.type == "member_expression":
        return ctx.text(node.child_by_field_name("property")) in ("length", "size")
    if node.type == "binary_expression":
        return ctx.text(node.child_by_field_name("operator")) in ("+", "-", "*") and all(
            _is_counter(ctx, node.child_by_field_name(f), scope, depth + 1) for f in ("left", "right")
        )
    if node.type != "identifier":
        return False
    name = ctx.text(node)
    values: list[Node | None] = []
    for n in sx.walk(scope, into_functions=True):
        if n.type == "variable_declarator" and ctx.text(n.child_by_field_name("name")) == name:
            values.append(n.child_by_field_name("value"))
        elif n.type in ("assignment_expression", "augmented_assignment_expression") and (
            ctx.text(n.child_by_field_name("left")) == name
        ):
            values.append(n.child_by_field_name("right"))
    return bool(values) and all(
        v is not None and v is not node and _is_counter(ctx, v, scope, depth + 1) for v in values
    )


def _literal_built(ctx: FileContext, node: Node) -> bool:
    """A local bound to a template of literal text and counters (`__LINK_TOKEN_${n}__`): a generated
    placeholder, as public as a string literal; or of a file's modification time and size
    (`${info.mtimeMs}:${info.size}` with `info = await stat(path)`): a cache key of the file's
    metadata."""
    node = sx.strip_types(node) or node
    if node.type != "identifier":
        return False
    found = _binding(ctx, node)
    value = sx.strip_types(found[1]) if found else None
    if found is None or value is None or value.type != "template_string":
        return False
    return all(
        bool(sub.named_children)
        and (_is_counter(ctx, sub.named_children[0], found[0]) or _file_stat_field(ctx, sub.named_children[0]))
        for sub in value.children
        if sub.type == "template_substitution"
    )


# What a file system `stat` answers that says when a file changed and how large it is
_STAT_FIELDS = frozenset({"mtimeMs", "mtime", "ctimeMs", "ctime", "size", "ino", "dev"})
_STAT_CALLS = frozenset({"stat", "lstat", "statSync", "lstatSync", "fstat", "fstatSync"})


def _file_stat_field(ctx: FileContext, node: Node | None) -> bool:
    """`info.mtimeMs` of `const info = await stat(path)` (also `.getTime()` of its `mtime`)."""
    node = sx.strip_types(node)
    if node is not None and node.type == "call_expression" and not sx.call_args(node):
        fn = sx.strip_types(node.child_by_field_name("function"))
        if (
            fn is not None
            and fn.type == "member_expression"
            and ctx.text(fn.child_by_field_name("property"))
            in (
                "getTime",
                "toISOString",
            )
        ):
            node = sx.strip_types(fn.child_by_field_name("object"))
    if node is None or node.type != "member_expression":
        return False
    if ctx.text(node.child_by_field_name("property")) not in _STAT_FIELDS:
        return False
    obj = sx.strip_types(node.child_by_field_name("object"))
    found = _binding(ctx, obj) if obj is not None and obj.type == "identifier" else None
    value = sx.unwrap(found[1]) if found else None
    return (
        value is not None
        and value.type == "call_expression"
        and sx.last_name(sx.callee_name(ctx.src, value)) in _STAT_CALLS
    )


# Pure steps of an unkeyed digest; anything else (a project call, `createHmac`, a key import) may
# bring secret material in.
_DIGEST_STEPS = frozenset(
    {
        "createHash",
        "update",
        "digest",
        "slice",
        "substring",
        "toString",
        "String",
        "join",
        "toLowerCase",
        "toUpperCase",
        "trim",
        "stringify",
    }
)
_KEY_WORDS = frozenset({"key", "salt", "pepper", "env", "credential", "credentials", "private"})


_HASH_CALLS = frozenset({"createHash", "createHmac"})


def _digest_of_a_nonce(ctx: FileContext, side: Node) -> bool:
    """`expectedStateHash` bound to `createHash("sha256").update(`${row.stateNonce}:${state}`).digest("hex")`:
    a digest of a one-time value or a secret (an OAuth state's nonce), whatever content noun names it."""
    side = sx.strip_types(side) or side
    found = _binding(ctx, side) if side.type == "identifier" else None
    value = found[1] if found is not None else None
    calls = sx.find(value, ("call_expression",)) if value is not None else []
    if value is None or not any(sx.last_name(sx.callee_name(ctx.src, c)) in _HASH_CALLS for c in calls):
        return False
    for n in sx.walk(value):
        if n.type not in ("identifier", "property_identifier"):
            continue
        p = n.parent
        if p is not None and p.type == "member_expression" and p.child_by_field_name("property") == n:
            grand = p.parent
            if grand is not None and grand.type == "call_expression" and grand.child_by_field_name("function") == p:
                continue  # a method's name: `.digest(...)`
        if p is not None and p.type == "call_expression" and p.child_by_field_name("function") == n:
            continue
        if "nonce" in words(ctx.text(n)) or is_secret_name(ctx.text(n)):
            return True
    return False


def _no_secret_material(ctx: FileContext, node: Node | None) -> bool:
    """No name in ``node`` (outside call targets) holds key material, and every call is a pure digest step."""
    if node is None:
        return True
    for n in sx.walk(node, into_functions=True):
        if n.type == "call_expression":
            if sx.last_name(sx.callee_name(ctx.src, n)) not in _DIGEST_STEPS:
                return False
            continue
        if n.type not in ("identifier", "property_identifier", "shorthand_property_identifier"):
            continue
        parent = n.parent
        if parent is None:
            continue
        if parent.type == "member_expression" and n == parent.child_by_field_name("property"):
            grand = parent.parent
            if grand is not None and grand.child_by_field_name("function") == parent:
                continue  # a method name: `.update(...)`
        if parent.type == "call_expression" and parent.child_by_field_name("function") == n:
            continue
        name = ctx.text(n)
        if is_secret_name(name) or set(words(name)) & _KEY_WORDS:
            return False
    return True


def _unkeyed_digest_of_ids(ctx: FileContext, secret: Node, other: Node) -> bool:
    """`candidateToken !== token` where `candidateToken = actionToken({ messageId, toolCallId })` hashes
    ids without a key: anyone holding the ids can compute it, so it is a lookup key, not a secret,
    and the caller's `token` (a parameter) is compared with nothing secret."""
    secret = sx.strip_types(secret) or secret
    other = sx.strip_types(other) or other
    if secret.type != "identifier" or other.type != "identifier":
        return False
    fn = sx.enclosing_function(other)
    if fn is None or ctx.text(other) not in sx.param_names(ctx.src, fn):
        return False
    found = _binding(ctx, secret)
    value = sx.unwrap(found[1]) if found else None
    if value is None or value.type != "call_expression":
        return False
    callee = sx.strip_types(value.child_by_field_name("function"))
    if callee is not None and callee.type == "identifier":  # a helper of this file
        helper = ctx.module.local_function(ctx.text(callee))
        if helper is None or not sx.find(helper.node, ("call_expression",)):
            return False
        calls = sx.find(helper.node, ("call_expression",))
        if not any(sx.last_name(sx.callee_name(ctx.src, c)) == "createHash" for c in calls):
            return False
        return _no_secret_material(ctx, helper.body) and all(_no_secret_material(ctx, a) for a in sx.call_args(value))
    hashes = any(sx.last_name(sx.callee_name(ctx.src, c)) == "createHash" for c in sx.find(value, ("call_expression",)))
    return hashes and _no_secret_material(ctx, value)


_KEY_DERIVATION = frozenset(
    {"importKey", "createHmac", "createSecretKey", "hkdf", "hkdfSync", "pbkdf2", "pbkdf2Sync", "deriveKey", "scrypt"}
)


def _key_material(ctx: FileContext, fn: Node, name: str) -> bool:
    """``name`` is fed to a key derivation in ``fn`` (`importKey("raw", encode(signingSecret))`):
    a secret the server holds, not one a caller presents."""
    for call in sx.find(fn, ("call_expression",)):
        if sx.last_name(sx.callee_name(ctx.src, call)) in _KEY_DERIVATION:
            args = call.child_by_field_name("arguments")
            if args is not None and name in {ctx.text(n) for n in sx.walk(args) if n.type == "identifier"}:
                return True
    return False


def _memo_key(ctx: FileContext, left: Node, right: Node) -> bool:
    """`cachedKey.secret === signingSecret` where the same function derives a key from
    `signingSecret` and stores `cachedKey = { secret: signingSecret, key }`: a memo of derived keys
    checking it holds the same server secret (a cache keyed by a caller's token is still flagged)."""
    for member, other in ((left, right), (right, left)):
        member = sx.strip_types(member) or member
        other = sx.strip_types(other) or other
        if member.type != "member_expression" or other.type != "identifier":
            continue
        holder = ctx.text(member.child_by_field_name("object"))
        prop = ctx.text(member.child_by_field_name("property"))
        value = ctx.text(other)
        fn = sx.enclosing_function(member)
        if fn is None or not _key_material(ctx, fn, value):
            continue
        for n in sx.walk(fn, into_functions=True):
            if n.type != "assignment_expression":
                continue
            target = ctx.text(n.child_by_field_name("left"))
            stored = sx.strip_types(n.child_by_field_name("right"))
            if target == f"{holder}.{prop}" and ctx.text(stored) == value:
                return True
            if target == holder and stored is not None and stored.type == "object":
                for item in stored.named_children:
                    if item.type == "shorthand_property_identifier" and ctx.text(item) == prop == value:
                        return True
                    if (
                        item.type == "pair"
                        and ctx.text(item.child_by_field_name("key")) == prop
                        and (ctx.text(item.child_by_field_name("value")) == value)
                    ):
                        return True
    return False


# Names that read as a yes/no answer: `hasPassword`, `isSecret`, `shouldRotateToken`.
_FLAG_PREFIXES = frozenset(
    {"has", "is", "are", "should", "can", "was", "were", "did", "does", "needs", "requires", "show", "hide"}
    | {"allow", "allows"}
)
# Secret kinds that are naturally numeric: a number-typed OTP or PIN is still the secret.
_NUMERIC_SECRETS = frozenset({"otp", "pin", "passcode", "code", "totp"})


def _declared_types(ctx: FileContext) -> dict[str, set[str]]:
    """Name -> the types this file gives it: annotations of parameters, variables and type members
    (`secret: boolean`, `interactionToken: number`) and literal values in object literals
    (`{ secret: true }`)."""
    found: dict[str, set[str]] = {}
    for n in ctx.module.parsed.find(
        ("property_signature", "required_parameter", "optional_parameter", "variable_declarator", "pair")
    ):
        if n.type == "pair":
            key, value = n.child_by_field_name("key"), sx.strip_types(n.child_by_field_name("value"))
            if key is None or value is None:
                continue
            kind = {"true": "boolean", "false": "boolean", "number": "number"}.get(value.type, "other")
            if kind == "other" or _record_literal(ctx, n):
                found.setdefault(ctx.text(key).strip("\"'"), set()).add(kind)
            continue
        name = n.child_by_field_name("pattern" if n.type.endswith("parameter") else "name")
        ann = n.child_by_field_name("type")
        default = sx.strip_types(n.child_by_field_name("value")) if n.type.endswith("parameter") else None
        if name is None or name.type not in ("identifier", "property_identifier"):
            continue
        if ann is not None:
            parts = {t.strip() for t in ctx.text(ann).lstrip(":").split("|")} - {"undefined", "null", ""}
        elif default is not None:  # `interactionToken = 0`
            parts = {{"true": "boolean", "false": "boolean", "number": "number"}.get(default.type, "other")}
        else:
            continue
        kinds = {t if t in ("boolean", "number") else "other" for t in parts}
        found.setdefault(ctx.text(name), set()).update(kinds)
    return found


# Objects of `true`s that pick fields rather than hold values: `select: { password: true }`.
_PROJECTION_WORDS = frozenset({"select", "include", "omit", "projection", "fields", "columns", "where", "with"})


def _record_literal(ctx: FileContext, pair: Node) -> bool:
    """``pair`` sits in an object literal that is a record the code builds (`{ secret: true, value }`),
    not a query's field projection (`select: { password: true }`, `.select({ password: 1 })`)."""
    p = pair.parent
    while p is not None and (p.type in ("object", "pair") or p.type in sx.TRANSPARENT):
        if p.type == "pair" and set(words(ctx.text(p.child_by_field_name("key")))) & _PROJECTION_WORDS:
            return False
        p = p.parent
    if p is None or p.type == "arguments":
        return False
    if p.type == "variable_declarator":
        return not set(words(ctx.text(p.child_by_field_name("name")))) & _PROJECTION_WORDS
    return True


def _flag_or_counter(ctx: FileContext, name: str, types: dict[str, set[str]]) -> bool:
    """A yes/no flag or a counter named like a secret (`hasPassword`, `headerObj.secret` declared
    `boolean`, `interactionToken: number`): no string to recover one character at a time."""
    ws = words(name)
    if ws and ws[0] in _FLAG_PREFIXES:
        return True
    declared = types.get(name)
    if not declared or "other" in declared:
        return False
    return declared == {"boolean"} or not (set(ws) & _NUMERIC_SECRETS)


def _grouping_key(ctx: FileContext, node: Node) -> bool:
    """Names joined or serialised into a key (`s.name.slice(1).join(":::")`, `JSON.stringify(filter)`,
    also through a local): a fingerprint of public data, unless secret material goes in."""
    value: Node | None = sx.strip_types(node) or node
    if value is not None and value.type == "identifier":
        found = _binding(ctx, value)
        value = sx.strip_types(found[1]) if found else value
    if value is None or value.type != "call_expression":
        return False
    callee = sx.callee_name(ctx.src, value)
    return (callee == "JSON.stringify" or sx.last_name(callee) == "join") and _no_secret_material(ctx, value)


# React hooks that only run in the browser: a function calling one is a component or a hook.
_CLIENT_HOOKS = frozenset(
    {"useState", "useEffect", "useLayoutEffect", "useReducer", "useRef", "useTransition", "useOptimistic"}
)


def _in_client_hook(ctx: FileContext, node: Node) -> bool:
    """Inside a function that calls client-only React hooks (a component or a custom hook, also in
    a `.ts` file), or in a callback nested in one: browser code."""
    fn = sx.enclosing_function(node)
    while fn is not None:
        body = fn.child_by_field_name("body")
        if body is not None and any(
            sx.last_name(sx.callee_name(ctx.src, c)) in _CLIENT_HOOKS
            for c in sx.find(body, ("call_expression",), into_functions=False)
        ):
            return True
        fn = sx.enclosing_function(fn)
    return False


# A list of path segments: `pathname.split("/")`, `new URL(u).pathname.split("/")`.
_PATHISH = re.compile(r"(?i)(url|uri|href|path|pathname|route|slug|location)$")


def _path_segment(ctx: FileContext, node: Node) -> bool:
    """``node`` is a segment of a split URL or path: the parameter of an iteration callback over
    such a list (`pathTokens.every((token, i) => ...)`) or a `for...of` variable over one."""
    src = ctx.src
    node = sx.strip_types(node) or node
    if node.type != "identifier":
        return False
    name = ctx.text(node)
    for p in sx.ancestors(node):
        listed: Node | None = None
        if p.type == "for_in_statement" and ctx.text(p.child_by_field_name("left")) == name:
            listed = p.child_by_field_name("right")
        elif sx.is_function(p):
            params = sx.param_names(src, p)
            if name not in params:
                continue  # a callback nested in the loop: `segments.filter((other) => other === token)`
            args = p.parent
            call = args.parent if args is not None and args.type == "arguments" else None
            if call is None or call.type != "call_expression" or params[0] != name:
                return False
            if sx.last_name(sx.callee_name(src, call)) not in _ITERATION_METHODS:
                return False
            fn_node = sx.strip_types(call.child_by_field_name("function"))
            listed = fn_node.child_by_field_name("object") if fn_node is not None else None
        if listed is not None:
            return _split_path(ctx, listed)
    return False


def _split_path(ctx: FileContext, node: Node | None, depth: int = 0) -> bool:
    """``node`` is `<a URL or path>.split(...)`, directly or through a local."""
    value = sx.strip_types(node)
    if value is not None and value.type == "identifier" and depth < 3:
        found = _binding(ctx, value)
        return found is not None and _split_path(ctx, found[1], depth + 1)
    if value is None or value.type != "call_expression" or sx.last_name(sx.callee_name(ctx.src, value)) != "split":
        return False
    fn_node = sx.strip_types(value.child_by_field_name("function"))
    receiver = sx.strip_types(fn_node.child_by_field_name("object")) if fn_node is not None else None
    while receiver is not None and receiver.type == "call_expression":  # `url.replace(/^\//, "").split("/")`
        inner = sx.strip_types(receiver.child_by_field_name("function"))
        receiver = sx.strip_types(inner.child_by_field_name("object")) if inner is not None else None
    if receiver is None or receiver.type not in ("identifier", "member_expression"):
        return False
    last = ctx.text(receiver).rsplit(".", 1)[-1]
    return _PATHISH.search(last) is not None


# Objects that carry what a caller presents: a record compared field by field with one of these is a check.
_PRESENTED = re.compile(r"(?i)^(req|request|body|input|params|query|headers?|cookies?|payload|form|credentials|args)$")


def _record_fields(ctx: FileContext, node: Node) -> tuple[str, str, str] | None:
    """(left object, right object, property) of `a.p === b.p`, the same property of two records."""
    left = sx.strip_types(node.child_by_field_name("left"))
    right = sx.strip_types(node.child_by_field_name("right"))
    if left is None or right is None or left.type != "member_expression" or left.type != right.type:
        return None
    prop = ctx.text(left.child_by_field_name("property"))
    if prop != ctx.text(right.child_by_field_name("property")):
        return None
    objects = [ctx.text(side.child_by_field_name("object")).replace("?.", ".").rstrip("?") for side in (left, right)]
    return (objects[0], objects[1], prop)


def _record_equality(ctx: FileContext, node: Node) -> bool:
    """`prev.sha === next.sha && prev.signature === next.signature`: two records of one shape compared
    field by field (a change or duplicate check), neither being what a caller presents."""
    fields = _record_fields(ctx, node)
    if fields is None or fields[0] == fields[1]:
        return False
    if any(_PRESENTED.match(part) for obj in fields[:2] for part in obj.split(".")):
        return False
    chain = node
    while chain.parent is not None and (
        chain.parent.type in sx.TRANSPARENT
        or (
            chain.parent.type == "binary_expression"
            and ctx.text(chain.parent.child_by_field_name("operator")) in ("&&", "||")
        )
    ):
        chain = chain.parent
    for other in sx.find(chain, ("binary_expression",)):
        found = _record_fields(ctx, other) if other != node else None
        if found is not None and found[:2] == fields[:2] and found[2] != fields[2]:
            return True
    return False


def _excluded_record(ctx: FileContext, node: Node) -> bool:
    """`configs.filter((c) => c.apiSecret !== chosen.apiSecret)`: the same field of each element and of
    one record of its kind, to leave that record out of the list (the others are what is kept); not a
    record a caller presents (`body.apiSecret`), and not a `find`/`some` whose match is the answer."""
    fields = _record_fields(ctx, node)
    if fields is None or fields[0] == fields[1]:
        return False
    if ctx.text(node.child_by_field_name("operator")) not in ("!==", "!="):
        return False
    if any(_PRESENTED.match(part) for obj in fields[:2] for part in obj.split(".")):
        return False
    fn = node.parent
    while fn is not None and fn.type in sx.TRANSPARENT:
        fn = fn.parent
    if fn is None or fn.type != "arrow_function":
        return False  # the callback's whole answer is the comparison
    args = fn.parent
    call = args.parent if args is not None and args.type == "arguments" else None
    if call is None or call.type != "call_expression" or sx.last_name(sx.callee_name(ctx.src, call)) != "filter":
        return False
    items = set(sx.param_names(ctx.src, fn))
    roots = {obj.split(".")[0] for obj in fields[:2]}
    return len(items & roots) == 1


def _map_diff(ctx: FileContext, left: Node, right: Node) -> bool:
    """`for (const [id, signature] of next) if (previous.get(id) !== signature)`: entries of two maps
    keyed alike, a diff of two collections (a presented value looked up by a caller's key is still a check)."""
    for value, lookup in ((left, right), (right, left)):
        value, lookup = sx.strip_types(value) or value, sx.strip_types(lookup) or lookup
        if value.type != "identifier" or lookup.type != "call_expression":
            continue
        if sx.last_name(sx.callee_name(ctx.src, lookup)) != "get" or len(sx.call_args(lookup)) != 1:
            continue
        key = ctx.text(sx.call_args(lookup)[0])
        for loop in sx.ancestors(value):
            if loop.type != "for_in_statement":
                continue
            pattern = loop.child_by_field_name("left")
            if pattern is not None and pattern.type == "array_pattern":
                names = [ctx.text(c) for c in pattern.named_children]
                if names[:2] == [key, ctx.text(value)]:
                    return True
    return False


# What a change check calls its answer: `secretChanged = stored !== incoming`.
_CHANGE_WORDS = frozenset({"changed", "differs", "different", "modified", "dirty", "rotated"})


def _named_change(ctx: FileContext, node: Node) -> bool:
    """The comparison's answer is stored under a name saying the value changed: an update check of
    two copies of one value, not a gate on what a caller presents."""
    holder = node.parent
    while holder is not None and holder.type in sx.TRANSPARENT:
        holder = holder.parent
    if holder is None:
        return False
    if holder.type == "variable_declarator":
        target = holder.child_by_field_name("name")
    elif holder.type == "assignment_expression":
        target = holder.child_by_field_name("left")
    else:
        return False
    return bool(set(words(ctx.text(target))) & _CHANGE_WORDS)


_EXITS = ("return_statement", "throw_statement", "break_statement", "continue_statement")


def _rotation_check(ctx: FileContext, node: Node, left: Node, right: Node) -> bool:
    """`if (result.refreshToken && result.refreshToken !== refreshToken) { save it }`: a new copy of a
    stored value (a rotated token from a provider) compared with the old one to keep or note it. Both
    sides name the same thing, and a mismatch rejects nothing: no return, throw or else branch (an
    `===` whose branch grants something is still a check)."""
    if ctx.text(node.child_by_field_name("operator")) not in ("!==", "!="):
        return False
    names = [words(_name_of(ctx.src, side) or "") for side in (left, right)]
    if not names[0] or names[0] != names[1]:
        return False
    cond = node
    while cond.parent is not None and (
        cond.parent.type in sx.TRANSPARENT
        or (cond.parent.type == "binary_expression" and ctx.text(cond.parent.child_by_field_name("operator")) == "&&")
    ):
        cond = cond.parent
    stmt = cond.parent
    if stmt is None or stmt.type != "if_statement" or stmt.child_by_field_name("alternative") is not None:
        return False
    body = stmt.child_by_field_name("consequence")
    return body is not None and not sx.find(body, _EXITS)


def _param_name(ctx: FileContext, secret: Node, other: Node) -> bool:
    """`paramId !== hostedApiKeyParam`: the NAME of a parameter or field (`apiKeyParam`, `tokenField`)
    compared with a key or id, a schema lookup (a `tokenParam` read from a query string and compared
    with a token is still flagged)."""
    ws = words(_name_of(ctx.src, secret) or "")
    other_ws = words(_name_of(ctx.src, other) or "")
    return (
        len(ws) >= 2
        and ws[-1] in ("param", "field")
        and bool(other_ws)
        and other_ws[-1] in ("id", "name", "key")
        and not is_secret_name(_name_of(ctx.src, other) or "")
    )


# What an unkeyed digest helper is called (`sha256Hex`, `hashBody`), and what names the request body
_DIGEST_WORDS = frozenset({"sha", "sha1", "sha256", "sha512", "md5", "hash", "digest"})
_BODY_WORDS = frozenset({"raw", "body", "payload", "text"})


def _body_digest(ctx: FileContext, node: Node) -> bool:
    """``node`` is a local bound to an unkeyed digest of the request body (`sha256Hex(rawBody)`): anyone
    holding the body computes it, so comparing with it (`claim.body_sha256 !== expected`) checks the
    body's integrity and leaks nothing (a digest of a presented code or token is still flagged)."""
    node = sx.strip_types(node) or node
    found = _binding(ctx, node) if node.type == "identifier" else None
    value = sx.unwrap(found[1]) if found else None
    if value is None or value.type != "call_expression":
        return False
    names = [w for n in sx.call_args(value) for w in words(ctx.text(n))]
    if not names or not set(names) <= _BODY_WORDS | {"req", "request"} or not set(names) & {"body", "payload"}:
        return False
    last = sx.last_name(sx.callee_name(ctx.src, value))
    return (last == "digest" or bool(set(words(last)) & _DIGEST_WORDS)) and not is_secret_name(last)


def _computed_content_hash(ctx: FileContext, node: Node) -> bool:
    """A `hash` whose every binding in the enclosing function is a call named for a content hash
    (`({ entity, hash: computeEntityContentHash(entity) })`): a change check, not a credential's."""
    name = _name_of(ctx.src, node)
    fn = sx.enclosing_function(node)
    while fn is not None and sx.enclosing_function(fn) is not None:
        fn = sx.enclosing_function(fn)
    if not name or fn is None:
        return False
    holder = {"pair": "key", "variable_declarator": "name"}  # `{ hash: f() }`, `const hash = f()`
    calls = [
        sx.unwrap(n.child_by_field_name("value"))
        for n in sx.walk(fn, into_functions=True)
        if n.type in holder and ctx.text(n.child_by_field_name(holder[n.type])) == name
    ]
    return bool(calls) and all(
        c is not None and c.type == "call_expression" and _content_hash(sx.last_name(sx.callee_name(ctx.src, c)))
        for c in calls
    )


# calls that bring a value no second request reproduces (or a key) into what is digested
_UNREPEATABLE = frozenset({"random", "uuid", "nanoid", "cuid", "nonce", "hmac", "sign", "encrypt", "now", "time"})


def _handed_back_digest(ctx: FileContext, compared: Node) -> bool:
    """`state.previewToken !== input.previewToken` where `state = await buildState(...)`, a function of this
    file that sets `previewToken` to an unkeyed digest of what it read (`createHash("sha256").update(
    JSON.stringify(plan))`, also through a helper of this file; no key, nonce, random value or secret name in
    it), and an entry point of this file answers its caller with `previewToken: x.previewToken` of the same
    function: whoever may ask for the preview is handed that very value, so the comparison is a concurrency
    check (an ETag), not a secret's (a keyed or random token, or one no entry point hands out, is flagged)."""
    side = sx.strip_types(compared)
    if side is None or side.type != "member_expression":
        return False
    field = ctx.text(side.child_by_field_name("property"))
    builder = _built_by(ctx, sx.strip_types(side.child_by_field_name("object")))
    fn = ctx.module.local_function(builder) if builder else None
    if fn is None or not _digest_field(ctx, fn.node, field):
        return False
    for ep in ctx.entry_points:
        for ret in sx.find(ep.fn.node, ("return_statement",), into_functions=False):
            value = sx.unwrap(ret.named_children[0]) if ret.named_children else None
            for pair in value.named_children if value is not None and value.type == "object" else []:
                given = sx.strip_types(pair.child_by_field_name("value")) if pair.type == "pair" else None
                if (
                    given is not None
                    and given.type == "member_expression"
                    and ctx.text(pair.child_by_field_name("key")) == field
                    and ctx.text(given.child_by_field_name("property")) == field
                    and _built_by(ctx, sx.strip_types(given.child_by_field_name("object"))) == builder
                ):
                    return True
    return False


def _built_by(ctx: FileContext, obj: Node | None) -> str | None:
    """The name of the function of this file whose answer the local ``obj`` holds (`const state = await
    buildState(...)`)."""
    found = _binding(ctx, obj) if obj is not None and obj.type == "identifier" else None
    value = sx.unwrap(found[1]) if found is not None else None
    callee = (
        sx.strip_types(value.child_by_field_name("function"))
        if value is not None and value.type == "call_expression"
        else None
    )
    return ctx.text(callee) if callee is not None and callee.type == "identifier" else None


def _digest_field(ctx: FileContext, fn: Node, field: str) -> bool:
    """``fn`` answers with ``field`` set to an unkeyed digest of values it repeats for the same request."""
    body = fn.child_by_field_name("body")
    if body is None:
        return False
    values: list[Node] = []
    for ret in sx.find(body, ("return_statement",), into_functions=False):
        obj = sx.unwrap(ret.named_children[0]) if ret.named_children else None
        for part in obj.named_children if obj is not None and obj.type == "object" else []:
            if part.type == "pair" and ctx.text(part.child_by_field_name("key")) == field:
                given = part.child_by_field_name("value")
            elif part.type == "shorthand_property_identifier" and ctx.text(part) == field:
                decl = ctx.first_declarators(body).get(field)
                given = decl.child_by_field_name("value") if decl is not None else None
            else:
                continue
            if given is None:
                return False
            values.append(given)
    return bool(values) and all(_unkeyed_digest(ctx, v) for v in values)


def _unkeyed_digest(ctx: FileContext, given: Node) -> bool:
    """`createHash(...).update(...).digest(...)`, or a call of a helper of this file whose body is one,
    over values with no key, nonce, random value or secret name in them."""
    value = sx.unwrap(given)
    if value is None or value.type != "call_expression":
        return False
    callee = sx.strip_types(value.child_by_field_name("function"))
    if callee is not None and callee.type == "identifier":
        helper = ctx.module.local_function(ctx.text(callee))
        if helper is None or helper.body is None or not _hashes_only(ctx, helper.body):
            return False
        return all(_repeatable(ctx, a) for a in sx.call_args(value))
    return _hashes_only(ctx, value) and _repeatable(ctx, value)


def _hashes_only(ctx: FileContext, node: Node) -> bool:
    calls = [sx.last_name(sx.callee_name(ctx.src, c)) for c in sx.find(node, ("call_expression",))]
    return "createHash" in calls and _no_secret_material(ctx, node)


def _repeatable(ctx: FileContext, node: Node) -> bool:
    """No name in ``node`` holds key material, a nonce or a secret, and no call in it draws a random value,
    a key or the clock."""
    for n in sx.walk(node, into_functions=True):
        if n.type == "call_expression":
            if set(words(sx.last_name(sx.callee_name(ctx.src, n)))) & _UNREPEATABLE:
                return False
        elif n.type == "new_expression" and ctx.text(n.child_by_field_name("constructor")) == "Date":
            args = n.child_by_field_name("arguments")
            if args is None or not args.named_children:
                return False  # `new Date()`: the clock
        elif n.type in ("identifier", "property_identifier", "shorthand_property_identifier"):
            name = ctx.text(n)
            if is_secret_name(name) or set(words(name)) & (_KEY_WORDS | {"nonce"}):
                return False
    return True


def _configured(ctx: FileContext, mod: Module, node: Node | None, depth: int = 0) -> bool:
    """A value the server reads from its own settings: `process.env.X`, a local or module constant
    bound to one (`?? ""`, a ternary between settings and literals), or a call of a project function
    without arguments whose answer is such a value (`getDatabaseToken()`). No caller presents it."""
    node = sx.strip_types(node)
    if node is None or depth > 5:
        return False
    src = mod.src
    if node.type in ("string", "template_string", "number", "null", "undefined"):
        return node.type != "template_string" or _literal(node)
    if node.type in ("member_expression", "subscript_expression"):
        obj = sx.strip_types(node.child_by_field_name("object"))
        return obj is not None and sx.text(src, obj) == "process.env"
    if node.type == "parenthesized_expression":
        inner = node.named_children[-1] if node.named_children else None
        return _configured(ctx, mod, inner, depth + 1)
    if node.type == "binary_expression":
        if sx.text(src, node.child_by_field_name("operator")) not in ("??", "||"):
            return False
        return all(_configured(ctx, mod, node.child_by_field_name(f), depth + 1) for f in ("left", "right"))
    if node.type == "ternary_expression":
        return all(
            _configured(ctx, mod, node.child_by_field_name(f), depth + 1) for f in ("consequence", "alternative")
        )
    if node.type == "identifier":
        if mod is ctx.module:
            bound = _binding(ctx, node)
            if bound is not None:
                return _configured(ctx, mod, bound[1], depth + 1)
            fn = sx.enclosing_function(node)
            while fn is not None:
                if ctx.text(node) in sx.param_names(src, fn):
                    return False  # a parameter: whatever the caller passed
                fn = sx.enclosing_function(fn)
        found = ctx.analyzer.program.resolve_value(mod, sx.text(src, node), packages=True)
        return found is not None and found[1] is not node and _configured(ctx, found[0], found[1], depth + 1)
    if node.type == "call_expression" and not sx.call_args(node):
        fn = sx.strip_types(node.child_by_field_name("function"))
        if fn is None or fn.type != "identifier":
            return False
        found = ctx.analyzer.program.resolve_value(mod, sx.text(src, fn), packages=True)
        value = sx.strip_types(found[1]) if found is not None else None
        if (
            found is None
            or value is None
            or value.type not in ("arrow_function", "function_expression", "function_declaration")
        ):
            return False
        body = value.child_by_field_name("body")
        if body is not None and body.type == "statement_block":
            stmts = [c for c in body.named_children if c.type != "comment"]
            if len(stmts) != 1 or stmts[0].type != "return_statement" or not stmts[0].named_children:
                return False
            body = stmts[0].named_children[0]
        return _configured(ctx, found[0], body, depth + 1)
    return False


# Schema refinements whose callback sees the one parsed submission (zod `.refine`/`.superRefine`,
# yup `.test`).
_REFINEMENTS = frozenset({"refine", "superRefine", "test"})


def _one_submission(ctx: FileContext, node: Node, left: Node, right: Node) -> bool:
    """`.refine((data) => data.password === data.CPassword)`: both sides are fields of the submission
    a schema refinement checks (members of its first parameter, or names destructured from it): two
    values the same caller typed, no secret the server holds."""
    src = ctx.src
    fn = sx.enclosing_function(node)
    if fn is None:
        return False
    args = fn.parent
    while args is not None and args.type in sx.TRANSPARENT:
        args = args.parent
    call = args.parent if args is not None and args.type == "arguments" else None
    if call is None or call.type != "call_expression" or sx.last_name(sx.callee_name(src, call)) not in _REFINEMENTS:
        return False
    if sx.call_args(call)[:1] != [fn]:
        return False
    params = fn.child_by_field_name("parameters")
    first = params.named_children[0] if params is not None and params.named_children else None
    if first is None:
        first = fn.child_by_field_name("parameter")
    names = set(sx.pattern_names(src, first))
    if not names:
        return False
    for side in (left, right):
        side = sx.strip_types(side) or side
        if side.type not in ("identifier", "member_expression") or sx.root_identifier(src, side) not in names:
            return False
    return True


_REQUEST_NAMES = frozenset({"req", "request"})
_REQUEST_STORES = frozenset({"cookies", "headers"})
_CSRF = re.compile(r"(?i)[cx]srf")


def _leftmost(node: Node | None) -> Node | None:
    """The name a value is read off: `req` of `(await req.json()).token`, `jar` of `jar.get("t")?.value`,
    or the call that starts the chain (`cookies()` of `(await cookies()).get("t")`)."""
    while node is not None:
        node = sx.strip_types(node)
        if node is None:
            return None
        if node.type in ("parenthesized_expression", "await_expression", "non_null_expression"):
            node = node.named_children[0] if node.named_children else None
        elif node.type == "member_expression":
            node = node.child_by_field_name("object")
        elif node.type == "call_expression":
            callee = sx.strip_types(node.child_by_field_name("function"))
            if callee is not None and callee.type == "identifier":
                return node
            node = callee
        else:
            return node
    return None


def _presented(ctx: FileContext, node: Node | None, depth: int = 0) -> bool:
    """``node`` is read off the request the caller sent (`req.cookies.get("sid")?.value`, a field of
    `await req.json()`, `(await cookies()).get("t")?.value`), also through locals."""
    base = _leftmost(node)
    if base is None or depth > 3:
        return False
    src = ctx.src
    if base.type == "call_expression":
        return ctx.text(base.child_by_field_name("function") or base) in _REQUEST_STORES
    if base.type != "identifier":
        return False
    name = ctx.text(base)
    if name in _REQUEST_NAMES or _action_param(ctx, base):
        return True
    bound = _binding(ctx, base)
    if bound is not None:
        return _presented(ctx, bound[1], depth + 1)
    # (`let body; try { body = await req.json() } catch { ... }`: every value it is given)
    fn = sx.enclosing_function(base)
    body = fn.child_by_field_name("body") if fn is not None else None
    if fn is None or body is None or name in sx.param_names(src, fn):
        return False
    for pattern, d in ctx.first_declarators(body).items():
        # (`const { token } = body`: a field of what the request carried)
        if pattern.startswith(("{", "[")) and name in sx.pattern_names(src, d.child_by_field_name("name")):
            return _presented(ctx, d.child_by_field_name("value"), depth + 1)
    given = [
        a.child_by_field_name("right")
        for a in sx.find(body, ("assignment_expression",), into_functions=False)
        if ctx.text(a.child_by_field_name("left") or a) == name
    ]
    return bool(given) and all(_presented(ctx, g, depth + 1) for g in given)


# Entry points whose every parameter is the caller's (a wrapped action's may be the session's user)
_ACTION_KINDS = frozenset({"action", "inline-action"})


def _action_param(ctx: FileContext, ident: Node) -> bool:
    """``ident`` names a parameter of a server action: the caller sends every argument of an action
    (`createUser(name, password, passwordCheck)`), no value of the server's."""
    fn = sx.enclosing_function(ident)
    if fn is None or ctx.text(ident) not in sx.param_names(ctx.src, fn):
        return False
    return any(ep.kind in _ACTION_KINDS and ep.fn.node == fn for ep in ctx.entry_points)


def _both_presented(ctx: FileContext, left: Node, right: Node) -> bool:
    """`current !== token`, the session cookie against a token in the body, or two arguments of a server
    action: both values come with the caller's own request, no secret the server holds is compared (a CSRF
    double-submit check aside)."""
    if _CSRF.search(ctx.text(left)) or _CSRF.search(ctx.text(right)):
        return False
    return _presented(ctx, left) and _presented(ctx, right)


def _not_a_secret_check(ctx: FileContext, secret: Node, left: Node, right: Node) -> bool:
    src = ctx.src
    other = right if secret == left else left
    return (
        _joins_collections(src, left, right)
        or _one_submission(ctx, secret, left, right)
        or _both_presented(ctx, left, right)
        or _dedup_before_append(ctx, left, right)
        or _literal_built(ctx, left)
        or _literal_built(ctx, right)
        or _unkeyed_digest_of_ids(ctx, secret, other)
        or _memo_key(ctx, left, right)
        or _grouping_key(ctx, left)
        or _grouping_key(ctx, right)
        or _in_client_hook(ctx, secret)
        or _path_segment(ctx, secret)
        or _map_diff(ctx, left, right)
        or _param_name(ctx, secret, other)
        or _body_digest(ctx, left)
        or _body_digest(ctx, right)
        or _computed_content_hash(ctx, secret)
        or _handed_back_digest(ctx, left)
        or _handed_back_digest(ctx, right)
        or _breach_range_match(ctx, secret)
    )


# Have I Been Pwned's k-anonymity range API: the SHA-1 suffixes of every leaked password under a prefix
_BREACH_RANGE = re.compile(rb"pwnedpasswords\.com/range/")


def _breach_range_match(ctx: FileContext, secret: Node) -> bool:
    """`hash === prefix + suffix` in a function that fetched the public list of leaked-password hashes
    under the prefix of a candidate password's SHA-1: the caller's own password looked up in a public
    breach list, no secret of the server on either side."""
    fn = sx.enclosing_function(secret)
    return fn is not None and _BREACH_RANGE.search(ctx.src, fn.start_byte, fn.end_byte) is not None


def check(ctx: FileContext) -> Iterator[Finding]:
    if ctx.is_client_file or _NOT_SERVER_CODE.search(ctx.path):
        return
    src = ctx.src
    types: dict[str, set[str]] | None = None
    # (also a template interpolating a settings object's member, `${serverEnv.CRON_SECRET}`)
    has_env = b"process.env." in src or b"${" in src
    for node in ctx.module.parsed.find(("binary_expression",)):
        op = sx.text(src, node.child_by_field_name("operator"))
        if op not in _OPS:
            continue
        left = node.child_by_field_name("left")
        right = node.child_by_field_name("right")
        if left is None or right is None:
            continue
        found = _secret_side(src, left, right)
        if found is None and has_env:
            found = _env_secret_local(ctx, left, right)
        keyed = _keyed_digest_local(ctx, left, right) if b"createHmac" in src else None
        found = found or keyed or _worked_out_local(ctx, left, right) or _aliased_input_secret(ctx, left, right)
        # (`hash !== data.hash` with `const hash = createHmac(...).digest()`: a signature the server
        # computes is no content hash, whatever the name it shares with the field it checks)
        if found is None or (keyed is None and _same_kind(src, left, right)):
            continue
        if (_content_hash(_name_of(src, left)) or _content_hash(_name_of(src, right))) and not (
            _digest_of_a_nonce(ctx, left) or _digest_of_a_nonce(ctx, right)
        ):
            continue  # two fingerprints of content: a lookup, not a credential check
        if _constant_like(ctx, left) or _constant_like(ctx, right):
            continue
        if _configured(ctx, ctx.module, left) and _configured(ctx, ctx.module, right):
            continue  # two settings of the server compared: no caller presents either side
        name, side = found
        if types is None:
            types = _declared_types(ctx)
        if _flag_or_counter(ctx, name, types) or _not_a_secret_check(ctx, side, left, right):
            continue
        if _record_equality(ctx, node) or _named_change(ctx, node) or _rotation_check(ctx, node, left, right):
            continue
        if _excluded_record(ctx, node):
            continue
        # (asked last: the first time, it reads the import graph of the whole tree)
        if ctx.analyzer.program.index.client_only(ctx.path):
            return  # a helper only client components import: bundled for the browser alone
        fix = timing_safe_fix(ctx, node) if ctx.fixes else None
        yield ctx.finding(META, "compare", node, fix=fix, secret=name, op=op)
