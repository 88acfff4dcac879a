"use server";

import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { publicFormProcedure, staffProcedure } from "@/lib/zsa";
import { withFestival } from "@/lib/with-festival";
import { volunteerSchema } from "@/lib/validators";
import { festivalIdBySlug } from "@/lib/festival";
import { sendVolunteerConfirmation } from "@/lib/notify";
import { ForbiddenError } from "@/lib/auth/staff";

// ok: missing-input-validation, missing-rate-limit, missing-auth -- declared public (`publicFormProcedure`, no auth middleware): a new row and a mail (pass 36 ruling; was todook, cause 1)
export const applyToVolunteer = publicFormProcedure
  .createServerAction()
  .input(volunteerSchema.extend({ festivalSlug: z.string().min(1).max(80) }))
  .handler(async ({ input }) => {
    const festivalId = await festivalIdBySlug(input.festivalSlug);
    if (!festivalId) return { ok: false };
    // ok: mass-assignment
    await db.insertInto("volunteers").values({ festival_id: festivalId, name: input.name, email: input.email, phone: input.phone, shifts: input.shifts.join(","), dob: input.dob, emergency_contact: input.emergencyContact, status: "pending", role: "volunteer" }).execute();
    await sendVolunteerConfirmation(input.email, input.name);
    return { ok: true };
  });

// ok: missing-auth
// ruleid: missing-input-validation, missing-rate-limit
export async function quickVolunteerSignup(formData: FormData) {
  const fields = Object.fromEntries(formData) as Record<string, string>;
  const festivalId = await festivalIdBySlug(fields.festivalSlug);
  if (!festivalId) return { error: "Unknown festival" };
  // ruleid: mass-assignment
  await db.insertInto("volunteers").values({ status: "pending", role: "volunteer", ...fields, festival_id: festivalId } as never).execute();
  await sendVolunteerConfirmation(fields.email, fields.name);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export const approveVolunteer = withFestival(async (formData, ctx) => {
  if (ctx.orgRole !== "org:promoter" && ctx.orgRole !== "org:production_manager") throw new ForbiddenError("Forbidden");
  const id = z.string().uuid().parse(formData.get("id"));
  // ok: missing-authorization
  await db.updateTable("volunteers").set({ status: "approved" }).where("id", "=", id).where("festival_id", "=", ctx.festivalId).execute();
});

// ok: missing-auth, missing-input-validation
export const volunteerDetails = staffProcedure
  .createServerAction()
  .input(z.object({ id: z.string().uuid() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    const v = await db.selectFrom("volunteers").select(["id", "name", "email", "phone", "dob", "emergency_contact"]).where("id", "=", input.id).executeTakeFirst();
    // ok: excessive-data-exposure
    return v ?? null;
  });

// ok: missing-auth, missing-input-validation
export const volunteerExport = withFestival(async (_formData, ctx) => {
  // ok: missing-authorization
  const rows = await db.selectFrom("volunteers").selectAll().where("festival_id", "=", ctx.festivalId).execute();
  // ruleid: excessive-data-exposure
  return rows;
});
