"use server";

import { createHmac } from "node:crypto";
import { z } from "zod";
import * as v from "valibot";
import { prisma } from "~/lib/prisma";
import { resend, sendEmail } from "~/lib/email";
import { rateLimitByIp } from "~/lib/rate-limit";

const ContactSchema = z.object({
  name: z.string().trim().min(1).max(100),
  email: z.string().email(),
  subject: z.string().trim().min(1).max(150),
  message: z.string().trim().min(10).max(5_000),
});

// ok: missing-auth -- public contact form
// ruleid: missing-rate-limit
// ok: missing-input-validation
export async function submitContact(_prev: unknown, formData: FormData) {
  const parsed = ContactSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.flatten().fieldErrors };
  }
  await resend.emails.send({
    from: "Inkwell website <web@inkwell.app>",
    to: "support@inkwell.app",
    replyTo: parsed.data.email,
    subject: `[Contact] ${parsed.data.subject}`,
    text: `${parsed.data.name} wrote:\n\n${parsed.data.message}`,
  });
  return { ok: true };
}

// ok: missing-auth -- public newsletter subscribe
// ok: missing-rate-limit
// ok: missing-input-validation
export async function subscribeNewsletter(formData: FormData) {
  await rateLimitByIp("newsletter");
  const email = v.parse(v.pipe(v.string(), v.trim(), v.email()), formData.get("email"));
  await prisma.newsletterSubscriber.upsert({ where: { email }, create: { email }, update: {} });
  await sendEmail({ to: email, subject: "You're subscribed", html: "<p>Thanks for subscribing to the Inkwell newsletter.</p>" });
  return { ok: true };
}

// ok: missing-auth -- a public form filing a free-standing demo-request row
// ruleid: missing-rate-limit
// ruleid: missing-input-validation
export async function requestDemo(formData: FormData) {
  const email = formData.get("email") as string;
  const company = formData.get("company") as string;
  await prisma.demoRequest.create({ data: { email, company } });
  await sendEmail({ to: email, subject: "Your Inkwell demo", html: `<p>Thanks, ${company}! We'll be in touch.</p>` });
  return { ok: true };
}

// One-click unsubscribe from the digest email footer.
// ok: missing-auth -- signed link
// ok: missing-input-validation -- explicit runtime checks
export async function unsubscribeDigest(email: string, signature: string) {
  if (typeof email !== "string" || typeof signature !== "string" || !email.includes("@")) {
    throw new Error("Bad link");
  }
  const expectedSignature = createHmac("sha256", process.env.UNSUBSCRIBE_SECRET!).update(email).digest("hex");
  // ruleid: timing-unsafe-comparison
  if (signature !== expectedSignature) {
    return { ok: false };
  }
  await prisma.user.updateMany({ where: { email }, data: { digestFrequency: "off" } });
  return { ok: true };
}
