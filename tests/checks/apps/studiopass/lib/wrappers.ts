import "server-only";
import type { z } from "zod";
import { auditLog } from "@/lib/audit";
import { requireStaff, verifySession, type SessionInfo } from "@/lib/dal";
import type { StaffRole } from "@/lib/validation";

export type Staff = Awaited<ReturnType<typeof requireStaff>>;

export function withAudit<TArgs extends unknown[], R>(action: string, fn: (...args: TArgs) => Promise<R>) {
  return async (...args: TArgs): Promise<R> => {
    const result = await fn(...args);
    await auditLog({ action, metadata: { argc: args.length } });
    return result;
  };
}

export function withRole<TArgs extends unknown[], R>(
  roles: StaffRole[],
  action: string,
  fn: (staff: Staff, ...args: TArgs) => Promise<R>,
) {
  return withAudit(action, async (studioId: string, ...args: TArgs) => {
    const staff = await requireStaff(studioId, roles);
    return fn(staff, ...args);
  });
}

export function withOrganizer<TArgs extends unknown[], R>(action: string, fn: (staff: Staff, ...args: TArgs) => Promise<R>) {
  return withRole(["OWNER", "REGIONAL_MANAGER"], action, fn);
}

/** Signed-in member + schema-validated FormData (shape borrowed from the SaaS starter). */
export function validatedActionWithUser<S extends z.ZodTypeAny, R>(
  schema: S,
  fn: (data: z.infer<S>, formData: FormData, user: SessionInfo) => Promise<R>,
) {
  return async (_prev: unknown, formData: FormData) => {
    const user = await verifySession();
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Invalid input" };
    return fn(parsed.data, formData, user);
  };
}
