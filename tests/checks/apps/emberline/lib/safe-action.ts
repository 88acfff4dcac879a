import { createSafeActionClient, DEFAULT_SERVER_ERROR_MESSAGE } from "next-safe-action";
import { auth } from "@clerk/nextjs/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { writeAudit } from "@/lib/audit";
import { rateLimit, RateLimitError } from "@/lib/rate-limit";
import { createClient } from "@/lib/supabase/server";

export const actionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ actionName: z.string() }),
  handleServerError(e) {
    if (e instanceof RateLimitError) return "Too many requests, try again shortly.";
    // ok: information-disclosure
    return DEFAULT_SERVER_ERROR_MESSAGE;
  },
});

// Practice staff: Clerk org member, resolved to a practice row.
export const practiceActionClient = actionClient.use(async ({ next }) => {
  const { userId, orgId, has } = await auth();
  if (!userId || !orgId) throw new Error("Unauthorized");
  const practice = await prisma.practice.findUnique({ where: { clerkOrgId: orgId }, select: { id: true } });
  if (!practice) throw new Error("Unknown practice");
  return next({ ctx: { userId, orgId, practiceId: practice.id, has } });
});

// Practice admins: permission check plus an audit row for every call.
export const adminActionClient = practiceActionClient.use(async ({ next, ctx, metadata }) => {
  if (!ctx.has({ role: "org:practice_admin" })) throw new Error("Forbidden");
  const result = await next({ ctx });
  await writeAudit({ actorId: ctx.userId, practiceId: ctx.practiceId, action: metadata.actionName });
  return result;
});

// Front-desk messaging: staff plus a per-user rate limit (sends SMS / email).
export const outreachActionClient = practiceActionClient.use(async ({ next, ctx }) => {
  await rateLimit(`outreach:${ctx.userId}`, 30, 3600);
  return next({ ctx });
});

// Patients signed in with Supabase.
export const patientActionClient = actionClient.use(async ({ next }) => {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Sign in required");
  const patient = await prisma.patient.findUnique({ where: { supabaseUserId: user.id }, select: { id: true, practiceId: true } });
  if (!patient) throw new Error("No patient profile");
  return next({ ctx: { user, patient, supabase } });
});

// Telemetry client: reads the Clerk session for logging but lets anonymous calls through.
export const telemetryActionClient = actionClient.use(async ({ next }) => {
  const { userId } = await auth();
  console.log("action", { userId: userId ?? "anonymous" });
  return next({ ctx: { userId } });
});
