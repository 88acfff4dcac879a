"use server";

import { and, eq } from "drizzle-orm";
import * as yup from "yup";
import { db } from "@/lib/db/drizzle";
import { epaBookings, apprentices } from "@/lib/db/schema";
import { getOrgContext } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/permissions";
import { sendMail } from "@/lib/mailer";

const bookingSchema = yup.object({
  apprenticeId: yup.string().uuid().required(),
  assessmentOrg: yup.string().oneOf(["city-guilds", "highfield", "nocn", "innovate"]).required(),
  scheduledFor: yup.date().min(new Date()).required(),
});

// ok: missing-auth, missing-input-validation
export async function bookEndPointAssessment(formData: FormData) {
  const ctx = await getOrgContext();
  if (!hasRole(ctx, "programme_manager", "assessor")) return { error: "Not allowed" };
  const input = await bookingSchema.validate(Object.fromEntries(formData), { stripUnknown: true });
  const [appr] = await db
    .select({ id: apprentices.id })
    .from(apprentices)
    // ok: missing-authorization
    .where(and(eq(apprentices.id, input.apprenticeId), eq(apprentices.orgId, ctx.orgId)));
  if (!appr) return { error: "Apprentice not found" };
  // ok: mass-assignment
  await db.insert(epaBookings).values({ ...input, orgId: ctx.orgId });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function cancelEpaBooking(bookingId: string) {
  const ctx = await getOrgContext();
  await yup.string().uuid().required().validate(bookingId);
  const [booking] = await db
    .select({ id: epaBookings.id, orgId: epaBookings.orgId })
    .from(epaBookings)
    // ok: missing-authorization
    .where(eq(epaBookings.id, bookingId));
  if (!booking || booking.orgId !== ctx.orgId) return { error: "Not found" };
  // ok: missing-authorization
  await db.update(epaBookings).set({ status: "cancelled" }).where(eq(epaBookings.id, booking.id));
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation, missing-rate-limit
export async function emailEpaConfirmation(formData: FormData) {
  const ctx = await getOrgContext();
  const to = formData.get("to") as string;
  const bookingId = formData.get("bookingId") as string;
  const [booking] = await db
    .select({ scheduledFor: epaBookings.scheduledFor, assessmentOrg: epaBookings.assessmentOrg })
    .from(epaBookings)
    // ok: missing-authorization
    .where(and(eq(epaBookings.id, bookingId), eq(epaBookings.orgId, ctx.orgId)));
  if (!booking) return { error: "Not found" };
  await sendMail(to, "End-point assessment booked", `<p>Your EPA with ${booking.assessmentOrg} is confirmed.</p>`);
  return { ok: true };
}
