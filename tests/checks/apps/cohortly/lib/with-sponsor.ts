import "server-only";
import { requireSponsorStaff, requireRole, type StaffContext } from "@/lib/auth/guards";
import { recordAudit } from "@/lib/audit";

type SponsorCtx = StaffContext & { sponsorId: string };

// Authenticates (two helpers deep: requireSponsorStaff -> requireStaff -> auth()).
export function withSponsor<I, R>(fn: (ctx: SponsorCtx, input: I) => Promise<R>) {
  return async (input: I) => {
    const ctx = await requireSponsorStaff();
    return fn(ctx, input);
  };
}

// Admin back office: role check + audit.
export function withAdmin<I, R>(fn: (ctx: StaffContext, input: I) => Promise<R>) {
  return async (input: I) => {
    const ctx = await requireRole("ADMIN");
    const result = await fn(ctx, input);
    await recordAudit({ actorId: ctx.userId, action: `admin:${fn.name || "action"}` });
    return result;
  };
}

// Only times the call. Does not authenticate.
export function withTracing<I, R>(fn: (input: I) => Promise<R>) {
  return async (input: I) => {
    const started = Date.now();
    try {
      return await fn(input);
    } finally {
      console.log(`[trace] ${fn.name} ${Date.now() - started}ms`);
    }
  };
}
