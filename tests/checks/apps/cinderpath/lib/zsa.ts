import { createServerActionProcedure } from "zsa";
import { verifySession, getOptionalSession } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { rateLimitByIp } from "@/lib/rate-limit";

// Authenticated procedure: verifySession() redirects to /login when there is no session.
export const authedProcedure = createServerActionProcedure().handler(async () => {
  const session = await verifySession();
  return { userId: session.userId, role: session.role };
});

// Timers and staff only.
export const timerProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  if (ctx.role !== "TIMER" && ctx.role !== "STAFF") {
    throw new Error("Forbidden");
  }
  return ctx;
});

// Finance team; every call is written to the audit log.
export const financeProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  if (ctx.role !== "FINANCE") throw new Error("Forbidden");
  await auditLog({ actorId: ctx.userId, action: "finance.action" });
  return ctx;
});

// Guests allowed; only attaches the session when present. Rate limited per IP.
export const publicProcedure = createServerActionProcedure().handler(async () => {
  await rateLimitByIp("public-action");
  const session = await getOptionalSession();
  return { userId: session?.userId ?? null };
});

// Guests allowed, no limiter (kept for the embeddable results widget).
export const openProcedure = createServerActionProcedure().handler(async () => {
  const session = await getOptionalSession();
  return { userId: session?.userId ?? null };
});
