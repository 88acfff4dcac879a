"use server";

import { z } from "zod";
import { requireOrgAdmin, requireOrgMember, verifySession } from "@/lib/auth/dal";
import { canManageTrip } from "@/lib/auth/guards";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/mailer";
import { rateLimitByIp } from "@/lib/ratelimit";

const Ids = z.object({ orgId: z.string().cuid(), bookingId: z.string().cuid() });

// why: requireOrgAdmin is called without await, so its throw becomes an unhandled rejection and never stops the delete
// ruleid: missing-auth
// ok: missing-input-validation
export async function voidWaiver(input: z.infer<typeof Ids>) {
  const { orgId, bookingId } = Ids.parse(input);
  // why: async guard called as a bare statement without await
  // ruleid: floating-auth-check
  requireOrgAdmin(orgId);
  await prisma.waiver.deleteMany({ where: { bookingId, booking: { trip: { orgId } } } });
}

// ok: missing-auth, missing-input-validation
export async function waiverStatus(input: z.infer<typeof Ids>) {
  const { orgId, bookingId } = Ids.parse(input);
  // ok: floating-auth-check
  await requireOrgMember(orgId);
  // ok: missing-authorization
  const waiver = await prisma.waiver.findFirst({ where: { bookingId, booking: { trip: { orgId } } }, select: { signedAt: true } });
  return { signed: Boolean(waiver), signedAt: waiver?.signedAt ?? null };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function remindUnsigned(tripId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(tripId);
  await rateLimitByIp("waiver-remind");
  // ok: floating-auth-check
  const allowed = await canManageTrip(userId, id);
  if (!allowed) return { error: "Forbidden" };
  // ok: missing-authorization
  const unsigned = await prisma.booking.findMany({ where: { tripId: id, waiver: null }, select: { user: { select: { email: true } } } });
  for (const b of unsigned) await sendEmail(b.user.email, "Please sign your waiver", "<p>Your trip is coming up — sign the waiver before you arrive.</p>");
  return { sent: unsigned.length };
}

// ok: missing-auth, missing-input-validation
export async function waiverPdfUrl(tripId: string, bookingId: string) {
  const { userId } = await verifySession();
  const input = z.object({ tripId: z.string().cuid(), bookingId: z.string().cuid() }).parse({ tripId, bookingId });
  // why: canManageTrip's Promise used in a ternary condition; always truthy
  // ruleid: floating-auth-check
  const scope = canManageTrip(userId, input.tripId) ? { tripId: input.tripId } : { tripId: input.tripId, userId };
  // why: the floating check above always picks the operator scope, so any user reads any booking's waiver on the trip
  // ruleid: missing-authorization -- (gap judge W, H; fixed in pass 28) the scope's userId branch is never taken: its condition is the floating promise above
  const booking = await prisma.booking.findFirst({ where: { id: input.bookingId, ...scope }, select: { waiver: { select: { id: true } } } });
  return booking?.waiver ? { url: `/api/waivers/${booking.waiver.id}.pdf` } : { url: null };
}

// Called by the e-sign provider's webhook handler; exported here for convenience.
// why: exported from a "use server" module with no session or signature check; marks any waiver signed
// ruleid: missing-auth
// ok: missing-input-validation
export async function markWaiverSigned(bookingId: string, signedName: string) {
  const input = z.object({ bookingId: z.string().cuid(), signedName: z.string().max(120) }).parse({ bookingId, signedName });
  await prisma.waiver.upsert({
    where: { bookingId: input.bookingId },
    create: { bookingId: input.bookingId, signedName: input.signedName, signatureIp: "esign", dateOfBirth: "" },
    update: { signedName: input.signedName },
  });
}
