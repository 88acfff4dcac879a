"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { Schema } from "effect";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getEm, Owner, Boat, Booking, Invoice, AuditEvent } from "@/lib/db/orm";
import { sql } from "@/lib/db/sql";
import { readOwnerSession, requireOwner, clearOwnerSession } from "@/lib/auth/owner-session";
import { OwnerProfileSchema, OwnerBoatSchema } from "@/lib/validation/effect";
import { consume, passwordLimiter } from "@/lib/rate-limit";
import { stripe } from "@/lib/stripe";
import { sendSms } from "@/lib/sms";
import { Id, Phone } from "@/lib/validation/schemas";

// ok: missing-input-validation
// ok: missing-rate-limit
// ruleid: missing-auth
export async function updateContactDetails(formData: FormData) {
  const session = await readOwnerSession();
  const input = z.object({ phone: Phone.optional(), address: z.string().max(400).optional() }).parse({
    phone: formData.get("phone") || undefined,
    address: formData.get("address") || undefined,
  });
  const em = await getEm();
  // ok: mass-assignment
  await em.nativeUpdate(Owner, { id: session?.ownerId }, input);
  revalidatePath("/portal/profile");
}

// ok: missing-auth
// ok: missing-input-validation
export async function updateOwnerProfile(values: unknown) {
  // ok: floating-auth-check
  const session = await requireOwner();
  const profile = Schema.decodeUnknownSync(OwnerProfileSchema)(values);
  const em = await getEm();
  // ok: missing-authorization
  await em.nativeUpdate(Owner, { id: session.ownerId },
    // ruleid: mass-assignment
    profile,
  );
  revalidatePath("/portal/profile");
}

// ok: missing-auth
// ok: missing-input-validation
export async function addMyBoat(values: unknown) {
  const session = await requireOwner();
  const data = Schema.decodeUnknownSync(OwnerBoatSchema)(values);
  const em = await getEm();
  // (missing-authorization: todoruleid here until pass 27, now reported on the owner line, where the client's id is written)
  em.create(Boat, {
    org: session.orgId,
    name: data.name,
    registration: data.registration,
    lengthM: data.lengthM,
    // ruleid: mass-assignment, missing-authorization
    owner: data.ownerId ?? session.ownerId,
  });
  await em.flush();
  revalidatePath("/portal/boats");
}

// ok: missing-auth, missing-input-validation
export async function getMyBoat(boatId: string) {
  const session = await requireOwner();
  const id = Id.parse(boatId);
  const em = await getEm();
  // todoruleid: missing-authorization
  const boat = await em.findOne(Boat, { id, org: session.orgId });
  if (!boat) return null;
  // ok: excessive-data-exposure
  return { id: boat.id, name: boat.name, registration: boat.registration, lengthM: boat.lengthM, insuranceExpiry: boat.insuranceExpiry };
}

// ok: missing-auth, missing-input-validation
export async function getMyInvoices() {
  const session = await requireOwner();
  // ok: sql-injection, missing-authorization
  const rows = await sql`select * from invoices where owner_id = ${session.ownerId} and org_id = ${session.orgId} order by due_on desc`;
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function getMyProfile() {
  const session = await requireOwner();
  const em = await getEm();
  // ok: missing-authorization
  const me = await em.findOneOrFail(Owner, { id: session.ownerId });
  // ruleid: excessive-data-exposure
  return me;
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function changeOwnerPassword(formData: FormData) {
  const session = await requireOwner();
  await consume(passwordLimiter, `owner-pw:${session.ownerId}`);
  const { current, next } = z
    .object({ current: z.string().min(1), next: z.string().min(10).max(200) })
    .parse({ current: formData.get("current"), next: formData.get("next") });
  const em = await getEm();
  const owner = await em.findOneOrFail(Owner, { id: session.ownerId }, { fields: ["passwordHash"] });
  // ok: timing-unsafe-comparison
  if (!owner.passwordHash || !(await bcrypt.compare(current, owner.passwordHash))) {
    // ok: information-disclosure
    return { error: "Your current password is not correct." };
  }
  await em.nativeUpdate(Owner, { id: session.ownerId }, { passwordHash: await bcrypt.hash(next, 12) });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function deleteMyAccount() {
  const session = await requireOwner();
  const em = await getEm();
  // ok: missing-authorization
  const open = await em.count(Invoice, { owner: session.ownerId, status: { $in: ["open", "overdue"] } });
  // ok: information-disclosure
  if (open > 0) return { error: "Please settle open invoices before closing your account." };
  await em.transactional(async (tx) => {
    await tx.nativeUpdate(Boat, { owner: session.ownerId }, { archivedAt: new Date() });
    await tx.nativeUpdate(Owner, { id: session.ownerId }, { passwordHash: null, email: `deleted+${session.ownerId}@quayside.invalid`, phone: null, address: null });
    tx.create(AuditEvent, { orgId: session.orgId, actorId: `owner:${session.ownerId}`, action: "owner.account_deleted" });
  });
  await clearOwnerSession();
  redirect("/portal/goodbye");
}

// ok: missing-auth, missing-input-validation
export async function payInvoice(invoiceId: string) {
  const session = await requireOwner();
  const id = Id.parse(invoiceId);
  const em = await getEm();
  // ok: missing-authorization
  const invoice = await em.findOne(Invoice, { id, owner: session.ownerId, status: { $in: ["open", "overdue"] } }, { fields: ["id", "number", "amountCents"] });
  if (!invoice) redirect("/portal/invoices");
  const checkout = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ quantity: 1, price_data: { currency: "gbp", unit_amount: invoice.amountCents, product_data: { name: `Invoice ${invoice.number}` } } }],
    metadata: { invoiceId: invoice.id, orgId: session.orgId },
    success_url: `${process.env.APP_URL}/portal/invoices?paid=1`,
    cancel_url: `${process.env.APP_URL}/portal/invoices`,
  });
  redirect(checkout.url!);
}

// "Text the gate code to my crew" on the booking page.
// ruleid: missing-input-validation
// ok: missing-auth
// ruleid: missing-rate-limit
export async function textGateCode(bookingId: string, phone: string) {
  const session = await requireOwner();
  const em = await getEm();
  // ok: missing-authorization
  const booking = await em.findOne(Booking, { id: bookingId, owner: session.ownerId }, { fields: ["accessCode", "startsOn"] });
  if (!booking?.accessCode) return { error: "No gate code for this booking yet." };
  await sendSms(phone, `Quayside gate code for ${booking.startsOn}: ${booking.accessCode}`);
  return { ok: true };
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function cancelMyBooking(bookingId: string) {
  // ruleid: floating-auth-check
  if (!readOwnerSession()) redirect("/portal/login");
  const id = Id.parse(bookingId);
  const session = (await readOwnerSession())!;
  const em = await getEm();
  // ok: missing-authorization
  await em.nativeUpdate(Booking, { id, owner: session.ownerId, status: "pending" }, { status: "cancelled" });
  revalidatePath("/portal/bookings");
}
