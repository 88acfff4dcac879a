import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { logger } from "@/lib/logger";

export type SchoolCtx = { userId: string; schoolId: string; role: string };

async function loadSchoolCtx(): Promise<SchoolCtx> {
  const session = await getServerSession(authOptions);
  if (!session?.user?.email) throw new Error("Unauthorized");
  const user = await db.user.findUnique({ where: { email: session.user.email }, select: { id: true, activeSchoolId: true } });
  if (!user?.activeSchoolId) throw new Error("Unauthorized");
  const m = await db.membership.findUnique({
    where: { userId_schoolId: { userId: user.id, schoolId: user.activeSchoolId } },
    select: { role: true },
  });
  if (!m) throw new Error("Forbidden");
  return { userId: user.id, schoolId: user.activeSchoolId, role: m.role };
}

export function withSchool<I, O>(handler: (ctx: SchoolCtx, input: I) => Promise<O>) {
  return async (input: I) => {
    const ctx = await loadSchoolCtx();
    return handler(ctx, input);
  };
}

// PTA admin only, and audited after the handler runs.
export function withSchoolAdmin<I, O>(action: string, handler: (ctx: SchoolCtx, input: I) => Promise<O>) {
  return async (input: I) => {
    const ctx = await loadSchoolCtx();
    if (ctx.role !== "pta_admin") throw new Error("Forbidden");
    const out = await handler(ctx, input);
    await audit.record({ actorId: ctx.userId, schoolId: ctx.schoolId, action });
    return out;
  };
}

// Timing only; does not authenticate.
export function withTiming<I, O>(name: string, handler: (input: I) => Promise<O>) {
  return async (input: I) => {
    const t = Date.now();
    try {
      return await handler(input);
    } finally {
      logger.info("action.timing", { name, ms: Date.now() - t });
    }
  };
}
