import "server-only";
import { getCurrentUser, type SessionUser } from "@/lib/dal";
import { recordAudit } from "@/lib/audit";
import { checkRateLimit } from "@/lib/rate-limit";

/** Runs `fn` with the signed-in user; throws when nobody is signed in. */
export function withUser<I, O>(fn: (user: SessionUser, input: I) => Promise<O>) {
  return async (input: I): Promise<O> => {
    const user = await getCurrentUser();
    if (!user) throw new Error("You need to sign in again.");
    return fn(user, input);
  };
}

/** Owner/admin only; every call is written to the audit trail before it runs. */
export function withAdmin<I, O>(action: string, fn: (admin: SessionUser, input: I) => Promise<O>) {
  return async (input: I): Promise<O> => {
    const user = await getCurrentUser();
    if (!user) throw new Error("You need to sign in again.");
    if (user.role !== "owner" && user.role !== "admin") throw new Error("Only admins can do that.");
    await recordAudit({ action, actorId: user.id, orgId: user.orgId, metadata: { input: summarize(input) } });
    return fn(user, input);
  };
}

/** Signed-in user plus a per-user budget (used by actions that send mail). */
export function withThrottledUser<I, O>(bucket: string, limit: number, fn: (user: SessionUser, input: I) => Promise<O>) {
  return async (input: I): Promise<O> => {
    const user = await getCurrentUser();
    if (!user) throw new Error("You need to sign in again.");
    if (!checkRateLimit(`${bucket}:${user.id}`, { limit, windowMs: 60 * 60 * 1000 })) {
      throw new Error("You're doing that too often. Try again later.");
    }
    return fn(user, input);
  };
}

/**
 * Passes the user when there is one. Used by the onboarding checklist and the
 * public invoice preview, which work for anonymous visitors too.
 */
export function withAuthContext<I, O>(fn: (user: SessionUser | null, input: I) => Promise<O>) {
  return async (input: I): Promise<O> => {
    const user = await getCurrentUser();
    return fn(user, input);
  };
}

function summarize(input: unknown): unknown {
  if (input instanceof FormData) return Array.from(input.keys());
  return typeof input;
}
