import { requireRole, type Staff } from "@/lib/auth/dal";
import { auditLog } from "@/lib/audit";

// Admin-only wrapper that records every call in the audit log.
export function withAdminAudit<A extends unknown[], R>(action: string, fn: (staff: Staff, ...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const staff = await requireRole("admin");
    await auditLog({ actorId: staff.userId, action, meta: { args: args.length } });
    return fn(staff, ...args);
  };
}
