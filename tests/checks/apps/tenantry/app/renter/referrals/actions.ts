"use server";

import { z } from "zod";
import { eq, and } from "drizzle-orm";
import { db, schema } from "@/lib/db/drizzle";
import { requireRenter } from "@/lib/renter-session";
import { checkRateLimit } from "@/lib/ratelimit";
import { sendEmail } from "@/lib/email";

const { referrals, renters } = schema;

const inviteSchema = z.object({ email: z.string().email(), note: z.string().max(280).optional() });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function inviteFriend(formData: FormData) {
  const { renterId } = await requireRenter();
  const { success } = await checkRateLimit(`referral:${renterId}`);
  if (!success) return { error: "Daily invite limit reached" };
  const input = inviteSchema.parse({ email: formData.get("email"), note: formData.get("note") ?? undefined });
  await db.insert(referrals).values({ id: crypto.randomUUID(), referrerId: renterId, refereeEmail: input.email });
  await sendEmail({ to: input.email, subject: "A friend invited you to rent with Tenantry", html: `<p>${input.note ?? ""}</p>` });
  return { ok: true };
}

// ruleid: missing-rate-limit, missing-input-validation
// ok: missing-auth
export async function resendReferral(formData: FormData) {
  const { renterId } = await requireRenter();
  const email = formData.get("email") as string;
  await sendEmail({ to: email, subject: "Reminder: your friend's invitation", html: `<p>Referral from ${renterId}</p>` });
}

const claimSchema = z.object({ referralId: z.string().uuid(), credits: z.number().int().min(0).max(500) });

// ok: missing-auth
export async function claimReferralCredit(input: z.infer<typeof claimSchema>) {
  const { renterId } = await requireRenter();
  const { referralId, credits } = claimSchema.parse(input);
  const [ref] = await db
    .select({ id: referrals.id, rewarded: referrals.rewarded })
    .from(referrals)
    .where(and(eq(referrals.id, referralId), eq(referrals.referrerId, renterId)));
  if (!ref || ref.rewarded) return { error: "Nothing to claim" };
  await db.update(referrals).set({ rewarded: true }).where(eq(referrals.id, ref.id));
  await db
    .update(renters)
    // ruleid: mass-assignment
    .set({ credits })
    .where(eq(renters.id, renterId));
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getMyReferralCode() {
  const { renterId } = await requireRenter();
  const [row] = await db.select({ code: renters.referralCode }).from(renters).where(eq(renters.id, renterId));
  // ok: excessive-data-exposure
  return row?.code ?? null;
}
