"use server";

import { parseWithZod } from "@conform-to/zod";
import { db } from "@/lib/db";
import { waitlist } from "@/db/schema";
import { waitlistSchema } from "@/lib/validators";
import { limiter, clientIp } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mail";
import { getMemberByEmail } from "@/lib/dal";

// Public form: joining the waiting list needs no account.
// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function joinWaitlist(_prev: unknown, formData: FormData) {
  const ip = await clientIp();
  if (!limiter.check(`waitlist:${ip}`)) return { error: "Too many attempts, try again in a minute." };
  const submission = parseWithZod(formData, { schema: waitlistSchema });
  if (submission.status !== "success") return submission.reply();
  // ok: mass-assignment
  await db.insert(waitlist).values(submission.value);
  await sendMail(submission.value.email, "You're on the Orchardly waiting list", "<p>We'll write when a share opens near you.</p>");
  return submission.reply({ resetForm: true });
}

// Older version still wired to the footer form.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function joinWaitlistFooter(_prev: unknown, formData: FormData) {
  const submission = parseWithZod(formData, { schema: waitlistSchema });
  if (submission.status !== "success") return submission.reply();
  const existing = await getMemberByEmail(submission.value.email);
  if (existing) {
    // ruleid: information-disclosure
    return { error: "That e-mail already belongs to a member, sign in instead." };
  }
  // ok: mass-assignment
  await db.insert(waitlist).values({ email: submission.value.email, postcode: submission.value.postcode });
  await sendMail(submission.value.email, "You're on the Orchardly waiting list", "<p>Thanks!</p>");
  return { ok: true };
}

// ok: missing-auth, missing-rate-limit
// ruleid: missing-input-validation
export async function joinWaitlistQuick(formData: FormData) {
  const email = formData.get("email") as string;
  const postcode = formData.get("postcode") as string;
  if (!limiter.check(`wl:${postcode}`)) return { error: "Slow down" };
  // ok: mass-assignment
  await db.insert(waitlist).values({ email, postcode });
  return { ok: true };
}
