"use server";

import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import * as v from "valibot";
import { db } from "@/lib/db/drizzle";
import { otjLogs } from "@/lib/db/schema";
import { withOrg, withRole } from "@/lib/with-org";
import { canAccessApprentice } from "@/lib/auth/permissions";

const LogSchema = v.object({
  apprenticeId: v.pipe(v.string(), v.uuid()),
  minutes: v.pipe(v.unknown(), v.transform(Number), v.number(), v.integer(), v.minValue(15), v.maxValue(600)),
  activity: v.pipe(v.string(), v.minLength(3), v.maxLength(500)),
});

// ok: missing-auth, missing-input-validation
export const logOffTheJobHours = withOrg(async (formData, ctx) => {
  const input = v.parse(LogSchema, Object.fromEntries(formData));
  if (!(await canAccessApprentice(ctx, input.apprenticeId))) return { error: "Not your apprentice" };
  // ok: mass-assignment, missing-authorization
  await db.insert(otjLogs).values({ ...input, orgId: ctx.orgId, createdBy: ctx.user.id });
  revalidatePath("/otj");
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const approveOtjLog = withRole(["tutor", "programme_manager"], async (formData, ctx) => {
  const id = v.parse(v.pipe(v.string(), v.uuid()), formData.get("id"));
  await db
    .update(otjLogs)
    .set({ approved: true })
    // ok: missing-authorization
    .where(and(eq(otjLogs.id, id), eq(otjLogs.orgId, ctx.orgId)));
  revalidatePath("/otj");
});

// ok: missing-auth
// ruleid: missing-input-validation
export const deleteOtjLog = withOrg(async (formData, ctx) => {
  const id = formData.get("id");
  // ok: missing-authorization
  await db.delete(otjLogs).where(and(eq(otjLogs.id, id as string), eq(otjLogs.orgId, ctx.orgId), eq(otjLogs.createdBy, ctx.user.id)));
  revalidatePath("/otj");
});

// ok: missing-auth, missing-input-validation
export const editOtjLog = withOrg(async (formData, ctx) => {
  const input = v.parse(v.object({ id: v.pipe(v.string(), v.uuid()), ...LogSchema.entries }), Object.fromEntries(formData));
  // ruleid: floating-auth-check
  if (!canAccessApprentice(ctx, input.apprenticeId)) return { error: "Not your apprentice" };
  await db
    .update(otjLogs)
    .set({ minutes: input.minutes, activity: input.activity })
    // ok: missing-authorization
    .where(and(eq(otjLogs.id, input.id), eq(otjLogs.orgId, ctx.orgId)));
  return { ok: true };
});
