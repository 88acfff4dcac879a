import "server-only";
import { createServerActionProcedure } from "zsa";
import { getCurrentUser } from "@/lib/auth/session";
import { rateLimit } from "@/lib/ratelimit";
import { logAudit } from "@/lib/audit";

// signed-in user, any role
export const authedProcedure = createServerActionProcedure().handler(async () => {
  const user = await getCurrentUser();
  if (!user) throw new Error("Sign in required");
  return { user };
});

// league member with the coach (or admin) role
export const coachProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  const { user } = ctx;
  if (!user.leagueId) throw new Error("No league");
  if (!user.roles.includes("coach") && !user.roles.includes("league_admin")) throw new Error("Coaches only");
  return { user, leagueId: user.leagueId };
});

export const parentProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  if (!ctx.user.leagueId) throw new Error("No league");
  return { user: ctx.user, leagueId: ctx.user.leagueId };
});

// league admin; every call is audited and rate limited
export const adminProcedure = createServerActionProcedure(authedProcedure).handler(async ({ ctx }) => {
  const { user } = ctx;
  if (!user.leagueId || !user.roles.includes("league_admin")) throw new Error("Admins only");
  await rateLimit(`admin:${user.id}`, 60);
  await logAudit({ leagueId: user.leagueId, actorId: user.id, action: "admin.action" });
  return { user, leagueId: user.leagueId };
});

// analytics only: reads the user for tagging, never rejects anonymous callers
export const trackedProcedure = createServerActionProcedure().handler(async () => {
  const user = await getCurrentUser();
  return { userId: user?.id ?? null, leagueId: user?.leagueId ?? null };
});
