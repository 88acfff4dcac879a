"use server";

import { z } from "zod";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle/client";
import { workShifts, shiftSignups } from "@/lib/db/drizzle/schema";
import { memberClient } from "@/lib/safe-action";
import { withCoordinator } from "@/lib/wrappers";
import { requireMember } from "@/lib/auth/session";
import { assertCoordinator } from "@/lib/auth/guards";
import { auth } from "@/lib/auth/authjs";
import { shiftSchema } from "@/lib/validation/schemas";
import { prisma } from "@/lib/db/prisma";
import { ActionError } from "@/lib/errors";

// ok: missing-auth, missing-input-validation
export const createShift = withCoordinator(shiftSchema, "shift.create", async (data, { userId, gardenId }) => {
  const id = randomUUID();
  // ok: mass-assignment
  await db.insert(workShifts).values({ id, ...data, gardenId, createdBy: userId });
  return { id };
});

// ok: missing-auth, missing-input-validation
export const joinShift = memberClient
  .metadata({ name: "shift.join" })
  .schema(z.object({ shiftId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const [shift] = await db.select({ id: workShifts.id, gardenId: workShifts.gardenId }).from(workShifts).where(eq(workShifts.id, parsedInput.shiftId));
    if (!shift) throw new ActionError("Shift not found");
    const member = await prisma.gardenMembership.findUnique({ where: { gardenId_userId: { gardenId: shift.gardenId, userId: ctx.userId } }, select: { id: true } });
    if (!member) throw new ActionError("Members only");
    // ok: missing-authorization, mass-assignment
    await db.insert(shiftSignups).values({ id: randomUUID(), shiftId: shift.id, userId: ctx.userId });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const logHours = memberClient
  .metadata({ name: "shift.hours" })
  .schema(z.object({ signupId: z.string().uuid(), hours: z.number().int().min(0).max(12) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await db.update(shiftSignups).set({ hoursLogged: parsedInput.hours }).where(and(eq(shiftSignups.id, parsedInput.signupId), eq(shiftSignups.userId, ctx.userId)));
    return { ok: true };
  });

const signupPatch = z.object({ signupId: z.string().uuid(), emergencyPhone: z.string().max(20).optional() }).passthrough();

// ok: missing-auth, missing-input-validation
export const updateSignup = memberClient
  .metadata({ name: "shift.signup.update" })
  .schema(signupPatch)
  .action(async ({ parsedInput, ctx }) => {
    const { signupId, ...patch } = parsedInput;
    // ruleid: mass-assignment
    await db.update(shiftSignups).set(patch).where(and(eq(shiftSignups.id, signupId), eq(shiftSignups.userId, ctx.userId)));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function approveHours(signupId: string) {
  const { userId } = await requireMember();
  const id = z.string().uuid().parse(signupId);
  const [row] = await db
    .select({ id: shiftSignups.id, gardenId: workShifts.gardenId })
    .from(shiftSignups)
    .innerJoin(workShifts, eq(workShifts.id, shiftSignups.shiftId))
    .where(eq(shiftSignups.id, id));
  if (!row) throw new Error("Signup not found");
  await assertCoordinator(userId, row.gardenId);
  // ok: missing-authorization
  await db.update(shiftSignups).set({ approved: true }).where(eq(shiftSignups.id, row.id));
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function cancelShift(formData: FormData) {
  const session = await auth();
  const shiftId = z.string().uuid().parse(formData.get("shiftId"));
  await db.update(workShifts).set({ cancelled: true }).where(and(eq(workShifts.id, shiftId), eq(workShifts.createdBy, session?.user?.id as string)));
}
