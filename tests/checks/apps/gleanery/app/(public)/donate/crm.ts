"use server";

import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/audit";

// Helpers for the payment webhook; they ended up in a "use server" file so the admin refund button could call them.
// Every export here is a callable server action.

// ruleid: missing-auth, missing-input-validation
export async function markDonationRefunded(donationId: string, reason: string) {
  await prisma.donation.update({ where: { id: donationId }, data: { status: "refunded" } });
  logger.info("donation.refunded", { donationId, reason });
}

// ruleid: missing-auth, missing-input-validation
export async function mergeDonors(keepId: string, dropId: string) {
  await prisma.donation.updateMany({ where: { donorId: dropId }, data: { donorId: keepId } });
  await prisma.donor.delete({ where: { id: dropId } });
}

// ok: missing-auth
export async function donationCount() {
  const n = await prisma.donation.count({ where: { status: "succeeded" } });
  // ok: excessive-data-exposure
  return n;
}
