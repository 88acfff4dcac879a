"use server";

// Helpers shared by the Mailchimp sync job and the donor screens.
// Exported from a "use server" module, so each one is also a callable action.

import { prisma } from "@/lib/db/prisma";
import { getCurrentUser } from "@/lib/current-user";
import { setLifetimeTotal, recomputeLifetimeTotals } from "@/lib/reports/raw";
import { logger } from "@/lib/logger";

// ruleid: missing-auth
// ruleid: missing-input-validation
export async function syncDonorToMailchimp(donorId: string) {
  const donor = await prisma.donor.findUnique({ where: { id: donorId }, select: { email: true, firstName: true, lastName: true } });
  if (!donor) return { ok: false };
  const res = await fetch(`https://us21.api.mailchimp.com/3.0/lists/${process.env.MAILCHIMP_LIST}/members`, {
    method: "POST",
    headers: { authorization: `apikey ${process.env.MAILCHIMP_KEY}` },
    body: JSON.stringify({ email_address: donor.email, status: "subscribed", merge_fields: { FNAME: donor.firstName, LNAME: donor.lastName } }),
  });
  return { ok: res.ok };
}

// ruleid: missing-auth
// ruleid: missing-input-validation
export async function recalculateLifetimeTotals(charityId: string) {
  await recomputeLifetimeTotals(charityId);
  logger.info("donor.lifetime_recomputed", { charityId });
  return { ok: true };
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function overrideLifetimeTotal(donorId: string, totalPence: number) {
  if (typeof donorId !== "string" || !Number.isInteger(totalPence) || totalPence < 0) throw new Error("Bad input");
  await setLifetimeTotal(donorId, totalPence);
  return { ok: true };
}

type Actor = { id: string; email: string };

// The appeal editor passes the user it already has to save a round-trip.
// ruleid: missing-auth
// ruleid: missing-input-validation
export async function saveAppealDraft(input: { campaignId: string; story: string }, providedUser?: Actor) {
  const user = providedUser ?? (await getCurrentUser());
  if (!user) throw new Error("Sign in required");
  if (typeof input?.campaignId !== "string" || typeof input?.story !== "string" || input.story.length > 20_000) throw new Error("Bad input");
  const campaign = await prisma.campaign.findFirst({ where: { id: input.campaignId, createdById: user.id }, select: { id: true } });
  if (!campaign) throw new Error("Not found");
  await prisma.campaign.update({ where: { id: campaign.id }, data: { story: input.story } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function myDraftCount() {
  const user = await getCurrentUser();
  if (!user) return 0;
  return prisma.campaign.count({ where: { createdById: user.id, status: "draft" } });
}
