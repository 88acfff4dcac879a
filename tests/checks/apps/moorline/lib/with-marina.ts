import type { z } from "zod";
import type { StaffRole } from "@prisma/client";
import { requireMarinaAccess, type MarinaCtx } from "@/lib/auth/dal";
import { hasRole } from "@/lib/auth/roles";

/**
 * Project wrapper for marina-scoped actions: parses the input with the schema,
 * resolves the caller's membership for `input.marinaId` and enforces a minimum role.
 */
export function withMarina<S extends z.ZodType<{ marinaId: string }>, R>(
  schema: S,
  minRole: StaffRole,
  fn: (input: z.infer<S>, ctx: MarinaCtx) => Promise<R>,
) {
  return async (raw: unknown): Promise<R> => {
    const input = schema.parse(raw);
    const ctx = await requireMarinaAccess(input.marinaId);
    if (!hasRole(ctx.role, minRole)) throw new Error("Forbidden");
    return fn(input, ctx);
  };
}

/** Same, without a schema: the team used it for "quick" toggles. Input is NOT parsed. */
export function withMarinaRaw<R>(minRole: StaffRole, fn: (marinaId: string, formData: FormData, ctx: MarinaCtx) => Promise<R>) {
  return async (marinaId: string, formData: FormData): Promise<R> => {
    if (typeof marinaId !== "string" || !(formData instanceof FormData)) throw new Error("Bad request");
    const ctx = await requireMarinaAccess(marinaId);
    if (!hasRole(ctx.role, minRole)) throw new Error("Forbidden");
    return fn(marinaId, formData, ctx);
  };
}
