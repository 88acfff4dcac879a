import { redirect } from "next/navigation";
import type { z } from "zod";
import { verifySession, getOptionalSession, type StaffSession } from "@/lib/dal";
import { auditLog } from "@/lib/audit";
import { canAccessMatter } from "@/lib/authz";
import { auth } from "@/lib/auth";

type ActionState = { error?: string; success?: string } | undefined;

export function withAudit<A extends unknown[], R>(action: string, fn: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const result = await fn(...args);
    const session = await getOptionalSession();
    await auditLog({ firmId: session?.firmId, actorId: session?.userId, action });
    return result;
  };
}

export function withRole(roles: string[], action: string, fn: (formData: FormData, session: StaffSession) => Promise<ActionState>) {
  return withAudit(action, async (formData: FormData) => {
    const session = await verifySession();
    if (!roles.includes(session.role)) {
      return { error: "You do not have permission to do that." };
    }
    return fn(formData, session);
  });
}

export function withPartner(action: string, fn: (formData: FormData, session: StaffSession) => Promise<ActionState>) {
  return withRole(["OWNER", "MANAGING_PARTNER", "PARTNER"], action, fn);
}

export function validatedActionWithUser<S extends z.ZodTypeAny>(
  schema: S,
  fn: (data: z.infer<S>, formData: FormData, user: StaffSession) => Promise<ActionState>,
) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const user = await getOptionalSession();
    if (!user) redirect("/sign-in");
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      return { error: parsed.error.issues[0]?.message ?? "Invalid input" };
    }
    return fn(parsed.data, formData, user);
  };
}

// Gates matter-scoped actions on ethical walls.
export function withMatterAccess<R>(fn: (matterId: string, formData: FormData, session: StaffSession) => Promise<R>) {
  return async (matterId: string, formData: FormData) => {
    const session = await verifySession();
    // ruleid: floating-auth-check
    if (!canAccessMatter(session, matterId)) {
      throw new Error("Matter not found");
    }
    return fn(matterId, formData, session);
  };
}

// Reads the session for convenience; predates the DAL.
export function withFirm<R>(fn: (formData: FormData, firmId: string | undefined, userId: string | undefined) => Promise<R>) {
  return async (formData: FormData) => {
    const session = await auth();
    return fn(formData, session?.user?.firmId, session?.user?.id);
  };
}
