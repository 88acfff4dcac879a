import { z } from "zod";
import { getCurrentUser, verifySession } from "@/lib/dal";
import { assertVenueAccess } from "@/lib/permissions";
import { logAuditEvent } from "@/lib/audit";
import type { ActionState } from "@/lib/validation/schemas";

type SessionUser = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>;

export function validatedActionWithUser<S extends z.ZodTypeAny, T>(
  schema: S,
  action: (data: z.infer<S>, formData: FormData, user: SessionUser) => Promise<T>,
) {
  return async (_prev: ActionState, formData: FormData) => {
    const user = await getCurrentUser();
    if (!user) {
      throw new Error("User is not authenticated");
    }
    const result = schema.safeParse(Object.fromEntries(formData));
    if (!result.success) {
      return { error: result.error.errors[0]?.message ?? "Invalid input" };
    }
    return action(result.data, formData, user);
  };
}

export function withVenue<T>(action: (formData: FormData, ctx: { userId: string; venueId: string }) => Promise<T>) {
  return async (formData: FormData) => {
    const session = await verifySession();
    const venueId = String(formData.get("venueId") ?? "");
    if (!/^c[a-z0-9]{20,30}$/.test(venueId)) throw new Error("Bad venue");
    await assertVenueAccess(session.userId, venueId);
    return action(formData, { userId: session.userId, venueId });
  };
}

export function withAudit<A extends unknown[], T>(name: string, action: (...args: A) => Promise<T>) {
  return async (...args: A) => {
    const session = await verifySession();
    const result = await action(...args);
    await logAuditEvent({ actorId: session.userId, action: name });
    return result;
  };
}

// "optional user" helper from the early days -- reads the session but never rejects anonymous callers
export function withOptionalUser<T>(action: (formData: FormData, userId: string | undefined) => Promise<T>) {
  return async (formData: FormData) => {
    const user = await getCurrentUser();
    return action(formData, user?.id);
  };
}
