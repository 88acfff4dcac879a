"use server";

import * as yup from "yup";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { shifts, shiftSignups, volunteers } from "@/lib/db/schema";
import { withOrganizer } from "@/lib/wrappers";
import { validateRequest } from "@/lib/lucia";

const ShiftSchema = yup.object({
  title: yup.string().required().max(120),
  location: yup.string().max(200),
  startsAt: yup.date().required(),
  endsAt: yup.date().required(),
  capacity: yup.number().integer().min(1).max(500).required(),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const createShift = withOrganizer("shift.create", async (ctx, formData) => {
  const input = await ShiftSchema.validate(Object.fromEntries(formData), { stripUnknown: true });
  const pin = String(Math.floor(1000 + Math.random() * 9000));
  // ok: mass-assignment
  await db.insert(shifts).values({ ...input, location: input.location ?? null, charityId: ctx.charityId, checkInPin: pin });
  return { ok: true, message: `Check-in PIN: ${pin}` };
});

// Volunteers type the PIN on the coordinator's tablet to check in.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function checkInToShift(shiftId: string, pin: string) {
  const { user } = await validateRequest();
  if (!user) return { ok: false, error: "Please sign in." };
  if (typeof shiftId !== "string" || typeof pin !== "string" || !/^\d{4}$/.test(pin)) return { ok: false };
  const [shift] = await db.select({ id: shifts.id, checkInPin: shifts.checkInPin }).from(shifts).where(eq(shifts.id, shiftId));
  // ruleid: timing-unsafe-comparison
  if (!shift || shift.checkInPin !== pin) return { ok: false, error: "Wrong PIN" };
  const [vol] = await db.select({ id: volunteers.id }).from(volunteers).where(eq(volunteers.userId, user.id));
  if (!vol) return { ok: false };
  // ok: missing-authorization
  await db.update(shiftSignups).set({ checkedInAt: new Date() }).where(and(eq(shiftSignups.shiftId, shift.id), eq(shiftSignups.volunteerId, vol.id)));
  return { ok: true };
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function cancelShiftSignup(signupId: string) {
  const { user } = await validateRequest();
  if (typeof signupId !== "string" || signupId.length !== 36) return { ok: false };
  await db.update(shiftSignups).set({ status: "cancelled" }).where(eq(shiftSignups.id, signupId));
  console.log("signup cancelled", signupId, user?.id);
  return { ok: true };
}
