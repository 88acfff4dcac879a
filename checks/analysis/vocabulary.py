"""Default names from rules-spec.md; a repo config can add more (``Vocabulary.from_config``)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from checks.config import Config

# Calls that return a session/user (null when signed out): the result must be checked.
AUTH_SOURCES = frozenset(
    {
        "auth",
        "getServerSession",
        "getSession",
        "currentUser",
        "validateRequest",
        "getIronSession",
        "getKindeServerSession",
        "getCurrentUser",
        "getServerAuthSession",
        "getAuthSession",
        "getAuth",
        "getUserSession",
        "getSessionUser",
        "getLoggedInUser",
        "getViewer",
        "verifySession",
        "getClaims",
        "isAuthenticated",  # Kinde: `const { isAuthenticated } = getKindeServerSession()`
        # project token/session readers that return the caller or null (umami's `checkAuth(request)`)
        "checkAuth",
        "getAuthUser",
        "getAuthenticatedUser",
        "getUserFromRequest",
        "getUserFromToken",
        "getUserFromSession",
        # Lucia v3 guide's session reader (also recognised by what its body does: `checks.analysis.sessions`)
        "getCurrentSession",
        # Logto (@logto/next): `const { isAuthenticated, claims } = await getLogtoContext(config)`
        "getLogtoContext",
    }
)
# Library session checks that return a Promise, called by a bare name (no project definition).
UNRESOLVED_ASYNC_AUTH = frozenset({"isAuthenticated"})
# Dotted forms: `supabase.auth.getUser()`, `auth.api.getSession({ headers })`.
AUTH_SOURCE_SUFFIXES = (
    ".auth.getUser",
    ".auth.getSession",
    ".auth.getClaims",
    "auth.api.getSession",
    ".api.getSession",
    "auth0.getSession",  # Auth0 v4: `export const auth0 = new Auth0Client()`, then `await auth0.getSession()`
    "ServerApp.getUser",  # Stack Auth: `export const stackServerApp = new StackServerApp(...)`, `getUser()`
)


def is_appwrite_account_get(dotted: str) -> bool:
    """Appwrite `const { account } = await createSessionClient(); await account.get()`: the signed-in
    user, and an async call that throws (401) when the session cookie is missing or invalid."""
    return dotted == "account.get" or dotted.endswith(".account.get")


# Project API-key / gateway authentication returning the caller or null:
# `authenticateRequest(req)`, `validateApiKey(key)`, `handleApiKeyAuthentication(req)`.
AUTH_SOURCE_PATTERN = re.compile(
    r"^(authenticate|validate|verify)\w*(Request|ApiKey|AccessToken|BearerToken|Session|SessionToken)$|^handle\w*Authentication$"
    # `authenticateLegacyKey(raw)`: "authenticate" says what it does whatever the key is called
    r"|^authenticate\w*(Key|Token)$"
)
# Calls that throw or redirect when there is no session.
AUTH_ENFORCERS = re.compile(
    r"^(?:require|ensure|assert|enforce)(?:Auth|User|Session|Login|LoggedIn|SignedIn|Authenticated|Authed|Viewer|CurrentUser)\w*$"
    r"|^(?:protect|authenticate|authorize|mustBeLoggedIn|verifyAuth)$"
    # PropelAuth (@propelauth/nextjs): `await getUserOrRedirect()` redirects a signed-out visitor
    r"|^getUserOrRedirect$"
)
ROLE_CALLS = re.compile(
    r"^(?:require|ensure|assert|check|verify|has|is|can|must)(?:Admin|Role|Roles|Permission|Permissions|Owner|Ownership|"
    r"Access|Member|Membership|Superuser|Staff|Moderator|TeamAdmin|OrgAdmin|Scope)\w*$|^(?:can|authorize|hasAccess|checkAccess)$"
    # a resource between verb and role: `isCommentAuthor`, `requireTeamMember`, `isWorkspaceAdmin`
    # (also asked of the account's address: `isSuperAdminEmail(user.email)`, an allow-list of staff)
    r"|^(?:require|ensure|assert|check|verify|is|has|must)[A-Z]\w*?(?:Member|Membership|Admin|Owner|Author)"
    r"(?:Email|Address)?$"
    # a capability granted to the caller's access level: `hasPlatformCapability(level, "billing")`
    r"|^(?:require|ensure|assert|check|verify|has)[A-Z]?\w*?(?:Capability|Capabilities|Privilege|Privileges)$"
    # a throwing access gate on a resource: `assertTicketAccess(session, id)`, `requireProjectAccess(id)`
    r"|^(?:require|ensure|assert)[A-Z]\w*?Access$"
    # a permission of a module between verb and word: `checkFinancePermission(userId, schoolId, "invoice", "edit")`
    r"|^(?:require|ensure|assert|check|verify|has)[A-Z]\w*?(?:Permission|Permissions)$"
    # PropelAuth: `user.getOrg(id)?.isAtLeastRole("Admin")`
    r"|^isAtLeastRole$"
)
OWNERSHIP_CALLS = re.compile(
    r"(?i)(owner|ownership|canEdit|canDelete|canUpdate|canAccess|canView|hasAccess|belongsTo|authori[sz])"
    # `ownsBooking(session, id)`: a predicate on the caller owning the resource
    r"|(?-i:^owns[A-Z])"
)
RATE_LIMIT = re.compile(r"(?i)rate_?limit|ratelimit|throttle|limiter|slowdown")
AUDIT = re.compile(r"(?i)audit|logSecurityEvent|logActivity|securityLog|recordEvent|trackSecurity")
# An activity trail written by a user action (`tracker.userActivity({ type: "Banned" })`,
# `recordActivity(...)`), not a read of one (`getUserActivity`) nor a last-seen bump (`updateActivity`)
ACTIVITY_TRAIL = re.compile(
    r"^(?!(get|fetch|list|find|load|use|count|read|query|update|set|delete|clear|has|is|should)[A-Z])[a-z]\w*Activity$"
)
# A function shipping a structured line to a log store (`logToAxiom`, `logToDatadog`)
LOG_SHIPPER = re.compile(r"^logTo[A-Z]\w*$")
STRUCTURED_LOGGERS = frozenset({"logger", "log", "pino", "winston", "auditLogger", "securityLogger"})
VALIDATION_METHODS = frozenset(
    {
        "parse",
        "safeParse",
        "parseAsync",
        "safeParseAsync",
        "validate",
        "validateSync",
        "validateAsync",
        "assert",
        "decode",
    }
)
# Schema calls that answer instead of throwing: they validate only when their answer is tested.
NON_THROWING_VALIDATION = frozenset({"safeParse", "safeParseAsync"})
VALIDATION_FUNCTIONS = frozenset(
    {"parseWithZod", "parseWithValibot", "parseWithYup", "parse", "safeParse", "assert", "is", "validate", "check"}
)
# The packages of data-format parsers, whatever name they are imported under (`Papa.parse(csvText)`
# turns a file into rows, it checks none of them)
FORMAT_PARSER_PACKAGES = frozenset(
    {"papaparse", "csv-parse", "csv-parse/sync", "yaml", "js-yaml", "json5", "toml", "smol-toml", "@iarna/toml"}
)
# (data-format parsers too: `Papa.parse(csvText)` turns a file into rows, it checks none of them)
NOT_SCHEMAS = frozenset(
    {
        "JSON",
        "Date",
        "URL",
        "path",
        "qs",
        "querystring",
        "cookie",
        "Number",
        "Math",
        "yaml",
        "YAML",
        "Papa",
        "papa",
        "Papaparse",
        "papaparse",
        "csv",
        "CSV",
        "toml",
        "TOML",
        "JSON5",
        "json5",
        "dotenv",
        "url",
        "matter",
    }
)
EMAIL_SMS = re.compile(
    r"(?i)(send\w*(mail|email|sms|message|otp|code|invite|verification|reset|magic))|(emails?\.send)|(sendMail)|"
    # a chat message to a phone: `sendWhatsApp(to, body)`, `sendZApiText(phone, text)` (not `sendContext`)
    r"(send\w*whats_?app)|((?-i:(^|\.)send(\w*[a-z0-9])?(?<!Con)(Text|_text)$))|"
    # `messages.create` is Twilio's SMS only on a Twilio client: Anthropic's is an AI call
    # (`resend.batch.send(...)`, also on the client a getter hands back: `getResend().emails.send(...)`)
    r"((twilio|sms|mailgun|^mg|^client)\w*\.messages\.create)|(^sgMail\.send)|(^mail\.send)|(resend\w*(\(\))?\.\w+\.send)|"
    # AWS SES v3: `ses.send(new SendEmailCommand(...))` on a client named for the service
    r"((^|\.)(ses|ses_?client|ses_?v2|ses_?v2_?client)\.send$)"
    # Vonage: `vonage.sms.send({ to, from, text })`
    r"|((^|\.)sms\.send$)"
    # Supabase Auth mailing a confirmation, a one-time code or a reset link to the address it is handed
    r"|(\.auth\.(resend|signInWithOtp|resetPasswordForEmail)$)"
    # (and an invitation mailed by the admin API: `supabaseAdmin.auth.admin.inviteUserByEmail(email)`)
    r"|(\.auth\.admin\.inviteUserByEmail$)"
)
AI_CALLS = re.compile(
    r"^(generateText|streamText|generateObject|streamObject|embed|embedMany|experimental_generateImage|generateImage)$|chat\.completions\.create|responses\.create|"
    r"messages\.create|completions\.create|images\.generate|"
    # speech models: `openai.audio.transcriptions.create({ file, model: "whisper-1" })`, `audio.speech.create(...)`
    r"(^|\.)audio\.(transcriptions|translations|speech)\.create$|"
    # the v3 `OpenAIApi` client (openai@3, openai-edge): `openai.createImage({ prompt })`
    r"\.(createChatCompletion|createCompletion|createImage|createImageEdit|createImageVariation|createEmbedding|"
    r"createTranscription)$|"
    # Gemini: `const chat = model.startChat(); await chat.sendMessageStream(parts)` talks to the model
    r"(^|\.)chat\.sendMessage(Stream)?$|"
    # Gemini: `genAI.getGenerativeModel(...).generateContent(prompt)`, `ai.models.generateContent({...})`
    r"\.generateContent(Stream)?$|"
    # Gemini embeddings: `model.embedContent(text)`, `model.batchEmbedContents({...})`, `ai.models.embedContent({...})`
    r"\.(embedContent|batchEmbedContents)$"
)
# the SDKs whose `generateContent` calls a model (a project's own `generateContent` may be anything)
GEMINI_IMPORTS = ("@google/generative-ai", "@google/genai", "@google-cloud/vertexai")
AI_IMPORTS = (
    "openai",
    "openai-edge",
    "@ai-sdk/",
    "ai",
    "@anthropic-ai/sdk",
    "anthropic",
    "@google/generative-ai",
    "groq-sdk",
)
# Genkit: `genkit({ plugins: [googleAI()] })` of these packages makes the instance whose `generate` asks a model
GENKIT_IMPORTS = ("genkit", "genkit/beta")
# what a Genkit instance's methods are: a model asked, a flow (`defineFlow(config, fn)` runs `fn` when called)
# or a prompt (calling it asks the model) defined
GENKIT_METHODS = {
    "generate": "model",
    "generateStream": "model",
    "embed": "model",
    "embedMany": "model",
    "defineFlow": "flow",
    "defineStreamingFlow": "flow",
    "definePrompt": "prompt",
    "prompt": "prompt",
}
# Genkit 0.x functions imported from its packages, the same roles
GENKIT_LEGACY = {
    ("@genkit-ai/ai", "generate"): "model",
    ("@genkit-ai/ai", "generateStream"): "model",
    ("@genkit-ai/ai", "embed"): "model",
    ("@genkit-ai/ai", "definePrompt"): "prompt",
    ("@genkit-ai/dotprompt", "definePrompt"): "prompt",
    ("@genkit-ai/dotprompt", "prompt"): "prompt",
    ("@genkit-ai/flow", "defineFlow"): "flow",
    ("@genkit-ai/flow", "defineStreamingFlow"): "flow",
}
# the imported functions that answer Firebase Admin's auth client (`getAuth().verifyIdToken(idToken)`)
FIREBASE_ADMIN_AUTH_MAKERS = frozenset({("firebase-admin/auth", "getAuth"), ("firebase-admin", "auth")})
# the packages of the v3 `OpenAIApi` client, whose methods are named `create<Thing>`
OPENAI_V3_IMPORTS = ("openai", "openai-edge")
# Names of DB client objects: `db.user.create`, `prisma.post.delete`, `tx.x.update` ...
DB_ROOTS = frozenset(
    {
        "db",
        "prisma",
        "tx",
        "trx",
        "database",
        "client",
        "prismaClient",
        "drizzle",
        "kysely",
        "knex",
        "conn",
        "connection",
        "pool",
        "sql",
        "supabase",
        "supabaseAdmin",
        "admin",
        "orm",
        "em",
        "repo",
        "mongo",
        "mongodb",
    }
)
PRISMA_READS = frozenset(
    {"findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany", "count", "aggregate", "groupBy"}
)
PRISMA_WRITES = frozenset(
    {
        "create",
        "createMany",
        "createManyAndReturn",
        "update",
        "updateMany",
        "updateManyAndReturn",
        "upsert",
        "delete",
        "deleteMany",
    }
)
MONGOOSE_READS = frozenset({"find", "findOne", "findById", "countDocuments", "aggregate", "exists", "distinct"})
MONGOOSE_WRITES = frozenset(
    {
        "create",
        "insertMany",
        "updateOne",
        "updateMany",
        "findByIdAndUpdate",
        "findOneAndUpdate",
        "deleteOne",
        "deleteMany",
        "findByIdAndDelete",
        "findOneAndDelete",
        "replaceOne",
        "findByIdAndRemove",
        "findOneAndRemove",
        "bulkWrite",
    }
)
SQL_METHODS = frozenset({"query", "execute", "exec", "prepare", "run", "all", "get", "unsafe", "raw"})
RAW_SQL_SINKS = frozenset(
    {"query", "execute", "exec", "prepare", "$queryRawUnsafe", "$executeRawUnsafe", "raw", "unsafe"}
)
# Auth endpoints and public forms: exempt from missing-auth.
# `reset`, but not `resetTwoFactor` or `resetUserMfa`: switching a second factor off verifies and sends nothing
# (nor `resetUserRecoveryCode`: a second factor's backup code made anew is no password-reset step)
NOT_SECOND_FACTOR_RESET = r"reset(?!_?[a-z_]*?(two_?factor|2fa|mfa|totp|authenticator|recovery|backup))"
# ... and a reset of a password (`reset`, `resetPasswordWithCode`, `resetWithToken`), not of the app's own
# data (`resetContentSchedules`, `resetQuotaCounters`, `resetTournamentPlayers`: a change like any other)
RESET_STEP = (
    NOT_SECOND_FACTOR_RESET
    + r"(?=$|(?![a-z])|[-_/.]?(pass|pwd|pw|pin(?!n)|credential|request|token|link|e?mail|code|handler|action|form|"
    r"with|via|confirm|submit|verify|complete|finish|account|step|flow|"
    # (a person's password, `resetStaffPassword`; not a network's or a device's, `resetWifiPassword`,
    # `resetDoorLockPassword`: a setting of the app's own records, changed like any other)
    r"(?![a-z_]*?(wi_?fi|wlan|network|router|hotspot|ssid|door|lock|locker|gate|device|printer)_?pass)"
    r"[a-z_]*?pass(word|wd|phrase)|(user|my)_?(pass|pw)))"
)
# A version or variant of an auth step kept beside the current one (`loginLegacy`, `signInV2`, `signUpClassic`)
AUTH_STEP_VARIANT = r"(legacy|old|new|classic|fallback|v\d+)"
AUTH_ENDPOINT_NAMES = re.compile(
    # (`logIncident`, `signUpdate`: the step's word runs on as another word, in camelCase)
    r"(?i)^((log_?in|sign_?in|sign_?up|sign_?out|log_?out)(?-i:(?![a-z]))|register|signout|forgot|forget_?(my_?)?pass|"
    + RESET_STEP
    + r"|request_?password|"
    # (`verify` of an auth step, named for what it checks: `verifyEmail`, `verifyOtp`, `verifySmsCode`,
    # `verifyTwoFactor`, `verify`; not `verifyProjectDomain`, `verifyPayment`: a business record checked)
    r"verify(?=$|_?(action|handler)$|[a-z0-9_]*?(e?mail|otp|code|token|pin(?!n)|sign_?in|log_?in|sign_?up|"
    r"two_?factor|2fa|mfa|magic|pass|phone|sms|device|session|account|user|identity|recovery|backup|webauthn|"
    r"credential|proof|key|signature|hmac|captcha|turnstile|invit|link|reset|registration|subscri|newsletter|"
    r"verification|secret|auth|login|jwt))|"
    # (`confirm` of an auth step, named for what it confirms: `confirmEmail`, `confirmSignUp`, `confirmTwoFactor`,
    # `confirm`; not `confirmManualPayment`, `confirmOrder`, `confirmAgeAtCounter`: a business step a
    # signed-in operator takes)
    r"confirm(?=$|_?(action|handler)$|_?(new_?|change_?)?(e?mail|sign_?up|sign_?in|log_?in|account|registration|"
    r"user|code|otp|totp|token|phone|password|pass|pin(?!n)|link|invit|subscri|unsubscri|newsletter|identity|mfa|"
    r"2fa|two_?factor|device|magic|verification|recovery|reset)|[a-z]*?sign_?up)|"
    r"magic|otp|callback|"
    # (`activate` of an account, by its link or code: `activateAccount`, `activate`; not `activateTariff`,
    # `activatePlan`: a signed-in operator switching a record of the app on)
    r"activate(?=$|_?(my_?)?(account|user|e?mail|token|link|code|invit|registration|sign_?up|action$|handler$|with|via|by))|"
    r"accept_?invit|resend|oauth|sso|passkey|webauthn|authenticate|auth)"
    # asking for an account's activation mail or code: `requestActivation`, `sendAccountActivationEmail`
    # (not `requestActivationOfCoupon`: a record an operator switches on)
    r"|^(request|send|resend)_?(account_?|member_?|user_?)?activation(_?(e?mail|link|code|token))?(_?(action|handler))?$"
    r"|(log_?in|sign_?in|sign_?up|register|password_?reset|reset_?password|forgot_?password|verify_?email|magic_?link|"
    r"sign_?out|log_?out)(_?" + AUTH_STEP_VARIANT + r")?(action|handler)?$"
    # sign-up flows split in steps: `sendOtpAction`, `createUserAccountAction`, `checkAccountExistsAction`
    # (`createAccountLink`, `createAccountSession`: Stripe Connect onboarding of a signed-in seller, not a sign-up)
    r"|^(send_?(otp|code|verification)|create_?(user_?)?account(_?(action|handler)|_?with_?\w+)?$|"
    r"check_?(account|email|user)_?exists|(account|email|user)_?exists(_?action)?$|exists_?by_?email)"
    # passwordless steps: `requestOtp`, `requestLoginCode`, `generateMagicLink`, `sendLoginCode`
    # (`sendSmsLoginCode`, `requestPhoneSignInCode`: the channel, then the step)
    r"|^(request|generate|send)_?((email|sms|phone|text)_?)?(login_?|sign_?in_?|email_?|sms_?|phone_?)?(otp|code|magic_?link)"
    # the forgot-password request step: `sendPasswordResetOTP`, `requestPasswordResetEmail`
    r"|^(request|send|start)_?(password_?reset|reset_?password|pin_?reset|reset_?pin(?!n))"
    # ... named for the mail it sends, the password left unsaid: `sendResetEmail`, `sendResetLink`
    r"|^(request|send|e?mail)_?reset_?(e?mail|link|code|token|instructions)(_?(action|handler))?$"
    # ... named for recovering the account: `emailRecoveryAction`, `recoverAccount` (not a signed-in user's
    # second-factor backup codes, `accountRecoveryCodes`)
    r"|^(e?mail|account|password)_?recovery(?!_?(codes?|keys?|settings?|options?))|^recover_?(my_?)?(account|password|e?mail)"
    # a sign-in link asked for by a kind of account: `requestMemberLoginLinkAction`, `emailSignInLink`
    r"|^(request|send|email)_?([a-z]+_?)??(log_?in|sign_?in)_?link"
    # the request step named for what it asks for: `handlePasswordResetRequest`, `emailVerificationTokenRequest`
    # (not an operator's answer to one: `approvePasswordResetRequest`)
    r"|(?<!approve)(?<!reject)(?<!deny)(?<!cancel)(?<!delete)"
    r"(password_?reset|reset_?password|e?mail_?verification)(_?(token|code|link|e?mail))?_?request(_?(action|handler))?$"
    # ... or for what it mails: `passwordResetToken`, `resetPasswordLink` (the whole name, not a list of them)
    r"|^(password_?reset|reset_?password)_?(token|code|link|e?mail)(_?(action|handler))?$"
)
# `contact` as the form a visitor sends, not a person's contact details kept on their record
# (`updateContactDetails`, `saveContactInfo`: a profile edit)
CONTACT_FORM = r"contact(?!_?(details?|info(rmation)?|numbers?|phones?|address(es)?|preferences?))"
# ... nor a stored contact (a CRM's, a guest list's) acted on: `declineContact`, `contacts/[contactId]/notes`
CONTACT_RECORD = re.compile(
    r"(?i)(accept|decline|reject|approve|archive|delete|remove|update|edit|merge|assign|block|tag|enrich)_?contacts?"
    r"|contacts?/\["
)
PUBLIC_FORM_NAMES = re.compile(
    r"(?i)("
    + CONTACT_FORM
    # (`unsubscribe` is none: with no token, anyone opts anyone's address out)
    + r"|newsletter|(?<!un)subscribe|waitlist|wait_list|feedback|join_?list|early_?access|demo_?request|enquir|inquir|"
    # answering a survey (`submitSurvey`, `surveyResponse`), not building one (`createSurvey`)
    r"(submit|answer|complete|take|respond)_?(to_?)?[a-z_]*?survey|survey_?(responses?|answers?|submissions?)|"
    # a visitor's enquiry to a business (`submitLead`), not a CRM's import of many (`submitLeads`)
    r"submit_?lead(?!s)|"
    # a visitor asking to see the place (`requestTour`, `requestAViewing`, `submitTourRequest`), not a tour
    # operator's own tours (`createTour`, `scheduleTour`) nor the requests filed (`tourRequests`)
    r"request_?(a_?)?(tour|viewing|showing)(?![a-z])|(submit|send)_?(a_?)?(tour|viewing|showing)_?request(?![a-z])|"
    # a resident's complaint, grievance or tip-off sent in (`fileComplaint`, `submitAnonymousTip`), not
    # the case worked on afterwards (`resolveComplaint`, `listComplaints`)
    # (a tip only filed or submitted: `sendTip` pays a creator)
    r"(file|submit|lodge|send|make|raise|report)_?(an?_?)?(anonymous_?|new_?|public_?)?(complaint|grievance)(?!s)|"
    r"(file|submit|lodge|report)_?(an?_?)?(anonymous_?|new_?|public_?)?tip(_?off)?(?![a-z]))"
)
SEND_INVITATIONS = r"send_?[a-z_]*?invitations?"
# Who an operation is done to or by, named between its verb and object: `changeOwnerPassword`, `loginStaff`
PRINCIPAL_NOUNS = r"(user|owner|admin|member|staff|crew|customer|client|tenant|employee|account|partner|agent)"
RATE_SENSITIVE_NAMES = re.compile(
    r"(?i)(log_?in|sign_?in|sign_?up|register|forgot|forget_?(my_?)?pass|reset_?password|password_?reset|request_?password|otp|two_?factor|"
    # (`verifySmsCode`, `verifyLoginCode`: the channel or step named between the verb and the code)
    # (`verify-pin`: a door or kiosk PIN checked against the stored one, not `verifyPinnedPost`)
    # (`verifyResetToken`, `verifyPasswordResetCode`: the reset step's check of the token the link carries)
    r"2fa|mfa|verify_?((sms|text|phone|mobile|login|sign_?in|(password_?)?reset)_?)?(code|otp|token|pin(?!n)|passcode)|"
    r"verify_?(email|phone)|"
    r"change_?password|update_?password|resend|magic_?link|invite|"
    # (`changeStaffPassword`, `updateMyPassword`: the account whose password it is named between; the name ends
    # there, not `updateStaffPasswordPolicy`, a setting)
    r"(change|update)_?(my_?|"
    + PRINCIPAL_NOUNS
    + r"_?)password(_?(action|handler))?$|"
    # `sendEventInvitations`: mailing invitations (not listing, creating or revoking them)
    + SEND_INVITATIONS
    + r"|"
    + CONTACT_FORM
    # `requestEmailConfirmation`: asking for the confirmation mail again, a resend by another verb
    # (the name ends there, or with what is sent: not `requestVerificationStatus`, a read; the channel named,
    # not `requestVerification` of a seller asking staff for a verified badge)
    + r"|send_?code|send_?verification|request_?((email|phone)_?(confirmation|verification)|"
    + r"(confirmation|verification)_?(email|mail|sms|code|link))(_?(action|handler))?$)"
)
AUDIT_SENSITIVE_NAMES = re.compile(
    r"(?i)(delete_?(account|user|profile)|remove_?(account|user)|(change|update|set)_?(my_?|"
    + PRINCIPAL_NOUNS
    + r"_?)?password|"
    # (`updateUserEmail`, `changeMyEmail`: the account's own address, its holder named)
    r"reset_?password|(change|update)_?(my_?|user_?|account_?)?email|(change|update|set|assign|edit)_?"
    r"((team_?|org_?|organi[sz]ation_?|workspace_?|project_?)?(member_?|user_?|account_?))?roles?|(update|change|set|grant|revoke)_?"
    r"permissions?|disable_?(2fa|two_?factor|mfa|totp)|(create|generate|revoke|delete|destroy|rotate|regenerate)_?api_?(keys?|tokens?)|"
    r"^(\w*?[a-z_])?(log_?in|sign_?in)(_?"
    + PRINCIPAL_NOUNS
    + r")?(_?"
    + AUTH_STEP_VARIANT
    + r")?(action|handler)?$|^authenticate$|impersonat|ban_?user|(pro|de)mote(?!r)(?!_?(from|waitlist|queue|next))|"
    r"transfer_?((team|org|organi[sz]ation|workspace|project|company|business|tenant|account)_?)?ownership|"
    r"(delete|remove|kick)_?((team|org|organi[sz]ation|workspace|project)_?)?members?|"
    # `removeStaff`, `kickCrewMember`, `removeVenueStaff`: an organization's staff losing their access (not
    # `removeStaffNote`, a thing about them)
    r"(delete|remove|kick)_?([a-z]+_?)??(staff|crew|collaborators?|teammates?)(_?members?)?(?![a-z]))"
)
AUDIT_SENSITIVE_MODELS = re.compile(r"(?i)^(api_?keys?|api_?tokens?|roles?|permissions?|memberships?|user_?roles?)$")
# (`chatbots`: an assistant's definition, not a chat; whose it is only an owner column can say)
PRIVATE_MODELS = re.compile(
    r"(?i)(user|account|profile|session|order|purchase|invoice|payment|subscription|billing|message|conversation|"
    r"chat(?!_?bot)|note|"
    r"document|file|upload|api_?key|token|secret|credential|address|customer|member|team|organi[sz]ation|org|workspace|"
    r"project|setting|notification|transaction|wallet|card|patient|booking|appointment|draft|todo|task|bookmark|"
    r"contact|lead|deal|ticket|report|record|journal|diary|secret|payout|refund|statement|receipt|expense|audit|"
    # someone applying for a job or a place: their contact details, CV and screening (`applicants`)
    r"applicant|"
    # a till's sales (`pos_sales`, `FuelSale`; not `wholesale_prices`, `salesforce_id`)
    r"(?-i:(?<![a-z])sales?(?![a-z])|Sales?(?![a-z]))|"
    # what someone saved for later, like a bookmark (`PostSave`, `saved_posts`, `favorites`, `wishlist`)
    r"(?-i:(?<![a-z])saved?s?(?![a-z])|Saved?s?(?![a-z]))|favou?rites?|wish_?lists?|"
    # the security log: sign-in attempts, security events, the activity and access logs (who, from which address)
    r"activity_?logs?|access_?logs?|(login|sign_?in)_?attempts?|security_?(events?|logs?))"
)
# A person's birth date or health record (`dateOfBirth`, `dob`, `medicalNotes`, `diagnosis`): personal data
# of the most protected kind, whoever the row is about
SPECIAL_PERSONAL_FIELD = re.compile(
    r"(?i)^(date_?of_?birth|birth_?date|birthday|dob|(medical|allerg(y|ies)|diagnos[ie]s)_?\w*"
    r"|health_?(notes?|records?|info|conditions?)|ssn)$"
)
# The head noun of a compound model name that makes it a classifier (`notificationChannel`,
# `ticketCategory`, `orderType`): a list of kinds of something, not one party's rows of it.
_CLASSIFIER_HEAD = re.compile(r"(?i)^(channel|type|kind|category|categories|topic)s?$")
# Modifiers that still tie such a classifier to a party (`chatChannel`, `teamCategory`, `userType`).
_PARTY_MODIFIER = re.compile(
    r"(?i)^(user|account|profile|customer|member|team|organi[sz]ation|org|workspace|patient|client|tenant|"
    r"chat|conversation|message|owner|personal|private|direct|dm)s?$"
)


# Where someone (or their vehicle) was: GPS pings and location trails (`ping`, `gpsFix`, `locationHistory`);
# `ping` as a word of the name only (not `shipping`, `mapping`)
_LOCATION_TRAIL = re.compile(
    r"(?:^[pP]|(?<=[a-z0-9])P|_[pP])ings?(?:$|[A-Z_])|(?i:gps|geo_?locations?|location_?(?:pings?|history|updates?|logs?|trail))"
)


# Content a site shows to everyone, filed under its author (`user_posts_active`, `memberReviews`): the
# party's word says who wrote it, not whose private data it is (a state word may follow: `_active`)
_PUBLIC_CONTENT_HEAD = re.compile(r"(?i)^(posts?|comments?|reviews?|articles?)$")
_AUTHOR_WORDS = frozenset({"user", "users", "member", "members", "author", "authors"})
_CONTENT_STATES = frozenset({"active", "public", "published", "live"})


def _authored_content(words: list[str]) -> bool:
    """`user_posts_active`: an author's word, a public-content head noun, perhaps its state."""
    lowered = [w.lower() for w in words]
    while lowered and lowered[-1] in _CONTENT_STATES:
        lowered.pop()
    return (
        len(lowered) >= 2
        and bool(_PUBLIC_CONTENT_HEAD.match(lowered[-1]))
        and all(w in _AUTHOR_WORDS for w in lowered[:-1])
    )


# The schemas background-job libraries keep their queue and run log in (graphile-worker, pg-boss):
# each job's payload and error text, internal to the server
JOB_QUEUE_SCHEMAS = frozenset({"graphile_worker", "pgboss"})


def private_model(name: str) -> bool:
    """A model named for someone's data (`invoice`, `userProfile`); a compound whose head noun
    classifies (`notificationChannel`: the kinds of notification there are) counts only when a
    party's word modifies it (`chatChannel`, `teamCategory`)."""
    if _LOCATION_TRAIL.search(name):
        return True
    if name.partition(".")[0].lower() in JOB_QUEUE_SCHEMAS and "." in name:
        return True
    if not PRIVATE_MODELS.search(name):
        return False
    words = _WORD.findall(name)
    if _authored_content(words):
        return False
    if len(words) < 2 or not _CLASSIFIER_HEAD.match(words[-1]):
        return True
    return any(_PARTY_MODIFIER.match(w) for w in words[:-1])


# Where a passwordless flow keeps its pending one-time codes.
CODE_STORE_MODELS = re.compile(
    r"(?i)^(verification_?tokens?|verifications?|otps?|otp_?codes?|one_?time_?(codes?|tokens?|passwords?)|"
    r"login_?codes?|magic_?links?|email_?verifications?(_?(codes?|tokens?))?|passcodes?)$"
)
# Where a WebAuthn/passkey ceremony keeps the challenge its options step handed out: a one-time nonce
# under a random id, consumed by the verify step; nobody's resource.
CHALLENGE_STORE_MODELS = re.compile(
    r"(?i)^(webauthn|passkeys?|fido2?|authn)_?(auth_?|registration_?|login_?)?challenges?$"
)
SENSITIVE_FIELD = re.compile(r"(?i)(password|hash|token|secret|api_?key|salt|otp|totp|recovery|private_?key|ssn|mfa)")
# Date's setters (`d.setDate(n)`, `d.setUTCHours(h)`): they change the date in place
DATE_SETTER = re.compile(r"^set(UTC)?(Date|Time|Month|FullYear|Hours|Minutes|Seconds|Milliseconds)$")
PRIVILEGED_FIELDS = frozenset(
    {
        "role",
        "roles",
        "isAdmin",
        "is_admin",
        "admin",
        "permissions",
        "permission",
        "plan",
        "credits",
        "balance",
        "emailVerified",
        "email_verified",
        "isVerified",
        "verified",
        "tier",
        "isSuperuser",
        "superuser",
        "is_superuser",
        "isSuperAdmin",
        "is_super_admin",
        "superAdmin",
        "subscription",
        "stripeCustomerId",
        "quota",
    }
)
# What the business extends to an account (`creditLimit`, `credit_limit_cents`): like a balance, spent by its
# holder, never theirs to set (not a credit card's digits or a credit note)
CREDIT_LIMIT = re.compile(r"(?:^|_)credit_?limit(?=$|_|[A-Z])|(?<=[a-z])CreditLimit(?=$|_|[A-Z])", re.I)
# the owner fields naming the tenant a row is filed under, not a person
# (each in its camelCase and its snake_case spelling: Prisma's fields and SQL/Supabase columns)
TENANT_OWNER_FIELDS = frozenset(
    {
        "tenantId",
        "tenant_id",
        "organizationId",
        "organization_id",
        "orgId",
        "org_id",
        "teamId",
        "team_id",
        "workspaceId",
        "workspace_id",
    }
)
OWNER_FIELDS = (
    frozenset(
        {
            "userId",
            "user_id",
            "authorId",
            "author_id",
            "ownerId",
            "owner_id",
            "createdBy",
            "created_by",
            "createdById",
            "accountId",
            "account_id",
        }
    )
    | TENANT_OWNER_FIELDS
)
SESSION_PARAM_NAMES = frozenset(
    {
        "ctx",
        "context",
        "user",
        "session",
        "team",
        "org",
        "organization",
        "workspace",
        "account",
        "viewer",
        "me",
        "currentUser",
        "authUser",
        "member",
        "membership",
        "tenant",
    }
)
_SECRET_WORDS = frozenset(
    {
        "token",
        "secret",
        "otp",
        "passcode",
        "pin",
        "password",
        "passwd",
        "hash",
        "hashed",
        "signature",
        "apikey",
        "hmac",
        "digest",
    }
)
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def words(name: str) -> list[str]:
    found = _WORDS.get(name)
    if found is None:
        if len(_WORDS) >= _MEMO_LIMIT:
            _WORDS.clear()
        found = _WORDS[name] = tuple([w.lower() for w in _WORD.findall(name)])
    return list(found)  # (a list of its own: callers may change it)


# `words` by name (pure of the string; asked for most names a comparison, a key or a model mentions)
_WORDS: dict[str, tuple[str, ...]] = {}


@lru_cache(maxsize=65536)  # asked for every name a credential lookup or a comparison mentions
def is_secret_name(name: str) -> bool:
    ws = words(name)
    joined = set(ws)
    if joined & _SECRET_WORDS:
        return True
    if len(ws) >= 2 and ws[-1] == "key" and ws[-2] in _KEY_CHECK_WORDS:
        return True  # a key named for checking callers with (`webhookVerifyKey`, `signingKey`): a shared secret
    return any(a == "api" and b == "key" for a, b in itertools.pairwise(ws))


_KEY_CHECK_WORDS = frozenset({"verify", "verification", "signing", "webhook"})


@dataclass(frozen=True)
class Vocabulary:
    auth_extra: frozenset[str] = frozenset()
    role_extra: frozenset[str] = frozenset()
    validation_extra: frozenset[str] = frozenset()
    rate_limit_extra: frozenset[str] = frozenset()
    audit_extra: frozenset[str] = frozenset()
    db_extra: frozenset[str] = frozenset()
    # each predicate's answers by name (not lru_caches keyed on `self`: each hit of one hashed the six
    # fields anew, hundreds of thousands of times per scan); bounded as those were
    _is_auth_source_memo: dict[str, bool] = field(default_factory=dict, compare=False, hash=False, repr=False)
    _is_auth_enforcer_memo: dict[str, bool] = field(default_factory=dict, compare=False, hash=False, repr=False)
    _is_role_call_memo: dict[str, bool] = field(default_factory=dict, compare=False, hash=False, repr=False)
    _is_rate_limit_memo: dict[str, bool] = field(default_factory=dict, compare=False, hash=False, repr=False)
    _is_audit_memo: dict[str, bool] = field(default_factory=dict, compare=False, hash=False, repr=False)
    _is_validation_memo: dict[str, bool] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @classmethod
    def from_config(cls, config: Config) -> Vocabulary:
        made = cls(
            frozenset(config.auth_functions),
            frozenset(config.role_functions),
            frozenset(config.validation_functions),
            frozenset(config.rate_limit_functions),
            frozenset(config.audit_functions),
            frozenset(config.db_clients),
        )
        # one instance per distinct vocabulary: its memos below then serve every batch
        return _INTERNED.setdefault(made, made)

    def _extra(self, names: frozenset[str], dotted: str) -> bool:
        return bool(names) and (dotted in names or dotted.rsplit(".", 1)[-1] in names)

    def is_auth_source(self, dotted: str) -> bool:
        memo = self._is_auth_source_memo
        found = memo.get(dotted)
        if found is None:
            if len(memo) >= _MEMO_LIMIT:
                memo.clear()
            found = memo[dotted] = self._is_auth_source(dotted)
        return found

    def _is_auth_source(self, dotted: str) -> bool:
        last = dotted.rsplit(".", 1)[-1]
        if dotted.endswith(AUTH_SOURCE_SUFFIXES) or AUTH_SOURCE_PATTERN.match(last):
            return True
        return ("." not in dotted and last in AUTH_SOURCES) or self._extra(self.auth_extra, dotted)

    def is_auth_enforcer(self, dotted: str) -> bool:
        memo = self._is_auth_enforcer_memo
        found = memo.get(dotted)
        if found is None:
            if len(memo) >= _MEMO_LIMIT:
                memo.clear()
            found = memo[dotted] = self._is_auth_enforcer(dotted)
        return found

    def _is_auth_enforcer(self, dotted: str) -> bool:
        last = dotted.rsplit(".", 1)[-1]
        if dotted in ("auth.protect", "auth().protect"):
            return True
        if dotted.endswith(("aj.protect", "arcjet.protect")):  # arcjet: a rate limit / bot shield, not a session
            return False
        if is_appwrite_account_get(dotted):
            return True
        if dotted.endswith(".api.signInAnonymous"):
            # better-auth's anonymous plugin: signs the caller in as a guest (a user row and its session
            # cookie) and throws when it cannot, so what follows always has a session of its own
            return True
        return bool(AUTH_ENFORCERS.match(last)) and last != "authorize"

    def is_role_call(self, dotted: str) -> bool:
        memo = self._is_role_call_memo
        found = memo.get(dotted)
        if found is None:
            if len(memo) >= _MEMO_LIMIT:
                memo.clear()
            found = memo[dotted] = self._is_role_call(dotted)
        return found

    def _is_role_call(self, dotted: str) -> bool:
        last = dotted.rsplit(".", 1)[-1]
        return bool(ROLE_CALLS.match(last)) or self._extra(self.role_extra, dotted)

    def is_rate_limit(self, dotted: str) -> bool:
        memo = self._is_rate_limit_memo
        found = memo.get(dotted)
        if found is None:
            if len(memo) >= _MEMO_LIMIT:
                memo.clear()
            found = memo[dotted] = self._is_rate_limit(dotted)
        return found

    def _is_rate_limit(self, dotted: str) -> bool:
        return (
            bool(RATE_LIMIT.search(dotted))
            or self._extra(self.rate_limit_extra, dotted)
            or dotted.endswith(("aj.protect", "arcjet.protect"))
        )

    def is_audit(self, dotted: str) -> bool:
        memo = self._is_audit_memo
        found = memo.get(dotted)
        if found is None:
            if len(memo) >= _MEMO_LIMIT:
                memo.clear()
            found = memo[dotted] = self._is_audit(dotted)
        return found

    def _is_audit(self, dotted: str) -> bool:
        if (
            AUDIT.search(dotted)
            or ACTIVITY_TRAIL.match(dotted.rsplit(".", 1)[-1])
            or self._extra(self.audit_extra, dotted)
        ):
            return True
        return self.is_structured_log(dotted)

    def logs_only(self, dotted: str) -> bool:
        """An audit only as a structured-logger line (`logger.info(...)`, not `auditLogger.info`):
        one counts only near the operation (`flow._LOG_REACH`)."""
        return self.is_structured_log(dotted) and not (AUDIT.search(dotted) or self._extra(self.audit_extra, dotted))

    @staticmethod
    def is_structured_log(dotted: str) -> bool:
        parts = dotted.split(".")
        if len(parts) == 1:
            return bool(LOG_SHIPPER.match(parts[0]))  # `logToAxiom({ name: "auth-flow", outcome })`
        if len(parts) == 2 and parts[0] in ("Sentry", "sentry") and parts[1] == "captureMessage":
            return True  # an event with its context shipped to the error monitor (not `captureException`)
        return len(parts) == 2 and parts[0] in STRUCTURED_LOGGERS and parts[1] in ("info", "warn", "error", "notice")

    def is_validation(self, dotted: str) -> bool:
        memo = self._is_validation_memo
        found = memo.get(dotted)
        if found is None:
            if len(memo) >= _MEMO_LIMIT:
                memo.clear()
            found = memo[dotted] = self._is_validation(dotted)
        return found

    def _is_validation(self, dotted: str) -> bool:
        if self._extra(self.validation_extra, dotted):
            return True
        parts = dotted.split(".")
        last = parts[-1]
        if len(parts) == 1:
            return last in ("parseWithZod", "parseWithValibot", "parseWithYup")
        return not (parts[0] in NOT_SCHEMAS or last not in VALIDATION_METHODS)

    def is_db_root(self, name: str) -> bool:
        return name in DB_ROOTS or name in self.db_extra


_INTERNED: dict[Vocabulary, Vocabulary] = {}
_MEMO_LIMIT = 65536


# Fields a public profile card shows; a select of anything else (`accounts`, `posts`) is not a profile card
DISPLAY_FIELD = re.compile(
    r"(?i)^(id|_id|uuid|(user_?|display_?|first_?|last_?|full_?|nick_?|stage_?|screen_?)?name|handle|slug|image|"
    r"avatar\w*|picture|photo\w*|bio|about|headline|title|website|url|created_?at|joined\w*|verified)$"
)
