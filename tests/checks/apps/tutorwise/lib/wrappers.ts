import "server-only";
import { z } from "zod";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { auditLog } from "@/lib/audit";

type SessionUser = { id: string; role: string };

export function validatedActionWithUser<S extends z.ZodTypeAny, R>(
  schema: S,
  action: (data: z.infer<S>, formData: FormData, user: SessionUser) => Promise<R>,
) {
  return async (_prev: unknown, formData: FormData) => {
    const session = await auth();
    if (!session?.user?.id) throw new Error("User is not authenticated");
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: parsed.error.errors[0]?.message ?? "Invalid input" };
    return action(parsed.data, formData, { id: session.user.id, role: (session.user as { role?: string }).role ?? "STUDENT" });
  };
}

export type OrgCtx = { user: SessionUser; org: { id: string; role: string } };

// school admin portal: every action gets the caller's org from their membership (never from the client)
export function withOrg<R>(action: (formData: FormData, ctx: OrgCtx) => Promise<R>) {
  return async (formData: FormData) => {
    const session = await auth();
    if (!session?.user?.id) throw new Error("Unauthorized");
    const membership = await prisma.membership.findFirst({
      where: { userId: session.user.id },
      select: { orgId: true, role: true },
    });
    if (!membership) throw new Error("No organization");
    return action(formData, {
      user: { id: session.user.id, role: (session.user as { role?: string }).role ?? "STUDENT" },
      org: { id: membership.orgId, role: membership.role },
    });
  };
}

export function withAudit<A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>) {
  return async (...args: A) => {
    const result = await fn(...args);
    await auditLog({ action: name });
    return result;
  };
}
