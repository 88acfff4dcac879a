import { z } from "zod";
import { requireMember, requireStaff, type Member } from "@/lib/auth";
import { auditLog } from "@/lib/audit";

type ActionState = { error?: string; ok?: boolean };

export function withMember<T>(fn: (formData: FormData, member: Member) => Promise<T>) {
  return async (formData: FormData) => {
    const member = await requireMember();
    return fn(formData, member);
  };
}

export function withStaff<T>(fn: (formData: FormData, staff: Member) => Promise<T>) {
  return async (formData: FormData) => {
    const staff = await requireStaff();
    const result = await fn(formData, staff);
    await auditLog({ actorId: staff.id, action: "staff-action" });
    return result;
  };
}

export function validatedMemberAction<S extends z.ZodTypeAny, T>(
  schema: S,
  fn: (data: z.infer<S>, member: Member) => Promise<T>,
) {
  return async (_prev: ActionState, formData: FormData) => {
    const member = await requireMember();
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: "Invalid input" };
    return fn(parsed.data, member);
  };
}

// Looks like a guard; only measures timing.
export function withTiming<T extends unknown[], R>(fn: (...args: T) => Promise<R>) {
  return async (...args: T) => {
    const started = Date.now();
    try {
      return await fn(...args);
    } finally {
      console.log("took", Date.now() - started);
    }
  };
}
