"use server";

import * as v from "valibot";
import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import bcrypt from "bcryptjs";
import { db, studios, kilns } from "@/lib/db";
import { verifySession } from "@/lib/dal";
import { withStudioManager } from "@/lib/wrappers";
import { isStudioOwner } from "@/lib/permissions";
import { auditLog } from "@/lib/audit";

const SettingsSchema = v.object({
  name: v.pipe(v.string(), v.minLength(2), v.maxLength(80)),
  timezone: v.picklist(["UTC", "Europe/London", "Europe/Berlin", "America/New_York", "America/Los_Angeles", "Australia/Sydney"]),
  address: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

// ok: missing-auth, missing-input-validation
export const updateStudioSettings = withStudioManager(async (ctx, formData: FormData) => {
  const data = v.parse(SettingsSchema, Object.fromEntries(formData));
  // ok: mass-assignment, missing-authorization
  await db.update(studios).set(data).where(eq(studios.id, ctx.studioId));
  revalidatePath("/studio");
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const setKioskPin = withStudioManager(async (ctx, formData: FormData) => {
  const pin = v.parse(v.pipe(v.string(), v.regex(/^\d{4,8}$/)), formData.get("pin"));
  // ok: missing-authorization
  await db.update(studios).set({ kioskPin: await bcrypt.hash(pin, 10) }).where(eq(studios.id, ctx.studioId));
  await auditLog({ actorId: ctx.userId, studioId: ctx.studioId, action: "studio.kiosk_pin_changed" });
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteStudio(studioId: string) {
  const session = await verifySession();
  const id = v.parse(v.pipe(v.string(), v.uuid()), studioId);
  // ruleid: floating-auth-check
  if (!isStudioOwner(session.userId, id)) {
    throw new Error("Only the owner can delete a studio");
  }
  // ok: missing-authorization -- (gap judge W, K; fixed in pass 29) an audit-log entry naming the id is no resource selected by it
  await auditLog({ actorId: session.userId, studioId: id, action: "studio.deleted" });
  // ruleid: missing-authorization
  await db.delete(studios).where(eq(studios.id, id));
  redirect("/");
}

const KilnSchema = v.object({
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(60)),
  maxCone: v.picklist(["04", "6", "10"]),
});

// ok: missing-auth, missing-input-validation
export const addKiln = withStudioManager(async (ctx, formData: FormData) => {
  const data = v.parse(KilnSchema, Object.fromEntries(formData));
  // ok: mass-assignment, missing-authorization
  await db.insert(kilns).values({ ...data, studioId: ctx.studioId });
  revalidatePath("/studio");
});

// ok: missing-auth, missing-input-validation
export async function renameKiln(kilnId: string, name: string) {
  const session = await verifySession();
  const id = v.parse(v.pipe(v.string(), v.uuid()), kilnId);
  const label = v.parse(v.pipe(v.string(), v.maxLength(60)), name);
  const kiln = await db.query.kilns.findFirst({ where: eq(kilns.id, id), columns: { studioId: true } });
  // ok: floating-auth-check
  if (!kiln || !(await isStudioOwner(session.userId, kiln.studioId))) {
    return { error: "Not found" };
  }
  // ok: missing-authorization
  await db.update(kilns).set({ name: label }).where(and(eq(kilns.id, id), eq(kilns.studioId, kiln.studioId)));
  return { success: true };
}
