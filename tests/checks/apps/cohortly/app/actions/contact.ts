"use server";

import { z } from "zod";
import { parseWithZod } from "@conform-to/zod";
import { prisma } from "@/lib/db/prisma";
import { publicActionClient, actionClient } from "@/lib/safe-action";
import { contactSchema } from "@/lib/validators";
import { sendMail } from "@/lib/mail";
import { rateLimitByIp } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const sendContactMessage = publicActionClient
  .metadata({ actionName: "contact.send" })
  .schema(contactSchema)
  .action(async ({ parsedInput }) => {
    // ok: mass-assignment
    await prisma.contactMessage.create({ data: parsedInput });
    await sendMail("hello@cohortly.health", `Contact: ${parsedInput.topic}`, `<p>${parsedInput.name} &lt;${parsedInput.email}&gt;</p><p>${parsedInput.message}</p>`);
    return { ok: true };
  });

// The sponsor-enquiry form on /for-sponsors.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const sponsorEnquiry = actionClient
  .metadata({ actionName: "contact.sponsor" })
  .schema(contactSchema.extend({ company: z.string().min(2).max(120) }))
  .action(async ({ parsedInput }) => {
    await prisma.contactMessage.create({ data: { name: parsedInput.name, email: parsedInput.email, topic: "sponsor", message: `${parsedInput.company}: ${parsedInput.message}` } });
    await sendMail("sales@cohortly.health", `Sponsor enquiry from ${parsedInput.company}`, parsedInput.message);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function pressEnquiry(_prev: unknown, formData: FormData) {
  const submission = parseWithZod(formData, { schema: contactSchema });
  if (submission.status !== "success") return submission.reply();
  await rateLimitByIp("press");
  await sendMail("press@cohortly.health", "Press enquiry", submission.value.message);
  return submission.reply({ resetForm: true });
}

// Copy of the message back to the sender.
// ok: missing-auth
// ruleid: missing-input-validation, missing-rate-limit
export async function emailMeACopy(formData: FormData) {
  const email = String(formData.get("email"));
  const message = String(formData.get("message"));
  await sendMail(email, "Your message to Cohortly", `<pre>${message}</pre>`);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export async function subscribeNewsletter(formData: FormData) {
  const { email } = z.object({ email: z.string().email() }).parse({ email: formData.get("email") });
  await rateLimitByIp("newsletter");
  await prisma.contactMessage.create({ data: { name: "newsletter", email, topic: "newsletter", message: "subscribe" } });
  return { ok: true };
}
