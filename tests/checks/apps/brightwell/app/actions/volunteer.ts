"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { parentActionClient, optionalParentClient } from "@/lib/safe-action";
import { db } from "@/lib/db";
import { ownsSignup } from "@/lib/guards";
import { requireParent } from "@/lib/auth/parent";

// ok: missing-auth, missing-input-validation
export const signUpForShift = parentActionClient
  .metadata({ name: "signUpForShift" })
  .schema(z.object({ shiftId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const shift = await db.shift.findFirst({
      where: { id: parsedInput.shiftId, schoolId: ctx.schoolId },
      select: { id: true, capacity: true, _count: { select: { signups: true } } },
    });
    if (!shift) throw new Error("Shift not found");
    if (shift._count.signups >= shift.capacity) return { full: true };
    // ok: mass-assignment, missing-authorization
    const signup = await db.shiftSignup.create({ data: { shiftId: shift.id, parentId: ctx.parentId }, select: { id: true } });
    revalidatePath("/account/shifts");
    return { id: signup.id };
  });

// ok: missing-auth, missing-input-validation
export const cancelSignup = parentActionClient
  .metadata({ name: "cancelSignup" })
  .schema(z.object({ signupId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const { count } = await db.shiftSignup.deleteMany({ where: { id: parsedInput.signupId, parentId: ctx.parentId } });
    return { cancelled: count > 0 };
  });

// ok: missing-auth, missing-input-validation
export const swapSignup = parentActionClient
  .metadata({ name: "swapSignup" })
  .schema(z.object({ signupId: z.string().cuid(), toShiftId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const target = await db.shift.findFirst({ where: { id: parsedInput.toShiftId, schoolId: ctx.schoolId }, select: { id: true } });
    if (!target) throw new Error("Shift not found");
    // ruleid: missing-authorization
    await db.shiftSignup.update({ where: { id: parsedInput.signupId }, data: { shiftId: target.id } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const listMySignups = parentActionClient.metadata({ name: "listMySignups" }).action(async ({ ctx }) => {
  const rows = await db.shiftSignup.findMany({ where: { parentId: ctx.parentId }, include: { shift: true } });
  // ruleid: excessive-data-exposure
  return rows;
});

// ok: missing-auth, missing-input-validation
export const listMySignupsCompact = parentActionClient.metadata({ name: "listMySignupsCompact" }).action(async ({ ctx }) => {
  const rows = await db.shiftSignup.findMany({ where: { parentId: ctx.parentId }, select: { id: true, shift: { select: { role: true, startsAt: true } } } });
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, role: r.shift.role, startsAt: r.shift.startsAt }));
});

// The "soft" client never rejects anonymous callers: parentId is undefined and the filter drops out.
// ok: missing-input-validation
// ruleid: missing-auth
export const clearMyCheckIns = optionalParentClient
  .metadata({ name: "clearMyCheckIns" })
  .schema(z.object({ eventId: z.string().cuid() }))
  .action(async ({ parsedInput, ctx }) => {
    await db.shiftSignup.updateMany({ where: { parentId: ctx.parentId, shift: { eventId: parsedInput.eventId } }, data: { checkedIn: false } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function withdrawFromShift(signupId: string) {
  const parent = await requireParent();
  z.string().cuid().parse(signupId);
  // ruleid: floating-auth-check
  if (!ownsSignup(parent.parentId, signupId)) throw new Error("Not your signup");
  // ruleid: missing-authorization
  await db.shiftSignup.delete({ where: { id: signupId } });
  revalidatePath("/account/shifts");
}

// ok: missing-auth, missing-input-validation
export async function withdrawFromShiftChecked(signupId: string) {
  const parent = await requireParent();
  z.string().cuid().parse(signupId);
  // ok: floating-auth-check
  if (!(await ownsSignup(parent.parentId, signupId))) throw new Error("Not your signup");
  // ok: missing-authorization
  await db.shiftSignup.delete({ where: { id: signupId } });
  revalidatePath("/account/shifts");
}
