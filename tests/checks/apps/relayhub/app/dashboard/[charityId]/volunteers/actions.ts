"use server";

import * as v from "valibot";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { volunteers } from "@/lib/db/schema";
import { withOrganizer } from "@/lib/wrappers";
import { requireCharityRole, ORGANIZER_ROLES } from "@/lib/authz";
import { verifySession } from "@/lib/dal";
import { Cuid } from "@/lib/validation";

const VolunteerSchema = v.object({
  fullName: v.pipe(v.string(), v.minLength(2), v.maxLength(120)),
  email: v.pipe(v.string(), v.email()),
  phone: v.optional(v.pipe(v.string(), v.maxLength(20))),
  emergencyContact: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const addVolunteer = withOrganizer("volunteer.add", async (ctx, formData) => {
  const input = v.parse(VolunteerSchema, Object.fromEntries(formData));
  // ok: mass-assignment
  await db.insert(volunteers).values({ ...input, charityId: ctx.charityId });
  return { ok: true };
});

const DbsUpdate = v.object({ volunteerId: v.pipe(v.string(), v.uuid()), status: v.picklist(["pending", "clear", "flagged", "expired"]), certificateNo: v.optional(v.string()) });

// ok: missing-auth, missing-input-validation
export const recordBackgroundCheck = withOrganizer("volunteer.dbs", async (ctx, formData) => {
  const input = v.parse(DbsUpdate, Object.fromEntries(formData));
  // ok: missing-authorization
  await db
    .update(volunteers)
    .set({ dbsStatus: input.status, dbsCertificateNo: input.certificateNo })
    .where(and(eq(volunteers.id, input.volunteerId), eq(volunteers.charityId, ctx.charityId)));
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export async function getVolunteer(charityId: string, volunteerId: string) {
  const ctx = await requireCharityRole(charityId, ORGANIZER_ROLES);
  const id = v.parse(v.pipe(v.string(), v.uuid()), volunteerId);
  const [row] = await db
    .select()
    .from(volunteers)
    .where(and(eq(volunteers.id, id), eq(volunteers.charityId, ctx.charityId)));
  // ruleid: excessive-data-exposure
  return row ?? null;
}

// ok: missing-auth, missing-input-validation
export async function listVolunteers(charityId: string) {
  const ctx = await requireCharityRole(charityId, ORGANIZER_ROLES);
  const rows = await db
    .select({ id: volunteers.id, fullName: volunteers.fullName, email: volunteers.email, dbsStatus: volunteers.dbsStatus })
    .from(volunteers)
    .where(eq(volunteers.charityId, ctx.charityId));
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function deactivateVolunteer(charityId: string, volunteerId: string) {
  await verifySession();
  const cid = Cuid.parse(charityId);
  const id = v.parse(v.pipe(v.string(), v.uuid()), volunteerId);
  // ruleid: floating-auth-check
  requireCharityRole(cid, ORGANIZER_ROLES);
  // ruleid: missing-authorization
  await db.update(volunteers).set({ active: false }).where(eq(volunteers.id, id));
  return { ok: true };
}
