import "server-only";
import { requireAdmin, requireStaff, type StaffSession } from "@/lib/auth/require";
import { auditLog } from "@/lib/audit";

// Platform-admin console actions: admin role + audit trail.
export function withAdmin<A extends unknown[], T>(action: string, fn: (session: StaffSession, ...args: A) => Promise<T>) {
  return async (...args: A): Promise<T> => {
    const session = await requireAdmin();
    const result = await fn(session, ...args);
    await auditLog({ actorId: session.user.id, action });
    return result;
  };
}

// Any signed-in staff member (support, finance, admin); no audit.
export function withStaff<A extends unknown[], T>(fn: (session: StaffSession, ...args: A) => Promise<T>) {
  return async (...args: A): Promise<T> => {
    const session = await requireStaff();
    return fn(session, ...args);
  };
}
