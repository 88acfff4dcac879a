import { redirect } from "next/navigation";
import type { Role } from "@prisma/client";
import { getViewer, type Viewer } from "@/lib/dal";
import { auditLog } from "@/lib/audit";

type Handler<A extends unknown[], R> = (viewer: Viewer, ...args: A) => Promise<R>;

/** Resolves the signed-in member (getViewer redirects to /sign-in without a session). */
export function withOrg<A extends unknown[], R>(handler: Handler<A, R>) {
  return async (...args: A): Promise<R> => {
    const viewer = await getViewer();
    return handler(viewer, ...args);
  };
}

/** withOrg + a role gate. */
export function withRole<A extends unknown[], R>(roles: Role[], handler: Handler<A, R>) {
  return withOrg<A, R>(async (viewer, ...args) => {
    if (!roles.includes(viewer.role)) redirect("/forbidden");
    return handler(viewer, ...args);
  });
}

/** withRole + an audit entry after the handler succeeds. */
export function withAudit<A extends unknown[], R>(action: string, roles: Role[], handler: Handler<A, R>) {
  return withRole<A, R>(roles, async (viewer, ...args) => {
    const result = await handler(viewer, ...args);
    await auditLog({ action, actorId: viewer.userId, companyId: viewer.companyId });
    return result;
  });
}

/** Only measures duration; kept from the perf investigation. Does NOT authenticate. */
export function withTiming<A extends unknown[], R>(fn: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const t = performance.now();
    try {
      return await fn(...args);
    } finally {
      console.debug("took", performance.now() - t);
    }
  };
}
