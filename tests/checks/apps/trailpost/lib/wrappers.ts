import { z } from "zod";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";

export type OrgCtx = { orgId: string; userId: string; role: string };

// Operator dashboard actions: the active org comes from the cookie-less session claim,
// membership is looked up here, never from the form.
export function withOrg<T>(fn: (formData: FormData, ctx: OrgCtx) => Promise<T>) {
  return async (formData: FormData): Promise<T> => {
    const session = await auth();
    if (!session?.user?.id) throw new Error("Unauthorized");
    const activeOrgId = (session as unknown as { activeOrgId?: string }).activeOrgId;
    if (!activeOrgId) throw new Error("No active organization");
    const m = await prisma.membership.findUnique({
      where: { orgId_userId: { orgId: activeOrgId, userId: session.user.id } },
      select: { role: true },
    });
    if (!m) throw new Error("Forbidden");
    return fn(formData, { orgId: activeOrgId, userId: session.user.id, role: m.role });
  };
}

export function validatedActionWithUser<S extends z.ZodTypeAny, T>(
  schema: S,
  fn: (data: z.infer<S>, formData: FormData, user: { id: string }) => Promise<T>
) {
  return async (_prev: unknown, formData: FormData) => {
    const session = await auth();
    if (!session?.user?.id) return { error: "Unauthorized" } as T;
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Invalid input" } as T;
    return fn(parsed.data, formData, { id: session.user.id });
  };
}

// Looks like the others but only validates: no session involved.
export function validatedAction<S extends z.ZodTypeAny, T>(schema: S, fn: (data: z.infer<S>, formData: FormData) => Promise<T>) {
  return async (_prev: unknown, formData: FormData) => {
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: "Invalid input" } as T;
    return fn(parsed.data, formData);
  };
}
