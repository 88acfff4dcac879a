"use server";

import { prisma } from "@/lib/db";
import { sendEmail } from "@/lib/mail";
import { checkRateLimit, clientIp } from "@/lib/rate-limit";
import { contactSchema, emailSchema } from "@/lib/validations";

export type PublicFormState = { error?: string; success?: string } | undefined;

// Public by design (no session), rate limited per IP before it stores or sends anything.
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function submitContactForm(_prev: PublicFormState, formData: FormData): Promise<PublicFormState> {
  await checkRateLimit(`contact:${await clientIp()}`);
  const parsed = contactSchema.safeParse({
    name: formData.get("name"),
    email: formData.get("email"),
    message: formData.get("message"),
  });
  if (!parsed.success) return { error: "Please fill in every field." };

  await prisma.contactMessage.create({ data: parsed.data, select: { id: true } });
  await sendEmail({
    to: "support@acme-notes.dev",
    subject: `Contact form: ${parsed.data.name}`,
    html: `<p>From ${parsed.data.email}</p><p>${parsed.data.message}</p>`,
  });
  return { success: "Thanks! We will get back to you soon." };
}

// Public newsletter sign-up: sends a confirmation email to any address, unthrottled.
// ok: missing-auth
// ruleid: missing-rate-limit
export async function subscribeToNewsletter(_prev: PublicFormState, formData: FormData): Promise<PublicFormState> {
  const parsed = emailSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) return { error: "Enter a valid email address." };

  await prisma.subscriber.upsert({
    where: { email: parsed.data.email },
    create: { email: parsed.data.email },
    update: {},
    select: { id: true },
  });
  await sendEmail({
    to: parsed.data.email,
    subject: "Confirm your subscription",
    html: `<a href="${process.env.APP_URL}/newsletter/confirm?email=${encodeURIComponent(parsed.data.email)}">Confirm</a>`,
  });
  return { success: "Check your inbox to confirm." };
}
