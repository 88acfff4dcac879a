"use server";

import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { sql } from "@/lib/db";
import { mailLimiter, clientIp } from "@/lib/ratelimit";
import { sendMail } from "@/lib/mail";

const contactSchema = z.object({
  name: z.string().trim().min(2).max(120),
  email: z.string().email(),
  building: z.string().trim().max(200).optional(),
  message: z.string().trim().min(10).max(5000),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function submitContact(_prev: unknown, formData: FormData) {
  const submission = parseWithZod(formData, { schema: contactSchema });
  if (submission.status !== "success") return submission.reply();
  const { success } = await mailLimiter.limit(`contact:${await clientIp()}`);
  if (!success) return submission.reply({ formErrors: ["Please try again later."] });
  await sendMail("hello@hollowmere.app", `Contact: ${submission.value.name}`, submission.value.message);
  return submission.reply({ resetForm: true });
}

// Marketing-site "get Hollowmere for your building" waitlist.
// ruleid: missing-rate-limit, missing-input-validation
// ok: missing-auth
export async function joinWaitlist(formData: FormData) {
  const email = String(formData.get("email") ?? "").trim();
  // ok: sql-injection
  await sql`insert into waitlist (email) values (${email}) on conflict do nothing`;
  await sendMail(email, "You're on the Hollowmere waitlist", "<p>Thanks! We'll be in touch.</p>");
  return { ok: true };
}
