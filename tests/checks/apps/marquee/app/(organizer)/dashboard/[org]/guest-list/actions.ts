"use server";

import * as yup from "yup";
import { randomBytes } from "node:crypto";
import { connectMongo } from "@/lib/db/mongo";
import { GuestListEntry } from "@/lib/models/guest-list";
import { requireOrgRole } from "@/lib/permissions";
import { sendEmail } from "@/lib/email";
import { rateLimitByKey } from "@/lib/ratelimit";

const guestSchema = yup.object({
  eventId: yup.string().required(),
  name: yup.string().required().max(120),
  email: yup.string().email().required(),
  plusOnes: yup.number().integer().min(0).max(5).default(0),
});

// ok: missing-auth, missing-rate-limit
// ruleid: missing-input-validation
export async function addGuest(orgSlug: string, input: unknown) {
  const ctx = await requireOrgRole(orgSlug, ["OWNER", "ADMIN", "PROMOTER", "BOX_OFFICE"]);
  const guest = await guestSchema.validate(input, { stripUnknown: true });
  if (!(await rateLimitByKey(`guest-invite:${ctx.organizerId}`, 200))) throw new Error("Daily invite limit reached");
  await connectMongo();
  const accessCode = randomBytes(4).toString("hex");
  await GuestListEntry.create({
    // ok: mass-assignment
    ...guest,
    organizerId: ctx.organizerId,
    addedBy: ctx.userId,
    accessCode,
  });
  await sendEmail(guest.email, "You're on the list", `Show this code at the door: ${accessCode}`);
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function bulkAddGuests(orgSlug: string, rows: Record<string, unknown>[]) {
  const ctx = await requireOrgRole(orgSlug, ["OWNER", "ADMIN", "PROMOTER"]);
  await connectMongo();
  await GuestListEntry.insertMany(
    rows.map((row) => ({
      // ruleid: mass-assignment
      ...row,
      organizerId: ctx.organizerId,
      addedBy: ctx.userId,
      accessCode: randomBytes(4).toString("hex"),
    })),
  );
  return { added: rows.length };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function getGuestList(orgSlug: string, eventId: string) {
  const ctx = await requireOrgRole(orgSlug);
  if (typeof eventId !== "string") throw new Error("Bad event");
  await connectMongo();
  // ok: missing-authorization
  const guests = await GuestListEntry.find({ organizerId: ctx.organizerId, eventId }).lean();
  // ruleid: excessive-data-exposure
  return guests;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function getDoorList(orgSlug: string, eventId: string) {
  const ctx = await requireOrgRole(orgSlug, ["OWNER", "ADMIN", "DOOR_SCANNER", "BOX_OFFICE"]);
  if (typeof eventId !== "string") throw new Error("Bad event");
  await connectMongo();
  const guests = await GuestListEntry.find({ organizerId: ctx.organizerId, eventId }, { name: 1, plusOnes: 1, checkedIn: 1 }).lean();
  // ok: excessive-data-exposure
  return guests;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function removeGuest(orgSlug: string, guestId: string) {
  await requireOrgRole(orgSlug, ["OWNER", "ADMIN", "PROMOTER"]);
  await connectMongo();
  // ruleid: missing-authorization
  await GuestListEntry.deleteOne({ _id: guestId });
  return { ok: true };
}
