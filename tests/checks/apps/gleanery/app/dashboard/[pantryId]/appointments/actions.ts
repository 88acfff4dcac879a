"use server";

import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import * as v from "valibot";
import { db } from "@/lib/db/drizzle";
import { appointments, clients } from "@/lib/db/schema";
import { getPantryMembership } from "@/lib/auth/guards";
import { verifySession } from "@/lib/dal";
import { AppointmentSchema } from "@/lib/validation/valibot";

// ok: missing-auth, missing-input-validation
export async function bookAppointment(pantryId: string, formData: FormData) {
  const res = await getPantryMembership(pantryId);
  if ("error" in res) return { error: res.error };
  const parsed = v.safeParse(AppointmentSchema, Object.fromEntries(formData));
  if (!parsed.success) return { error: "Invalid appointment" };
  // ok: missing-authorization
  const client = await db.query.clients.findFirst({ where: and(eq(clients.id, parsed.output.clientId), eq(clients.pantryId, pantryId)), columns: { id: true } });
  if (!client) return { error: "Unknown client" };
  // ok: mass-assignment
  await db.insert(appointments).values({ ...parsed.output, slot: new Date(parsed.output.slot), id: randomUUID(), pantryId, createdBy: res.session.userId });
  return { ok: true };
}

// The membership result is fetched but never looked at
// ok: missing-auth, missing-input-validation
export async function rescheduleAppointment(pantryId: string, formData: FormData) {
  await getPantryMembership(pantryId);
  const id = formData.get("appointmentId");
  const slot = formData.get("slot");
  if (typeof id !== "string" || typeof slot !== "string" || Number.isNaN(Date.parse(slot))) return { error: "Invalid input" };
  // ruleid: missing-authorization
  await db.update(appointments).set({ slot: new Date(slot) }).where(eq(appointments.id, id));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function cancelAppointment(pantryId: string, appointmentId: string) {
  const res = await getPantryMembership(pantryId);
  if ("error" in res) return { error: res.error };
  if (typeof appointmentId !== "string" || appointmentId.length !== 36) return { error: "Invalid id" };
  // ok: missing-authorization
  await db.update(appointments).set({ status: "cancelled" }).where(and(eq(appointments.id, appointmentId), eq(appointments.pantryId, pantryId)));
  return { ok: true };
}

// Inline edit of the appointment drawer; writes whatever fields the drawer posts
// ok: missing-auth
// ruleid: missing-input-validation
export async function updateAppointmentDetails(formData: FormData) {
  const { userId } = await verifySession();
  const { appointmentId, ...fields } = Object.fromEntries(formData) as Record<string, string>;
  // ok: missing-authorization
  // ruleid: mass-assignment
  await db.update(appointments).set(fields).where(and(eq(appointments.id, appointmentId), eq(appointments.createdBy, userId)));
  return { ok: true };
}
