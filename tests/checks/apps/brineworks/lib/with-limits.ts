import "server-only";
import { verifySession, type SessionUser } from "@/lib/dal";
import { mailLimiter, checkRateLimit } from "@/lib/ratelimit";
import { audit } from "@/lib/audit";

// Higher-order wrapper for staff outreach actions: session + role + mail rate limit + audit row.
export function withStaffOutreach<A extends unknown[], R>(name: string, fn: (user: SessionUser, ...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const user = await verifySession();
    if (user.role !== "staff" && user.role !== "admin") throw new Error("Forbidden");
    await checkRateLimit(mailLimiter, `outreach:${user.userId}`);
    const result = await fn(user, ...args);
    await audit.record({ actorId: user.userId, action: `outreach.${name}` });
    return result;
  };
}
