"use server";

import { z } from "zod";
import { requireUser } from "@/lib/auth/guards";
import { voidDonation, reassignDonation } from "@/lib/dal/donations";

const ids = z.object({ donationId: z.string().cuid(), pantryId: z.string().cuid().optional() });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function voidDonationAction(donationId: string) {
  const user = await requireUser();
  const input = ids.parse({ donationId });
  // ok: missing-authorization, floating-auth-check
  await voidDonation(user.id, input.donationId);
  return { done: true };
}

// ok: missing-auth, missing-input-validation
export async function reassignDonationAction(donationId: string, pantryId: string) {
  const user = await requireUser();
  const input = ids.required().parse({ donationId, pantryId });
  // the helper's admin check is a floating promise — reported in lib/dal/donations.ts
  await reassignDonation(user.id, input.donationId, input.pantryId);
  return { done: true };
}
