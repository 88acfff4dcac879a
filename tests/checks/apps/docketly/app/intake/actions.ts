"use server";

import { type } from "arktype";
import { request } from "@arcjet/next";
import { prisma } from "@/lib/db/prisma";
import { aj } from "@/lib/arcjet";
import { sendEmail } from "@/lib/email";
import { logger } from "@/lib/logger";

const Intake = type({
  firmSlug: "string.alphanumeric & string > 1",
  name: "0 < string <= 120",
  email: "string.email",
  "phone?": "string <= 20",
  summary: "10 <= string <= 5000",
});

// Public intake form embedded on each firm's website.
// ok: missing-rate-limit, missing-input-validation
// ok: missing-auth -- a public form's inline lookup of the firm (and its owners' addresses it mails) by public slug (fixed in pass 26)
export async function submitIntake(_prev: unknown, formData: FormData) {
  const decision = await aj.protect(await request());
  if (decision.isDenied()) return { error: "Please try again later." };
  const out = Intake(Object.fromEntries(formData));
  if (out instanceof type.errors) return { error: out.summary };
  const firm = await prisma.firm.findUnique({ where: { slug: out.firmSlug }, select: { id: true, members: { where: { role: "OWNER" }, select: { user: { select: { email: true } } } } } });
  if (!firm) return { error: "Unknown firm." };
  try {
    await prisma.intakeSubmission.create({ data: { firmId: firm.id, name: out.name, email: out.email, phone: out.phone, summary: out.summary } });
  } catch (err) {
    logger.error("intake.failed", { err: String(err) });
    // ok: information-disclosure
    return { error: "We couldn't save your request. Please call the office." };
  }
  for (const m of firm.members) await sendEmail(m.user.email, "New intake request", `<p>${out.name} submitted an intake form.</p>`);
  return { ok: true };
}

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export async function subscribeNewsletter(formData: FormData) {
  const email = formData.get("email");
  if (typeof email !== "string" || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) return { error: "Enter an e-mail address." };
  try {
    await prisma.verificationToken.create({ data: { identifier: email, token: crypto.randomUUID(), kind: "newsletter", expiresAt: new Date(Date.now() + 7 * 86400_000) } });
  } catch (e) {
    // ruleid: information-disclosure
    return { error: (e as Error).message };
  }
  await sendEmail(email, "Confirm your subscription", "<p>Click to confirm you want the Docketly legal-tech newsletter.</p>");
  return { ok: true };
}
