import { z } from "zod";
import { verifySession, getMembership, ROLE_RANK, type Role } from "@/lib/dal";
import { auditLog } from "@/lib/audit";

type Membership = Awaited<ReturnType<typeof getMembership>>;

export function withOrg<A extends unknown[], R>(fn: (m: Membership, ...args: A) => Promise<R>) {
  return async (slug: string, ...args: A): Promise<R> => {
    const membership = await getMembership(slug);
    return fn(membership, ...args);
  };
}

export function withRole<A extends unknown[], R>(min: Role, fn: (m: Membership, ...args: A) => Promise<R>) {
  return withOrg(async (m: Membership, ...args: A) => {
    if (ROLE_RANK[m.role as Role] < ROLE_RANK[min]) throw new Error("Forbidden");
    return fn(m, ...args);
  });
}

export function withAuditLogging<A extends unknown[], R>(action: string, fn: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const { userId } = await verifySession();
    const result = await fn(...args);
    await auditLog({ actorId: userId, action });
    return result;
  };
}

export type ActionState = { error?: string; success?: boolean };

export function validatedActionWithUser<S extends z.ZodTypeAny, R>(
  schema: S,
  fn: (data: z.infer<S>, formData: FormData, user: { userId: string; email: string }) => Promise<R>,
) {
  return async (_prev: ActionState, formData: FormData) => {
    const user = await verifySession();
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Invalid input" };
    return fn(parsed.data, formData, user);
  };
}
