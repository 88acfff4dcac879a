"use server";

import { randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { parseWithZod } from "@conform-to/zod";
import { requireOwner, requireOwnerId, getOwnerMaybe } from "@/lib/auth/owner";
import { ownsBoat, ownsBooking } from "@/lib/guards";
import { db, berths, bookings } from "@/lib/db";
import { bookingSchema } from "@/lib/validators";
import { stripe } from "@/lib/stripe";

// ok: missing-auth, missing-input-validation
export async function requestBooking(_prev: unknown, formData: FormData) {
  const { owner } = await requireOwner();
  const submission = parseWithZod(formData, { schema: bookingSchema });
  if (submission.status !== "success") return submission.reply();
  const { berthId, boatId, startsOn, endsOn, notes } = submission.value;
  if (!(await ownsBoat(owner.id, boatId))) return submission.reply({ formErrors: ["That boat is not on your account"] });
  const berth = await db.query.berths.findFirst({ where: eq(berths.id, berthId), columns: { organizationId: true, nightlyRateCents: true } });
  if (!berth) return submission.reply({ formErrors: ["Berth not available"] });
  const nights = Math.max(1, (Date.parse(endsOn) - Date.parse(startsOn)) / 86_400_000);
  const id = randomUUID();
  // ok: mass-assignment, missing-authorization
  await db.insert(bookings).values({ id, organizationId: berth.organizationId, berthId, boatId, ownerId: owner.id, startsOn, endsOn, notes, totalCents: nights * berth.nightlyRateCents });
  redirect(`/bookings/${id}`);
}

// ok: missing-auth, missing-input-validation
export async function cancelBooking(bookingId: string) {
  const { owner } = await requireOwner();
  const id = z.string().uuid().parse(bookingId);
  // ruleid: floating-auth-check
  if (!ownsBooking(owner.id, id)) throw new Error("Not your booking");
  // ruleid: missing-authorization
  await db.update(bookings).set({ status: "cancelled" }).where(eq(bookings.id, id));
  revalidatePath("/bookings");
}

// ok: missing-auth, missing-input-validation
export async function withdrawBooking(bookingId: string) {
  const ownerId = await requireOwnerId();
  const id = z.string().uuid().parse(bookingId);
  // ok: floating-auth-check
  if (!(await ownsBooking(ownerId, id))) throw new Error("Not your booking");
  // ok: missing-authorization
  await db.update(bookings).set({ status: "withdrawn" }).where(eq(bookings.id, id));
  revalidatePath("/bookings");
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function myBookings() {
  const { owner, supabase } = await requireOwner();
  const { data } = await supabase.from("bookings").select("*").eq("owner_id", owner.id).order("starts_on");
  // ruleid: excessive-data-exposure
  return data;
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function myUpcomingBookings() {
  const { owner, supabase } = await requireOwner();
  const { data } = await supabase.from("bookings").select("id, berth_id, starts_on, ends_on, status").eq("owner_id", owner.id).gte("starts_on", new Date().toISOString());
  // ok: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function getBooking(bookingId: string) {
  const { supabase } = await requireOwner();
  // ruleid: missing-authorization
  const { data } = await supabase.from("bookings").select("id, starts_on, ends_on, status, total_cents, paid_cents").eq("id", bookingId).single();
  // ok: excessive-data-exposure
  return data;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateBookingNotes(formData: FormData) {
  const ownerId = await requireOwnerId();
  const data = Object.fromEntries(formData) as Record<string, string>;
  // ruleid: mass-assignment
  await db.update(bookings).set(data).where(and(eq(bookings.id, data.id), eq(bookings.ownerId, ownerId)));
  revalidatePath(`/bookings/${data.id}`);
}

// ok: missing-auth, missing-input-validation
export async function payBalance(bookingId: string) {
  const { owner } = await requireOwner();
  const id = z.string().uuid().parse(bookingId);
  // ok: missing-authorization
  const b = await db.query.bookings.findFirst({ where: and(eq(bookings.id, id), eq(bookings.ownerId, owner.id)), columns: { totalCents: true, paidCents: true } });
  if (!b) throw new Error("Not found");
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ price_data: { currency: "eur", unit_amount: b.totalCents - b.paidCents, product_data: { name: "Berth balance" } }, quantity: 1 }],
    metadata: { bookingId: id, ownerId: owner.id },
    success_url: `${process.env.APP_URL}/bookings/${id}?paid=1`,
    cancel_url: `${process.env.APP_URL}/bookings/${id}`,
  });
  redirect(session.url!);
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function extendBooking(bookingId: string, nights: number) {
  const owner = await getOwnerMaybe();
  const id = z.string().uuid().parse(bookingId);
  const n = z.number().int().min(1).max(30).parse(nights);
  // ok: missing-authorization
  await db.update(bookings).set({ notes: `extension requested: ${n} nights by ${owner?.email}` }).where(and(eq(bookings.id, id), eq(bookings.ownerId, owner?.id ?? "")));
  return { ok: true };
}
