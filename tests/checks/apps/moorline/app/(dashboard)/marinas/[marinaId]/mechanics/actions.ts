"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { and, eq } from "drizzle-orm";
import { ydb } from "@/lib/db/drizzle";
import { yardUsers } from "@/lib/db/yard-schema";
import { yardProcedure, yardManagerProcedure } from "@/lib/zsa";
import { validateRequest } from "@/lib/auth/lucia";
import { auditLog } from "@/lib/audit";

async function isYardManager(userId: string) {
  const [u] = await ydb.select({ role: yardUsers.yardRole }).from(yardUsers).where(eq(yardUsers.id, userId));
  return u?.role === "yard_manager";
}

export const addMechanic = yardManagerProcedure
  .createServerAction()
  .input(z.object({ email: z.string().email(), tempPassword: z.string().min(10), hourlyRateCents: z.number().int().min(0) }))
  // ok: missing-auth, missing-input-validation
  .handler(async ({ input, ctx }) => {
    const id = crypto.randomUUID();
    await ydb.insert(yardUsers).values({
      id,
      marinaId: ctx.user.marinaId,
      email: input.email,
      hashedPassword: await bcrypt.hash(input.tempPassword, 12),
      // ok: mass-assignment
      yardRole: "mechanic",
      hourlyRateCents: input.hourlyRateCents,
    });
    return { id };
  });

// ruleid: missing-audit-log -- H (fixed in pass 26): yardRole is the column the project role gate tests
export const setMechanicRole = yardProcedure
  .createServerAction()
  .input(z.object({ mechanicId: z.string().uuid(), yardRole: z.enum(["mechanic", "yard_manager"]) }))
  // ok: missing-auth, missing-input-validation
  .handler(async ({ input, ctx }) => {
    // ruleid: floating-auth-check
    if (!isYardManager(ctx.user.id)) throw new Error("Yard manager only");
    await ydb
      .update(yardUsers)
      // ruleid: mass-assignment -- G (fixed in pass 26): yardRole is the column the project role gate tests
      .set({ yardRole: input.yardRole })
      // ok: missing-authorization
      .where(and(eq(yardUsers.id, input.mechanicId), eq(yardUsers.marinaId, ctx.user.marinaId)));
    return { ok: true };
  });

export const setMechanicRate = yardManagerProcedure
  .createServerAction()
  .input(z.object({ mechanicId: z.string().uuid(), hourlyRateCents: z.number().int().min(0).max(50_000) }))
  // ok: missing-auth, missing-input-validation
  .handler(async ({ input, ctx }) => {
    await ydb
      .update(yardUsers)
      .set({ hourlyRateCents: input.hourlyRateCents })
      // ok: missing-authorization
      .where(and(eq(yardUsers.id, input.mechanicId), eq(yardUsers.marinaId, ctx.user.marinaId)));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function removeMechanic(mechanicId: string) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Sign in to the yard terminal");
  // ok: floating-auth-check
  if (!(await isYardManager(user.id))) throw new Error("Yard manager only");
  const id = z.string().uuid().parse(mechanicId);
  // ok: missing-authorization
  await ydb.delete(yardUsers).where(and(eq(yardUsers.id, id), eq(yardUsers.marinaId, user.marinaId)));
  await auditLog({ actorId: user.id, action: "yard.mechanic.remove", target: id });
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateMechanicProfile(formData: FormData) {
  const { user } = await validateRequest();
  if (!user) throw new Error("Sign in to the yard terminal");
  const patch = Object.fromEntries(formData);
  await ydb
    .update(yardUsers)
    // ruleid: mass-assignment
    .set(patch)
    // ok: missing-authorization
    .where(eq(yardUsers.id, user.id));
  return { ok: true };
}
