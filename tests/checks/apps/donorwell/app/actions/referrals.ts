"use server";

import { z } from "zod";
import { db } from "@/lib/db/kysely";
import { requireDonor, getSession } from "@/lib/dal";
import { notifyDonorBySms } from "@/lib/notify";
import { sendSms } from "@/lib/sms";
import { phoneSchema } from "@/lib/validators";
import { rateLimitByKey } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function referFriend(formData: FormData) {
  const { donor } = await requireDonor();
  const phone = phoneSchema.parse(formData.get("phone"));
  const code = crypto.randomUUID().slice(0, 8);
  // ok: mass-assignment
  await db.insertInto("referrals").values({ referrerId: donor.id, phone, code, sentAt: new Date() }).execute();
  const res = await notifyDonorBySms(phone, `${donor.fullName} invited you to give blood with DonorWell. Use code ${code}.`);
  return { sent: res.sent };
}

// ok: missing-auth
// ruleid: missing-input-validation, missing-rate-limit
export async function inviteFriendsBulk(phones: string[]) {
  const { donor } = await requireDonor();
  for (const phone of phones) {
    await sendSms(phone, `${donor.fullName} thinks you'd make a great blood donor. Join at donorwell.org`);
  }
  return { count: phones.length };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function creditReferral(formData: FormData) {
  const session = await getSession();
  const input = z.object({ referrerId: z.string().uuid(), code: z.string().max(16) }).parse(Object.fromEntries(formData));
  await db.updateTable("donors").set({ referredBy: input.referrerId }).where("userId", "=", session?.user.id ?? "").execute();
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function myReferrals() {
  const { donor } = await requireDonor();
  // ok: excessive-data-exposure
  const rows = await db.selectFrom("referrals").select(["id", "sentAt"]).where("referrerId", "=", donor.id).execute();
  return rows;
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function resendReferral(referralId: string) {
  const { donor } = await requireDonor();
  const id = z.string().uuid().parse(referralId);
  await rateLimitByKey(`referral-resend:${donor.id}`, 3, 86400);
  // ok: missing-authorization
  const ref = await db.selectFrom("referrals").select(["phone", "code"]).where("id", "=", id).where("referrerId", "=", donor.id).executeTakeFirst();
  if (!ref) return { ok: false };
  await sendSms(ref.phone, `Reminder: your DonorWell invite code is ${ref.code}.`);
  return { ok: true };
}
