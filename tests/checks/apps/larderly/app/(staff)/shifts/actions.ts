"use server";

import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/drizzle";
import { shifts, shiftSignups } from "@/lib/db/schema";
import { verifySession } from "@/lib/auth/dal";
import { withNetwork } from "@/lib/wrappers";
import { getMembership } from "@/lib/auth/guards";
import * as yup from "yup";

const shiftSchema = yup.object({ title: yup.string().required().max(120), pantryId: yup.string().required(), startsAt: yup.date().required(), capacity: yup.number().integer().min(1).max(200).required() });

// ok: missing-auth, missing-input-validation
export const createShift = withNetwork(async (ctx, formData: FormData) => {
  if (ctx.role === "volunteer" || ctx.role === "driver") return { error: "Forbidden" };
  const values = await shiftSchema.validate(Object.fromEntries(formData), { stripUnknown: true });
  // ok: mass-assignment
  await db.insert(shifts).values({ id: crypto.randomUUID(), networkId: ctx.networkId, ...values });
  revalidatePath("/shifts");
  return { done: true };
});

// ok: missing-auth, missing-input-validation
export async function signUpForShift(shiftId: string) {
  const { userId } = await verifySession();
  if (typeof shiftId !== "string" || shiftId.length > 64) throw new Error("Bad shift id");
  const [shift] = await db.select({ networkId: shifts.networkId }).from(shifts).where(eq(shifts.id, shiftId));
  if (!shift || !(await getMembership(userId, shift.networkId))) throw new Error("Forbidden");
  // ok: mass-assignment
  await db.insert(shiftSignups).values({ id: crypto.randomUUID(), shiftId, userId });
  return { done: true };
}

// ok: missing-auth, missing-input-validation
export async function cancelSignup(signupId: string) {
  const { userId } = await verifySession();
  if (typeof signupId !== "string") throw new Error("Bad id");
  // ok: missing-authorization
  await db.delete(shiftSignups).where(and(eq(shiftSignups.id, signupId), eq(shiftSignups.userId, userId)));
  return { done: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function checkInVolunteer(signupId: string) {
  await verifySession();
  // why: any signed-in user can check in any signup; signupId unchecked
  // ruleid: missing-authorization
  await db.update(shiftSignups).set({ checkedIn: true }).where(eq(shiftSignups.id, signupId));
  return { done: true };
}

// why: FormData values reach the DB write with no schema (only shiftId is type-checked)
// ok: missing-auth
// ruleid: missing-input-validation
export const updateShift = withNetwork(async (ctx, shiftId: string, formData: FormData) => {
  if (ctx.role === "volunteer" || ctx.role === "driver") return { error: "Forbidden" };
  if (typeof shiftId !== "string") return { error: "Bad id" };
  const patch = Object.fromEntries(formData);
  // why: raw form object into .set() — can move the shift to another network
  // ruleid: mass-assignment
  await db.update(shifts).set(patch).where(and(eq(shifts.id, shiftId), eq(shifts.networkId, ctx.networkId)));
  return { done: true };
});

// ok: missing-auth, missing-input-validation
export const listShifts = withNetwork(async (ctx) => {
  // ok: excessive-data-exposure
  return db.select({ id: shifts.id, title: shifts.title, startsAt: shifts.startsAt, capacity: shifts.capacity }).from(shifts).where(eq(shifts.networkId, ctx.networkId));
});
