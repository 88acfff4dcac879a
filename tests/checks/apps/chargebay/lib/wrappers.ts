import "server-only";
import { cookies } from "next/headers";
import type { StaffRole } from "@prisma/client";
import type { ZodTypeAny, z } from "zod";
import { requireMember, getCurrentUser, type Member } from "@/lib/dal";
import { auditLog } from "@/lib/audit";

type AsyncFn<A extends unknown[], R> = (...args: A) => Promise<R>;

export function withAudit<A extends [Member, ...unknown[]], R>(action: string, fn: AsyncFn<A, R>): AsyncFn<A, R> {
  return async (...args: A) => {
    const result = await fn(...args);
    const member = args[0];
    await auditLog({ tenantId: member.tenantId, actorId: member.userId, action });
    return result;
  };
}

export function withRole<A extends unknown[], R>(roles: StaffRole[], fn: (member: Member, ...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const member = await requireMember(roles);
    return fn(member, ...args);
  };
}

// Owner/admin + audit trail, the default for anything touching money or access.
export function withOperator<A extends unknown[], R>(action: string, fn: (member: Member, ...args: A) => Promise<R>) {
  return withRole<A, R>(["owner", "admin"], withAudit(action, fn as AsyncFn<[Member, ...A], R>));
}

export function validatedActionWithUser<S extends ZodTypeAny, R>(
  schema: S,
  fn: (data: z.infer<S>, formData: FormData, user: { id: string; email: string }) => Promise<R>,
) {
  return async (_prev: unknown, formData: FormData) => {
    const user = await getCurrentUser();
    if (!user) return { error: "Please sign in again." };
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Invalid input" };
    return fn(parsed.data, formData, user);
  };
}

// Resolves the tenant picked in the workspace switcher. Convenience only — not an auth check.
export function withTenant<A extends unknown[], R>(fn: (tenantId: string, ...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const tenantId = (await cookies()).get("cb_tenant")?.value;
    if (!tenantId) throw new Error("No workspace selected");
    return fn(tenantId, ...args);
  };
}
