import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { headers } from "next/headers";
import { z } from "zod";
import { auth } from "@/auth";
import { auth as volunteerAuth } from "@/lib/auth/volunteer";
import { recordAudit } from "@/lib/audit";
import { ratelimit } from "@/lib/ratelimit";
import { CohortError } from "@/lib/errors";

export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ actionName: z.string() }),
  handleServerError(e) {
    // ok: information-disclosure
    if (e instanceof CohortError) return e.message;
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

// Any signed-in staff user.
export const authActionClient = actionClient.use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) throw new CohortError("Not signed in");
  const u = session.user as { id: string; role?: string; sponsorId?: string | null };
  return next({ ctx: { userId: u.id, role: u.role ?? "MONITOR", sponsorId: u.sponsorId ?? null } });
});

// Study managers of a sponsor. Every call is audited.
export const sponsorActionClient = authActionClient.use(async ({ next, ctx, metadata }) => {
  if (!ctx.sponsorId) throw new CohortError("No sponsor");
  if (ctx.role !== "STUDY_MANAGER" && ctx.role !== "ADMIN") throw new CohortError("Study managers only");
  const result = await next({ ctx: { ...ctx, sponsorId: ctx.sponsorId } });
  await recordAudit({ actorId: ctx.userId, sponsorId: ctx.sponsorId, action: metadata.actionName });
  return result;
});

// Signed-in volunteers (better-auth).
export const volunteerActionClient = actionClient.use(async ({ next }) => {
  const session = await volunteerAuth.api.getSession({ headers: await headers() });
  if (!session) throw new CohortError("Please sign in");
  return next({ ctx: { volunteerId: session.user.id, email: session.user.email } });
});

// Public forms: throttled per IP, no session.
export const publicActionClient = actionClient.use(async ({ next }) => {
  const ip = (await headers()).get("x-forwarded-for") ?? "anon";
  const { success } = await ratelimit.limit(`public:${ip}`);
  if (!success) throw new CohortError("Too many requests, try again in a minute");
  return next();
});

// Site staff client; surfaces raw errors so coordinators can report them to support.
export const siteActionClient = createSafeActionClient({
  handleServerError(e) {
    // ruleid: information-disclosure
    return e.message;
  },
}).use(async ({ next }) => {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");
  return next({ ctx: { userId: session.user.id } });
});

// Analytics client: attaches the session if there is one, never rejects.
export const trackedActionClient = actionClient.use(async ({ next }) => {
  const session = await volunteerAuth.api.getSession({ headers: await headers() });
  return next({ ctx: { volunteerId: session?.user.id } });
});
