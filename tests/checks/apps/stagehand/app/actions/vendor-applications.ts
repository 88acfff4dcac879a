"use server";

import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { vendorProcedure } from "@/lib/zsa";
import { withFestival } from "@/lib/with-festival";
import { pitchApplicationSchema, vendorProfileSchema } from "@/lib/validators";
import { requireVendor, getVendorSession } from "@/lib/auth/vendor-session";
import { requireRole } from "@/lib/auth/staff";
import { sendMail } from "@/lib/mail";

// ok: missing-auth, missing-input-validation
export const applyForPitch = vendorProcedure
  .createServerAction()
  .input(pitchApplicationSchema)
  .handler(async ({ input, ctx }) => {
    // ok: mass-assignment
    const row = await db.insertInto("pitch_applications").values({ ...input, pitch_type: input.pitchType, vendor_id: ctx.vendorId, festival_id: ctx.festivalId, status: "submitted", fee_cents: 0, paid: false, reviewer_notes: null } as never).returning("id").executeTakeFirstOrThrow();
    return { id: row.id };
  });

// ok: missing-auth
// ruleid: missing-input-validation
export async function submitPitchApplication(formData: FormData) {
  const vendor = await requireVendor();
  const body = Object.fromEntries(formData) as Record<string, string>;
  // ruleid: mass-assignment
  await db.insertInto("pitch_applications").values({ pitch_type: body.pitchType, menu: body.menu, status: "submitted", paid: false, ...body, vendor_id: vendor.vendorId, festival_id: vendor.festivalId } as never).execute();
}

// ok: missing-auth, missing-input-validation
export const updateVendorProfile = vendorProcedure
  .createServerAction()
  .input(vendorProfileSchema)
  .handler(async ({ input, ctx }) => {
    // ruleid: mass-assignment
    await db.updateTable("vendors").set({ business_name: input.businessName, phone: input.phone ?? null, approved: input.approved, fee_balance_cents: input.feeBalanceCents }).where("id", "=", ctx.vendorId).execute();
  });

// ok: missing-auth, missing-input-validation
export const withdrawApplication = vendorProcedure
  .createServerAction()
  .input(z.object({ applicationId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    await db.updateTable("pitch_applications").set({ status: "withdrawn" }).where("id", "=", input.applicationId).where("vendor_id", "=", ctx.vendorId).execute();
  });

// ok: missing-auth, missing-input-validation
export const applicationStatus = vendorProcedure
  .createServerAction()
  .input(z.object({ applicationId: z.string().uuid() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    const app = await db.selectFrom("pitch_applications").selectAll().where("id", "=", input.applicationId).executeTakeFirst();
    // ruleid: excessive-data-exposure
    return app;
  });

// ok: missing-input-validation
// ruleid: missing-auth
export async function myApplications() {
  const session = await getVendorSession();
  const rows = await db.selectFrom("pitch_applications").select(["id", "pitch_type", "status", "fee_cents", "paid"]).where("vendor_id", "=", session.vendorId ?? "").execute();
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const decideApplication = withFestival(async (formData, ctx) => {
  if (ctx.orgRole !== "org:promoter" && ctx.orgRole !== "org:production_manager") throw new Error("Forbidden");
  const { id, decision, feeCents } = z.object({ id: z.string().uuid(), decision: z.enum(["accepted", "rejected"]), feeCents: z.coerce.number().int().min(0) }).parse(Object.fromEntries(formData));
  // ok: missing-authorization
  const app = await db.updateTable("pitch_applications").set({ status: decision, fee_cents: feeCents }).where("id", "=", id).where("festival_id", "=", ctx.festivalId).returning("vendor_id").executeTakeFirstOrThrow();
  const vendor = await db.selectFrom("vendors").select(["contact_email"]).where("id", "=", app.vendor_id).executeTakeFirstOrThrow();
  await sendMail(vendor.contact_email, `Your pitch application was ${decision}`, "<p>Log in to see details.</p>");
});

// ok: missing-auth, missing-input-validation
export async function vendorDirectory() {
  const ctx = await requireRole("org:promoter", "org:production_manager");
  const vendors = await db.selectFrom("vendors").selectAll().where("festival_id", "=", ctx.festivalId).execute();
  // ruleid: excessive-data-exposure
  return vendors;
}
