import type { ZodSchema, z } from "zod";
import { getOrgContext, requireUser, type OrgContext, type StaffRole } from "@/lib/auth/session";
import { assertRole } from "@/lib/auth/permissions";

export function withOrg<T>(fn: (formData: FormData, ctx: OrgContext) => Promise<T>) {
  return async (formData: FormData) => {
    const ctx = await getOrgContext();
    return fn(formData, ctx);
  };
}

export function withRole<T>(roles: StaffRole[], fn: (formData: FormData, ctx: OrgContext) => Promise<T>) {
  return async (formData: FormData) => {
    const ctx = await getOrgContext();
    assertRole(ctx, ...roles);
    return fn(formData, ctx);
  };
}

export function validatedActionWithUser<S extends ZodSchema, T>(
  schema: S,
  fn: (data: z.infer<S>, formData: FormData, user: { id: string; email: string }) => Promise<T>,
) {
  return async (_prev: unknown, formData: FormData) => {
    const user = await requireUser();
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: parsed.error.errors[0]?.message ?? "Invalid input" };
    return fn(parsed.data, formData, user);
  };
}

// Validation only: used by the public catalogue forms.
export function validatedAction<S extends ZodSchema, T>(schema: S, fn: (data: z.infer<S>, formData: FormData) => Promise<T>) {
  return async (_prev: unknown, formData: FormData) => {
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { error: "Please check the form." };
    return fn(parsed.data, formData);
  };
}
