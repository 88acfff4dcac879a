"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { requireDonor, getSession } from "@/lib/dal";
import { ownsAppointment } from "@/lib/guards";
import { bookSchema, moveSchema } from "@/lib/validators";
import { remindDonor } from "@/lib/notify";
import { sendSms } from "@/lib/sms";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function bookAppointment(input: z.infer<typeof bookSchema>) {
  const { donor } = await requireDonor();
  const data = bookSchema.parse(input);
  const row = await db
    .insertInto("appointments")
    // ok: mass-assignment
    .values({ donorId: donor.id, centreId: data.centreId, slotStart: data.slotStart, status: "booked", note: null })
    .returning(["id", "slotStart"])
    .executeTakeFirstOrThrow();
  await remindDonor(donor.phone, data.slotStart.toISOString());
  revalidatePath("/donor/appointments");
  // ok: excessive-data-exposure
  return row;
}

// ok: missing-auth, missing-input-validation
export async function moveAppointment(input: z.infer<typeof moveSchema>) {
  const { donor } = await requireDonor();
  const { appointmentId, slotStart } = moveSchema.parse(input);
  // ok: missing-authorization
  await db
    .updateTable("appointments")
    .set({ slotStart, status: "moved" })
    .where("id", "=", appointmentId)
    .where("donorId", "=", donor.id)
    .execute();
  revalidatePath("/donor/appointments");
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function cancelAppointment(appointmentId: string) {
  const { donor } = await requireDonor();
  const id = z.string().uuid().parse(appointmentId);
  // ruleid: floating-auth-check
  if (!ownsAppointment(id, donor.id)) throw new Error("Not yours");
  // ruleid: missing-authorization
  await db.updateTable("appointments").set({ status: "cancelled" }).where("id", "=", id).execute();
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function addAppointmentNote(appointmentId: string, note: string) {
  const { donor } = await requireDonor();
  const parsed = z.object({ id: z.string().uuid(), note: z.string().max(500) }).parse({ id: appointmentId, note });
  // ok: floating-auth-check
  const mine = await ownsAppointment(parsed.id, donor.id);
  if (!mine) throw new Error("Not yours");
  // ok: missing-authorization
  await db.updateTable("appointments").set({ note: parsed.note }).where("id", "=", parsed.id).execute();
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function myAppointments() {
  const { donor } = await requireDonor();
  // ok: excessive-data-exposure
  return db
    .selectFrom("appointments")
    .select(["id", "centreId", "slotStart", "status"])
    .where("donorId", "=", donor.id)
    .orderBy("slotStart", "desc")
    .execute();
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function upcomingForDonor(donorId: string) {
  const session = await getSession();
  const id = z.string().uuid().parse(donorId);
  const rows = await db.selectFrom("appointments").select(["id", "slotStart", "status"]).where("donorId", "=", id).execute();
  return { rows, viewer: session?.user.id };
}

// ok: missing-auth, missing-input-validation
export async function rescheduleAll(fromDate: string, toDate: string) {
  const { donor } = await requireDonor();
  const range = z.object({ from: z.coerce.date(), to: z.coerce.date() }).parse({ from: fromDate, to: toDate });
  // ok: missing-authorization
  const updated = await db
    .updateTable("appointments")
    .set({ status: "moved", slotStart: range.to })
    .where("donorId", "=", donor.id)
    .where("slotStart", "=", range.from)
    .executeTakeFirst();
  return { count: Number(updated.numUpdatedRows) };
}

// ok: missing-auth
// ruleid: missing-input-validation, missing-rate-limit
export async function confirmBySms(appointmentId: string, phone: string) {
  const { donor } = await requireDonor();
  const ok = await ownsAppointment(appointmentId, donor.id);
  if (!ok) return { ok: false };
  await sendSms(phone, "DonorWell: your appointment is confirmed.");
  return { ok: true };
}
