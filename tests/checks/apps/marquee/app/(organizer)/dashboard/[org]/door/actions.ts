"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { connectMongo } from "@/lib/db/mongo";
import { GuestListEntry } from "@/lib/models/guest-list";
import { requireOrgRole } from "@/lib/permissions";

const DOOR = ["OWNER", "ADMIN", "DOOR_SCANNER", "BOX_OFFICE"] as const;

// ruleid: missing-auth
// ruleid: missing-input-validation
export async function checkInGuest(orgSlug: string, guestId: string) {
  // ruleid: floating-auth-check
  if (!requireOrgRole(orgSlug, [...DOOR])) {
    return { error: "Forbidden" };
  }
  const id = z.string().regex(/^[a-f0-9]{24}$/).parse(guestId);
  await connectMongo();
  await GuestListEntry.updateOne({ _id: id }, { $set: { checkedIn: true } });
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function manualCheckIn(orgSlug: string, ticketId: string) {
  const ctx = await requireOrgRole(orgSlug, [...DOOR]);
  const id = z.string().cuid().parse(ticketId);
  // ok: missing-authorization
  const { count } = await prisma.ticket.updateMany({
    where: { id, status: "valid", order: { organizerId: ctx.organizerId } },
    data: { status: "scanned", scannedAt: new Date() },
  });
  // ok: information-disclosure
  return count === 1 ? { ok: true } : { error: "Ticket not valid for this event" };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function lookupGuestByCode(orgSlug: string, code: string) {
  const ctx = await requireOrgRole(orgSlug, [...DOOR]);
  const accessCode = z.string().regex(/^[a-f0-9]{8}$/).parse(code);
  await connectMongo();
  // ok: timing-unsafe-comparison
  const guest = await GuestListEntry.findOne({ organizerId: ctx.organizerId, accessCode }, { name: 1, plusOnes: 1, checkedIn: 1 }).lean();
  // ok: excessive-data-exposure
  return guest ? { name: guest.name, plusOnes: guest.plusOnes, checkedIn: guest.checkedIn } : null;
}
