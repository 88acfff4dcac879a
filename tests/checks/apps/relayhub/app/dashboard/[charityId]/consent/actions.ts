"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { requireCharityRole, DATA_ROLES, FUNDRAISING_ROLES } from "@/lib/authz";
import { auditLog } from "@/lib/audit";
import { hmacHex } from "@/lib/crypto";
import { Cuid } from "@/lib/validation";

const ConsentInput = z.object({
  donorId: Cuid,
  channel: z.enum(["email", "sms", "post", "phone"]),
  granted: z.boolean(),
  source: z.string().max(120),
});

// ok: missing-auth, missing-input-validation
export async function recordConsent(charityId: string, input: z.input<typeof ConsentInput>) {
  const ctx = await requireCharityRole(charityId, FUNDRAISING_ROLES);
  const data = ConsentInput.parse(input);
  // ok: missing-authorization
  const donor = await prisma.donor.findFirst({ where: { id: data.donorId, charityId: ctx.charityId }, select: { id: true } });
  if (!donor) throw new Error("Donor not found");
  // ok: mass-assignment
  await prisma.consentRecord.create({ data });
  return { ok: true };
}

// Right to erasure: removes personal data but keeps gift totals for accounting.
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function eraseDonor(charityId: string, donorId: string) {
  const ctx = await requireCharityRole(charityId, DATA_ROLES);
  const id = Cuid.parse(donorId);
  // ok: missing-authorization
  await prisma.donor.updateMany({
    where: { id, charityId: ctx.charityId },
    data: { firstName: "Erased", lastName: "Donor", email: `erased+${id}@relayhub.invalid`, phone: null, addressLine1: null, postcode: null, dateOfBirth: null, wealthNotes: null, wealthScreening: null },
  });
  await auditLog({ actorId: ctx.userId, charityId: ctx.charityId, action: "donor.erased", target: id });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function subjectAccessExport(charityId: string, donorId: string) {
  const ctx = await requireCharityRole(charityId, DATA_ROLES);
  const id = Cuid.parse(donorId);
  // ok: missing-authorization
  const donor = await prisma.donor.findFirst({
    where: { id, charityId: ctx.charityId },
    select: { firstName: true, lastName: true, email: true, phone: true, addressLine1: true, postcode: true, wealthScreening: true, wealthNotes: true },
  });
  const consents = await prisma.consentRecord.findMany({ where: { donorId: id }, select: { channel: true, granted: true, createdAt: true } });
  // ok: excessive-data-exposure
  return { donor, consents };
}

/** Public one-click unsubscribe from e-mail footers: /u?d=<donorId>&s=<sig> */
// ok: missing-input-validation
// todook: missing-auth -- ambiguous: an HMAC-signed one-click unsubscribe action; the signature clause names route handlers
export async function oneClickUnsubscribe(donorId: string, sig: string) {
  if (typeof donorId !== "string" || typeof sig !== "string" || donorId.length > 40) return { ok: false };
  const expected = hmacHex(process.env.UNSUBSCRIBE_SECRET!, donorId);
  // ruleid: timing-unsafe-comparison -- (fixed in pass 42) `expected` holds an HMAC keyed with the unsubscribe secret
  if (sig !== expected) return { ok: false };
  await prisma.consentRecord.create({ data: { donorId, channel: "email", granted: false, source: "one-click" } });
  return { ok: true };
}
