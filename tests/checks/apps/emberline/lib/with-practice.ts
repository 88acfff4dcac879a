import { auth } from "@clerk/nextjs/server";
import { requirePractice, type PracticeCtx } from "@/lib/auth/clerk";
import { writeAudit } from "@/lib/audit";

type Role = "dentist" | "hygienist" | "front_desk" | "practice_admin";

export function withPractice<A extends unknown[], R>(fn: (ctx: PracticeCtx, ...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const ctx = await requirePractice();
    return fn(ctx, ...args);
  };
}

// Role gate for sensitive staff operations; every call is written to the audit table.
export function withRole<A extends unknown[], R>(role: Role, fn: (ctx: PracticeCtx, ...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const ctx = await requirePractice();
    const { has } = await auth();
    if (!has({ role: `org:${role}` }) && !has({ role: "org:practice_admin" })) throw new Error("Forbidden");
    await writeAudit({ actorId: ctx.userId, practiceId: ctx.practiceId, action: `role:${role}:${fn.name || "action"}` });
    return fn(ctx, ...args);
  };
}

// Timing only. Does not authenticate.
export function withTiming<A extends unknown[], R>(fn: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const started = Date.now();
    try {
      return await fn(...args);
    } finally {
      console.log("action took", Date.now() - started, "ms");
    }
  };
}
